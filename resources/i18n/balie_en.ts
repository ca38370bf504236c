<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="41" />
        <source>Kaartlezer: nog niet gestart</source>
        <translation>Card reader: not started yet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="50" />
        <source>Wachtrij: %n actie(s)</source>
        <translation>
            <numerusform>Queue: %n action</numerusform>
            <numerusform>Queue: %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="55" />
        <source>Laatste synchronisatie: nog niet</source>
        <translation>Last sync: not yet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="58" />
        <source>Laatste synchronisatie: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="72" />
        <source>Evenement (F6)</source>
        <translation>Event (F6)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="74" />
        <source>Prijscategorie (F7)</source>
        <translation>Price category (F7)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="81" />
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation>Tap the pass, scan, or type the number + Enter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="91" />
        <source>aantal </source>
        <translation>quantity </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="92" />
        <source>F2  Verkopen</source>
        <translation>F2  Sell</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="93" />
        <source>F3  Inchecken</source>
        <translation>F3  Check in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="94" />
        <source>F4  Voordeel</source>
        <translation>F4  Reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="95" />
        <source>F8  Laatste actie annuleren</source>
        <translation>F8  Cancel last action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="135" />
        <source>Geen evenementen gevonden.</source>
        <translation>No events found.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="136" />
        <source>Synchroniseer of voeg een evenement toe.</source>
        <translation>Synchronise or add an event.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="184" />
        <source>Kies het evenement: typ 1 tot %1</source>
        <translation>Choose the event: type 1 to %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="185" />
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation>Choose the price category: type 1 to %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="283" />
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation>No rewards available for this pass.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="302" />
        <source>Er is geen actie om te annuleren.</source>
        <translation>There is no action to cancel.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304" />
        <source>Deze actie annuleren?
%1</source>
        <translation>Cancel this action?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305" />
        <source>Laatste actie annuleren</source>
        <translation>Cancel the last action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="319" />
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation>Saved offline: will be sent as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="324" />
        <source>Punten: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="352" />
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation>Something went wrong; nothing was registered.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="353" />
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation>Try again. If it keeps failing, make a support bundle.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balie/ui/main_window.py" line="34" />
        <source>balie %1</source>
        <translation>balie %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="37" />
        <source>OEFENMODUS: oefenplatform, niets is echt</source>
        <translation>TRAINING MODE: training platform, nothing is real</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="70" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="71" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="89" />
        <source>De taal wordt gebruikt vanaf de volgende start van balie.</source>
        <translation>The language is used from the next start of balie.</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="220" />
        <source>Oefenbalie</source>
        <translation>Practice counter</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="70" />
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation>PROVISIONAL: decided offline, confirmed later</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="104" />
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <translation>No pass yet: tap, scan or type the number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="116" />
        <source>UiTPAS %1</source>
        <translation>UiTPAS %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="117" />
        <source>Pashouder nog niet gekend op deze balie</source>
        <translation>Pass holder not yet known at this counter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="121" />
        <source>onbekend kaartsysteem</source>
        <translation>unknown card system</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="123" />
        <source>Groepspas %1 · %2</source>
        <translation>Group pass %1 · %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="125" />
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation>Group pass: no points, check-ins or rewards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="128" />
        <source>Punten: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="151" />
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation>Kansenstatuut in grace period (end date %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="154" />
        <source>Kansenstatuut loopt af op %1</source>
        <translation>Kansenstatuut ends on %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="157" />
        <source>Kansenstatuut geldig tot %1</source>
        <translation>Kansenstatuut valid until %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="160" />
        <source>Kansenstatuut actief</source>
        <translation>Kansenstatuut active</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="163" />
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation>Kansenstatuut expired since %1: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="164" />
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation>Kansenstatuut expired: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="167" />
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation>Kansenstatuut suspended: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="170" />
        <source>Geen kansenstatuut</source>
        <translation>No kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="194" />
        <source>Kansentarief</source>
        <translation>Social tariff</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196" />
        <source>Gewone prijs</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="198" />
        <source>Bon: %1</source>
        <translation>Coupon: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="201" />
        <source>(nog %1)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="212" />
        <source>Te betalen: %1</source>
        <translation>To pay: %1</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="40" />
        <source>Voordeel omruilen</source>
        <translation>Redeem a reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="45" />
        <source>Welkomstvoordeel: %1</source>
        <translation>Welcome reward: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="47" />
        <source>%1 — %2 punten</source>
        <translation>%1 — %2 points</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="52" />
        <source>(te weinig punten)</source>
        <translation>(not enough points)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="53" />
        <source>Punten van de pashouder: %1</source>
        <translation>Pass holder's points: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="56" />
        <source>Omruilen</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="57" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app.py" line="292" />
        <source>balie kan niet starten</source>
        <translation>balie cannot start</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="26" />
        <source>Oefenkaarten</source>
        <translation>Practice cards</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="213" />
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>the demo organizer a training counter sells for (a swimming pool: kansentarief, coupons, points)</extracomment>
        <translation>Click a pass: it is placed on the virtual card reader.</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="215" />
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation>Click a pass: it is recognised directly (no virtual card reader on this computer).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="23" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="24" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
</TS>