<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnnouncePage</name>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="36"/>
        <source>Pick or start a release first: the announcements are filled from it and recorded in its journal.</source>
        <translation>Choisissez ou commencez d’abord une publication : les annonces sont remplies à partir d’elle et consignées dans son journal.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="46"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="44"/>
        <source>Published on:</source>
        <translation>Publiée le :</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="51"/>
        <source>Upgrade within (days):</source>
        <translation>Mise à jour sous (jours) :</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="59"/>
        <source>Release page:</source>
        <translation>Page de la publication :</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="67"/>
        <source>Highlights:</source>
        <translation>Points forts :</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="72"/>
        <source>One line per highlight</source>
        <translation>Une ligne par point fort</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="90"/>
        <source>Upgrade deadline: %1</source>
        <translation>Date limite de mise à jour : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="95"/>
        <source>Send all…</source>
        <translation>Tout envoyer…</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="105"/>
        <source>Send the announcements?</source>
        <translation>Envoyer les annonces ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="106"/>
        <source>Every channel not sent yet posts its announcement of %1 publicly. Channels already sent are skipped.</source>
        <translation>Chaque canal pas encore envoyé publie son annonce de %1 publiquement. Les canaux déjà envoyés sont ignorés.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="155"/>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="168"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="170"/>
        <source>Already sent</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="172"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="174"/>
        <source>Uncertain: check and confirm</source>
        <translation>Incertain : vérifiez et confirmez</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="176"/>
        <source>Test sent</source>
        <translation>Test envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="178"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="209"/>
        <source>Post %1: </source>
        <translation>Message %1 : </translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="209"/>
        <source>Preview: </source>
        <translation>Aperçu : </translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="237"/>
        <source>Link of the post, if you found it</source>
        <translation>Lien du message, si vous l’avez trouvé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="240"/>
        <source>It was posted</source>
        <translation>Il a été publié</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="244"/>
        <source>It was not posted</source>
        <translation>Il n’a pas été publié</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="251"/>
        <source>Reset text</source>
        <translation>Rétablir le texte</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="257"/>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../qml/pages/AnnouncePage.qml" line="264"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>AnnounceStep</name>
    <message>
        <location filename="../src/release/announcestep.cpp" line="99"/>
        <source>The playbook %1 has no channel &apos;%2&apos; (its channels: %3).</source>
        <translation>Le playbook %1 n’a pas de canal « %2 » (ses canaux : %3).</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="171"/>
        <source>Release Assistant cannot post to a channel of kind %1.</source>
        <translation>Release Assistant ne sait pas publier sur un canal de type %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/announcestep.cpp" line="191"/>
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation>
            <numerusform>Trop long pour un seul message : il sera envoyé en %n message.</numerusform>
            <numerusform>Trop long pour un seul message : il sera envoyé en %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="228"/>
        <source>The post on %1 may or may not have been published (%2): look at the channel and confirm it before anything is sent there again.</source>
        <translation>Le message sur %1 a peut-être été publié, peut-être pas (%2) : regardez le canal et confirmez-le avant d’y envoyer quoi que ce soit à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/announcestep.cpp" line="245"/>
        <source>post the announcement on %1 (%n post(s))</source>
        <translation>
            <numerusform>publier l’annonce sur %1 (%n message)</numerusform>
            <numerusform>publier l’annonce sur %1 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="250"/>
        <source>Someone looks at the channels whose post is uncertain and confirms whether it is there.</source>
        <translation>Quelqu’un regarde les canaux dont le message est incertain et confirme s’il y figure.</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="252"/>
        <source>the playbook lists no announcement channel</source>
        <translation>le playbook ne mentionne aucun canal d’annonce</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="253"/>
        <source>announced on %1</source>
        <translation>annoncée sur %1</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="317"/>
        <source>The release journal is not open, so nothing could be recorded; nothing was sent.</source>
        <translation>Le journal de la publication n’est pas ouvert : rien n’a pu être consigné, et rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="390"/>
        <source>Announced on %1</source>
        <translation>Annoncée sur %1</translation>
    </message>
    <message>
        <location filename="../src/release/announcestep.cpp" line="393"/>
        <source>%1 of %2 channels announced</source>
        <translation>%1 canaux annoncés sur %2</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="35"/>
        <source>Published releases</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="39"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="59"/>
        <source>The published releases of %1 and where each one&apos;s announcement stands on every channel.</source>
        <translation>Les versions publiées de %1 et l’état de l’annonce de chacune sur chaque canal.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="60"/>
        <source>Open a project first: its published releases appear here.</source>
        <translation>Ouvrez d’abord un projet : ses versions publiées apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="75"/>
        <source>No published release yet</source>
        <translation>Aucune version publiée pour l’instant</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="76"/>
        <source>A release appears here once it is published on GitHub.</source>
        <translation>Une version apparaît ici dès qu’elle est publiée sur GitHub.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="99"/>
        <source>%1, published on %2: announced on %3 of %4 channels</source>
        <translation>%1, publiée le %2 : annoncée sur %3 canaux sur %4</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="122"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="127"/>
        <source>pre-release</source>
        <translation>préversion</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="132"/>
        <source>Published on %1 · announced on %2 of %3 channels</source>
        <translation>Publiée le %1 · annoncée sur %2 canaux sur %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="150"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/CommunityPage.qml" line="169"/>
        <source>Announce…</source>
        <translation>Annoncer…</translation>
    </message>
</context>
<context>
    <name>GitHubAccountSection</name>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="46"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="60"/>
        <source>%1, from the %2</source>
        <translation>%1 (source : %2)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="69"/>
        <source>none reported (a fine-grained token has permissions per repository)</source>
        <translation>aucune indiquée (un jeton à granularité fine a des permissions par dépôt)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="70"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="50"/>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="56"/>
        <location filename="../qml/GitHubAccountSection.qml" line="88"/>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="65"/>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="75"/>
        <source>Permissions:</source>
        <translation>Permissions :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="83"/>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="96"/>
        <source>Fine-grained personal access token (github_pat_…)</source>
        <translation>Jeton d’accès personnel à granularité fine (github_pat_…)</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="101"/>
        <source>Check and keep</source>
        <translation>Vérifier et conserver</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="110"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="122"/>
        <source>The token needs, on %1: Contents read and write (releases and assets), Actions read (runs and artifacts), Issues read and write (the release checklist).</source>
        <translation>Le jeton a besoin, sur %1, de : Contents en lecture et écriture (publications et fichiers joints), Actions en lecture (exécutions et artefacts), Issues en lecture et écriture (la liste de contrôle de la publication).</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="125"/>
        <source>Device flow:</source>
        <translation>Connexion par appareil :</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="131"/>
        <source>OAuth app client id</source>
        <translation>Identifiant client de l’application OAuth</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="136"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="136"/>
        <source>Sign in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <location filename="../qml/GitHubAccountSection.qml" line="143"/>
        <source>Enter this code:</source>
        <translation>Saisissez ce code :</translation>
    </message>
</context>
<context>
    <name>GitHubAccountSettings</name>
    <message>
        <location filename="../src/app/githubaccountsettings.cpp" line="57"/>
        <source>GITHUB_TOKEN environment variable</source>
        <translation>la variable d’environnement GITHUB_TOKEN</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="95"/>
        <source>Release Assistant — %1</source>
        <translation>Assistant de publication — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="96"/>
        <source>Release Assistant — %1 %2</source>
        <translation>Assistant de publication — %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="120"/>
        <source>Act as %1</source>
        <translation>Agir en tant que %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>You are %1 in the demo</source>
        <translation>Vous êtes %1 dans la démo</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Show the steps</source>
        <translation>Afficher les étapes</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147"/>
        <source>Hide the steps</source>
        <translation>Masquer les étapes</translation>
    </message>
</context>
<context>
    <name>NotesConflictView</name>
    <message>
        <location filename="../qml/notes/NotesConflictView.qml" line="49"/>
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
        <location filename="../qml/notes/NotesEditor.qml" line="65"/>
        <source>Markdown notes: Generate them, or write here</source>
        <translation>Notes en Markdown : générez-les, ou écrivez ici</translation>
    </message>
</context>
<context>
    <name>NotesFindBar</name>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="42"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="48"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="63"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="68"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="71"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="76"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="80"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="87"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesFindBar.qml" line="88"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesFindBar.qml" line="93"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NotesGitHubPanel</name>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="25"/>
        <source>Ask GitHub again</source>
        <translation>Redemander à GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="25"/>
        <source>Ask GitHub for its notes</source>
        <translation>Demander ses notes à GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="43"/>
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
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="100"/>
        <source>GitHub&apos;s notes</source>
        <translation>Notes de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="107"/>
        <source>Diff from ours</source>
        <translation>Différences avec les nôtres</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="137"/>
        <source>Insert all at the cursor</source>
        <translation>Tout insérer au curseur</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesGitHubPanel.qml" line="137"/>
        <source>Insert the selection at the cursor</source>
        <translation>Insérer la sélection au curseur</translation>
    </message>
</context>
<context>
    <name>NotesLintPanel</name>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="28"/>
        <source>Lint</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="34"/>
        <source>Nothing to check yet.</source>
        <translation>Rien à vérifier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="36"/>
        <source>No problem found: every pull request is in the range, links and sizes are fine.</source>
        <translation>Aucun problème trouvé : chaque pull request est dans l’intervalle, les liens et les tailles sont corrects.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesLintPanel.qml" line="37"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesLintPanel.qml" line="38"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="82"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="82"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesLintPanel.qml" line="87"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="83"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="90"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="98"/>
        <source>Save to draft</source>
        <translation>Enregistrer dans le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="107"/>
        <source>Load from draft</source>
        <translation>Charger depuis le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="114"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="122"/>
        <source>Release notes to load (Markdown, UTF-8)</source>
        <translation>Notes de version à charger (Markdown, UTF-8)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="123"/>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="123"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="128"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="139"/>
        <source>Replace the notes?</source>
        <translation>Remplacer les notes ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="140"/>
        <source>Generate writes the notes again from the commits and replaces what is in the editor, your edits included (Undo brings them back). Regenerate refreshes the generated parts and keeps your edits.</source>
        <translation>Générer réécrit les notes à partir des commits et remplace le contenu de l’éditeur, vos modifications comprises (Annuler les rétablit). Régénérer actualise les parties générées et conserve vos modifications.</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="158"/>
        <source>Write the notes from the commits of the range</source>
        <translation>Écrire les notes à partir des commits de l’intervalle</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="164"/>
        <source>Refresh the generated sections, keeping your edits (Ctrl+Shift+R)</source>
        <translation>Actualiser les sections générées en conservant vos modifications (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="172"/>
        <source>Save the notes to the draft release on GitHub, creating it if needed (Ctrl+S)</source>
        <translation>Enregistrer les notes dans le brouillon de publication sur GitHub, en le créant si besoin (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="178"/>
        <source>Load the draft&apos;s text from GitHub</source>
        <translation>Charger le texte du brouillon depuis GitHub</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="185"/>
        <source>Replace the text with a Markdown file (refused, with the line, when it is not UTF-8)</source>
        <translation>Remplacer le texte par un fichier Markdown (refusé, avec la ligne en cause, s’il n’est pas en UTF-8)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="189"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="195"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="198"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="204"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="210"/>
        <source>Find in the notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="217"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="224"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="231"/>
        <source>GitHub&apos;s notes</source>
        <translation>Notes de GitHub</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="322"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/NotesPage.qml" line="324"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="325"/>
        <source>%L1 of %L2 characters</source>
        <translation>%L1 caractères sur %L2</translation>
    </message>
    <message>
        <location filename="../qml/pages/NotesPage.qml" line="326"/>
        <source>preview in %1 ms</source>
        <translation>aperçu en %1 ms</translation>
    </message>
</context>
<context>
    <name>NotesPreview</name>
    <message>
        <location filename="../qml/notes/NotesPreview.qml" line="68"/>
        <source>The notes as GitHub will show them appear here as you type.</source>
        <translation>Les notes telles que GitHub les affichera apparaissent ici pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>NotesRangeBar</name>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="20"/>
        <source>Clone</source>
        <translation>Clone</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="29"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="33"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="42"/>
        <source>no tag</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="45"/>
        <source>Start: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRangeBar.qml" line="48"/>
        <source>to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>NotesRevisionsPanel</name>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="36"/>
        <source>No revision yet: each save to the draft, load or merge keeps one here.</source>
        <translation>Aucune révision pour l’instant : chaque enregistrement dans le brouillon, chargement ou fusion en conserve une ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="37"/>
        <source>%n revision(s) kept in the journal</source>
        <translation>
            <numerusform>%n révision conservée dans le journal</numerusform>
            <numerusform>%n révisions conservées dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="73"/>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="74"/>
        <source>loaded from GitHub</source>
        <translation>chargée depuis GitHub</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="75"/>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="97"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="108"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="119"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../qml/notes/NotesRevisionsPanel.qml" line="127"/>
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
        <location filename="../src/release/notesstep.cpp" line="103"/>
        <source>The draft was edited on GitHub: the notes need a merge</source>
        <translation>Le brouillon a été modifié sur GitHub : les notes doivent être fusionnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/notesstep.cpp" line="106"/>
        <source>The notes are in the draft with %n lint error(s)</source>
        <translation>
            <numerusform>Les notes sont dans le brouillon avec %n erreur de contrôle</numerusform>
            <numerusform>Les notes sont dans le brouillon avec %n erreurs de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="108"/>
        <source>The notes are in the draft</source>
        <translation>Les notes sont dans le brouillon</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="120"/>
        <source>no clone: pull requests and commits are not checked against the release range</source>
        <translation>pas de clone : les pull requests et les commits ne sont pas vérifiés par rapport à la plage de la publication</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="138"/>
        <source>no release tag older than %1 in the clone: the range is not checked</source>
        <translation>aucune étiquette de publication antérieure à %1 dans le clone : la plage n’est pas vérifiée</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="169"/>
        <source>A conflict marker is left from a merge: keep the text the draft must hold and remove the &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines.</source>
        <translation>Un marqueur de conflit reste d’une fusion : gardez le texte que le brouillon doit contenir et supprimez les lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= et &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/notesstep.cpp" line="216"/>
        <source>The notes have %n lint error(s): nothing was sent to GitHub.</source>
        <translation>
            <numerusform>Les notes ont %n erreur de contrôle : rien n’a été envoyé à GitHub.</numerusform>
            <numerusform>Les notes ont %n erreurs de contrôle : rien n’a été envoyé à GitHub.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="217"/>
        <source>Fix each error at its line, then save again.</source>
        <translation>Corrigez chaque erreur à sa ligne, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="230"/>
        <source>The journal refused to keep the notes: %1</source>
        <translation>Le journal a refusé de conserver les notes : %1</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="231"/>
        <location filename="../src/release/notesstep.cpp" line="292"/>
        <source>Nothing was sent. Check that the journal&apos;s folder is writable, then save again.</source>
        <translation>Rien n’a été envoyé. Vérifiez que le dossier du journal est accessible en écriture, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="291"/>
        <source>The journal refused to keep the draft&apos;s text before replacing it: %1</source>
        <translation>Le journal a refusé de conserver le texte du brouillon avant de le remplacer : %1</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="305"/>
        <source>The draft&apos;s text edited on GitHub is kept as revision %1.</source>
        <translation>Le texte du brouillon modifié sur GitHub est conservé comme révision %1.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="317"/>
        <source>Nothing was overwritten. Fix what the message says (the connection, the token), then save again.</source>
        <translation>Rien n’a été écrasé. Corrigez ce que dit le message (la connexion, le jeton), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="331"/>
        <source>Created the draft release %1 with the notes.</source>
        <translation>Brouillon de publication %1 créé avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="334"/>
        <source>Saved the notes to the draft of %1.</source>
        <translation>Notes enregistrées dans le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="337"/>
        <source>The draft of %1 already holds these notes.</source>
        <translation>Le brouillon de %1 contient déjà ces notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="340"/>
        <source>The draft of %1 was edited on GitHub and the notes had not changed since the last sync: the draft&apos;s text is the notes now.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes n’avaient pas changé depuis la dernière synchronisation : le texte du brouillon est désormais celui des notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="346"/>
        <source>The draft of %1 was edited on GitHub and the notes changed too since the last sync: nothing was saved.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes ont aussi changé depuis la dernière synchronisation : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="349"/>
        <source>Merge both versions into the notes, then save again: the edited notes are taken as your merge of this draft.</source>
        <translation>Fusionnez les deux versions dans les notes, puis enregistrez à nouveau : les notes modifiées sont prises comme votre fusion de ce brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="373"/>
        <source>The draft does not hold what this save sent, or a later save replaced it.</source>
        <translation>Le brouillon ne contient pas ce que cet enregistrement a envoyé, ou un enregistrement ultérieur l’a remplacé.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="401"/>
        <source>The tracking issue does not show these notes yet: %1</source>
        <translation>Le ticket de suivi ne montre pas encore ces notes : %1</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="421"/>
        <source>Check the connection and the token, then try again.</source>
        <translation>Vérifiez la connexion et le jeton, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="427"/>
        <source>Release %1 is already published; its notes are no longer a draft.</source>
        <translation>La version %1 est déjà publiée ; ses notes ne sont plus un brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="459"/>
        <source>Would create the draft release %1 with the notes.</source>
        <translation>Créerait le brouillon de publication %1 avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="465"/>
        <source>Would replace the draft of %1, edited on GitHub since the last sync, with the notes (its text kept as a revision).</source>
        <translation>Remplacerait par les notes le brouillon de %1, modifié sur GitHub depuis la dernière synchronisation (son texte étant conservé comme révision).</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="468"/>
        <source>Would save the notes to the draft of %1.</source>
        <translation>Enregistrerait les notes dans le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="471"/>
        <source>The draft of %1 already holds these notes: nothing would be sent.</source>
        <translation>Le brouillon de %1 contient déjà ces notes : rien ne serait envoyé.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="474"/>
        <source>The draft of %1 was edited on GitHub and the notes had not changed since the last sync: its text would be loaded, nothing sent.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes n’avaient pas changé depuis la dernière synchronisation : son texte serait chargé, rien ne serait envoyé.</translation>
    </message>
    <message>
        <location filename="../src/release/notesstep.cpp" line="480"/>
        <source>The draft of %1 was edited on GitHub and the notes changed too: nothing would be sent.</source>
        <translation>Le brouillon de %1 a été modifié sur GitHub et les notes ont aussi changé : rien ne serait envoyé.</translation>
    </message>
</context>
<context>
    <name>NotesWorkbench</name>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="21"/>
        <source>Choose the local clone the notes are generated from.</source>
        <translation>Choisissez le clone local à partir duquel les notes sont générées.</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="52"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="55"/>
        <source>the previous tag (this is a pre-release)</source>
        <translation>l’étiquette précédente (ceci est une préversion)</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="57"/>
        <source>the previous final release</source>
        <translation>la version finale précédente</translation>
    </message>
    <message>
        <location filename="../src/app/notesrangejob.cpp" line="45"/>
        <source>No release tag older than %1 was found in the clone: pick where the notes start.</source>
        <translation>Aucune étiquette de version antérieure à %1 n’a été trouvée dans le clone : choisissez où commencent les notes.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="30"/>
        <source>CI attaches them to the draft: verify it</source>
        <translation>La CI les joint au brouillon : le vérifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="37"/>
        <source>Attach the CI artifacts here</source>
        <translation>Joindre ici les artefacts de la CI</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="46"/>
        <source>none picked</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="46"/>
        <source>the draft of %1 on %2</source>
        <translation>le brouillon de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="58"/>
        <source>the commit the build ran on</source>
        <translation>le commit sur lequel la construction a tourné</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="27"/>
        <source>Pipeline:</source>
        <translation>Chaîne de production :</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="44"/>
        <source>Release:</source>
        <translation>Publication :</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="51"/>
        <source>Tagged commit:</source>
        <translation>Commit étiqueté :</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="68"/>
        <source>CI run id:</source>
        <translation>Identifiant de l’exécution CI :</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="72"/>
        <source>optional: found from the commit when empty</source>
        <translation>facultatif : déduit du commit s’il est vide</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="80"/>
        <source>Also attach SHA256SUMS</source>
        <translation>Joindre aussi SHA256SUMS</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="91"/>
        <source>Verify the draft</source>
        <translation>Vérifier le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="92"/>
        <source>Download, check and attach</source>
        <translation>Télécharger, vérifier et joindre</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="107"/>
        <source>Show the requests</source>
        <translation>Afficher les requêtes</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="124"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="132"/>
        <source>Packages (%1)</source>
        <translation>Paquets (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="136"/>
        <source>The playbook expects no package: every .deb artifact of the run is attached.</source>
        <translation>Le playbook n’attend aucun paquet : chaque artefact .deb de l’exécution est joint.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="180"/>
        <source>%1 %2 (%3) · %4</source>
        <translation>%1 %2 (%3) · %4</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="203"/>
        <source>sha256 %1</source>
        <translation>sha256 %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="222"/>
        <source>Assets on the draft that are not expected</source>
        <translation>Fichiers joints au brouillon qui ne sont pas attendus</translation>
    </message>
    <message>
        <location filename="../qml/pages/PackagesPage.qml" line="235"/>
        <source>The requests it would send (nothing was sent)</source>
        <translation>Les requêtes qui seraient envoyées (rien n’a été envoyé)</translation>
    </message>
</context>
<context>
    <name>PackagesRunner</name>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="42"/>
        <source>GitHub refuses artifact downloads and uploads without a token.</source>
        <translation>GitHub refuse sans jeton les téléchargements d’artefacts et les envois.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="43"/>
        <source>Export GITHUB_TOKEN, then run again.</source>
        <translation>Exportez GITHUB_TOKEN, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="49"/>
        <source>No signed-off commit: the CI run of the packages is unknown.</source>
        <translation>Aucun commit validé : l’exécution CI qui a produit les paquets est inconnue.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="50"/>
        <source>Sign off step 1 first.</source>
        <translation>Validez d’abord l’étape 1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="58"/>
        <source>Check the release workflow&apos;s run on GitHub, then run again.</source>
        <translation>Vérifiez l’exécution du workflow de publication sur GitHub, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesrunner.cpp" line="59"/>
        <source>Fix what the message says, then run again: nothing is uploaded twice.</source>
        <translation>Corrigez ce que signale le message, puis relancez : rien n’est envoyé deux fois.</translation>
    </message>
</context>
<context>
    <name>PackagesStep</name>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="155"/>
        <source>find the draft of %1 by listing (drafts are not found by tag)</source>
        <translation>trouver le brouillon de %1 en listant les publications (un brouillon ne se trouve pas par son étiquette)</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="160"/>
        <source>download the draft&apos;s %1 and check it carries %2</source>
        <translation>télécharger le fichier %1 du brouillon et vérifier qu’il porte %2</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="168"/>
        <source>list the run&apos;s artifacts</source>
        <translation>lister les artefacts de l’exécution</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="170"/>
        <source>find the runs of %1, then the first with package artifacts</source>
        <translation>trouver les exécutions de %1, puis la première qui a des artefacts de paquets</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="173"/>
        <source>download the artifact %1 (resumed with Range)</source>
        <translation>télécharger l’artefact %1 (repris avec Range)</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="176"/>
        <source>read each .deb&apos;s control data, require Version = %1, compute its sha256</source>
        <translation>lire les données de contrôle de chaque .deb, exiger Version = %1, calculer son sha256</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="187"/>
        <source>upload %1 to the draft, unless the same file is there</source>
        <translation>envoyer %1 sur le brouillon, sauf si le même fichier y est déjà</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="194"/>
        <source>upload SHA256SUMS</source>
        <translation>envoyer SHA256SUMS</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="242"/>
        <source>The draft&apos;s assets cannot be listed: %1</source>
        <translation>Les fichiers joints du brouillon ne peuvent pas être listés : %1</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="259"/>
        <source>upload %1 (%2 bytes, sha256 %3)</source>
        <translation>envoyer %1 (%2 octets, sha256 %3)</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="272"/>
        <source>replace %1 (asset %2 holds other content): upload %3 (%4 bytes, sha256 %5), then delete the old asset and rename the new one</source>
        <translation>remplacer %1 (le fichier joint %2 a un autre contenu) : envoyer %3 (%4 octets, sha256 %5), puis supprimer l’ancien fichier joint et renommer le nouveau</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="283"/>
        <source>upload SHA256SUMS unless the same list is there</source>
        <translation>envoyer SHA256SUMS, sauf si la même liste y est déjà</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="287"/>
        <source>Every package is on the draft of %1 already.</source>
        <translation>Chaque paquet est déjà sur le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="317"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="322"/>
        <source>the commit tagged in step 2</source>
        <translation>le commit étiqueté à l’étape 2</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="332"/>
        <source>the commit verified in step 1</source>
        <translation>le commit vérifié à l’étape 1</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="360"/>
        <source>The release journal is not open, so nothing was sent: every upload is recorded first.</source>
        <translation>Le journal de la publication n’est pas ouvert, donc rien n’a été envoyé : chaque envoi est d’abord consigné.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="366"/>
        <source>Verifying the packages on the draft</source>
        <translation>Vérification des paquets sur le brouillon</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="366"/>
        <source>Attaching the packages to the draft</source>
        <translation>Ajout des paquets au brouillon</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="377"/>
        <source>Every package on the draft is there and carries version %1.</source>
        <translation>Chaque paquet est présent sur le brouillon et porte la version %1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="378"/>
        <source>Every package is on the draft of %1.</source>
        <translation>Chaque paquet est sur le brouillon de %1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="382"/>
        <source>The draft also holds assets that are not expected: %1.</source>
        <translation>Le brouillon contient aussi des fichiers joints non attendus : %1.</translation>
    </message>
    <message>
        <location filename="../src/release/packagesstep.cpp" line="414"/>
        <source>The tracking issue does not show the new packages yet: %1</source>
        <translation>Le ticket de suivi ne montre pas encore les nouveaux paquets : %1</translation>
    </message>
</context>
<context>
    <name>PersonStepRunner</name>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="74"/>
        <source>the candidate commit</source>
        <translation>le commit candidat</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="67"/>
        <source>Step 1 in the app, or: release-assistant-cli staging check --commit %1 --release %2</source>
        <translation>Étape 1 dans l’application, ou : release-assistant-cli staging check --commit %1 --release %2</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="38"/>
        <source>A maintainer reviews the scoring-table change set of %1, then applies it or schedules it for the publication.</source>
        <translation>Un mainteneur relit l’ensemble de modifications de la table de notation pour %1, puis l’applique ou le programme pour la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="41"/>
        <source>Step 3 in the app, or: release-assistant-cli table add|apply</source>
        <translation>Étape 3 dans l’application, ou : release-assistant-cli table add|apply</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="44"/>
        <source>A maintainer writes and reviews the release notes of %1 and saves them to the draft.</source>
        <translation>Un mainteneur rédige et relit les notes de version de %1, puis les enregistre dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="45"/>
        <source>Step 4 in the app; release-assistant-cli notes generate --tag %1 drafts them.</source>
        <translation>Étape 4 dans l’application ; release-assistant-cli notes generate --tag %1 en produit un premier jet.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="47"/>
        <source>The packages of %1 are attached to the draft.</source>
        <translation>Les paquets de %1 sont joints au brouillon.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="48"/>
        <source>Step 5 in the app, or: release-assistant-cli packages attach --release %1</source>
        <translation>Étape 5 dans l’application, ou : release-assistant-cli packages attach --release %1</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="52"/>
        <source>A maintainer publishes %1.</source>
        <translation>Un mainteneur publie %1.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="53"/>
        <source>Step 6 in the app, or: release-assistant-cli review status|approve|publish --release %1</source>
        <translation>Étape 6 dans l’application, ou : release-assistant-cli review status|approve|publish --release %1</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="73"/>
        <source>A maintainer checks staging for %1 and signs the checks off (or overrides them with a reason).</source>
        <translation>Un mainteneur vérifie la préproduction pour %1 et valide les vérifications (ou passe outre en donnant une raison).</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="81"/>
        <source>Every staging check of %1 passed (%2): a maintainer signs them off.</source>
        <translation>Toutes les vérifications en préproduction de %1 ont réussi (%2) : un mainteneur les valide.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="85"/>
        <source>The staging checks of %1 did not pass (%2): fix it and check again, or a maintainer overrides them with a reason.</source>
        <translation>Les vérifications en préproduction de %1 n’ont pas réussi (%2) : corrigez et vérifiez à nouveau, ou un mainteneur passe outre en donnant une raison.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="121"/>
        <source>The announcement of %1 on %2 may or may not have been posted: someone looks at the channel and confirms it.</source>
        <translation>L’annonce de %1 sur %2 a peut-être été publiée, peut-être pas : quelqu’un regarde le canal et le confirme.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="124"/>
        <source>release-assistant-cli announce send --release %1 --channel %2 --confirm-sent &lt;url&gt; (or --confirm-not-sent)</source>
        <translation>release-assistant-cli announce send --release %1 --channel %2 --confirm-sent &lt;url&gt; (ou --confirm-not-sent)</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="130"/>
        <source>The announcement of %1 failed on %2 (%3): the community manager sends it again.</source>
        <translation>L’annonce de %1 a échoué sur %2 (%3) : le responsable de la communauté l’envoie à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="135"/>
        <source>The community manager announces %1 on %2.</source>
        <translation>Le responsable de la communauté annonce %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../src/release/personsteprunner.cpp" line="132"/>
        <location filename="../src/release/personsteprunner.cpp" line="136"/>
        <source>Step 7 in the app, or: release-assistant-cli announce send --release %1</source>
        <translation>Étape 7 dans l’application, ou : release-assistant-cli announce send --release %1</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="42"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="44"/>
        <source>look at it</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="46"/>
        <source>to fix</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="48"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="50"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="56"/>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="58"/>
        <source>Sign in to GitHub</source>
        <translation>Se connecter à GitHub</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="60"/>
        <source>Open the scoring table</source>
        <translation>Ouvrir la table de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="80"/>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="84"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="90"/>
        <source>Start the release</source>
        <translation>Commencer la publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="92"/>
        <source>Go to step 1 (Ctrl+PgDown)</source>
        <translation>Aller à l’étape 1 (Ctrl+PgSuiv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="105"/>
        <source>What a release of %1 needs, checked before step 1. Each line says what to do when something is missing.</source>
        <translation>Ce dont une publication de %1 a besoin, vérifié avant l’étape 1. Chaque ligne dit quoi faire quand quelque chose manque.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="106"/>
        <source>Open a project first: its checks appear here.</source>
        <translation>Ouvrez d’abord un projet : ses vérifications apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreflightPage.qml" line="116"/>
        <source>%n check(s) to fix before the release: each says how.</source>
        <translation>
            <numerusform>%n vérification à corriger avant la publication : elle dit comment.</numerusform>
            <numerusform>%n vérifications à corriger avant la publication : chacune dit comment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreflightPage.qml" line="118"/>
        <source>%n check(s) to look at; the release can start.</source>
        <translation>
            <numerusform>%n vérification à examiner ; la publication peut commencer.</numerusform>
            <numerusform>%n vérifications à examiner ; la publication peut commencer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="119"/>
        <source>Everything the release needs is in place.</source>
        <translation>Tout ce dont la publication a besoin est en place.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreflightPage.qml" line="139"/>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="21"/>
        <location filename="../qml/ProjectPicker.qml" line="36"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="24"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="26"/>
        <source>Clone: %1
Playbook: %2</source>
        <translation>Clone : %1
Playbook : %2</translation>
    </message>
    <message>
        <location filename="../qml/ProjectPicker.qml" line="59"/>
        <source>The folder of the project&apos;s git clone</source>
        <translation>Le dossier du clone git du projet</translation>
    </message>
</context>
<context>
    <name>ProjectRole</name>
    <message>
        <location filename="../src/release/projectrole.cpp" line="37"/>
        <source>Maintainer</source>
        <translation>Mainteneur</translation>
    </message>
    <message>
        <location filename="../src/release/projectrole.cpp" line="39"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location filename="../src/release/projectrole.cpp" line="41"/>
        <source>Community manager</source>
        <translation>Responsable de la communauté</translation>
    </message>
</context>
<context>
    <name>PublishRunner</name>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="34"/>
        <source>Publishing needs a GitHub token with write access.</source>
        <translation>La publication nécessite un jeton GitHub avec accès en écriture.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="35"/>
        <source>Export GITHUB_TOKEN, then run again.</source>
        <translation>Exportez GITHUB_TOKEN, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="51"/>
        <source>%1 is published.</source>
        <translation>%1 est publiée.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="57"/>
        <source>Approved by %1.</source>
        <translation>Approuvée par %1.</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="60"/>
        <source>Reviewers approve with: release-assistant-cli review approve --release %1 (or the app&apos;s step 6).</source>
        <translation>Les relecteurs approuvent avec : release-assistant-cli review approve --release %1 (ou l’étape 6 de l’application).</translation>
    </message>
    <message>
        <location filename="../src/release/publishrunner.cpp" line="80"/>
        <source>The release is published. Run again to retry only the scoring-table change.</source>
        <translation>La version est publiée. Relancez pour ne retenter que la modification de la table de notation.</translation>
    </message>
</context>
<context>
    <name>PublishStatus</name>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="108"/>
        <source>The release is published.</source>
        <translation>La version est publiée.</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="111"/>
        <source>The publish flags cannot be decided: %1</source>
        <translation>Les options de publication ne peuvent pas être déterminées : %1</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="112"/>
        <source>Check the release&apos;s tag against the playbook&apos;s version scheme.</source>
        <translation>Vérifiez l’étiquette de la publication par rapport au schéma de version du playbook.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/publishstatus.cpp" line="115"/>
        <source>%n approval(s) of this content missing.</source>
        <translation>
            <numerusform>Il manque %n approbation de ce contenu.</numerusform>
            <numerusform>Il manque %n approbations de ce contenu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="116"/>
        <source>Ask the approvers to review the draft (review approve, or the app&apos;s step 6).</source>
        <translation>Demandez aux approbateurs de relire le brouillon (review approve, ou l’étape 6 de l’application).</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="119"/>
        <source>Changes requested by %1.</source>
        <translation>Modifications demandées par %1.</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="120"/>
        <source>Address them and save the notes; the new content needs new approvals.</source>
        <translation>Traitez-les et enregistrez les notes ; le nouveau contenu demande de nouvelles approbations.</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="124"/>
        <source>The asset %1 is not completely uploaded (state &quot;%2&quot;).</source>
        <translation>Le fichier joint %1 n’est pas entièrement envoyé (état « %2 »).</translation>
    </message>
    <message>
        <location filename="../src/release/publishstatus.cpp" line="125"/>
        <source>Run the packages step again: it deletes and re-uploads it.</source>
        <translation>Relancez l’étape des paquets : elle le supprime et l’envoie à nouveau.</translation>
    </message>
</context>
<context>
    <name>PublishStep</name>
    <message>
        <location filename="../src/release/publishstep.cpp" line="145"/>
        <location filename="../src/release/publishstep.cpp" line="353"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="303"/>
        <source>Say what must change.</source>
        <translation>Dites ce qui doit changer.</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="304"/>
        <source>A change request without a reason cannot be addressed.</source>
        <translation>Une demande de modification sans raison ne peut pas être traitée.</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="412"/>
        <source>ask who the token belongs to (the reviewer)</source>
        <translation>demander à qui appartient le jeton (le relecteur)</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="415"/>
        <source>read the draft of %1 again and the published releases</source>
        <translation>relire le brouillon de %1 et les versions publiées</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="418"/>
        <source>read the verdicts on tracking issue #%1</source>
        <translation>lire les avis sur le ticket de suivi n° %1</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="422"/>
        <source>look for the tracking issue of %1 and read its verdicts</source>
        <translation>chercher le ticket de suivi de %1 et lire ses avis</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="427"/>
        <source>publish %1 (%2)</source>
        <translation>publier %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="437"/>
        <source>publish %1 with the pre-release and latest flags its version calls for (the draft&apos;s id and the flags are read first)</source>
        <translation>publier %1 avec les options « préversion » et « dernière » qu’exige sa version (l’identifiant du brouillon et les options sont lus d’abord)</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="453"/>
        <source>apply the scoring-table change scheduled for %1, released at the publication time</source>
        <translation>appliquer la modification de la table de notation programmée pour %1, datée de l’heure de publication</translation>
    </message>
    <message>
        <location filename="../src/release/publishstep.cpp" line="461"/>
        <source>%1 is published</source>
        <translation>%1 est publiée</translation>
    </message>
</context>
<context>
    <name>ReleasePicker</name>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="21"/>
        <source>No release yet</source>
        <translation>Aucune publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="21"/>
        <source>Release %1</source>
        <translation>Publication %1</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="24"/>
        <source>Current release</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="33"/>
        <source>New version, e.g. 1.4.0</source>
        <translation>Nouvelle version, p. ex. 1.4.0</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="34"/>
        <source>Version of a new release</source>
        <translation>Version d’une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="39"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="43"/>
        <source>Start a release of this version</source>
        <translation>Commencer une publication de cette version</translation>
    </message>
</context>
<context>
    <name>ReleasePlanner</name>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="53"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="82"/>
        <source>%1 %2 was started on %3 and its outcome is unknown: reconcile it first</source>
        <translation>%1 %2 a été lancé le %3 et son résultat est inconnu : établissez-le d’abord</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="123"/>
        <source>No candidate commit: open the project&apos;s clone so the commit can be found.</source>
        <translation>Aucun commit candidat : ouvrez le clone du projet pour que le commit puisse être trouvé.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="133"/>
        <source>Open the project&apos;s clone: the tag is made there.</source>
        <translation>Ouvrez le clone du projet : l’étiquette y est créée.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="164"/>
        <source>the playbook lists no scoring table</source>
        <translation>le playbook ne mentionne aucune table de notation</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="171"/>
        <source>an SQL file</source>
        <translation>un fichier SQL</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="173"/>
        <source>insert the %1 row into %2</source>
        <translation>insérer la ligne %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="177"/>
        <source>set replaced_on of the previous stable %1 row</source>
        <translation>renseigner replaced_on de la ligne %1 stable précédente</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="180"/>
        <source>A maintainer reviews the change set before it is applied or scheduled for publication.</source>
        <translation>Un mainteneur relit l’ensemble de modifications avant qu’il soit appliqué ou programmé pour la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="188"/>
        <source>read the commits and pull requests since the previous %1 tag</source>
        <translation>lire les commits et les pull requests depuis l’étiquette de la %1 précédente</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="189"/>
        <source>release</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="189"/>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="195"/>
        <source>find the draft release of %1</source>
        <translation>trouver le brouillon de publication de %1</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="197"/>
        <source>save the notes to the draft (created with POST when CI made none)</source>
        <translation>enregistrer les notes dans le brouillon (créé par POST si la CI n’en a pas créé)</translation>
    </message>
    <message>
        <location filename="../src/release/releaseplanner.cpp" line="232"/>
        <source>No signed-off commit: the CI run of the packages is unknown. Sign off step 1 first.</source>
        <translation>Aucun commit validé : l’exécution CI des paquets est inconnue. Validez d’abord l’étape 1.</translation>
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
        <location filename="../src/release/releaseplanner.cpp" line="281"/>
        <source>the playbook lists no announcement channel</source>
        <translation>le playbook ne mentionne aucun canal d’annonce</translation>
    </message>
</context>
<context>
    <name>ReleaseRunner</name>
    <message>
        <location filename="../src/release/releaserunner.cpp" line="96"/>
        <source>would run</source>
        <translation>serait exécutée</translation>
    </message>
    <message>
        <location filename="../src/release/releaserunner.cpp" line="109"/>
        <source>This front end has no runner for step %1 (%2).</source>
        <translation>Cette interface ne sait pas exécuter l’étape %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="35"/>
        <source>approved revision %1</source>
        <translation>a approuvé la révision %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="37"/>
        <source>asked for changes to revision %1</source>
        <translation>a demandé des modifications de la révision %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="39"/>
        <source>approved revision %1, an earlier one</source>
        <translation>a approuvé la révision %1, une révision antérieure</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="40"/>
        <source>gave a verdict on an earlier revision</source>
        <translation>a donné un avis sur une révision antérieure</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="42"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="56"/>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="62"/>
        <source>Open the tracking issue</source>
        <translation>Ouvrir le ticket de suivi</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="73"/>
        <source>Posted %1. </source>
        <translation>Publié %1. </translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="74"/>
        <source>Read from the tracking issue.</source>
        <translation>Lu dans le ticket de suivi.</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="74"/>
        <source>Read from the draft.</source>
        <translation>Lu dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="75"/>
        <source>Digest %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="98"/>
        <source>Changes since you approved revision %1</source>
        <translation>Modifications depuis votre approbation de la révision %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="99"/>
        <source>Changes since you approved</source>
        <translation>Modifications depuis votre approbation</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="156"/>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="169"/>
        <source>The release notes under review</source>
        <translation>Les notes de version en cours de relecture</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="176"/>
        <source>Comment on a line</source>
        <translation>Commenter une ligne</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="184"/>
        <source>Click a line of the notes&apos; source to comment on it. A comment goes on the tracking issue and is not a verdict.</source>
        <translation>Cliquez sur une ligne de la source des notes pour la commenter. Un commentaire va sur le ticket de suivi et n’est pas un verdict.</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="218"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="220"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="234"/>
        <source>Your comment on line %1</source>
        <translation>Votre commentaire sur la ligne %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="243"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="266"/>
        <source>Line comments</source>
        <translation>Commentaires de ligne</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="281"/>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="282"/>
        <source>Lines %1–%2, %3: %4</source>
        <translation>Lignes %1 à %2, %3 : %4</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="284"/>
        <source>(on revision %1, an earlier one)</source>
        <translation>(sur la révision %1, une version antérieure)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="292"/>
        <source>Assets</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="297"/>
        <source>No asset</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="331"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="346"/>
        <source>sha256:%1</source>
        <translation>sha256 : %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="346"/>
        <source>no digest reported</source>
        <translation>aucune empreinte indiquée</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="354"/>
        <source>Approvers (%1 required)</source>
        <translation>Approbateurs (%1 requis)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="386"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="387"/>
        <source>waiting since %1</source>
        <translation>en attente depuis %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="398"/>
        <source>What must change (for Request changes)</source>
        <translation>Ce qui doit changer (pour « Demander des modifications »)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="407"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="408"/>
        <source>Approve revision %1</source>
        <translation>Approuver la révision %1</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="408"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewDetail.qml" line="415"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
</context>
<context>
    <name>ReviewInboxPage</name>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="21"/>
        <source>Review inbox</source>
        <translation>Relectures en attente</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="25"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="55"/>
        <source>Open a project first: the releases waiting for your review appear here.</source>
        <translation>Ouvrez d’abord un projet : les versions qui attendent votre relecture apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="57"/>
        <source>The releases of %1 waiting for %2&apos;s approval.</source>
        <translation>Les versions de %1 qui attendent l’approbation de %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="58"/>
        <source>The releases of %1 waiting for your approval.</source>
        <translation>Les versions de %1 qui attendent votre approbation.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="73"/>
        <source>Nothing waits for your review</source>
        <translation>Rien n’attend votre relecture</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="74"/>
        <source>A release appears here when its tracking issue asks for your approval.</source>
        <translation>Une version apparaît ici quand son ticket de suivi demande votre approbation.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="93"/>
        <source>%1, revision %2, waiting since %3</source>
        <translation>%1, révision %2, en attente depuis %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="114"/>
        <source>Revision %1 · waiting since %2</source>
        <translation>Révision %1 · en attente depuis %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="115"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="123"/>
        <source>changed since you approved</source>
        <translation>modifiée depuis votre approbation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewInboxPage.qml" line="123"/>
        <source>not reviewed</source>
        <translation>non relue</translation>
    </message>
</context>
<context>
    <name>ReviewPublishPage</name>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="35"/>
        <source>Pick a release to review.</source>
        <translation>Choisissez une publication à relire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="36"/>
        <source>The draft of %1 on %2</source>
        <translation>Le brouillon de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="48"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="48"/>
        <source>Read the draft</source>
        <translation>Lire le brouillon</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="69"/>
        <source>Read the draft to see what the reviewers approve: its digest (a fingerprint of the version, the notes and the assets), the notes as GitHub renders them, and every verdict on the release tracking issue. Changing one character of the notes needs new approvals; Publish stays locked until enough approvers approved this very content.</source>
        <translation>Lisez le brouillon pour voir ce que les relecteurs approuvent : son empreinte (calculée sur la version, les notes et les fichiers joints), les notes telles que GitHub les affiche, et chaque verdict sur le ticket de suivi de la publication. Changer un seul caractère des notes exige de nouvelles approbations ; Publier reste verrouillé tant que suffisamment d’approbateurs n’ont pas approuvé ce contenu précis.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="88"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="78"/>
        <source>Digest:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="86"/>
        <source>Assets:</source>
        <translation>Fichiers joints :</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="92"/>
        <source>Tracking issue:</source>
        <translation>Ticket de suivi :</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="94"/>
        <source>#%1: %2</source>
        <translation>n°%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="95"/>
        <source>none yet: the first verdict creates it</source>
        <translation>aucun pour l’instant : le premier verdict le créera</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="121"/>
        <source>The release notes as GitHub shows them</source>
        <translation>Les notes de version telles que GitHub les affiche</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="135"/>
        <source>Since your last approval</source>
        <translation>Depuis votre dernière approbation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="141"/>
        <source>You have not approved this release from this computer yet.</source>
        <translation>Vous n’avez pas encore approuvé cette publication depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="142"/>
        <source>You approved exactly this content.</source>
        <translation>Vous avez approuvé exactement ce contenu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="143"/>
        <source>The content changed: %1 line(s) added, %2 removed in the notes (assets or version may differ too).</source>
        <translation>Le contenu a changé : %1 ligne(s) ajoutée(s), %2 supprimée(s) dans les notes (les fichiers joints ou la version peuvent aussi différer).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="157"/>
        <source>Approvals: %1 of %2 required</source>
        <translation>Approbations : %1 sur %2 requises</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="175"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="175"/>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="179"/>
        <source>%1 approved</source>
        <translation>%1 a approuvé</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="180"/>
        <source>%1 asked for changes</source>
        <translation>%1 a demandé des modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="185"/>
        <source>stale: earlier content</source>
        <translation>périmé : contenu antérieur</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="200"/>
        <source>Approve this content</source>
        <translation>Approuver ce contenu</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="207"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="222"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="233"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="245"/>
        <source>Say what must change. Your comment is posted on the tracking issue for this exact content.</source>
        <translation>Dites ce qui doit changer. Votre commentaire est publié sur le ticket de suivi pour ce contenu précis.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="253"/>
        <source>The upgrade section is missing…</source>
        <translation>La section sur la mise à jour manque…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="261"/>
        <source>Publish %1?</source>
        <translation>Publier %1 ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="272"/>
        <source>The draft becomes public with the notes and assets the reviewers approved (digest %1). This cannot be undone.</source>
        <translation>Le brouillon devient public avec les notes et les fichiers joints approuvés par les relecteurs (empreinte %1). Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="279"/>
        <source>It is marked as a pre-release.</source>
        <translation>Elle est marquée comme préversion.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="279"/>
        <source>It is a final release (not a pre-release).</source>
        <translation>C’est une version finale (pas une préversion).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="286"/>
        <source>It becomes the latest release: new installations use it at once.</source>
        <translation>Elle devient la dernière version : les nouvelles installations l’utilisent aussitôt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPublishPage.qml" line="287"/>
        <source>It does not become the latest release.</source>
        <translation>Elle ne devient pas la dernière version.</translation>
    </message>
</context>
<context>
    <name>RoleResolver</name>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="49"/>
        <source>%1 access to %2</source>
        <translation>accès %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="54"/>
        <source>an approver in the playbook</source>
        <translation>approbateur dans le playbook</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="57"/>
        <source>%1 access to %2, and the playbook lets everyone with triage access review</source>
        <translation>accès %1 à %2, et le playbook laisse relire quiconque a l’accès triage</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="61"/>
        <source>the playbook lists no approver, so anyone with push access approves</source>
        <translation>le playbook ne nomme aucun approbateur : quiconque peut pousser approuve</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="65"/>
        <source>an announcer in the playbook</source>
        <translation>annonceur dans le playbook</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="70"/>
        <source>GitHub did not say who you are: sign in to GitHub to find your role on %1.</source>
        <translation>GitHub n’a pas dit qui vous êtes : connectez-vous à GitHub pour connaître votre rôle sur %1.</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="71"/>
        <source>%1 has %2 access to %3 and is neither an approver nor an announcer in the playbook: ask a maintainer for push access, or to list you in the playbook&apos;s [approvals] or [announcements].</source>
        <translation>%1 a un accès %2 à %3 et n’est ni approbateur ni annonceur dans le playbook : demandez à un mainteneur l’accès en écriture (push), ou de vous inscrire dans la section [approvals] ou [announcements] du playbook.</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="73"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/release/roleresolver.cpp" line="84"/>
        <source>Your role could not be worked out: %1</source>
        <translation>Votre rôle n’a pas pu être déterminé : %1</translation>
    </message>
</context>
<context>
    <name>ScheduledScoring</name>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="63"/>
        <source>An apply of the scoring-table change for %1 started on %2 and its outcome was never recorded, and its record cannot be read: %3</source>
        <translation>Une application de la modification de la table de notation pour %1 a commencé le %2 sans que son résultat soit jamais consigné, et son enregistrement est illisible : %3</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="66"/>
        <source>Open step 3 and read the table to see whether it lists %1.</source>
        <translation>Ouvrez l’étape 3 et lisez la table pour voir si %1 y est inscrite.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="79"/>
        <source>Checking whether the interrupted apply of the change for %1 went through</source>
        <translation>Vérification de l’aboutissement de l’application interrompue de la modification pour %1</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="92"/>
        <source>The scoring-table change scheduled for %1 cannot be read: %2</source>
        <translation>La modification de la table de notation programmée pour %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="93"/>
        <source>Open step 3, review the change again and schedule or apply it there.</source>
        <translation>Ouvrez l’étape 3, relisez la modification, puis programmez-la ou appliquez-la depuis cette étape.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="96"/>
        <source>The release journal is not open, so the scoring-table change scheduled for %1 was not applied (it could not be recorded).</source>
        <translation>Le journal des publications n’est pas ouvert ; la modification de la table de notation programmée pour %1 n’a donc pas été appliquée (elle n’aurait pas pu être consignée).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="99"/>
        <location filename="../src/release/scheduledscoring.cpp" line="117"/>
        <source>Check the journal, then run it again; the schedule is kept.</source>
        <translation>Vérifiez le journal, puis relancez ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="102"/>
        <source>The publication time of %1 is not known, so the scheduled scoring-table change was not applied (released_on would be a guess).</source>
        <translation>L’heure de publication de %1 est inconnue ; la modification programmée de la table de notation n’a donc pas été appliquée (released_on serait une supposition).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="105"/>
        <source>Run it again once GitHub shows the release as published; the schedule is kept.</source>
        <translation>Relancez une fois que GitHub affiche la version comme publiée ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="155"/>
        <source>its publication</source>
        <translation>sa publication</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="158"/>
        <source>The scoring table lists %1 from its publication time, %2.</source>
        <translation>La table de notation inscrit %1 à partir de son heure de publication (%2).</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="162"/>
        <source>The scoring table already lists %1 from %2: the interrupted apply went through.</source>
        <translation>La table de notation inscrit déjà %1 à partir de %2 : l’application interrompue a abouti.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="164"/>
        <source>The scoring table already lists %1 from %2; nothing was written.</source>
        <translation>La table de notation inscrit déjà %1 à partir de %2 ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="115"/>
        <location filename="../src/release/scheduledscoring.cpp" line="172"/>
        <source>The scoring-table change scheduled for %1 was not applied: %2</source>
        <translation>La modification de la table de notation programmée pour %1 n’a pas été appliquée : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="166"/>
        <source>Whether the scoring-table change scheduled for %1 reached the table is not known: %2</source>
        <translation>On ne sait pas si la modification de la table de notation programmée pour %1 a atteint la table : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="168"/>
        <source>Run it again once the scoring database answers: it reads the table first and never writes the change twice.</source>
        <translation>Relancez-la dès que la base de notation répond : elle lit d’abord la table et n’écrit jamais la modification deux fois.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="174"/>
        <source>The table changed since the change was reviewed. Open step 3, read the table again and review the change anew; the schedule is kept.</source>
        <translation>La table a changé depuis la relecture de la modification. Ouvrez l’étape 3, relisez la table, puis relisez la modification ; la programmation est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/scheduledscoring.cpp" line="176"/>
        <source>The schedule is kept: run it again once the scoring database can be reached with the right password.</source>
        <translation>La programmation est conservée : relancez une fois que la base de notation est joignable avec le bon mot de passe.</translation>
    </message>
</context>
<context>
    <name>ScoringChangeSet</name>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="20"/>
        <source>What this release adds</source>
        <translation>Ce que cette publication ajoute</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="30"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="36"/>
        <source>e.g. 1.4.0, as the node reports it</source>
        <translation>p. ex. 1.4.0, tel que le nœud l’annonce</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="40"/>
        <source>Released on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="49"/>
        <source>When the release becomes installable (its publish time), UTC. Nodes that upgrade earlier are scored “other”.</source>
        <translation>Quand la version devient installable (son heure de publication), en UTC. Les nœuds mis à jour plus tôt sont notés « other ».</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="54"/>
        <source>Also retire open pre-releases</source>
        <translation>Retirer aussi les préversions ouvertes</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="58"/>
        <source>For a final release: give nodes still on a release candidate the usual grace period instead of leaving them valid indefinitely.</source>
        <translation>Pour une version finale : accorder aux nœuds encore sur une version candidate le délai de grâce habituel au lieu de les laisser valides indéfiniment.</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="105"/>
        <source>Apply to database</source>
        <translation>Appliquer à la base</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="106"/>
        <source>Apply and save</source>
        <translation>Appliquer et enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="106"/>
        <source>Apply to rows</source>
        <translation>Appliquer aux lignes</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="111"/>
        <source>SQL…</source>
        <translation>SQL…</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="115"/>
        <source>The same change as SQL, to run by hand or keep with the release.</source>
        <translation>La même modification en SQL, à exécuter à la main ou à conserver avec la publication.</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="120"/>
        <source>Cancel schedule</source>
        <translation>Annuler la programmation</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="120"/>
        <source>Apply at publish</source>
        <translation>Appliquer à la publication</translation>
    </message>
    <message>
        <location filename="../qml/ScoringChangeSet.qml" line="123"/>
        <source>Apply this change set to the scoring database when the release is published (step 6).</source>
        <translation>Appliquer cet ensemble de modifications à la base de notation quand la version est publiée (étape 6).</translation>
    </message>
</context>
<context>
    <name>ScoringRunner</name>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="38"/>
        <source>An apply of the scoring-table change of %1 was left unfinished and the table could not be read to settle it: %2</source>
        <translation>Une application de la modification de la table de notation de %1 est restée inachevée, et la table n’a pas pu être lue pour trancher : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="41"/>
        <source>Set RA_SCORING_DB_PASSWORD (or .pgpass) and run again once the scoring database answers; nothing is written twice.</source>
        <translation>Définissez RA_SCORING_DB_PASSWORD (ou .pgpass) et relancez dès que la base de notation répond ; rien n’est écrit deux fois.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="53"/>
        <source>Schedule the change again in step 3 (the app, or &apos;release-assistant-cli table schedule&apos;).</source>
        <translation>Programmez à nouveau la modification à l’étape 3 (dans l’application, ou « release-assistant-cli table schedule »).</translation>
    </message>
    <message>
        <location filename="../src/release/scoringrunner.cpp" line="61"/>
        <source>The scoring-table change of %1 is scheduled: step 6 applies it with the publication time.</source>
        <translation>La modification de la table de notation pour %1 est programmée : l’étape 6 l’appliquera avec l’heure de publication.</translation>
    </message>
</context>
<context>
    <name>ScoringStep</name>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="131"/>
        <source>it names no database</source>
        <translation>il ne nomme aucune base de données</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="160"/>
        <source>An apply of the scoring-table change of %1 started on %2 and its outcome was never recorded.</source>
        <translation>Une application de la modification de la table de notation de %1 a commencé le %2 et son issue n’a jamais été consignée.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="163"/>
        <source>Read the table: a change already there is recorded as done and never written twice.</source>
        <translation>Lisez la table : une modification déjà présente est consignée comme faite et n’est jamais écrite deux fois.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="167"/>
        <source>The scoring table lists %1 (since %2).</source>
        <translation>La table de notation inscrit %1 (depuis le %2).</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="172"/>
        <source>The change of %1 is scheduled: the publish step applies it with the publication time.</source>
        <translation>La modification de %1 est programmée : l’étape de publication l’applique avec l’heure de publication.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="179"/>
        <location filename="../src/release/scoringstep.cpp" line="298"/>
        <location filename="../src/release/scoringstep.cpp" line="394"/>
        <source>Read the table again and review the change anew.</source>
        <translation>Relisez la table et examinez de nouveau la modification.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="180"/>
        <source>Apply it again once the scoring database can be reached with the right password.</source>
        <translation>Appliquez-la à nouveau dès que la base de notation est joignable avec le bon mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="183"/>
        <source>The change set of %1 is ready to apply.</source>
        <translation>L’ensemble de modifications de %1 est prêt à être appliqué.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="202"/>
        <source>read %1 to settle the interrupted apply</source>
        <translation>lire %1 pour trancher sur l’application interrompue</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="210"/>
        <location filename="../src/release/scoringstep.cpp" line="318"/>
        <source>%1 is listed as asked; there is nothing to change.</source>
        <translation>%1 est inscrite comme demandé ; il n’y a rien à changer.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="215"/>
        <source>begin one transaction, lock %1 against writers and check it is the table reviewed</source>
        <translation>ouvrir une transaction, verrouiller %1 en écriture et vérifier que c’est bien la table examinée</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="226"/>
        <source>retire %1 %2: replaced_on %3</source>
        <translation>retirer %1 %2 : replaced_on %3</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="241"/>
        <source>insert %1 %2 released_on %3%4</source>
        <translation>insérer %1 %2 released_on %3%4</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="243"/>
        <source> (pre-release)</source>
        <translation> (préversion)</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="247"/>
        <source>commit: all of the change set or nothing</source>
        <translation>valider (commit) : tout l’ensemble de modifications ou rien</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="267"/>
        <location filename="../src/release/scoringstep.cpp" line="417"/>
        <source>Listed in the scoring table.</source>
        <translation>Inscrite dans la table de notation.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="275"/>
        <source>An apply of the scoring-table change of %1 started on %2 and its record cannot be read: %3</source>
        <translation>Une application de la modification de la table de notation de %1 a commencé le %2 et son enregistrement ne peut pas être lu : %3</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="277"/>
        <source>Check the table by hand, then apply the change again; it is never written twice.</source>
        <translation>Vérifiez la table à la main, puis appliquez à nouveau la modification ; elle n’est jamais écrite deux fois.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="286"/>
        <source>The scoring table holds the change of %1: the interrupted apply went through.</source>
        <translation>La table de notation contient la modification de %1 : l’application interrompue a abouti.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="290"/>
        <source>The interrupted apply of the change of %1 did not reach the table: nothing was written.</source>
        <translation>L’application interrompue de la modification de %1 n’a pas atteint la table : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="292"/>
        <source>Apply the change again.</source>
        <translation>Appliquez à nouveau la modification.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="296"/>
        <source>The table holds something else than the interrupted apply of %1 would have written: %2</source>
        <translation>La table contient autre chose que ce qu’aurait écrit l’application interrompue de %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="328"/>
        <source>The release journal refused the record, so the scoring-table change of %1 was not applied: %2</source>
        <translation>Le journal de la publication a refusé l’enregistrement, donc la modification de la table de notation de %1 n’a pas été appliquée : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="331"/>
        <source>Check the journal, then apply it again.</source>
        <translation>Vérifiez le journal, puis appliquez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="339"/>
        <source>Applying the scoring-table change scheduled for the publication of %1</source>
        <translation>Application de la modification de la table de notation programmée pour la publication de %1</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="340"/>
        <source>Applying the scoring-table change of %1</source>
        <translation>Application de la modification de la table de notation de %1</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="364"/>
        <source>The connection to the scoring database failed during the change, and the table could not be read again to tell whether it went through (%1). The database said: %2</source>
        <translation>La connexion à la base de notation a échoué pendant la modification, et la table n’a pas pu être relue pour savoir si elle a abouti (%1). La base a répondu : %2</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="371"/>
        <source>The change set was applied (the database&apos;s answer was lost; the table read again holds it).</source>
        <translation>L’ensemble de modifications a été appliqué (la réponse de la base s’est perdue ; la table relue le contient).</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="390"/>
        <source>Read the table again (step 3, or run the same command again): a change already there is recorded as done and never written twice.</source>
        <translation>Relisez la table (étape 3, ou relancez la même commande) : une modification déjà présente est consignée comme faite et n’est jamais écrite deux fois.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="397"/>
        <source>Nothing was written: apply it again once the scoring database can be reached with the right password.</source>
        <translation>Rien n’a été écrit : appliquez-la à nouveau dès que la base de notation est joignable avec le bon mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="409"/>
        <source>The journal could not record the result: %1</source>
        <translation>Le journal n’a pas pu consigner le résultat : %1</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="432"/>
        <source>The table could not be read to settle it: %1 Nothing was written.</source>
        <translation>La table n’a pas pu être lue pour trancher : %1 Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="451"/>
        <source>%1 is listed as asked; there is nothing to schedule.</source>
        <translation>%1 est inscrite comme demandé ; il n’y a rien à programmer.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="455"/>
        <source>No scoring database is named: the publish step would not know where to apply the change.</source>
        <translation>Aucune base de notation n’est nommée : l’étape de publication ne saurait pas où appliquer la modification.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="466"/>
        <source>Scheduled for the publish step.</source>
        <translation>Programmé pour l’étape de publication.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="475"/>
        <source>The change scheduled for the publication was cancelled.</source>
        <translation>La modification programmée pour la publication a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/release/scoringstep.cpp" line="489"/>
        <source>Listed in %1.</source>
        <translation>Inscrite dans %1.</translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="54"/>
        <source>Open a scoring table</source>
        <translation>Ouvrir une table de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="55"/>
        <source>Table files (*.sql *.csv *.json *.md)</source>
        <translation>Fichiers de table (*.sql *.csv *.json *.md)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="55"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="60"/>
        <source>Save the scoring table</source>
        <translation>Enregistrer la table de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="62"/>
        <source>SQL INSERT statements (*.sql)</source>
        <translation>Instructions SQL INSERT (*.sql)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="62"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="62"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="62"/>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="68"/>
        <source>Scoring database</source>
        <translation>Base de notation</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="79"/>
        <source>The connection string of the scoring PostgreSQL, in libpq form. The password never goes in it: it is kept in the system keychain.</source>
        <translation>La chaîne de connexion au PostgreSQL de notation, au format libpq. Le mot de passe n’y figure jamais : il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="91"/>
        <source>Password (stored in the keychain)</source>
        <translation>Mot de passe (conservé dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="94"/>
        <source>Store password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="104"/>
        <source>Connect and read the table</source>
        <translation>Se connecter et lire la table</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="120"/>
        <source>The change set as SQL</source>
        <translation>L’ensemble de modifications en SQL</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="167"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="173"/>
        <source>Database…</source>
        <translation>Base de données…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="178"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="184"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="189"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="209"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="214"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="219"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="226"/>
        <source>Delete row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="232"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="240"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="253"/>
        <source>The live table changes only through a release&apos;s change set.</source>
        <translation>La table en service ne change que par l’ensemble de modifications d’une publication.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ScoringTablePage.qml" line="255"/>
        <source>%n row(s), no problems found</source>
        <translation>
            <numerusform>%n ligne, aucun problème trouvé</numerusform>
            <numerusform>%n lignes, aucun problème trouvé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="255"/>
        <source> · not saved</source>
        <translation> · non enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="256"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="402"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="409"/>
        <source>Valid now: %1</source>
        <translation>En vigueur : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="410"/>
        <source>No version is valid now.</source>
        <translation>Aucune version n’est valide maintenant.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="422"/>
        <source>Whole table</source>
        <translation>Table entière</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="423"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../qml/pages/ScoringTablePage.qml" line="424"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
</context>
<context>
    <name>ScoringTimeline</name>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="46"/>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="47"/>
        <source>prerelease</source>
        <translation>préversion</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ScoringTimeline.qml" line="48"/>
        <source>outdated (%n day(s) of grace)</source>
        <translation>
            <numerusform>dépassée (%n jour de grâce)</numerusform>
            <numerusform>dépassée (%n jours de grâce)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="49"/>
        <source>obsolete</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../qml/ScoringTimeline.qml" line="168"/>
        <source>%1 — scored %2 now</source>
        <translation>%1 — notation actuelle : %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Announcement channels</source>
        <translation>Canaux d’annonce</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="74"/>
        <source>The secrets each channel posts with, kept in the %1. The channels and where they post are the project&apos;s playbook&apos;s; %2 may only say how to reach them (a proxy or a test server). An environment variable, when set, takes precedence.</source>
        <translation>Les secrets avec lesquels chaque canal publie sont conservés (%1). Les canaux et leurs destinations sont ceux du playbook du projet ; %2 peut seulement indiquer comment les joindre (un proxy ou un serveur de test). Une variable d’environnement, si elle est définie, est prioritaire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="40"/>
        <source>Repository:</source>
        <translation>Dépôt :</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="44"/>
        <source>Clone:</source>
        <translation>Clone :</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Playbook:</source>
        <translation>Playbook :</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="100"/>
        <source>%1 — %2:</source>
        <translation>%1 — %2 :</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107"/>
        <source>Set by %1</source>
        <translation>Défini par %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="113"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="122"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="67"/>
        <source>Your role on this project</source>
        <translation>Votre rôle sur ce projet</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="115"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="125"/>
        <source>Review inbox</source>
        <translation>Relectures en attente</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="135"/>
        <source>Published releases</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="145"/>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="157"/>
        <source>Pre-flight checks: %1</source>
        <translation>Vérifications préalables : %1</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="172"/>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="183"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Sidebar.qml" line="184"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>%n à corriger</numerusform>
            <numerusform>%n à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Sidebar.qml" line="185"/>
        <source>%n to look at</source>
        <translation>
            <numerusform>%n à examiner</numerusform>
            <numerusform>%n à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="186"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="186"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="195"/>
        <source>Release steps</source>
        <translation>Étapes de la publication</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="216"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/Sidebar.qml" line="221"/>
        <source>Accounts and channel secrets (Ctrl+,)</source>
        <translation>Comptes et secrets des canaux (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>StagingChecker</name>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="44"/>
        <source>%1 answered with a redirect (HTTP %2) instead of the node&apos;s answer</source>
        <translation>%1 a répondu par une redirection (HTTP %2) au lieu de la réponse du nœud</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="47"/>
        <source>Check the node&apos;s URL in the playbook (scheme, host and port), then check again.</source>
        <translation>Vérifiez l’URL du nœud dans le playbook (schéma, hôte et port), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="53"/>
        <source>%1 answered with an HTML page (HTTP %2) from %3 instead of the node&apos;s JSON: a proxy or a captive portal answered</source>
        <translation>%1 a répondu par une page HTML (HTTP %2) venant de %3 au lieu du JSON du nœud : un proxy ou un portail captif a répondu</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="58"/>
        <source>Check the network&apos;s proxy and the node&apos;s URL in the playbook, then check again.</source>
        <translation>Vérifiez le proxy du réseau et l’URL du nœud dans le playbook, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="67"/>
        <source>%1 answered HTTP %2: the node is busy or failing</source>
        <translation>%1 a répondu HTTP %2 : le nœud est occupé ou en panne</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="68"/>
        <source>Wait a minute and check again.</source>
        <translation>Attendez une minute et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="73"/>
        <source>%1 answered HTTP %2: no aleph-vm supervisor answers it at this URL</source>
        <translation>%1 a répondu HTTP %2 : aucun superviseur aleph-vm ne répond à cette URL</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="76"/>
        <source>Check the node&apos;s URL in the playbook, then check again.</source>
        <translation>Vérifiez l’URL du nœud dans le playbook, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="80"/>
        <source>%1 answered HTTP %2 instead of %3</source>
        <translation>%1 a répondu HTTP %2 au lieu de %3</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="81"/>
        <source>Check the node&apos;s URL in the playbook and the node&apos;s logs, then check again.</source>
        <translation>Vérifiez l’URL du nœud dans le playbook et les journaux du nœud, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>StagingPage</name>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="22"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="23"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="24"/>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="24"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="45"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="49"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="62"/>
        <source>origin/main, else HEAD</source>
        <translation>origin/main, sinon HEAD</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="37"/>
        <source>Local clone:</source>
        <translation>Clone local :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="56"/>
        <source>Commit:</source>
        <translation>Commit :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="72"/>
        <source>Resolves to:</source>
        <translation>Correspond à :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="81"/>
        <source>Should report:</source>
        <translation>Devrait annoncer :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="84"/>
        <source>%1 (its git describe: what a package built from it calls itself)</source>
        <translation>%1 (son git describe : le nom que se donne un paquet construit à partir de lui)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="102"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="102"/>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="109"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/StagingPage.qml" line="129"/>
        <source>Asks GitHub about %1 and %n staging server(s).</source>
        <translation>
            <numerusform>Interroge GitHub sur %1 et %n serveur de préproduction.</numerusform>
            <numerusform>Interroge GitHub sur %1 et %n serveurs de préproduction.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="154"/>
        <source>Checked %1 for commit %2.</source>
        <translation>Vérifié le %1 pour le commit %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="155"/>
        <source>Last checked %1 for commit %2. Check again to sign off.</source>
        <translation>Dernière vérification le %1 pour le commit %2. Vérifiez à nouveau pour valider.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="161"/>
        <source>Workflow runs</source>
        <translation>Exécutions de workflow</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="165"/>
        <source>Run the checks to see the CI runs of the candidate commit.</source>
        <translation>Lancez les vérifications pour voir les exécutions CI du commit candidat.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="197"/>
        <source>Open the run</source>
        <translation>Ouvrir l’exécution</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="204"/>
        <source>Package artifacts</source>
        <translation>Artefacts des paquets</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="208"/>
        <source>The build run has no artifacts.</source>
        <translation>L’exécution de construction n’a aucun artefact.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="209"/>
        <source>Run the checks to see the packages the build made.</source>
        <translation>Lancez les vérifications pour voir les paquets produits par la construction.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="249"/>
        <source>Staging servers</source>
        <translation>Serveurs de préproduction</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="253"/>
        <source>The playbook names no staging server.</source>
        <translation>Le playbook ne nomme aucun serveur de préproduction.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="254"/>
        <source>Run the checks to ask %1 what it runs.</source>
        <translation>Lancez les vérifications pour demander à %1 ce qu’il exécute.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="296"/>
        <source>Server header: %1 · /status/config: %2 — %3</source>
        <translation>En-tête Server : %1 · /status/config : %2 — %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="297"/>
        <location filename="../qml/pages/StagingPage.qml" line="298"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="331"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="346"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="351"/>
        <source>Not signed off yet.</source>
        <translation>Pas encore validé.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="358"/>
        <source>Signed by:</source>
        <translation>Validé par :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="367"/>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="375"/>
        <source>Override:</source>
        <translation>Dérogation :</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="383"/>
        <source>Why the failing checks do not block this release</source>
        <translation>Pourquoi les vérifications en échec ne bloquent pas cette publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/StagingPage.qml" line="386"/>
        <source>Override with this reason</source>
        <translation>Passer outre avec cette raison</translation>
    </message>
</context>
<context>
    <name>StagingStep</name>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="69"/>
        <source>git describe found no tag below %1 (%2), so the staging servers&apos; version cannot be compared.</source>
        <translation>git describe n’a trouvé aucune étiquette sous %1 (%2) ; la version des serveurs de préproduction ne peut donc pas être comparée.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="123"/>
        <source>%1 was signed off with an override: %2</source>
        <translation>%1 a été validé en passant outre : %2</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="125"/>
        <source>%1 was signed off: every staging check passed</source>
        <translation>%1 a été validé : toutes les vérifications en préproduction ont réussi</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="129"/>
        <source>No candidate commit: open the project&apos;s clone so the commit can be found.</source>
        <translation>Aucun commit candidat : ouvrez le clone du projet pour que le commit puisse être trouvé.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="134"/>
        <source>list the workflow runs of %1 (%2 must succeed)</source>
        <translation>lister les exécutions de workflow de %1 (réussite requise : %2)</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="143"/>
        <source>list the package artifacts of the %1 run</source>
        <translation>lister les artefacts de paquets de l’exécution %1</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="159"/>
        <source>ask %1 what it runs (it must be %2) and whether it is healthy</source>
        <translation>demander à %1 ce qu’il exécute (ce doit être %2) et s’il est en bonne santé</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="170"/>
        <source>A maintainer runs the checks, then signs them off (or overrides them with a reason).</source>
        <translation>Un mainteneur lance les vérifications, puis les valide (ou passe outre en donnant une raison).</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="172"/>
        <source>Every check of %1 passed: a maintainer signs them off.</source>
        <translation>Toutes les vérifications de %1 ont réussi : un mainteneur les valide.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="175"/>
        <source>The checks of %1 did not pass (%2): fix it and check again, or a maintainer overrides them with a reason.</source>
        <translation>Les vérifications de %1 n’ont pas réussi (%2) : corrigez et vérifiez à nouveau, ou un mainteneur passe outre en donnant une raison.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="231"/>
        <source>Every staging check passed; waiting for the sign-off</source>
        <translation>Toutes les vérifications en préproduction ont réussi ; en attente de validation</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="251"/>
        <source>The checks did not pass: override them with a reason instead.</source>
        <translation>Les vérifications n’ont pas réussi : passez outre en donnant une raison.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="263"/>
        <source>Say why the failing checks can be overridden: the reason is kept with the release.</source>
        <translation>Dites pourquoi on peut passer outre aux vérifications en échec : la raison est conservée avec la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="283"/>
        <source>Run the checks first: a sign-off records what was just checked.</source>
        <translation>Lancez d’abord les vérifications : une validation consigne ce qui vient d’être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="286"/>
        <source>Say who signs off.</source>
        <translation>Indiquez qui valide.</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="293"/>
        <source>The journal refused the record: %1</source>
        <translation>Le journal a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../src/release/stagingstep.cpp" line="304"/>
        <source>The release journal is not open, so nothing could be recorded.</source>
        <translation>Le journal de la publication n’est pas ouvert : rien n’a pu être consigné.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="37"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../qml/StepNavigator.qml" line="30"/>
        <source>Release steps</source>
        <translation>Étapes de la publication</translation>
    </message>
    <message>
        <location filename="../qml/StepNavigator.qml" line="48"/>
        <source>Step %1: %2, %3</source>
        <translation>Étape %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="28"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="30"/>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+PgPréc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="36"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="38"/>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+PgSuiv)</translation>
    </message>
</context>
<context>
    <name>StepWorkspacePage</name>
    <message>
        <location filename="../qml/pages/StepWorkspacePage.qml" line="29"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepWorkspacePage.qml" line="31"/>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+PgPréc)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepWorkspacePage.qml" line="37"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepWorkspacePage.qml" line="39"/>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+PgSuiv)</translation>
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
        <location filename="../qml/pages/TagPage.qml" line="27"/>
        <source>Push %1?</source>
        <translation>Pousser %1 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/TagPage.qml" line="29"/>
        <source>%n hazard(s) listed on the page still apply.</source>
        <translation>
            <numerusform>%n risque indiqué sur la page s’applique toujours.</numerusform>
            <numerusform>%n risques indiqués sur la page s’appliquent toujours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="31"/>
        <source>The tag %1 will be created on %2 and pushed to %3. Once pushed it is public and is never moved.</source>
        <translation>L’étiquette %1 sera créée sur %2 et poussée vers %3. Une fois poussée, elle est publique et n’est jamais déplacée.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="53"/>
        <source>/home/me/src/aleph-vm</source>
        <translation>/home/me/src/aleph-vm</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="72"/>
        <source>Plan again</source>
        <translation>Planifier à nouveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="85"/>
        <source>HEAD, a branch or a commit</source>
        <translation>HEAD, une branche ou un commit</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="115"/>
        <source>The tag</source>
        <translation>L’étiquette</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="121"/>
        <source>%1 (annotated)</source>
        <translation>%1 (annotée)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="122"/>
        <source>%1 (lightweight)</source>
        <translation>%1 (légère)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="133"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="44"/>
        <source>Local clone:</source>
        <translation>Clone local :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="79"/>
        <source>Commit:</source>
        <translation>Commit :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="94"/>
        <source>Remote:</source>
        <translation>Dépôt distant :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="119"/>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="125"/>
        <source>On commit:</source>
        <translation>Sur le commit :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="132"/>
        <source>Previous release:</source>
        <translation>Version précédente :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="137"/>
        <source>git describe:</source>
        <translation>git describe :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="140"/>
        <source>will print %1, as the packages expect</source>
        <translation>affichera %1, comme les paquets l’attendent</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="141"/>
        <source>will print %1 — %2</source>
        <translation>affichera %1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="150"/>
        <source>Hazards: none</source>
        <translation>Risques : aucun</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="150"/>
        <source>Hazards (%1)</source>
        <translation>Risques (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="154"/>
        <source>Nothing stands in the way of this tag.</source>
        <translation>Rien ne s’oppose à cette étiquette.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="171"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="172"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="172"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="185"/>
        <source>Versions that could follow %1</source>
        <translation>Versions qui pourraient suivre %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="206"/>
        <source>this release</source>
        <translation>cette publication</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="207"/>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="221"/>
        <source>Create and push</source>
        <translation>Créer et pousser</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="234"/>
        <source>Not created yet</source>
        <translation>Pas encore créée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="236"/>
        <source>Created locally, not pushed</source>
        <translation>Créée localement, non poussée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="238"/>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="240"/>
        <source>Pushed and verified on the remote</source>
        <translation>Poussée et vérifiée sur le dépôt distant</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="242"/>
        <source>Rejected by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="244"/>
        <source>The tag already exists elsewhere</source>
        <translation>L’étiquette existe déjà ailleurs</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="246"/>
        <source>The push failed</source>
        <translation>L’envoi a échoué</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="248"/>
        <source>Interrupted: the outcome is unknown</source>
        <translation>Interrompu : le résultat est inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="275"/>
        <source>The server said:</source>
        <translation>Le serveur a répondu :</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="281"/>
        <source>Remote tag on %1</source>
        <translation>Étiquette distante sur %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="304"/>
        <source>SSH key file, when the agent has none (optional)</source>
        <translation>Fichier de clé SSH, si l’agent n’en a pas (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="311"/>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="318"/>
        <source>Push %1</source>
        <translation>Pousser %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="319"/>
        <source>Create and push %1</source>
        <translation>Créer et pousser %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="330"/>
        <source>Check the remote</source>
        <translation>Vérifier le dépôt distant</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="337"/>
        <source>Delete the local tag</source>
        <translation>Supprimer l’étiquette locale</translation>
    </message>
    <message>
        <location filename="../qml/pages/TagPage.qml" line="348"/>
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
        <location filename="../src/release/tagrunner.cpp" line="52"/>
        <source>Run again once the remote answers.</source>
        <translation>Relancez une fois que le dépôt distant répond.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="63"/>
        <source>%1 is on %2.</source>
        <translation>%1 est sur %2.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="68"/>
        <source>A tag is never moved or forced: decide with the team, then run again.</source>
        <translation>Une étiquette n’est jamais déplacée ni forcée : décidez avec l’équipe, puis relancez.</translation>
    </message>
    <message>
        <location filename="../src/release/tagrunner.cpp" line="70"/>
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
        <location filename="../src/release/tagstep.cpp" line="149"/>
        <source>A push of %1 started on %2 and its outcome was never recorded (the app stopped). Check the remote before doing anything else.</source>
        <translation>Un envoi de %1 a commencé le %2 et son résultat n’a jamais été consigné (l’application s’est arrêtée). Vérifiez le dépôt distant avant toute autre action.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="165"/>
        <source>The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag if it was never pushed, or pick that commit.</source>
        <translation>L’étiquette locale %1 est sur %2, pas sur %3. Une étiquette n’est jamais déplacée : supprimez l’étiquette locale si elle n’a jamais été poussée, ou choisissez ce commit.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="173"/>
        <source>%1 exists in the local clone and was not pushed by Release Assistant.</source>
        <translation>%1 existe dans le clone local et n’a pas été poussée par l’Assistant de publication.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="193"/>
        <source>The tag was not created before the interruption.</source>
        <translation>L’étiquette n’a pas été créée avant l’interruption.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="198"/>
        <source>The tag was not removed before the interruption.</source>
        <translation>L’étiquette n’a pas été supprimée avant l’interruption.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="216"/>
        <source>The release journal is not open, so the push could not be recorded. Nothing was done.</source>
        <translation>Le journal des publications n’est pas ouvert ; l’envoi n’a donc pas pu être consigné. Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="224"/>
        <source>The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag or pick that commit.</source>
        <translation>L’étiquette locale %1 est sur %2, pas sur %3. Une étiquette n’est jamais déplacée : supprimez l’étiquette locale ou choisissez ce commit.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="232"/>
        <source>%1 is not created: a hazard is an error. Fix the version and plan again.</source>
        <translation>%1 n’est pas créée : un risque est une erreur. Corrigez la version et planifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="242"/>
        <source>The release journal refused the record, so the tag was not pushed: %1</source>
        <translation>Le journal des publications a refusé l’enregistrement ; l’étiquette n’a donc pas été poussée : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="244"/>
        <source>Pushing %1 to %2…</source>
        <translation>Envoi de %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="245"/>
        <source>Pushing %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="260"/>
        <source>The local tag %1 was removed again.</source>
        <translation>L’étiquette locale %1, qui venait d’être créée, a été supprimée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="274"/>
        <source>Interrupted: check the remote. %1</source>
        <translation>Interrompu : vérifiez le dépôt distant. %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="295"/>
        <source>The remote could not be asked about %1: %2</source>
        <translation>Le dépôt distant n’a pas pu être interrogé sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="303"/>
        <source>The remote does not have %1: the push did not happen. You can push again.</source>
        <translation>Le dépôt distant n’a pas %1 : l’envoi n’a pas eu lieu. Vous pouvez pousser à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="306"/>
        <source>The remote has %1 on %2: the push went through.</source>
        <translation>Le dépôt distant a %1 sur %2 : l’envoi a abouti.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="309"/>
        <source>The remote has %1 on another commit (%2). A tag is never moved: pick another version or ask who pushed it.</source>
        <translation>Le dépôt distant a %1 sur un autre commit (%2). Une étiquette n’est jamais déplacée : choisissez une autre version ou demandez qui l’a poussée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="345"/>
        <source>%1 is on the remote: the local tag is kept.</source>
        <translation>%1 est sur le dépôt distant : l’étiquette locale est conservée.</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="357"/>
        <source>The local tag could not be removed: %1</source>
        <translation>L’étiquette locale n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="369"/>
        <source>The release journal refused the record, so nothing was done: %1</source>
        <translation>Le journal des publications a refusé l’enregistrement ; rien n’a donc été fait : %1</translation>
    </message>
    <message>
        <location filename="../src/release/tagstep.cpp" line="379"/>
        <source>The tag could not be created: %1</source>
        <translation>L’étiquette n’a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="17"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="60"/>
        <source>The folder of the project&apos;s git clone</source>
        <translation>Le dossier du clone git du projet</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="81"/>
        <source>Release Assistant</source>
        <translation>Release Assistant</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="86"/>
        <source>Takes a GitHub project through its release in seven steps: staging checks, the tag, the scoring table, the notes, the packages, review and publication, and the announcements. Every side effect is written down before and after it happens, so nothing is ever done twice.</source>
        <translation>Mène un projet GitHub à travers sa publication en sept étapes : vérifications en préproduction, étiquette, table de notation, notes, paquets, relecture et publication, puis annonces. Chaque effet de bord est consigné avant et après avoir lieu : rien n’est jamais fait deux fois.</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="97"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="98"/>
        <source>Pick the folder of the project&apos;s local git clone. Its playbook is the clone&apos;s own, or the built-in one that matches its GitHub remote.</source>
        <translation>Choisissez le dossier du clone git local du projet. Son playbook est celui du clone, ou celui intégré qui correspond à son dépôt distant GitHub.</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="100"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="107"/>
        <location filename="../qml/pages/WelcomePage.qml" line="110"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="108"/>
        <source>A complete release of a sample project, against stand-ins of GitHub, the staging nodes and the announcement channels started on this computer. Nothing leaves the machine, and nothing of yours is used or changed.</source>
        <translation>Une publication complète d’un projet d’exemple, face à des substituts de GitHub, des nœuds de préproduction et des canaux d’annonce lancés sur cet ordinateur. Rien ne quitte la machine, et rien de ce qui vous appartient n’est utilisé ni modifié.</translation>
    </message>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="127"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/gui/main.cpp" line="51"/>
        <source>Takes maintainers through a project&apos;s seven-step release.</source>
        <translation>Guide les mainteneurs à travers les sept étapes de la publication d’un projet.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="56"/>
        <source>Open the demo: a sample project released against local stand-ins of its services on 127.0.0.1; nothing leaves this machine.</source>
        <translation>Ouvre la démo : un projet d’exemple publié face à des substituts locaux de ses services sur 127.0.0.1 ; rien ne quitte cette machine.</translation>
    </message>
</context>
<context>
    <name>ra::AnnouncementComposer</name>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="294"/>
        <source>Pick a release first.</source>
        <translation>Choisissez d’abord une publication.</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="391"/>
        <source>Sending a test post…</source>
        <translation>Envoi d’un message de test…</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="391"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="404"/>
        <source>The release changed before sending; nothing was sent.</source>
        <translation>La publication a changé avant l’envoi ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ra::ChannelSecretsModel</name>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="124"/>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="156"/>
        <source>Type the secret first; to delete it, use Forget.</source>
        <translation>Saisissez d’abord le secret ; pour le supprimer, utilisez Oublier.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="160"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="166"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="177"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="182"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="193"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="204"/>
        <source>Stored.</source>
        <translation>Conservé.</translation>
    </message>
    <message>
        <location filename="../src/app/channelsecretsmodel.cpp" line="204"/>
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
    <name>ra::NotesDraftController</name>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="195"/>
        <source>Saving the notes to the draft of %1…</source>
        <translation>Enregistrement des notes dans le brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="215"/>
        <source>Loading the draft of %1…</source>
        <translation>Chargement du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="228"/>
        <source>The editor already holds the draft&apos;s text.</source>
        <translation>L’éditeur contient déjà le texte du brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="231"/>
        <source>Loaded the draft&apos;s text into the editor.</source>
        <translation>Texte du brouillon chargé dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="235"/>
        <source>The editor and the draft both changed since the last sync: merge them below.</source>
        <translation>L’éditeur et le brouillon ont tous deux changé depuis la dernière synchronisation : fusionnez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="249"/>
        <source>Saving the merged notes to the draft…</source>
        <translation>Enregistrement des notes fusionnées dans le brouillon…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="270"/>
        <source>The journal refused to keep the draft&apos;s text before replacing it: %1</source>
        <translation>Le journal a refusé de conserver le texte du brouillon avant de le remplacer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="299"/>
        <source>The editor now holds the draft&apos;s text.</source>
        <translation>L’éditeur contient maintenant le texte du brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="415"/>
        <source>Created the draft release %1 with the notes.</source>
        <translation>Brouillon de publication %1 créé avec les notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="421"/>
        <source>Saved the merged notes to the draft.</source>
        <translation>Notes fusionnées enregistrées dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="423"/>
        <source>Saved the notes to the draft.</source>
        <translation>Notes enregistrées dans le brouillon.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="428"/>
        <source>The draft already holds these notes.</source>
        <translation>Le brouillon contient déjà ces notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="433"/>
        <source>The draft was edited on GitHub and the editor had no change of its own: loaded it.</source>
        <translation>Le brouillon a été modifié sur GitHub et l’éditeur n’avait aucune modification propre : il a été chargé.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="437"/>
        <source>The draft was edited on GitHub since the last sync, and so were these notes. Nothing was overwritten: merge the two below.</source>
        <translation>Le brouillon a été modifié sur GitHub depuis la dernière synchronisation, et ces notes aussi. Rien n’a été écrasé : fusionnez les deux ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="454"/>
        <source>%1 Bringing the tracking issue up to date…</source>
        <translation>%1 Mise à jour du ticket de suivi…</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="473"/>
        <source>The tracking issue does not show these notes yet: %1</source>
        <translation>Le ticket de suivi ne montre pas encore ces notes : %1</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="532"/>
        <source>Pick a release, or start one, to sync its notes.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour synchroniser ses notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesdraftcontroller.cpp" line="536"/>
        <source>The playbook names no GitHub repository: there is no draft to sync with.</source>
        <translation>Le playbook ne nomme aucun dépôt GitHub : il n’y a pas de brouillon avec lequel synchroniser.</translation>
    </message>
</context>
<context>
    <name>ra::NotesWorkbench</name>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="44"/>
        <source>%1 → %2: %n commit(s)</source>
        <translation>
            <numerusform>%1 → %2 : %n commit</numerusform>
            <numerusform>%1 → %2 : %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="45"/>
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="238"/>
        <location filename="../src/app/notesworkbench.cpp" line="334"/>
        <location filename="../src/app/notesworkbenchrange.cpp" line="56"/>
        <source>Pick a release, or start one, to write its notes.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour rédiger ses notes.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="244"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbench.cpp" line="250"/>
        <source>%1 is not valid UTF-8: line %2, byte offset %3 (%4) is the first of %n invalid byte sequence(s). The editor kept its text: save the file as UTF-8 and load it again.</source>
        <translation>
            <numerusform>%1 n’est pas en UTF-8 valide : ligne %2, à la position %3 en octets (%4), se trouve %n séquence d’octets invalide. L’éditeur a gardé son texte : enregistrez le fichier en UTF-8 et chargez-le à nouveau.</numerusform>
            <numerusform>%1 n’est pas en UTF-8 valide : ligne %2, à la position %3 en octets (%4), commence la première de %n séquences d’octets invalides. L’éditeur a gardé son texte : enregistrez le fichier en UTF-8 et chargez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbench.cpp" line="259"/>
        <source>Loaded %1 into the editor; Undo brings the previous text back.</source>
        <translation>%1 a été chargé dans l’éditeur ; Annuler rétablit le texte précédent.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbenchrange.cpp" line="76"/>
        <source>Reading the commits of the release…</source>
        <translation>Lecture des commits de la publication…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="95"/>
        <source>Generated the notes of %1 → %2 from %n commit(s).</source>
        <translation>
            <numerusform>Notes de %1 → %2 générées à partir de %n commit.</numerusform>
            <numerusform>Notes de %1 → %2 générées à partir de %n commits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbenchrange.cpp" line="98"/>
        <source>Notes generated from %1 → %2</source>
        <translation>Notes générées à partir de %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="109"/>
        <source>Regenerated: %n section(s) refreshed</source>
        <translation>
            <numerusform>Régénéré : %n section actualisée</numerusform>
            <numerusform>Régénéré : %n sections actualisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="111"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/notesworkbenchrange.cpp" line="114"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbenchrange.cpp" line="118"/>
        <source>Your edits outside the generated blocks are kept.</source>
        <translation>Vos modifications hors des blocs générés sont conservées.</translation>
    </message>
    <message>
        <location filename="../src/app/notesworkbenchrange.cpp" line="119"/>
        <source>You edited %1: your version is kept and the fresh text was not applied there.</source>
        <translation>Vous avez modifié %1 : votre version est conservée et le nouveau texte n’y a pas été appliqué.</translation>
    </message>
</context>
<context>
    <name>ra::PackagesItemModel</name>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="36"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="38"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="40"/>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="42"/>
        <source>checked, ready to upload</source>
        <translation>vérifié, prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="44"/>
        <source>uploading</source>
        <translation>envoi</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="46"/>
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="48"/>
        <source>already on the draft (same sha256), skipped</source>
        <translation>déjà sur le brouillon (même sha256), ignoré</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="50"/>
        <source>replaced a different file of that name</source>
        <translation>a remplacé un autre fichier du même nom</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="52"/>
        <source>verified on the draft</source>
        <translation>vérifié sur le brouillon</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="54"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="93"/>
        <source>checking: %1 of %2</source>
        <translation>vérification : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/app/packagesitemmodel.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ra::PackagesStepController</name>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="90"/>
        <source>chosen by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="242"/>
        <source>Pick a release first: its uploads are recorded in its journal.</source>
        <translation>Choisissez d’abord une publication : ses envois sont consignés dans son journal.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="248"/>
        <source>Say which CI run built the packages: its run id, or the commit that was tagged.</source>
        <translation>Indiquez quelle exécution CI a construit les paquets : son identifiant, ou le commit qui a été étiqueté.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="254"/>
        <source>Reading the GitHub token…</source>
        <translation>Lecture du jeton GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="269"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="276"/>
        <source>No GitHub token: GitHub refuses artifact downloads and uploads without one. Sign in under Settings.</source>
        <translation>Aucun jeton GitHub : GitHub refuse sans jeton les téléchargements d’artefacts et les envois. Connectez-vous dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="278"/>
        <source>The keychain could not give the GitHub token: %1</source>
        <translation>Le trousseau n’a pas pu fournir le jeton GitHub : %1</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="290"/>
        <source>Verifying the draft of %1…</source>
        <translation>Vérification du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="290"/>
        <source>Looking for the draft of %1…</source>
        <translation>Recherche du brouillon de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="346"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/packagesstepcontroller.cpp" line="390"/>
        <source>Cancelling at the next safe point…</source>
        <translation>Annulation au prochain point sûr…</translation>
    </message>
</context>
<context>
    <name>ra::PublishedReleasesModel</name>
    <message>
        <location filename="../src/app/publishedreleasesmodel.cpp" line="21"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../src/app/publishedreleasesmodel.cpp" line="23"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../src/app/publishedreleasesmodel.cpp" line="25"/>
        <source>uncertain</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <location filename="../src/app/publishedreleasesmodel.cpp" line="29"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location filename="../src/app/publishedreleasesmodel.cpp" line="178"/>
        <source>The releases of %1 could not be listed: %2</source>
        <translation>Les versions de %1 n’ont pas pu être listées : %2</translation>
    </message>
</context>
<context>
    <name>ra::ReleaseSession</name>
    <message>
        <location filename="../src/app/releasesession.cpp" line="149"/>
        <source>The release journal cannot be opened, so nothing done now will be remembered: %1</source>
        <translation>Le journal des publications ne peut pas être ouvert ; rien de ce qui est fait maintenant ne sera retenu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="199"/>
        <source>There is no release “%1” in the journal.</source>
        <translation>Le journal ne contient pas de publication « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="238"/>
        <source>%1 spells this tag “%2”, not “%3”.</source>
        <translation>%1 écrit cette étiquette « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="243"/>
        <source>Releases cannot be started without the release journal.</source>
        <translation>Impossible de commencer une publication sans le journal des publications.</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="305"/>
        <source>The demo cannot start: %1</source>
        <translation>La démo ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="315"/>
        <source>The demo cannot open its project: %1</source>
        <translation>La démo ne peut pas ouvrir son projet : %1</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="380"/>
        <source>There is no demo account “%1”: use %2.</source>
        <translation>Il n’y a pas de compte de démo « %1 » : utilisez %2.</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="381"/>
        <source>Demo accounts exist only in the demo.</source>
        <translation>Les comptes de démo n’existent que dans la démo.</translation>
    </message>
</context>
<context>
    <name>ra::ReviewDetailController</name>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="364"/>
        <source>This release has no tracking issue showing its notes yet: ask a maintainer to sync it.</source>
        <translation>Cette publication n’a pas encore de ticket de suivi montrant ses notes : demandez à un mainteneur de le synchroniser.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="398"/>
        <source>Commented on line %1.</source>
        <translation>Ligne %1 commentée.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="411"/>
        <source>Say what must change.</source>
        <translation>Dites ce qui doit changer.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="424"/>
        <source>The release journal could not be opened: %1</source>
        <translation>Le journal de la publication n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="437"/>
        <source>%1 Nothing was sent; try again when the other one is done.</source>
        <translation>%1 Rien n’a été envoyé ; réessayez quand l’autre aura fini.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="442"/>
        <source>Posting your approval…</source>
        <translation>Publication de votre approbation…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewdetailcontroller.cpp" line="442"/>
        <source>Posting your change request…</source>
        <translation>Publication de votre demande de modifications…</translation>
    </message>
</context>
<context>
    <name>ra::ReviewPublishController</name>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="155"/>
        <source>Read the draft first.</source>
        <translation>Lisez d’abord le brouillon.</translation>
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
        <location filename="../src/app/reviewpublishcontroller.cpp" line="350"/>
        <source>Posting your approval…</source>
        <translation>Envoi de votre approbation…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="367"/>
        <source>Say what must change.</source>
        <translation>Dites ce qui doit changer.</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="371"/>
        <source>Posting your change request…</source>
        <translation>Envoi de votre demande de modifications…</translation>
    </message>
    <message>
        <location filename="../src/app/reviewpublishcontroller.cpp" line="388"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
</context>
<context>
    <name>ra::RoleController</name>
    <message>
        <location filename="../src/app/rolecontroller.cpp" line="135"/>
        <source>Sign in to GitHub in Settings to work out your role on this project.</source>
        <translation>Connectez-vous à GitHub dans les paramètres pour déterminer votre rôle sur ce projet.</translation>
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
        <location filename="../src/app/scoringdatabase.cpp" line="72"/>
        <source>The release journal could not be opened, so nothing was applied: %1</source>
        <translation>Le journal de la publication n’a pas pu être ouvert, donc rien n’a été appliqué : %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringdatabase.cpp" line="110"/>
        <source> (The password could not be read from the keychain: %1)</source>
        <translation> (Le mot de passe n’a pas pu être lu dans le trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>ra::ScoringEditor</name>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="99"/>
        <source>Sample rows from aleph-scoring&apos;s tests, not a live table</source>
        <translation>Lignes d’exemple issues des tests d’aleph-scoring, pas une table en service</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="101"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="103"/>
        <source>Scoring database (%1), table %2</source>
        <translation>Base de notation (%1), table %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="186"/>
        <source>Cannot open the table file: %1</source>
        <translation>Impossible d’ouvrir le fichier de table : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="197"/>
        <source>Opened %1: %n row(s).</source>
        <translation>
            <numerusform>%1 ouvert : %n ligne.</numerusform>
            <numerusform>%1 ouvert : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="208"/>
        <source>Type the scoring database&apos;s connection string first, e.g. host=db.example port=5432 user=scoring dbname=ccn sslmode=require (the password goes in the keychain, not here).</source>
        <translation>Saisissez d’abord la chaîne de connexion de la base de notation, p. ex. host=db.example port=5432 user=scoring dbname=ccn sslmode=require (le mot de passe va dans le trousseau, pas ici).</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="212"/>
        <source>Reading the scoring table…</source>
        <translation>Lecture de la table de notation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="221"/>
        <source>Read %n row(s) from the scoring database.</source>
        <translation>
            <numerusform>%n ligne lue dans la base de notation.</numerusform>
            <numerusform>%n lignes lues dans la base de notation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="244"/>
        <source>These rows come from %1; choose a file with “Save as…” to write them.</source>
        <translation>Ces lignes viennent de %1 ; choisissez un fichier avec « Enregistrer sous… » pour les écrire.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="245"/>
        <source>the sample</source>
        <translation>l’exemple</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="245"/>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="252"/>
        <source>%1 changed on disk since it was opened; nothing was written. Reload it (the edits made here are dropped) or save under another name.</source>
        <translation>%1 a changé sur le disque depuis son ouverture ; rien n’a été écrit. Rechargez-le (les modifications faites ici sont abandonnées) ou enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="264"/>
        <source>Name the file .sql, .csv, .json or .md: its extension says how to write it.</source>
        <translation>Nommez le fichier en .sql, .csv, .json ou .md : son extension indique comment l’écrire.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="281"/>
        <source>Cannot write the table file: %1</source>
        <translation>Impossible d’écrire le fichier de table : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/scoringeditor.cpp" line="286"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="56"/>
        <source>Applying the change set in one transaction…</source>
        <translation>Application de l’ensemble de modifications en une seule transaction…</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="69"/>
        <source>Applied: the scoring database now lists %1.</source>
        <translation>Appliqué : la base de notation inscrit maintenant %1.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="75"/>
        <source>Not known whether it was applied: %1 %2</source>
        <translation>On ne sait pas si elle a été appliquée : %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="78"/>
        <location filename="../src/app/scoringeditorapply.cpp" line="93"/>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="101"/>
        <source>Not applied: the change would make the table invalid (%1). Fix the rows first.</source>
        <translation>Non appliqué : la modification rendrait la table invalide (%1). Corrigez d’abord les lignes.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="106"/>
        <source>List %1 %2</source>
        <translation>Inscrire %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="109"/>
        <source>Listed %1 and wrote %2.</source>
        <translation>%1 inscrite et %2 écrit.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="164"/>
        <source>Pick or start %1 in the tool bar first: step 3 records its change in the release&apos;s journal.</source>
        <translation>Choisissez ou commencez d’abord %1 dans la barre d’outils : l’étape 3 consigne sa modification dans le journal de la publication.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="165"/>
        <source>the release</source>
        <translation>la publication</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="119"/>
        <source>Listed %1 in the sample rows. They are not stored anywhere: use “Save as…” to write them to a file.</source>
        <translation>%1 inscrite dans les lignes d’exemple. Elles ne sont conservées nulle part : utilisez « Enregistrer sous… » pour les écrire dans un fichier.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="137"/>
        <source>Scheduled: the change set will be applied to the scoring database when %1 is published.</source>
        <translation>Programmé : l’ensemble de modifications sera appliqué à la base de notation quand %1 sera publiée.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditorapply.cpp" line="153"/>
        <source>The scheduled change for %1 is cancelled.</source>
        <translation>La modification programmée pour %1 est annulée.</translation>
    </message>
    <message>
        <location filename="../src/app/scoringeditor.cpp" line="293"/>
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
        <location filename="../src/app/stagingstepcontroller.cpp" line="246"/>
        <source>Signed off by %1 on %2 for commit %3: every check passed.</source>
        <translation>Validé par %1 le %2 pour le commit %3 : toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="248"/>
        <source>Overridden by %1 on %2 for commit %3 (checks: %4). Reason: %5</source>
        <translation>Dérogation de %1 le %2 pour le commit %3 (vérifications : %4). Raison : %5</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="276"/>
        <source>Pick a release, or start one, to check its candidate commit.</source>
        <translation>Choisissez une publication, ou commencez-en une, pour vérifier son commit candidat.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="278"/>
        <source>Choose the local clone of %1: the candidate commit and its git describe come from it.</source>
        <translation>Choisissez le clone local de %1 : le commit candidat et son git describe en proviennent.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="298"/>
        <source>There is no candidate commit to check.</source>
        <translation>Il n’y a aucun commit candidat à vérifier.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="303"/>
        <source>Reading the GitHub token…</source>
        <translation>Lecture du jeton GitHub…</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="332"/>
        <source>No GitHub token: asking GitHub anonymously (60 requests an hour). Sign in under Settings.</source>
        <translation>Aucun jeton GitHub : interrogation anonyme de GitHub (60 requêtes par heure). Connectez-vous dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="333"/>
        <source>The keychain could not give the GitHub token (%1): asking GitHub anonymously.</source>
        <translation>Le trousseau n’a pas pu fournir le jeton GitHub (%1) : interrogation anonyme de GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="349"/>
        <source>The report could not be kept in the journal: %1</source>
        <translation>Le rapport n’a pas pu être conservé dans le journal : %1</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="370"/>
        <source>Wait for the checks to finish: a sign-off records what was just checked.</source>
        <translation>Attendez la fin des vérifications : une validation consigne ce qui vient d’être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="373"/>
        <source>Sign-off recorded.</source>
        <translation>Validation consignée.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="381"/>
        <source>Wait for the checks to finish: an override records what was just checked.</source>
        <translation>Attendez la fin des vérifications : une dérogation consigne ce qui vient d’être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/app/stagingstepcontroller.cpp" line="384"/>
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
    <name>ra::release::Preflight</name>
    <message>
        <location filename="../src/release/preflight.cpp" line="177"/>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="178"/>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="179"/>
        <source>Rights on %1</source>
        <translation>Droits sur %1</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="183"/>
        <source>the GITHUB_TOKEN environment variable</source>
        <translation>la variable d’environnement GITHUB_TOKEN</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="187"/>
        <source>No GitHub token: sign in from Settings (GitHub&apos;s device flow or a fine-grained token), or set GITHUB_TOKEN.</source>
        <translation>Aucun jeton GitHub : connectez-vous depuis les paramètres (connexion par appareil de GitHub ou jeton à granularité fine), ou définissez GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="189"/>
        <source>No GitHub token: the keychain could not be read and GITHUB_TOKEN is not set.</source>
        <translation>Aucun jeton GitHub : le trousseau n’a pas pu être lu et GITHUB_TOKEN n’est pas défini.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="191"/>
        <source>Needs a GitHub token.</source>
        <translation>Demande un jeton GitHub.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="195"/>
        <source>The command-line tool reads its secrets from the environment (GITHUB_TOKEN, RA_SECRET_*, RA_SCORING_DB_PASSWORD).</source>
        <translation>L’outil en ligne de commande lit ses secrets dans l’environnement (GITHUB_TOKEN, RA_SECRET_*, RA_SCORING_DB_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="209"/>
        <source>The %1 cannot be used: %2. Start and unlock a Secret Service (KWallet, GNOME Keyring); until then the environment&apos;s secrets are used.</source>
        <translation>Le stockage des secrets (%1) est inutilisable : %2. Démarrez et déverrouillez un Secret Service (KWallet, GNOME Keyring) ; d’ici là, les secrets de l’environnement sont utilisés.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="216"/>
        <source>The %1 answers: tokens and passwords are kept there.</source>
        <translation>Le stockage des secrets (%1) répond : les jetons et mots de passe y sont conservés.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="218"/>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="236"/>
        <source>GitHub refused the token from %1: %2. Sign in again from Settings.</source>
        <translation>GitHub a refusé le jeton (source : %1) : %2. Reconnectez-vous depuis les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="238"/>
        <source>GitHub could not be asked about the token: %1</source>
        <translation>GitHub n’a pas pu être interrogé sur le jeton : %1</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="240"/>
        <source>Needs a token GitHub accepts.</source>
        <translation>Demande un jeton accepté par GitHub.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="245"/>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2, source : %3</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="249"/>
        <source>%1 lacks the repo scope (it has: %2): releases, assets and issues need it. Make a token with the repo scope, or a fine-grained one.</source>
        <translation>Il manque à %1 la portée repo (portées présentes : %2) : les publications, fichiers joints et tickets en ont besoin. Créez un jeton avec la portée repo, ou un jeton à granularité fine.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="251"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="256"/>
        <source>%1 expires on %2: make a new one before the release.</source>
        <translation>%1 expire le %2 : créez-en un nouveau avant la publication.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="281"/>
        <source>%1 is not visible to %2&apos;s token: check the playbook&apos;s repository, or give the token access to it.</source>
        <translation>%1 n’est pas visible avec le jeton de %2 : vérifiez le dépôt du playbook, ou donnez au jeton l’accès à ce dépôt.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="284"/>
        <source>GitHub could not say what %1 may do on %2: %3</source>
        <translation>GitHub n’a pas pu dire ce que %1 peut faire sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="290"/>
        <source>%1 is archived: nothing can be released to it.</source>
        <translation>%1 est archivé : on ne peut rien y publier.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="293"/>
        <source>GitHub did not say what %1 may do on %2; step 2 and step 5 will tell.</source>
        <translation>GitHub n’a pas dit ce que %1 peut faire sur %2 ; les étapes 2 et 5 le diront.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="296"/>
        <source>%1 may not push to %2: the tag, the draft and its assets need push (Contents: read and write). Ask a maintainer of %2 for write access, or use a token that has it.</source>
        <translation>%1 ne peut pas pousser vers %2 : l’étiquette, le brouillon et ses fichiers joints demandent le droit de pousser (Contents : lecture et écriture). Demandez l’accès en écriture à un mainteneur de %2, ou utilisez un jeton qui l’a.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="302"/>
        <source>%1 may push to %2 (not administer it: a release does not need to, unless its tags are protected).</source>
        <translation>%1 peut pousser vers %2 (sans l’administrer : une publication n’en a pas besoin, sauf si ses étiquettes sont protégées).</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="306"/>
        <source>%1 may push to %2 and administer it.</source>
        <translation>%1 peut pousser vers %2 et l’administrer.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="315"/>
        <source>Staging nodes</source>
        <translation>Nœuds de préproduction</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="315"/>
        <source>The playbook names no staging node.</source>
        <translation>Le playbook ne nomme aucun nœud de préproduction.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="319"/>
        <source>Staging node %1</source>
        <translation>Nœud de préproduction %1</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="323"/>
        <source>&apos;%1&apos; is not an http(s) address: correct it in the playbook.</source>
        <translation>« %1 » n’est pas une adresse http(s) : corrigez-la dans le playbook.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="334"/>
        <source>%1 cannot be reached: %2. Step 1 asks it what it runs; check the node or your network.</source>
        <translation>%1 est injoignable : %2. L’étape 1 lui demande ce qu’il exécute ; vérifiez le nœud ou votre réseau.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="338"/>
        <source>%1 answers, but /status/config said HTTP %2: step 1 will show what is wrong.</source>
        <translation>%1 répond, mais /status/config a renvoyé HTTP %2 : l’étape 1 montrera ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="344"/>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="345"/>
        <source>%1 answers, running %2.</source>
        <translation>%1 répond et exécute %2.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="354"/>
        <source>Scoring database</source>
        <translation>Base de notation</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="358"/>
        <source>The playbook writes step 3&apos;s change as an SQL file for someone to run: no database to reach.</source>
        <translation>Le playbook écrit la modification de l’étape 3 dans un fichier SQL que quelqu’un exécutera : aucune base à joindre.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="359"/>
        <source>The playbook keeps no scoring table.</source>
        <translation>Le playbook ne tient aucune table de notation.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="366"/>
        <source>No connection string for the scoring database: give it in step 3 (Database…).</source>
        <translation>Aucune chaîne de connexion pour la base de notation : indiquez-la à l’étape 3 (Base de données…).</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="397"/>
        <source>Reached (%1).</source>
        <translation>Joignable (%1).</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="400"/>
        <source>Cannot be reached (%1): %2. Check the connection string and the password in step 3.</source>
        <translation>Injoignable (%1) : %2. Vérifiez la chaîne de connexion et le mot de passe à l’étape 3.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="422"/>
        <location filename="../src/release/preflight.cpp" line="425"/>
        <source>Announcement channels</source>
        <translation>Canaux d’annonce</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="426"/>
        <source>The playbook announces on no channel.</source>
        <translation>Le playbook n’annonce sur aucun canal.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="434"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="437"/>
        <source>Release Assistant cannot post to &apos;%1&apos; channels.</source>
        <translation>Release Assistant ne sait pas publier sur les canaux « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="459"/>
        <source>Every secret it posts with is there.</source>
        <translation>Tous les secrets dont il a besoin pour publier sont là.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="462"/>
        <source>Missing %1: store it in Settings, or set %2.</source>
        <translation>Il manque %1 : enregistrez ce secret dans les paramètres, ou définissez %2.</translation>
    </message>
    <message>
        <location filename="../src/release/preflight.cpp" line="465"/>
        <source>(The keychain could not be read: %1.)</source>
        <translation>(Le trousseau n’a pas pu être lu : %1.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/release/preflight.cpp" line="475"/>
        <source>No answer within %n second(s): try again, or check the network.</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde : réessayez, ou vérifiez le réseau.</numerusform>
            <numerusform>Pas de réponse en %n secondes : réessayez, ou vérifiez le réseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::sandbox::DemoEnvironment</name>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="30"/>
        <source>Demo: nothing leaves this machine — every service is a local stand-in on 127.0.0.1</source>
        <translation>Démo : rien ne quitte cette machine — chaque service est un substitut local sur 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="66"/>
        <source>The demo is already running in %1.</source>
        <translation>La démo tourne déjà dans %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="93"/>
        <source>%1 cannot be read: %2. Start the demo in a new folder.</source>
        <translation>%1 ne peut pas être lu : %2. Lancez la démo dans un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="116"/>
        <source>The demo is not running: there is nothing to save.</source>
        <translation>La démo ne tourne pas : il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="134"/>
        <source>Cannot create a temporary folder for the demo: %1.</source>
        <translation>Impossible de créer un dossier temporaire pour la démo : %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="141"/>
        <source>Cannot create the demo folder %1. Give a folder you can write to.</source>
        <translation>Impossible de créer le dossier de démo %1. Indiquez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="147"/>
        <source>%1 holds other files, so the demo will not use it. Give a new or empty folder.</source>
        <translation>%1 contient d’autres fichiers, la démo ne l’utilisera donc pas. Indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="154"/>
        <source>%1 was not written by this version of the demo. Give a new or empty folder.</source>
        <translation>%1 n’a pas été écrit par cette version de la démo. Indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="185"/>
        <source>The demo&apos;s services cannot listen on 127.0.0.1. Check that loopback connections are allowed on this machine.</source>
        <translation>Les services de la démo ne peuvent pas écouter sur 127.0.0.1. Vérifiez que les connexions en boucle locale sont autorisées sur cette machine.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="187"/>
        <source>The demo&apos;s services cannot listen on their ports again: another command may be using the demo in %1, or another program took a port. Wait for it, or start a demo in a new folder.</source>
        <translation>Les services de la démo ne peuvent pas écouter à nouveau sur leurs ports : une autre commande utilise peut-être la démo dans %1, ou un autre programme a pris un port. Attendez-la, ou lancez une démo dans un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="199"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="321"/>
        <source>GitHub API</source>
        <translation>API GitHub</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="322"/>
        <source>GitHub uploads</source>
        <translation>Envois GitHub</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="323"/>
        <source>GitHub web</source>
        <translation>Site web GitHub</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="326"/>
        <source>Staging %1</source>
        <translation>Préproduction %1</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironment.cpp" line="330"/>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironmentsetup.cpp" line="63"/>
        <source>Cannot create the demo&apos;s git repositories: %1.</source>
        <translation>Impossible de créer les dépôts git de la démo : %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironmentsetup.cpp" line="69"/>
        <source>Cannot describe the demo&apos;s candidate commit: %1.</source>
        <translation>Impossible de décrire le commit candidat de la démo : %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironmentsetup.cpp" line="82"/>
        <source>Cannot write the demo&apos;s scoring table: %1.</source>
        <translation>Impossible d’écrire la table de notation de la démo : %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironmentsetup.cpp" line="113"/>
        <source>Cannot build the demo&apos;s packages: %1.</source>
        <translation>Impossible de construire les paquets de la démo : %1.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/demoenvironmentsetup.cpp" line="126"/>
        <source>Cannot build the demo&apos;s CI artifacts: %1.</source>
        <translation>Impossible de construire les artefacts CI de la démo : %1.</translation>
    </message>
</context>
<context>
    <name>ra::secrets::KeychainSecretStore</name>
    <message>
        <location filename="../src/secrets/keychainsecretstore.cpp" line="118"/>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
</context>
<context>
    <name>ra::secrets::MemorySecretStore</name>
    <message>
        <location filename="../src/secrets/memorysecretstore.cpp" line="51"/>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session seulement)</translation>
    </message>
</context>
<context>
    <name>ra::staging::StagingChecker</name>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="157"/>
        <source>Reading the workflow runs of %1</source>
        <translation>Lecture des exécutions de workflow de %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="168"/>
        <source>GitHub could not list the workflow runs: %1</source>
        <translation>GitHub n’a pas pu lister les exécutions de workflow : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="184"/>
        <source>no run for this commit</source>
        <translation>aucune exécution pour ce commit</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="187"/>
        <source>still %1</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="193"/>
        <source>no conclusion</source>
        <translation>sans conclusion</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="196"/>
        <source>Workflow %1: %2</source>
        <translation>Workflow %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="213"/>
        <source>Reading the artifacts of run %1</source>
        <translation>Lecture des artefacts de l’exécution %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="222"/>
        <source>GitHub could not list the artifacts: %1</source>
        <translation>GitHub n’a pas pu lister les artefacts : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="231"/>
        <source>Artifact %1 has expired; re-run the build to attach packages</source>
        <translation>L’artefact %1 a expiré ; relancez la construction pour joindre les paquets</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="242"/>
        <source>Artifact %1 is missing from the build run</source>
        <translation>L’artefact %1 manque dans l’exécution de construction</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="257"/>
        <source>Asking %1 for its version</source>
        <translation>Demande de sa version à %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="270"/>
        <source>Staging node %1: %2</source>
        <translation>Nœud de préproduction %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="272"/>
        <source>Staging node %1 %2</source>
        <translation>Nœud de préproduction %1 %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="277"/>
        <source>Staging node %1 reports %2 in its Server header but %3 in /status/config</source>
        <translation>Le nœud de préproduction %1 annonce %2 dans son en-tête Server mais %3 dans /status/config</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="286"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="287"/>
        <source>HTTP %1, failing: %2</source>
        <translation>HTTP %1, en échec : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="288"/>
        <source>Staging node %1 %2: %3</source>
        <translation>Nœud de préproduction %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="310"/>
        <source>/status/config answered HTTP %1 without a version (%2)</source>
        <translation>/status/config a répondu HTTP %1 sans version (%2)</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="312"/>
        <source>no &quot;version&quot; field</source>
        <translation>aucun champ « version »</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="312"/>
        <source>not JSON, or JSON cut short</source>
        <translation>pas du JSON, ou du JSON tronqué</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="313"/>
        <source>Check again; when it stays so, a proxy may be answering instead of the node.</source>
        <translation>Vérifiez à nouveau ; si cela persiste, un proxy répond peut-être à la place du nœud.</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="373"/>
        <source>No staging server is configured; the deployed version was not checked</source>
        <translation>Aucun serveur de préproduction n’est configuré ; la version déployée n’a pas été vérifiée</translation>
    </message>
</context>
</TS>
