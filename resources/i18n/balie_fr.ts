<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="nl_BE">
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="191"/>
        <source>Prijsverschil na synchronisatie</source>
        <translation>Différence de prix après synchronisation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="137"/>
        <location filename="../../balie/ui/attention_view.py" line="138"/>
        <source>Te behandelen</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="140"/>
        <source>Deze acties weigerde UiTPAS na de verkoop. Kies per actie: verbeteren en opnieuw versturen, annuleren, of als afgehandeld markeren met een notitie.</source>
        <translation>UiTPAS a refusé ces actions après la vente. Pour chacune : corriger et renvoyer, annuler, ou marquer comme traitée avec une note.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="142"/>
        <source>Niets te behandelen.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="144"/>
        <source>Acti&amp;viteit</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="145"/>
        <source>&amp;Prijscategorie</source>
        <translation>&amp;Catégorie de prix</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="146"/>
        <source>Aan&amp;tal</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="147"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="148"/>
        <source>Wat is er gebeurd of gedaan?</source>
        <translation>Que s&apos;est-il passé ou qu&apos;a-t-on fait ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="149"/>
        <source>&amp;Opnieuw versturen</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="150"/>
        <source>&amp;Annuleren (niet registreren)</source>
        <translation>&amp;Annuler (ne pas enregistrer)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="151"/>
        <source>Afge&amp;handeld</source>
        <translation>&amp;Traitée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="152"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="187"/>
        <source>Ticketverkoop</source>
        <translation>Vente de tickets</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="188"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="189"/>
        <source>Voordeel omruilen</source>
        <translation>Échanger un avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="190"/>
        <source>Nieuwe pashouder</source>
        <translation>Nouveau titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="192"/>
        <source>Annulering of wijziging</source>
        <translation>Annulation ou modification</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="212"/>
        <source>UiTPAS gaf geen uitleg. Details: %1</source>
        <translation>UiTPAS n&apos;a pas donné d&apos;explication. Détails : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="215"/>
        <source>Kansentarief al gegeven: de organisator wordt mogelijk niet terugbetaald.</source>
        <translation>Tarif social déjà accordé : l&apos;organisateur risque de ne pas être remboursé.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="218"/>
        <source>Soort: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="219"/>
        <source>Wat: %1</source>
        <translation>Quoi : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="220"/>
        <source>Pas: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="223"/>
        <source>Activiteit: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="225"/>
        <source>Tarief: %1</source>
        <translation>Tarif : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="227"/>
        <source>Bedrag: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="228"/>
        <source>Wanneer: %1</source>
        <translation>Quand : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="230"/>
        <source>Kassier: %1</source>
        <translation>Caissier : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="276"/>
        <source>Schrijf eerst een notitie: wat is er gedaan?</source>
        <translation>Écrivez d&apos;abord une note : qu&apos;a-t-on fait ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="299"/>
        <source>Opnieuw versturen</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="300"/>
        <source>Deze actie opnieuw naar UiTPAS sturen?
%1</source>
        <translation>Renvoyer cette action à UiTPAS ?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="310"/>
        <source>Deze actie annuleren? Ze wordt niet bij UiTPAS geregistreerd.
%1</source>
        <translation>Annuler cette action ? Elle ne sera pas enregistrée chez UiTPAS.
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="317"/>
        <source>Deze actie als afgehandeld markeren?
%1</source>
        <translation>Marquer cette action comme traitée ?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="309"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/attention_view.py" line="316"/>
        <source>Afgehandeld</source>
        <translation>Traitée</translation>
    </message>
</context>
<context>
    <name>CloseDrawerDialog</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="118"/>
        <source>Kassa afsluiten</source>
        <extracomment>bar colours: kansentarief stands out (the organizer is reimbursed for it), others calm close_drawer(day, counted cents, opening float cents): the closing, or why not</extracomment>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="128"/>
        <source>&amp;Geteld in de lade (€)</source>
        <translation>&amp;Compté dans le tiroir (€)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="129"/>
        <source>&amp;Wisselgeld van vanochtend (€)</source>
        <translation>&amp;Fonds de caisse de ce matin (€)</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="237"/>
        <source>Hoe heet deze balie?</source>
        <translation>Comment s&apos;appelle ce guichet ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="239"/>
        <source>bv. Onthaal zwembad</source>
        <translation>p. ex. Accueil piscine</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="242"/>
        <source>De naam staat in de dagrapporten en op de bonnen.</source>
        <translation>Le nom figure dans les rapports journaliers et sur les reçus.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="243"/>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="66"/>
        <source>Kaartlezer: nog niet gestart</source>
        <translation>Lecteur de cartes : pas encore démarré</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="86"/>
        <source>Medewerker: %1 (%2)</source>
        <translation>Collaborateur : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="95"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="120"/>
        <source>Wachtrij: %n actie(s)</source>
        <translation>
            <numerusform>File d&apos;attente : %n action</numerusform>
            <numerusform>File d&apos;attente : %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="122"/>
        <source>(oudste %1)</source>
        <translation>(la plus ancienne %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="129"/>
        <source>Te behandelen: %1 (F10)</source>
        <translation>À traiter : %1 (F10)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="74"/>
        <location filename="../../balie/ui/status_bar.py" line="141"/>
        <source>Niet aangemeld</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="147"/>
        <source>Synchroniseren…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="157"/>
        <source>Laatste synchronisatie: nog niet</source>
        <translation>Dernière synchronisation : pas encore</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="160"/>
        <source>Laatste synchronisatie: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="105"/>
        <source>Traag netwerk: lokaal beslist</source>
        <translation>Réseau lent : décision locale</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="106"/>
        <source>UiTPAS antwoordt te traag. Prijzen komen uit deze balie en zijn voorlopig; balie kijkt op de achtergrond of UiTPAS terug antwoordt.</source>
        <translation>UiTPAS répond trop lentement. Les prix viennent de ce guichet et sont provisoires ; balie vérifie en arrière-plan si UiTPAS répond à nouveau.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="171"/>
        <source>Kansentarieflijst beveiligen (eenmalig): %1%</source>
        <translation>Sécurisation de la liste tarif social (une seule fois) : %1%</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="592"/>
        <source>Er is nog geen verkoop om een bon van te maken.</source>
        <translation>Il n&apos;y a pas encore de vente pour imprimer un ticket.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="193"/>
        <source>Prijscategorie (F7)</source>
        <translation>Catégorie de prix (F7)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="194"/>
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation>Présentez la carte, scannez ou tapez le numéro + Entrée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="195"/>
        <source>aantal </source>
        <translation>nombre </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="196"/>
        <source>F2  Verkopen</source>
        <translation>F2  Vendre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="197"/>
        <source>F3  Inchecken</source>
        <translation>F3  Enregistrer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="198"/>
        <source>F4  Voordeel</source>
        <translation>F4  Avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305"/>
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation>Choisissez la catégorie de prix : tapez 1 à %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="366"/>
        <source>Er is een andere kaart getikt; deze klant blijft op het scherm.</source>
        <translation>Une autre carte a été présentée ; ce client reste à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="372"/>
        <source>Enter: de nieuwe kaart tonen. Esc: negeren.</source>
        <translation>Entrée : afficher la nouvelle carte. Échap : ignorer.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="541"/>
        <source>F2 niet nodig: gewone prijs, reken %1 af aan de kassa.</source>
        <translation>F2 inutile : prix normal, encaissez %1 à la caisse.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="544"/>
        <source>F3/F4: niet voor een groepspas.</source>
        <translation>F3/F4 : pas pour une carte de groupe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="646"/>
        <source>Deze klant kreeg op deze tap al %n ticket(s).</source>
        <translation>
            <numerusform>Ce client a déjà reçu %n ticket pour ce passage de carte.</numerusform>
            <numerusform>Ce client a déjà reçu %n tickets pour ce passage de carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="647"/>
        <source>Nog %n ticket(s) verkopen?</source>
        <translation>
            <numerusform>Vendre encore %n ticket ?</numerusform>
            <numerusform>Vendre encore %n tickets ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="648"/>
        <source>Nog een verkoop?</source>
        <translation>Encore une vente ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="671"/>
        <source>Ticket %1 van vandaag voor deze klant.</source>
        <translation>Ticket %1 d&apos;aujourd&apos;hui pour ce client.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="672"/>
        <source>Tickets %1 tot %2 van vandaag voor deze klant.</source>
        <translation>Tickets %1 à %2 d&apos;aujourd&apos;hui pour ce client.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="696"/>
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation>Aucun avantage disponible pour cette carte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="729"/>
        <location filename="../../balie/ui/counter_view.py" line="741"/>
        <source>Er is geen actie om te annuleren.</source>
        <translation>Il n&apos;y a aucune action à annuler.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="743"/>
        <location filename="../../balie/ui/counter_view.py" line="782"/>
        <source>Deze actie annuleren?
%1</source>
        <translation>Annuler cette action ?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="201"/>
        <location filename="../../balie/ui/counter_view.py" line="744"/>
        <source>Laatste actie annuleren</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="192"/>
        <source>Activiteit (F6)</source>
        <extracomment>the bon of the last sale (Ctrl+B), its pass number only ever shown masked</extracomment>
        <translation>Activité (F6)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="200"/>
        <source>F8  Annuleren</source>
        <translation>F8  Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="227"/>
        <source>Geen activiteiten gevonden.</source>
        <translation>Aucune activité trouvée.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="228"/>
        <source>Synchroniseer (F5) of voeg een activiteit toe.</source>
        <translation>Synchronisez (F5) ou ajoutez une activité.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304"/>
        <source>Kies de activiteit: typ 1 tot %1</source>
        <translation>Choisissez l&apos;activité : tapez 1 à %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="447"/>
        <source>Druk nog eens F2 om aan de nieuwe prijs te verkopen.</source>
        <translation>Appuyez encore sur F2 pour vendre au nouveau prix.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="539"/>
        <source>F2/F3: kies eerst een activiteit (F6).</source>
        <translation>F2/F3 : choisissez d&apos;abord une activité (F6).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="546"/>
        <source>F3: inchecken kan niet voor deze activiteit.</source>
        <translation>F3 : pas d&apos;enregistrement pour cette activité.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="757"/>
        <source>Terug te geven: %1</source>
        <translation>À rendre : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="784"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="797"/>
        <source>Er wacht een nieuwe kaart.</source>
        <translation>Une nouvelle carte attend.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="807"/>
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation>Enregistré hors ligne : sera envoyé dès que la connexion revient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/counter_view.py" line="842"/>
        <source>Je typte %n cijfer(s); een UiTPAS-nummer heeft er 13.</source>
        <translation>
            <numerusform>Vous avez tapé %n chiffre ; un numéro UiTPAS en compte 13.</numerusform>
            <numerusform>Vous avez tapé %n chiffres ; un numéro UiTPAS en compte 13.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="861"/>
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation>Un problème est survenu ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="862"/>
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation>Réessayez. Si le problème persiste, créez un paquet de support.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="467"/>
        <source>Prijs gewijzigd: %1 wordt %2.</source>
        <translation>Prix modifié : %1 devient %2.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="463"/>
        <source>Status gewijzigd volgens UiTPAS.</source>
        <translation>Statut modifié selon UiTPAS.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="444"/>
        <source>De verkoop was al bewaard als voorlopig; UiTPAS kijkt ze na bij het doorsturen.</source>
        <translation>La vente était déjà enregistrée comme provisoire ; UiTPAS la vérifie lors de l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="560"/>
        <source>Nieuwe prijs: %1. Druk F2 om te verkopen.</source>
        <translation>Nouveau prix : %1. Appuyez sur F2 pour vendre.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="603"/>
        <source>Eerst een klant: tik de pas, scan of typ het nummer.</source>
        <translation>D&apos;abord un client : présentez la carte, scannez-la ou tapez le numéro.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="640"/>
        <source>%1 niet uitgevoerd: intussen staat er een andere klant op het scherm.</source>
        <translation>%1 non exécuté : entre-temps, un autre client est à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="642"/>
        <source>Druk opnieuw %1 als het voor deze klant is.</source>
        <translation>Appuyez à nouveau sur %1 si c&apos;est pour ce client.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="633"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation>Un instant : %1 suit dès que l&apos;action précédente est terminée.</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="41"/>
        <source>balie: de kassadatabank is beschadigd</source>
        <translation>balie : la base de données de caisse est endommagée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="55"/>
        <source>Nieuwste goede back-up: %1. De wachtrij van na die back-up is eerst bewaard in %2 en gaat mee naar de teruggezette databank: voer die acties NIET opnieuw in.</source>
        <translation>Dernière sauvegarde valable : %1. La file d&apos;attente postérieure à cette sauvegarde a d&apos;abord été conservée dans %2 et sera reprise dans la base restaurée : NE ressaisissez PAS ces actions.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="60"/>
        <source>Nieuwste goede back-up: %1. Acties van na die back-up voer je daarna opnieuw in (papieren procedure).</source>
        <translation>Dernière sauvegarde valable : %1. Ressaisissez ensuite les actions postérieures à cette sauvegarde (procédure papier).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="71"/>
        <source>&amp;Herstel deze back-up</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="75"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="87"/>
        <source>De back-up wordt teruggezet…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="96"/>
        <source>De back-up kon niet teruggezet worden.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/damaged_store.py" line="97"/>
        <source>Sluit balie af en bel de helpdesk.</source>
        <translation>Fermez balie et appelez le helpdesk.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="14"/>
        <source>&amp;Ja</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="15"/>
        <source>&amp;Nee</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="285"/>
        <source>Eerste synchronisatie</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="290"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="296"/>
        <source>balie haalt de activiteiten, voordelen en kaartgegevens op, zodat de balie ook zonder verbinding kan werken.</source>
        <translation>balie récupère les activités, les avantages et les données des cartes, pour que le guichet puisse aussi travailler sans connexion.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Klaar.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="331"/>
        <source>Niet gelukt.</source>
        <translation>Échec.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="317"/>
        <location filename="../../balie/ui/group_view.py" line="385"/>
        <location filename="../../balie/ui/group_view.py" line="512"/>
        <source>De groep is nog bezig.</source>
        <translation>Le groupe est encore en cours.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="513"/>
        <source>Sluit als alle rijen hun status hebben.</source>
        <translation>Fermez quand toutes les lignes ont leur statut.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="162"/>
        <source>Groep</source>
        <extracomment>the counter screen&apos;s chosen activity and price category (preselected here) after saved actions: the sync worker may send them now (as after a single sale) F5 in the group screen: the counter&apos;s &quot;sync now&quot;</extracomment>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="163"/>
        <source>Tik, scan of typ de passen na elkaar (Enter)</source>
        <translation>Présentez, scannez ou tapez les cartes l&apos;une après l&apos;autre (Entrée)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Pas</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Prijs</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="165"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="166"/>
        <source>F2  Alles verkopen</source>
        <translation>F2  Tout vendre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="167"/>
        <source>F3  Alles inchecken</source>
        <translation>F3  Tout enregistrer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="168"/>
        <source>F8  Rij ongedaan maken</source>
        <translation>F8  Annuler la ligne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="169"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="170"/>
        <source>F6 Activiteit</source>
        <translation>F6 Activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="171"/>
        <source>F7 Prijs</source>
        <translation>F7 Prix</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="300"/>
        <source>Rij %1: deze kaart kan niet mee.</source>
        <translation>Ligne %1 : cette carte ne peut pas être prise.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="308"/>
        <source>Deze pas staat al in de lijst (rij %1).</source>
        <translation>Cette carte est déjà dans la liste (ligne %1).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="309"/>
        <source>Scan de volgende pas.</source>
        <translation>Scannez la carte suivante.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="335"/>
        <source>Kies eerst een activiteit.</source>
        <translation>Choisissez d&apos;abord une activité.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="336"/>
        <source>Druk F6 en kies de activiteit.</source>
        <translation>Appuyez sur F6 et choisissez l&apos;activité.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="340"/>
        <source>Er staat geen pas meer klaar.</source>
        <translation>Plus aucune carte en attente.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="341"/>
        <source>Scan eerst de passen van de groep.</source>
        <translation>Scannez d&apos;abord les cartes du groupe.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="353"/>
        <source>Bezig: rij %1 van %2…</source>
        <translation>En cours : ligne %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="375"/>
        <source>Klaar: %n pas(sen) bewaard.</source>
        <translation>
            <numerusform>Terminé : %n carte enregistrée.</numerusform>
            <numerusform>Terminé : %n cartes enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="376"/>
        <source>%n geweigerd: zie de reden in de lijst.</source>
        <translation>
            <numerusform>%n refusée : voir la raison dans la liste.</numerusform>
            <numerusform>%n refusées : voir la raison dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="386"/>
        <source>Druk F8 als alle rijen hun status hebben.</source>
        <translation>Appuyez sur F8 quand toutes les lignes ont leur statut.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="390"/>
        <source>Kies eerst een rij (pijltjes).</source>
        <translation>Choisissez d&apos;abord une ligne (flèches).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="396"/>
        <source>Rij %1 uit de lijst gehaald.</source>
        <translation>Ligne %1 retirée de la liste.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="402"/>
        <source>Op deze rij valt niets ongedaan te maken.</source>
        <translation>Il n&apos;y a rien à annuler sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="407"/>
        <source>Rij %1 (%2) ongedaan maken?</source>
        <translation>Annuler la ligne %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="409"/>
        <source>Druk nog eens F8 om te bevestigen.</source>
        <translation>Appuyez encore sur F8 pour confirmer.</translation>
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
        <translation>%1 tarif social</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="469"/>
        <source>Klaar</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="471"/>
        <source>Geweigerd</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="473"/>
        <source>Gewone prijs: reken af aan de kassa</source>
        <translation>Prix normal : à encaisser à la caisse</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="475"/>
        <source>Ongedaan gemaakt</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Verkocht</source>
        <translation>Vendue</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="476"/>
        <source>Ingecheckt</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="478"/>
        <source>, bevestigd door UiTPAS</source>
        <translation>, confirmée par UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="480"/>
        <source> (voorlopig: wordt verstuurd zodra UiTPAS bereikbaar is)</source>
        <translation> (provisoire : envoyée dès que UiTPAS est joignable)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="485"/>
        <source>%n pas(sen) in de lijst</source>
        <translation>
            <numerusform>%n carte dans la liste</numerusform>
            <numerusform>%n cartes dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="486"/>
        <source>%n bewaard</source>
        <translation>
            <numerusform>%n enregistrée</numerusform>
            <numerusform>%n enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="488"/>
        <source>%n voorlopig</source>
        <translation>
            <numerusform>%n provisoire</numerusform>
            <numerusform>%n provisoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="490"/>
        <source>%n geweigerd</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="491"/>
        <source>Totaal via UiTPAS: %1</source>
        <translation>Total via UiTPAS : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/group_view.py" line="494"/>
        <source>%n aan gewone prijs: %1 apart aan de kassa</source>
        <translation>
            <numerusform>%n au prix normal : %1 à encaisser à part</numerusform>
            <numerusform>%n au prix normal : %1 à encaisser à part</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="505"/>
        <source>Dit lukte niet.</source>
        <translation>Cela n&apos;a pas marché.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="506"/>
        <source>Probeer opnieuw. Blijft het misgaan, herstart balie.</source>
        <translation>Réessayez. Si le problème persiste, redémarrez balie.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="318"/>
        <source>Wacht tot alle rijen hun status hebben.</source>
        <translation>Attendez que toutes les lignes aient leur statut.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/group_view.py" line="330"/>
        <source>Even geduld: %1 volgt zodra het vorige klaar is.</source>
        <translation>Un instant : %1 suit dès que l&apos;action précédente est terminée.</translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../../balie/ui/group_view.py" line="537"/>
        <source>&amp;Groep…</source>
        <translation>&amp;Groupe…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../balie/ui/history_view.py" line="109"/>
        <source>De geschiedenis kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>L&apos;historique n&apos;a pas pu être lu. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="114"/>
        <source>Geschiedenis van de pas</source>
        <translation>Historique de la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="115"/>
        <source>Geschiedenis: %1 · UiTPAS %2</source>
        <translation>Historique : %1 · UiTPAS %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="117"/>
        <source>Stand</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="121"/>
        <source>Van deze balie, nog niet bij UiTPAS (wordt doorgestuurd):</source>
        <translation>De ce guichet, pas encore chez UiTPAS (sera transmis) :</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="122"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="124"/>
        <source>Geschiedenis wordt opgehaald…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="142"/>
        <source>Van UiTPAS: alles wat deze pashouder bij deze organisatie deed.</source>
        <translation>Selon UiTPAS : tout ce que ce titulaire a fait auprès de cette organisation.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="146"/>
        <source>UiTPAS is niet bereikbaar.</source>
        <translation>UiTPAS est injoignable.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="147"/>
        <source>Deze pashouder is nog niet gekend op deze balie.</source>
        <translation>Ce titulaire n&apos;est pas encore connu à ce guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="149"/>
        <source>Deze balie heeft geen verbinding met UiTPAS ingesteld.</source>
        <translation>Ce guichet n&apos;a pas de connexion UiTPAS configurée.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="152"/>
        <source>Enkel van deze balie: %1 Andere balies en vroegere bezoeken staan hier niet bij.</source>
        <translation>Uniquement ce guichet : %1 Les autres guichets et les visites antérieures n&apos;y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="158"/>
        <source>UiTPAS heeft hier nog niets van deze pas.</source>
        <translation>UiTPAS n&apos;a encore rien pour cette carte ici.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="160"/>
        <source>Deze balie deed nog niets met deze pas.</source>
        <translation>Ce guichet n&apos;a encore rien fait avec cette carte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="185"/>
        <source>(bij UiTPAS %1)</source>
        <translation>(chez UiTPAS %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="189"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="190"/>
        <source>Voordeel</source>
        <translation>Avantage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/history_view.py" line="197"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n billet</numerusform>
            <numerusform>%n billets</numerusform>
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
        <translation>chez UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="209"/>
        <source>nog niet bij UiTPAS</source>
        <translation>pas encore chez UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="210"/>
        <source>geweigerd door UiTPAS (Te behandelen)</source>
        <translation>refusé par UiTPAS (À traiter)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/history_view.py" line="211"/>
        <source>geannuleerd</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="218"/>
        <source>Balie</source>
        <extracomment>the theme&apos;s colours (resources/balie.qss), for the parts only this screen has</extracomment>
        <translation>Guichet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="219"/>
        <source>Deze balie is vergrendeld. Kies je naam (cijfertoets) en geef je pincode, of tik je badge op de lezer.</source>
        <translation>Ce guichet est verrouillé. Choisissez votre nom (touche chiffre) et tapez votre code PIN, ou présentez votre badge au lecteur.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="221"/>
        <source>&amp;Pincode</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="222"/>
        <source>&amp;Aanmelden</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="223"/>
        <source>Oefenmodus: %1</source>
        <translation>Mode exercice : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="226"/>
        <source>Eerste start: maak de eerste verantwoordelijke aan. Die kan daarna andere medewerkers toevoegen (menu Balie, Medewerkers).</source>
        <translation>Premier démarrage : créez le premier responsable. Il pourra ensuite ajouter d&apos;autres collaborateurs (menu Guichet, Collaborateurs).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="228"/>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="229"/>
        <source>&amp;Pincode (4 tot 12 cijfers)</source>
        <translation>Code &amp;PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="230"/>
        <source>Pincode &amp;opnieuw</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="231"/>
        <source>Verantwoordelijke &amp;aanmaken</source>
        <translation>Cré&amp;er le responsable</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="304"/>
        <source>Kies eerst je naam (cijfertoets of klik).</source>
        <translation>Choisissez d&apos;abord votre nom (touche chiffre ou clic).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="324"/>
        <source>Vul een naam in.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="327"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation>Les deux codes PIN diffèrent. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="364"/>
        <source>Kies opnieuw je naam (cijfer) en typ je pincode.</source>
        <translation>Choisissez à nouveau votre nom (chiffre) et tapez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="368"/>
        <source>Aanmelden lukte niet.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="373"/>
        <source>Nog %n min. geblokkeerd.</source>
        <translation>
            <numerusform>Encore %n min de blocage.</numerusform>
            <numerusform>Encore %n min de blocage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/lock_screen.py" line="375"/>
        <source>Nog %n poging(en) voor deze medewerker geblokkeerd wordt.</source>
        <translation>
            <numerusform>Encore %n essai avant le blocage de ce collaborateur.</numerusform>
            <numerusform>Encore %n essais avant le blocage de ce collaborateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/lock_screen.py" line="390"/>
        <source>Aanmelden lukte niet. Probeer opnieuw; blijft het misgaan, bel de helpdesk.</source>
        <translation>La connexion a échoué. Réessayez ; si cela persiste, appelez le helpdesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../balie/ui/main_window.py" line="332"/>
        <source>Tik of scan eerst een pas: de geschiedenis is die van de pas aan de balie.</source>
        <extracomment>the menus over work beyond the counter screen, installed by the composition root (balie.app) F5 was pressed and its round has not answered yet a delivery round reached the platform since the last identification decided offline</extracomment>
        <translation>Présentez ou scannez d&apos;abord une carte : l&apos;historique est celui de la carte au guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="381"/>
        <source>balie %1</source>
        <translation>balie %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="383"/>
        <source>OEFENMODUS: oefenplatform, niets is echt</source>
        <translation>MODE EXERCICE : plateforme d&apos;exercice, rien n&apos;est réel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="384"/>
        <source>&amp;Balie</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="385"/>
        <source>Nu &amp;synchroniseren</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="386"/>
        <source>&amp;Te behandelen</source>
        <translation>À &amp;traiter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="387"/>
        <source>&amp;Dagrapport</source>
        <translation>&amp;Rapport du jour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="388"/>
        <source>&amp;Geschiedenis van de pas</source>
        <translation>&amp;Historique de la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="389"/>
        <source>Medewerker &amp;wisselen (vergrendelen)</source>
        <translation>&amp;Changer de collaborateur (verrouiller)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="390"/>
        <source>&amp;Medewerkers…</source>
        <translation>C&amp;ollaborateurs…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="391"/>
        <source>&amp;Instellingen</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="392"/>
        <source>&amp;Instellingen en info…</source>
        <translation>&amp;Paramètres et infos…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="393"/>
        <location filename="../../balie/ui/main_window.py" line="399"/>
        <source>&amp;Over balie</source>
        <translation>À &amp;propos de balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="394"/>
        <source>&amp;Taal</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="395"/>
        <source>&amp;Einde van de dag: kassa afsluiten…</source>
        <translation>&amp;Fin de journée : clôturer la caisse…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="396"/>
        <source>Balie sl&amp;uiten</source>
        <translation>&amp;Quitter balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="398"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="538"/>
        <source>Aangemeld: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="587"/>
        <location filename="../../balie/ui/main_window.py" line="588"/>
        <source>Synchroniseren…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="605"/>
        <source>UiTPAS weigert de aanmelding van deze balie.</source>
        <translation>UiTPAS refuse la connexion de ce guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="606"/>
        <source>Meld de balie opnieuw aan, of bel de helpdesk. Alles blijft bewaard.</source>
        <translation>Reconnectez le guichet, ou appelez le helpdesk. Tout reste enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="611"/>
        <source>Geen verbinding met UiTPAS: %n actie(s) wachten nog.</source>
        <translation>
            <numerusform>Pas de connexion avec UiTPAS : %n action attend encore.</numerusform>
            <numerusform>Pas de connexion avec UiTPAS : %n actions attendent encore.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="613"/>
        <source>Alles blijft bewaard. Probeer later opnieuw met F5.</source>
        <translation>Tout reste enregistré. Réessayez plus tard avec F5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="615"/>
        <source>%n verstuurd</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="616"/>
        <source>%n te behandelen</source>
        <translation>
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="618"/>
        <source>%n wacht(en) nog</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="621"/>
        <source>UiTPAS weigerde %n actie(s): bekijk ze bij Te behandelen (F10).</source>
        <translation>
            <numerusform>UiTPAS a refusé %n action : voyez-la dans À traiter (F10).</numerusform>
            <numerusform>UiTPAS a refusé %n actions : voyez-les dans À traiter (F10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/main_window.py" line="642"/>
        <source>UiTPAS weigerde %n actie(s) uit de wachtrij.</source>
        <translation>
            <numerusform>UiTPAS a refusé %n action de la file d&apos;attente.</numerusform>
            <numerusform>UiTPAS a refusé %n actions de la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="624"/>
        <location filename="../../balie/ui/main_window.py" line="643"/>
        <source>Bekijk ze bij Te behandelen (F10).</source>
        <translation>Consultez-les dans À traiter (F10).</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="159"/>
        <location filename="../../balie/app/window.py" line="257"/>
        <source>Oefenbalie</source>
        <translation>Guichet d&apos;exercice</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="324"/>
        <source>Een lidmaatschap aanmaken</source>
        <translation>Créer une affiliation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="325"/>
        <source>Lidmaatschap</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="330"/>
        <source>Met &amp;kansenstatuut</source>
        <translation>Avec &amp;statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="331"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation>Carte numérique (sans carte)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="335"/>
        <source>&amp;Bekijken</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="336"/>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="345"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation>&amp;Région UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="348"/>
        <source>Nieuwe &amp;kaart</source>
        <translation>Nouvelle &amp;carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="380"/>
        <source>Nieuw lidmaatschap mogelijk.</source>
        <translation>Nouvelle affiliation possible.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="381"/>
        <source>Dit vervangt het huidige lidmaatschap.</source>
        <translation>Ceci remplace l&apos;affiliation actuelle.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="382"/>
        <source>Een lidmaatschap in dit gebied is niet mogelijk.</source>
        <translation>Une affiliation dans cette région n&apos;est pas possible.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="384"/>
        <source>Kansenstatuut tot %1.</source>
        <translation>Statut d&apos;opportunité jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="387"/>
        <source>Eerst moet het adres naar dit gebied verhuizen.</source>
        <translation>L&apos;adresse doit d&apos;abord être dans cette région.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="398"/>
        <source>Tik de nieuwe kaart of typ het nummer op de kaart.</source>
        <translation>Présentez la nouvelle carte ou tapez le numéro imprimé sur la carte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="407"/>
        <source>Lidmaatschap aangemaakt.</source>
        <translation>Affiliation créée.</translation>
    </message>
</context>
<context>
    <name>OnlineOnlyDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="109"/>
        <location filename="../../balie/ui/qr_codes.py" line="137"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="118"/>
        <location filename="../../balie/ui/qr_codes.py" line="141"/>
        <source>Verbinding met UiTPAS controleren…</source>
        <translation>Vérification de la connexion avec UiTPAS…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="134"/>
        <source>%1 kan alleen met verbinding met UiTPAS, en de balie is nu offline.</source>
        <translation>%1 n&apos;est possible qu&apos;avec une connexion à UiTPAS, et le guichet est hors ligne.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="136"/>
        <source>Probeer het later opnieuw, of vraag de klant terug te komen.</source>
        <translation>Réessayez plus tard, ou demandez au client de revenir.</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="104"/>
        <source>Medewerkers</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="115"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="116"/>
        <source>&amp;Pincode opnieuw instellen…</source>
        <translation>&amp;Nouveau code PIN…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="117"/>
        <source>&amp;Blokkering opheffen</source>
        <translation>&amp;Lever le blocage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="118"/>
        <source>&amp;Uitschakelen</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="119"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="170"/>
        <source>Medewerker toevoegen</source>
        <translation>Ajouter un collaborateur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="181"/>
        <source>Nieuwe pincode</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="189"/>
        <source>De blokkering is opgeheven.</source>
        <translation>Le blocage est levé.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="199"/>
        <source>Bewaard.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="205"/>
        <source>Dat lukte niet. Probeer opnieuw; blijft het misgaan, maak dan een supportbundel.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez ; si cela persiste, créez un paquet de support.</translation>
    </message>
</context>
<context>
    <name>OrganizerPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="210"/>
        <source>Voor welke organisator werkt deze balie?</source>
        <translation>Pour quel organisateur travaille ce guichet ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="214"/>
        <source>Dit zijn de organisatoren waarvoor je mag werken.</source>
        <translation>Voici les organisateurs pour lesquels vous pouvez travailler.</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="220"/>
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <translation>PROVISOIRE : décidé hors ligne, sera confirmé plus tard</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="147"/>
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation>Pas encore de carte : présentez, scannez ou tapez le numéro</translation>
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
        <translation>Titulaire pas encore connu à ce guichet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="181"/>
        <source>onbekend kaartsysteem</source>
        <translation>système de carte inconnu</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="183"/>
        <source>Groepspas %1 · %2</source>
        <translation>Carte de groupe %1 · %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="185"/>
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation>Carte de groupe : pas de points, d&apos;enregistrement ni d&apos;avantages</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196"/>
        <source>Punten: %1</source>
        <translation>Points : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="197"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation>Points : %1 (en cours de confirmation)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="217"/>
        <source>VOORLOPIG, PRIJS ONZEKER: andere regio</source>
        <translation>PROVISOIRE, PRIX INCERTAIN : autre région</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="251"/>
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation>Statut d&apos;opportunité en période de transition (date de fin %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="254"/>
        <source>Kansenstatuut loopt af op %1</source>
        <translation>Le statut d&apos;opportunité expire le %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="257"/>
        <source>Kansenstatuut geldig tot %1</source>
        <translation>Statut d&apos;opportunité valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="260"/>
        <source>Kansenstatuut actief</source>
        <translation>Statut d&apos;opportunité actif</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="263"/>
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation>Statut d&apos;opportunité expiré depuis le %1 : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="264"/>
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation>Statut d&apos;opportunité expiré : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="267"/>
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation>Statut d&apos;opportunité suspendu : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="270"/>
        <source>Geen kansenstatuut</source>
        <translation>Pas de statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="305"/>
        <source>Kansentarief</source>
        <translation>Tarif social</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="307"/>
        <source>Gewone prijs</source>
        <translation>Prix normal</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="309"/>
        <source>Bon: %1</source>
        <translation>Bon : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="316"/>
        <source>1 ticket per aankoop</source>
        <translation>1 ticket par achat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/pass_panel.py" line="318"/>
        <source>nog %n ticket(s) aan dit tarief</source>
        <translation>
            <numerusform>encore %n ticket à ce tarif</numerusform>
            <numerusform>encore %n tickets à ce tarif</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="336"/>
        <source>Te betalen: %1</source>
        <translation>À payer : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="214"/>
        <source>Wordt bevestigd door UiTPAS…</source>
        <translation>En cours de confirmation par UiTPAS…</translation>
    </message>
</context>
<context>
    <name>PassholderMenu</name>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="56"/>
        <source>&amp;Pashouder</source>
        <translation>&amp;Titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="57"/>
        <source>&amp;Nieuwe pashouder</source>
        <translation>&amp;Nouveau titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/passholder_menu.py" line="59"/>
        <source>Zoeken op &amp;naam</source>
        <translation>Rechercher par &amp;nom</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="53"/>
        <source>tik de badge op de lezer (niet verplicht)</source>
        <translation>présentez le badge au lecteur (facultatif)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="55"/>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="56"/>
        <source>&amp;Rol</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="62"/>
        <source>&amp;Pincode</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="63"/>
        <source>Pincode &amp;opnieuw</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="65"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="72"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="73"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="84"/>
        <source>Vul een naam in.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/operators_view.py" line="87"/>
        <source>De twee pincodes verschillen. Typ ze opnieuw.</source>
        <translation>Les deux codes PIN diffèrent. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="92"/>
        <source>Met welk UiTPAS-platform werkt deze balie?</source>
        <translation>Avec quelle plateforme UiTPAS ce guichet travaille-t-il ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="95"/>
        <source>Kies het oefenplatform om te leren werken met balie: niets is echt. Kies UiTPAS voor de echte balie.</source>
        <translation>Choisissez la plateforme d&apos;exercice pour apprendre balie : rien n&apos;est réel. Choisissez UiTPAS pour le vrai guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="97"/>
        <source>&amp;Oefenplatform (niets is echt)</source>
        <translation>Plateforme d&apos;&amp;exercice (rien n&apos;est réel)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="98"/>
        <source>UiTPAS-&amp;testomgeving (voor de beheerder)</source>
        <translation>Environnement de &amp;test UiTPAS (pour l&apos;administrateur)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="99"/>
        <source>&amp;UiTPAS (de echte balie)</source>
        <translation>&amp;UiTPAS (le vrai guichet)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="105"/>
        <source>&amp;Geavanceerd: eigen adressen</source>
        <translation>&amp;Avancé : adresses propres</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="109"/>
        <source>UiTPAS API</source>
        <translation>API UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="110"/>
        <source>Aanmelden</source>
        <translation>Connexion</translation>
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
        <translation>Récupérer les codes QR</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="127"/>
        <source>QR-check-incodes van een activiteit</source>
        <translation>Codes QR d&apos;enregistrement d&apos;une activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="128"/>
        <source>PDF om af te drukken</source>
        <translation>PDF à imprimer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="129"/>
        <source>ZIP met afbeeldingen (PNG)</source>
        <translation>ZIP d&apos;images (PNG)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="131"/>
        <source>Pashouders checken zelf in door deze QR-code met hun app te scannen. Druk hem af en hang hem aan de ingang.</source>
        <translation>Les titulaires s&apos;enregistrent eux-mêmes en scannant ce code QR avec leur application. Imprimez-le et affichez-le à l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="133"/>
        <source>&amp;Openen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="134"/>
        <source>&amp;Bewaren…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="194"/>
        <source>Kies Bewaren… en open het bestand zelf.</source>
        <translation>Choisissez Enregistrer… et ouvrez le fichier vous-même.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="135"/>
        <source>&amp;Activiteit</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="136"/>
        <source>&amp;Vorm</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="189"/>
        <source>De QR-codes zijn geopend.</source>
        <translation>Les codes QR sont ouverts.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="190"/>
        <source>Druk ze af vanuit het venster dat openging.</source>
        <translation>Imprimez-les depuis la fenêtre qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="193"/>
        <source>Deze computer kan de QR-codes niet openen.</source>
        <translation>Cet ordinateur ne peut pas ouvrir les codes QR.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="212"/>
        <source>Het bestand kon niet bewaard worden (%1).</source>
        <translation>Le fichier n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="214"/>
        <source>Het bestand kon niet bewaard worden.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="215"/>
        <source>Kies een andere map.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="222"/>
        <source>QR-codes bewaard in %1 (%2 kB).</source>
        <translation>Codes QR enregistrés dans %1 (%2 ko).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="224"/>
        <source>Open het bestand om het af te drukken.</source>
        <translation>Ouvrez le fichier pour l&apos;imprimer.</translation>
    </message>
</context>
<context>
    <name>QrCodesMenu</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="238"/>
        <source>&amp;QR-check-incodes…</source>
        <translation>Codes &amp;QR d&apos;enregistrement…</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="253"/>
        <source>Welke kaartlezer is welke?</source>
        <translation>Quel lecteur de carte est lequel ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="257"/>
        <source>Kies &apos;automatisch&apos; als je het niet weet: balie neemt dan de eerste lezer van de juiste soort.</source>
        <translation>Choisissez « automatique » si vous ne savez pas : balie prend alors le premier lecteur du bon type.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="259"/>
        <source>Lezer voor &amp;UiTPAS-kaarten</source>
        <translation>Lecteur pour cartes &amp;UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="260"/>
        <source>Lezer voor de &amp;eID</source>
        <translation>Lecteur pour l&apos;&amp;eID</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="266"/>
        <source>automatisch</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="267"/>
        <source>Kaartlezers zoeken…</source>
        <translation>Recherche des lecteurs de carte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/setup_wizard.py" line="275"/>
        <source>%n kaartlezer(s) gevonden.</source>
        <translation>
            <numerusform>%n lecteur de carte trouvé.</numerusform>
            <numerusform>%n lecteurs de carte trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="276"/>
        <source>Geen kaartlezer gevonden. Sluit hem aan en kies later opnieuw, of laat &apos;automatisch&apos; staan.</source>
        <translation>Aucun lecteur de carte trouvé. Branchez-le et choisissez plus tard, ou laissez « automatique ».</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="105"/>
        <source>OEFENBON: geen geldig ticket of geldige pas</source>
        <translation>BON D&apos;EXERCICE : ni ticket ni carte valable</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="113"/>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="114"/>
        <location filename="../../balie/ui/receipt.py" line="147"/>
        <source>UiTPAS-nummer</source>
        <translation>Numéro UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="115"/>
        <source>Prijs van de pas</source>
        <translation>Prix de la carte</translation>
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
        <translation>Délivrée par</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="123"/>
        <location filename="../../balie/ui/receipt.py" line="152"/>
        <source>Balie</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="128"/>
        <source>Je pas wordt binnenkort geactiveerd. Punten sparen kan zodra de balie weer verbonden is.</source>
        <translation>Votre carte sera activée sous peu. Vous pourrez épargner des points dès que le guichet sera de nouveau connecté.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="131"/>
        <source>Welkom bij UiTPAS</source>
        <translation>Bienvenue chez UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="132"/>
        <source>Toon deze code of je kaart aan de balie.</source>
        <translation>Montrez ce code ou votre carte au guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="144"/>
        <source>Activiteit</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="145"/>
        <source>Aantal</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="146"/>
        <source>Betaald</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="157"/>
        <source>Geregistreerd zonder verbinding; wordt doorgestuurd naar UiTPAS.</source>
        <translation>Enregistré hors ligne ; sera transmis à UiTPAS.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="160"/>
        <source>Bon</source>
        <translation>Ticket de caisse</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../balie/ui/receipt.py" line="201"/>
        <source>Bon</source>
        <translation>Ticket de caisse</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="202"/>
        <source>Bon voor de nieuwe pashouder</source>
        <translation>Reçu pour le nouveau titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="208"/>
        <source>&amp;Afdrukken (Ctrl+P)</source>
        <translation>&amp;Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="211"/>
        <source>Bewaren als &amp;PDF (Ctrl+S)</source>
        <translation>Enregistrer en &amp;PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="214"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="236"/>
        <source>De bon is afgedrukt.</source>
        <translation>Le reçu est imprimé.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="244"/>
        <source>Bon bewaren als PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <location filename="../../balie/ui/receipt.py" line="251"/>
        <source>Bewaard: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../balie/ui/registration.py" line="107"/>
        <source>Nieuwe pashouder</source>
        <translation>Nouveau titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="123"/>
        <source>Steek de eID in de kaartlezer om het formulier in te vullen, of typ de gegevens.</source>
        <translation>Insérez l&apos;eID dans le lecteur pour remplir le formulaire, ou tapez les données.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="126"/>
        <source>Persoon</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="129"/>
        <source>11 cijfers</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="131"/>
        <location filename="../../balie/ui/registration.py" line="157"/>
        <source>dd/mm/jjjj</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>(niet opgegeven)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="136"/>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>Vrouw</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="137"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="140"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="141"/>
        <source>&amp;Familienaam</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="142"/>
        <source>&amp;Rijksregisternummer</source>
        <translation>Numéro de &amp;registre national</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="143"/>
        <source>&amp;Geboortedatum</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="144"/>
        <source>Geslacht</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="145"/>
        <source>Nationaliteit</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="146"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="148"/>
        <source>Adres en pas</source>
        <translation>Adresse et carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="152"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation>présentez la nouvelle carte ou tapez le numéro</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="153"/>
        <source>Leg de nieuwe kaart uit de voorraad op de lezer.</source>
        <translation>Posez la nouvelle carte du stock sur le lecteur.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="155"/>
        <source>Digitale pas (zonder kaart)</source>
        <translation>Carte numérique (sans carte)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="156"/>
        <source>&amp;Kansenstatuut</source>
        <translation>&amp;Statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="162"/>
        <source>bedrag in euro</source>
        <translation>montant en euros</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="167"/>
        <source>&amp;Postcode, gemeente</source>
        <translation>Code &amp;postal, commune</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="171"/>
        <source>tot</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="174"/>
        <source>&amp;Straat en nummer</source>
        <translation>&amp;Rue et numéro</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="176"/>
        <source>UiTPAS-gebied</source>
        <translation>Région UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="177"/>
        <source>&amp;Nieuwe kaart</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="179"/>
        <source>Prijs van de pas</source>
        <translation>Prix de la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="180"/>
        <source>&amp;Betaald</source>
        <translation>&amp;Payé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="183"/>
        <source>Toestemmingen</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Servicemails</source>
        <translation>E-mails de service</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="186"/>
        <source>Mijlpalen</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Infomails</source>
        <translation>E-mails d&apos;info</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="187"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="188"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="192"/>
        <source>Voorwaarden op papier meegegeven</source>
        <translation>Conditions remises sur papier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="194"/>
        <source>Voorwaarden digitaal bezorgd</source>
        <translation>Conditions envoyées par voie numérique</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="197"/>
        <source>Minderjarig: ouder of voogd</source>
        <translation>Mineur : parent ou tuteur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="200"/>
        <source>De ouder of voogd geeft toestemming</source>
        <translation>Le parent ou tuteur donne son accord</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="201"/>
        <source>Naam ouder/voogd</source>
        <translation>Nom du parent/tuteur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="207"/>
        <source>&amp;Registreren (F10)</source>
        <translation>&amp;Enregistrer (F10)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="210"/>
        <source>Annuleren (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="256"/>
        <source>Geen verbinding met UiTPAS: de registratie wordt bewaard en later doorgestuurd.</source>
        <translation>Pas de connexion avec UiTPAS : l&apos;inscription est conservée et transmise plus tard.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="274"/>
        <source>Er bestaat al een pashouder met dit rijksregisternummer: zoek de pashouder op.</source>
        <translation>Un titulaire avec ce numéro de registre national existe déjà : recherchez-le.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="286"/>
        <source>%1 jaar</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="287"/>
        <source> — minderjarig: toestemming van ouder of voogd nodig</source>
        <translation> — mineur : accord du parent ou tuteur nécessaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="328"/>
        <source>Volgt uit gebied, postcode en geboortedatum.</source>
        <translation>Dépend de la région, du code postal et de la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="337"/>
        <source>Offline: de prijs wordt bevestigd bij het doorsturen. Reken af volgens de prijslijst.</source>
        <translation>Hors ligne : le prix sera confirmé lors de l&apos;envoi. Encaisse selon la liste de prix.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="348"/>
        <source>Kaart wordt gecontroleerd…</source>
        <translation>Vérification de la carte…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="370"/>
        <source>Duid het kansenstatuut aan als de klant er recht op heeft.</source>
        <translation>Coche le statut d&apos;opportunité si le client y a droit.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="389"/>
        <source>Gegevens van de eID ingevuld. Controleer ze met de klant.</source>
        <translation>Données de l&apos;eID remplies. Vérifiez-les avec le client.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="431"/>
        <source>Vul het betaalde bedrag voor de pas in.</source>
        <translation>Indiquez le montant payé pour la carte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/registration.py" line="448"/>
        <source>De registratie is niet bewaard.</source>
        <translation>L&apos;inscription n&apos;est pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>RenewKansenstatuutDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="263"/>
        <source>Het kansenstatuut verlengen</source>
        <translation>Prolonger le statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="264"/>
        <source>Kansenstatuut verlengen</source>
        <translation>Prolonger le statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="266"/>
        <source>Nu geldig tot: %1</source>
        <translation>Valable jusqu&apos;au : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="267"/>
        <source>(geen)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="270"/>
        <source>&amp;Verlengen</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="276"/>
        <source>&amp;Nieuwe einddatum</source>
        <translation>&amp;Nouvelle date de fin</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="287"/>
        <source>Typ een einddatum in de toekomst (dd/mm/jjjj).</source>
        <translation>Tapez une date de fin dans le futur (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="294"/>
        <source>Kansenstatuut verlengd tot %1.</source>
        <translation>Statut d&apos;opportunité prolongé jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="421"/>
        <source>Een verloren kaart vervangen</source>
        <translation>Remplacer une carte perdue</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="422"/>
        <source>Kaart vervangen</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="429"/>
        <source>&amp;Vervangen</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="434"/>
        <source>UiTPAS-&amp;gebied</source>
        <translation>&amp;Région UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="435"/>
        <source>Nieuwe &amp;kaart</source>
        <translation>Nouvelle &amp;carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="436"/>
        <source>De oude kaart werkt daarna niet meer.</source>
        <translation>L&apos;ancienne carte ne fonctionnera plus ensuite.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="464"/>
        <source>Kaart vervangen: de nieuwe kaart is %1.</source>
        <translation>Carte remplacée : la nouvelle carte est %1.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../balie/ui/report_view.py" line="225"/>
        <location filename="../../balie/ui/report_view.py" line="226"/>
        <source>Dagrapport</source>
        <translation>Rapport du jour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="227"/>
        <source>&amp;Dag</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Activiteit</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tarief</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="229"/>
        <source>Betaald</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Basisprijs</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Kansentarief-korting</source>
        <translation>Réduction tarif social</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="230"/>
        <source>Voorlopig</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="231"/>
        <source>Exporteer &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="232"/>
        <source>Exporteer &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="233"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="234"/>
        <source>&amp;Kassa afsluiten…</source>
        <translation>&amp;Clôturer la caisse…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="266"/>
        <location filename="../../balie/ui/report_view.py" line="369"/>
        <source>Geen tickets verkocht op deze dag.</source>
        <translation>Aucun ticket vendu ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="270"/>
        <source>Tickets: %1 (geannuleerd: %2) · ontvangen %3</source>
        <translation>Tickets : %1 (annulés : %2) · reçu %3</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="273"/>
        <source>Nieuwe passen: %1 (%2) · totaal ontvangen %3</source>
        <translation>Nouvelles cartes : %1 (%2) · total reçu %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/report_view.py" line="277"/>
        <source>Kansentarief: %n ticket(s), korting %1</source>
        <translation>
            <numerusform>Tarif social : %n ticket, réduction %1</numerusform>
            <numerusform>Tarif social : %n tickets, réduction %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="279"/>
        <source>Check-ins: %1 (%2 gegeven) · voordelen: %3 (%4 ingeruild)</source>
        <translation>Check-ins : %1 (%2 donnés) · avantages : %3 (%4 échangés)</translation>
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
            <numerusform>Pas encore confirmé par UiTPAS : %n ticket.</numerusform>
            <numerusform>Pas encore confirmés par UiTPAS : %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="289"/>
        <source>Prijsverschillen met UiTPAS: %1 · terug te geven %2 · nog te ontvangen %3 (zie Te behandelen)</source>
        <translation>Différences de prix avec UiTPAS : %1 · à rendre %2 · à percevoir %3 (voir À traiter)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="299"/>
        <source>Kassa %1: verwacht %2 (zonder wisselgeld), nog niet afgesloten</source>
        <translation>Caisse %1 : attendu %2 (sans fonds de caisse), pas encore clôturée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="302"/>
        <source>Kassa %1: verwacht %2, geteld %3, verschil %4 (afgesloten %5)</source>
        <translation>Caisse %1 : attendu %2, compté %3, écart %4 (clôturée à %5)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="309"/>
        <source>; sindsdien gewijzigd, nu verwacht %1: tel opnieuw</source>
        <translation> ; modifiée depuis, attendu maintenant %1 : recomptez</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="342"/>
        <source>Dagrapport bewaren</source>
        <translation>Enregistrer le rapport du jour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/report_view.py" line="357"/>
        <source>Dagrapport %1</source>
        <translation>Rapport du jour %1</translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="97"/>
        <source>Voordeel omruilen</source>
        <translation>Échanger un avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="102"/>
        <source>&apos;%1&apos; omruilen voor %2?</source>
        <translation>Échanger « %1 » pour %2 ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="103"/>
        <source>deze pashouder</source>
        <translation>ce titulaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="105"/>
        <source>Kost %n punt(en).</source>
        <translation>
            <numerusform>Coûte %n point.</numerusform>
            <numerusform>Coûte %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="107"/>
        <source>Daarna nog %n punt(en).</source>
        <translation>
            <numerusform>Ensuite encore %n point.</numerusform>
            <numerusform>Ensuite encore %n points.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="109"/>
        <source>Zonder verbinding: de omruiling wordt bewaard en later doorgestuurd naar UiTPAS.</source>
        <translation>Sans connexion : l&apos;échange est enregistré et transmis plus tard à UiTPAS.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="115"/>
        <source>Voordelen</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="116"/>
        <source>Voordelen voor %1</source>
        <translation>Avantages pour %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="121"/>
        <source>Punten: %1</source>
        <translation>Points : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="119"/>
        <source>Punten: niet gekend zonder verbinding</source>
        <translation>Points : inconnus sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="122"/>
        <source>Punten: %1 (wordt bevestigd)</source>
        <translation>Points : %1 (en cours de confirmation)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Voordeel</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Nodig</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="126"/>
        <source>Kan het?</source>
        <translation>Possible ?</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="127"/>
        <source>&amp;Omruilen</source>
        <translation>É&amp;changer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="129"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="139"/>
        <source>welkomstvoordelen mogen</source>
        <translation>avantages de bienvenue autorisés</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="140"/>
        <source>welkomstvoordelen niet</source>
        <translation>pas d&apos;avantages de bienvenue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/rewards_view.py" line="141"/>
        <source>puntenvoordelen tot %n punt(en)</source>
        <translation>
            <numerusform>avantages à points jusqu&apos;à %n point</numerusform>
            <numerusform>avantages à points jusqu&apos;à %n points</numerusform>
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
        <translation>pas d&apos;avantages à points</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="144"/>
        <source>Zonder verbinding: %1; %2. Weigert UiTPAS een omruiling later, dan staat ze bij Te behandelen (F10).</source>
        <translation>Hors connexion : %1 ; %2. Si UiTPAS refuse un échange plus tard, il figure dans À traiter (F10).</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="152"/>
        <source>Welkomstvoordeel: %1</source>
        <translation>Avantage de bienvenue : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="154"/>
        <source>gratis</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="156"/>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../balie/ui/rewards_view.py" line="158"/>
        <source>ja, voorlopig (zonder verbinding)</source>
        <translation>oui, provisoirement (sans connexion)</translation>
    </message>
</context>
<context>
    <name>SearchByNameDialog</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="182"/>
        <source>Zoeken op naam</source>
        <extracomment>(kind, holder): &quot;renew&quot; | &quot;membership&quot; | &quot;replace&quot; asked for the selected holder</extracomment>
        <translation>La recherche par nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="183"/>
        <source>Pashouder zoeken op naam</source>
        <translation>Rechercher un titulaire par nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="187"/>
        <source>&amp;Zoeken (Enter)</source>
        <translation>&amp;Rechercher (Entrée)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="192"/>
        <source>&amp;Familienaam</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="193"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="205"/>
        <source>Kansenstatuut &amp;verlengen</source>
        <translation>&amp;Prolonger le statut d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="206"/>
        <source>&amp;Lidmaatschap</source>
        <translation>&amp;Affiliation</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="207"/>
        <source>Kaart ve&amp;rvangen</source>
        <translation>&amp;Remplacer la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="221"/>
        <source>Typ minstens 2 letters.</source>
        <translation>Tapez au moins 2 lettres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/platform_dialogs.py" line="231"/>
        <source>%n pashouder(s) gevonden.</source>
        <translation>
            <numerusform>%n titulaire trouvé.</numerusform>
            <numerusform>%n titulaires trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="232"/>
        <source>Niemand gevonden met deze naam.</source>
        <translation>Personne trouvé avec ce nom.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="175"/>
        <source>Kaartlezers worden gezocht…</source>
        <translation>Recherche des lecteurs de cartes…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="187"/>
        <source>(automatisch)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="220"/>
        <source>Instellingen en info</source>
        <translation>Paramètres et infos</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Offline-beleid</source>
        <translation>Politique &amp;hors ligne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="221"/>
        <source>&amp;Kaartlezers</source>
        <translation>&amp;Lecteurs de cartes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>T&amp;aal</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="222"/>
        <source>Over &amp;balie</source>
        <translation>À propos de &amp;balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="225"/>
        <source>Wat deze balie zonder verbinding met UiTPAS zelf mag beslissen. De organisatie legt dit vast in balie.ini ([policy] en [policy:&lt;organisator&gt;]); hier kan het niet gewijzigd worden.</source>
        <translation>Ce que ce guichet peut décider seul sans connexion à UiTPAS. L&apos;organisation le fixe dans balie.ini ([policy] et [policy:&lt;organisateur&gt;]) ; on ne peut pas le modifier ici.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Organisator</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Instelling</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="229"/>
        <source>Waarde</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="230"/>
        <source>Komt uit</source>
        <translation>Provient de</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="232"/>
        <source>De UiTPAS-kaarten worden gelezen met de NFC-lezer, de identiteitskaart met de eID-lezer. Leeg laten: balie kiest zelf op naam.</source>
        <translation>Les cartes UiTPAS sont lues par le lecteur NFC, la carte d&apos;identité par le lecteur eID. Laisser vide : balie choisit d&apos;après le nom.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Kaartlezer</source>
        <translation>Lecteur de cartes</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="234"/>
        <source>Gebruikt voor</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="235"/>
        <source>&amp;NFC-lezer (UiTPAS)</source>
        <translation>Lecteur &amp;NFC (UiTPAS)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="236"/>
        <source>&amp;eID-lezer</source>
        <translation>Lecteur &amp;eID</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="210"/>
        <source>Bewaard in %1. De kaartlezers worden zo gebruikt vanaf de volgende start van balie.</source>
        <translation>Enregistré dans %1. Les lecteurs seront utilisés ainsi dès le prochain démarrage de balie.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="215"/>
        <source>Niet bewaard: geen configuratiebestand mag hier geschreven worden. Vraag de beheerder om [readers] in balie.ini in te vullen.</source>
        <translation>Non enregistré : aucun fichier de configuration ne peut être écrit ici. Demandez à l&apos;administrateur de remplir [readers] dans balie.ini.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="237"/>
        <source>Kaartlezers be&amp;waren</source>
        <translation>&amp;Enregistrer les lecteurs</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="238"/>
        <source>Opnieuw &amp;zoeken</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="240"/>
        <source>De taal van de schermen. Ze verandert meteen en blijft bewaard voor deze balie.</source>
        <translation>La langue des écrans. Elle change immédiatement et reste enregistrée pour ce guichet.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="241"/>
        <source>Gebruikte software en hun licenties:</source>
        <translation>Logiciels utilisés et leurs licences :</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="243"/>
        <source>Pakket</source>
        <translation>Paquet</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="256"/>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>uur</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="257"/>
        <source>dagen</source>
        <translation>jours</translation>
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
        <translation>valeur par défaut de balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="267"/>
        <source>opdrachtregel</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>machinebestand %1</source>
        <translation>fichier machine %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="269"/>
        <source>gebruikersbestand %1</source>
        <translation>fichier utilisateur %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="270"/>
        <source>bestand %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="275"/>
        <source>Waarschuwen als de kansentarieflijst ouder is dan</source>
        <translation>Avertir si la liste du tarif social a plus de</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="276"/>
        <source>Kansentarief weigeren als de lijst ouder is dan</source>
        <translation>Refuser le tarif social si la liste a plus de</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="277"/>
        <source>Tarieven per pas bruikbaar tot</source>
        <translation>Tarifs par carte utilisables pendant</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="278"/>
        <source>Vaste tarieven per activiteit bruikbaar tot</source>
        <translation>Tarifs fixes par activité utilisables pendant</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="279"/>
        <source>Kansentarief zonder verbinding</source>
        <translation>Tarif social sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="280"/>
        <source>Kortingsbonnen zonder verbinding</source>
        <translation>Bons de réduction sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="281"/>
        <source>Inchecken zonder verbinding</source>
        <translation>Check-in sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="282"/>
        <source>Puntenvoordelen zonder verbinding</source>
        <translation>Avantages à points sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="283"/>
        <source>Hoogstens zoveel punten per voordeel offline</source>
        <translation>Au plus autant de points par avantage hors ligne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="284"/>
        <source>Welkomstvoordelen zonder verbinding</source>
        <translation>Avantages de bienvenue sans connexion</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="285"/>
        <source>Inchecken vóór de start</source>
        <translation>Check-in avant le début</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="286"/>
        <source>Inchecken na het einde</source>
        <translation>Check-in après la fin</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="287"/>
        <source>Waarschuwen als het kansenstatuut afloopt binnen</source>
        <translation>Avertir si le statut d&apos;opportunité expire dans</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>UiTPAS-kaarten (NFC)</source>
        <translation>cartes UiTPAS (NFC)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="298"/>
        <source>identiteitskaart (eID)</source>
        <translation>carte d&apos;identité (eID)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="299"/>
        <source>kijkt naar de kaart (eID of UiTPAS)</source>
        <translation>regarde la carte (eID ou UiTPAS)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="300"/>
        <source>niet gebruikt</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="305"/>
        <source>De kaartlezerdienst (PC/SC) draait niet op deze computer: geen kaartlezers te zien. Scannen en typen werken wel.</source>
        <translation>Le service des lecteurs de cartes (PC/SC) ne tourne pas sur cet ordinateur : aucun lecteur visible. Scanner et taper fonctionnent.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="308"/>
        <source>Geen kaartlezers aangesloten.</source>
        <translation>Aucun lecteur de cartes branché.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="317"/>
        <source>balie versie %1</source>
        <translation>balie version %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="318"/>
        <source>Gegevensmap: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="319"/>
        <source>Databank: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="320"/>
        <source>Reservekopieën: %1</source>
        <translation>Copies de sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="321"/>
        <source>Configuratiebestanden: %1</source>
        <translation>Fichiers de configuration : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="322"/>
        <source>geen (standaardwaarden)</source>
        <translation>aucun (valeurs par défaut)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/settings_view.py" line="325"/>
        <source>Oefenmodus: deze gegevens zijn niet echt.</source>
        <translation>Mode exercice : ces données ne sont pas réelles.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="382"/>
        <source>balie instellen</source>
        <translation>Configurer balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="394"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="395"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="396"/>
        <source>&amp;Starten</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="397"/>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="43"/>
        <source>Groep: passen na elkaar scannen, dan alles verkopen (F2) of inchecken (F3)</source>
        <translation>Groupe : scanner les cartes l&apos;une après l&apos;autre, puis tout vendre (F2) ou enregistrer (F3)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="45"/>
        <source>QR-check-incodes van een activiteit (openen, afdrukken)</source>
        <translation>Codes QR d&apos;enregistrement d&apos;une activité (ouvrir, imprimer)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="27"/>
        <source>Deze lijst met sneltoetsen</source>
        <extracomment>(keys, what they do); the texts are translated in the &quot;Shortcuts&quot; context</extracomment>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="28"/>
        <source>Verkopen aan de gekozen prijs</source>
        <translation>Vendre au prix choisi</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="29"/>
        <source>Inchecken</source>
        <translation>Enregistrer la présence</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="30"/>
        <source>Voordelen van de pas</source>
        <translation>Avantages de la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="31"/>
        <source>Nu synchroniseren</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>F6, cijfer</source>
        <translation>F6, chiffre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="32"/>
        <source>Activiteit kiezen</source>
        <translation>Choisir l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>F7, cijfer</source>
        <translation>F7, chiffre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="33"/>
        <source>Prijscategorie kiezen</source>
        <translation>Choisir la catégorie de prix</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="34"/>
        <source>Laatste actie annuleren</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="35"/>
        <source>Nieuwe pashouder</source>
        <translation>Nouveau titulaire</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="36"/>
        <source>Te behandelen</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="37"/>
        <source>Dagrapport</source>
        <translation>Rapport du jour</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="38"/>
        <source>Oefenkaarten tonen of verbergen (oefenmodus)</source>
        <translation>Afficher ou masquer les cartes d&apos;exercice (mode exercice)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="39"/>
        <source>Getypt nummer zoeken</source>
        <translation>Rechercher le numéro tapé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="40"/>
        <source>Bon van de laatste verkoop</source>
        <translation>Ticket de la dernière vente</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="41"/>
        <source>Pashouder zoeken op naam</source>
        <translation>Chercher un titulaire par nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="44"/>
        <source>Geschiedenis van de pas</source>
        <translation>Historique de la carte</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="46"/>
        <source>Medewerker wisselen (vergrendelen)</source>
        <translation>Changer de collaborateur (verrouiller)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="47"/>
        <source>Instellingen</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="48"/>
        <source>Balie sluiten</source>
        <translation>Quitter balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="49"/>
        <source>Menu&apos;s Balie, Pashouder, Instellingen, Help</source>
        <translation>Menus Guichet, Titulaire, Paramètres, Aide</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="50"/>
        <source>Vergrendeld scherm: een andere naam kiezen</source>
        <translation>Écran verrouillé : choisir un autre nom</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="63"/>
        <source>Sneltoetsen</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="66"/>
        <source>Toets</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="67"/>
        <source>Doet</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="93"/>
        <source>Over balie</source>
        <translation>À propos de balie</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="95"/>
        <source>balie %1: UiTPAS-balie die ook zonder verbinding werkt.</source>
        <translation>balie %1 : guichet UiTPAS qui fonctionne aussi sans connexion.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="98"/>
        <source>Oefenplatform: %1</source>
        <translation>Plateforme d&apos;exercice : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/shortcuts.py" line="99"/>
        <source>Alles in de oefenmodus is oefening: niets gaat naar UiTPAS.</source>
        <translation>En mode exercice, tout est fictif : rien ne part vers UiTPAS.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="133"/>
        <source>Aanmelden bij UiTPAS</source>
        <translation>Se connecter à UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="135"/>
        <source>Als &amp;medewerker, via de browser (aanbevolen)</source>
        <translation>En tant que &amp;collaborateur, via le navigateur (recommandé)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="136"/>
        <source>Beheerde pc: met &amp;clientgegevens van publiq</source>
        <translation>PC géré : avec les &amp;identifiants client de publiq</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="141"/>
        <source>wordt veilig bewaard in de sleutelkluis van deze computer, nooit in een bestand</source>
        <translation>conservé en sécurité dans le trousseau de cet ordinateur, jamais dans un fichier</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="143"/>
        <source>&amp;Aanmelden</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="148"/>
        <source>Client &amp;id</source>
        <translation>&amp;ID client</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="149"/>
        <source>Client&amp;geheim</source>
        <translation>&amp;Secret client</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="179"/>
        <source>Vul de client id in die publiq gaf.</source>
        <translation>Indiquez l&apos;ID client fourni par publiq.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="186"/>
        <source>Bezig met aanmelden…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="187"/>
        <source>Meld je aan in de browser die nu opent…</source>
        <translation>Connectez-vous dans le navigateur qui s&apos;ouvre…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app/start.py" line="36"/>
        <source>balie kan niet starten</source>
        <translation>balie ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="348"/>
        <source>Klaar</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>Oefenplatform</source>
        <translation>Plateforme d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="355"/>
        <source>UiTPAS-testomgeving</source>
        <translation>Environnement de test UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="356"/>
        <source>UiTPAS</source>
        <translation>UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="359"/>
        <source>Platform: %1</source>
        <translation>Plateforme : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>Aanmelden: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="360"/>
        <source>clientgegevens (beheerde pc)</source>
        <translation>identifiants client (PC géré)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="362"/>
        <source>medewerker via de browser</source>
        <translation>collaborateur via le navigateur</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="363"/>
        <source>Organisator: %1</source>
        <translation>Organisateur : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="364"/>
        <source>Balie: %1</source>
        <translation>Guichet : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="365"/>
        <source>UiTPAS-lezer: %1</source>
        <translation>Lecteur UiTPAS : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="366"/>
        <source>eID-lezer: %1</source>
        <translation>Lecteur eID : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="367"/>
        <source>Synchronisatie: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/setup_wizard.py" line="370"/>
        <source>De balie start toch; ze probeert de synchronisatie later opnieuw.</source>
        <translation>Le guichet démarre quand même ; il réessaiera la synchronisation plus tard.</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="74"/>
        <source>Ctrl+%1 Annuleren</source>
        <extracomment>lines shown; older ones are counted, not listed (the screen is for the customer in front)</extracomment>
        <translation>Ctrl+%1 Annuler</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="80"/>
        <source>Deze klant vandaag</source>
        <translation>Ce client aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/today_strip.py" line="82"/>
        <source>(+%n eerder)</source>
        <translation>
            <numerusform>(+%n plus tôt)</numerusform>
            <numerusform>(+%n plus tôt)</numerusform>
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
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="93"/>
        <source>Voordeel %1</source>
        <translation>Avantage %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="94"/>
        <source>wacht op UiTPAS</source>
        <translation>attend UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="95"/>
        <source>bij UiTPAS</source>
        <translation>chez UiTPAS</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="96"/>
        <source>geweigerd</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../balie/ui/today_strip.py" line="97"/>
        <source>geannuleerd</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="90"/>
        <source>De kaartlezerdienst is weg: een pas wordt nu rechtstreeks herkend, zonder kaartlezer.</source>
        <translation>Le service de lecteur de cartes est absent : une carte est maintenant reconnue directement, sans lecteur.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="106"/>
        <location filename="../../balie/ui/training_dock.py" line="107"/>
        <source>Oefenkaarten</source>
        <translation>Cartes d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="108"/>
        <source>» Verbergen (F12)</source>
        <translation>» Masquer (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="109"/>
        <source>Oefenkaarten tonen (F12)</source>
        <translation>Afficher les cartes d&apos;exercice (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="110"/>
        <source>Oefenkaarten verbergen (F12)</source>
        <translation>Masquer les cartes d&apos;exercice (F12)</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="150"/>
        <location filename="../../balie/ui/training_dock.py" line="88"/>
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>what the reader service calls on its thread with each event (the reader-watch seam) the daily backup waits this long after the window opens: the first customer comes first
----------
the widest the unfolded panel gets, in pixels at 100 % scaling</extracomment>
        <translation>Cliquez sur une carte : elle est posée sur le lecteur virtuel.</translation>
    </message>
    <message>
        <location filename="../../balie/app/window.py" line="152"/>
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation>Cliquez sur une carte : elle est reconnue directement (pas de lecteur virtuel sur cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>_CardField</name>
    <message>
        <location filename="../../balie/ui/platform_dialogs.py" line="306"/>
        <source>tik de nieuwe kaart of typ het nummer</source>
        <translation>présentez la nouvelle carte ou tapez le numéro</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/qr_codes.py" line="57"/>
        <source>QR-codes bewaren</source>
        <translation>Enregistrer les codes QR</translation>
    </message>
</context>
</TS>
