<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="36" />
        <source>Release Assistant — %1</source>
        <translation>Assistant de publication — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37" />
        <source>Release Assistant — %1 %2</source>
        <translation>Assistant de publication — %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="41" />
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="47" />
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="53" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86" />
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="89" />
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+PgPréc)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="93" />
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="96" />
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+PgSuiv)</translation>
    </message>
</context>
<context>
    <name>ReleasePicker</name>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="15" />
        <source>Release:</source>
        <translation>Publication :</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="23" />
        <source>No release yet</source>
        <translation>Aucune publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="26" />
        <source>Current release</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="32" />
        <source>New version, e.g. 1.4.0</source>
        <translation>Nouvelle version, p. ex. 1.4.0</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="33" />
        <source>Version of a new release</source>
        <translation>Version d’une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../qml/ReleasePicker.qml" line="38" />
        <source>Start release</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="16" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="28" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="32" />
        <source>Repository: %1</source>
        <translation>Dépôt : %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="46" />
        <source>Signing in to GitHub and the announcement channels is not built yet. Until it is, the command-line tool reads a GitHub token from the GITHUB_TOKEN environment variable.</source>
        <translation>La connexion à GitHub et aux canaux d’annonce n’est pas encore disponible. D’ici là, l’outil en ligne de commande lit un jeton GitHub dans la variable d’environnement GITHUB_TOKEN.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../qml/StepNavigator.qml" line="25" />
        <source>Release steps</source>
        <translation>Étapes de la publication</translation>
    </message>
    <message>
        <location filename="../qml/StepNavigator.qml" line="43" />
        <source>Step %1: %2, %3</source>
        <translation>Étape %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="30" />
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="65" />
        <source>This step is not built yet.</source>
        <translation>Cette étape n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StepPage.qml" line="71" />
        <source>Release Assistant cannot do this step for you yet. Do it by hand as the release procedure describes, then continue with the next step.</source>
        <translation>L’Assistant de publication ne sait pas encore faire cette étape. Faites-la à la main comme le décrit la procédure de publication, puis passez à l’étape suivante.</translation>
    </message>
</context>
<context>
    <name>ra::AnnouncementComposer</name>
    <message numerus="yes">
        <location filename="../src/app/announcementcomposer.cpp" line="179" />
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation>
            <numerusform>Trop long pour un seul message : il sera envoyé en %n message.</numerusform><numerusform>Trop long pour un seul message : il sera envoyé en %n messages.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="236" />
        <source>Pick a release first.</source>
        <translation>Choisissez d’abord une publication.</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="326" />
        <source>Sending a test post…</source>
        <translation>Envoi d’un message de test…</translation>
    </message>
    <message>
        <location filename="../src/app/announcementcomposer.cpp" line="326" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>ra::ReleaseSession</name>
    <message>
        <location filename="../src/app/releasesession.cpp" line="47" />
        <source>The release journal cannot be opened, so nothing done now will be remembered: %1</source>
        <translation>Le journal des publications ne peut pas être ouvert ; rien de ce qui est fait maintenant ne sera retenu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="97" />
        <source>There is no release “%1” in the journal.</source>
        <translation>Le journal ne contient pas de publication « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="133" />
        <source>“%1” is not a version: %2</source>
        <translation>« %1 » n’est pas une version : %2</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="138" />
        <source>aleph-vm spells this tag “%1”, not “%2”.</source>
        <translation>aleph-vm écrit cette étiquette « %1 », pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="139" />
        <source>“%1” cannot be an aleph-vm tag: %2</source>
        <translation>« %1 » ne peut pas être une étiquette d’aleph-vm : %2</translation>
    </message>
    <message>
        <location filename="../src/app/releasesession.cpp" line="144" />
        <source>Releases cannot be started without the release journal.</source>
        <translation>Impossible de commencer une publication sans le journal des publications.</translation>
    </message>
</context>
<context>
    <name>ra::StepStatus</name>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="32" />
        <source>Staging checks</source>
        <translation>Vérifications en préproduction</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="34" />
        <source>Git tag</source>
        <translation>Étiquette git</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="36" />
        <source>Scoring table</source>
        <translation>Table de notation</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="38" />
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="40" />
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="42" />
        <source>Review &amp; publish</source>
        <translation>Relecture et publication</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="44" />
        <source>Announce</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="53" />
        <source>Packages built by GitHub Actions are tested on the staging servers.</source>
        <translation>Les paquets construits par GitHub Actions sont testés sur les serveurs de préproduction.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="55" />
        <source>A new git tag is assigned to the tested commit and pushed.</source>
        <translation>Une nouvelle étiquette git est posée sur le commit testé puis poussée.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="57" />
        <source>The release is listed in the version table used by node scoring.</source>
        <translation>La version est inscrite dans la table utilisée pour noter les nœuds.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="59" />
        <source>Draft release notes are prepared on the GitHub releases page.</source>
        <translation>Un brouillon des notes de version est préparé sur la page des publications GitHub.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="61" />
        <source>Packages are downloaded, checked and attached to the release.</source>
        <translation>Les paquets sont téléchargés, vérifiés et joints à la publication.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="63" />
        <source>Reviewers approve the exact notes, then the release is published.</source>
        <translation>Les relecteurs approuvent les notes exactes, puis la version est publiée.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="65" />
        <source>The release is announced on X, Telegram and the other channels.</source>
        <translation>La publication est annoncée sur X, Telegram et les autres canaux.</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="84" />
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="86" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="88" />
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/app/stepstatus.cpp" line="90" />
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>ra::staging::StagingChecker</name>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="96" />
        <source>Reading the workflow runs of %1</source>
        <translation>Lecture des exécutions de workflow de %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="106" />
        <source>GitHub could not list the workflow runs: %1</source>
        <translation>GitHub n’a pas pu lister les exécutions de workflow : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="122" />
        <source>no run for this commit</source>
        <translation>aucune exécution pour ce commit</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="125" />
        <source>still %1</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="131" />
        <source>no conclusion</source>
        <translation>sans conclusion</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="134" />
        <source>Workflow %1: %2</source>
        <translation>Workflow %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="151" />
        <source>Reading the artifacts of run %1</source>
        <translation>Lecture des artefacts de l’exécution %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="159" />
        <source>GitHub could not list the artifacts: %1</source>
        <translation>GitHub n’a pas pu lister les artefacts : %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="167" />
        <source>Artifact %1 has expired; re-run the build to attach packages</source>
        <translation>L’artefact %1 a expiré ; relancez la construction pour joindre les paquets</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="178" />
        <source>Artifact %1 is missing from the build run</source>
        <translation>L’artefact %1 manque dans l’exécution de construction</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="193" />
        <source>Asking %1 for its version</source>
        <translation>Demande de sa version à %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="206" />
        <source>Staging node %1: %2</source>
        <translation>Nœud de préproduction %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="208" />
        <source>Staging node %1 %2</source>
        <translation>Nœud de préproduction %1 %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="212" />
        <source>Staging node %1 reports %2 in its Server header but %3 in /status/config</source>
        <translation>Le nœud de préproduction %1 annonce %2 dans son en-tête Server mais %3 dans /status/config</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="219" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="220" />
        <source>HTTP %1, failing: %2</source>
        <translation>HTTP %1, en échec : %2</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="221" />
        <source>Staging node %1 %2: %3</source>
        <translation>Nœud de préproduction %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/staging/stagingchecker.cpp" line="292" />
        <source>No staging server is configured; the deployed version was not checked</source>
        <translation>Aucun serveur de préproduction n’est configuré ; la version déployée n’a pas été vérifiée</translation>
    </message>
</context>
</TS>