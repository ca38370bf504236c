<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="nl_BE">
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="41" />
        <source>Kaartlezer: nog niet gestart</source>
        <translation>Lecteur de cartes : pas encore démarré</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="45" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../balie/ui/status_bar.py" line="50" />
        <source>Wachtrij: %n actie(s)</source>
        <translation>
            <numerusform>File d'attente : %n action</numerusform>
            <numerusform>File d'attente : %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="55" />
        <source>Laatste synchronisatie: nog niet</source>
        <translation>Dernière synchronisation : pas encore</translation>
    </message>
    <message>
        <location filename="../../balie/ui/status_bar.py" line="58" />
        <source>Laatste synchronisatie: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="72" />
        <source>Evenement (F6)</source>
        <translation>Événement (F6)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="74" />
        <source>Prijscategorie (F7)</source>
        <translation>Catégorie de prix (F7)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="81" />
        <source>Tik de pas, scan, of typ het nummer + Enter</source>
        <translation>Présentez la carte, scannez ou tapez le numéro + Entrée</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="91" />
        <source>aantal </source>
        <translation>nombre </translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="92" />
        <source>F2  Verkopen</source>
        <translation>F2  Vendre</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="93" />
        <source>F3  Inchecken</source>
        <translation>F3  Enregistrer</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="94" />
        <source>F4  Voordeel</source>
        <translation>F4  Avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="95" />
        <source>F8  Laatste actie annuleren</source>
        <translation>F8  Annuler la dernière action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="135" />
        <source>Geen evenementen gevonden.</source>
        <translation>Aucun événement trouvé.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="136" />
        <source>Synchroniseer of voeg een evenement toe.</source>
        <translation>Synchronisez ou ajoutez un événement.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="184" />
        <source>Kies het evenement: typ 1 tot %1</source>
        <translation>Choisissez l'événement : tapez 1 à %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="185" />
        <source>Kies de prijscategorie: typ 1 tot %1</source>
        <translation>Choisissez la catégorie de prix : tapez 1 à %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="283" />
        <source>Geen voordelen beschikbaar voor deze pas.</source>
        <translation>Aucun avantage disponible pour cette carte.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="302" />
        <source>Er is geen actie om te annuleren.</source>
        <translation>Il n'y a aucune action à annuler.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="304" />
        <source>Deze actie annuleren?
%1</source>
        <translation>Annuler cette action ?
%1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="305" />
        <source>Laatste actie annuleren</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="319" />
        <source>Bewaard zonder verbinding: wordt verstuurd zodra de verbinding terug is.</source>
        <translation>Enregistré hors ligne : sera envoyé dès que la connexion revient.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="324" />
        <source>Punten: %1</source>
        <translation>Points : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="352" />
        <source>Er ging iets mis; er is niets geregistreerd.</source>
        <translation>Un problème est survenu ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/counter_view.py" line="353" />
        <source>Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel.</source>
        <translation>Réessayez. Si le problème persiste, créez un paquet de support.</translation>
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
        <translation>MODE EXERCICE : plateforme d'exercice, rien n'est réel</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="70" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="71" />
        <source>Taal</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../balie/ui/main_window.py" line="89" />
        <source>De taal wordt gebruikt vanaf de volgende start van balie.</source>
        <translation>La langue sera utilisée au prochain démarrage de balie.</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="220" />
        <source>Oefenbalie</source>
        <translation>Guichet d'exercice</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="70" />
        <source>VOORLOPIG: beslist zonder verbinding, wordt later bevestigd</source>
        <extracomment>a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal</extracomment>
        <translation>PROVISOIRE : décidé hors ligne, sera confirmé plus tard</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="104" />
        <source>Nog geen pas: tik, scan of typ het nummer</source>
        <translation>Pas encore de carte : présentez, scannez ou tapez le numéro</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="116" />
        <source>UiTPAS %1</source>
        <translation>UiTPAS %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="117" />
        <source>Pashouder nog niet gekend op deze balie</source>
        <translation>Titulaire pas encore connu à ce guichet</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="121" />
        <source>onbekend kaartsysteem</source>
        <translation>système de carte inconnu</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="123" />
        <source>Groepspas %1 · %2</source>
        <translation>Carte de groupe %1 · %2</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="125" />
        <source>Groepspas: geen punten, geen inchecken of voordelen</source>
        <translation>Carte de groupe : pas de points, d'enregistrement ni d'avantages</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="128" />
        <source>Punten: %1</source>
        <translation>Points : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="151" />
        <source>Kansenstatuut in overgangsperiode (einddatum %1)</source>
        <translation>Statut d'opportunité en période de transition (date de fin %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="154" />
        <source>Kansenstatuut loopt af op %1</source>
        <translation>Le statut d'opportunité expire le %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="157" />
        <source>Kansenstatuut geldig tot %1</source>
        <translation>Statut d'opportunité valable jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="160" />
        <source>Kansenstatuut actief</source>
        <translation>Statut d'opportunité actif</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="163" />
        <source>Kansenstatuut verlopen sinds %1: gewone prijs.</source>
        <translation>Statut d'opportunité expiré depuis le %1 : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="164" />
        <source>Kansenstatuut verlopen: gewone prijs.</source>
        <translation>Statut d'opportunité expiré : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="167" />
        <source>Kansenstatuut opgeschort: gewone prijs.</source>
        <translation>Statut d'opportunité suspendu : prix normal.</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="170" />
        <source>Geen kansenstatuut</source>
        <translation>Pas de statut d'opportunité</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="194" />
        <source>Kansentarief</source>
        <translation>Tarif social</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="196" />
        <source>Gewone prijs</source>
        <translation>Prix normal</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="198" />
        <source>Bon: %1</source>
        <translation>Bon : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="201" />
        <source>(nog %1)</source>
        <translation>(encore %1)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/pass_panel.py" line="212" />
        <source>Te betalen: %1</source>
        <translation>À payer : %1</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="40" />
        <source>Voordeel omruilen</source>
        <translation>Échanger un avantage</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="45" />
        <source>Welkomstvoordeel: %1</source>
        <translation>Avantage de bienvenue : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="47" />
        <source>%1 — %2 punten</source>
        <translation>%1 — %2 points</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="52" />
        <source>(te weinig punten)</source>
        <translation>(pas assez de points)</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="53" />
        <source>Punten van de pashouder: %1</source>
        <translation>Points du titulaire : %1</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="56" />
        <source>Omruilen</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="57" />
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../balie/app.py" line="292" />
        <source>balie kan niet starten</source>
        <translation>balie ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../balie/ui/training_dock.py" line="26" />
        <source>Oefenkaarten</source>
        <translation>Cartes d'exercice</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="213" />
        <source>Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.</source>
        <extracomment>the demo organizer a training counter sells for (a swimming pool: kansentarief, coupons, points)</extracomment>
        <translation>Cliquez sur une carte : elle est posée sur le lecteur virtuel.</translation>
    </message>
    <message>
        <location filename="../../balie/app.py" line="215" />
        <source>Klik op een pas: hij wordt rechtstreeks herkend (geen virtuele kaartlezer op deze computer).</source>
        <translation>Cliquez sur une carte : elle est reconnue directement (pas de lecteur virtuel sur cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="23" />
        <source>Ja</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../balie/ui/dialogs.py" line="24" />
        <source>Nee</source>
        <translation>Non</translation>
    </message>
</context>
</TS>