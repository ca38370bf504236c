<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="191"/>
        <source>Prijsverschil na synchronisatie</source>
        <translation>Price difference after sync</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="137"/>
        <location filename="../../balie/ui/attention_view.py" line="138"/>
        <source>Te behandelen</source>
        <translation>To handle</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="140"/>
        <source>Deze acties weigerde UiTPAS na de verkoop. Kies per actie: verbeteren en opnieuw versturen, annuleren, of als afgehandeld markeren met een notitie.</source>
        <translation>UiTPAS refused these actions after the sale. For each one: correct and send again, cancel, or mark as handled with a note.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="142"/>
        <source>Niets te behandelen.</source>
        <translation>Nothing to handle.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="144"/>
        <source>Acti&amp;viteit</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="145"/>
        <source>&amp;Prijscategorie</source>
        <translation>&amp;Price category</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="146"/>
        <source>Aan&amp;tal</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="147"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="148"/>
        <source>Wat is er gebeurd of gedaan?</source>
        <translation>What happened or what was done?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="149"/>
        <source>&amp;Opnieuw versturen</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="150"/>
        <source>&amp;Annuleren (niet registreren)</source>
        <translation>&amp;Cancel (do not register)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="151"/>
        <source>Afge&amp;handeld</source>
        <translation>&amp;Handled</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="152"/>
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="187"/>
        <source>Ticketverkoop</source>
        <translation>Ticket sale</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="188"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="189"/>
        <source>Voordeel omruilen</source>
        <translation>Redeem reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="190"/>
        <source>Nieuwe pashouder</source>
        <translation>New pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="192"/>
        <source>Annulering of wijziging</source>
        <translation>Cancellation or change</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="212"/>
        <source>UiTPAS gaf geen uitleg. Details: %1</source>
        <translation>UiTPAS gave no explanation. Details: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="215"/>
        <source>Kansentarief al gegeven: de organisator wordt mogelijk niet terugbetaald.</source>
        <translation>Social tariff already given: the organizer may not be reimbursed.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="218"/>
        <source>Soort: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="219"/>
        <source>Wat: %1</source>
        <translation>What: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="220"/>
        <source>Pas: %1</source>
        <translation>Pass: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="223"/>
        <source>Activiteit: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="225"/>
        <source>Tarief: %1</source>
        <translation>Tariff: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="227"/>
        <source>Bedrag: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="228"/>
        <source>Wanneer: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="230"/>
        <source>Kassier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="276"/>
        <source>Schrijf eerst een notitie: wat is er gedaan?</source>
        <translation>Write a note first: what was done?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="299"/>
        <source>Opnieuw versturen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="300"/>
        <source>Deze actie opnieuw naar UiTPAS sturen?
%1</source>
        <translation>Send this action to UiTPAS again?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="310"/>
        <source>Deze actie annuleren? Ze wordt niet bij UiTPAS geregistreerd.
%1</source>
        <translation>Cancel this action? It will not be registered with UiTPAS.
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="317"/>
        <source>Deze actie als afgehandeld markeren?
%1</source>
        <translation>Mark this action as handled?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="309"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="316"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
</context>
<context>
    <name>CloseDrawerDialog</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="118"/>
        <source>Kassa afsluiten</source>
        <extracomment>bar colours: kansentarief stands out (the organizer is reimbursed for it), others calm close_drawer(day, counted cents, opening float cents): the closing, or why not</extracomment>
        <translation>Close the till</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="128"/>
        <source>&amp;Geteld in de lade (€)</source>
        <translation>&amp;Counted in the drawer (€)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="129"/>
        <source>&amp;Wisselgeld van vanochtend (€)</source>
        <translation>&amp;This morning&apos;s float (€)</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="237"/>
        <source>Hoe heet deze balie?</source>
        <translation>What is this counter called?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="239"/>
        <source>bv. Onthaal zwembad</source>
        <translation>e.g. Swimming pool reception</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="242"/>
        <source>De naam staat in de dagrapporten en op de bonnen.</source>
        <translation>The name appears in the day reports and on the receipts.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="243"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="66"/>
        <source>Kaartlezer: nog niet gestart</source>
        <translation>Card reader: not started yet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="86"/>
        <source>Medewerker: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="120"/>
        <source>Wachtrij: %n actie(s)</source>
        <translation>
            <numerusform>Queue: %n action</numerusform>
            <numerusform>Queue: %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="122"/>
        <source>(oudste %1)</source>
        <translation>(oldest %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="129"/>
        <source>Te behandelen: %1 (F10)</source>
        <translation>To handle: %1 (F10)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="74"/>
        <location filename="../../balie/ui/status_bar.py" line="141"/>
        <source>Niet aangemeld</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="147"/>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="157"/>
        <source>Laatste synchronisatie: nog niet</source>
        <translation>Last sync: not yet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="160"/>
        <source>Laatste synchronisatie: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="105"/>
        <source>Traag netwerk: lokaal beslist</source>
        <translation>Slow network: decided locally</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="106"/>
        <source>UiTPAS antwoordt te traag. Prijzen komen uit deze balie en zijn voorlopig; balie kijkt op de achtergrond of UiTPAS terug antwoordt.</source>
        <translation>UiTPAS answers too slowly. Prices come from this counter and are provisional; balie checks in the background whether UiTPAS answers again.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="171"/>
        <source>Kansentarieflijst beveiligen (eenmalig): %1%</source>
        <translation>Securing the social tariff card list (once): %1%</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="592"/>
        <source>Er is nog geen verkoop om een bon van te maken.</source>
        <translation>There is no sale to make a receipt for yet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="193"/>
        <source>Prijscategorie (F7)</source>
        <translation>Price category (F7)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="194"/>
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation>Tap the pass, scan, or type the number + Enter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="195"/>
        <source>aantal </source>
        <translation>quantity </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="196"/>
        <source>F2  Verkopen</source>
        <translation>F2  Sell</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="197"/>
        <source>F3  Inchecken</source>
        <translation>F3  Check in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="198"/>
        <source>F4  Voordeel</source>
        <translation>F4  Reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305"/>
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation>Choose the price category: type 1 to %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="366"/>
        <source>Er is een andere kaart getikt; deze klant blijft op het scherm.</source>
        <translation>Another card was tapped; this customer stays on screen.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="372"/>
        <source>Enter: de nieuwe kaart tonen. Esc: negeren.</source>
        <translation>Enter: show the new card. Esc: ignore it.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="541"/>
        <source>F2 niet nodig: gewone prijs, reken %1 af aan de kassa.</source>
        <translation>F2 not needed: regular price, take %1 at the till.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="544"/>
        <source>F3/F4: niet voor een groepspas.</source>
        <translation>F3/F4: not for a group pass.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="646"/>
        <source>Deze klant kreeg op deze tap al %n ticket(s).</source>
        <translation>
            <numerusform>This customer already got %n ticket on this tap.</numerusform>
            <numerusform>This customer already got %n tickets on this tap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="647"/>
        <source>Nog %n ticket(s) verkopen?</source>
        <translation>
            <numerusform>Sell %n more ticket?</numerusform>
            <numerusform>Sell %n more tickets?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="648"/>
        <source>Nog een verkoop?</source>
        <translation>Another sale?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="671"/>
        <source>Ticket %1 van vandaag voor deze klant.</source>
        <translation>Ticket %1 of today for this customer.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="672"/>
        <source>Tickets %1 tot %2 van vandaag voor deze klant.</source>
        <translation>Tickets %1 to %2 of today for this customer.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="696"/>
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation>No rewards available for this pass.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="729"/>
        <location filename="../../balie/ui/counter_view.py" line="741"/>
        <source>Er is geen actie om te annuleren.</source>
        <translation>There is no action to cancel.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="743"/>
        <location filename="../../balie/ui/counter_view.py" line="782"/>
        <source>Deze actie annuleren?
%1</source>
        <translation>Cancel this action?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="201"/>
        <location filename="../../balie/ui/counter_view.py" line="744"/>
        <source>Laatste actie annuleren</source>
        <translation>Cancel the last action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="192"/>
        <source>Activiteit (F6)</source>
        <extracomment>the bon of the last sale (Ctrl+B), its pass number only ever shown masked</extracomment>
        <translation>Activity (F6)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="200"/>
        <source>F8  Annuleren</source>
        <translation>F8  Undo</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="227"/>
        <source>Geen activiteiten gevonden.</source>
        <translation>No activities found.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="228"/>
        <source>Synchroniseer (F5) of voeg een activiteit toe.</source>
        <translation>Synchronise (F5) or add an activity.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304"/>
        <source>Kies de activiteit: typ 1 tot %1</source>
        <translation>Choose the activity: type 1 to %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="447"/>
        <source>Druk nog eens F2 om aan de nieuwe prijs te verkopen.</source>
        <translation>Press F2 again to sell at the new price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="539"/>
        <source>F2/F3: kies eerst een activiteit (F6).</source>
        <translation>F2/F3: choose an activity first (F6).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="546"/>
        <source>F3: inchecken kan niet voor deze activiteit.</source>
        <translation>F3: no check-in for this activity.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="757"/>
        <source>Terug te geven: %1</source>
        <translation>To give back: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="784"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="797"/>
        <source>Er wacht een nieuwe kaart.</source>
        <translation>A new card is waiting.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="807"/>
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation>Saved offline: will be sent as soon as the connection is back.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="842"/>
        <source>Je typte %n cijfer(s); een UiTPAS-nummer heeft er 13.</source>
        <translation>
            <numerusform>You typed %n digit; a UiTPAS number has 13.</numerusform>
            <numerusform>You typed %n digits; a UiTPAS number has 13.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="861"/>
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation>Something went wrong; nothing was registered.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="862"/>
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation>Try again. If it keeps failing, make a support bundle.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="467"/>
        <source>Prijs gewijzigd: %1 wordt %2.</source>
        <translation>Price changed: %1 becomes %2.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="463"/>
        <source>Status gewijzigd volgens UiTPAS.</source>
        <translation>Status changed according to UiTPAS.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="444"/>
        <source>De verkoop was al bewaard als voorlopig; UiTPAS kijkt ze na bij het doorsturen.</source>
        <translation>The sale was already saved as provisional; UiTPAS checks it when it is sent.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="560"/>
        <source>Nieuwe prijs: %1. Druk F2 om te verkopen.</source>
        <translation>New price: %1. Press F2 to sell.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="603"/>
        <source>Eerst een klant: tik de pas, scan of typ het nummer.</source>
        <translation>First a customer: tap the card, scan it or type the number.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="640"/>
        <source>%1 niet uitgevoerd: intussen staat er een andere klant op het scherm.</source>
        <translation>%1 not done: another customer is on screen by now.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="642"/>
        <source>Druk opnieuw %1 als het voor deze klant is.</source>
        <translation>Press %1 again if it is for this customer.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="633"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation>One moment: %1 follows as soon as the previous action is done.</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="41"/>
        <source>balie: de kassadatabank is beschadigd</source>
        <translation>balie: the counter database is damaged</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="55"/>
        <source>Nieuwste goede back-up: %1. De wachtrij van na die back-up is eerst bewaard in %2 en gaat mee naar de teruggezette databank: voer die acties NIET opnieuw in.</source>
        <translation>Newest good backup: %1. The queue since that backup was saved first in %2 and goes along to the restored database: do NOT enter those actions again.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="60"/>
        <source>Nieuwste goede back-up: %1. Acties van na die back-up voer je daarna opnieuw in (papieren procedure).</source>
        <translation>Newest good backup: %1. Afterwards, enter the actions made after that backup again (paper procedure).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="71"/>
        <source>&amp;Herstel deze back-up</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="75"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="87"/>
        <source>De back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="96"/>
        <source>De back-up kon niet teruggezet worden.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="97"/>
        <source>Sluit balie af en bel de helpdesk.</source>
        <translation>Close balie and call the helpdesk.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="14"/>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="15"/>
        <source>&amp;Nee</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="285"/>
        <source>Eerste synchronisatie</source>
        <translation>First synchronisation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="290"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="296"/>
        <source>balie haalt de activiteiten, voordelen en kaartgegevens op, zodat de balie ook zonder verbinding kan werken.</source>
        <translation>balie fetches the activities, rewards and card data, so the counter can also work without a connection.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Niet gelukt.</source>
        <translation>Did not work.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="317"/>
        <location filename="../../balie/ui/group_view.py" line="385"/>
        <location filename="../../balie/ui/group_view.py" line="512"/>
        <source>De groep is nog bezig.</source>
        <translation>The group is still being done.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="513"/>
        <source>Sluit als alle rijen hun status hebben.</source>
        <translation>Close once every row has its status.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="162"/>
        <source>Groep</source>
        <extracomment>the counter screen&apos;s chosen activity and price category (preselected here) after saved actions: the sync worker may send them now (as after a single sale) F5 in the group screen: the counter&apos;s &quot;sync now&quot;</extracomment>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="163"/>
        <source>Tik, scan of typ de passen na elkaar (Enter)</source>
        <translation>Tap, scan or type the passes one after another (Enter)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Pas</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="166"/>
        <source>F2  Alles verkopen</source>
        <translation>F2  Sell all</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="167"/>
        <source>F3  Alles inchecken</source>
        <translation>F3  Check in all</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="168"/>
        <source>F8  Rij ongedaan maken</source>
        <translation>F8  Undo row</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="169"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="170"/>
        <source>F6 Activiteit</source>
        <translation>F6 Activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="171"/>
        <source>F7 Prijs</source>
        <translation>F7 Price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="300"/>
        <source>Rij %1: deze kaart kan niet mee.</source>
        <translation>Row %1: this card cannot come along.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="308"/>
        <source>Deze pas staat al in de lijst (rij %1).</source>
        <translation>This pass is already in the list (row %1).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="309"/>
        <source>Scan de volgende pas.</source>
        <translation>Scan the next pass.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="335"/>
        <source>Kies eerst een activiteit.</source>
        <translation>Choose an activity first.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="336"/>
        <source>Druk F6 en kies de activiteit.</source>
        <translation>Press F6 and choose the activity.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="340"/>
        <source>Er staat geen pas meer klaar.</source>
        <translation>No pass is waiting any more.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="341"/>
        <source>Scan eerst de passen van de groep.</source>
        <translation>Scan the group&apos;s passes first.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="353"/>
        <source>Bezig: rij %1 van %2…</source>
        <translation>Working: row %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="375"/>
        <source>Klaar: %n pas(sen) bewaard.</source>
        <translation>
            <numerusform>Done: %n pass saved.</numerusform>
            <numerusform>Done: %n passes saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="376"/>
        <source>%n geweigerd: zie de reden in de lijst.</source>
        <translation>
            <numerusform>%n refused: see the reason in the list.</numerusform>
            <numerusform>%n refused: see the reason in the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="386"/>
        <source>Druk F8 als alle rijen hun status hebben.</source>
        <translation>Press F8 once every row has its status.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="390"/>
        <source>Kies eerst een rij (pijltjes).</source>
        <translation>Choose a row first (arrow keys).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="396"/>
        <source>Rij %1 uit de lijst gehaald.</source>
        <translation>Row %1 taken out of the list.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="402"/>
        <source>Op deze rij valt niets ongedaan te maken.</source>
        <translation>There is nothing to undo on this row.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="407"/>
        <source>Rij %1 (%2) ongedaan maken?</source>
        <translation>Undo row %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="409"/>
        <source>Druk nog eens F8 om te bevestigen.</source>
        <translation>Press F8 again to confirm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="459"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="463"/>
        <source>%1 kansentarief</source>
        <translation>%1 social tariff</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="469"/>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="471"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="473"/>
        <source>Gewone prijs: reken af aan de kassa</source>
        <translation>Regular price: charge it at the till</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="475"/>
        <source>Ongedaan gemaakt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Verkocht</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Ingecheckt</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="478"/>
        <source>, bevestigd door UiTPAS</source>
        <translation>, confirmed by UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="480"/>
        <source> (voorlopig: wordt verstuurd zodra UiTPAS bereikbaar is)</source>
        <translation> (provisional: sent as soon as UiTPAS can be reached)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="485"/>
        <source>%n pas(sen) in de lijst</source>
        <translation>
            <numerusform>%n pass in the list</numerusform>
            <numerusform>%n passes in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="486"/>
        <source>%n bewaard</source>
        <translation>
            <numerusform>%n saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="488"/>
        <source>%n voorlopig</source>
        <translation>
            <numerusform>%n provisional</numerusform>
            <numerusform>%n provisional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="490"/>
        <source>%n geweigerd</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="491"/>
        <source>Totaal via UiTPAS: %1</source>
        <translation>Total through UiTPAS: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="494"/>
        <source>%n aan gewone prijs: %1 apart aan de kassa</source>
        <translation>
            <numerusform>%n at the regular price: %1 charged separately at the till</numerusform>
            <numerusform>%n at the regular price: %1 charged separately at the till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="505"/>
        <source>Dit lukte niet.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="506"/>
        <source>Probeer opnieuw. Blijft het misgaan, herstart balie.</source>
        <translation>Try again. If it keeps failing, restart balie.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="318"/>
        <source>Wacht tot alle rijen hun status hebben.</source>
        <translation>Wait until every row has its status.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="330"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation>One moment: %1 follows as soon as the previous action is done.</translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="537"/>
        <source>&amp;Groep…</source>
        <translation>&amp;Group…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../balie/ui/history_view.py" line="109"/>
        <source>De geschiedenis kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>The history could not be read. Try again.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="114"/>
        <source>Geschiedenis van de pas</source>
        <translation>Pass history</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="115"/>
        <source>Geschiedenis: %1 · UiTPAS %2</source>
        <translation>History: %1 · UiTPAS %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="121"/>
        <source>Van deze balie, nog niet bij UiTPAS (wordt doorgestuurd):</source>
        <translation>From this counter, not yet at UiTPAS (will be sent):</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="122"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="124"/>
        <source>Geschiedenis wordt opgehaald…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="142"/>
        <source>Van UiTPAS: alles wat deze pashouder bij deze organisatie deed.</source>
        <translation>From UiTPAS: everything this pass holder did at this organisation.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="146"/>
        <source>UiTPAS is niet bereikbaar.</source>
        <translation>UiTPAS cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="147"/>
        <source>Deze pashouder is nog niet gekend op deze balie.</source>
        <translation>This pass holder is not yet known at this counter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="149"/>
        <source>Deze balie heeft geen verbinding met UiTPAS ingesteld.</source>
        <translation>This counter has no UiTPAS connection set up.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="152"/>
        <source>Enkel van deze balie: %1 Andere balies en vroegere bezoeken staan hier niet bij.</source>
        <translation>This counter only: %1 Other counters and earlier visits are not included.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="158"/>
        <source>UiTPAS heeft hier nog niets van deze pas.</source>
        <translation>UiTPAS has nothing for this pass here yet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="160"/>
        <source>Deze balie deed nog niets met deze pas.</source>
        <translation>This counter has not done anything with this pass yet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="185"/>
        <source>(bij UiTPAS %1)</source>
        <translation>(at UiTPAS %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="190"/>
        <source>Voordeel</source>
        <translation>Reward</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/history_view.py" line="197"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/history_view.py" line="204"/>
        <source>+%n punt(en)</source>
        <translation>
            <numerusform>+%n point</numerusform>
            <numerusform>+%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/history_view.py" line="205"/>
        <source>-%n punt(en)</source>
        <translation>
            <numerusform>-%n point</numerusform>
            <numerusform>-%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="208"/>
        <source>bij UiTPAS</source>
        <translation>at UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="209"/>
        <source>nog niet bij UiTPAS</source>
        <translation>not yet at UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="210"/>
        <source>geweigerd door UiTPAS (Te behandelen)</source>
        <translation>refused by UiTPAS (To handle)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="211"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="218"/>
        <source>Balie</source>
        <extracomment>the theme&apos;s colours (resources/balie.qss), for the parts only this screen has</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="219"/>
        <source>Deze balie is vergrendeld. Kies je naam (cijfertoets) en geef je pincode, of tik je badge op de lezer.</source>
        <translation>This counter is locked. Choose your name (digit key) and enter your PIN, or tap your badge on the reader.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="221"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="222"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="223"/>
        <source>Oefenmodus: %1</source>
        <translation>Training mode: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="226"/>
        <source>Eerste start: maak de eerste verantwoordelijke aan. Die kan daarna andere medewerkers toevoegen (menu Balie, Medewerkers).</source>
        <translation>First start: create the first supervisor. They can then add other operators (Counter menu, Operators).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="228"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="229"/>
        <source>&amp;Pincode (4 tot 12 cijfers)</source>
        <translation>&amp;PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="230"/>
        <source>Pincode &amp;opnieuw</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="231"/>
        <source>Verantwoordelijke &amp;aanmaken</source>
        <translation>Cre&amp;ate supervisor</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="304"/>
        <source>Kies eerst je naam (cijfertoets of klik).</source>
        <translation>Choose your name first (digit key or click).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="324"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="327"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="364"/>
        <source>Kies opnieuw je naam (cijfer) en typ je pincode.</source>
        <translation>Choose your name again (digit) and type your PIN.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="368"/>
        <source>Aanmelden lukte niet.</source>
        <translation>Signing in failed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="373"/>
        <source>Nog %n min. geblokkeerd.</source>
        <translation>
            <numerusform>Blocked for %n more minute.</numerusform>
            <numerusform>Blocked for %n more minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="375"/>
        <source>Nog %n poging(en) voor deze medewerker geblokkeerd wordt.</source>
        <translation>
            <numerusform>%n attempt left before this operator is blocked.</numerusform>
            <numerusform>%n attempts left before this operator is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="390"/>
        <source>Aanmelden lukte niet. Probeer opnieuw; blijft het misgaan, bel de helpdesk.</source>
        <translation>Signing in failed. Try again; if it keeps failing, call the helpdesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balie/ui/main_window.py" line="332"/>
        <source>Tik of scan eerst een pas: de geschiedenis is die van de pas aan de balie.</source>
        <extracomment>the menus over work beyond the counter screen, installed by the composition root (balie.app) F5 was pressed and its round has not answered yet a delivery round reached the platform since the last identification decided offline</extracomment>
        <translation>Tap or scan a pass first: the history is that of the pass at the counter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="381"/>
        <source>balie %1</source>
        <translation>balie %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="383"/>
        <source>OEFENMODUS: oefenplatform, niets is echt</source>
        <translation>TRAINING MODE: training platform, nothing is real</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="384"/>
        <source>&amp;Balie</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="385"/>
        <source>Nu &amp;synchroniseren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="386"/>
        <source>&amp;Te behandelen</source>
        <translation>&amp;To handle</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="387"/>
        <source>&amp;Dagrapport</source>
        <translation>&amp;Day report</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="388"/>
        <source>&amp;Geschiedenis van de pas</source>
        <translation>Pass &amp;history</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="389"/>
        <source>Medewerker &amp;wisselen (vergrendelen)</source>
        <translation>S&amp;witch operator (lock)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="390"/>
        <source>&amp;Medewerkers…</source>
        <translation>&amp;Operators…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="391"/>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="392"/>
        <source>&amp;Instellingen en info…</source>
        <translation>&amp;Settings and info…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="393"/>
        <location filename="../../balie/ui/main_window.py" line="399"/>
        <source>&amp;Over balie</source>
        <translation>&amp;About balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="394"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="395"/>
        <source>&amp;Einde van de dag: kassa afsluiten…</source>
        <translation>&amp;End of day: close the till…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="396"/>
        <source>Balie sl&amp;uiten</source>
        <translation>&amp;Quit balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="398"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="538"/>
        <source>Aangemeld: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="587"/>
        <location filename="../../balie/ui/main_window.py" line="588"/>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="605"/>
        <source>UiTPAS weigert de aanmelding van deze balie.</source>
        <translation>UiTPAS refuses this counter&apos;s sign-in.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="606"/>
        <source>Meld de balie opnieuw aan, of bel de helpdesk. Alles blijft bewaard.</source>
        <translation>Sign the counter in again, or call the helpdesk. Everything stays saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="611"/>
        <source>Geen verbinding met UiTPAS: %n actie(s) wachten nog.</source>
        <translation>
            <numerusform>No connection with UiTPAS: %n action still waits.</numerusform>
            <numerusform>No connection with UiTPAS: %n actions still wait.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="613"/>
        <source>Alles blijft bewaard. Probeer later opnieuw met F5.</source>
        <translation>Everything stays saved. Try again later with F5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="615"/>
        <source>%n verstuurd</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="616"/>
        <source>%n te behandelen</source>
        <translation>
            <numerusform>%n to handle</numerusform>
            <numerusform>%n to handle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="618"/>
        <source>%n wacht(en) nog</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="621"/>
        <source>UiTPAS weigerde %n actie(s): bekijk ze bij Te behandelen (F10).</source>
        <translation>
            <numerusform>UiTPAS refused %n action: see it under To handle (F10).</numerusform>
            <numerusform>UiTPAS refused %n actions: see them under To handle (F10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="642"/>
        <source>UiTPAS weigerde %n actie(s) uit de wachtrij.</source>
        <translation>
            <numerusform>UiTPAS refused %n action from the queue.</numerusform>
            <numerusform>UiTPAS refused %n actions from the queue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="624"/>
        <location filename="../../balie/ui/main_window.py" line="643"/>
        <source>Bekijk ze bij Te behandelen (F10).</source>
        <translation>See them under To handle (F10).</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="159"/>
        <location filename="../../balie/app/window.py" line="257"/>
        <source>Oefenbalie</source>
        <translation>Practice counter</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="324"/>
        <source>Een lidmaatschap aanmaken</source>
        <translation>Creating a membership</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="325"/>
        <source>Lidmaatschap</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="330"/>
        <source>Met &amp;kansenstatuut</source>
        <translation>With &amp;kansenstatuut (social tariff)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="331"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation>Digital pass (no card)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="335"/>
        <source>&amp;Bekijken</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="336"/>
        <source>&amp;Aanmaken</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="345"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation>UiTPAS &amp;region</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="348"/>
        <source>Nieuwe &amp;kaart</source>
        <translation>New &amp;card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="380"/>
        <source>Nieuw lidmaatschap mogelijk.</source>
        <translation>New membership possible.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="381"/>
        <source>Dit vervangt het huidige lidmaatschap.</source>
        <translation>This replaces the current membership.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="382"/>
        <source>Een lidmaatschap in dit gebied is niet mogelijk.</source>
        <translation>A membership in this region is not possible.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="384"/>
        <source>Kansenstatuut tot %1.</source>
        <translation>Kansenstatuut until %1.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="387"/>
        <source>Eerst moet het adres naar dit gebied verhuizen.</source>
        <translation>The address must first move to this region.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="398"/>
        <source>Tik de nieuwe kaart of typ het nummer op de kaart.</source>
        <translation>Tap the new card or type the number printed on it.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="407"/>
        <source>Lidmaatschap aangemaakt.</source>
        <translation>Membership created.</translation>
    </message>
</context>
<context>
    <name>OnlineOnlyDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="109"/>
        <location filename="../../balie/ui/qr_codes.py" line="137"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="118"/>
        <location filename="../../balie/ui/qr_codes.py" line="141"/>
        <source>Verbinding met UiTPAS controleren…</source>
        <translation>Checking the connection with UiTPAS…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="134"/>
        <source>%1 kan alleen met verbinding met UiTPAS, en de balie is nu offline.</source>
        <translation>%1 needs a connection with UiTPAS, and the counter is offline now.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="136"/>
        <source>Probeer het later opnieuw, of vraag de klant terug te komen.</source>
        <translation>Try again later, or ask the customer to come back.</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="104"/>
        <source>Medewerkers</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="115"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="116"/>
        <source>&amp;Pincode opnieuw instellen…</source>
        <translation>Reset &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="117"/>
        <source>&amp;Blokkering opheffen</source>
        <translation>&amp;Unblock</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="118"/>
        <source>&amp;Uitschakelen</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="119"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="170"/>
        <source>Medewerker toevoegen</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="181"/>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="189"/>
        <source>De blokkering is opgeheven.</source>
        <translation>The block has been lifted.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="199"/>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="205"/>
        <source>Dat lukte niet. Probeer opnieuw; blijft het misgaan, maak dan een supportbundel.</source>
        <translation>That did not work. Try again; if it keeps failing, make a support bundle.</translation>
    </message>
</context>
<context>
    <name>OrganizerPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="210"/>
        <source>Voor welke organisator werkt deze balie?</source>
        <translation>Which organizer does this counter work for?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="214"/>
        <source>Dit zijn de organisatoren waarvoor je mag werken.</source>
        <translation>These are the organizers you may work for.</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="220"/>
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <translation>PROVISIONAL: decided offline, confirmed later</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="147"/>
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation>No pass yet: tap, scan or type the number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="161"/>
        <location filename="../../balie/ui/pass_panel.py" line="176"/>
        <source>UiTPAS %1</source>
        <translation>UiTPAS %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="177"/>
        <source>Pashouder nog niet gekend op deze balie</source>
        <translation>Pass holder not yet known at this counter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="181"/>
        <source>onbekend kaartsysteem</source>
        <translation>unknown card system</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="183"/>
        <source>Groepspas %1 · %2</source>
        <translation>Group pass %1 · %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="185"/>
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation>Group pass: no points, check-ins or rewards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196"/>
        <source>Punten: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="197"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation>Points: %1 (being confirmed)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="217"/>
        <source>VOORLOPIG, PRIJS ONZEKER: andere regio</source>
        <translation>PROVISIONAL, PRICE UNCERTAIN: other region</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="251"/>
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation>Kansenstatuut in grace period (end date %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="254"/>
        <source>Kansenstatuut loopt af op %1</source>
        <translation>Kansenstatuut ends on %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="257"/>
        <source>Kansenstatuut geldig tot %1</source>
        <translation>Kansenstatuut valid until %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="260"/>
        <source>Kansenstatuut actief</source>
        <translation>Kansenstatuut active</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="263"/>
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation>Kansenstatuut expired since %1: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="264"/>
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation>Kansenstatuut expired: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="267"/>
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation>Kansenstatuut suspended: regular price.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="270"/>
        <source>Geen kansenstatuut</source>
        <translation>No kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="305"/>
        <source>Kansentarief</source>
        <translation>Social tariff</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="307"/>
        <source>Gewone prijs</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="309"/>
        <source>Bon: %1</source>
        <translation>Coupon: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="316"/>
        <source>1 ticket per aankoop</source>
        <translation>1 ticket per purchase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/pass_panel.py" line="318"/>
        <source>nog %n ticket(s) aan dit tarief</source>
        <translation>
            <numerusform>%n more ticket at this price</numerusform>
            <numerusform>%n more tickets at this price</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="336"/>
        <source>Te betalen: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="214"/>
        <source>Wordt bevestigd door UiTPAS…</source>
        <translation>Being confirmed by UiTPAS…</translation>
    </message>
</context>
<context>
    <name>PassholderMenu</name>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="56"/>
        <source>&amp;Pashouder</source>
        <translation>&amp;Pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="57"/>
        <source>&amp;Nieuwe pashouder</source>
        <translation>&amp;New pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="59"/>
        <source>Zoeken op &amp;naam</source>
        <translation>Search by &amp;name</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="53"/>
        <source>tik de badge op de lezer (niet verplicht)</source>
        <translation>tap the badge on the reader (optional)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="55"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="56"/>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="62"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="63"/>
        <source>Pincode &amp;opnieuw</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="65"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="72"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="73"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="84"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="87"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="92"/>
        <source>Met welk UiTPAS-platform werkt deze balie?</source>
        <translation>Which UiTPAS platform does this counter use?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="95"/>
        <source>Kies het oefenplatform om te leren werken met balie: niets is echt. Kies UiTPAS voor de echte balie.</source>
        <translation>Choose the training platform to learn balie: nothing is real. Choose UiTPAS for the real counter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="97"/>
        <source>&amp;Oefenplatform (niets is echt)</source>
        <translation>&amp;Training platform (nothing is real)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="98"/>
        <source>UiTPAS-&amp;testomgeving (voor de beheerder)</source>
        <translation>UiTPAS &amp;test environment (for the administrator)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="99"/>
        <source>&amp;UiTPAS (de echte balie)</source>
        <translation>&amp;UiTPAS (the real counter)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="105"/>
        <source>&amp;Geavanceerd: eigen adressen</source>
        <translation>&amp;Advanced: own addresses</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="109"/>
        <source>UiTPAS API</source>
        <translation>UiTPAS API</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="110"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="111"/>
        <source>UiTdatabank</source>
        <translation>UiTdatabank</translation>
    </message>
</context>
<context>
    <name>QrCodesDialog</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="81"/>
        <location filename="../../balie/ui/qr_codes.py" line="126"/>
        <source>QR-codes ophalen</source>
        <extracomment>None: this counter has no platform configured (then it is never online) the activity chosen on the counter screen (preselected), or None hands a link to the desktop (browser, PDF viewer); False: nothing could open it asks where to save (GUI thread); &quot;&quot; when the cashier cancels
----------
the last link opened or the last file saved (for the cashier&apos;s banner and tests)</extracomment>
        <translation>Fetching QR codes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="127"/>
        <source>QR-check-incodes van een activiteit</source>
        <translation>QR check-in codes of an activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="128"/>
        <source>PDF om af te drukken</source>
        <translation>PDF to print</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="129"/>
        <source>ZIP met afbeeldingen (PNG)</source>
        <translation>ZIP with images (PNG)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="131"/>
        <source>Pashouders checken zelf in door deze QR-code met hun app te scannen. Druk hem af en hang hem aan de ingang.</source>
        <translation>Pass holders check in themselves by scanning this QR code with their app. Print it and put it up at the entrance.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="133"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="134"/>
        <source>&amp;Bewaren…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="194"/>
        <source>Kies Bewaren… en open het bestand zelf.</source>
        <translation>Choose Save… and open the file yourself.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="135"/>
        <source>&amp;Activiteit</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="136"/>
        <source>&amp;Vorm</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="189"/>
        <source>De QR-codes zijn geopend.</source>
        <translation>The QR codes are open.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="190"/>
        <source>Druk ze af vanuit het venster dat openging.</source>
        <translation>Print them from the window that opened.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="193"/>
        <source>Deze computer kan de QR-codes niet openen.</source>
        <translation>This computer cannot open the QR codes.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="212"/>
        <source>Het bestand kon niet bewaard worden (%1).</source>
        <translation>The file could not be saved (%1).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="214"/>
        <source>Het bestand kon niet bewaard worden.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="215"/>
        <source>Kies een andere map.</source>
        <translation>Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="222"/>
        <source>QR-codes bewaard in %1 (%2 kB).</source>
        <translation>QR codes saved in %1 (%2 kB).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="224"/>
        <source>Open het bestand om het af te drukken.</source>
        <translation>Open the file to print it.</translation>
    </message>
</context>
<context>
    <name>QrCodesMenu</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="238"/>
        <source>&amp;QR-check-incodes…</source>
        <translation>&amp;QR check-in codes…</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="253"/>
        <source>Welke kaartlezer is welke?</source>
        <translation>Which card reader is which?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="257"/>
        <source>Kies &apos;automatisch&apos; als je het niet weet: balie neemt dan de eerste lezer van de juiste soort.</source>
        <translation>Choose &apos;automatic&apos; if you do not know: balie then takes the first reader of the right kind.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="259"/>
        <source>Lezer voor &amp;UiTPAS-kaarten</source>
        <translation>Reader for &amp;UiTPAS cards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="260"/>
        <source>Lezer voor de &amp;eID</source>
        <translation>Reader for the &amp;eID</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="266"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="267"/>
        <source>Kaartlezers zoeken…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/setup_wizard.py" line="275"/>
        <source>%n kaartlezer(s) gevonden.</source>
        <translation>
            <numerusform>%n card reader found.</numerusform>
            <numerusform>%n card readers found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="276"/>
        <source>Geen kaartlezer gevonden. Sluit hem aan en kies later opnieuw, of laat &apos;automatisch&apos; staan.</source>
        <translation>No card reader found. Connect it and choose again later, or leave &apos;automatic&apos;.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="105"/>
        <source>OEFENBON: geen geldig ticket of geldige pas</source>
        <translation>PRACTICE RECEIPT: not a valid ticket or pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="113"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="114"/>
        <location filename="../../balie/ui/receipt.py" line="147"/>
        <source>UiTPAS-nummer</source>
        <translation>UiTPAS number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="115"/>
        <source>Prijs van de pas</source>
        <translation>Price of the pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="117"/>
        <location filename="../../balie/ui/receipt.py" line="149"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="120"/>
        <source>Uitgereikt door</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="123"/>
        <location filename="../../balie/ui/receipt.py" line="152"/>
        <source>Balie</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="128"/>
        <source>Je pas wordt binnenkort geactiveerd. Punten sparen kan zodra de balie weer verbonden is.</source>
        <translation>Your pass will be activated shortly. You can save points as soon as the counter is connected again.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="131"/>
        <source>Welkom bij UiTPAS</source>
        <translation>Welcome to UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="132"/>
        <source>Toon deze code of je kaart aan de balie.</source>
        <translation>Show this code or your card at the counter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="144"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="145"/>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="146"/>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="157"/>
        <source>Geregistreerd zonder verbinding; wordt doorgestuurd naar UiTPAS.</source>
        <translation>Registered offline; will be sent to UiTPAS.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="160"/>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="201"/>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="202"/>
        <source>Bon voor de nieuwe pashouder</source>
        <translation>Receipt for the new pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="208"/>
        <source>&amp;Afdrukken (Ctrl+P)</source>
        <translation>&amp;Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="211"/>
        <source>Bewaren als &amp;PDF (Ctrl+S)</source>
        <translation>Save as &amp;PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="214"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="236"/>
        <source>De bon is afgedrukt.</source>
        <translation>The receipt was printed.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="244"/>
        <source>Bon bewaren als PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="251"/>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../balie/ui/registration.py" line="107"/>
        <source>Nieuwe pashouder</source>
        <translation>New pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="123"/>
        <source>Steek de eID in de kaartlezer om het formulier in te vullen, of typ de gegevens.</source>
        <translation>Insert the eID in the card reader to fill in the form, or type the details.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="126"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="129"/>
        <source>11 cijfers</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="131"/>
        <location filename="../../balie/ui/registration.py" line="157"/>
        <source>dd/mm/jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>(niet opgegeven)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>Vrouw</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="140"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="141"/>
        <source>&amp;Familienaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="142"/>
        <source>&amp;Rijksregisternummer</source>
        <translation>National &amp;register number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="143"/>
        <source>&amp;Geboortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="144"/>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="145"/>
        <source>Nationaliteit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="148"/>
        <source>Adres en pas</source>
        <translation>Address and pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="152"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation>tap the new card or type the number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="153"/>
        <source>Leg de nieuwe kaart uit de voorraad op de lezer.</source>
        <translation>Put the new card from the stock on the reader.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="155"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation>Digital pass (no card)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="156"/>
        <source>&amp;Kansenstatuut</source>
        <translation>&amp;Kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="162"/>
        <source>bedrag in euro</source>
        <translation>amount in euro</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="167"/>
        <source>&amp;Postcode, gemeente</source>
        <translation>&amp;Postal code, city</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="171"/>
        <source>tot</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="174"/>
        <source>&amp;Straat en nummer</source>
        <translation>&amp;Street and number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="176"/>
        <source>UiTPAS-gebied</source>
        <translation>UiTPAS region</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="177"/>
        <source>&amp;Nieuwe kaart</source>
        <translation>&amp;New card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="179"/>
        <source>Prijs van de pas</source>
        <translation>Price of the pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="180"/>
        <source>&amp;Betaald</source>
        <translation>P&amp;aid</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="183"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Servicemails</source>
        <translation>Service e-mails</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Infomails</source>
        <translation>Info e-mails</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Sms</source>
        <translation>Text messages</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="188"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="192"/>
        <source>Voorwaarden op papier meegegeven</source>
        <translation>Terms handed over on paper</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="194"/>
        <source>Voorwaarden digitaal bezorgd</source>
        <translation>Terms delivered digitally</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="197"/>
        <source>Minderjarig: ouder of voogd</source>
        <translation>Minor: parent or guardian</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="200"/>
        <source>De ouder of voogd geeft toestemming</source>
        <translation>The parent or guardian consents</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="201"/>
        <source>Naam ouder/voogd</source>
        <translation>Name of parent/guardian</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="207"/>
        <source>&amp;Registreren (F10)</source>
        <translation>&amp;Register (F10)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="210"/>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="256"/>
        <source>Geen verbinding met UiTPAS: de registratie wordt bewaard en later doorgestuurd.</source>
        <translation>No connection with UiTPAS: the registration is kept and sent later.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="274"/>
        <source>Er bestaat al een pashouder met dit rijksregisternummer: zoek de pashouder op.</source>
        <translation>A pass holder with this national register number already exists: look them up.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="286"/>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="287"/>
        <source> — minderjarig: toestemming van ouder of voogd nodig</source>
        <translation> — minor: consent of parent or guardian needed</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="328"/>
        <source>Volgt uit gebied, postcode en geboortedatum.</source>
        <translation>Follows from region, postal code and date of birth.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="337"/>
        <source>Offline: de prijs wordt bevestigd bij het doorsturen. Reken af volgens de prijslijst.</source>
        <translation>Offline: the price is confirmed when sent. Charge according to the price list.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="348"/>
        <source>Kaart wordt gecontroleerd…</source>
        <translation>Checking the card…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="370"/>
        <source>Duid het kansenstatuut aan als de klant er recht op heeft.</source>
        <translation>Tick the kansenstatuut if the customer is entitled to it.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="389"/>
        <source>Gegevens van de eID ingevuld. Controleer ze met de klant.</source>
        <translation>Details filled in from the eID. Check them with the customer.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="431"/>
        <source>Vul het betaalde bedrag voor de pas in.</source>
        <translation>Fill in the amount paid for the pass.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="448"/>
        <source>De registratie is niet bewaard.</source>
        <translation>The registration was not saved.</translation>
    </message>
</context>
<context>
    <name>RenewKansenstatuutDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="263"/>
        <source>Het kansenstatuut verlengen</source>
        <translation>Renewing the kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="264"/>
        <source>Kansenstatuut verlengen</source>
        <translation>Renew kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="266"/>
        <source>Nu geldig tot: %1</source>
        <translation>Now valid until: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="267"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="270"/>
        <source>&amp;Verlengen</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="276"/>
        <source>&amp;Nieuwe einddatum</source>
        <translation>&amp;New end date</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="287"/>
        <source>Typ een einddatum in de toekomst (dd/mm/jjjj).</source>
        <translation>Type an end date in the future (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="294"/>
        <source>Kansenstatuut verlengd tot %1.</source>
        <translation>Kansenstatuut renewed until %1.</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="421"/>
        <source>Een verloren kaart vervangen</source>
        <translation>Replacing a lost card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="422"/>
        <source>Kaart vervangen</source>
        <translation>Replace card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="429"/>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="434"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation>UiTPAS &amp;region</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="435"/>
        <source>Nieuwe &amp;kaart</source>
        <translation>New &amp;card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="436"/>
        <source>De oude kaart werkt daarna niet meer.</source>
        <translation>The old card stops working afterwards.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="464"/>
        <source>Kaart vervangen: de nieuwe kaart is %1.</source>
        <translation>Card replaced: the new card is %1.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="225"/>
        <location filename="../../balie/ui/report_view.py" line="226"/>
        <source>Dagrapport</source>
        <translation>Day report</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="227"/>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tarief</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Basisprijs</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Kansentarief-korting</source>
        <translation>Social tariff discount</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Voorlopig</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="231"/>
        <source>Exporteer &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="232"/>
        <source>Exporteer &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="233"/>
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="234"/>
        <source>&amp;Kassa afsluiten…</source>
        <translation>&amp;Close the till…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="266"/>
        <location filename="../../balie/ui/report_view.py" line="369"/>
        <source>Geen tickets verkocht op deze dag.</source>
        <translation>No tickets sold on this day.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="270"/>
        <source>Tickets: %1 (geannuleerd: %2) · ontvangen %3</source>
        <translation>Tickets: %1 (cancelled: %2) · received %3</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="273"/>
        <source>Nieuwe passen: %1 (%2) · totaal ontvangen %3</source>
        <translation>New passes: %1 (%2) · total received %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="277"/>
        <source>Kansentarief: %n ticket(s), korting %1</source>
        <translation>
            <numerusform>Social tariff: %n ticket, discount %1</numerusform>
            <numerusform>Social tariff: %n tickets, discount %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="279"/>
        <source>Check-ins: %1 (%2 gegeven) · voordelen: %3 (%4 ingeruild)</source>
        <translation>Check-ins: %1 (%2 given) · rewards: %3 (%4 redeemed)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="281"/>
        <location filename="../../balie/ui/report_view.py" line="283"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="286"/>
        <source>Nog niet bevestigd door UiTPAS: %n ticket(s).</source>
        <translation>
            <numerusform>Not yet confirmed by UiTPAS: %n ticket.</numerusform>
            <numerusform>Not yet confirmed by UiTPAS: %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="289"/>
        <source>Prijsverschillen met UiTPAS: %1 · terug te geven %2 · nog te ontvangen %3 (zie Te behandelen)</source>
        <translation>Price differences with UiTPAS: %1 · to give back %2 · to collect %3 (see To handle)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="299"/>
        <source>Kassa %1: verwacht %2 (zonder wisselgeld), nog niet afgesloten</source>
        <translation>Till %1: expected %2 (without float), not closed yet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="302"/>
        <source>Kassa %1: verwacht %2, geteld %3, verschil %4 (afgesloten %5)</source>
        <translation>Till %1: expected %2, counted %3, difference %4 (closed %5)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="309"/>
        <source>; sindsdien gewijzigd, nu verwacht %1: tel opnieuw</source>
        <translation>; changed since, now expected %1: count again</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="342"/>
        <source>Dagrapport bewaren</source>
        <translation>Save day report</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="357"/>
        <source>Dagrapport %1</source>
        <translation>Day report %1</translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="97"/>
        <source>Voordeel omruilen</source>
        <translation>Redeem reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="102"/>
        <source>&apos;%1&apos; omruilen voor %2?</source>
        <translation>Redeem &apos;%1&apos; for %2?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="103"/>
        <source>deze pashouder</source>
        <translation>this pass holder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="105"/>
        <source>Kost %n punt(en).</source>
        <translation>
            <numerusform>Costs %n point.</numerusform>
            <numerusform>Costs %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="107"/>
        <source>Daarna nog %n punt(en).</source>
        <translation>
            <numerusform>Then %n point left.</numerusform>
            <numerusform>Then %n points left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="109"/>
        <source>Zonder verbinding: de omruiling wordt bewaard en later doorgestuurd naar UiTPAS.</source>
        <translation>Without connection: the redemption is saved and sent to UiTPAS later.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="115"/>
        <source>Voordelen</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="116"/>
        <source>Voordelen voor %1</source>
        <translation>Rewards for %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="121"/>
        <source>Punten: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="119"/>
        <source>Punten: niet gekend zonder verbinding</source>
        <translation>Points: unknown without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="122"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation>Points: %1 (being confirmed)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Voordeel</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Nodig</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Kan het?</source>
        <translation>Possible?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="127"/>
        <source>&amp;Omruilen</source>
        <translation>&amp;Redeem</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="129"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="139"/>
        <source>welkomstvoordelen mogen</source>
        <translation>welcome rewards allowed</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="140"/>
        <source>welkomstvoordelen niet</source>
        <translation>no welcome rewards</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="141"/>
        <source>puntenvoordelen tot %n punt(en)</source>
        <translation>
            <numerusform>point rewards up to %n point</numerusform>
            <numerusform>point rewards up to %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="155"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="142"/>
        <source>puntenvoordelen niet</source>
        <translation>no points rewards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="144"/>
        <source>Zonder verbinding: %1; %2. Weigert UiTPAS een omruiling later, dan staat ze bij Te behandelen (F10).</source>
        <translation>Offline: %1; %2. If UiTPAS refuses an exchange later, it is listed under To handle (F10).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="152"/>
        <source>Welkomstvoordeel: %1</source>
        <translation>Welcome reward: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="154"/>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="156"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="158"/>
        <source>ja, voorlopig (zonder verbinding)</source>
        <translation>yes, provisionally (without connection)</translation>
    </message>
</context>
<context>
    <name>SearchByNameDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="182"/>
        <source>Zoeken op naam</source>
        <extracomment>(kind, holder): &quot;renew&quot; | &quot;membership&quot; | &quot;replace&quot; asked for the selected holder</extracomment>
        <translation>Searching by name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="183"/>
        <source>Pashouder zoeken op naam</source>
        <translation>Search pass holder by name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="187"/>
        <source>&amp;Zoeken (Enter)</source>
        <translation>&amp;Search (Enter)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="192"/>
        <source>&amp;Familienaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="193"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="205"/>
        <source>Kansenstatuut &amp;verlengen</source>
        <translation>Renew &amp;kansenstatuut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="206"/>
        <source>&amp;Lidmaatschap</source>
        <translation>&amp;Membership</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="207"/>
        <source>Kaart ve&amp;rvangen</source>
        <translation>Re&amp;place card</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="221"/>
        <source>Typ minstens 2 letters.</source>
        <translation>Type at least 2 letters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/platform_dialogs.py" line="231"/>
        <source>%n pashouder(s) gevonden.</source>
        <translation>
            <numerusform>%n pass holder found.</numerusform>
            <numerusform>%n pass holders found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="232"/>
        <source>Niemand gevonden met deze naam.</source>
        <translation>Nobody found with this name.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="175"/>
        <source>Kaartlezers worden gezocht…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="187"/>
        <source>(automatisch)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="220"/>
        <source>Instellingen en info</source>
        <translation>Settings and info</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Offline-beleid</source>
        <translation>&amp;Offline policy</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Kaartlezers</source>
        <translation>Card &amp;readers</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>T&amp;aal</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>Over &amp;balie</source>
        <translation>About &amp;balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="225"/>
        <source>Wat deze balie zonder verbinding met UiTPAS zelf mag beslissen. De organisatie legt dit vast in balie.ini ([policy] en [policy:&lt;organisator&gt;]); hier kan het niet gewijzigd worden.</source>
        <translation>What this counter may decide on its own without a connection to UiTPAS. The organisation sets this in balie.ini ([policy] and [policy:&lt;organizer&gt;]); it cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Organisator</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Instelling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="230"/>
        <source>Komt uit</source>
        <translation>Comes from</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="232"/>
        <source>De UiTPAS-kaarten worden gelezen met de NFC-lezer, de identiteitskaart met de eID-lezer. Leeg laten: balie kiest zelf op naam.</source>
        <translation>UiTPAS cards are read with the NFC reader, the identity card with the eID reader. Leave empty: balie chooses by name.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Kaartlezer</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Gebruikt voor</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="235"/>
        <source>&amp;NFC-lezer (UiTPAS)</source>
        <translation>&amp;NFC reader (UiTPAS)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="236"/>
        <source>&amp;eID-lezer</source>
        <translation>&amp;eID reader</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="210"/>
        <source>Bewaard in %1. De kaartlezers worden zo gebruikt vanaf de volgende start van balie.</source>
        <translation>Saved in %1. The card readers are used this way from the next start of balie.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="215"/>
        <source>Niet bewaard: geen configuratiebestand mag hier geschreven worden. Vraag de beheerder om [readers] in balie.ini in te vullen.</source>
        <translation>Not saved: no configuration file may be written here. Ask the administrator to fill in [readers] in balie.ini.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="237"/>
        <source>Kaartlezers be&amp;waren</source>
        <translation>&amp;Save card readers</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="238"/>
        <source>Opnieuw &amp;zoeken</source>
        <translation>Search a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="240"/>
        <source>De taal van de schermen. Ze verandert meteen en blijft bewaard voor deze balie.</source>
        <translation>The language of the screens. It changes at once and is kept for this counter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="241"/>
        <source>Gebruikte software en hun licenties:</source>
        <translation>Software used and its licences:</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="244"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>uur</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="258"/>
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="260"/>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="265"/>
        <source>standaard van balie</source>
        <translation>balie&apos;s default</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="267"/>
        <source>opdrachtregel</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>machinebestand %1</source>
        <translation>machine file %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>gebruikersbestand %1</source>
        <translation>user file %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="270"/>
        <source>bestand %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="275"/>
        <source>Waarschuwen als de kansentarieflijst ouder is dan</source>
        <translation>Warn when the social tariff list is older than</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="276"/>
        <source>Kansentarief weigeren als de lijst ouder is dan</source>
        <translation>Refuse the social tariff when the list is older than</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="277"/>
        <source>Tarieven per pas bruikbaar tot</source>
        <translation>Tariffs per pass usable for</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="278"/>
        <source>Vaste tarieven per activiteit bruikbaar tot</source>
        <translation>Fixed tariffs per activity usable for</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="279"/>
        <source>Kansentarief zonder verbinding</source>
        <translation>Social tariff without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="280"/>
        <source>Kortingsbonnen zonder verbinding</source>
        <translation>Coupons without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="281"/>
        <source>Inchecken zonder verbinding</source>
        <translation>Check-in without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="282"/>
        <source>Puntenvoordelen zonder verbinding</source>
        <translation>Points rewards without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="283"/>
        <source>Hoogstens zoveel punten per voordeel offline</source>
        <translation>At most this many points per reward offline</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="284"/>
        <source>Welkomstvoordelen zonder verbinding</source>
        <translation>Welcome rewards without connection</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="285"/>
        <source>Inchecken vóór de start</source>
        <translation>Check-in before the start</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="286"/>
        <source>Inchecken na het einde</source>
        <translation>Check-in after the end</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="287"/>
        <source>Waarschuwen als het kansenstatuut afloopt binnen</source>
        <translation>Warn when the kansenstatuut ends within</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>UiTPAS-kaarten (NFC)</source>
        <translation>UiTPAS cards (NFC)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>identiteitskaart (eID)</source>
        <translation>identity card (eID)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="299"/>
        <source>kijkt naar de kaart (eID of UiTPAS)</source>
        <translation>looks at the card (eID or UiTPAS)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="300"/>
        <source>niet gebruikt</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="305"/>
        <source>De kaartlezerdienst (PC/SC) draait niet op deze computer: geen kaartlezers te zien. Scannen en typen werken wel.</source>
        <translation>The card reader service (PC/SC) is not running on this computer: no card readers to see. Scanning and typing still work.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="308"/>
        <source>Geen kaartlezers aangesloten.</source>
        <translation>No card readers connected.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="317"/>
        <source>balie versie %1</source>
        <translation>balie version %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="318"/>
        <source>Gegevensmap: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="319"/>
        <source>Databank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="320"/>
        <source>Reservekopieën: %1</source>
        <translation>Backups: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="321"/>
        <source>Configuratiebestanden: %1</source>
        <translation>Configuration files: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="322"/>
        <source>geen (standaardwaarden)</source>
        <translation>none (defaults)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="325"/>
        <source>Oefenmodus: deze gegevens zijn niet echt.</source>
        <translation>Training mode: this data is not real.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="382"/>
        <source>balie instellen</source>
        <translation>Set up balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="394"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="395"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="396"/>
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="397"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="43"/>
        <source>Groep: passen na elkaar scannen, dan alles verkopen (F2) of inchecken (F3)</source>
        <translation>Group: scan the passes one after another, then sell all (F2) or check in all (F3)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="45"/>
        <source>QR-check-incodes van een activiteit (openen, afdrukken)</source>
        <translation>QR check-in codes of an activity (open, print)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="27"/>
        <source>Deze lijst met sneltoetsen</source>
        <extracomment>(keys, what they do); the texts are translated in the &quot;Shortcuts&quot; context</extracomment>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="28"/>
        <source>Verkopen aan de gekozen prijs</source>
        <translation>Sell at the chosen price</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="29"/>
        <source>Inchecken</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="30"/>
        <source>Voordelen van de pas</source>
        <translation>Rewards of the pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="31"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>F6, cijfer</source>
        <translation>F6, digit</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>Activiteit kiezen</source>
        <translation>Choose the activity</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>F7, cijfer</source>
        <translation>F7, digit</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>Prijscategorie kiezen</source>
        <translation>Choose the price category</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="34"/>
        <source>Laatste actie annuleren</source>
        <translation>Cancel the last action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="35"/>
        <source>Nieuwe pashouder</source>
        <translation>New pass holder</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="36"/>
        <source>Te behandelen</source>
        <translation>To handle</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="37"/>
        <source>Dagrapport</source>
        <translation>Day report</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="38"/>
        <source>Oefenkaarten tonen of verbergen (oefenmodus)</source>
        <translation>Show or hide the practice cards (training)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="39"/>
        <source>Getypt nummer zoeken</source>
        <translation>Look up the typed number</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="40"/>
        <source>Bon van de laatste verkoop</source>
        <translation>Receipt of the last sale</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="41"/>
        <source>Pashouder zoeken op naam</source>
        <translation>Find a pass holder by name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="44"/>
        <source>Geschiedenis van de pas</source>
        <translation>History of the pass</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="46"/>
        <source>Medewerker wisselen (vergrendelen)</source>
        <translation>Switch operator (lock)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="47"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="48"/>
        <source>Balie sluiten</source>
        <translation>Quit balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="49"/>
        <source>Menu&apos;s Balie, Pashouder, Instellingen, Help</source>
        <translation>Menus Counter, Pass holder, Settings, Help</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="50"/>
        <source>Vergrendeld scherm: een andere naam kiezen</source>
        <translation>Lock screen: choose another name</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="63"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="66"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="67"/>
        <source>Doet</source>
        <translation>Does</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="93"/>
        <source>Over balie</source>
        <translation>About balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="95"/>
        <source>balie %1: UiTPAS-balie die ook zonder verbinding werkt.</source>
        <translation>balie %1: a UiTPAS counter that also works without a connection.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="98"/>
        <source>Oefenplatform: %1</source>
        <translation>Training platform: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="99"/>
        <source>Alles in de oefenmodus is oefening: niets gaat naar UiTPAS.</source>
        <translation>Everything in training is practice: nothing goes to UiTPAS.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="133"/>
        <source>Aanmelden bij UiTPAS</source>
        <translation>Sign in to UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="135"/>
        <source>Als &amp;medewerker, via de browser (aanbevolen)</source>
        <translation>As an &amp;employee, through the browser (recommended)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="136"/>
        <source>Beheerde pc: met &amp;clientgegevens van publiq</source>
        <translation>Managed PC: with &amp;client credentials from publiq</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="141"/>
        <source>wordt veilig bewaard in de sleutelkluis van deze computer, nooit in een bestand</source>
        <translation>kept safely in this computer&apos;s keyring, never in a file</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="143"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="148"/>
        <source>Client &amp;id</source>
        <translation>Client &amp;id</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="149"/>
        <source>Client&amp;geheim</source>
        <translation>Client &amp;secret</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="179"/>
        <source>Vul de client id in die publiq gaf.</source>
        <translation>Fill in the client id publiq gave you.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="186"/>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="187"/>
        <source>Meld je aan in de browser die nu opent…</source>
        <translation>Sign in in the browser that opens now…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app/start.py" line="36"/>
        <source>balie kan niet starten</source>
        <translation>balie cannot start</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="348"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>Oefenplatform</source>
        <translation>Training platform</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>UiTPAS-testomgeving</source>
        <translation>UiTPAS test environment</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="356"/>
        <source>UiTPAS</source>
        <translation>UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="359"/>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>Aanmelden: %1</source>
        <translation>Sign-in: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>clientgegevens (beheerde pc)</source>
        <translation>client credentials (managed PC)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="362"/>
        <source>medewerker via de browser</source>
        <translation>employee through the browser</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="363"/>
        <source>Organisator: %1</source>
        <translation>Organizer: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="364"/>
        <source>Balie: %1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="365"/>
        <source>UiTPAS-lezer: %1</source>
        <translation>UiTPAS reader: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="366"/>
        <source>eID-lezer: %1</source>
        <translation>eID reader: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="367"/>
        <source>Synchronisatie: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="370"/>
        <source>De balie start toch; ze probeert de synchronisatie later opnieuw.</source>
        <translation>The counter starts anyway; it will try the synchronisation again later.</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="74"/>
        <source>Ctrl+%1 Annuleren</source>
        <extracomment>lines shown; older ones are counted, not listed (the screen is for the customer in front)</extracomment>
        <translation>Ctrl+%1 Cancel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="80"/>
        <source>Deze klant vandaag</source>
        <translation>This customer today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/today_strip.py" line="82"/>
        <source>(+%n eerder)</source>
        <translation>
            <numerusform>(+%n earlier)</numerusform>
            <numerusform>(+%n earlier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/today_strip.py" line="88"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="91"/>
        <source>Check-in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="93"/>
        <source>Voordeel %1</source>
        <translation>Reward %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="94"/>
        <source>wacht op UiTPAS</source>
        <translation>waiting for UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="95"/>
        <source>bij UiTPAS</source>
        <translation>at UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="96"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="97"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="90"/>
        <source>De kaartlezerdienst is weg: een pas wordt nu rechtstreeks herkend, zonder kaartlezer.</source>
        <translation>The card reader service is gone: a pass is now recognised directly, without a reader.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="106"/>
        <location filename="../../balie/ui/training_dock.py" line="107"/>
        <source>Oefenkaarten</source>
        <translation>Practice cards</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="108"/>
        <source>» Verbergen (F12)</source>
        <translation>» Hide (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="109"/>
        <source>Oefenkaarten tonen (F12)</source>
        <translation>Show practice cards (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="110"/>
        <source>Oefenkaarten verbergen (F12)</source>
        <translation>Hide practice cards (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="150"/>
        <location filename="../../balie/ui/training_dock.py" line="88"/>
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>what the reader service calls on its thread with each event (the reader-watch seam) the daily backup waits this long after the window opens: the first customer comes first
----------
the widest the unfolded panel gets, in pixels at 100 % scaling</extracomment>
        <translation>Click a pass: it is placed on the virtual card reader.</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="152"/>
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation>Click a pass: it is recognised directly (no virtual card reader on this computer).</translation>
    </message>
</context>
<context>
    <name>_CardField</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="306"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation>tap the new card or type the number</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="57"/>
        <source>QR-codes bewaren</source>
        <translation>Save the QR codes</translation>
    </message>
</context>
</TS>
