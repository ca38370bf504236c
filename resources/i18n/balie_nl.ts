<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl_BE">
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="41" />
        <source>Kaartlezer: nog niet gestart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="50" />
        <source>Wachtrij: %n actie(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="55" />
        <source>Laatste synchronisatie: nog niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="58" />
        <source>Laatste synchronisatie: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="72" />
        <source>Evenement (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="74" />
        <source>Prijscategorie (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="81" />
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="91" />
        <source>aantal </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="92" />
        <source>F2  Verkopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="93" />
        <source>F3  Inchecken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="94" />
        <source>F4  Voordeel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="95" />
        <source>F8  Laatste actie annuleren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="135" />
        <source>Geen evenementen gevonden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="136" />
        <source>Synchroniseer of voeg een evenement toe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="184" />
        <source>Kies het evenement: typ 1 tot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="185" />
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="283" />
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="302" />
        <source>Er is geen actie om te annuleren.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304" />
        <source>Deze actie annuleren?
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305" />
        <source>Laatste actie annuleren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="319" />
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="324" />
        <source>Punten: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="352" />
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="353" />
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balie/ui/main_window.py" line="34" />
        <source>balie %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="37" />
        <source>OEFENMODUS: oefenplatform, niets is echt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="70" />
        <source>&amp;Instellingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="71" />
        <source>Taal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="89" />
        <source>De taal wordt gebruikt vanaf de volgende start van balie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/app.py" line="220" />
        <source>Oefenbalie</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="70" />
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="104" />
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="116" />
        <source>UiTPAS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="117" />
        <source>Pashouder nog niet gekend op deze balie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="121" />
        <source>onbekend kaartsysteem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="123" />
        <source>Groepspas %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="125" />
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="128" />
        <source>Punten: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="151" />
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="154" />
        <source>Kansenstatuut loopt af op %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="157" />
        <source>Kansenstatuut geldig tot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="160" />
        <source>Kansenstatuut actief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="163" />
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="164" />
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="167" />
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="170" />
        <source>Geen kansenstatuut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="194" />
        <source>Kansentarief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196" />
        <source>Gewone prijs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="198" />
        <source>Bon: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="201" />
        <source>(nog %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="212" />
        <source>Te betalen: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="40" />
        <source>Voordeel omruilen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="45" />
        <source>Welkomstvoordeel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="47" />
        <source>%1 — %2 punten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="52" />
        <source>(te weinig punten)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="53" />
        <source>Punten van de pashouder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="56" />
        <source>Omruilen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="57" />
        <source>Annuleren</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app.py" line="292" />
        <source>balie kan niet starten</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="26" />
        <source>Oefenkaarten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/app.py" line="213" />
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>the demo organizer a training counter sells for (a swimming pool: kansentarief, coupons, points)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/app.py" line="215" />
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="23" />
        <source>Ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="24" />
        <source>Nee</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>