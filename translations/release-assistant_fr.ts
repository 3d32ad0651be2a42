<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnnouncePage</name>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="27"/>
        <source>Pick or start a release first: the announcements are filled from it and recorded in its journal.</source>
        <translation>Choisissez ou commencez d’abord une publication : les annonces sont remplies à partir d’elle et consignées dans son journal.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="39"/>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="44"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="48"/>
        <source>Upgrade within (days)</source>
        <translation>Mise à jour sous (jours)</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="59"/>
        <source>Release page</source>
        <translation>Page de la publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="69"/>
        <source>Highlights</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="77"/>
        <source>One line per highlight</source>
        <translation>Une ligne par point fort</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="87"/>
        <source>Upgrade deadline: %1</source>
        <translation>Date limite de mise à jour : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="100"/>
        <source>Send all…</source>
        <translation>Tout envoyer…</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="111"/>
        <source>Send the announcements?</source>
        <translation>Envoyer les annonces ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="116"/>
        <source>Every channel not sent yet posts its announcement of %1 publicly. Channels already sent are skipped.</source>
        <translation>Chaque canal pas encore envoyé publie son annonce de %1 publiquement. Les canaux déjà envoyés sont ignorés.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="171"/>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="180"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="182"/>
        <source>Already sent</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="184"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="186"/>
        <source>Uncertain: check and confirm</source>
        <translation>Incertain : vérifiez et confirmez</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="188"/>
        <source>Test sent</source>
        <translation>Test envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="190"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="222"/>
        <source>Post %1: </source>
        <translation>Message %1 : </translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="222"/>
        <source>Preview: </source>
        <translation>Aperçu : </translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="252"/>
        <source>Link of the post, if you found it</source>
        <translation>Lien du message, si vous l’avez trouvé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="255"/>
        <source>It was posted</source>
        <translation>Il a été publié</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="259"/>
        <source>It was not posted</source>
        <translation>Il n’a pas été publié</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="266"/>
        <source>Reset text</source>
        <translation>Rétablir le texte</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="271"/>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="277"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>GitHubAccountSection</name>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="17"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="40"/>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="50"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="55"/>
        <source>%1, from the %2</source>
        <translation>%1 (source : %2)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="59"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="65"/>
        <source>none reported (a fine-grained token has permissions per repository)</source>
        <translation>aucune indiquée (un jeton à granularité fine a des permissions par dépôt)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="66"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="70"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="81"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="107"/>
        <source>Fine-grained personal access token (github_pat_…)</source>
        <translation>Jeton d’accès personnel à granularité fine (github_pat_…)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="112"/>
        <source>Check and keep</source>
        <translation>Vérifier et conserver</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="120"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="130"/>
        <source>The token needs, on %1: Contents read and write (releases and assets), Actions read (runs and artifacts), Issues read and write (the release checklist).</source>
        <translation>Le jeton a besoin, sur %1, de : Contents en lecture et écriture (publications et fichiers joints), Actions en lecture (exécutions et artefacts), Issues en lecture et écriture (la liste de contrôle de la publication).</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="139"/>
        <source>OAuth app client id</source>
        <translation>Identifiant client de l’application OAuth</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="143"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="143"/>
        <source>Sign in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="36"/>
        <source>Release Assistant — %1</source>
        <translation>Assistant de publication — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37"/>
        <source>Release Assistant — %1 %2</source>
        <translation>Assistant de publication — %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="41"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="47"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="53"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="87"/>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+PgPréc)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="94"/>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+PgSuiv)</translation>
    </message>
</context>
<context>
    <name>NotesConflictView</name>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="47"/>
        <source>The draft on GitHub and these notes both changed since the last sync.</source>
        <translation>Le brouillon sur GitHub et ces notes ont tous deux changé depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="53"/>
        <source>Edit the merge below: lines between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; differ, yours first. Save it when it reads right, or keep one side whole.</source>
        <translation>Modifiez la fusion ci-dessous : les lignes entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt; diffèrent, les vôtres d’abord. Enregistrez-la quand elle vous convient, ou gardez un côté en entier.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="65"/>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="66"/>
        <source>The GitHub draft</source>
        <translation>Le brouillon GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="101"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="132"/>
        <source>Save the merge to the draft</source>
        <translation>Enregistrer la fusion dans le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="138"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="142"/>
        <source>Replace the draft with your notes.</source>
        <translation>Remplacer le brouillon par vos notes.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="145"/>
        <source>Take GitHub&apos;s</source>
        <translation>Prendre celles de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="149"/>
        <source>Load the draft into the editor; Undo brings your text back.</source>
        <translation>Charger le brouillon dans l’éditeur ; Annuler rétablit votre texte.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="156"/>
        <source>Resolve every marked difference to save.</source>
        <translation>Résolvez chaque différence marquée pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../qml/notes/NotesEditor.qml" line="63"/>
        <source>Markdown notes: Generate them, or write here</source>
        <translation>Notes en Markdown : générez-les, ou écrivez ici</translation>
    </message>
</context>
<context>
    <name>NotesFindBar</name>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="41"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="47"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="62"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="66"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="69"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="73"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="77"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="84"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesFindBar.qml" line="85"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NotesGitHubPanel</name>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="24"/>
        <source>Ask GitHub again</source>
        <translation>Redemander à GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="24"/>
        <source>Ask GitHub for its notes</source>
        <translation>Demander ses notes à GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="42"/>
        <source>GitHub generates notes for the same range without storing anything. Compare them with yours and take what you like.</source>
        <translation>GitHub génère des notes pour le même intervalle sans rien enregistrer. Comparez-les avec les vôtres et prenez ce qui vous plaît.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="61"/>
        <source>Only in ours</source>
        <translation>Seulement dans les nôtres</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="67"/>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="77"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="71"/>
        <source>Only in GitHub&apos;s</source>
        <translation>Seulement dans celles de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="82"/>
        <source>In both</source>
        <translation>Dans les deux</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="87"/>
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="96"/>
        <source>GitHub&apos;s notes</source>
        <translation>Notes de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="99"/>
        <source>Diff from ours</source>
        <translation>Différences avec les nôtres</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="127"/>
        <source>Insert all at the cursor</source>
        <translation>Tout insérer au curseur</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="127"/>
        <source>Insert the selection at the cursor</source>
        <translation>Insérer la sélection au curseur</translation>
    </message>
</context>
<context>
    <name>NotesLintPanel</name>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="26"/>
        <source>Lint</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="33"/>
        <source>Nothing to check yet.</source>
        <translation>Rien à vérifier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="35"/>
        <source>No problem found: every pull request is in the range, links and sizes are fine.</source>
        <translation>Aucun problème trouvé : chaque pull request est dans l’intervalle, les liens et les tailles sont corrects.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesLintPanel.qml" line="36"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesLintPanel.qml" line="37"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="90"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="90"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="96"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="80"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="86"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="93"/>
        <source>Save to draft</source>
        <translation>Enregistrer dans le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="101"/>
        <source>Load from draft</source>
        <translation>Charger depuis le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="107"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="114"/>
        <source>Release notes to load (Markdown, UTF-8)</source>
        <translation>Notes de version à charger (Markdown, UTF-8)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="115"/>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="115"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="120"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="133"/>
        <source>Replace the notes?</source>
        <translation>Remplacer les notes ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="139"/>
        <source>Generate writes the notes again from the commits and replaces what is in the editor, your edits included (Undo brings them back). Regenerate refreshes the generated parts and keeps your edits.</source>
        <translation>Générer réécrit les notes à partir des commits et remplace le contenu de l’éditeur, vos modifications comprises (Annuler les rétablit). Régénérer actualise les parties générées et conserve vos modifications.</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="156"/>
        <source>Write the notes from the commits of the range</source>
        <translation>Écrire les notes à partir des commits de l’intervalle</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="162"/>
        <source>Refresh the generated sections, keeping your edits (Ctrl+Shift+R)</source>
        <translation>Actualiser les sections générées en conservant vos modifications (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="170"/>
        <source>Save the notes to the draft release on GitHub, creating it if needed (Ctrl+S)</source>
        <translation>Enregistrer les notes dans le brouillon de publication sur GitHub, en le créant si besoin (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="176"/>
        <source>Load the draft&apos;s text from GitHub</source>
        <translation>Charger le texte du brouillon depuis GitHub</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="182"/>
        <source>Replace the text with a Markdown file (refused, with the line, when it is not UTF-8)</source>
        <translation>Remplacer le texte par un fichier Markdown (refusé, avec la ligne en cause, s’il n’est pas en UTF-8)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="186"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="190"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="193"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="197"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="202"/>
        <source>Find in the notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="209"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="216"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="223"/>
        <source>GitHub&apos;s notes</source>
        <translation>Notes de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="312"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/NotesPage.qml" line="314"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="315"/>
        <source>%L1 of %L2 characters</source>
        <translation>%L1 caractères sur %L2</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="316"/>
        <source>preview in %1 ms</source>
        <translation>aperçu en %1 ms</translation>
    </message>
</context>
<context>
    <name>NotesPreview</name>
    <message>
        <location filename="../qml/notes/NotesPreview.qml" line="30"/>
        <source>The notes as GitHub will show them appear here as you type.</source>
        <translation>Les notes telles que GitHub les affichera apparaissent ici pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>NotesRangeBar</name>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="19"/>
        <source>Clone</source>
        <translation>Clone</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="28"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="32"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="41"/>
        <source>no tag</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="44"/>
        <source>Start: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="47"/>
        <source>to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>NotesRevisionsPanel</name>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="35"/>
        <source>No revision yet: each save to the draft, load or merge keeps one here.</source>
        <translation>Aucune révision pour l’instant : chaque enregistrement dans le brouillon, chargement ou fusion en conserve une ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="36"/>
        <source>%n revision(s) kept in the journal</source>
        <translation>
            <numerusform>%n révision conservée dans le journal</numerusform>
            <numerusform>%n révisions conservées dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="72"/>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="73"/>
        <source>loaded from GitHub</source>
        <translation>chargée depuis GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="74"/>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="96"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="107"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="118"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="126"/>
        <source>#%1 → #%2: %3 added, %4 removed</source>
        <translation>n°%1 → n°%2 : %3 ajouts, %4 suppressions</translation>
    </message>
</context>
<context>
    <name>NotesRunner</name>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="36"/>
        <source>release-assistant-cli notes save --release %1 &lt;file&gt; (or step 4 in the app)</source>
        <translation>release-assistant-cli notes save --release %1 &lt;fichier&gt; (ou l’étape 4 dans l’application)</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="40"/>
        <source>No notes of %1 were saved to the draft yet: a maintainer writes and reviews them.</source>
        <translation>Aucune note de %1 n’a encore été enregistrée dans le brouillon : un mainteneur les rédige et les relit.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="45"/>
        <source>The notes of %1 were edited after revision %2 was saved to the draft: save them, or discard the edit.</source>
        <translation>Les notes de %1 ont été modifiées après l’enregistrement de la révision %2 dans le brouillon : enregistrez-les, ou abandonnez la modification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/notesrunner.cpp" line="57"/>
        <source>The notes saved as revision %1 have %n lint error(s); the first, line %2: %3</source>
        <translation>
            <numerusform>Les notes enregistrées comme révision %1 ont %n erreur de contrôle ; la première, ligne %2 : %3</numerusform>
            <numerusform>Les notes enregistrées comme révision %1 ont %n erreurs de contrôle ; la première, ligne %2 : %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="65"/>
        <source>Checking that the draft of %1 holds the saved notes needs a GitHub token.</source>
        <translation>Vérifier que le brouillon de %1 contient les notes enregistrées nécessite un jeton GitHub.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="66"/>
        <source>Export GITHUB_TOKEN, then run again.</source>
        <translation>Exportez GITHUB_TOKEN, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="77"/>
        <source>Check the connection and the token, then run again.</source>
        <translation>Vérifiez la connexion et le jeton, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="81"/>
        <source>There is no draft release of %1 on GitHub: the notes saved before are not in it.</source>
        <translation>Il n’y a pas de brouillon de publication de %1 sur GitHub : les notes enregistrées auparavant n’y sont pas.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="85"/>
        <source>The draft of %1 no longer holds the notes saved as revision %2: it was edited on GitHub since.</source>
        <translation>Le brouillon de %1 ne contient plus les notes enregistrées comme révision %2 : il a été modifié sur GitHub depuis.</translation>
    </message>
    <message>
        <location filename="../src/release/notesrunner.cpp" line="93"/>
        <source>The journal refused to record step 4: %1</source>
        <translation>Le journal a refusé d’enregistrer l’étape 4 : %1</translation>
    </message>
</context>
<context>
    <name>NotesStep</name>
    <message>
        <location filename="../src/release/notesstep.cpp" line="140"/>
        <source>The draft was edited on GitHub: the notes need a merge</source>
        <translation>Le brouillon a été modifié sur GitHub : les notes doivent être fusionnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/notesstep.cpp" line="143"/>
        <source>The notes are in the draft with %n lint error(s)</source>
        <translation>
            <numerusform>Les notes sont dans le brouillon avec %n erreur de contrôle</numerusform>
            <numerusform>Les notes sont dans le brouillon avec %n erreurs de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="145"/>
        <source>The notes are in the draft</source>
        <translation>Les notes sont dans le brouillon</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="157"/>
        <source>no clone: pull requests and commits are not checked against the release range</source>
        <translation>pas de clone : les pull requests et les commits ne sont pas vérifiés par rapport à la plage de la publication</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="176"/>
        <source>no release tag older than %1 in the clone: the range is not checked</source>
        <translation>aucune étiquette de publication antérieure à %1 dans le clone : la plage n’est pas vérifiée</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="213"/>
        <source>A conflict marker is left from a merge: keep the text the draft must hold and remove the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines.</source>
        <translation>Un marqueur de conflit reste d’une fusion : gardez le texte que le brouillon doit contenir et supprimez les lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= et &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/notesstep.cpp" line="260"/>
        <source>The notes have %n lint error(s): nothing was sent to GitHub.</source>
        <translation>
            <numerusform>Les notes ont %n erreur de contrôle : rien n’a été envoyé à GitHub.</numerusform>
            <numerusform>Les notes ont %n erreurs de contrôle : rien n’a été envoyé à GitHub.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="261"/>
        <source>Fix each error at its line, then save again.</source>
        <translation>Corrigez chaque erreur à sa ligne, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="276"/>
        <source>The journal refused to keep the notes: %1</source>
        <translation>Le journal a refusé de conserver les notes : %1</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="277"/>
        <source>Nothing was sent. Check that the journal&apos;s folder is writable, then save again.</source>
        <translation>Rien n’a été envoyé. Vérifiez que le dossier du journal est accessible en écriture, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="299"/>
        <source>Nothing was overwritten. Fix what the message says (the connection, the token), then save again.</source>
        <translation>Rien n’a été écrasé. Corrigez ce que dit le message (la connexion, le jeton), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="313"/>
        <source>Created the draft release %1 with the notes.</source>
        <translation>Brouillon de publication %1 créé avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="316"/>
        <source>Saved the notes to the draft of %1.</source>
        <translation>Notes enregistrées dans le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="319"/>
        <source>The draft of %1 already holds these notes.</source>
        <translation>Le brouillon de %1 contient déjà ces notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="322"/>
        <source>The draft of %1 was edited on GitHub and the notes had not changed since the last sync: the draft&apos;s text is the notes now.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes n’avaient pas changé depuis la dernière synchronisation : le texte du brouillon est désormais celui des notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="328"/>
        <source>The draft of %1 was edited on GitHub and the notes changed too since the last sync: nothing was saved.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes ont aussi changé depuis la dernière synchronisation : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="331"/>
        <source>Merge both versions into the notes, then save again: the edited notes are taken as your merge of this draft.</source>
        <translation>Fusionnez les deux versions dans les notes, puis enregistrez à nouveau : les notes modifiées sont prises comme votre fusion de ce brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="365"/>
        <source>Check the connection and the token, then try again.</source>
        <translation>Vérifiez la connexion et le jeton, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="371"/>
        <source>Release %1 is already published; its notes are no longer a draft.</source>
        <translation>La version %1 est déjà publiée ; ses notes ne sont plus un brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="399"/>
        <source>Would create the draft release %1 with the notes.</source>
        <translation>Créerait le brouillon de publication %1 avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="405"/>
        <source>Would save the notes to the draft of %1.</source>
        <translation>Enregistrerait les notes dans le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="408"/>
        <source>The draft of %1 already holds these notes: nothing would be sent.</source>
        <translation>Le brouillon de %1 contient déjà ces notes : rien ne serait envoyé.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="411"/>
        <source>The draft of %1 was edited on GitHub and the notes had not changed since the last sync: its text would be loaded, nothing sent.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes n’avaient pas changé depuis la dernière synchronisation : son texte serait chargé, rien ne serait envoyé.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="417"/>
        <source>The draft of %1 was edited on GitHub and the notes changed too: nothing would be sent.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes ont aussi changé : rien ne serait envoyé.</translation>
    </message>
</context>
<context>
    <name>NotesWorkbench</name>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="20"/>
        <source>Choose the local clone the notes are generated from.</source>
        <translation>Choisissez le clone local à partir duquel les notes sont générées.</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="48"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="53"/>
        <source>the previous tag (this is a pre-release)</source>
        <translation>l’étiquette précédente (ceci est une préversion)</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="54"/>
        <source>the previous final release</source>
        <translation>la version finale précédente</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="57"/>
        <source>No release tag older than %1 was found in the clone: pick where the notes start.</source>
        <translation>Aucune étiquette de version antérieure à %1 n’a été trouvée dans le clone : choisissez où commencent les notes.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="34"/>
        <source>Where the packages come from</source>
        <translation>Provenance des paquets</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="43"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="50"/>
        <source>CI attaches them to the draft: verify it</source>
        <translation>La CI les joint au brouillon : le vérifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="57"/>
        <source>Attach the CI artifacts here</source>
        <translation>Joindre ici les artefacts de la CI</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="65"/>
        <source>Release</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="70"/>
        <source>none picked</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="70"/>
        <source>the draft of %1 on %2</source>
        <translation>le brouillon de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="77"/>
        <source>Tagged commit</source>
        <translation>Commit étiqueté</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="84"/>
        <source>the commit the build ran on</source>
        <translation>le commit sur lequel la construction a tourné</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="95"/>
        <source>CI run id</source>
        <translation>Identifiant de l’exécution CI</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="102"/>
        <source>optional: found from the commit when empty</source>
        <translation>facultatif : déduit du commit s’il est vide</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="110"/>
        <source>Also attach SHA256SUMS</source>
        <translation>Joindre aussi SHA256SUMS</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="122"/>
        <source>Verify the draft</source>
        <translation>Vérifier le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="123"/>
        <source>Download, check and attach</source>
        <translation>Télécharger, vérifier et joindre</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="136"/>
        <source>Show the requests</source>
        <translation>Afficher les requêtes</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="153"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="162"/>
        <source>Packages (%1)</source>
        <translation>Paquets (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="169"/>
        <source>The playbook expects no package: every .deb artifact of the run is attached.</source>
        <translation>Le playbook n’attend aucun paquet : chaque artefact .deb de l’exécution est joint.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="222"/>
        <source>%1 %2 (%3) · %4</source>
        <translation>%1 %2 (%3) · %4</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="245"/>
        <source>sha256 %1</source>
        <translation>sha256 %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="266"/>
        <source>Assets on the draft that are not expected</source>
        <translation>Fichiers joints au brouillon qui ne sont pas attendus</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="278"/>
        <source>The requests it would send (nothing was sent)</source>
        <translation>Les requêtes qui seraient envoyées (rien n’a été envoyé)</translation>
    </message>
</context>
<context>
    <name>PackagesRunner</name>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="43"/>
        <source>GitHub refuses artifact downloads and uploads without a token.</source>
        <translation>GitHub refuse sans jeton les téléchargements d’artefacts et les envois.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="44"/>
        <source>Export GITHUB_TOKEN, then run again.</source>
        <translation>Exportez GITHUB_TOKEN, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="60"/>
        <source>No signed-off commit: the CI run of the packages is unknown.</source>
        <translation>Aucun commit validé : l’exécution CI qui a produit les paquets est inconnue.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="61"/>
        <source>Sign off step 1 first.</source>
        <translation>Validez d’abord l’étape 1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="80"/>
        <source>Check the release workflow&apos;s run on GitHub, then run again.</source>
        <translation>Vérifiez l’exécution du workflow de publication sur GitHub, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="81"/>
        <source>Fix what the message says, then run again: nothing is uploaded twice.</source>
        <translation>Corrigez ce que signale le message, puis relancez : rien n’est envoyé deux fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/packagesrunner.cpp" line="83"/>
        <source>The draft holds the %n expected package(s).</source>
        <translation>
            <numerusform>Le brouillon contient %n paquet attendu.</numerusform>
            <numerusform>Le brouillon contient les %n paquets attendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/packagesrunner.cpp" line="84"/>
        <source>%n package(s) attached to the draft.</source>
        <translation>
            <numerusform>%n paquet joint au brouillon.</numerusform>
            <numerusform>%n paquets joints au brouillon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonStepRunner</name>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="33"/>
        <source>A maintainer signs off the staging checks of %1 (or overrides them with a reason).</source>
        <translation>Un mainteneur valide les vérifications en préproduction de %1 (ou passe outre en donnant une raison).</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="34"/>
        <source>the candidate commit</source>
        <translation>le commit candidat</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="35"/>
        <source>Step 1 in the app, or: release-assistant-cli staging check --commit %1 --release %2</source>
        <translation>Étape 1 dans l’application, ou : release-assistant-cli staging check --commit %1 --release %2</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="40"/>
        <source>A maintainer reviews the scoring-table change set of %1, then applies it or schedules it for the publication.</source>
        <translation>Un mainteneur relit l’ensemble de modifications de la table de notation pour %1, puis l’applique ou le programme pour la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="43"/>
        <source>Step 3 in the app, or: release-assistant-cli table add|apply</source>
        <translation>Étape 3 dans l’application, ou : release-assistant-cli table add|apply</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="46"/>
        <source>A maintainer writes and reviews the release notes of %1 and saves them to the draft.</source>
        <translation>Un mainteneur rédige et relit les notes de version de %1, puis les enregistre dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="47"/>
        <source>Step 4 in the app; release-assistant-cli notes generate --tag %1 drafts them.</source>
        <translation>Étape 4 dans l’application ; release-assistant-cli notes generate --tag %1 en produit un premier jet.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="49"/>
        <source>The packages of %1 are attached to the draft.</source>
        <translation>Les paquets de %1 sont joints au brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="50"/>
        <source>Step 5 in the app, or: release-assistant-cli packages attach --release %1</source>
        <translation>Étape 5 dans l’application, ou : release-assistant-cli packages attach --release %1</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="54"/>
        <source>A maintainer publishes %1.</source>
        <translation>Un mainteneur publie %1.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="55"/>
        <source>Step 6 in the app, or: release-assistant-cli review status|approve|publish --release %1</source>
        <translation>Étape 6 dans l’application, ou : release-assistant-cli review status|approve|publish --release %1</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="58"/>
        <source>The community manager announces %1.</source>
        <translation>Le responsable de la communauté annonce %1.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="59"/>
        <source>Step 7 in the app, or: release-assistant-cli announce send --release %1</source>
        <translation>Étape 7 dans l’application, ou : release-assistant-cli announce send --release %1</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="15"/>
        <location filename="../qml/ProjectPicker.qml" line="28"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="17"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="19"/>
        <source>Clone: %1
Playbook: %2</source>
        <translation>Clone : %1
Playbook : %2</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="50"/>
        <source>The folder of the project&apos;s git clone</source>
        <translation>Le dossier du clone git du projet</translation>
    </message>
</context>
<context>
    <name>PublishRunner</name>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="36"/>
        <source>Publishing needs a GitHub token with write access.</source>
        <translation>La publication nécessite un jeton GitHub avec accès en écriture.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="37"/>
        <source>Export GITHUB_TOKEN, then run again.</source>
        <translation>Exportez GITHUB_TOKEN, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="63"/>
        <source>%1 is published.</source>
        <translation>%1 est publiée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/publishrunner.cpp" line="68"/>
        <source>%n approval(s) of the exact notes are missing.</source>
        <translation>
            <numerusform>%n approbation des notes exactes manque.</numerusform>
            <numerusform>%n approbations des notes exactes manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="69"/>
        <source>Changes were requested by %1.</source>
        <translation>Des modifications ont été demandées par %1.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="71"/>
        <source>Approved by %1.</source>
        <translation>Approuvée par %1.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="74"/>
        <source>Reviewers approve with: release-assistant-cli review approve --release %1 (or the app&apos;s step 6).</source>
        <translation>Les relecteurs approuvent avec : release-assistant-cli review approve --release %1 (ou l’étape 6 de l’application).</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="105"/>
        <source>The release is published. Run again to retry only the scoring-table change.</source>
        <translation>La version est publiée. Relancez pour ne retenter que la modification de la table de notation.</translation>
    </message>
</context>
<context>
    <name>ReleasePicker</name>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="15"/>
        <source>Release:</source>
        <translation>Publication :</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="23"/>
        <source>No release yet</source>
        <translation>Aucune publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="26"/>
        <source>Current release</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="32"/>
        <source>New version, e.g. 1.4.0</source>
        <translation>Nouvelle version, p. ex. 1.4.0</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="33"/>
        <source>Version of a new release</source>
        <translation>Version d’une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="38"/>
        <source>Start release</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>ReleasePlanner</name>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="45"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="74"/>
        <source>%1 %2 was started on %3 and its outcome is unknown: reconcile it first</source>
        <translation>%1 %2 a été lancé le %3 et son résultat est inconnu : établissez-le d’abord</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="115"/>
        <source>No candidate commit: open the project&apos;s clone so the commit can be found.</source>
        <translation>Aucun commit candidat : ouvrez le clone du projet pour que le commit puisse être trouvé.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="119"/>
        <source>list the workflow runs of %1 (%2 must succeed)</source>
        <translation>lister les exécutions de workflow de %1 (réussite requise : %2)</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="121"/>
        <source>list the package artifacts of the %1 run</source>
        <translation>lister les artefacts de paquets de l’exécution %1</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="128"/>
        <source>ask %1 what it runs and whether it is healthy</source>
        <translation>demander à %1 ce qu’il exécute et s’il est en bonne santé</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="134"/>
        <source>A maintainer signs off the staging checks (or overrides them with a reason).</source>
        <translation>Un mainteneur valide les vérifications en préproduction (ou passe outre en donnant une raison).</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="143"/>
        <source>Open the project&apos;s clone: the tag is made there.</source>
        <translation>Ouvrez le clone du projet : l’étiquette y est créée.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="173"/>
        <source>the playbook lists no scoring table</source>
        <translation>le playbook ne mentionne aucune table de notation</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="180"/>
        <source>an SQL file</source>
        <translation>un fichier SQL</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="182"/>
        <source>insert the %1 row into %2</source>
        <translation>insérer la ligne %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="186"/>
        <source>set replaced_on of the previous stable %1 row</source>
        <translation>renseigner replaced_on de la ligne %1 stable précédente</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="189"/>
        <source>A maintainer reviews the change set before it is applied or scheduled for publication.</source>
        <translation>Un mainteneur relit l’ensemble de modifications avant qu’il soit appliqué ou programmé pour la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="197"/>
        <source>read the commits and pull requests since the previous %1 tag</source>
        <translation>lire les commits et les pull requests depuis l’étiquette de la %1 précédente</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="198"/>
        <source>release</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="198"/>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="204"/>
        <source>find the draft release of %1</source>
        <translation>trouver le brouillon de publication de %1</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="206"/>
        <source>save the notes to the draft (created with POST when CI made none)</source>
        <translation>enregistrer les notes dans le brouillon (créé par POST si la CI n’en a pas créé)</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="219"/>
        <source>verify that CI attached %1 to the draft</source>
        <translation>vérifier que la CI a joint %1 au brouillon</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="223"/>
        <source>download the %1 artifacts</source>
        <translation>télécharger les artefacts de %1</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="225"/>
        <source>upload %1 to the draft (once)</source>
        <translation>envoyer %1 vers le brouillon (une seule fois)</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="238"/>
        <source>read the verdicts on the tracking issue of %1</source>
        <translation>lire les verdicts sur le ticket de suivi de %1</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="240"/>
        <source>publish the draft once approved</source>
        <translation>publier le brouillon une fois approuvé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/releaseplanner.cpp" line="247"/>
        <source>%n approval(s) of the exact notes, from %1</source>
        <translation>
            <numerusform>%n approbation des notes exactes, de la part de %1</numerusform>
            <numerusform>%n approbations des notes exactes, de la part de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="248"/>
        <source>anyone with push access</source>
        <translation>toute personne ayant le droit de pousser</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="259"/>
        <source>post the announcement of %1 on %2 (%3)</source>
        <translation>publier l’annonce de %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="263"/>
        <source>the playbook lists no announcement channel</source>
        <translation>le playbook ne mentionne aucun canal d’annonce</translation>
    </message>
</context>
<context>
    <name>ReleaseRunner</name>
    <message>
        <location filename="../src/release/releaserunner.cpp" line="91"/>
        <source>would run</source>
        <translation>serait exécutée</translation>
    </message>
    <message>
        <location filename="../src/release/releaserunner.cpp" line="104"/>
        <source>This front end has no runner for step %1 (%2).</source>
        <translation>Cette interface ne sait pas exécuter l’étape %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ReviewPublishPage</name>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="34"/>
        <source>Pick a release to review.</source>
        <translation>Choisissez une publication à relire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="35"/>
        <source>The draft of %1 on %2</source>
        <translation>Le brouillon de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="47"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="47"/>
        <source>Read the draft</source>
        <translation>Lire le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="70"/>
        <source>Read the draft to see what the reviewers approve: its digest (a fingerprint of the version, the notes and the assets), the notes as GitHub renders them, and every verdict on the release tracking issue. Changing one character of the notes needs new approvals; Publish stays locked until enough approvers approved this very content.</source>
        <translation>Lisez le brouillon pour voir ce que les relecteurs approuvent : son empreinte (calculée sur la version, les notes et les fichiers joints), les notes telles que GitHub les affiche, et chaque verdict sur le ticket de suivi de la publication. Changer un seul caractère des notes exige de nouvelles approbations ; Publier reste verrouillé tant que suffisamment d’approbateurs n’ont pas approuvé ce contenu précis.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="81"/>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="92"/>
        <source>Assets</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="96"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="100"/>
        <source>Tracking issue</source>
        <translation>Ticket de suivi</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="104"/>
        <source>#%1: %2</source>
        <translation>n°%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="105"/>
        <source>none yet: the first verdict creates it</source>
        <translation>aucun pour l’instant : le premier verdict le créera</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="129"/>
        <source>The release notes as GitHub shows them</source>
        <translation>Les notes de version telles que GitHub les affiche</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="138"/>
        <source>Since your last approval</source>
        <translation>Depuis votre dernière approbation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="145"/>
        <source>You have not approved this release from this computer yet.</source>
        <translation>Vous n’avez pas encore approuvé cette publication depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="146"/>
        <source>You approved exactly this content.</source>
        <translation>Vous avez approuvé exactement ce contenu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="147"/>
        <source>The content changed: %1 line(s) added, %2 removed in the notes (assets or version may differ too).</source>
        <translation>Le contenu a changé : %1 ligne(s) ajoutée(s), %2 supprimée(s) dans les notes (les fichiers joints ou la version peuvent aussi différer).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="160"/>
        <source>Approvals: %1 of %2 required</source>
        <translation>Approbations : %1 sur %2 requises</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="189"/>
        <source>%1 approved</source>
        <translation>%1 a approuvé</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="190"/>
        <source>%1 asked for changes</source>
        <translation>%1 a demandé des modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="195"/>
        <source>stale: earlier content</source>
        <translation>périmé : contenu antérieur</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="210"/>
        <source>Approve this content</source>
        <translation>Approuver ce contenu</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="216"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="230"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="242"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="252"/>
        <source>Say what must change. Your comment is posted on the tracking issue for this exact content.</source>
        <translation>Dites ce qui doit changer. Votre commentaire est publié sur le ticket de suivi pour ce contenu précis.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="260"/>
        <source>The upgrade section is missing…</source>
        <translation>La section sur la mise à jour manque…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="271"/>
        <source>Publish %1?</source>
        <translation>Publier %1 ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="280"/>
        <source>The draft becomes public with the notes and assets the reviewers approved (digest %1). This cannot be undone.</source>
        <translation>Le brouillon devient public avec les notes et les fichiers joints approuvés par les relecteurs (empreinte %1). Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="287"/>
        <source>It is marked as a pre-release.</source>
        <translation>Elle est marquée comme préversion.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="287"/>
        <source>It is a final release (not a pre-release).</source>
        <translation>C’est une version finale (pas une préversion).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="294"/>
        <source>It becomes the latest release: new installations use it at once.</source>
        <translation>Elle devient la dernière version : les nouvelles installations l’utilisent aussitôt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="295"/>
        <source>It does not become the latest release.</source>
        <translation>Elle ne devient pas la dernière version.</translation>
    </message>
</context>
<context>
    <name>ScheduledScoring</name>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="83"/>
        <source>An apply of the scoring-table change for %1 started on %2 and its outcome was never recorded, and its record cannot be read: %3</source>
        <translation>Une application de la modification de la table de notation pour %1 a commencé le %2 sans que son résultat soit jamais consigné, et son enregistrement est illisible : %3</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="86"/>
        <source>Open step 3 and read the table to see whether it lists %1.</source>
        <translation>Ouvrez l’étape 3 et lisez la table pour voir si %1 y est inscrite.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="98"/>
        <source>Checking whether the interrupted apply of the change for %1 went through</source>
        <translation>Vérification de l’aboutissement de l’application interrompue de la modification pour %1</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="111"/>
        <source>The scoring-table change scheduled for %1 cannot be read: %2</source>
        <translation>La modification de la table de notation programmée pour %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="112"/>
        <source>Open step 3, review the change again and schedule or apply it there.</source>
        <translation>Ouvrez l’étape 3, relisez la modification, puis programmez-la ou appliquez-la depuis cette étape.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="115"/>
        <source>The release journal is not open, so the scoring-table change scheduled for %1 was not applied (it could not be recorded).</source>
        <translation>Le journal des publications n’est pas ouvert ; la modification de la table de notation programmée pour %1 n’a donc pas été appliquée (elle n’aurait pas pu être consignée).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="118"/>
        <location filename="../src/release/scheduledscoring.cpp" line="141"/>
        <source>Check the journal, then run it again; the schedule is kept.</source>
        <translation>Vérifiez le journal, puis relancez ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="121"/>
        <source>The publication time of %1 is not known, so the scheduled scoring-table change was not applied (released_on would be a guess).</source>
        <translation>L’heure de publication de %1 est inconnue ; la modification programmée de la table de notation n’a donc pas été appliquée (released_on serait une supposition).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="124"/>
        <source>Run it again once GitHub shows the release as published; the schedule is kept.</source>
        <translation>Relancez une fois que GitHub affiche la version comme publiée ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="138"/>
        <source>The release journal refused the record, so the scoring-table change scheduled for %1 was not applied: %2</source>
        <translation>Le journal des publications a refusé l’enregistrement ; la modification de la table de notation programmée pour %1 n’a donc pas été appliquée : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="146"/>
        <source>Applying the scoring-table change scheduled for the publication of %1</source>
        <translation>Application de la modification de la table de notation programmée pour la publication de %1</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="180"/>
        <source>its publication</source>
        <translation>sa publication</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="183"/>
        <source>The scoring table lists %1 from its publication time, %2.</source>
        <translation>La table de notation inscrit %1 à partir de son heure de publication (%2).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="187"/>
        <source>The scoring table already lists %1 from %2: the interrupted apply went through.</source>
        <translation>La table de notation inscrit déjà %1 à partir de %2 : l’application interrompue a abouti.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="189"/>
        <source>The scoring table already lists %1 from %2; nothing was written.</source>
        <translation>La table de notation inscrit déjà %1 à partir de %2 ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="192"/>
        <source>The scoring-table change scheduled for %1 was not applied: %2</source>
        <translation>La modification de la table de notation programmée pour %1 n’a pas été appliquée : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="194"/>
        <source>The table changed since the change was reviewed. Open step 3, read the table again and review the change anew; the schedule is kept.</source>
        <translation>La table a changé depuis la relecture de la modification. Ouvrez l’étape 3, relisez la table, puis relisez la modification ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="196"/>
        <source>The schedule is kept: run it again once the scoring database can be reached with the right password.</source>
        <translation>La programmation est conservée : relancez une fois que la base de notation est joignable avec le bon mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="207"/>
        <source>The journal could not record the result: %1</source>
        <translation>Le journal n’a pas pu consigner le résultat : %1</translation>
    </message>
</context>
<context>
    <name>ScoringChangeSet</name>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="19"/>
        <source>What this release adds</source>
        <translation>Ce que cette publication ajoute</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="29"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="35"/>
        <source>e.g. 1.4.0, as the node reports it</source>
        <translation>p. ex. 1.4.0, tel que le nœud l’annonce</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="39"/>
        <source>Released on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="47"/>
        <source>When the release becomes installable (its publish time), UTC. Nodes that upgrade earlier are scored “other”.</source>
        <translation>Quand la version devient installable (son heure de publication), en UTC. Les nœuds mis à jour plus tôt sont notés « other ».</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="52"/>
        <source>Also retire open pre-releases</source>
        <translation>Retirer aussi les préversions ouvertes</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="56"/>
        <source>For a final release: give nodes still on a release candidate the usual grace period instead of leaving them valid indefinitely.</source>
        <translation>Pour une version finale : accorder aux nœuds encore sur une version candidate le délai de grâce habituel au lieu de les laisser valides indéfiniment.</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="103"/>
        <source>Apply to database</source>
        <translation>Appliquer à la base</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="104"/>
        <source>Apply and save</source>
        <translation>Appliquer et enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="104"/>
        <source>Apply to rows</source>
        <translation>Appliquer aux lignes</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="109"/>
        <source>SQL…</source>
        <translation>SQL…</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="113"/>
        <source>The same change as SQL, to run by hand or keep with the release.</source>
        <translation>La même modification en SQL, à exécuter à la main ou à conserver avec la publication.</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="118"/>
        <source>Cancel schedule</source>
        <translation>Annuler la programmation</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="118"/>
        <source>Apply at publish</source>
        <translation>Appliquer à la publication</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="121"/>
        <source>Apply this change set to the scoring database when the release is published (step 6).</source>
        <translation>Appliquer cet ensemble de modifications à la base de notation quand la version est publiée (étape 6).</translation>
    </message>
</context>
<context>
    <name>ScoringRunner</name>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="33"/>
        <source>The scoring-table change of %1 is scheduled: step 6 applies it with the publication time.</source>
        <translation>La modification de la table de notation pour %1 est programmée : l’étape 6 l’appliquera avec l’heure de publication.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="39"/>
        <source>Schedule the change again in step 3 (the app, or &apos;release-assistant-cli table&apos;).</source>
        <translation>Programmez à nouveau la modification à l’étape 3 (dans l’application, ou avec « release-assistant-cli table »).</translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="53"/>
        <source>Open a scoring table</source>
        <translation>Ouvrir une table de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="54"/>
        <source>Table files (*.sql *.csv *.json *.md)</source>
        <translation>Fichiers de table (*.sql *.csv *.json *.md)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="54"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="59"/>
        <source>Save the scoring table</source>
        <translation>Enregistrer la table de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="61"/>
        <source>SQL INSERT statements (*.sql)</source>
        <translation>Instructions SQL INSERT (*.sql)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="61"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="61"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="61"/>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="67"/>
        <source>Scoring database</source>
        <translation>Base de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="80"/>
        <source>The connection string of the scoring PostgreSQL, in libpq form. The password never goes in it: it is kept in the system keychain.</source>
        <translation>La chaîne de connexion au PostgreSQL de notation, au format libpq. Le mot de passe n’y figure jamais : il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="93"/>
        <source>Password (stored in the keychain)</source>
        <translation>Mot de passe (conservé dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="96"/>
        <source>Store password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="106"/>
        <source>Connect and read the table</source>
        <translation>Se connecter et lire la table</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="121"/>
        <source>The change set as SQL</source>
        <translation>L’ensemble de modifications en SQL</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="173"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="178"/>
        <source>Database…</source>
        <translation>Base de données…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="182"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="187"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="191"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="211"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="216"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="221"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="227"/>
        <source>Delete row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="232"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="239"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="251"/>
        <source>The live table changes only through a release&apos;s change set.</source>
        <translation>La table en service ne change que par l’ensemble de modifications d’une publication.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ScoringTablePage.qml" line="253"/>
        <source>%n row(s), no problems found</source>
        <translation>
            <numerusform>%n ligne, aucun problème trouvé</numerusform>
            <numerusform>%n lignes, aucun problème trouvé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="253"/>
        <source> · not saved</source>
        <translation> · non enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="254"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="392"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="400"/>
        <source>Valid now: %1</source>
        <translation>En vigueur : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="401"/>
        <source>No version is valid now.</source>
        <translation>Aucune version n’est valide maintenant.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="413"/>
        <source>Whole table</source>
        <translation>Table entière</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="414"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="415"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
</context>
<context>
    <name>ScoringTimeline</name>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="38"/>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="39"/>
        <source>prerelease</source>
        <translation>préversion</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScoringTimeline.qml" line="40"/>
        <source>outdated (%n day(s) of grace)</source>
        <translation>
            <numerusform>dépassée (%n jour de grâce)</numerusform>
            <numerusform>dépassée (%n jours de grâce)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="41"/>
        <source>obsolete</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="160"/>
        <source>%1 — scored %2 now</source>
        <translation>%1 — notation actuelle : %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="16"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="28"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="32"/>
        <source>Repository: %1</source>
        <translation>Dépôt : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46"/>
        <source>Announcement channels</source>
        <translation>Canaux d’annonce</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="53"/>
        <source>The secrets each channel posts with, kept in the %1. The channels and where they post are the project&apos;s playbook&apos;s; %2 may only say how to reach them (a proxy or a test server). An environment variable, when set, takes precedence.</source>
        <translation>Les secrets avec lesquels chaque canal publie sont conservés (%1). Les canaux et leurs destinations sont ceux du playbook du projet ; %2 peut seulement indiquer comment les joindre (un proxy ou un serveur de test). Une variable d’environnement, si elle est définie, est prioritaire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="93"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="101"/>
        <source>Set by %1</source>
        <translation>Défini par %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="101"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="115"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="120"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>StagingPage</name>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="28"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="29"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="30"/>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="30"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="52"/>
        <source>Candidate commit</source>
        <translation>Commit candidat</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="61"/>
        <source>Local clone</source>
        <translation>Clone local</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="69"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="73"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="79"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="85"/>
        <source>origin/main, else HEAD</source>
        <translation>origin/main, sinon HEAD</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="94"/>
        <source>Resolves to</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="109"/>
        <source>Should report</source>
        <translation>Devrait annoncer</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="118"/>
        <source>%1 (its git describe: what a package built from it calls itself)</source>
        <translation>%1 (son git describe : le nom que se donne un paquet construit à partir de lui)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="138"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="138"/>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="144"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/StagingPage.qml" line="163"/>
        <source>Asks GitHub about %1 and %n staging server(s).</source>
        <translation>
            <numerusform>Interroge GitHub sur %1 et %n serveur de préproduction.</numerusform>
            <numerusform>Interroge GitHub sur %1 et %n serveurs de préproduction.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="189"/>
        <source>Checked %1 for commit %2.</source>
        <translation>Vérifié le %1 pour le commit %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="190"/>
        <source>Last checked %1 for commit %2. Check again to sign off.</source>
        <translation>Dernière vérification le %1 pour le commit %2. Vérifiez à nouveau pour valider.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="196"/>
        <source>Workflow runs</source>
        <translation>Exécutions de workflow</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="203"/>
        <source>Run the checks to see the CI runs of the candidate commit.</source>
        <translation>Lancez les vérifications pour voir les exécutions CI du commit candidat.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="224"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="234"/>
        <source>Open the run</source>
        <translation>Ouvrir l’exécution</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="245"/>
        <source>Package artifacts</source>
        <translation>Artefacts des paquets</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="252"/>
        <source>The build run has no artifacts.</source>
        <translation>L’exécution de construction n’a aucun artefact.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="253"/>
        <source>Run the checks to see the packages the build made.</source>
        <translation>Lancez les vérifications pour voir les paquets produits par la construction.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="295"/>
        <source>Staging servers</source>
        <translation>Serveurs de préproduction</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="302"/>
        <source>The playbook names no staging server.</source>
        <translation>Le playbook ne nomme aucun serveur de préproduction.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="303"/>
        <source>Run the checks to ask %1 what it runs.</source>
        <translation>Lancez les vérifications pour demander à %1 ce qu’il exécute.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="345"/>
        <source>Server header: %1 · /status/config: %2 — %3</source>
        <translation>En-tête Server : %1 · /status/config : %2 — %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="346"/>
        <location filename="../qml/pages/StagingPage.qml" line="347"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="382"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="402"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="411"/>
        <source>Not signed off yet.</source>
        <translation>Pas encore validé.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="419"/>
        <source>Signed by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="428"/>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="442"/>
        <source>Why the failing checks do not block this release</source>
        <translation>Pourquoi les vérifications en échec ne bloquent pas cette publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="445"/>
        <source>Override with this reason</source>
        <translation>Passer outre avec cette raison</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../qml/StepNavigator.qml" line="25"/>
        <source>Release steps</source>
        <translation>Étapes de la publication</translation>
    </message>
    <message>
        <location filename="../qml/StepNavigator.qml" line="43"/>
        <source>Step %1: %2, %3</source>
        <translation>Étape %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="29"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>TagJournal</name>
    <message>
        <location filename="../src/release/tagjournal.cpp" line="32"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/release/tagjournal.cpp" line="40"/>
        <source>the commit verified in step 1</source>
        <translation>le commit vérifié à l’étape 1</translation>
    </message>
    <message>
        <location filename="../src/release/tagjournal.cpp" line="46"/>
        <source>the tip of the checked-out branch</source>
        <translation>le sommet de la branche extraite</translation>
    </message>
</context>
<context>
    <name>TagPage</name>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="29"/>
        <source>Push %1?</source>
        <translation>Pousser %1 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/TagPage.qml" line="40"/>
        <source>%n hazard(s) listed on the page still apply.</source>
        <translation>
            <numerusform>%n risque indiqué sur la page s’applique toujours.</numerusform>
            <numerusform>%n risques indiqués sur la page s’appliquent toujours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="42"/>
        <source>The tag %1 will be created on %2 and pushed to %3. Once pushed it is public and is never moved.</source>
        <translation>L’étiquette %1 sera créée sur %2 et poussée vers %3. Une fois poussée, elle est publique et n’est jamais déplacée.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="64"/>
        <source>Local clone</source>
        <translation>Clone local</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="73"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="92"/>
        <source>Plan again</source>
        <translation>Planifier à nouveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="99"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="105"/>
        <source>HEAD, a branch or a commit</source>
        <translation>HEAD, une branche ou un commit</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="114"/>
        <source>Remote</source>
        <translation>Dépôt distant</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="138"/>
        <source>The tag</source>
        <translation>L’étiquette</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="147"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="152"/>
        <source>%1 (annotated)</source>
        <translation>%1 (annotée)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="153"/>
        <source>%1 (lightweight)</source>
        <translation>%1 (légère)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="158"/>
        <source>On commit</source>
        <translation>Sur le commit</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="168"/>
        <source>Previous release</source>
        <translation>Publication précédente</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="172"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="175"/>
        <source>git describe</source>
        <translation>git describe</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="182"/>
        <source>will print %1, as the packages expect</source>
        <translation>affichera %1, comme les paquets l’attendent</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="183"/>
        <source>will print %1 — %2</source>
        <translation>affichera %1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="193"/>
        <source>Hazards: none</source>
        <translation>Risques : aucun</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="194"/>
        <source>Hazards (%1)</source>
        <translation>Risques (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="202"/>
        <source>Nothing stands in the way of this tag.</source>
        <translation>Rien ne s’oppose à cette étiquette.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="228"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="229"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="229"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="245"/>
        <source>Versions that could follow %1</source>
        <translation>Versions qui pourraient suivre %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="269"/>
        <source>this release</source>
        <translation>cette publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="270"/>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="287"/>
        <source>Create and push</source>
        <translation>Créer et pousser</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="299"/>
        <source>Not created yet</source>
        <translation>Pas encore créée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="301"/>
        <source>Created locally, not pushed</source>
        <translation>Créée localement, non poussée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="303"/>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="305"/>
        <source>Pushed and verified on the remote</source>
        <translation>Poussée et vérifiée sur le dépôt distant</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="307"/>
        <source>Rejected by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="309"/>
        <source>The tag already exists elsewhere</source>
        <translation>L’étiquette existe déjà ailleurs</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="311"/>
        <source>The push failed</source>
        <translation>L’envoi a échoué</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="313"/>
        <source>Interrupted: the outcome is unknown</source>
        <translation>Interrompu : le résultat est inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="328"/>
        <source>The server said:</source>
        <translation>Le serveur a répondu :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="334"/>
        <source>Remote tag on %1</source>
        <translation>Étiquette distante sur %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="357"/>
        <source>SSH key file, when the agent has none (optional)</source>
        <translation>Fichier de clé SSH, si l’agent n’en a pas (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="365"/>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="372"/>
        <source>Push %1</source>
        <translation>Pousser %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="373"/>
        <source>Create and push %1</source>
        <translation>Créer et pousser %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="383"/>
        <source>Check the remote</source>
        <translation>Vérifier le dépôt distant</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="389"/>
        <source>Delete the local tag</source>
        <translation>Supprimer l’étiquette locale</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="398"/>
        <source>A hazard above is an error: the tag cannot be created until it is fixed.</source>
        <translation>Un risque ci-dessus est une erreur : l’étiquette ne peut pas être créée tant qu’il n’est pas corrigé.</translation>
    </message>
</context>
<context>
    <name>TagRunner</name>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="31"/>
        <source>The tag is made in the project&apos;s clone.</source>
        <translation>L’étiquette est créée dans le clone du projet.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="32"/>
        <source>Run it in the clone, or name it with --repo &lt;path&gt;.</source>
        <translation>Lancez la commande dans le clone, ou indiquez celui-ci avec --repo &lt;path&gt;.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="51"/>
        <source>Run again once the remote answers.</source>
        <translation>Relancez une fois que le dépôt distant répond.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="62"/>
        <source>%1 is on %2.</source>
        <translation>%1 est sur %2.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="67"/>
        <source>A tag is never moved or forced: decide with the team, then run again.</source>
        <translation>Une étiquette n’est jamais déplacée ni forcée : décidez avec l’équipe, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="69"/>
        <source>Fix what the message says, then run again.</source>
        <translation>Corrigez ce que signale le message, puis relancez.</translation>
    </message>
</context>
<context>
    <name>TagStep</name>
    <message>
        <location filename="../src/release/tagstep.cpp" line="92"/>
        <source>%1 is on the remote.</source>
        <translation>%1 est sur le dépôt distant.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="96"/>
        <source>ask %1 whether it has %2</source>
        <translation>demander à %1 s’il a %2</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="109"/>
        <source>%1 cannot be created: a hazard is an error. Fix the version and plan again.</source>
        <translation>%1 ne peut pas être créée : un risque est une erreur. Corrigez la version et planifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="113"/>
        <source>create the %1 tag %2 on %3 (%4)</source>
        <translation>créer l’étiquette %1 %2 sur %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="114"/>
        <source>annotated</source>
        <translation>annotée</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="114"/>
        <source>lightweight</source>
        <translation>légère</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="124"/>
        <source>push refs/tags/%1 to %2 (never forced), then verify it there</source>
        <translation>pousser refs/tags/%1 vers %2 (jamais en force), puis l’y vérifier</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="143"/>
        <source>A push of %1 started on %2 and its outcome was never recorded (the app stopped). Check the remote before doing anything else.</source>
        <translation>Un envoi de %1 a commencé le %2 et son résultat n’a jamais été consigné (l’application s’est arrêtée). Vérifiez le dépôt distant avant toute autre action.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="159"/>
        <source>The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag if it was never pushed, or pick that commit.</source>
        <translation>L’étiquette locale %1 est sur %2, pas sur %3. Une étiquette n’est jamais déplacée : supprimez l’étiquette locale si elle n’a jamais été poussée, ou choisissez ce commit.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="167"/>
        <source>%1 exists in the local clone and was not pushed by Release Assistant.</source>
        <translation>%1 existe dans le clone local et n’a pas été poussée par l’Assistant de publication.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="187"/>
        <source>The tag was not created before the interruption.</source>
        <translation>L’étiquette n’a pas été créée avant l’interruption.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="192"/>
        <source>The tag was not removed before the interruption.</source>
        <translation>L’étiquette n’a pas été supprimée avant l’interruption.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="210"/>
        <source>The release journal is not open, so the push could not be recorded. Nothing was done.</source>
        <translation>Le journal des publications n’est pas ouvert ; l’envoi n’a donc pas pu être consigné. Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="218"/>
        <source>The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag or pick that commit.</source>
        <translation>L’étiquette locale %1 est sur %2, pas sur %3. Une étiquette n’est jamais déplacée : supprimez l’étiquette locale ou choisissez ce commit.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="226"/>
        <source>%1 is not created: a hazard is an error. Fix the version and plan again.</source>
        <translation>%1 n’est pas créée : un risque est une erreur. Corrigez la version et planifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="236"/>
        <source>The release journal refused the record, so the tag was not pushed: %1</source>
        <translation>Le journal des publications a refusé l’enregistrement ; l’étiquette n’a donc pas été poussée : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="238"/>
        <source>Pushing %1 to %2…</source>
        <translation>Envoi de %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="239"/>
        <source>Pushing %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="251"/>
        <source>The local tag %1 was removed again.</source>
        <translation>L’étiquette locale %1, qui venait d’être créée, a été supprimée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="270"/>
        <source>The remote could not be asked about %1: %2</source>
        <translation>Le dépôt distant n’a pas pu être interrogé sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="278"/>
        <source>The remote does not have %1: the push did not happen. You can push again.</source>
        <translation>Le dépôt distant n’a pas %1 : l’envoi n’a pas eu lieu. Vous pouvez pousser à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="281"/>
        <source>The remote has %1 on %2: the push went through.</source>
        <translation>Le dépôt distant a %1 sur %2 : l’envoi a abouti.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="284"/>
        <source>The remote has %1 on another commit (%2). A tag is never moved: pick another version or ask who pushed it.</source>
        <translation>Le dépôt distant a %1 sur un autre commit (%2). Une étiquette n’est jamais déplacée : choisissez une autre version ou demandez qui l’a poussée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="320"/>
        <source>%1 is on the remote: the local tag is kept.</source>
        <translation>%1 est sur le dépôt distant : l’étiquette locale est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="332"/>
        <source>The local tag could not be removed: %1</source>
        <translation>L’étiquette locale n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="344"/>
        <source>The release journal refused the record, so nothing was done: %1</source>
        <translation>Le journal des publications a refusé l’enregistrement ; rien n’a donc été fait : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="354"/>
        <source>The tag could not be created: %1</source>
        <translation>L’étiquette n’a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>ra::AnnouncementComposer</name>
    <message numerus="yes">
        <location filename="../src/app/announcementcomposer.cpp" line="220"/>
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation>
            <numerusform>Trop long pour un seul message : il sera envoyé en %n message.</numerusform>
            <numerusform>Trop long pour un seul message : il sera envoyé en %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="339"/>
        <source>Pick a release first.</source>
        <translation>Choisissez d’abord une publication.</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="430"/>
        <source>Sending a test post…</source>
        <translation>Envoi d’un message de test…</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="430"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="443"/>
        <source>The release changed before sending; nothing was sent.</source>
        <translation>La publication a changé avant l’envoi ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ra::ChannelSecretsModel</name>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="132"/>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="164"/>
        <source>Type the secret first; to delete it, use Forget.</source>
        <translation>Saisissez d’abord le secret ; pour le supprimer, utilisez Oublier.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="168"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="174"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="185"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="190"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="201"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="212"/>
        <source>Stored.</source>
        <translation>Conservé.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="212"/>
        <source>Not stored.</source>
        <translation>Non conservé.</translation>
    </message>
</context>
<context>
    <name>ra::GitHubAccountController</name>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="22"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="22"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="145"/>
        <source>Reading the token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="155"/>
        <source>Not signed in to GitHub.</source>
        <translation>Non connecté à GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="156"/>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="167"/>
        <source>Paste a token first.</source>
        <translation>Collez d’abord un jeton.</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="171"/>
        <source>Checking the token with GitHub…</source>
        <translation>Vérification du jeton auprès de GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="189"/>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>Le jeton n’a pas pu être supprimé du trousseau : %1</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="193"/>
        <source>Signed out: the token was removed from the %1.</source>
        <translation>Déconnecté : le jeton a été supprimé (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="200"/>
        <source>The device flow needs the client id of a GitHub OAuth app with the device flow enabled.</source>
        <translation>Le flux d’appareil (device flow) nécessite l’identifiant client d’une application OAuth GitHub où ce flux est activé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/githubaccountcontroller.cpp" line="210"/>
        <source>Enter the code at %1 within %n minute(s).</source>
        <translation>
            <numerusform>Saisissez le code sur %1 d’ici %n minute.</numerusform>
            <numerusform>Saisissez le code sur %1 d’ici %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="230"/>
        <source>The device flow ended: %1</source>
        <translation>Le flux d’appareil s’est terminé : %1</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="232"/>
        <source>Asking GitHub for a code…</source>
        <translation>Demande d’un code à GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="261"/>
        <source>GitHub refused the token, so it was not kept: %1</source>
        <translation>GitHub a refusé le jeton, il n’a donc pas été conservé : %1</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="264"/>
        <source>GitHub refused the token from the %1: %2</source>
        <translation>GitHub a refusé le jeton (source : %1) : %2</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="280"/>
        <location filename="../src/app/githubaccountcontroller.cpp" line="297"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="289"/>
        <source>cannot see %1: %2</source>
        <translation>impossible de voir %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="291"/>
        <source>on %1: read %2 · push %3 · admin %4</source>
        <translation>sur %1 : lecture %2 · push %3 · admin %4</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="295"/>
        <source>on %1: GitHub did not say</source>
        <translation>sur %1 : GitHub ne l’a pas indiqué</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="311"/>
        <source>GitHub accepted the token, but the keychain could not keep it: %1</source>
        <translation>GitHub a accepté le jeton, mais le trousseau n’a pas pu le conserver : %1</translation>
    </message>
    <message>
        <location filename="../src/app/githubaccountcontroller.cpp" line="315"/>
        <source>Signed in as %1; the token is kept in the %2.</source>
        <translation>Connecté en tant que %1 ; le jeton est conservé (%2).</translation>
    </message>
</context>
<context>
    <name>ra::GitHubAccountSettings</name>
    <message>
        <location filename="../src/app/githubaccountsettings.cpp" line="62"/>
        <source>GITHUB_TOKEN environment variable</source>
        <translation>la variable d’environnement GITHUB_TOKEN</translation>
    </message>
</context>
<context>
    <name>ra::NotesDraftController</name>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="182"/>
        <source>Saving the notes to the draft of %1…</source>
        <translation>Enregistrement des notes dans le brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="202"/>
        <source>Loading the draft of %1…</source>
        <translation>Chargement du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="214"/>
        <source>The editor already holds the draft&apos;s text.</source>
        <translation>L’éditeur contient déjà le texte du brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="217"/>
        <source>Loaded the draft&apos;s text into the editor.</source>
        <translation>Texte du brouillon chargé dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="220"/>
        <source>The editor and the draft both changed since the last sync: merge them below.</source>
        <translation>L’éditeur et le brouillon ont tous deux changé depuis la dernière synchronisation : fusionnez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="234"/>
        <source>Saving the merged notes to the draft…</source>
        <translation>Enregistrement des notes fusionnées dans le brouillon…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="271"/>
        <source>The editor now holds the draft&apos;s text.</source>
        <translation>L’éditeur contient maintenant le texte du brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="388"/>
        <source>Created the draft release %1 with the notes.</source>
        <translation>Brouillon de publication %1 créé avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="394"/>
        <source>Saved the merged notes to the draft.</source>
        <translation>Notes fusionnées enregistrées dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="396"/>
        <source>Saved the notes to the draft.</source>
        <translation>Notes enregistrées dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="401"/>
        <source>The draft already holds these notes.</source>
        <translation>Le brouillon contient déjà ces notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="406"/>
        <source>The draft was edited on GitHub and the editor had no change of its own: loaded it.</source>
        <translation>Le brouillon a été modifié sur GitHub et l’éditeur n’avait aucune modification propre : il a été chargé.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="410"/>
        <source>The draft was edited on GitHub since the last sync, and so were these notes. Nothing was overwritten: merge the two below.</source>
        <translation>Le brouillon a été modifié sur GitHub depuis la dernière synchronisation, et ces notes aussi. Rien n’a été écrasé : fusionnez les deux ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="468"/>
        <source>Pick a release, or start one, to sync its notes.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour synchroniser ses notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="472"/>
        <source>The playbook names no GitHub repository: there is no draft to sync with.</source>
        <translation>Le playbook ne nomme aucun dépôt GitHub : il n’y a pas de brouillon avec lequel synchroniser.</translation>
    </message>
</context>
<context>
    <name>ra::NotesWorkbench</name>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="164"/>
        <source>%1 → %2: %n commit(s)</source>
        <translation>
            <numerusform>%1 → %2 : %n commit</numerusform>
            <numerusform>%1 → %2 : %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="165"/>
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="267"/>
        <location filename="../src/app/notesworkbench.cpp" line="363"/>
        <location filename="../src/app/notesworkbench.cpp" line="381"/>
        <source>Pick a release, or start one, to write its notes.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour rédiger ses notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="273"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="279"/>
        <source>%1 is not valid UTF-8: line %2, byte offset %3 (%4) is the first of %n invalid byte sequence(s). The editor kept its text: save the file as UTF-8 and load it again.</source>
        <translation>
            <numerusform>%1 n’est pas en UTF-8 valide : ligne %2, à la position %3 en octets (%4), se trouve %n séquence d’octets invalide. L’éditeur a gardé son texte : enregistrez le fichier en UTF-8 et chargez-le à nouveau.</numerusform>
            <numerusform>%1 n’est pas en UTF-8 valide : ligne %2, à la position %3 en octets (%4), commence la première de %n séquences d’octets invalides. L’éditeur a gardé son texte : enregistrez le fichier en UTF-8 et chargez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="288"/>
        <source>Loaded %1 into the editor; Undo brings the previous text back.</source>
        <translation>%1 a été chargé dans l’éditeur ; Annuler rétablit le texte précédent.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="400"/>
        <source>Reading the commits of the release…</source>
        <translation>Lecture des commits de la publication…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="419"/>
        <source>Generated the notes of %1 → %2 from %n commit(s).</source>
        <translation>
            <numerusform>Notes de %1 → %2 générées à partir de %n commit.</numerusform>
            <numerusform>Notes de %1 → %2 générées à partir de %n commits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="422"/>
        <source>Notes generated from %1 → %2</source>
        <translation>Notes générées à partir de %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="433"/>
        <source>Regenerated: %n section(s) refreshed</source>
        <translation>
            <numerusform>Régénéré : %n section actualisée</numerusform>
            <numerusform>Régénéré : %n sections actualisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="435"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="438"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="442"/>
        <source>Your edits outside the generated blocks are kept.</source>
        <translation>Vos modifications hors des blocs générés sont conservées.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="443"/>
        <source>You edited %1: your version is kept and the fresh text was not applied there.</source>
        <translation>Vous avez modifié %1 : votre version est conservée et le nouveau texte n’y a pas été appliqué.</translation>
    </message>
</context>
<context>
    <name>ra::PackagesItemModel</name>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="25"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="27"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="29"/>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="31"/>
        <source>checked, ready to upload</source>
        <translation>vérifié, prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="33"/>
        <source>uploading</source>
        <translation>envoi</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="35"/>
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="37"/>
        <source>already on the draft (same sha256), skipped</source>
        <translation>déjà sur le brouillon (même sha256), ignoré</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="39"/>
        <source>replaced a different file of that name</source>
        <translation>a remplacé un autre fichier du même nom</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="41"/>
        <source>verified on the draft</source>
        <translation>vérifié sur le brouillon</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="43"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ra::PackagesStepController</name>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="96"/>
        <location filename="../src/app/packagesstepcontroller.cpp" line="422"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="241"/>
        <source>Pick a release first: its uploads are recorded in its journal.</source>
        <translation>Choisissez d’abord une publication : ses envois sont consignés dans son journal.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="247"/>
        <source>Say which CI run built the packages: its run id, or the commit that was tagged.</source>
        <translation>Indiquez quelle exécution CI a construit les paquets : son identifiant, ou le commit qui a été étiqueté.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="253"/>
        <source>Reading the GitHub token…</source>
        <translation>Lecture du jeton GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="268"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="275"/>
        <source>No GitHub token: GitHub refuses artifact downloads and uploads without one. Sign in under Settings.</source>
        <translation>Aucun jeton GitHub : GitHub refuse sans jeton les téléchargements d’artefacts et les envois. Connectez-vous dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="277"/>
        <source>The keychain could not give the GitHub token: %1</source>
        <translation>Le trousseau n’a pas pu fournir le jeton GitHub : %1</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="289"/>
        <source>Verifying the draft of %1…</source>
        <translation>Vérification du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="289"/>
        <source>Looking for the draft of %1…</source>
        <translation>Recherche du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="292"/>
        <source>Verifying the packages on the draft</source>
        <translation>Vérification des paquets sur le brouillon</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="292"/>
        <source>Attaching the packages to the draft</source>
        <translation>Ajout des paquets au brouillon</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="343"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="358"/>
        <source>Every package on the draft is there and carries version %1.</source>
        <translation>Chaque paquet est présent sur le brouillon et porte la version %1.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="359"/>
        <source>Every package is on the draft of %1.</source>
        <translation>Chaque paquet est sur le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="362"/>
        <source>The draft also holds assets that are not expected: %1.</source>
        <translation>Le brouillon contient aussi des fichiers joints non attendus : %1.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="392"/>
        <source>Cancelling at the next safe point…</source>
        <translation>Annulation au prochain point sûr…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="427"/>
        <source>the commit tagged in step 2</source>
        <translation>le commit étiqueté à l’étape 2</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="437"/>
        <source>the commit verified in step 1</source>
        <translation>le commit vérifié à l’étape 1</translation>
    </message>
</context>
<context>
    <name>ra::ReleaseSession</name>
    <message>
        <location filename="../src/app/releasesession.cpp" line="143"/>
        <source>The release journal cannot be opened, so nothing done now will be remembered: %1</source>
        <translation>Le journal des publications ne peut pas être ouvert ; rien de ce qui est fait maintenant ne sera retenu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="193"/>
        <source>There is no release “%1” in the journal.</source>
        <translation>Le journal ne contient pas de publication « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="232"/>
        <source>%1 spells this tag “%2”, not “%3”.</source>
        <translation>%1 écrit cette étiquette « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="237"/>
        <source>Releases cannot be started without the release journal.</source>
        <translation>Impossible de commencer une publication sans le journal des publications.</translation>
    </message>
</context>
<context>
    <name>ra::ReviewPublishController</name>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="156"/>
        <source>Read the draft first.</source>
        <translation>Lisez d’abord le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="159"/>
        <source>The release is published.</source>
        <translation>La version est publiée.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="162"/>
        <source>The publish flags cannot be decided: %1</source>
        <translation>Les options de publication ne peuvent pas être déterminées : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/reviewpublishcontroller.cpp" line="165"/>
        <source>%n approval(s) of this content missing.</source>
        <translation>
            <numerusform>%n approbation de ce contenu manque.</numerusform>
            <numerusform>%n approbations de ce contenu manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="168"/>
        <source>Changes requested by %1.</source>
        <translation>Modifications demandées par %1.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="230"/>
        <source>Pick a release first.</source>
        <translation>Choisissez d’abord une publication.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="234"/>
        <source>The playbook names no GitHub repository.</source>
        <translation>Le playbook ne nomme aucun dépôt GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="288"/>
        <source>Reading the draft and the approvals…</source>
        <translation>Lecture du brouillon et des approbations…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="321"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="361"/>
        <source>Posting your approval…</source>
        <translation>Envoi de votre approbation…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="378"/>
        <source>Say what must change.</source>
        <translation>Dites ce qui doit changer.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="382"/>
        <source>Posting your change request…</source>
        <translation>Envoi de votre demande de modifications…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="400"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
</context>
<context>
    <name>ra::ScheduledScoringApply</name>
    <message>
        <location filename="../src/app/scheduledscoringapply.cpp" line="72"/>
        <source>(The password could not be read from the keychain: %1)</source>
        <translation>(Le mot de passe n’a pas pu être lu dans le trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>ra::ScoringDatabase</name>
    <message>
        <location filename="../src/app/scoringdatabase.cpp" line="97"/>
        <source> (The password could not be read from the keychain: %1)</source>
        <translation> (Le mot de passe n’a pas pu être lu dans le trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>ra::ScoringEditor</name>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="120"/>
        <source>Sample rows from aleph-scoring&apos;s tests, not a live table</source>
        <translation>Lignes d’exemple issues des tests d’aleph-scoring, pas une table en service</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="122"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="124"/>
        <source>Scoring database (%1), table %2</source>
        <translation>Base de notation (%1), table %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="207"/>
        <source>Cannot open the table file: %1</source>
        <translation>Impossible d’ouvrir le fichier de table : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="218"/>
        <source>Opened %1: %n row(s).</source>
        <translation>
            <numerusform>%1 ouvert : %n ligne.</numerusform>
            <numerusform>%1 ouvert : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="229"/>
        <source>Type the scoring database&apos;s connection string first, e.g. host=db.example port=5432 user=scoring dbname=ccn sslmode=require (the password goes in the keychain, not here).</source>
        <translation>Saisissez d’abord la chaîne de connexion de la base de notation, p. ex. host=db.example port=5432 user=scoring dbname=ccn sslmode=require (le mot de passe va dans le trousseau, pas ici).</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="233"/>
        <source>Reading the scoring table…</source>
        <translation>Lecture de la table de notation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="242"/>
        <source>Read %n row(s) from the scoring database.</source>
        <translation>
            <numerusform>%n ligne lue dans la base de notation.</numerusform>
            <numerusform>%n lignes lues dans la base de notation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="264"/>
        <source>These rows come from %1; choose a file with “Save as…” to write them.</source>
        <translation>Ces lignes viennent de %1 ; choisissez un fichier avec « Enregistrer sous… » pour les écrire.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="265"/>
        <source>the sample</source>
        <translation>l’exemple</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="265"/>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="272"/>
        <source>%1 changed on disk since it was opened; nothing was written. Reload it (the edits made here are dropped) or save under another name.</source>
        <translation>%1 a changé sur le disque depuis son ouverture ; rien n’a été écrit. Rechargez-le (les modifications faites ici sont abandonnées) ou enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="284"/>
        <source>Name the file .sql, .csv, .json or .md: its extension says how to write it.</source>
        <translation>Nommez le fichier en .sql, .csv, .json ou .md : son extension indique comment l’écrire.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="301"/>
        <source>Cannot write the table file: %1</source>
        <translation>Impossible d’écrire le fichier de table : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="306"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="319"/>
        <source>Applying the change set in one transaction…</source>
        <translation>Application de l’ensemble de modifications en une seule transaction…</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="329"/>
        <source>Applied: the scoring database now lists %1.</source>
        <translation>Appliqué : la base de notation inscrit maintenant %1.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="332"/>
        <source>Listed in the scoring database.</source>
        <translation>Inscrite dans la base de notation.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="337"/>
        <location filename="../src/app/scoringeditor.cpp" line="349"/>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="357"/>
        <source>Not applied: the change would make the table invalid (%1). Fix the rows first.</source>
        <translation>Non appliqué : la modification rendrait la table invalide (%1). Corrigez d’abord les lignes.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="362"/>
        <source>List %1 %2</source>
        <translation>Inscrire %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="365"/>
        <source>Listed %1 and wrote %2.</source>
        <translation>%1 inscrite et %2 écrit.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="366"/>
        <source>Listed in %1.</source>
        <translation>Inscrite dans %1.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="372"/>
        <source>Listed %1 in the sample rows. They are not stored anywhere: use “Save as…” to write them to a file.</source>
        <translation>%1 inscrite dans les lignes d’exemple. Elles ne sont conservées nulle part : utilisez « Enregistrer sous… » pour les écrire dans un fichier.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="390"/>
        <source>Scheduled for the publish step.</source>
        <translation>Programmé pour l’étape de publication.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="391"/>
        <source>Scheduled: the change set will be applied to the scoring database when %1 is published.</source>
        <translation>Programmé : l’ensemble de modifications sera appliqué à la base de notation quand %1 sera publiée.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="403"/>
        <source>The scheduled change for %1 is cancelled.</source>
        <translation>La modification programmée pour %1 est annulée.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="411"/>
        <source>The database password is in the keychain.</source>
        <translation>Le mot de passe de la base est dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>ra::ScoringReleasePlan</name>
    <message>
        <location filename="../src/app/scoringreleaseplan.cpp" line="119"/>
        <source>Pick or start a release in the tool bar, or type its version, to see the rows it adds.</source>
        <translation>Choisissez ou commencez une publication dans la barre d’outils, ou saisissez sa version, pour voir les lignes qu’elle ajoute.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringreleaseplan.cpp" line="121"/>
        <source>Release time: %1.</source>
        <translation>Heure de publication : %1.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringreleaseplan.cpp" line="127"/>
        <source>%1 %2 is already listed as asked; there is nothing to change.</source>
        <translation>%1 %2 est déjà inscrite comme demandé ; il n’y a rien à changer.</translation>
    </message>
</context>
<context>
    <name>ra::ScoringTableModel</name>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="113"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="113"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="157"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="159"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="161"/>
        <source>Released on (UTC)</source>
        <translation>Publiée le (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="163"/>
        <source>Replaced on (UTC)</source>
        <translation>Remplacée le (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="165"/>
        <source>Pre-release</source>
        <translation>Préversion</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="167"/>
        <source>Scored now</source>
        <translation>Notée maintenant</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="204"/>
        <source>released_on: %1.</source>
        <translation>released_on : %1.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="216"/>
        <source>replaced_on: %1, or leave it empty for the current version.</source>
        <translation>replaced_on : %1, ou laissez vide pour la version actuelle.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="225"/>
        <source>prerelease: write true or false.</source>
        <translation>prerelease : écrivez true ou false.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="237"/>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="316"/>
        <source>Add a %1 row</source>
        <translation>Ajouter une ligne %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="327"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="399"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="399"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtablemodel.cpp" line="401"/>
        <source>%1 in row %2 (%3), %4: %5</source>
        <translation>%1 à la ligne %2 (%3), %4 : %5</translation>
    </message>
</context>
<context>
    <name>ra::ScoringTimelineModel</name>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="178"/>
        <source>Today, %1 UTC</source>
        <translation>Aujourd’hui, %1 UTC</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="246"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="301"/>
        <source>prerelease</source>
        <translation>préversion</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="301"/>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="303"/>
        <source>%1 %2: %3 since %4, not replaced yet</source>
        <translation>%1 %2 : %3 depuis le %4, pas encore remplacée</translation>
    </message>
    <message>
        <location filename="../src/app/scoringtimelinemodel.cpp" line="306"/>
        <source>%1 %2: %3 from %4 to %5, outdated until %6, obsolete after</source>
        <translation>%1 %2 : %3 du %4 au %5, dépassée jusqu’au %6, obsolète ensuite</translation>
    </message>
</context>
<context>
    <name>ra::StagingArtifactModel</name>
    <message>
        <location filename="../src/app/stagingartifactmodel.cpp" line="14"/>
        <source>missing from the build run</source>
        <translation>absent de l’exécution de construction</translation>
    </message>
    <message>
        <location filename="../src/app/stagingartifactmodel.cpp" line="17"/>
        <source>expired: re-run the build to get packages again</source>
        <translation>expiré : relancez la construction pour obtenir à nouveau les paquets</translation>
    </message>
    <message>
        <location filename="../src/app/stagingartifactmodel.cpp" line="21"/>
        <source>no expiry date given</source>
        <translation>aucune date d’expiration indiquée</translation>
    </message>
    <message>
        <location filename="../src/app/stagingartifactmodel.cpp" line="26"/>
        <source>expires today (%1)</source>
        <translation>expire aujourd’hui (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/stagingartifactmodel.cpp" line="28"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>expire dans %n jour (%1)</numerusform>
            <numerusform>expire dans %n jours (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::StagingServerModel</name>
    <message>
        <location filename="../src/app/stagingservermodel.cpp" line="19"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../src/app/stagingservermodel.cpp" line="26"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/app/stagingservermodel.cpp" line="29"/>
        <source>HTTP %1, expected %2</source>
        <translation>HTTP %1, %2 attendu</translation>
    </message>
    <message>
        <location filename="../src/app/stagingservermodel.cpp" line="32"/>
        <source>, failing: %1</source>
        <translation>, en échec : %1</translation>
    </message>
</context>
<context>
    <name>ra::StagingStepController</name>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="245"/>
        <source>Signed off by %1 on %2 for commit %3: every check passed.</source>
        <translation>Validé par %1 le %2 pour le commit %3 : toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="247"/>
        <source>Overridden by %1 on %2 for commit %3 (checks: %4). Reason: %5</source>
        <translation>Dérogation de %1 le %2 pour le commit %3 (vérifications : %4). Raison : %5</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="284"/>
        <source>Pick a release, or start one, to check its candidate commit.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour vérifier son commit candidat.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="286"/>
        <source>Choose the local clone of %1: the candidate commit and its git describe come from it.</source>
        <translation>Choisissez le clone local de %1 : le commit candidat et son git describe en proviennent.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="309"/>
        <source>git describe found no tag below %1 (%2), so the staging servers&apos; version cannot be compared.</source>
        <translation>git describe n’a trouvé aucune étiquette sous %1 (%2) ; la version des serveurs de préproduction ne peut donc pas être comparée.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="324"/>
        <source>There is no candidate commit to check.</source>
        <translation>Il n’y a aucun commit candidat à vérifier.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="329"/>
        <source>Reading the GitHub token…</source>
        <translation>Lecture du jeton GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="362"/>
        <source>No GitHub token: asking GitHub anonymously (60 requests an hour). Sign in under Settings.</source>
        <translation>Aucun jeton GitHub : interrogation anonyme de GitHub (60 requêtes par heure). Connectez-vous dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="363"/>
        <source>The keychain could not give the GitHub token (%1): asking GitHub anonymously.</source>
        <translation>Le trousseau n’a pas pu fournir le jeton GitHub (%1) : interrogation anonyme de GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="378"/>
        <source>The report could not be kept in the journal: %1</source>
        <translation>Le rapport n’a pas pu être conservé dans le journal : %1</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="383"/>
        <source>Every staging check passed; waiting for the sign-off</source>
        <translation>Toutes les vérifications en préproduction ont réussi ; en attente de validation</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="403"/>
        <source>The checks did not pass: override them with a reason instead.</source>
        <translation>Les vérifications n’ont pas réussi : passez outre en donnant une raison.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="404"/>
        <source>Run the checks first: a sign-off records what was just checked.</source>
        <translation>Lancez d’abord les vérifications : une validation consigne ce qui vient d’être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="413"/>
        <source>Run the checks first: an override records what was just checked.</source>
        <translation>Lancez d’abord les vérifications : une dérogation consigne ce qui vient d’être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="417"/>
        <source>Say why the failing checks can be overridden: the reason is kept with the release.</source>
        <translation>Dites pourquoi on peut passer outre aux vérifications en échec : la raison est conservée avec la publication.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="427"/>
        <source>The release journal is not open, so the sign-off could not be recorded.</source>
        <translation>Le journal des publications n’est pas ouvert ; la validation n’a donc pas pu être consignée.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="431"/>
        <source>Say who signs off.</source>
        <translation>Indiquez qui valide.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="436"/>
        <source>The sign-off was not recorded: %1</source>
        <translation>La validation n’a pas été consignée : %1</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="444"/>
        <source>Sign-off recorded.</source>
        <translation>Validation consignée.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="444"/>
        <source>Override recorded with its reason.</source>
        <translation>Dérogation consignée avec sa raison.</translation>
    </message>
</context>
<context>
    <name>ra::StepStatus</name>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="32"/>
        <source>Staging checks</source>
        <translation>Vérifications en préproduction</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="34"/>
        <source>Git tag</source>
        <translation>Étiquette git</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="36"/>
        <source>Scoring table</source>
        <translation>Table de notation</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="38"/>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="40"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="42"/>
        <source>Review &amp; publish</source>
        <translation>Relecture et publication</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="44"/>
        <source>Announce</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="53"/>
        <source>Packages built by GitHub Actions are tested on the staging servers.</source>
        <translation>Les paquets construits par GitHub Actions sont testés sur les serveurs de préproduction.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="55"/>
        <source>A new git tag is assigned to the tested commit and pushed.</source>
        <translation>Une nouvelle étiquette git est posée sur le commit testé puis poussée.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="57"/>
        <source>The release is listed in the version table used by node scoring.</source>
        <translation>La version est inscrite dans la table utilisée pour noter les nœuds.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="59"/>
        <source>Draft release notes are prepared on the GitHub releases page.</source>
        <translation>Un brouillon des notes de version est préparé sur la page des publications GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="61"/>
        <source>Packages are downloaded, checked and attached to the release.</source>
        <translation>Les paquets sont téléchargés, vérifiés et joints à la publication.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="63"/>
        <source>Reviewers approve the exact notes, then the release is published.</source>
        <translation>Les relecteurs approuvent les notes exactes, puis la version est publiée.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="65"/>
        <source>The release is announced on X, Telegram and the other channels.</source>
        <translation>La publication est annoncée sur X, Telegram et les autres canaux.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="84"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="86"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="88"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="90"/>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>ra::TagStepController</name>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="22"/>
        <location filename="../src/app/tagstepcontroller.cpp" line="326"/>
        <source>Connecting to the remote…</source>
        <translation>Connexion au dépôt distant…</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="24"/>
        <source>Checking what the remote has…</source>
        <translation>Vérification du contenu du dépôt distant…</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="26"/>
        <source>Packing objects…</source>
        <translation>Empaquetage des objets…</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="28"/>
        <source>Sending objects (%1 of %2)…</source>
        <translation>Envoi des objets (%1 sur %2)…</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="30"/>
        <source>Verifying the tag on the remote…</source>
        <translation>Vérification de l’étiquette sur le dépôt distant…</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="289"/>
        <source>Planning was cancelled. Plan again when you are ready.</source>
        <translation>La planification a été annulée. Planifiez à nouveau quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="96"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="249"/>
        <source>Pick a release, or start one, to plan its tag.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour planifier son étiquette.</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="251"/>
        <source>Choose the local clone of %1 that the tag goes into.</source>
        <translation>Choisissez le clone local de %1 qui recevra l’étiquette.</translation>
    </message>
    <message>
        <location filename="../src/app/tagstepcontroller.cpp" line="345"/>
        <source>Asking the remote about %1…</source>
        <translation>Interrogation du dépôt distant sur %1…</translation>
    </message>
</context>
<context>
    <name>ra::staging::StagingChecker</name>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="96"/>
        <source>Reading the workflow runs of %1</source>
        <translation>Lecture des exécutions de workflow de %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="107"/>
        <source>GitHub could not list the workflow runs: %1</source>
        <translation>GitHub n’a pas pu lister les exécutions de workflow : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="123"/>
        <source>no run for this commit</source>
        <translation>aucune exécution pour ce commit</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="126"/>
        <source>still %1</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="132"/>
        <source>no conclusion</source>
        <translation>sans conclusion</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="135"/>
        <source>Workflow %1: %2</source>
        <translation>Workflow %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="152"/>
        <source>Reading the artifacts of run %1</source>
        <translation>Lecture des artefacts de l’exécution %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="161"/>
        <source>GitHub could not list the artifacts: %1</source>
        <translation>GitHub n’a pas pu lister les artefacts : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="170"/>
        <source>Artifact %1 has expired; re-run the build to attach packages</source>
        <translation>L’artefact %1 a expiré ; relancez la construction pour joindre les paquets</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="181"/>
        <source>Artifact %1 is missing from the build run</source>
        <translation>L’artefact %1 manque dans l’exécution de construction</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="196"/>
        <source>Asking %1 for its version</source>
        <translation>Demande de sa version à %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="209"/>
        <source>Staging node %1: %2</source>
        <translation>Nœud de préproduction %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="211"/>
        <source>Staging node %1 %2</source>
        <translation>Nœud de préproduction %1 %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="216"/>
        <source>Staging node %1 reports %2 in its Server header but %3 in /status/config</source>
        <translation>Le nœud de préproduction %1 annonce %2 dans son en-tête Server mais %3 dans /status/config</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="225"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="226"/>
        <source>HTTP %1, failing: %2</source>
        <translation>HTTP %1, en échec : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="227"/>
        <source>Staging node %1 %2: %3</source>
        <translation>Nœud de préproduction %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="299"/>
        <source>No staging server is configured; the deployed version was not checked</source>
        <translation>Aucun serveur de préproduction n’est configuré ; la version déployée n’a pas été vérifiée</translation>
    </message>
</context>
</TS>
