<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="62"/>
        <source>Borger nr.</source>
        <translation>Citizen no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="60"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="61"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="59"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="51"/>
        <source>Kun den valgte borger</source>
        <translation>Only the chosen citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="49"/>
        <location filename="../../ui/dialogs/audit_dialog.py" line="68"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="58"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>CitizenFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="87"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="85"/>
        <source>&amp;Fødselsdato eller CPR</source>
        <translation>&amp;Date of birth or CPR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="88"/>
        <source>&amp;Målgruppe</source>
        <translation>&amp;Target group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="84"/>
        <source>&amp;Navn *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="89"/>
        <source>&amp;Sagsbehandler</source>
        <translation>&amp;Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="86"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="109"/>
        <source>* skal udfyldes</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="112"/>
        <source>Aktivitetsparat</source>
        <translation>Activity-ready</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="116"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="115"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="66"/>
        <source>Fornavn og efternavn</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="114"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="111"/>
        <source>Jobparat</source>
        <translation>Job-ready</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="62"/>
        <source>Ny borger</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="62"/>
        <source>Rediger borger</source>
        <translation>Edit citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="114"/>
        <source>Ressourceforløb</source>
        <translation>Resource programme</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="113"/>
        <source>Sygedagpenge</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="115"/>
        <source>Uddannelseshjælp</source>
        <translation>Education aid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="81"/>
        <source>Vælg eller skriv et navn</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="68"/>
        <source>dd-mm-åååå eller ddmmåå-xxxx</source>
        <translation>dd-mm-yyyy or ddmmyy-xxxx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="70"/>
        <source>fx 20 30 40 50</source>
        <translation>e.g. 20 30 40 50</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="72"/>
        <source>fx navn@eksempel.dk</source>
        <translation>e.g. name@example.dk</translation>
    </message>
</context>
<context>
    <name>CitizenOverview</name>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="83"/>
        <source>Arkiveret: borgeren er ikke aktiv.</source>
        <translation>Archived: the citizen is not active.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="89"/>
        <location filename="../../ui/screens/citizen_overview.py" line="174"/>
        <source>Arkivér</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="164"/>
        <source>Født %1 (%2 år)</source>
        <translation>Born %1 (age %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="174"/>
        <source>Genskab</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="153"/>
        <source>Indsatser</source>
        <translation>Efforts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="124"/>
        <source>Livshjul</source>
        <translation>Life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="150"/>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="151"/>
        <source>Næste samtale</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="117"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="128"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="119"/>
        <source>Progression</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="86"/>
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="87"/>
        <source>Ret borgerens oplysninger (Ctrl+E)</source>
        <translation>Edit the citizen&apos;s details (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="170"/>
        <source>Sagsbehandler: %1</source>
        <translation>Caseworker: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="118"/>
        <source>Samtaler</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="154"/>
        <source>Seneste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="155"/>
        <source>Seneste score (borgerens)</source>
        <translation>Latest score (the citizen&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="156"/>
        <source>Skal følges op</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="67"/>
        <source>Vælg en borger i listen, eller opret en ny.</source>
        <translation>Choose a citizen in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="152"/>
        <source>Åbne skridt</source>
        <translation>Open steps</translation>
    </message>
</context>
<context>
    <name>CitizenTableModel</name>
    <message>
        <location filename="../../ui/models/citizen_table_model.py" line="109"/>
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="90"/>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="91"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="89"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="92"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="93"/>
        <source>Seneste samtale</source>
        <translation>Last meeting</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="220"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="80"/>
        <source>Borgeren vil ikke svare</source>
        <translation>The citizen does not want to answer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="110"/>
        <source>Borgerens score</source>
        <translation>Citizen&apos;s score</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="76"/>
        <source>Borgerens score for %1</source>
        <translation>Citizen&apos;s score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="88"/>
        <location filename="../../ui/screens/indicator_panel.py" line="119"/>
        <source>Det talte vi om</source>
        <translation>What we talked about</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="212"/>
        <source>Første gang: der er ingen tidligere score.</source>
        <translation>First time: there is no earlier score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="100"/>
        <source>Kun for dig. Vises aldrig for borgeren og kommer ikke med i print.</source>
        <translation>Only for you. Never shown to the citizen and never printed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="89"/>
        <source>Med borgerens egne ord. Kommer med i planen.</source>
        <translation>In the citizen&apos;s own words. Goes into the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="221"/>
        <source>Medarbejder</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="113"/>
        <source>Medarbejderens score</source>
        <translation>Caseworker&apos;s score</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="82"/>
        <source>Medarbejderens score for %1</source>
        <translation>Caseworker&apos;s score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="98"/>
        <source>Privat note, kun for medarbejderen</source>
        <translation>Private note, for the caseworker only</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="228"/>
        <source>Sidst (%1):</source>
        <translation>Last time (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="215"/>
        <source>Sidste score vises, når I begge har givet en score.</source>
        <translation>The last score is shown when you have both given a score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="203"/>
        <source>Skjul privat note</source>
        <translation>Hide private note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="65"/>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="69"/>
        <source>Sådan ser skalaen ud</source>
        <translation>What the scale looks like</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="63"/>
        <source>Til samtalen</source>
        <translation>For the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="92"/>
        <location filename="../../ui/screens/indicator_panel.py" line="203"/>
        <source>Vis privat note</source>
        <translation>Show private note</translation>
    </message>
</context>
<context>
    <name>LifeWheelPage</name>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="358"/>
        <source>Andet …</source>
        <translation>Other …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="186"/>
        <source>Den stiplede linje viser livshjulet fra %1.</source>
        <translation>The dashed line shows the life wheel from %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="104"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="330"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="330"/>
        <source>Fjern livsområde</source>
        <translation>Remove life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="110"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="107"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="159"/>
        <source>Fungerer godt</source>
        <translation>Works well</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="96"/>
        <source>Hvad vil du gerne ændre?</source>
        <translation>What would you like to change?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="84"/>
        <source>Hvor godt fungerer det? 0 til 10</source>
        <translation>How well does it work? 0 to 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="122"/>
        <source>Hvordan er det?</source>
        <translation>How is it?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="158"/>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="160"/>
        <source>Jeg vil gerne ændre noget</source>
        <translation>I want a change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="133"/>
        <source>Livshjul fra samtalen:</source>
        <translation>Life wheel from the meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="74"/>
        <source>Livsområder</source>
        <translation>Life areas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="95"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="78"/>
        <source>Navn på livsområdet</source>
        <translation>Name of the life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="119"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="363"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="180"/>
        <source>Nyt livshjul med områderne fra sidst</source>
        <translation>New life wheel with last time&apos;s areas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="216"/>
        <source>vil ændre</source>
        <translation>wants a change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="363"/>
        <source>Nyt livsområde</source>
        <translation>New life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="62"/>
        <source>Samtale</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="121"/>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="65"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="182"/>
        <source>Start livshjul</source>
        <translation>Start life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="112"/>
        <source>Tag ønsket med til planen</source>
        <translation>Take the wish to the plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="100"/>
        <source>Tilføj …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="329"/>
        <source>Vil du fjerne %1 fra livshjulet?</source>
        <translation>Remove %1 from the life wheel?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="83"/>
        <source>ikke sat</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="123"/>
        <source>Ønske:</source>
        <translation>Wish:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="345"/>
        <source>Ønsket er med i planen</source>
        <translation>The wish is in the plan</translation>
    </message>
</context>
<context>
    <name>LifeWheelWidget</name>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="87"/>
        <source>Ingen livsområder endnu</source>
        <translation>No life areas yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="51"/>
        <source>Livshjul</source>
        <translation>Life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="100"/>
        <source>Tilføj livsområder</source>
        <translation>Add life areas</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="59"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="87"/>
        <source>Adgangskoden passer ikke. Prøv igen.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="53"/>
        <source>Data om borgerne er skjult.</source>
        <translation>Citizen data is hidden.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="61"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="50"/>
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="55"/>
        <source>Skriv adgangskoden for at fortsætte.</source>
        <translation>Enter the password to continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>%1 er arkiveret.</source>
        <translation>%1 has been archived.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>%1 er genskabt.</source>
        <translation>%1 has been restored.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>%1 er oprettet.</source>
        <translation>%1 has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>&amp;Arkivér borger …</source>
        <translation>&amp;Archive citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Borger</source>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Borgerlisten</source>
        <translation>&amp;Citizen list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Eksportér alle data …</source>
        <translation>E&amp;xport all data …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>&amp;Genskab borger</source>
        <translation>&amp;Restore citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Ny borger …</source>
        <translation>&amp;New citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Om Progressionsdialog</source>
        <translation>&amp;About Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Overleveringsrapport …</source>
        <translation>&amp;Handover report …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Rediger borger …</source>
        <translation>&amp;Edit citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Revisionslog …</source>
        <translation>Audi&amp;t log …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Slet for altid …</source>
        <translation>&amp;Delete permanently …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Søg efter borger</source>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Adgangskoden er skiftet.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Arkivér</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Arkivér borger</source>
        <translation>Archive citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Borgere uden &amp;aktivitet …</source>
        <translation>Citizens without &amp;activity …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Borgere uden aktivitet</source>
        <translation>Citizens without activity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Borgeren er slettet for altid.</source>
        <translation>The citizen has been deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>DEMO – ikke rigtige borgere</source>
        <translation>DEMO – not real citizens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Demo-databasen har ingen adgangskode.</source>
        <translation>The demo database has no password.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Eksportér alle data</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Ingen borgere har været uden aktivitet i %1 år.</source>
        <translation>No citizens have been without activity for %1 years.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Ny &amp;samtale</source>
        <translation>New &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Om Progressionsdialog</source>
        <translation>About Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Progressionsdialog</source>
        <translation>Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Progressionsdialog %1
Samtaler, indikatorer, livshjul og plan.

Data: %2</source>
        <translation>Progressionsdialog %1
Meetings, indicators, life wheel and plan.

Data: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Skift &amp;adgangskode …</source>
        <translation>Change pass&amp;word …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Skjul listen, så samtalen fylder hele skærmen</source>
        <translation>Hide the list so the meeting fills the screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Uden aktivitet i %1 år. Overvej at slette dem:</source>
        <translation>Without activity for %1 years. Consider deleting them:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Udskriv &amp;plan …</source>
        <translation>Print &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Vil du arkivere %1?

Borgeren skjules i listen, men intet slettes. Du kan fortryde med Ctrl+Z eller finde borgeren under Vis arkiverede.</source>
        <translation>Archive %1?

The citizen is hidden in the list, but nothing is deleted. You can undo with Ctrl+Z or find the citizen under Show archived.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="86"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="83"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="140"/>
        <source>Alt gemmes, mens du skriver.</source>
        <translation>Everything is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="122"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="63"/>
        <source>Dato for samtalen</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="176"/>
        <source>Datoen er ikke gemt.</source>
        <translation>The date is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="90"/>
        <source>De&amp;ltagere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="70"/>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="219"/>
        <source>Der er en anden samtale samme dag (%1). Det er i orden, hvis det er meningen.</source>
        <translation>There is another meeting on the same day (%1). That is fine if it is meant to be.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="118"/>
        <source>Første samtale</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="188"/>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="195"/>
        <source>Ikke gemt: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="119"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="121"/>
        <source>Opfølgning på praktik</source>
        <translation>Internship follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="120"/>
        <source>Rundbordssamtale</source>
        <translation>Round-table meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="154"/>
        <source>Teksten er ikke gemt.</source>
        <translation>The text is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="67"/>
        <source>Type samtale</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="69"/>
        <source>fx borger, sagsbehandler, mentor</source>
        <translation>e.g. citizen, caseworker, mentor</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="45"/>
        <source>&amp;Ny samtale</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="60"/>
        <source>Ingen samtaler endnu. Tryk på Ny samtale for at begynde.</source>
        <translation>No meetings yet. Press New meeting to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="43"/>
        <source>Samtaler</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="141"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="141"/>
        <source>Slet samtale</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="48"/>
        <source>Slet samtale …</source>
        <translation>Delete meeting …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="46"/>
        <source>Start en ny samtale i dag (Ctrl+M)</source>
        <translation>Start a new meeting today (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="138"/>
        <source>Vil du slette samtalen %1?

Scorer og noter fra samtalen slettes også. Det kan ikke fortrydes.</source>
        <translation>Delete the meeting %1?

The meeting&apos;s scores and notes are deleted too. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="50"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="52"/>
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="32"/>
        <location filename="../../ui/dialogs/password_dialog.py" line="41"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="62"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="34"/>
        <source>Data om borgerne krypteres. Vælg en adgangskode, som kun du kender.</source>
        <translation>Citizen data is encrypted. Choose a password that only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="60"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="44"/>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="36"/>
        <source>Skriv adgangskoden for at åbne data.</source>
        <translation>Enter the password to open the data.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="105"/>
        <source>Skriv adgangskoden ned et sikkert sted. Glemmer du den, kan ingen åbne data igen – heller ikke support. Så må du starte forfra med en tom database.</source>
        <translation>Write the password down somewhere safe. If you forget it, nobody can open the data again – not even support. You would have to start over with an empty database.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="89"/>
        <source>Skriv adgangskoden.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="79"/>
        <source>Styrke: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="32"/>
        <source>Vælg en adgangskode</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="60"/>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="245"/>
        <source>Aftalte mål for indsatsen</source>
        <translation>Agreed goals for the effort</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="148"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="138"/>
        <source>Andre</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="276"/>
        <source>Book næste samtale</source>
        <translation>Book next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="368"/>
        <source>Booket: %1 kl. %2</source>
        <translation>Booked: %1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="133"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="173"/>
        <source>Borgerens ord:</source>
        <translation>Citizen&apos;s words:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="157"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="175"/>
        <source>Delmål:</source>
        <translation>Sub-goals:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="441"/>
        <source>Dets %1 delmål bliver også slettet. Skridtene bliver i planen.</source>
        <translation>Its %1 sub-goals are deleted too. The steps stay in the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="217"/>
        <source>Droppet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="184"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="389"/>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="214"/>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="146"/>
        <source>Gældsrådgivning</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="114"/>
        <source>HHH – hvad, hvorfor, hvordan</source>
        <translation>HHH – what, why, how</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="184"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="199"/>
        <source>Hvad skal der ske?</source>
        <translation>What needs to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="124"/>
        <source>Hvad vil du gerne opnå?</source>
        <translation>What would you like to achieve?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="184"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="281"/>
        <source>Hvor:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="128"/>
        <source>Hvordan kommer du derhen? Hvad er det første skridt?</source>
        <translation>How will you get there? What is the first step?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="125"/>
        <source>Hvorfor er det vigtigt for dig? Hvad vil du mærke, når du når det?</source>
        <translation>Why does it matter to you? What will you notice when you get there?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="498"/>
        <source>Hvorfor ikke?</source>
        <translation>Why not?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="280"/>
        <source>Hvornår:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="297"/>
        <location filename="../../ui/translation.py" line="130"/>
        <source>Ikke besluttet endnu</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="498"/>
        <source>Ikke gjort</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="215"/>
        <source>Ikke gjort …</source>
        <translation>Not done …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="230"/>
        <location filename="../../ui/screens/plan_page.py" line="232"/>
        <source>Indsatser</source>
        <translation>Efforts</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="131"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="174"/>
        <source>Jobrettet formulering:</source>
        <translation>Job-focused wording:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="151"/>
        <source>Kun hvis det skal siges anderledes</source>
        <translation>Only if it needs different wording</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="139"/>
        <source>Kursus</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="142"/>
        <source>Løntilskud</source>
        <translation>Wage subsidy job</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="134"/>
        <location filename="../../ui/screens/plan_page.py" line="149"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="135"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="140"/>
        <source>Mestringskursus</source>
        <translation>Coping course</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="145"/>
        <source>Misbrugsbehandling</source>
        <translation>Addiction treatment</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="172"/>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="144"/>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="503"/>
        <source>Ny frist</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="503"/>
        <source>Ny frist (dd-mm-åååå):</source>
        <translation>New deadline (dd-mm-yyyy):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="216"/>
        <source>Ny frist …</source>
        <translation>New deadline …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="119"/>
        <source>Nyt HHH</source>
        <translation>New HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="160"/>
        <source>Nyt delmål</source>
        <translation>New sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="265"/>
        <source>Næste samtale</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="366"/>
        <source>Næste samtale er ikke booket.</source>
        <translation>The next meeting is not booked.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="181"/>
        <location filename="../../ui/screens/plan_page.py" line="186"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="212"/>
        <source>Opfølgning på det valgte skridt:</source>
        <translation>Follow-up on the chosen step:</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="143"/>
        <source>Ordinære timer</source>
        <translation>Ordinary hours</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="147"/>
        <source>Rundbordssamtale</source>
        <translation>Round-table meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="134"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="452"/>
        <source>Skriv målet først, så delmålene hører til et mål.</source>
        <translation>Write the goal first, so the sub-goals belong to a goal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="443"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="443"/>
        <source>Slet mål</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="154"/>
        <source>Slet mål …</source>
        <translation>Delete goal …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="238"/>
        <source>Sted eller virksomhed</source>
        <translation>Place or company</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="144"/>
        <source>Sundhed og træning</source>
        <translation>Health and exercise</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="282"/>
        <source>Tag med:</source>
        <translation>Bring:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="164"/>
        <source>Tilføj delmål</source>
        <translation>Add sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="246"/>
        <source>Tilføj indsats</source>
        <translation>Add effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="204"/>
        <source>Tilføj skridt</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="132"/>
        <source>Uddannelse</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="438"/>
        <source>Vil du slette målet?</source>
        <translation>Delete the goal?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="136"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="137"/>
        <source>Virksomhedskonsulent</source>
        <translation>Company consultant</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="141"/>
        <source>Virksomhedspraktik</source>
        <translation>Work placement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="116"/>
        <source>Vælg HHH</source>
        <translation>Choose HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="484"/>
        <source>Vælg et skridt i listen først.</source>
        <translation>Choose a step in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="251"/>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="273"/>
        <source>fx Jobcentret, lokale 3</source>
        <translation>e.g. the job centre, room 3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="275"/>
        <source>fx eksamensbevis, lægeerklæring</source>
        <translation>e.g. diploma, doctor&apos;s note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="357"/>
        <source>i gang</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="253"/>
        <source>til</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ProgressionPage</name>
    <message>
        <location filename="../../ui/screens/progression_page.py" line="69"/>
        <source>Diagram over udviklingen</source>
        <translation>Chart of the progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progression_page.py" line="29"/>
        <source>Klik på et punkt for at åbne samtalen.</source>
        <translation>Click a point to open the meeting.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/confirm.py" line="16"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../ui/screens/register.py" line="206"/>
        <source>%1 af %2 borgere</source>
        <translation>%1 of %2 citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="202"/>
        <source>%1 borgere</source>
        <translation>%1 citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="86"/>
        <source>&amp;Ny borger</source>
        <translation>&amp;New citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="202"/>
        <source>1 borger</source>
        <translation>1 citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="34"/>
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="197"/>
        <source>Der er ingen borgere endnu. Tryk på Ny borger.</source>
        <translation>There are no citizens yet. Press New citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="199"/>
        <source>Ingen borgere passer til søgningen.</source>
        <translation>No citizens match the search.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="48"/>
        <source>Liste over borgere</source>
        <translation>List of citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="87"/>
        <source>Opret en ny borger (Ctrl+N)</source>
        <translation>Create a new citizen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="39"/>
        <source>Søg efter borger</source>
        <translation>Search for citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="37"/>
        <source>Søg på navn eller fødselsdato …</source>
        <translation>Search by name or date of birth …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="43"/>
        <source>Vis &amp;arkiverede</source>
        <translation>Show &amp;archived</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/translation.py" line="102"/>
        <source>Borgerens plan</source>
        <translation>Citizen&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="309"/>
        <source>Gem PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="179"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="298"/>
        <source>Vent et øjeblik: PDF&apos;en bliver lavet.</source>
        <translation>Please wait: the PDF is being made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="323"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="163"/>
        <source>Lav forhåndsvisning</source>
        <translation>Make preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="280"/>
        <source>Lav igen</source>
        <translation>Make again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="185"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="103"/>
        <source>Overleveringsrapport</source>
        <translation>Handover report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="318"/>
        <source>PDF&apos;en kunne ikke gemmes: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="289"/>
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="160"/>
        <source>Tag helbred og misbrug med (kun hvis borgeren vil)</source>
        <translation>Include health and addiction (only if the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="158"/>
        <source>Tag private noter med</source>
        <translation>Include private notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="181"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="183"/>
        <source>Åbn i PDF-læser</source>
        <translation>Open in PDF viewer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="25"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="21"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="35"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="30"/>
        <source>Følg op, når sidste samtale er ældre end:</source>
        <translation>Follow up when the last meeting is older than:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="34"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="18"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="29"/>
        <source>Lås efter:</source>
        <translation>Lock after:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Revisionsloggen er ændret</source>
        <translation>The audit log has been changed</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Programmet kan ikke starte</source>
        <translation>The program cannot start</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="95"/>
        <source>Revisionsloggen er ændret uden om programmet:

{problems}

Du kan arbejde videre, og intet er slettet. Kontakt support eller din databeskyttelsesrådgiver, og nævn tidspunktet. Detaljerne står i logfilen.</source>
        <translation>The audit log has been changed outside the program:

{problems}

You can go on working, and nothing has been deleted. Contact support or your data protection adviser and mention the time. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/translation.py" line="162"/>
        <source>arkivér %1</source>
        <translation>archive %1</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="163"/>
        <source>genskab %1</source>
        <translation>restore %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="46"/>
        <source>ret %1</source>
        <translation>edit %1</translation>
    </message>
</context>
</TS>
