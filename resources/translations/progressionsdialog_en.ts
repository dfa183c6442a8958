<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="42"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="43"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="44"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="60"/>
        <source>slettet borger</source>
        <translation>deleted citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="41"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="33"/>
        <source>Kun den valgte borger</source>
        <translation>Only the chosen citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/audit_dialog.py" line="50"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="40"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>CitizenEditing</name>
    <message>
        <location filename="../../ui/citizen_editing.py" line="85"/>
        <source>%1 er oprettet.</source>
        <translation>%1 has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_editing.py" line="137"/>
        <source>Vil du arkivere %1?

Borgeren skjules i listen, men intet slettes. Du kan fortryde med Ctrl+Z eller finde borgeren under Vis arkiverede.</source>
        <translation>Archive %1?

The citizen is hidden in the list, but nothing is deleted. You can undo with Ctrl+Z or find the citizen under Show archived.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_editing.py" line="141"/>
        <source>Arkivér borger</source>
        <translation>Archive citizen</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_editing.py" line="141"/>
        <source>Arkivér</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_editing.py" line="162"/>
        <source>%1 er arkiveret.</source>
        <translation>%1 has been archived.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_editing.py" line="162"/>
        <source>%1 er genskabt.</source>
        <translation>%1 has been restored.</translation>
    </message>
</context>
<context>
    <name>CitizenFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="102"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="100"/>
        <source>&amp;Fødselsdato eller CPR</source>
        <translation>&amp;Date of birth or CPR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="103"/>
        <source>&amp;Målgruppe</source>
        <translation>&amp;Target group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="99"/>
        <source>&amp;Navn *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="104"/>
        <source>&amp;Sagsbehandler</source>
        <translation>&amp;Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="101"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="105"/>
        <source>På &amp;kontanthjælp siden</source>
        <translation>On cash &amp;benefit since</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="131"/>
        <source>* skal udfyldes</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="163"/>
        <source>Den dag borgeren kom på ydelse. Bruges til at tælle måneder på ydelse.</source>
        <translation>The day the citizen started on benefit. Used to count months on benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="248"/>
        <source>Aktivitetsparat</source>
        <translation>Activity-ready</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="252"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="137"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="80"/>
        <source>Fornavn og efternavn</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="136"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="247"/>
        <source>Jobparat</source>
        <translation>Job-ready</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="76"/>
        <source>Ny borger</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="76"/>
        <source>Rediger borger</source>
        <translation>Edit citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="250"/>
        <source>Ressourceforløb</source>
        <translation>Resource programme</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="249"/>
        <source>Sygedagpenge</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="251"/>
        <source>Uddannelseshjælp</source>
        <translation>Education aid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="95"/>
        <source>Vælg eller skriv et navn</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="82"/>
        <source>dd-mm-åååå eller ddmmåå-xxxx</source>
        <translation>dd/mm/yyyy or ddmmyy-xxxx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="84"/>
        <source>fx 20 30 40 50</source>
        <translation>e.g. 20 30 40 50</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citizen_form.py" line="86"/>
        <source>fx navn@eksempel.dk</source>
        <translation>e.g. name@example.dk</translation>
    </message>
</context>
<context>
    <name>CitizenIndicator</name>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="56"/>
        <source>Din score for %1</source>
        <translation>Your score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="59"/>
        <source>Medarbejderens score for %1</source>
        <translation>Caseworker&apos;s score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="67"/>
        <location filename="../../ui/screens/citizen_scores.py" line="98"/>
        <source>Du</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="69"/>
        <location filename="../../ui/screens/citizen_scores.py" line="99"/>
        <source>Medarbejderen</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="92"/>
        <source>Sidste score vises, når I begge har givet en score.</source>
        <translation>The last score is shown when you have both given a score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="93"/>
        <location filename="../../ui/screens/citizen_scores.py" line="95"/>
        <source>Første gang: der er ingen tidligere score.</source>
        <translation>First time: there is no earlier score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="104"/>
        <source>Sidst: %1.</source>
        <translation>Last time: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="107"/>
        <source>Første gang (%1): %2.</source>
        <translation>First time (%1): %2.</translation>
    </message>
</context>
<context>
    <name>CitizenOverview</name>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="128"/>
        <source>Arkiveret: borgeren er ikke aktiv.</source>
        <translation>Archived: the citizen is not active.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="134"/>
        <location filename="../../ui/screens/citizen_overview.py" line="242"/>
        <source>Arkivér</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="146"/>
        <source>Borgerens faner</source>
        <translation>The citizen&apos;s tabs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="167"/>
        <source>Overblik over borgeren</source>
        <translation>Overview of the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="186"/>
        <source>Livshjulets side</source>
        <translation>The life wheel page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="232"/>
        <source>Født %1 (%2 år)</source>
        <translation>Born %1 (age %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="242"/>
        <source>Genskab</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="290"/>
        <source>Indsatser</source>
        <translation>Efforts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="188"/>
        <source>Livshjul</source>
        <translation>Life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="287"/>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="288"/>
        <source>Næste samtale</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="174"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="192"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="176"/>
        <source>Progression</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="131"/>
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="132"/>
        <source>Ret borgerens oplysninger (Ctrl+E)</source>
        <translation>Edit the citizen&apos;s details (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="238"/>
        <source>Sagsbehandler: %1</source>
        <translation>Caseworker: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="175"/>
        <source>Samtaler</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="291"/>
        <source>Seneste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="292"/>
        <source>Seneste score (borgerens)</source>
        <translation>Latest score (the citizen&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="293"/>
        <source>Skal følges op</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_overview.py" line="91"/>
        <source>Vælg en borger i listen, eller opret en ny.</source>
        <translation>Choose a citizen in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="289"/>
        <source>Åbne skridt</source>
        <translation>Open steps</translation>
    </message>
</context>
<context>
    <name>CitizenPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="52"/>
        <source>Tilføj deltagere til %1</source>
        <translation>Add participants to %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="54"/>
        <source>Tilføj borgere til kontrolgruppen i %1</source>
        <translation>Add citizens to the control group of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="57"/>
        <source>Skriv en del af navnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="58"/>
        <source>Søg efter borger</source>
        <translation>Search for a citizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="61"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="61"/>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="61"/>
        <source>I projektet</source>
        <translation>In the project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="61"/>
        <source>Arkiveret</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="71"/>
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="81"/>
        <source>Med fra dato</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="88"/>
        <source>&amp;Tilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="91"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="95"/>
        <source>&amp;Søg:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="98"/>
        <source>&amp;Med fra:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="121"/>
        <source>deltager</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="122"/>
        <source>kontrol</source>
        <translation>control</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="134"/>
        <source>arkiveret</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="151"/>
        <source>Vælg en borger i listen først.</source>
        <translation>Choose a citizen in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="156"/>
        <source>Skriv den dag, borgeren kom med.</source>
        <translation>Write the day the citizen joined.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_picker.py" line="168"/>
        <source>%1 er tilføjet (%2).</source>
        <translation>%1 has been added (%2).</translation>
    </message>
</context>
<context>
    <name>CitizenPlanView</name>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="39"/>
        <source>Dit mål</source>
        <translation>Your goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="40"/>
        <source>Dine svar</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="41"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="42"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="54"/>
        <source>Din plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="73"/>
        <source>I har ikke skrevet et mål endnu.</source>
        <translation>You have not written a goal yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="76"/>
        <source>nået</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="78"/>
        <location filename="../../ui/screens/citizen_plan_view.py" line="104"/>
        <source>senest %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="87"/>
        <source>I har ikke skrevet svar endnu.</source>
        <translation>You have not written any answers yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="90"/>
        <source>Hvad vil du nå?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="91"/>
        <source>Hvorfor er det vigtigt for dig?</source>
        <translation>Why does it matter to you?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="92"/>
        <source>Hvordan gør du det?</source>
        <translation>How will you do it?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="99"/>
        <source>Der er ingen skridt lige nu.</source>
        <translation>There are no steps right now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="114"/>
        <source>Vi har ikke sat en dato endnu. Vi ringer til dig.</source>
        <translation>We have not set a date yet. We will call you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="116"/>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_plan_view.py" line="122"/>
        <source>Tag med: %1</source>
        <translation>Bring: %1</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="188"/>
        <source>Ikke besluttet endnu</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="189"/>
        <source>Borger</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="190"/>
        <source>Sagsbehandler</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="191"/>
        <source>Mentor</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="192"/>
        <source>Virksomhed</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="193"/>
        <source>Virksomhedskonsulent</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Company consultant</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="194"/>
        <source>Andre</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>CitizenProgress</name>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="58"/>
        <source>Hver prik er en samtale. Tallene står under Samtalen.</source>
        <translation>Each dot is a meeting. The numbers are on the Meeting tab.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="94"/>
        <source>Vises, når I begge har givet en score: %1.</source>
        <translation>Shown when you have both given a score: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="107"/>
        <source>Diagram over dine tal</source>
        <translation>Chart of your scores</translation>
    </message>
</context>
<context>
    <name>CitizenScores</name>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="149"/>
        <source>Samtalen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="168"/>
        <source>Samtalen den %1</source>
        <translation>The meeting on %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_scores.py" line="170"/>
        <source>Der er ingen samtaler endnu. Tryk på Ny samtale for at begynde.</source>
        <translation>There are no meetings yet. Press New meeting to begin.</translation>
    </message>
</context>
<context>
    <name>CitizenTableModel</name>
    <message>
        <location filename="../../ui/models/citizen_table_model.py" line="128"/>
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="176"/>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="177"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="175"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="178"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="179"/>
        <source>Seneste samtale</source>
        <translation>Last meeting</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="134"/>
        <location filename="../../ui/screens/citizen_view.py" line="168"/>
        <location filename="../../ui/screens/citizen_view.py" line="170"/>
        <source>Afslut borgervisning</source>
        <translation>Leave citizen view</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="135"/>
        <source>Kun for medarbejderen. Kræver adgangskoden.</source>
        <translation>For the caseworker only. Needs the password.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="147"/>
        <location filename="../../ui/screens/citizen_view.py" line="153"/>
        <source>Livshjul</source>
        <translation>Life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="151"/>
        <source>Samtalen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="152"/>
        <source>Sådan går det</source>
        <translation>How it is going</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="154"/>
        <source>Din plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="169"/>
        <source>Kun medarbejderen kan gå tilbage. Skriv adgangskoden.</source>
        <translation>Only the caseworker can go back. Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/citizen_view.py" line="171"/>
        <source>Bliv i borgervisning</source>
        <translation>Stay in citizen view</translation>
    </message>
</context>
<context>
    <name>CompanyHours</name>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="41"/>
        <location filename="../../ui/screens/plan/company_hours.py" line="47"/>
        <source>Timer om ugen</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="45"/>
        <source>Timetallet gælder fra</source>
        <translation>The hours apply from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="48"/>
        <source>0–37</source>
        <translation>0–37</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="52"/>
        <source>Tilføj timetal</source>
        <translation>Add hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="54"/>
        <source>Ret timetal</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="55"/>
        <source>Slet timetal …</source>
        <translation>Delete hours …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="56"/>
        <source>Annuller rettelse</source>
        <translation>Cancel the edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="59"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="60"/>
        <source>timer om ugen</source>
        <translation>hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="63"/>
        <source>&lt;b&gt;Timer om ugen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hours a week&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="75"/>
        <source>fra %1: %2 timer om ugen</source>
        <translation>from %1: %2 hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="85"/>
        <source>Ingen timer skrevet endnu.</source>
        <translation>No hours written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="93"/>
        <source>tilføj timetal</source>
        <translation>add hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="96"/>
        <source>ret timetal</source>
        <translation>edit hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="53"/>
        <source>Gem timetal</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="114"/>
        <source>Vil du slette timetallet %1 timer om ugen fra %2?</source>
        <translation>Delete the hours, %1 hours a week from %2?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="118"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="122"/>
        <source>Slet timetal</source>
        <translation>Delete hours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="124"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_hours.py" line="125"/>
        <source>slet timetal</source>
        <translation>delete hours</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="84"/>
        <location filename="../../ui/screens/plan/company_section.py" line="114"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="87"/>
        <source>Virksomhedens navn</source>
        <translation>The company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="89"/>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="90"/>
        <source>8 cifre, kan udelades</source>
        <translation>8 digits, may be left out</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="92"/>
        <location filename="../../ui/screens/plan/company_section.py" line="116"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="93"/>
        <source>Kontaktperson i virksomheden</source>
        <translation>Contact person at the company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="94"/>
        <location filename="../../ui/screens/plan/company_section.py" line="118"/>
        <source>Virksomhedskonsulent</source>
        <translation>Company consultant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="96"/>
        <source>Delmål for indsatsen</source>
        <translation>Sub-goals of the effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="97"/>
        <source>Et delmål på hver linje</source>
        <translation>One sub-goal on each line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="100"/>
        <source>Gem virksomhed</source>
        <translation>Save company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="102"/>
        <location filename="../../ui/screens/plan/company_section.py" line="129"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="103"/>
        <source>Ikke afsluttet</source>
        <translation>Not ended</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="106"/>
        <source>Slutdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="108"/>
        <source>Begrundelse for resultatet</source>
        <translation>Reason for the result</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="109"/>
        <source>Hvorfor? (skal udfyldes ved stop)</source>
        <translation>Why? (required when stopped)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="110"/>
        <source>Gem resultat</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="115"/>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="117"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="119"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="167"/>
        <source>%1 – virksomheden</source>
        <translation>%1 – the company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="181"/>
        <source>Startede %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="210"/>
        <source>ret virksomhed</source>
        <translation>edit company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="225"/>
        <source>gem resultat</source>
        <translation>save result</translation>
    </message>
</context>
<context>
    <name>CompanyVisits</name>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="54"/>
        <source>Opfølgninger i virksomheden</source>
        <translation>Follow-ups at the company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="59"/>
        <source>Dato for opfølgningen</source>
        <translation>Date of the follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="61"/>
        <source>Virksomhedens vurdering</source>
        <translation>The company&apos;s view</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="62"/>
        <source>Virksomhedens vurdering af, hvordan det går med målene</source>
        <translation>The company&apos;s view of how the goals are going</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="65"/>
        <source>Noter fra opfølgningen</source>
        <translation>Notes from the follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="65"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="67"/>
        <source>Tilføj opfølgning</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="69"/>
        <source>Ret opfølgning</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="70"/>
        <source>Slet opfølgning …</source>
        <translation>Delete follow-up …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="71"/>
        <source>Annuller rettelse</source>
        <translation>Cancel the edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="74"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="81"/>
        <source>&lt;b&gt;Opfølgning i virksomheden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Follow-up at the company&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="113"/>
        <source>tilføj opfølgning i virksomheden</source>
        <translation>add follow-up at the company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="116"/>
        <source>ret opfølgning i virksomheden</source>
        <translation>edit follow-up at the company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="68"/>
        <source>Gem opfølgning</source>
        <translation>Save follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="136"/>
        <source>Vil du slette opfølgningen i virksomheden den %1?</source>
        <translation>Delete the follow-up at the company on %1?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="140"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="144"/>
        <source>Slet opfølgning</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="146"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_visits.py" line="147"/>
        <source>slet opfølgning i virksomheden</source>
        <translation>delete follow-up at the company</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="40"/>
        <location filename="../../ui/screens/plan/contacts_section.py" line="45"/>
        <source>Personer omkring borgeren</source>
        <translation>People around the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="54"/>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="55"/>
        <source>Slet …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="57"/>
        <location filename="../../ui/screens/plan/contacts_section.py" line="58"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="60"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="64"/>
        <location filename="../../ui/screens/plan/contacts_section.py" line="65"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="67"/>
        <location filename="../../ui/screens/plan/contacts_section.py" line="68"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="70"/>
        <source>Arbejdssted, fx Plejecenter Solgården</source>
        <translation>Workplace, e.g. Solgården care home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="71"/>
        <source>Arbejdssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="72"/>
        <location filename="../../ui/screens/plan/contacts_section.py" line="173"/>
        <source>Tilføj person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="73"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="138"/>
        <source>tilføj person</source>
        <translation>add person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="141"/>
        <source>ret person</source>
        <translation>edit person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="159"/>
        <source>Gem ændring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="182"/>
        <source>Vil du slette %1 fra listen?</source>
        <translation>Delete %1 from the list?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="186"/>
        <source>%1 står for %2 skridt. Skridtene bliver i planen med navnet som tekst.</source>
        <translation>%1 is responsible for %2 step(s). The steps stay in the plan, with the name as text.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="188"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="189"/>
        <source>Slet person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="189"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/contacts_section.py" line="192"/>
        <source>slet person</source>
        <translation>delete person</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <location filename="../../ui/data_rights.py" line="69"/>
        <source>Eksportér alle data</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="79"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="91"/>
        <source>Eksporterer alle data …</source>
        <translation>Exporting all data …</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="96"/>
        <source>Data kunne ikke eksporteres</source>
        <translation>The data could not be exported</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="115"/>
        <source>Borgeren er slettet for altid.</source>
        <translation>The citizen has been deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="124"/>
        <source>Ingen borgere har været uden aktivitet i %1 år.</source>
        <translation>No citizens have been without activity for %1 years.</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="130"/>
        <source>Uden aktivitet i %1 år. Overvej at slette dem:</source>
        <translation>Without activity for %1 years. Consider deleting them:</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="136"/>
        <source>Borgere uden aktivitet</source>
        <translation>Citizens without activity</translation>
    </message>
    <message>
        <location filename="../../ui/data_rights.py" line="159"/>
        <source>Data kunne ikke gemmes i %1 (%2).</source>
        <translation>The data could not be saved in %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="53"/>
        <source>dd-mm-åååå</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="60"/>
        <source>Vælg dato i kalender</source>
        <translation>Choose a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="61"/>
        <source>Vælg dato i kalender (Alt+↓)</source>
        <translation>Choose a date in the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="134"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>EffortsSection</name>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="56"/>
        <location filename="../../ui/screens/plan/efforts_section.py" line="62"/>
        <source>Indsatser</source>
        <translation>Efforts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="71"/>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="72"/>
        <source>Slet …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="74"/>
        <source>Slags indsats</source>
        <translation>Kind of effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="78"/>
        <location filename="../../ui/screens/plan/efforts_section.py" line="79"/>
        <source>Sted eller virksomhed</source>
        <translation>Place or company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="81"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="82"/>
        <source>Slutter</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="83"/>
        <source>Uden slutdato er indsatsen i gang</source>
        <translation>Without an end date, the effort is ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="84"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="88"/>
        <location filename="../../ui/screens/plan/efforts_section.py" line="89"/>
        <source>Aftalte mål for indsatsen</source>
        <translation>Agreed goals for the effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="91"/>
        <source>Resultat, når det kendes</source>
        <translation>Result, when known</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="92"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="93"/>
        <location filename="../../ui/screens/plan/efforts_section.py" line="277"/>
        <source>Tilføj indsats</source>
        <translation>Add effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="94"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="99"/>
        <source>Vælg en praktik, et løntilskud, ordinære timer eller en mentor for at se firmaet.</source>
        <translation>Choose an internship, a wage subsidy job, ordinary hours or a mentor to see the company.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="110"/>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="189"/>
        <source>i gang</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="244"/>
        <source>tilføj indsats</source>
        <translation>add effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="247"/>
        <source>ret indsats</source>
        <translation>edit effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="267"/>
        <source>Gem ændring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="287"/>
        <source>Vil du slette indsatsen «%1»?</source>
        <translation>Delete the effort “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="291"/>
        <source>Med den slettes %1 timetal og %2 opfølgninger i virksomheden.</source>
        <translation>With it go %1 hours entries and %2 follow-ups at the company.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="295"/>
        <source>%1 skridt hører til den. De bliver i planen.</source>
        <translation>%1 step(s) belong to it. They stay in the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="298"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="299"/>
        <source>Slet indsats</source>
        <translation>Delete effort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="299"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/efforts_section.py" line="302"/>
        <source>slet indsats</source>
        <translation>delete effort</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="196"/>
        <source>Indsats</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="197"/>
        <source>Periode</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="198"/>
        <source>Aftalte mål</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Agreed goals</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/translation.py" line="377"/>
        <source>Slet borger for altid</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Delete citizen permanently</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="381"/>
        <source>Alt om %1 slettes for altid. Det kan ikke fortrydes.</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Everything about %1 is deleted permanently. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="380"/>
        <source>Skriv borgerens navn for at bekræfte:</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Type the citizen&apos;s name to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="378"/>
        <source>Slet for altid</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="379"/>
        <source>Annuller</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GoalItemsSection</name>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="44"/>
        <source>Liste: %1</source>
        <translation>List: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="52"/>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="55"/>
        <source>Slet …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="58"/>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="61"/>
        <source>Opgivet</source>
        <translation>Given up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="64"/>
        <source>Åbn igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="71"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="73"/>
        <source>Skriv målet først – så hører det til målet.</source>
        <translation>Write the goal first – then this belongs to the goal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="133"/>
        <source>Vælg en linje i listen først.</source>
        <translation>Choose a line in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="141"/>
        <source>Skriv målet først, så det hører til et mål.</source>
        <translation>Write the goal first, so this belongs to a goal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="146"/>
        <source>ret %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="146"/>
        <source>tilføj %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="159"/>
        <source>Gem ændring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="175"/>
        <source>%1 nået</source>
        <translation>%1 reached</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="176"/>
        <source>%1 opgivet</source>
        <translation>%1 given up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="177"/>
        <source>%1 åbnet igen</source>
        <translation>%1 reopened</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="191"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="192"/>
        <source>Slet %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="193"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_items.py" line="195"/>
        <source>slet %1</source>
        <translation>delete %1</translation>
    </message>
</context>
<context>
    <name>GoalSection</name>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="49"/>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="53"/>
        <source>Vælg mål</source>
        <translation>Choose goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="56"/>
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="58"/>
        <source>Slags: job eller uddannelse</source>
        <translation>Kind: job or education</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="63"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="64"/>
        <source>Målet med borgerens ord</source>
        <translation>The goal in the citizen&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="66"/>
        <source>Kun hvis det skal siges anderledes</source>
        <translation>Only if it needs different wording</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="67"/>
        <source>Jobrettet formulering</source>
        <translation>Job-focused wording</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="70"/>
        <source>Kommer fra HHH</source>
        <translation>Comes from HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="75"/>
        <source>Hvorfor? (skal skrives, når et mål opgives)</source>
        <translation>Why? (required when a goal is given up)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="75"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="78"/>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="81"/>
        <source>Opgivet</source>
        <translation>Given up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="84"/>
        <source>Aktivt igen</source>
        <translation>Active again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="87"/>
        <source>Slet mål …</source>
        <translation>Delete goal …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="89"/>
        <source>Tidligere ord</source>
        <translation>Earlier words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="96"/>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="97"/>
        <source>Slags:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="98"/>
        <source>Borgerens ord:</source>
        <translation>Citizen&apos;s words:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="99"/>
        <source>Jobrettet formulering:</source>
        <translation>Job-focused wording:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="100"/>
        <source>Fra HHH:</source>
        <translation>From HHH:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="101"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="120"/>
        <source>– ikke fra et HHH –</source>
        <translation>– not from an HHH –</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="163"/>
        <source>Intet mål endnu. Skriv det med borgerens ord.</source>
        <translation>No goal yet. Write it in the citizen&apos;s words.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="170"/>
        <source>(sat %1)</source>
        <translation>(set %1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="194"/>
        <location filename="../../ui/screens/plan/goal_section.py" line="224"/>
        <source>nyt mål</source>
        <translation>new goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="205"/>
        <source>ret mål</source>
        <translation>edit goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="236"/>
        <source>mål: %1</source>
        <translation>goal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="249"/>
        <source>Vil du slette målet «%1»?</source>
        <translation>Delete the goal “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="254"/>
        <source>Skal målet bare ikke nås, så vælg Opgivet: så bliver det i historikken. Du kan fortryde med Ctrl+Z.</source>
        <translation>If the goal is just not going to be reached, choose Given up: then it stays in the history. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="257"/>
        <source>Slet mål</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="257"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/goal_section.py" line="260"/>
        <source>slet mål</source>
        <translation>delete goal</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="199"/>
        <source>Borgerens ord</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Citizen&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="200"/>
        <source>Jobrettet</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Job-focused</translation>
    </message>
</context>
<context>
    <name>HhhSection</name>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="50"/>
        <source>HHH – hvad, hvorfor, hvordan</source>
        <translation>HHH – what, why, how</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="55"/>
        <source>Vælg HHH</source>
        <translation>Choose HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="58"/>
        <source>Nyt HHH</source>
        <translation>New HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="59"/>
        <source>Slet HHH …</source>
        <translation>Delete HHH …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="60"/>
        <source>Lav et mål ud fra svaret</source>
        <translation>Make a goal from the answer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="78"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="85"/>
        <source>Tidligere svar</source>
        <translation>Earlier answers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="123"/>
        <source>Ønske fra livshjulet: %1</source>
        <translation>Wish from the life wheel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="151"/>
        <source>nyt HHH</source>
        <translation>new HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="162"/>
        <source>Vil du slette HHH-svaret «%1»?</source>
        <translation>Delete the HHH answer “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="168"/>
        <source>%1 mål kommer fra svaret. Målet bliver i planen, uden koblingen til svaret.</source>
        <translation>%1 goal(s) come from this answer. They stay in the plan, without the link to the answer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="170"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="171"/>
        <source>Slet HHH</source>
        <translation>Delete HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="171"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="174"/>
        <source>slet HHH</source>
        <translation>delete HHH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/hhh_section.py" line="186"/>
        <source>mål fra HHH</source>
        <translation>goal from HHH</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/screens/plan/widgets.py" line="207"/>
        <source>(ændret %1)</source>
        <translation>(changed %1)</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="284"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="121"/>
        <source>Borgeren vil ikke svare</source>
        <translation>The citizen does not want to answer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="155"/>
        <source>Borgerens score</source>
        <translation>Citizen&apos;s score</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="117"/>
        <source>Borgerens score for %1</source>
        <translation>Citizen&apos;s score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="129"/>
        <location filename="../../ui/screens/indicator_panel.py" line="164"/>
        <source>Det talte vi om</source>
        <translation>What we talked about</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="276"/>
        <source>Første gang: der er ingen tidligere score.</source>
        <translation>First time: there is no earlier score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="145"/>
        <source>Kun for dig. Vises aldrig for borgeren og kommer ikke med i print.</source>
        <translation>Only for you. Never shown to the citizen and never printed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="130"/>
        <source>Med borgerens egne ord. Kommer med i planen.</source>
        <translation>In the citizen&apos;s own words. Goes into the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="285"/>
        <source>Medarbejder</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="158"/>
        <source>Medarbejderens score</source>
        <translation>Caseworker&apos;s score</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="108"/>
        <source>Om spørgsmålene</source>
        <translation>About the questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="123"/>
        <source>Medarbejderens score for %1</source>
        <translation>Caseworker&apos;s score for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="143"/>
        <source>Privat note, kun for medarbejderen</source>
        <translation>Private note, for the caseworker only</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="253"/>
        <source>Skjul spørgsmål og skala</source>
        <translation>Hide questions and scale</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="253"/>
        <source>Vis spørgsmål og skala</source>
        <translation>Show questions and scale</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="292"/>
        <source>Sidst (%1):</source>
        <translation>Last time (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="279"/>
        <source>Sidste score vises, når I begge har givet en score.</source>
        <translation>The last score is shown when you have both given a score.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="138"/>
        <location filename="../../ui/screens/indicator_panel.py" line="267"/>
        <source>Skjul privat note</source>
        <translation>Hide private note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="98"/>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="102"/>
        <source>Sådan ser skalaen ud</source>
        <translation>What the scale looks like</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="250"/>
        <location filename="../../ui/screens/indicator_panel.py" line="251"/>
        <source>Til samtalen</source>
        <translation>For the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/indicator_panel.py" line="132"/>
        <location filename="../../ui/screens/indicator_panel.py" line="140"/>
        <location filename="../../ui/screens/indicator_panel.py" line="267"/>
        <source>Vis privat note</source>
        <translation>Show private note</translation>
    </message>
</context>
<context>
    <name>LifeWheelPage</name>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="533"/>
        <source>Andet …</source>
        <translation>Other …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="272"/>
        <source>Den stiplede linje viser livshjulet fra %1.</source>
        <translation>The dashed line shows the life wheel from %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="140"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="502"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="502"/>
        <source>Fjern livsområde</source>
        <translation>Remove life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="146"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="143"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="296"/>
        <source>Fungerer godt</source>
        <translation>Works well</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="159"/>
        <source>Hvordan er det?</source>
        <translation>How is it?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="295"/>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="297"/>
        <source>Jeg vil gerne ændre noget</source>
        <translation>I want a change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="175"/>
        <source>Livshjul fra samtalen:</source>
        <translation>Life wheel from the meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="106"/>
        <source>Livsområder</source>
        <translation>Life areas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="131"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="114"/>
        <source>Navn på livsområdet</source>
        <translation>Name of the life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="95"/>
        <source>Hvad betyder mest i dit liv? Tryk på »Tilføj …« og vælg et område, eller vælg »Andet …« og skriv dit eget.</source>
        <translation>What matters most in your life? Press &quot;Add …&quot; and choose an area, or choose &quot;Other …&quot; and write your own.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="120"/>
        <source>Score: hvor godt fungerer det? 0 til 10</source>
        <translation>Score: how well does it work? 0 to 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="132"/>
        <source>Ønske: hvad vil du gerne ændre?</source>
        <translation>Wish: what would you like to change?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="156"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="538"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="266"/>
        <source>Nyt livshjul med områderne fra sidst</source>
        <translation>New life wheel with last time&apos;s areas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="301"/>
        <source>Vælg de livsområder, der betyder mest for borgeren. Vælg mindst %1.</source>
        <translation>Choose the areas of life that matter most to the citizen. Choose at least %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="306"/>
        <source>Vælg mindst %1 livsområder. Der mangler %2.</source>
        <translation>Choose at least %1 areas of life. %2 more to go.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="319"/>
        <source>op fra %1</source>
        <translation>up from %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="320"/>
        <source>ned fra %1</source>
        <translation>down from %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="321"/>
        <source>som sidst</source>
        <translation>as last time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="325"/>
        <source>(nyt)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="327"/>
        <source>vil ændre</source>
        <translation>wants a change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="538"/>
        <source>Nyt livsområde</source>
        <translation>New life area</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="81"/>
        <source>Samtale</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="158"/>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="84"/>
        <location filename="../../ui/screens/life_wheel_page.py" line="268"/>
        <source>Start livshjul</source>
        <translation>Start life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="148"/>
        <source>Tag ønsket med til planen</source>
        <translation>Take the wish to the plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="136"/>
        <source>Tilføj …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="501"/>
        <source>Vil du fjerne %1 fra livshjulet?</source>
        <translation>Remove %1 from the life wheel?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="119"/>
        <source>ikke sat</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="160"/>
        <source>Ønske:</source>
        <translation>Wish:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/life_wheel_page.py" line="517"/>
        <source>Ønsket er med i planen</source>
        <translation>The wish is in the plan</translation>
    </message>
</context>
<context>
    <name>LifeWheelWidget</name>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="53"/>
        <source>Ingen livsområder endnu</source>
        <translation>No life areas yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="64"/>
        <source>Livshjul</source>
        <translation>Life wheel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="139"/>
        <source>ikke sat</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="139"/>
        <source>%1 af 10</source>
        <translation>%1 of 10</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="144"/>
        <source>op fra %1</source>
        <translation>up from %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="145"/>
        <source>ned fra %1</source>
        <translation>down from %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/life_wheel.py" line="146"/>
        <source>som sidst (%1)</source>
        <translation>as last time (%1)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="92"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="124"/>
        <source>Adgangskoden passer ikke. Prøv igen.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="85"/>
        <source>Data om borgerne er skjult.</source>
        <translation>Citizen data is hidden.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="94"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="80"/>
        <source>Programmet er låst</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <location filename="../../ui/screens/lock_screen.py" line="87"/>
        <source>Skriv adgangskoden for at fortsætte.</source>
        <translation>Enter the password to continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>DEMO – ikke rigtige borgere</source>
        <translation>DEMO – not real citizens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Om Progressionsdialog</source>
        <translation>About Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Progressionsdialog</source>
        <translation>Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Progressionsdialog %1
Samtaler, indikatorer, livshjul og plan.

Data: %2</source>
        <translation>Progressionsdialog %1
Meetings, indicators, life wheel and plan.

Data: %2</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="357"/>
        <source>&amp;Filer</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="358"/>
        <source>&amp;Rediger</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="359"/>
        <source>&amp;Borger</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="360"/>
        <source>&amp;Vis</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="361"/>
        <source>&amp;Hjælp</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="324"/>
        <source>Udskriv &amp;plan …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Print &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="325"/>
        <source>&amp;Overleveringsrapport …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Handover report …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="331"/>
        <source>&amp;Revisionslog …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Audi&amp;t log …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="332"/>
        <source>Borgere &amp;uden aktivitet …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Citizens without &amp;activity …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="333"/>
        <source>Skift a&amp;dgangskode …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Change pass&amp;word …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="334"/>
        <source>&amp;Indstillinger …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="335"/>
        <source>&amp;Lås</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="336"/>
        <source>&amp;Afslut</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="337"/>
        <source>&amp;Fortryd</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="338"/>
        <source>&amp;Gentag</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="339"/>
        <source>&amp;Søg efter borger</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="340"/>
        <source>&amp;Ny borger …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;New citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="341"/>
        <source>&amp;Rediger borger …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Edit citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="342"/>
        <source>&amp;Arkivér borger …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Archive citizen …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="376"/>
        <source>&amp;Genskab borger</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Restore citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="343"/>
        <source>Ny sa&amp;mtale</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>New &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="326"/>
        <source>&amp;Blanke ark til at udfylde hjemme …</source>
        <translation>&amp;Blank sheets to fill in at home …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="327"/>
        <source>Et tomt livshjul og HHH-spørgsmålene, som borgeren kan udfylde hjemme</source>
        <translation>An empty life wheel and the HHH questions for the citizen to fill in at home</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="344"/>
        <source>&amp;Eksportér alle data …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>E&amp;xport all data …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="345"/>
        <source>&amp;Slet for altid …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Delete permanently …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="346"/>
        <source>&amp;Borgerlisten</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Citizen list</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="347"/>
        <source>Skjul listen, så samtalen fylder hele skærmen</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Hide the list so the meeting fills the screen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="348"/>
        <source>Borger&amp;visning</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Citizen &amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="349"/>
        <source>&amp;Statistik for teamet …</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;Team statistics …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="350"/>
        <source>Tal for alle borgere, uden navne: hvem rykker sig</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Figures for all citizens, without names: who is making progress</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="351"/>
        <source>&amp;Projekter …</source>
        <translation>&amp;Projects …</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="352"/>
        <source>Projekter, kontrolgrupper og borgernes status efter 12 og 24 måneder</source>
        <translation>Projects, control groups and the citizens&apos; status after 12 and 24 months</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="356"/>
        <source>&amp;Om Progressionsdialog</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>&amp;About Progressionsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="362"/>
        <source>Værktøjslinje</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="363"/>
        <source>Lås</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="364"/>
        <source>Lås programmet</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Lock the program</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="365"/>
        <source>Lås, så ingen kan se data om borgerne. Åbn med adgangskoden</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Lock, so nobody can see data about the citizens. Open with the password</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="366"/>
        <source>Borgervisning</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Citizen view</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="367"/>
        <source>Vis kun denne borger, i stor skrift, til borgeren ved skærmen</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Show only this citizen, in large type, for the citizen at the screen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="371"/>
        <source>Ny samtale</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="372"/>
        <source>Ny samtale med borgeren</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>New meeting with the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="373"/>
        <source>Start en ny samtale i dag</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Start a new meeting today</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="374"/>
        <source>Udskriv plan</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Print plan</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="375"/>
        <source>Borgerens plan: se den, gem den eller udskriv den</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>The citizen&apos;s plan: view it, save it or print it</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="76"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="78"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="158"/>
        <source>Alt gemmes, mens du skriver.</source>
        <translation>Everything is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="254"/>
        <source>Visitationssamtale</source>
        <translation>First meeting (visitation)</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="255"/>
        <source>Opfølgningssamtale</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="256"/>
        <source>Jobsamtale</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="257"/>
        <source>Netværksmøde / rundbordssamtale</source>
        <translation>Network / round-table meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="258"/>
        <source>Samtale i virksomheden</source>
        <translation>Meeting at the company</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="259"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="60"/>
        <source>Dato for samtalen</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="193"/>
        <location filename="../../ui/screens/meeting_editor.py" line="208"/>
        <source>Datoen er ikke gemt.</source>
        <translation>The date is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="80"/>
        <source>De&amp;ltagere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="66"/>
        <source>fx borger og mentor</source>
        <translation>e.g. citizen and mentor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="67"/>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="120"/>
        <source>Indikator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="264"/>
        <source>Der er en anden samtale samme dag (%1). Det er i orden, hvis det er meningen.</source>
        <translation>There is another meeting on the same day (%1). That is fine if it is meant to be.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="172"/>
        <source>Teksten er ikke gemt.</source>
        <translation>The text is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meeting_editor.py" line="64"/>
        <source>Type samtale</source>
        <translation>Type of meeting</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="62"/>
        <source>&amp;Ny samtale</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="82"/>
        <source>Ingen samtaler endnu. Tryk på Ny samtale for at begynde.</source>
        <translation>No meetings yet. Press New meeting to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="66"/>
        <source>Samtaler</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="155"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="155"/>
        <source>Slet samtale</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="73"/>
        <source>Slet samtale …</source>
        <translation>Delete meeting …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="63"/>
        <source>Start en ny samtale i dag (Ctrl+M)</source>
        <translation>Start a new meeting today (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings_page.py" line="152"/>
        <source>Vil du slette samtalen %1?

Scorer og noter fra samtalen slettes også. Det kan ikke fortrydes.</source>
        <translation>Delete the meeting %1?

The meeting&apos;s scores and notes are deleted too. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MilestonesSection</name>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="29"/>
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="30"/>
        <source>Tilføj milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="31"/>
        <source>Hvorfor? (skal skrives, når en milepæl opgives)</source>
        <translation>Why? (required when a milestone is given up)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="34"/>
        <source>Ny milepæl, fx første aftenvagt</source>
        <translation>New milestone, e.g. first evening shift</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="35"/>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="38"/>
        <source>Milepælen: hvornår</source>
        <translation>Milestone: when</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="41"/>
        <source>Hører til delmål</source>
        <translation>Belongs to sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="44"/>
        <source>den</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="57"/>
        <source>– intet delmål –</source>
        <translation>– no sub-goal –</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="64"/>
        <source>milepæl</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/milestones_section.py" line="105"/>
        <source>Vil du slette milepælen «%1»?</source>
        <translation>Delete the milestone “%1”?</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="18"/>
        <source>Næste samtale</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="26"/>
        <source>Næste samtale: hvornår</source>
        <translation>Next meeting: when</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="28"/>
        <source>fx Jobcentret, lokale 3</source>
        <translation>e.g. the job centre, room 3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="29"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="31"/>
        <source>fx eksamensbevis, lægeerklæring</source>
        <translation>e.g. diploma, doctor&apos;s note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="32"/>
        <source>Tag med</source>
        <translation>Bring</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="33"/>
        <source>Book næste samtale</source>
        <translation>Book next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="36"/>
        <source>Hvornår:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="37"/>
        <source>Hvor:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="38"/>
        <source>Tag med:</source>
        <translation>Bring:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="44"/>
        <source>Næste samtale er ikke booket.</source>
        <translation>The next meeting is not booked.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="46"/>
        <source>Booket: %1 kl. %2</source>
        <translation>Booked: %1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/next_meeting_section.py" line="61"/>
        <source>book samtale</source>
        <translation>book meeting</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="54"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="54"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="58"/>
        <source>Borgerens status over tid</source>
        <translation>The citizen&apos;s status over time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="69"/>
        <source>Ny status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="73"/>
        <source>Statusdato</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="75"/>
        <source>Note til status</source>
        <translation>Note for the status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="76"/>
        <source>fx navnet på uddannelsen (kan udelades)</source>
        <translation>e.g. the name of the education (may be left out)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="90"/>
        <source>&amp;Gem status</source>
        <translation>&amp;Save status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="92"/>
        <source>Slet status …</source>
        <translation>Delete status …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="102"/>
        <source>Fortryd sletning</source>
        <translation>Undo the delete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="78"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="79"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="80"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="116"/>
        <source>Vælg en borger for at se og skrive status.</source>
        <translation>Choose a citizen to see and write their status.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="118"/>
        <source>Status for %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="139"/>
        <source>Skriv den dag, status gælder fra.</source>
        <translation>Write the day the status applies from.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="154"/>
        <source>Gemt: %1, %2.</source>
        <translation>Saved: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="165"/>
        <source>Vælg den status, der skal slettes.</source>
        <translation>Choose the status to delete.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="170"/>
        <source>Slet status &apos;%1&apos; fra %2? Brug det, hvis den er skrevet forkert.</source>
        <translation>Delete the status &apos;%1&apos; from %2? Use this if it was written by mistake.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="174"/>
        <source>Slet status</source>
        <translation>Delete status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="174"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="181"/>
        <source>Status slettet.</source>
        <translation>Status deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_outcomes.py" line="197"/>
        <source>Statussen er tilbage.</source>
        <translation>The status is back.</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../ui/screens/plan/owner_chooser.py" line="18"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="51"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="53"/>
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="33"/>
        <location filename="../../ui/dialogs/password_dialog.py" line="42"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="63"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="35"/>
        <source>Data om borgerne krypteres. Vælg en adgangskode, som kun du kender.</source>
        <translation>Citizen data is encrypted. Choose a password that only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="61"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="45"/>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="37"/>
        <source>Skriv adgangskoden for at åbne data.</source>
        <translation>Enter the password to open the data.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="241"/>
        <source>Skriv adgangskoden ned et sikkert sted. Glemmer du den, kan ingen åbne data igen – heller ikke support. Så må du starte forfra med en tom database.</source>
        <translation>Write the password down somewhere safe. If you forget it, nobody can open the data again – not even support. You would have to start over with an empty database.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="90"/>
        <source>Skriv adgangskoden.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="80"/>
        <source>Styrke: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="33"/>
        <source>Vælg en adgangskode</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="61"/>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="46"/>
        <source>%1, skrevet</source>
        <translation>%1, typed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="47"/>
        <source>Navn og telefon</source>
        <translation>Name and phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/company_section.py" line="61"/>
        <source>Skriv navnet</source>
        <translation>Type the name</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/translation.py" line="285"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="275"/>
        <source>Andre</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="270"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="283"/>
        <source>Gældsrådgivning</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="261"/>
        <source>Hvad vil du gerne opnå?</source>
        <translation>What would you like to achieve?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="265"/>
        <source>Hvordan kommer du derhen? Hvad er det første skridt?</source>
        <translation>How will you get there? What is the first step?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="262"/>
        <source>Hvorfor er det vigtigt for dig? Hvad vil du mærke, når du når det?</source>
        <translation>Why does it matter to you? What will you notice when you get there?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="208"/>
        <source>Uddannelse og beviser</source>
        <translation>Education and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="209"/>
        <source>Hvilken skole og uddannelse har du? Har du beviser, også fra udlandet?</source>
        <translation>What schooling and education do you have? Do you have certificates, also from abroad?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="212"/>
        <source>Erhvervserfaring</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="213"/>
        <source>Hvor har du arbejdet? Hvad var du god til?</source>
        <translation>Where have you worked? What were you good at?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="214"/>
        <source>Jobønsker</source>
        <translation>Job wishes</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="215"/>
        <source>Hvad vil du gerne arbejde med?</source>
        <translation>What would you like to work with?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="216"/>
        <source>Dansk sprog</source>
        <translation>Danish language</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="217"/>
        <source>Hvor godt taler, læser og skriver du dansk?</source>
        <translation>How well do you speak, read and write Danish?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="218"/>
        <source>Helbred</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="219"/>
        <source>Hvordan har du det? Hvad kan du, og hvad er svært?</source>
        <translation>How are you? What can you do, and what is hard?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="220"/>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="221"/>
        <source>Hvor bor du? Er det et godt sted at bo?</source>
        <translation>Where do you live? Is it a good place to live?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="222"/>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="223"/>
        <source>Får du pengene til at slå til? Har du gæld?</source>
        <translation>Does your money stretch? Do you have debts?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="224"/>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="225"/>
        <source>Hvem kan du tale med og få hjælp af?</source>
        <translation>Who can you talk to and get help from?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="226"/>
        <source>Omsorgsopgaver</source>
        <translation>Caring duties</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="227"/>
        <source>Passer du børn eller andre? Hvornår har du tid?</source>
        <translation>Do you look after children or others? When do you have time?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="228"/>
        <source>Transport og kørekort</source>
        <translation>Transport and driving licence</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="229"/>
        <source>Hvordan kommer du rundt? Har du kørekort?</source>
        <translation>How do you get around? Do you have a driving licence?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="230"/>
        <source>Digitale færdigheder</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="231"/>
        <source>Kan du bruge computer, mail og MitID?</source>
        <translation>Can you use a computer, e-mail and MitID?</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="232"/>
        <source>Ikke talt om</source>
        <translation>Not talked about</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="233"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="234"/>
        <source>Barriere</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="235"/>
        <source>Begge dele</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="267"/>
        <source>Ikke besluttet endnu</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="268"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="276"/>
        <source>Kursus</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="279"/>
        <source>Løntilskud</source>
        <translation>Wage subsidy job</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="272"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="277"/>
        <source>Mestringskursus</source>
        <translation>Coping course</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="282"/>
        <source>Misbrugsbehandling</source>
        <translation>Addiction treatment</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="280"/>
        <source>Ordinære timer</source>
        <translation>Ordinary hours</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="284"/>
        <source>Rundbordssamtale</source>
        <translation>Round-table meeting</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="271"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="281"/>
        <source>Sundhed og træning</source>
        <translation>Health and exercise</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="269"/>
        <source>Uddannelse</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="273"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="274"/>
        <source>Virksomhedskonsulent</source>
        <translation>Company consultant</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="278"/>
        <source>Virksomhedspraktik</source>
        <translation>Company internship</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="202"/>
        <source>Hvad</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="203"/>
        <source>Hvorfor</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="204"/>
        <source>Hvordan</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="205"/>
        <source>Støttekontaktperson</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Support contact person</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="206"/>
        <source>Læge</source>
        <translatorcomment>Added by hand: not seen by lupdate (translated through a variable)</translatorcomment>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_page.py" line="83"/>
        <source>Borgerens plan</source>
        <translation>The citizen&apos;s plan</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <location filename="../../ui/program_settings.py" line="32"/>
        <source>Demo-databasen har ingen adgangskode.</source>
        <translation>The demo database has no password.</translation>
    </message>
    <message>
        <location filename="../../ui/program_settings.py" line="42"/>
        <source>Adgangskoden er skiftet.</source>
        <translation>The password has been changed.</translation>
    </message>
</context>
<context>
    <name>ProgressionPage</name>
    <message>
        <location filename="../../ui/screens/progression_page.py" line="279"/>
        <source>Diagrammerne tegnes …</source>
        <translation>Drawing the charts …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progression_page.py" line="396"/>
        <source>Diagram over udviklingen</source>
        <translation>Chart of the progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progression_page.py" line="283"/>
        <source>Klik på et punkt for at åbne samtalen.</source>
        <translation>Click a point to open the meeting.</translation>
    </message>
</context>
<context>
    <name>ProjectFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="44"/>
        <source>Rediger projekt</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="44"/>
        <source>Nyt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="48"/>
        <source>fx JobStart</source>
        <translation>e.g. JobStart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="49"/>
        <source>Projektets navn</source>
        <translation>The project&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="51"/>
        <source>Projektets startdato</source>
        <translation>The project&apos;s start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="52"/>
        <source>Projektet har en &amp;kontrolgruppe</source>
        <translation>The project has a &amp;control group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="58"/>
        <source>&amp;Navn *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="59"/>
        <source>&amp;Startdato *</source>
        <translation>&amp;Start date *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="74"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="75"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project_form.py" line="90"/>
        <source>Skriv den dag, projektet begyndte.</source>
        <translation>Write the day the project began.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="112"/>
        <location filename="../../ui/dialogs/projects_dialog.py" line="183"/>
        <source>Projekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="119"/>
        <source>Projekter og påmindelser</source>
        <translation>Projects and reminders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="132"/>
        <source>Projekter og deres borgere</source>
        <translation>Projects and their citizens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="133"/>
        <source>&amp;Projekter</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="139"/>
        <location filename="../../ui/dialogs/projects_dialog.py" line="388"/>
        <source>På&amp;mindelser</source>
        <translation>&amp;Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="124"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="181"/>
        <location filename="../../ui/dialogs/projects_dialog.py" line="264"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="181"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="186"/>
        <source>&amp;Nyt projekt …</source>
        <translation>&amp;New project …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="188"/>
        <source>&amp;Ret projekt …</source>
        <translation>&amp;Edit project …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="190"/>
        <source>Slet projekt …</source>
        <translation>Delete project …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="200"/>
        <location filename="../../ui/dialogs/projects_dialog.py" line="263"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="200"/>
        <location filename="../../ui/dialogs/projects_dialog.py" line="265"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="200"/>
        <source>Med fra</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="200"/>
        <source>Seneste status</source>
        <translation>Latest status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="205"/>
        <source>Projektets borgere</source>
        <translation>The project&apos;s citizens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="212"/>
        <source>Tilføj &amp;deltagere …</source>
        <translation>Add &amp;participants …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="216"/>
        <source>Tilføj til &amp;kontrolgruppen …</source>
        <translation>Add to the &amp;control group …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="218"/>
        <source>&amp;Fjern fra projektet …</source>
        <translation>Re&amp;move from the project …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="231"/>
        <source>Fortryd fjernelsen</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="254"/>
        <source>Borgere i et projekt eller en kontrolgruppe skal have skrevet deres status 12 og 24 måneder efter, de kom med – også arkiverede borgere. Vælg en borger og skriv status til højre.</source>
        <translation>Citizens in a project or a control group need their status written 12 and 24 months after they joined – archived citizens too. Choose a citizen and write the status on the right.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="266"/>
        <source>Status ved</source>
        <translation>Status at</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="267"/>
        <source>Skulle skrives</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="273"/>
        <source>Borgere, der mangler en status</source>
        <translation>Citizens missing a status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="278"/>
        <source>Ingen mangler en status ved 12 eller 24 måneder.</source>
        <translation>Nobody is missing a status at 12 or 24 months.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="332"/>
        <source>Opret et projekt med &apos;Nyt projekt …&apos;.</source>
        <translation>Create a project with &apos;New project …&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="334"/>
        <source>%1, startede %2. %3 deltagere</source>
        <translation>%1, started %2. %3 participants</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="342"/>
        <source>, %1 i kontrolgruppen</source>
        <translation>, %1 in the control group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="346"/>
        <source>, ingen kontrolgruppe</source>
        <translation>, no control group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="362"/>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="362"/>
        <source>Kontrol</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="401"/>
        <source>%1 mdr.</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="387"/>
        <source>På&amp;mindelser (%1)</source>
        <translation>&amp;Reminders (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="475"/>
        <source>Slet projektet %1? Listen over deltagere og kontrolgruppe (%2 borgere) slettes. Borgerne og deres status bliver.</source>
        <translation>Delete the project %1? The list of participants and control group (%2 citizens) is deleted. The citizens and their status stay.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="481"/>
        <source>Slet projekt</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="481"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="507"/>
        <source>Vælg en borger i listen først.</source>
        <translation>Choose a citizen in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="511"/>
        <source>Fjern %1 fra %2? Borgerens status bliver.</source>
        <translation>Remove %1 from %2? The citizen&apos;s status stays.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="515"/>
        <source>Fjern fra projektet</source>
        <translation>Remove from the project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="515"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="523"/>
        <source>%1 er fjernet fra %2.</source>
        <translation>%1 has been removed from %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/projects_dialog.py" line="540"/>
        <source>Borgeren er med igen.</source>
        <translation>The citizen is back in.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/confirm.py" line="22"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecommendationSection</name>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="32"/>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="46"/>
        <source>Anbefalet næste skridt</source>
        <translation>Recommended next step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="37"/>
        <source>Til den næste sagsbehandler eller virksomhedskonsulent. Kun for medarbejdere: kommer med i overleveringsrapporten, men vises ikke for borgeren og kommer ikke med i borgerens plan.</source>
        <translation>For the next caseworker or company consultant. Staff only: it goes into the handover report, but is not shown to the citizen and not printed in the citizen&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="48"/>
        <source>fx Start virksomhedspraktik i ældreplejen, 12 timer om ugen</source>
        <translation>e.g. Start a company internship in elder care, 12 hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="53"/>
        <source>Slet anbefaling …</source>
        <translation>Delete recommendation …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="54"/>
        <source>Tidligere anbefalinger</source>
        <translation>Earlier recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="82"/>
        <source>Skrevet %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="84"/>
        <source>Ingen anbefaling endnu.</source>
        <translation>No recommendation yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="110"/>
        <source>Vil du slette anbefalingen fra %1?</source>
        <translation>Delete the recommendation from %1?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="115"/>
        <source>Anbefalingen fra %1 gælder så igen.</source>
        <translation>The recommendation from %1 then applies again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="118"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="119"/>
        <source>Slet anbefaling</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="119"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/recommendation_section.py" line="122"/>
        <source>slet anbefaling</source>
        <translation>delete recommendation</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../ui/screens/register.py" line="293"/>
        <source>%1 af %2 borgere</source>
        <translation>%1 of %2 citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="289"/>
        <source>%1 borgere</source>
        <translation>%1 citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="65"/>
        <location filename="../../ui/screens/register.py" line="66"/>
        <source>Ryd søgningen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="117"/>
        <source>&amp;Ny borger</source>
        <translation>&amp;New citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="289"/>
        <source>1 borger</source>
        <translation>1 citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="59"/>
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="284"/>
        <source>Der er ingen borgere endnu. Tryk på Ny borger.</source>
        <translation>There are no citizens yet. Press New citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="286"/>
        <source>Ingen borgere passer til søgningen.</source>
        <translation>No citizens match the search.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="77"/>
        <source>Liste over borgere</source>
        <translation>List of citizens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="118"/>
        <source>Opret en ny borger (Ctrl+N)</source>
        <translation>Create a new citizen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="67"/>
        <source>Søg efter borger</source>
        <translation>Search for citizen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="62"/>
        <source>Søg på navn eller fødselsdato …</source>
        <translation>Search by name or date of birth …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register.py" line="71"/>
        <source>Vis &amp;arkiverede</source>
        <translation>Show &amp;archived</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/translation.py" line="237"/>
        <source>Borgerens plan</source>
        <translation>Citizen&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="239"/>
        <source>Blanke ark til at udfylde hjemme</source>
        <translation>Blank sheets to fill in at home</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="751"/>
        <source>Gem PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="347"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="280"/>
        <source>Sprog på planen:</source>
        <translation>Language of the plan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="280"/>
        <source>Sprog på arkene:</source>
        <translation>Language of the sheets:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="309"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="315"/>
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="316"/>
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="317"/>
        <source>Forrige side (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="321"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="322"/>
        <source>Næste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="323"/>
        <source>Næste side (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="325"/>
        <source>Zoom ud</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="326"/>
        <source>Mindre (Ctrl+-)</source>
        <translation>Smaller (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="330"/>
        <source>Zoom ind</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="331"/>
        <source>Større (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="333"/>
        <source>Tilpas</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="334"/>
        <source>Tilpas til bredden</source>
        <translation>Fit to the width</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="335"/>
        <source>Hele sidens bredde i vinduet (Ctrl+0)</source>
        <translation>The page&apos;s whole width in the window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="388"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="562"/>
        <source>Side %1 af %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="717"/>
        <source>Planen er svær at læse (LIX %1). Borgeren skal kunne læse den selv.</source>
        <translation>The plan is hard to read (LIX %1). The citizen must be able to read it alone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="724"/>
        <source>Lange sætninger: %1</source>
        <translation>Long sentences: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="728"/>
        <source>Lange ord: %1</source>
        <translation>Long words: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="730"/>
        <source>Du kan stadig udskrive planen, som den er.</source>
        <translation>You can still print the plan as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="737"/>
        <source>Vent et øjeblik: PDF&apos;en bliver lavet.</source>
        <translation>Please wait: the PDF is being made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="765"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="287"/>
        <source>Lav forhåndsvisning</source>
        <translation>Make preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="687"/>
        <source>Lav igen</source>
        <translation>Make again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="353"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="238"/>
        <source>Overleveringsrapport</source>
        <translation>Handover report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="760"/>
        <source>PDF&apos;en kunne ikke gemmes: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="697"/>
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="271"/>
        <source>Tag helbred og misbrug med (kun hvis borgeren vil)</source>
        <translation>Include health and addiction (only if the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="269"/>
        <source>Tag private noter med</source>
        <translation>Include private notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="349"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="351"/>
        <source>Åbn i PDF-læser</source>
        <translation>Open in PDF viewer</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="117"/>
        <source>PDF&apos;en kunne ikke vises (%1).</source>
        <translation>The PDF could not be shown (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="159"/>
        <source>PDF&apos;en kunne ikke laves (%1).</source>
        <translation>The PDF could not be made (%1).</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../ui/widgets/save_status.py" line="32"/>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_status.py" line="35"/>
        <source>Ikke gemt: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../ui/widgets/score_selector.py" line="74"/>
        <source>ikke svaret</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/score_selector.py" line="76"/>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="66"/>
        <source>Screening – ressourcer og barrierer</source>
        <translation>Screening – resources and barriers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="79"/>
        <location filename="../../ui/screens/plan/screening_section.py" line="229"/>
        <source>Vis screeningen</source>
        <translation>Show the screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="83"/>
        <source>Ny screening</source>
        <translation>New screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="83"/>
        <source>Ny screening ud fra den sidste</source>
        <translation>New screening from the last one</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="86"/>
        <source>Begynder en ny screening med svarene fra den sidste. Den sidste bliver.</source>
        <translation>Starts a new screening with the answers from the last one. The last one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="88"/>
        <source>Slet screening …</source>
        <translation>Delete screening …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="91"/>
        <source>Ingen screening endnu. Tryk «Ny screening» for at tale om borgerens ressourcer og barrierer, område for område.</source>
        <translation>No screening yet. Press «New screening» to talk about the citizen&apos;s resources and barriers, area by area.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="122"/>
        <source>Screeningens dato</source>
        <translation>The screening&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="126"/>
        <source>Samtalen, screeningen hører til</source>
        <translation>The meeting the screening belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="133"/>
        <location filename="../../ui/screens/plan/screening_section.py" line="239"/>
        <source>Vis medarbejderens noter</source>
        <translation>Show the worker&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="139"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="140"/>
        <source>Samtale:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="154"/>
        <source>Tidligere screeninger</source>
        <translation>Earlier screenings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="213"/>
        <source>Ingen bestemt samtale</source>
        <translation>No particular meeting</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="229"/>
        <source>Skjul screeningen</source>
        <translation>Hide the screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="239"/>
        <source>Skjul medarbejderens noter</source>
        <translation>Hide the worker&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="280"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="308"/>
        <source>ny screening</source>
        <translation>new screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="321"/>
        <source>Vil du slette screeningen fra %1?</source>
        <translation>Delete the screening from %1?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="326"/>
        <source>I har talt om 1 område i den.</source>
        <translation>You talked about 1 area in it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="328"/>
        <source>I har talt om %1 områder i den.</source>
        <translation>You talked about %1 areas in it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="331"/>
        <source>De tidligere screeninger bliver.</source>
        <translation>The earlier screenings are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="333"/>
        <source>Du kan fortryde med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="335"/>
        <source>Slet screening</source>
        <translation>Delete screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="335"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="347"/>
        <source>slet screening</source>
        <translation>delete screening</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/screening_section.py" line="370"/>
        <source>screeningens dato</source>
        <translation>the screening&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="390"/>
        <source>Note, kun for dig:</source>
        <translation>Note, only for you:</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="391"/>
        <source>Kun for dig. Kommer ikke med i borgerens plan.</source>
        <translation>Only for you. Not printed in the citizen&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="392"/>
        <source>I har ikke talt om nogen områder endnu.</source>
        <translation>You have not talked about any areas yet.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="393"/>
        <source>Screenet %1.</source>
        <translation>Screened %1.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="394"/>
        <source>%1: borgerens egne ord</source>
        <translation>%1: the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="395"/>
        <source>%1: medarbejderens note, kun for medarbejderen</source>
        <translation>%1: the worker&apos;s note, for staff only</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="396"/>
        <source>Barrierer: %1.</source>
        <translation>Barriers: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="397"/>
        <source>Ressourcer: %1.</source>
        <translation>Resources: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="398"/>
        <source>Screening %1</source>
        <translation>Screening %1</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="399"/>
        <source>Note om %1: %2</source>
        <translation>Note about %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="62"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65"/>
        <source>Fx Mette Hansen</source>
        <translation>e.g. Mette Hansen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>&amp;Dit navn (i revisionsloggen):</source>
        <translation>&amp;Your name (in the audit log):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="119"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="110"/>
        <source>Følg op, når sidste samtale er ældre end:</source>
        <translation>Follow up when the last meeting is older than:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="66"/>
        <source>Dit navn (i revisionsloggen)</source>
        <translation>Your name (in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="67"/>
        <source>Lås efter minutter uden brug</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Følg op, når sidste samtale er ældre end (dage)</source>
        <translation>Follow up when the last meeting is older than (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="76"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="77"/>
        <source>Sproget skifter, når programmet startes igen.</source>
        <translation>The language changes when the program starts again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="86"/>
        <source>Scor indikatorerne mindst hver</source>
        <translation>Score the indicators at least every</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="91"/>
        <source> uger</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="94"/>
        <source>Scor hver, %1</source>
        <translation>Score every, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="99"/>
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="102"/>
        <source>Marker borgere uden virksomhedsrettet indsats efter</source>
        <translation>Mark citizens without a company-directed effort after</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="107"/>
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="112"/>
        <source>Marker borgere uden virksomhedsrettet indsats efter:</source>
        <translation>Mark citizens without a company-directed effort after:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="118"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="55"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>Lås efter:</source>
        <translation>Lock after:</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="114"/>
        <source>Statistik for teamet</source>
        <translation>Team statistics</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="117"/>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="120"/>
        <source>dd-mm-åååå</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="118"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="121"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="123"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="124"/>
        <source>Alle borgere</source>
        <translation>All citizens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="188"/>
        <source>Tal for alle borgere i databasen eller i de indlæste teamfiler. En gruppe med færre end 5 borgere vises som &apos;færre end 5&apos; og er ikke med i diagrammerne, så ingen kan genkendes.</source>
        <translation>Numbers for all citizens in the database or in the loaded team files. A group of fewer than 5 citizens is shown as &apos;fewer than 5&apos; and is left out of the charts, so nobody can be recognised.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="311"/>
        <source>%1 mod kontrolgruppen</source>
        <translation>%1 compared with the control group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="125"/>
        <source>&amp;Vis</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="134"/>
        <source>Beregner …</source>
        <translation>Calculating …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="138"/>
        <source>Beregner</source>
        <translation>Calculating</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="141"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="142"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="143"/>
        <source>&amp;Projekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="144"/>
        <source>&amp;Indlæs teamfiler …</source>
        <translation>&amp;Load team files …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="146"/>
        <source>Vis teamets tal fra de filer, kollegerne har eksporteret (uden navne)</source>
        <translation>Show the team&apos;s numbers from the files colleagues exported (without names)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="149"/>
        <source>Vis &amp;egne tal igen</source>
        <translation>Show &amp;own numbers again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="152"/>
        <source>&amp;Eksportér til teamet …</source>
        <translation>&amp;Export for the team …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="154"/>
        <source>Gem egne tal uden navne og CPR-numre, så teamlederen kan lægge dem sammen</source>
        <translation>Save your own numbers without names and CPR numbers, so the team leader can add them up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="173"/>
        <source>Tabeller og diagrammer</source>
        <translation>Tables and charts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="174"/>
        <source>Gem som &amp;PDF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="176"/>
        <source>Gem som &amp;CSV …</source>
        <translation>Save as CS&amp;V …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="178"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="341"/>
        <source>Diagram: %1 (tallene står i tabellen under)</source>
        <translation>Chart: %1 (the numbers are in the table below)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="349"/>
        <source>Ingen grupper med 5 borgere eller flere, så intet diagram. Se tabellen.</source>
        <translation>No groups with 5 citizens or more, so no chart. See the table.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="380"/>
        <source>Indlæs teamfiler</source>
        <translation>Load team files</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="382"/>
        <source>Teamfiler (*.json);;Alle filer (*)</source>
        <translation>Team files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="401"/>
        <source>Teamfil (*.json)</source>
        <translation>Team file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="419"/>
        <source>Teamfil gemt: %1 (%2 borgere, uden navne).</source>
        <translation>Team file saved: %1 (%2 citizens, without names).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="423"/>
        <source>Uden teamnøgle tæller en borger, der har skiftet medarbejder, to gange.</source>
        <translation>Without a team key, a citizen who changed caseworker counts twice.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="437"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="451"/>
        <source>Gemmer PDF …</source>
        <translation>Saving PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="454"/>
        <location filename="../../ui/dialogs/statistics_dialog.py" line="479"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="382"/>
        <source>Teamnøgle</source>
        <translation>Team key</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="383"/>
        <source>Teamets nøgle (den samme på alle computere i teamet), så en borger, der har skiftet medarbejder, tæller én gang. Lad feltet stå tomt, hvis teamet ikke har en.</source>
        <translation>The team&apos;s key (the same on every computer in the team), so a citizen who changed caseworker counts once. Leave it empty if the team has none.</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="387"/>
        <source>Tallene kunne ikke beregnes</source>
        <translation>The figures could not be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="388"/>
        <source>Teamfilen kunne ikke gemmes</source>
        <translation>The team file could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="389"/>
        <source>PDF&apos;en kunne ikke laves</source>
        <translation>The PDF could not be made</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <location filename="../../ui/screens/plan/widgets.py" line="133"/>
        <source>Hvornår skete det?</source>
        <translation>When did it happen?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/widgets.py" line="136"/>
        <source>Hvorfor?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/widgets.py" line="140"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>StepsSection</name>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="53"/>
        <location filename="../../ui/screens/plan/steps_section.py" line="60"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="58"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="58"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="58"/>
        <location filename="../../ui/screens/plan/steps_section.py" line="95"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="70"/>
        <source>Hvorfor? (skal skrives ved ikke gjort og droppet)</source>
        <translation>Why? (required for not done and dropped)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="70"/>
        <source>Skridt</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="75"/>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="76"/>
        <source>Ikke gjort</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="77"/>
        <source>Droppet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="78"/>
        <source>Åbn igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="83"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="84"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="85"/>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="86"/>
        <source>Slet …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="89"/>
        <source>Opfølgning på skridtet</source>
        <translation>Follow-up on the step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="92"/>
        <location filename="../../ui/screens/plan/steps_section.py" line="93"/>
        <source>Hvad skal der ske?</source>
        <translation>What needs to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="96"/>
        <location filename="../../ui/screens/plan/steps_section.py" line="240"/>
        <source>Tilføj skridt</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="97"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="166"/>
        <location filename="../../ui/screens/plan/steps_section.py" line="176"/>
        <source>Ny frist %1</source>
        <translation>New deadline %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="171"/>
        <source>Åbnet igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="182"/>
        <source>(samtale %1)</source>
        <translation>(meeting %1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="192"/>
        <source>Vælg et skridt i listen først.</source>
        <translation>Choose a step in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="211"/>
        <source>tilføj skridt</source>
        <translation>add step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="214"/>
        <source>ret skridt</source>
        <translation>edit step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="232"/>
        <source>Gem ændring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="249"/>
        <source>skridt: %1</source>
        <translation>step: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="262"/>
        <source>flyt skridt</source>
        <translation>move step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="273"/>
        <source>Vil du slette skridtet «%1»?</source>
        <translation>Delete the step “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="276"/>
        <source>Dets opfølgning bliver også slettet.</source>
        <translation>Its follow-up is deleted too.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="278"/>
        <source>Dets %1 opfølgninger bliver også slettet.</source>
        <translation>Its %1 follow-ups are deleted too.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="282"/>
        <source>Blev det bare ikke til noget, så vælg Droppet: så bliver det i historikken. Du kan fortryde med Ctrl+Z.</source>
        <translation>If it just did not happen, choose Dropped: then it stays in the history. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="285"/>
        <source>Slet skridt</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="285"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/steps_section.py" line="287"/>
        <source>slet skridt</source>
        <translation>delete step</translation>
    </message>
</context>
<context>
    <name>SubGoalsSection</name>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="28"/>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="42"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="29"/>
        <source>Tilføj delmål</source>
        <translation>Add sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="30"/>
        <source>Hvorfor? (skal skrives, når et delmål opgives)</source>
        <translation>Why? (required when a sub-goal is given up)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="33"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="36"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="41"/>
        <source>Nyt delmål, fx 20 timer om ugen</source>
        <translation>New sub-goal, e.g. 20 hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="44"/>
        <source>Senest</source>
        <translation>By date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="46"/>
        <source>senest</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="60"/>
        <source>flyt delmål</source>
        <translation>move sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="67"/>
        <source>delmål</source>
        <translation>sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan/sub_goals_section.py" line="102"/>
        <source>Vil du slette delmålet «%1»? Skridt og milepæle, der hører til det, bliver i planen.</source>
        <translation>Delete the sub-goal “%1”? Steps and milestones that belong to it stay in the plan.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="228"/>
        <source>Revisionsloggen er ændret</source>
        <translation>The audit log has been changed</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="245"/>
        <source>Programmet kan ikke starte</source>
        <translation>The program cannot start</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="181"/>
        <source>Revisionsloggen er ændret uden om programmet:

{problems}

Du kan arbejde videre, og intet er slettet. Kontakt support eller din databeskyttelsesrådgiver, og nævn tidspunktet. Detaljerne står i logfilen.</source>
        <translation>The audit log has been changed outside the program:

{problems}

You can go on working, and nothing has been deleted. Contact support or your data protection adviser and mention the time. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../ui/dialogs/confirm.py" line="32"/>
        <source>Noget gik galt</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="15"/>
        <source>Der skete en uventet fejl. Det du har gemt, er ikke tabt.

Prøv igen. Sker det igen, så kontakt support og nævn tidspunktet. Detaljerne står i logfilen.</source>
        <translation>An unexpected error happened. What you have saved is not lost.

Try again. If it happens again, contact support and mention the time. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="65"/>
        <source>Der er ingen hel sikkerhedskopi i {folder}. Har du en sikkerhedskopi et andet sted (fx på et netværksdrev), så kan den hentes med kommandoen: progressionsdialog restore FIL. Kontakt support, hvis du er i tvivl.</source>
        <translation>There is no whole backup in {folder}. If you have a backup somewhere else (for example on a network drive), it can be restored with the command: progressionsdialog restore FILE. Contact support if you are in doubt.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="83"/>
        <source>Vil du hente den nyeste hele sikkerhedskopi fra {date}? Den beskadigede fil gemmes først, så intet slettes.</source>
        <translation>Do you want to restore the newest whole backup, from {date}? The damaged file is kept first, so nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="89"/>
        <source>Databasen kan ikke åbnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="96"/>
        <source>Hent sikkerhedskopien</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="100"/>
        <source>Databasen er beskadiget</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="158"/>
        <source>Vil du hente den nyeste hele sikkerhedskopi fra {date}? Programmet lukker og starter igen med den. Den beskadigede fil gemmes først, så intet slettes. Det, du har skrevet siden sikkerhedskopien, er ikke med i den.</source>
        <translation>Do you want to restore the newest whole backup, from {date}? The program closes and starts again with it. The damaged file is kept first, so nothing is deleted. What you have written since the backup is not in it.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/translation.py" line="299"/>
        <source>arkivér %1</source>
        <translation>archive %1</translation>
    </message>
    <message>
        <location filename="../../ui/translation.py" line="300"/>
        <source>genskab %1</source>
        <translation>restore %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="46"/>
        <source>ret %1</source>
        <translation>edit %1</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../ui/unlock.py" line="46"/>
        <source>Adgangskoden passede ikke tre gange. Programmet lukker. Data er ikke ændret. Start igen, når du har adgangskoden.</source>
        <translation>The password was wrong three times. The program closes. No data was changed. Start again when you have the password.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51"/>
        <source>Forkert adgangskode</source>
        <translation>Wrong password</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="88"/>
        <source>Det kunne ikke lade sig gøre</source>
        <translation>It could not be done</translation>
    </message>
</context>
</TS>
