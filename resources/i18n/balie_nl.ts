<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl_BE">
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="137"/>
        <location filename="../../balie/ui/attention_view.py" line="138"/>
        <source>Te behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="140"/>
        <source>Deze acties weigerde UiTPAS na de verkoop. Kies per actie: verbeteren en opnieuw versturen, annuleren, of als afgehandeld markeren met een notitie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="142"/>
        <source>Niets te behandelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="144"/>
        <source>Acti&amp;viteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="145"/>
        <source>&amp;Prijscategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="146"/>
        <source>Aan&amp;tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="147"/>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="148"/>
        <source>Wat is er gebeurd of gedaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="149"/>
        <source>&amp;Opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="150"/>
        <source>&amp;Annuleren (niet registreren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="151"/>
        <source>Afge&amp;handeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="152"/>
        <source>Sl&amp;uiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="187"/>
        <source>Ticketverkoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="188"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="189"/>
        <source>Voordeel omruilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="190"/>
        <source>Nieuwe pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="191"/>
        <source>Prijsverschil na synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="192"/>
        <source>Annulering of wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="212"/>
        <source>UiTPAS gaf geen uitleg. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="215"/>
        <source>Kansentarief al gegeven: de organisator wordt mogelijk niet terugbetaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="218"/>
        <source>Soort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="219"/>
        <source>Wat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="220"/>
        <source>Pas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="223"/>
        <source>Activiteit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="225"/>
        <source>Tarief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="227"/>
        <source>Bedrag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="228"/>
        <source>Wanneer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="230"/>
        <source>Kassier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="276"/>
        <source>Schrijf eerst een notitie: wat is er gedaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="299"/>
        <source>Opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="300"/>
        <source>Deze actie opnieuw naar UiTPAS sturen?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="310"/>
        <source>Deze actie annuleren? Ze wordt niet bij UiTPAS geregistreerd.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="317"/>
        <source>Deze actie als afgehandeld markeren?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="309"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="316"/>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDrawerDialog</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="118"/>
        <source>Kassa afsluiten</source>
        <extracomment>bar colours: kansentarief stands out (the organizer is reimbursed for it), others calm close_drawer(day, counted cents, opening float cents): the closing, or why not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="128"/>
        <source>&amp;Geteld in de lade (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="129"/>
        <source>&amp;Wisselgeld van vanochtend (€)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="237"/>
        <source>Hoe heet deze balie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="239"/>
        <source>bv. Onthaal zwembad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="242"/>
        <source>De naam staat in de dagrapporten en op de bonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="243"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="66"/>
        <source>Kaartlezer: nog niet gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="86"/>
        <source>Medewerker: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="105"/>
        <source>Traag netwerk: lokaal beslist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="106"/>
        <source>UiTPAS antwoordt te traag. Prijzen komen uit deze balie en zijn voorlopig; balie kijkt op de achtergrond of UiTPAS terug antwoordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="120"/>
        <source>Wachtrij: %n actie(s)</source>
        <translation>
            <numerusform>Wachtrij: %n actie</numerusform>
            <numerusform>Wachtrij: %n acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="122"/>
        <source>(oudste %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="129"/>
        <source>Te behandelen: %1 (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="74"/>
        <location filename="../../balie/ui/status_bar.py" line="141"/>
        <source>Niet aangemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="147"/>
        <source>Synchroniseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="157"/>
        <source>Laatste synchronisatie: nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="160"/>
        <source>Laatste synchronisatie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="171"/>
        <source>Kansentarieflijst beveiligen (eenmalig): %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="193"/>
        <source>Prijscategorie (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="194"/>
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="195"/>
        <source>aantal </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="196"/>
        <source>F2  Verkopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="197"/>
        <source>F3  Inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="198"/>
        <source>F4  Voordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305"/>
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="366"/>
        <source>Er is een andere kaart getikt; deze klant blijft op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="372"/>
        <source>Enter: de nieuwe kaart tonen. Esc: negeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="444"/>
        <source>De verkoop was al bewaard als voorlopig; UiTPAS kijkt ze na bij het doorsturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="463"/>
        <source>Status gewijzigd volgens UiTPAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="467"/>
        <source>Prijs gewijzigd: %1 wordt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="541"/>
        <source>F2 niet nodig: gewone prijs, reken %1 af aan de kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="544"/>
        <source>F3/F4: niet voor een groepspas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="560"/>
        <source>Nieuwe prijs: %1. Druk F2 om te verkopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="592"/>
        <source>Er is nog geen verkoop om een bon van te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="646"/>
        <source>Deze klant kreeg op deze tap al %n ticket(s).</source>
        <translation>
            <numerusform>Deze klant kreeg op deze tap al %n ticket.</numerusform>
            <numerusform>Deze klant kreeg op deze tap al %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="647"/>
        <source>Nog %n ticket(s) verkopen?</source>
        <translation>
            <numerusform>Nog %n ticket verkopen?</numerusform>
            <numerusform>Nog %n tickets verkopen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="648"/>
        <source>Nog een verkoop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="671"/>
        <source>Ticket %1 van vandaag voor deze klant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="672"/>
        <source>Tickets %1 tot %2 van vandaag voor deze klant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="696"/>
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="729"/>
        <location filename="../../balie/ui/counter_view.py" line="741"/>
        <source>Er is geen actie om te annuleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="743"/>
        <location filename="../../balie/ui/counter_view.py" line="782"/>
        <source>Deze actie annuleren?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="201"/>
        <location filename="../../balie/ui/counter_view.py" line="744"/>
        <source>Laatste actie annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="192"/>
        <source>Activiteit (F6)</source>
        <extracomment>the bon of the last sale (Ctrl+B), its pass number only ever shown masked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="200"/>
        <source>F8  Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="227"/>
        <source>Geen activiteiten gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="228"/>
        <source>Synchroniseer (F5) of voeg een activiteit toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304"/>
        <source>Kies de activiteit: typ 1 tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="447"/>
        <source>Druk nog eens F2 om aan de nieuwe prijs te verkopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="539"/>
        <source>F2/F3: kies eerst een activiteit (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="546"/>
        <source>F3: inchecken kan niet voor deze activiteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="757"/>
        <source>Terug te geven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="784"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="797"/>
        <source>Er wacht een nieuwe kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="807"/>
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="842"/>
        <source>Je typte %n cijfer(s); een UiTPAS-nummer heeft er 13.</source>
        <translation>
            <numerusform>Je typte %n cijfer; een UiTPAS-nummer heeft er 13.</numerusform>
            <numerusform>Je typte %n cijfers; een UiTPAS-nummer heeft er 13.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="861"/>
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="862"/>
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="603"/>
        <source>Eerst een klant: tik de pas, scan of typ het nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="640"/>
        <source>%1 niet uitgevoerd: intussen staat er een andere klant op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="642"/>
        <source>Druk opnieuw %1 als het voor deze klant is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="633"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="41"/>
        <source>balie: de kassadatabank is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="55"/>
        <source>Nieuwste goede back-up: %1. De wachtrij van na die back-up is eerst bewaard in %2 en gaat mee naar de teruggezette databank: voer die acties NIET opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="60"/>
        <source>Nieuwste goede back-up: %1. Acties van na die back-up voer je daarna opnieuw in (papieren procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="71"/>
        <source>&amp;Herstel deze back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="75"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="87"/>
        <source>De back-up wordt teruggezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="96"/>
        <source>De back-up kon niet teruggezet worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="97"/>
        <source>Sluit balie af en bel de helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="14"/>
        <source>&amp;Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="15"/>
        <source>&amp;Nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="285"/>
        <source>Eerste synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="290"/>
        <source>&amp;Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="296"/>
        <source>balie haalt de activiteiten, voordelen en kaartgegevens op, zodat de balie ook zonder verbinding kan werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="317"/>
        <location filename="../../balie/ui/group_view.py" line="385"/>
        <location filename="../../balie/ui/group_view.py" line="512"/>
        <source>De groep is nog bezig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="513"/>
        <source>Sluit als alle rijen hun status hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="162"/>
        <source>Groep</source>
        <extracomment>the counter screen&apos;s chosen activity and price category (preselected here) after saved actions: the sync worker may send them now (as after a single sale) F5 in the group screen: the counter&apos;s &quot;sync now&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="163"/>
        <source>Tik, scan of typ de passen na elkaar (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Prijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="166"/>
        <source>F2  Alles verkopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="167"/>
        <source>F3  Alles inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="168"/>
        <source>F8  Rij ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="169"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="170"/>
        <source>F6 Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="171"/>
        <source>F7 Prijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="300"/>
        <source>Rij %1: deze kaart kan niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="308"/>
        <source>Deze pas staat al in de lijst (rij %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="309"/>
        <source>Scan de volgende pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="335"/>
        <source>Kies eerst een activiteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="336"/>
        <source>Druk F6 en kies de activiteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="340"/>
        <source>Er staat geen pas meer klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="341"/>
        <source>Scan eerst de passen van de groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="353"/>
        <source>Bezig: rij %1 van %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="375"/>
        <source>Klaar: %n pas(sen) bewaard.</source>
        <translation>
            <numerusform>Klaar: %n pas bewaard.</numerusform>
            <numerusform>Klaar: %n passen bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="376"/>
        <source>%n geweigerd: zie de reden in de lijst.</source>
        <translation>
            <numerusform>%n geweigerd: zie de reden in de lijst.</numerusform>
            <numerusform>%n geweigerd: zie de reden in de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="386"/>
        <source>Druk F8 als alle rijen hun status hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="390"/>
        <source>Kies eerst een rij (pijltjes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="396"/>
        <source>Rij %1 uit de lijst gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="402"/>
        <source>Op deze rij valt niets ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="407"/>
        <source>Rij %1 (%2) ongedaan maken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="409"/>
        <source>Druk nog eens F8 om te bevestigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="459"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="463"/>
        <source>%1 kansentarief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="469"/>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="471"/>
        <source>Geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="473"/>
        <source>Gewone prijs: reken af aan de kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="475"/>
        <source>Ongedaan gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Verkocht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Ingecheckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="478"/>
        <source>, bevestigd door UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="480"/>
        <source> (voorlopig: wordt verstuurd zodra UiTPAS bereikbaar is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="485"/>
        <source>%n pas(sen) in de lijst</source>
        <translation>
            <numerusform>%n pas in de lijst</numerusform>
            <numerusform>%n passen in de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="486"/>
        <source>%n bewaard</source>
        <translation>
            <numerusform>%n bewaard</numerusform>
            <numerusform>%n bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="488"/>
        <source>%n voorlopig</source>
        <translation>
            <numerusform>%n voorlopig</numerusform>
            <numerusform>%n voorlopig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="490"/>
        <source>%n geweigerd</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="491"/>
        <source>Totaal via UiTPAS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="494"/>
        <source>%n aan gewone prijs: %1 apart aan de kassa</source>
        <translation>
            <numerusform>%n aan gewone prijs: %1 apart aan de kassa</numerusform>
            <numerusform>%n aan gewone prijs: %1 apart aan de kassa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="505"/>
        <source>Dit lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="506"/>
        <source>Probeer opnieuw. Blijft het misgaan, herstart balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="318"/>
        <source>Wacht tot alle rijen hun status hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="330"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="537"/>
        <source>&amp;Groep…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../balie/ui/history_view.py" line="109"/>
        <source>De geschiedenis kon niet gelezen worden. Probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="114"/>
        <source>Geschiedenis van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="115"/>
        <source>Geschiedenis: %1 · UiTPAS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="121"/>
        <source>Van deze balie, nog niet bij UiTPAS (wordt doorgestuurd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="122"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="124"/>
        <source>Geschiedenis wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="142"/>
        <source>Van UiTPAS: alles wat deze pashouder bij deze organisatie deed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="146"/>
        <source>UiTPAS is niet bereikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="147"/>
        <source>Deze pashouder is nog niet gekend op deze balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="149"/>
        <source>Deze balie heeft geen verbinding met UiTPAS ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="152"/>
        <source>Enkel van deze balie: %1 Andere balies en vroegere bezoeken staan hier niet bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="158"/>
        <source>UiTPAS heeft hier nog niets van deze pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="160"/>
        <source>Deze balie deed nog niets met deze pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="185"/>
        <source>(bij UiTPAS %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="190"/>
        <source>Voordeel</source>
        <translation type="unfinished"></translation>
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
            <numerusform>+%n punt</numerusform>
            <numerusform>+%n punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/history_view.py" line="205"/>
        <source>-%n punt(en)</source>
        <translation>
            <numerusform>-%n punt</numerusform>
            <numerusform>-%n punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="208"/>
        <source>bij UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="209"/>
        <source>nog niet bij UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="210"/>
        <source>geweigerd door UiTPAS (Te behandelen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="211"/>
        <source>geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="218"/>
        <source>Balie</source>
        <extracomment>the theme&apos;s colours (resources/balie.qss), for the parts only this screen has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="219"/>
        <source>Deze balie is vergrendeld. Kies je naam (cijfertoets) en geef je pincode, of tik je badge op de lezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="221"/>
        <source>&amp;Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="222"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="223"/>
        <source>Oefenmodus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="226"/>
        <source>Eerste start: maak de eerste verantwoordelijke aan. Die kan daarna andere medewerkers toevoegen (menu Balie, Medewerkers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="228"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="229"/>
        <source>&amp;Pincode (4 tot 12 cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="230"/>
        <source>Pincode &amp;opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="231"/>
        <source>Verantwoordelijke &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="304"/>
        <source>Kies eerst je naam (cijfertoets of klik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="324"/>
        <source>Vul een naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="327"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="364"/>
        <source>Kies opnieuw je naam (cijfer) en typ je pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="368"/>
        <source>Aanmelden lukte niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="373"/>
        <source>Nog %n min. geblokkeerd.</source>
        <translation>
            <numerusform>Nog %n min. geblokkeerd.</numerusform>
            <numerusform>Nog %n min. geblokkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="375"/>
        <source>Nog %n poging(en) voor deze medewerker geblokkeerd wordt.</source>
        <translation>
            <numerusform>Nog %n poging voor deze medewerker geblokkeerd wordt.</numerusform>
            <numerusform>Nog %n pogingen voor deze medewerker geblokkeerd wordt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="390"/>
        <source>Aanmelden lukte niet. Probeer opnieuw; blijft het misgaan, bel de helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balie/ui/main_window.py" line="332"/>
        <source>Tik of scan eerst een pas: de geschiedenis is die van de pas aan de balie.</source>
        <extracomment>the menus over work beyond the counter screen, installed by the composition root (balie.app) F5 was pressed and its round has not answered yet a delivery round reached the platform since the last identification decided offline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="381"/>
        <source>balie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="383"/>
        <source>OEFENMODUS: oefenplatform, niets is echt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="384"/>
        <source>&amp;Balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="385"/>
        <source>Nu &amp;synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="386"/>
        <source>&amp;Te behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="387"/>
        <source>&amp;Dagrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="388"/>
        <source>&amp;Geschiedenis van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="389"/>
        <source>Medewerker &amp;wisselen (vergrendelen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="390"/>
        <source>&amp;Medewerkers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="391"/>
        <source>&amp;Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="392"/>
        <source>&amp;Instellingen en info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="393"/>
        <location filename="../../balie/ui/main_window.py" line="399"/>
        <source>&amp;Over balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="394"/>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="395"/>
        <source>&amp;Einde van de dag: kassa afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="396"/>
        <source>Balie sl&amp;uiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="398"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="538"/>
        <source>Aangemeld: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="587"/>
        <location filename="../../balie/ui/main_window.py" line="588"/>
        <source>Synchroniseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="605"/>
        <source>UiTPAS weigert de aanmelding van deze balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="606"/>
        <source>Meld de balie opnieuw aan, of bel de helpdesk. Alles blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="611"/>
        <source>Geen verbinding met UiTPAS: %n actie(s) wachten nog.</source>
        <translation>
            <numerusform>Geen verbinding met UiTPAS: %n actie wacht nog.</numerusform>
            <numerusform>Geen verbinding met UiTPAS: %n acties wachten nog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="613"/>
        <source>Alles blijft bewaard. Probeer later opnieuw met F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="615"/>
        <source>%n verstuurd</source>
        <translation>
            <numerusform>%n verstuurd</numerusform>
            <numerusform>%n verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="616"/>
        <source>%n te behandelen</source>
        <translation>
            <numerusform>%n te behandelen</numerusform>
            <numerusform>%n te behandelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="618"/>
        <source>%n wacht(en) nog</source>
        <translation>
            <numerusform>%n wacht nog</numerusform>
            <numerusform>%n wachten nog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="621"/>
        <source>UiTPAS weigerde %n actie(s): bekijk ze bij Te behandelen (F10).</source>
        <translation>
            <numerusform>UiTPAS weigerde %n actie: bekijk ze bij Te behandelen (F10).</numerusform>
            <numerusform>UiTPAS weigerde %n acties: bekijk ze bij Te behandelen (F10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="642"/>
        <source>UiTPAS weigerde %n actie(s) uit de wachtrij.</source>
        <translation>
            <numerusform>UiTPAS weigerde %n actie uit de wachtrij.</numerusform>
            <numerusform>UiTPAS weigerde %n acties uit de wachtrij.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="624"/>
        <location filename="../../balie/ui/main_window.py" line="643"/>
        <source>Bekijk ze bij Te behandelen (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="159"/>
        <location filename="../../balie/app/window.py" line="257"/>
        <source>Oefenbalie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="324"/>
        <source>Een lidmaatschap aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="325"/>
        <source>Lidmaatschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="330"/>
        <source>Met &amp;kansenstatuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="331"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="335"/>
        <source>&amp;Bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="336"/>
        <source>&amp;Aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="345"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="348"/>
        <source>Nieuwe &amp;kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="380"/>
        <source>Nieuw lidmaatschap mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="381"/>
        <source>Dit vervangt het huidige lidmaatschap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="382"/>
        <source>Een lidmaatschap in dit gebied is niet mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="384"/>
        <source>Kansenstatuut tot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="387"/>
        <source>Eerst moet het adres naar dit gebied verhuizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="398"/>
        <source>Tik de nieuwe kaart of typ het nummer op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="407"/>
        <source>Lidmaatschap aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineOnlyDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="109"/>
        <location filename="../../balie/ui/qr_codes.py" line="137"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="118"/>
        <location filename="../../balie/ui/qr_codes.py" line="141"/>
        <source>Verbinding met UiTPAS controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="134"/>
        <source>%1 kan alleen met verbinding met UiTPAS, en de balie is nu offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="136"/>
        <source>Probeer het later opnieuw, of vraag de klant terug te komen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="104"/>
        <source>Medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="115"/>
        <source>&amp;Toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="116"/>
        <source>&amp;Pincode opnieuw instellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="117"/>
        <source>&amp;Blokkering opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="118"/>
        <source>&amp;Uitschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="119"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="170"/>
        <source>Medewerker toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="181"/>
        <source>Nieuwe pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="189"/>
        <source>De blokkering is opgeheven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="199"/>
        <source>Bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="205"/>
        <source>Dat lukte niet. Probeer opnieuw; blijft het misgaan, maak dan een supportbundel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizerPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="210"/>
        <source>Voor welke organisator werkt deze balie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="214"/>
        <source>Dit zijn de organisatoren waarvoor je mag werken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="220"/>
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="147"/>
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="161"/>
        <location filename="../../balie/ui/pass_panel.py" line="176"/>
        <source>UiTPAS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="177"/>
        <source>Pashouder nog niet gekend op deze balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="181"/>
        <source>onbekend kaartsysteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="183"/>
        <source>Groepspas %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="185"/>
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196"/>
        <source>Punten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="197"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="214"/>
        <source>Wordt bevestigd door UiTPAS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="217"/>
        <source>VOORLOPIG, PRIJS ONZEKER: andere regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="251"/>
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="254"/>
        <source>Kansenstatuut loopt af op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="257"/>
        <source>Kansenstatuut geldig tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="260"/>
        <source>Kansenstatuut actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="263"/>
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="264"/>
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="267"/>
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="270"/>
        <source>Geen kansenstatuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="305"/>
        <source>Kansentarief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="307"/>
        <source>Gewone prijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="309"/>
        <source>Bon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="316"/>
        <source>1 ticket per aankoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/pass_panel.py" line="318"/>
        <source>nog %n ticket(s) aan dit tarief</source>
        <translation>
            <numerusform>nog %n ticket aan dit tarief</numerusform>
            <numerusform>nog %n tickets aan dit tarief</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="336"/>
        <source>Te betalen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassholderMenu</name>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="56"/>
        <source>&amp;Pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="57"/>
        <source>&amp;Nieuwe pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="59"/>
        <source>Zoeken op &amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="53"/>
        <source>tik de badge op de lezer (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="55"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="56"/>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="62"/>
        <source>&amp;Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="63"/>
        <source>Pincode &amp;opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="65"/>
        <source>&amp;Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="72"/>
        <source>&amp;Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="73"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="84"/>
        <source>Vul een naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="87"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="92"/>
        <source>Met welk UiTPAS-platform werkt deze balie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="95"/>
        <source>Kies het oefenplatform om te leren werken met balie: niets is echt. Kies UiTPAS voor de echte balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="97"/>
        <source>&amp;Oefenplatform (niets is echt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="98"/>
        <source>UiTPAS-&amp;testomgeving (voor de beheerder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="99"/>
        <source>&amp;UiTPAS (de echte balie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="105"/>
        <source>&amp;Geavanceerd: eigen adressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="109"/>
        <source>UiTPAS API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="110"/>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="111"/>
        <source>UiTdatabank</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="127"/>
        <source>QR-check-incodes van een activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="128"/>
        <source>PDF om af te drukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="129"/>
        <source>ZIP met afbeeldingen (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="131"/>
        <source>Pashouders checken zelf in door deze QR-code met hun app te scannen. Druk hem af en hang hem aan de ingang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="133"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="134"/>
        <source>&amp;Bewaren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="194"/>
        <source>Kies Bewaren… en open het bestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="135"/>
        <source>&amp;Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="136"/>
        <source>&amp;Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="189"/>
        <source>De QR-codes zijn geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="190"/>
        <source>Druk ze af vanuit het venster dat openging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="193"/>
        <source>Deze computer kan de QR-codes niet openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="212"/>
        <source>Het bestand kon niet bewaard worden (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="214"/>
        <source>Het bestand kon niet bewaard worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="215"/>
        <source>Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="222"/>
        <source>QR-codes bewaard in %1 (%2 kB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="224"/>
        <source>Open het bestand om het af te drukken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodesMenu</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="238"/>
        <source>&amp;QR-check-incodes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="253"/>
        <source>Welke kaartlezer is welke?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="257"/>
        <source>Kies &apos;automatisch&apos; als je het niet weet: balie neemt dan de eerste lezer van de juiste soort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="259"/>
        <source>Lezer voor &amp;UiTPAS-kaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="260"/>
        <source>Lezer voor de &amp;eID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="266"/>
        <source>automatisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="267"/>
        <source>Kaartlezers zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/setup_wizard.py" line="275"/>
        <source>%n kaartlezer(s) gevonden.</source>
        <translation>
            <numerusform>%n kaartlezer gevonden.</numerusform>
            <numerusform>%n kaartlezers gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="276"/>
        <source>Geen kaartlezer gevonden. Sluit hem aan en kies later opnieuw, of laat &apos;automatisch&apos; staan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="105"/>
        <source>OEFENBON: geen geldig ticket of geldige pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="113"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="114"/>
        <location filename="../../balie/ui/receipt.py" line="147"/>
        <source>UiTPAS-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="115"/>
        <source>Prijs van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="117"/>
        <location filename="../../balie/ui/receipt.py" line="149"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="120"/>
        <source>Uitgereikt door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="123"/>
        <location filename="../../balie/ui/receipt.py" line="152"/>
        <source>Balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="128"/>
        <source>Je pas wordt binnenkort geactiveerd. Punten sparen kan zodra de balie weer verbonden is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="131"/>
        <source>Welkom bij UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="132"/>
        <source>Toon deze code of je kaart aan de balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="144"/>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="145"/>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="146"/>
        <source>Betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="157"/>
        <source>Geregistreerd zonder verbinding; wordt doorgestuurd naar UiTPAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="160"/>
        <source>Bon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="201"/>
        <source>Bon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="202"/>
        <source>Bon voor de nieuwe pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="208"/>
        <source>&amp;Afdrukken (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="211"/>
        <source>Bewaren als &amp;PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="214"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="236"/>
        <source>De bon is afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="244"/>
        <source>Bon bewaren als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="251"/>
        <source>Bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../balie/ui/registration.py" line="107"/>
        <source>Nieuwe pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="123"/>
        <source>Steek de eID in de kaartlezer om het formulier in te vullen, of typ de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="126"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="129"/>
        <source>11 cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="131"/>
        <location filename="../../balie/ui/registration.py" line="157"/>
        <source>dd/mm/jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>(niet opgegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>Vrouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="140"/>
        <source>&amp;Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="141"/>
        <source>&amp;Familienaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="142"/>
        <source>&amp;Rijksregisternummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="143"/>
        <source>&amp;Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="144"/>
        <source>Geslacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="145"/>
        <source>Nationaliteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="148"/>
        <source>Adres en pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="152"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="153"/>
        <source>Leg de nieuwe kaart uit de voorraad op de lezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="155"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="156"/>
        <source>&amp;Kansenstatuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="162"/>
        <source>bedrag in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="167"/>
        <source>&amp;Postcode, gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="171"/>
        <source>tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="174"/>
        <source>&amp;Straat en nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="176"/>
        <source>UiTPAS-gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="177"/>
        <source>&amp;Nieuwe kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="179"/>
        <source>Prijs van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="180"/>
        <source>&amp;Betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="183"/>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Servicemails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Mijlpalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Infomails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="188"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="192"/>
        <source>Voorwaarden op papier meegegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="194"/>
        <source>Voorwaarden digitaal bezorgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="197"/>
        <source>Minderjarig: ouder of voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="200"/>
        <source>De ouder of voogd geeft toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="201"/>
        <source>Naam ouder/voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="207"/>
        <source>&amp;Registreren (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="210"/>
        <source>Annuleren (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="256"/>
        <source>Geen verbinding met UiTPAS: de registratie wordt bewaard en later doorgestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="274"/>
        <source>Er bestaat al een pashouder met dit rijksregisternummer: zoek de pashouder op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="286"/>
        <source>%1 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="287"/>
        <source> — minderjarig: toestemming van ouder of voogd nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="328"/>
        <source>Volgt uit gebied, postcode en geboortedatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="337"/>
        <source>Offline: de prijs wordt bevestigd bij het doorsturen. Reken af volgens de prijslijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="348"/>
        <source>Kaart wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="370"/>
        <source>Duid het kansenstatuut aan als de klant er recht op heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="389"/>
        <source>Gegevens van de eID ingevuld. Controleer ze met de klant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="431"/>
        <source>Vul het betaalde bedrag voor de pas in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="448"/>
        <source>De registratie is niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewKansenstatuutDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="263"/>
        <source>Het kansenstatuut verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="264"/>
        <source>Kansenstatuut verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="266"/>
        <source>Nu geldig tot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="267"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="270"/>
        <source>&amp;Verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="276"/>
        <source>&amp;Nieuwe einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="287"/>
        <source>Typ een einddatum in de toekomst (dd/mm/jjjj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="294"/>
        <source>Kansenstatuut verlengd tot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="421"/>
        <source>Een verloren kaart vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="422"/>
        <source>Kaart vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="429"/>
        <source>&amp;Vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="434"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="435"/>
        <source>Nieuwe &amp;kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="436"/>
        <source>De oude kaart werkt daarna niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="464"/>
        <source>Kaart vervangen: de nieuwe kaart is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="225"/>
        <location filename="../../balie/ui/report_view.py" line="226"/>
        <source>Dagrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="227"/>
        <source>&amp;Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tarief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Basisprijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Kansentarief-korting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Voorlopig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="231"/>
        <source>Exporteer &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="232"/>
        <source>Exporteer &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="233"/>
        <source>Sl&amp;uiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="234"/>
        <source>&amp;Kassa afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="266"/>
        <location filename="../../balie/ui/report_view.py" line="369"/>
        <source>Geen tickets verkocht op deze dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="270"/>
        <source>Tickets: %1 (geannuleerd: %2) · ontvangen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="273"/>
        <source>Nieuwe passen: %1 (%2) · totaal ontvangen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="277"/>
        <source>Kansentarief: %n ticket(s), korting %1</source>
        <translation>
            <numerusform>Kansentarief: %n ticket, korting %1</numerusform>
            <numerusform>Kansentarief: %n tickets, korting %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="279"/>
        <source>Check-ins: %1 (%2 gegeven) · voordelen: %3 (%4 ingeruild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="281"/>
        <location filename="../../balie/ui/report_view.py" line="283"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="286"/>
        <source>Nog niet bevestigd door UiTPAS: %n ticket(s).</source>
        <translation>
            <numerusform>Nog niet bevestigd door UiTPAS: %n ticket.</numerusform>
            <numerusform>Nog niet bevestigd door UiTPAS: %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="289"/>
        <source>Prijsverschillen met UiTPAS: %1 · terug te geven %2 · nog te ontvangen %3 (zie Te behandelen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="299"/>
        <source>Kassa %1: verwacht %2 (zonder wisselgeld), nog niet afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="302"/>
        <source>Kassa %1: verwacht %2, geteld %3, verschil %4 (afgesloten %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="309"/>
        <source>; sindsdien gewijzigd, nu verwacht %1: tel opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="342"/>
        <source>Dagrapport bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="357"/>
        <source>Dagrapport %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="97"/>
        <source>Voordeel omruilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="102"/>
        <source>&apos;%1&apos; omruilen voor %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="103"/>
        <source>deze pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="105"/>
        <source>Kost %n punt(en).</source>
        <translation>
            <numerusform>Kost %n punt.</numerusform>
            <numerusform>Kost %n punten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="107"/>
        <source>Daarna nog %n punt(en).</source>
        <translation>
            <numerusform>Daarna nog %n punt.</numerusform>
            <numerusform>Daarna nog %n punten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="109"/>
        <source>Zonder verbinding: de omruiling wordt bewaard en later doorgestuurd naar UiTPAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="115"/>
        <source>Voordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="116"/>
        <source>Voordelen voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="121"/>
        <source>Punten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="119"/>
        <source>Punten: niet gekend zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="122"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Voordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Kan het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="127"/>
        <source>&amp;Omruilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="129"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="139"/>
        <source>welkomstvoordelen mogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="140"/>
        <source>welkomstvoordelen niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="141"/>
        <source>puntenvoordelen tot %n punt(en)</source>
        <translation>
            <numerusform>puntenvoordelen tot %n punt</numerusform>
            <numerusform>puntenvoordelen tot %n punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="155"/>
        <source>%n punt(en)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="142"/>
        <source>puntenvoordelen niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="144"/>
        <source>Zonder verbinding: %1; %2. Weigert UiTPAS een omruiling later, dan staat ze bij Te behandelen (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="152"/>
        <source>Welkomstvoordeel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="154"/>
        <source>gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="156"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="158"/>
        <source>ja, voorlopig (zonder verbinding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchByNameDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="182"/>
        <source>Zoeken op naam</source>
        <extracomment>(kind, holder): &quot;renew&quot; | &quot;membership&quot; | &quot;replace&quot; asked for the selected holder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="183"/>
        <source>Pashouder zoeken op naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="187"/>
        <source>&amp;Zoeken (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="192"/>
        <source>&amp;Familienaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="193"/>
        <source>&amp;Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="205"/>
        <source>Kansenstatuut &amp;verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="206"/>
        <source>&amp;Lidmaatschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="207"/>
        <source>Kaart ve&amp;rvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="221"/>
        <source>Typ minstens 2 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/platform_dialogs.py" line="231"/>
        <source>%n pashouder(s) gevonden.</source>
        <translation>
            <numerusform>%n pashouder gevonden.</numerusform>
            <numerusform>%n pashouders gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="232"/>
        <source>Niemand gevonden met deze naam.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="175"/>
        <source>Kaartlezers worden gezocht…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="187"/>
        <source>(automatisch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="220"/>
        <source>Instellingen en info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Offline-beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Kaartlezers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>T&amp;aal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>Over &amp;balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="225"/>
        <source>Wat deze balie zonder verbinding met UiTPAS zelf mag beslissen. De organisatie legt dit vast in balie.ini ([policy] en [policy:&lt;organisator&gt;]); hier kan het niet gewijzigd worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Organisator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Instelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="230"/>
        <source>Komt uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="232"/>
        <source>De UiTPAS-kaarten worden gelezen met de NFC-lezer, de identiteitskaart met de eID-lezer. Leeg laten: balie kiest zelf op naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Kaartlezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Gebruikt voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="235"/>
        <source>&amp;NFC-lezer (UiTPAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="236"/>
        <source>&amp;eID-lezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="210"/>
        <source>Bewaard in %1. De kaartlezers worden zo gebruikt vanaf de volgende start van balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="215"/>
        <source>Niet bewaard: geen configuratiebestand mag hier geschreven worden. Vraag de beheerder om [readers] in balie.ini in te vullen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="237"/>
        <source>Kaartlezers be&amp;waren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="238"/>
        <source>Opnieuw &amp;zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="240"/>
        <source>De taal van de schermen. Ze verandert meteen en blijft bewaard voor deze balie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="241"/>
        <source>Gebruikte software en hun licenties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Pakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Licentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="244"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="258"/>
        <source>minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="260"/>
        <source>punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="265"/>
        <source>standaard van balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="267"/>
        <source>opdrachtregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>machinebestand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>gebruikersbestand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="270"/>
        <source>bestand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="275"/>
        <source>Waarschuwen als de kansentarieflijst ouder is dan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="276"/>
        <source>Kansentarief weigeren als de lijst ouder is dan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="277"/>
        <source>Tarieven per pas bruikbaar tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="278"/>
        <source>Vaste tarieven per activiteit bruikbaar tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="279"/>
        <source>Kansentarief zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="280"/>
        <source>Kortingsbonnen zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="281"/>
        <source>Inchecken zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="282"/>
        <source>Puntenvoordelen zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="283"/>
        <source>Hoogstens zoveel punten per voordeel offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="284"/>
        <source>Welkomstvoordelen zonder verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="285"/>
        <source>Inchecken vóór de start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="286"/>
        <source>Inchecken na het einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="287"/>
        <source>Waarschuwen als het kansenstatuut afloopt binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>UiTPAS-kaarten (NFC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>identiteitskaart (eID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="299"/>
        <source>kijkt naar de kaart (eID of UiTPAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="300"/>
        <source>niet gebruikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="305"/>
        <source>De kaartlezerdienst (PC/SC) draait niet op deze computer: geen kaartlezers te zien. Scannen en typen werken wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="308"/>
        <source>Geen kaartlezers aangesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="317"/>
        <source>balie versie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="318"/>
        <source>Gegevensmap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="319"/>
        <source>Databank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="320"/>
        <source>Reservekopieën: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="321"/>
        <source>Configuratiebestanden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="322"/>
        <source>geen (standaardwaarden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="325"/>
        <source>Oefenmodus: deze gegevens zijn niet echt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="382"/>
        <source>balie instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="394"/>
        <source>&amp;Volgende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="395"/>
        <source>&lt; V&amp;orige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="396"/>
        <source>&amp;Starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="397"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="43"/>
        <source>Groep: passen na elkaar scannen, dan alles verkopen (F2) of inchecken (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="45"/>
        <source>QR-check-incodes van een activiteit (openen, afdrukken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="27"/>
        <source>Deze lijst met sneltoetsen</source>
        <extracomment>(keys, what they do); the texts are translated in the &quot;Shortcuts&quot; context</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="28"/>
        <source>Verkopen aan de gekozen prijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="29"/>
        <source>Inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="30"/>
        <source>Voordelen van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="31"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>F6, cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>Activiteit kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>F7, cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>Prijscategorie kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="34"/>
        <source>Laatste actie annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="35"/>
        <source>Nieuwe pashouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="36"/>
        <source>Te behandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="37"/>
        <source>Dagrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="38"/>
        <source>Oefenkaarten tonen of verbergen (oefenmodus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="39"/>
        <source>Getypt nummer zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="40"/>
        <source>Bon van de laatste verkoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="41"/>
        <source>Pashouder zoeken op naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="44"/>
        <source>Geschiedenis van de pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="46"/>
        <source>Medewerker wisselen (vergrendelen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="47"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="48"/>
        <source>Balie sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="49"/>
        <source>Menu&apos;s Balie, Pashouder, Instellingen, Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="50"/>
        <source>Vergrendeld scherm: een andere naam kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="63"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="66"/>
        <source>Toets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="67"/>
        <source>Doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="93"/>
        <source>Over balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="95"/>
        <source>balie %1: UiTPAS-balie die ook zonder verbinding werkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="98"/>
        <source>Oefenplatform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="99"/>
        <source>Alles in de oefenmodus is oefening: niets gaat naar UiTPAS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="133"/>
        <source>Aanmelden bij UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="135"/>
        <source>Als &amp;medewerker, via de browser (aanbevolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="136"/>
        <source>Beheerde pc: met &amp;clientgegevens van publiq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="141"/>
        <source>wordt veilig bewaard in de sleutelkluis van deze computer, nooit in een bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="143"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="148"/>
        <source>Client &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="149"/>
        <source>Client&amp;geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="179"/>
        <source>Vul de client id in die publiq gaf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="186"/>
        <source>Bezig met aanmelden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="187"/>
        <source>Meld je aan in de browser die nu opent…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app/start.py" line="36"/>
        <source>balie kan niet starten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="348"/>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>Oefenplatform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>UiTPAS-testomgeving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="356"/>
        <source>UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="359"/>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>Aanmelden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>clientgegevens (beheerde pc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="362"/>
        <source>medewerker via de browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="363"/>
        <source>Organisator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="364"/>
        <source>Balie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="365"/>
        <source>UiTPAS-lezer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="366"/>
        <source>eID-lezer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="367"/>
        <source>Synchronisatie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="370"/>
        <source>De balie start toch; ze probeert de synchronisatie later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="74"/>
        <source>Ctrl+%1 Annuleren</source>
        <extracomment>lines shown; older ones are counted, not listed (the screen is for the customer in front)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="80"/>
        <source>Deze klant vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/today_strip.py" line="82"/>
        <source>(+%n eerder)</source>
        <translation>
            <numerusform>(+%n eerder)</numerusform>
            <numerusform>(+%n eerder)</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="93"/>
        <source>Voordeel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="94"/>
        <source>wacht op UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="95"/>
        <source>bij UiTPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="96"/>
        <source>geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="97"/>
        <source>geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="90"/>
        <source>De kaartlezerdienst is weg: een pas wordt nu rechtstreeks herkend, zonder kaartlezer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="106"/>
        <location filename="../../balie/ui/training_dock.py" line="107"/>
        <source>Oefenkaarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="108"/>
        <source>» Verbergen (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="109"/>
        <source>Oefenkaarten tonen (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="110"/>
        <source>Oefenkaarten verbergen (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="150"/>
        <location filename="../../balie/ui/training_dock.py" line="88"/>
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>what the reader service calls on its thread with each event (the reader-watch seam) the daily backup waits this long after the window opens: the first customer comes first
----------
the widest the unfolded panel gets, in pixels at 100 % scaling</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="152"/>
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CardField</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="306"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="57"/>
        <source>QR-codes bewaren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
