<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Hublot::Ui::CommandLineBar</name>
    <message>
        <source>Equivalent docker command</source>
        <translation>Commande docker équivalente</translation>
    </message>
    <message>
        <source>The same thing on the command line</source>
        <translation>La même chose en ligne de commande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ConceptsDiagram</name>
    <message>
        <source>Docker&apos;s parts, with what this engine holds</source>
        <translation>Les éléments de Docker, avec ce que contient ce moteur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Hublot, or docker</source>
        <translation>Hublot, ou docker</translation>
    </message>
    <message>
        <source>Docker Engine %1, at %2</source>
        <translation>Docker Engine %1, à %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running, %2 in all</source>
        <translation>%1 en cours, %2 en tout</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker Hub, or your own</source>
        <translation>Docker Hub, ou le vôtre</translation>
    </message>
    <message>
        <source>The program you give orders with. It sends them to the daemon over its API.</source>
        <translation>Le programme avec lequel vous donnez des ordres. Il les envoie au démon par son API.</translation>
    </message>
    <message>
        <source>The Docker engine (dockerd): it runs on the host, keeps the images and runs the containers.</source>
        <translation>Le moteur Docker (dockerd) : il tourne sur l’hôte, garde les images et exécute les conteneurs.</translation>
    </message>
    <message>
        <source>Read-only templates made of layers. Open the Images page.</source>
        <translation>Des modèles en lecture seule faits de couches. Ouvre la page Images.</translation>
    </message>
    <message>
        <source>Running instances of images, each with its own writable layer. Open the Containers page.</source>
        <translation>Des instances d’images en cours d’exécution, chacune avec sa propre couche inscriptible. Ouvre la page Conteneurs.</translation>
    </message>
    <message>
        <source>Storage that outlives containers. Open the Volumes page.</source>
        <translation>Un stockage qui survit aux conteneurs. Ouvre la page Volumes.</translation>
    </message>
    <message>
        <source>How containers reach each other and the outside. Open the Networks page.</source>
        <translation>Comment les conteneurs se joignent entre eux et vers l’extérieur. Ouvre la page Réseaux.</translation>
    </message>
    <message>
        <source>A server that stores images in repositories; docker pull and docker push talk to it.</source>
        <translation>Un serveur qui stocke des images dans des dépôts ; docker pull et docker push s’adressent à lui.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>the machine the engine runs on</source>
        <translation>la machine où tourne le moteur</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>pull, push</source>
        <translation>pull, push</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ConceptsPage</name>
    <message>
        <source>How Docker fits together</source>
        <translation>Comment s’articule Docker</translation>
    </message>
    <message>
        <source>The parts below are live: the numbers are what your engine holds now. Click a box to open its page.</source>
        <translation>Les éléments ci-dessous sont vivants : les nombres sont ce que contient votre moteur en ce moment. Cliquez sur une case pour ouvrir sa page.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The program you give orders with: the docker command, or Hublot. It talks to the daemon.</source>
        <translation>Le programme avec lequel vous donnez des ordres : la commande docker, ou Hublot. Il parle au démon.</translation>
    </message>
    <message>
        <source>Daemon (engine)</source>
        <translation>Démon (moteur)</translation>
    </message>
    <message>
        <source>The background service that does the work: it pulls images, runs containers, keeps volumes.</source>
        <translation>Le service d’arrière-plan qui fait le travail : il télécharge les images, exécute les conteneurs, garde les volumes.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The machine the daemon runs on. It can be this computer, a virtual machine or a server.</source>
        <translation>La machine où tourne le démon. Ce peut être cet ordinateur, une machine virtuelle ou un serveur.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>A read-only template: a set of files in layers, plus the command to start. An image is static.</source>
        <translation>Un modèle en lecture seule : un ensemble de fichiers en couches, plus la commande à lancer. Une image est statique.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>One read-only slice of an image. Images and containers made from the same image share their layers on disk instead of copying them.</source>
        <translation>Une tranche en lecture seule d’une image. Les images et les conteneurs faits à partir de la même image partagent leurs couches sur le disque au lieu de les copier.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>A running (or stopped) instance of an image, isolated from the others, with its own writable layer on top of the image&apos;s layers. A container is dynamic. One image can start many containers.</source>
        <translation>Une instance d’une image, en cours ou arrêtée, isolée des autres, avec sa propre couche inscriptible au-dessus des couches de l’image. Un conteneur est dynamique. Une image peut lancer de nombreux conteneurs.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>The versions (tags) of one image under one name, like a repository on GitHub: nginx, python…</source>
        <translation>Les versions (tags) d’une image sous un même nom, comme un dépôt sur GitHub : nginx, python…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>A server that stores repositories. Docker Hub is the default one; it has official and community images.</source>
        <translation>Un serveur qui stocke des dépôts. Docker Hub est celui par défaut ; il propose des images officielles et communautaires.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Storage managed by Docker that outlives containers: the place for a database&apos;s data.</source>
        <translation>Un stockage géré par Docker qui survit aux conteneurs : la place des données d’une base de données.</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>Montage de dossier (bind mount)</translation>
    </message>
    <message>
        <source>A folder of the host shown inside a container, such as the current folder with ${PWD}.</source>
        <translation>Un dossier de l’hôte visible dans un conteneur, comme le dossier courant avec ${PWD}.</translation>
    </message>
    <message>
        <source>Port mapping</source>
        <translation>Redirection de port</translation>
    </message>
    <message>
        <source>A port of the host that leads to a port of a container, so a browser can reach it.</source>
        <translation>Un port de l’hôte qui mène à un port d’un conteneur, pour qu’un navigateur puisse l’atteindre.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>How containers reach each other by name, and the outside world.</source>
        <translation>Comment les conteneurs se joignent par leur nom, et joignent le monde extérieur.</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Détaché</translation>
    </message>
    <message>
        <source>A container started in the background: the command gives your terminal back at once.</source>
        <translation>Un conteneur lancé en arrière-plan : la commande vous rend le terminal tout de suite.</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interactif</translation>
    </message>
    <message>
        <source>A container started with a terminal you can type into; with --rm it is removed when it stops.</source>
        <translation>Un conteneur lancé avec un terminal où vous pouvez taper ; avec --rm il est supprimé quand il s’arrête.</translation>
    </message>
    <message>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <source>On macOS and Windows the daemon needs Linux, so Docker Desktop runs it inside a small virtual machine.</source>
        <translation>Sur macOS et Windows, le démon a besoin de Linux : Docker Desktop le fait donc tourner dans une petite machine virtuelle.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ConnectionProblemPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerActions</name>
    <message>
        <source>P&amp;rune Stopped Containers…</source>
        <translation>&amp;Nettoyer les conteneurs arrêtés…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Start the chosen containers</source>
        <translation>Démarrer les conteneurs choisis</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Stop the chosen containers: SIGTERM, then SIGKILL after 10 seconds</source>
        <translation>Arrêter les conteneurs choisis : SIGTERM, puis SIGKILL au bout de 10 secondes</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Red&amp;émarrer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Stop, then start the chosen containers</source>
        <translation>Arrêter puis démarrer les conteneurs choisis</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Freeze every process of the chosen containers</source>
        <translation>Geler tous les processus des conteneurs choisis</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Let the processes of the paused containers run again</source>
        <translation>Laisser repartir les processus des conteneurs en pause</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Tuer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Stop the chosen containers at once with SIGKILL</source>
        <translation>Arrêter aussitôt les conteneurs choisis avec SIGKILL</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the chosen containers</source>
        <translation>Supprimer les conteneurs choisis</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Remove every stopped container, after showing which</source>
        <translation>Supprimer tous les conteneurs arrêtés, après avoir montré lesquels</translation>
    </message>
    <message>
        <source>Remove the container %1?</source>
        <translation>Supprimer le conteneur %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n containers?</source>
        <translation>
            <numerusform>Supprimer ce conteneur ?</numerusform>
            <numerusform>Supprimer ces %n conteneurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Running ones are stopped at once (force). Each container&apos;s writable layer, with every file written in it, is deleted; volumes stay.</source>
        <translation>Ceux qui tournent sont arrêtés aussitôt (force). La couche inscriptible de chaque conteneur, avec tous les fichiers écrits dedans, est effacée ; les volumes restent.</translation>
    </message>
    <message>
        <source>Each container&apos;s writable layer, with every file written in it, is deleted; volumes stay.</source>
        <translation>La couche inscriptible de chaque conteneur, avec tous les fichiers écrits dedans, est effacée ; les volumes restent.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Kill the container %1?</source>
        <translation>Tuer le conteneur %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n containers?</source>
        <translation>
            <numerusform>Tuer ce conteneur ?</numerusform>
            <numerusform>Tuer ces %n conteneurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their processes get SIGKILL and stop at once, without a chance to save their work.</source>
        <translation>Leurs processus reçoivent SIGKILL et s’arrêtent aussitôt, sans pouvoir enregistrer leur travail.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Containers</source>
        <translation>Supprimer des conteneurs</translation>
    </message>
    <message>
        <source>Kill Containers</source>
        <translation>Tuer des conteneurs</translation>
    </message>
    <message>
        <source>The same on the command line:</source>
        <translation>La même chose en ligne de commande :</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was done.</source>
        <translation>Hublot n’est pas connecté au moteur ; rien n’a été fait.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Redémarrage de %1…</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>Mise en pause de %1…</translation>
    </message>
    <message>
        <source>Unpausing %1…</source>
        <translation>Reprise de %1…</translation>
    </message>
    <message>
        <source>Killing %1…</source>
        <translation>Arrêt forcé de %1…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Started %1.</source>
        <translation>
            <numerusform>%1 démarré.</numerusform>
            <numerusform>%1 démarrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %1.</source>
        <translation>
            <numerusform>%1 arrêté.</numerusform>
            <numerusform>%1 arrêtés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted %1.</source>
        <translation>
            <numerusform>%1 redémarré.</numerusform>
            <numerusform>%1 redémarrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %1.</source>
        <translation>
            <numerusform>%1 mis en pause.</numerusform>
            <numerusform>%1 mis en pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpaused %1.</source>
        <translation>
            <numerusform>%1 repris.</numerusform>
            <numerusform>%1 repris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %1.</source>
        <translation>
            <numerusform>%1 tué.</numerusform>
            <numerusform>%1 tués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1.</source>
        <translation>
            <numerusform>%1 supprimé.</numerusform>
            <numerusform>%1 supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerDetailsPage</name>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Back to the containers (Escape)</source>
        <translation>Retour aux conteneurs (Échap)</translation>
    </message>
    <message>
        <source>Back to the containers</source>
        <translation>Retour aux conteneurs</translation>
    </message>
    <message>
        <source>Container actions</source>
        <translation>Actions sur le conteneur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>This container was removed. What you see is what it was last.</source>
        <translation>Ce conteneur a été supprimé. Ce qui s’affiche est son dernier état connu.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerInspectTab</name>
    <message>
        <source>Search keys and values, for example IPAddress</source>
        <translation>Chercher dans les clés et les valeurs, par exemple IPAddress</translation>
    </message>
    <message>
        <source>Search the inspect data</source>
        <translation>Chercher dans les données d’inspection</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (F3, or Enter in the search field)</source>
        <translation>Résultat suivant (F3, ou Entrée dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the whole inspect data as JSON</source>
        <translation>Copier toutes les données d’inspection en JSON</translation>
    </message>
    <message>
        <source>Inspect data</source>
        <translation>Données d’inspection</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerLogsView</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Show new lines as the container writes them (docker logs --follow)</source>
        <translation>Afficher les nouvelles lignes à mesure que le conteneur les écrit (docker logs --follow)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernières</translation>
    </message>
    <message>
        <source>all lines</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Only the last lines of the log (docker logs --tail)</source>
        <translation>Seulement les dernières lignes du journal (docker logs --tail)</translation>
    </message>
    <message>
        <source>Only the lines written since then (docker logs --since)</source>
        <translation>Seulement les lignes écrites depuis ce moment (docker logs --since)</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Since a time…</source>
        <translation>Depuis une heure précise…</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Show when each line was written (docker logs --timestamps)</source>
        <translation>Afficher quand chaque ligne a été écrite (docker logs --timestamps)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Show the colours programs write with ANSI escape sequences, or plain text</source>
        <translation>Afficher les couleurs que les programmes écrivent avec des séquences ANSI, ou du texte brut</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Couper les lignes longues</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the lines shown to a file</source>
        <translation>Enregistrer les lignes affichées dans un fichier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Empty the view; new lines still show (the container&apos;s log is not changed)</source>
        <translation>Vider l’affichage ; les nouvelles lignes s’affichent toujours (le journal du conteneur n’est pas modifié)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Tell capitals from small letters</source>
        <translation>Distinguer majuscules et minuscules</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>Seulement les lignes trouvées</translation>
    </message>
    <message>
        <source>Hide the lines that do not hold the searched text</source>
        <translation>Masquer les lignes qui ne contiennent pas le texte cherché</translation>
    </message>
    <message>
        <source>No container %1 on this engine: it was removed, or the id is wrong.</source>
        <translation>Aucun conteneur %1 sur ce moteur : il a été supprimé, ou l’identifiant est faux.</translation>
    </message>
    <message>
        <source>The containers stopped: their logs end here.</source>
        <translation>Les conteneurs se sont arrêtés : leurs journaux s’arrêtent ici.</translation>
    </message>
    <message>
        <source>The container stopped: its log ends here.</source>
        <translation>Le conteneur s’est arrêté : son journal s’arrête ici.</translation>
    </message>
    <message>
        <source>Could not read the log of %1: %2</source>
        <translation>Impossible de lire le journal de %1 : %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No line holds it</source>
        <translation>Aucune ligne ne le contient</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching line(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne trouvée</numerusform>
            <numerusform>%1 sur %Ln lignes trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching line(s)</source>
        <translation>
            <numerusform>%Ln ligne trouvée</numerusform>
            <numerusform>%Ln lignes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>En attente du moteur…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>reading earlier lines…</source>
        <translation>lecture des lignes précédentes…</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi en cours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older line(s) let go to save memory</source>
        <translation>
            <numerusform>%Ln ligne ancienne abandonnée pour économiser la mémoire</numerusform>
            <numerusform>%Ln lignes anciennes abandonnées pour économiser la mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving the log to %1…</source>
        <translation>Enregistrement du journal dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans %1</numerusform>
            <numerusform>%Ln lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2. Choose another folder, or free some space.</source>
        <translation>Impossible d’enregistrer le journal dans %1 : %2. Choisissez un autre dossier, ou libérez de la place.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerOverviewTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Always restarted (--restart always)</source>
        <translation>Toujours redémarré (--restart always)</translation>
    </message>
    <message>
        <source>Restarted unless stopped by hand (--restart unless-stopped)</source>
        <translation>Redémarré sauf s’il a été arrêté à la main (--restart unless-stopped)</translation>
    </message>
    <message numerus="yes">
        <source>Restarted when it fails, at most %n time(s) (--restart on-failure:%n)</source>
        <translation>
            <numerusform>Redémarré en cas d’échec, au plus %n fois (--restart on-failure:%n)</numerusform>
            <numerusform>Redémarré en cas d’échec, au plus %n fois (--restart on-failure:%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted when it fails (--restart on-failure)</source>
        <translation>Redémarré en cas d’échec (--restart on-failure)</translation>
    </message>
    <message>
        <source>Never restarted by the engine (--restart no)</source>
        <translation>Jamais redémarré par le moteur (--restart no)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>killed for lack of memory</source>
        <translation>tué par manque de mémoire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>When it stops</source>
        <translation>Quand il s’arrête</translation>
    </message>
    <message>
        <source>Removed (--rm)</source>
        <translation>Supprimé (--rm)</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Not attached to any network.</source>
        <translation>Relié à aucun réseau.</translation>
    </message>
    <message>
        <source>no address while it is not running</source>
        <translation>pas d’adresse tant qu’il ne tourne pas</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>published on %1</source>
        <translation>publié sur %1</translation>
    </message>
    <message>
        <source>published on %1 — open %2</source>
        <translation>publié sur %1 — ouvrir %2</translation>
    </message>
    <message>
        <source>exposed, not published on the host</source>
        <translation>exposé, non publié sur l’hôte</translation>
    </message>
    <message>
        <source>No ports: nothing outside the container&apos;s networks can reach it.</source>
        <translation>Aucun port : rien en dehors des réseaux du conteneur ne peut l’atteindre.</translation>
    </message>
    <message>
        <source>Bind mounts and volumes</source>
        <translation>Montages de dossiers et volumes</translation>
    </message>
    <message>
        <source>None: every file it writes stays in its writable layer.</source>
        <translation>Aucun : chaque fichier qu’il écrit reste dans sa couche inscriptible.</translation>
    </message>
    <message>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>No variables.</source>
        <translation>Aucune variable.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>No labels.</source>
        <translation>Aucune étiquette.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerStatsView</name>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S disque</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Processes (PIDs)</source>
        <translation>Processus (PID)</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Computed as &lt;code&gt;docker stats&lt;/code&gt; does. CPU: 100 % is one CPU busy all the time. Memory: without the page cache the kernel can take back. Network and block I/O: bytes a second, and all of them since the container started.</source>
        <translation>Calculé comme le fait &lt;code&gt;docker stats&lt;/code&gt;. CPU : 100 % correspond à un processeur occupé en permanence. Mémoire : sans le cache de pages que le noyau peut reprendre. Réseau et E/S disque : octets par seconde, et le total depuis le démarrage du conteneur.</translation>
    </message>
    <message>
        <source>The container is not running: its stats show while it runs.</source>
        <translation>Le conteneur ne tourne pas : ses statistiques s’affichent pendant qu’il tourne.</translation>
    </message>
    <message>
        <source>The container was removed.</source>
        <translation>Le conteneur a été supprimé.</translation>
    </message>
    <message>
        <source>The stats stopped: %1</source>
        <translation>Les statistiques se sont arrêtées : %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 received, %2 sent in all</source>
        <translation>%1 reçus, %2 envoyés au total</translation>
    </message>
    <message>
        <source>%1 read, %2 written in all</source>
        <translation>%1 lus, %2 écrits au total</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerTerminalTab</name>
    <message>
        <source>&amp;New Terminal</source>
        <translation>&amp;Nouveau terminal</translation>
    </message>
    <message>
        <source>Open another shell in the container (Ctrl+Shift+T)</source>
        <translation>Ouvrir un autre shell dans le conteneur (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>bash, else sh</source>
        <translation>bash, sinon sh</translation>
    </message>
    <message>
        <source>The program the next terminal runs; type another one if you like</source>
        <translation>Le programme que lance le prochain terminal ; vous pouvez en taper un autre</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>the container&apos;s</source>
        <translation>celui du conteneur</translation>
    </message>
    <message>
        <source>Run as this user, as docker exec -u does (a name, name:group or a uid)</source>
        <translation>Lancer sous cet utilisateur, comme docker exec -u (un nom, nom:groupe ou un uid)</translation>
    </message>
    <message>
        <source>Copy Ctrl+Shift+C · Paste Ctrl+Shift+V · Find Ctrl+Shift+F · Zoom Ctrl+= / Ctrl+-</source>
        <translation>Copier Ctrl+Maj+C · Coller Ctrl+Maj+V · Chercher Ctrl+Maj+F · Zoom Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>Find in the terminal</source>
        <translation>Chercher dans le terminal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>attaché</translation>
    </message>
    <message>
        <source>The container is not running: a terminal runs a program inside it. Start it, then come back here.</source>
        <translation>Le conteneur ne tourne pas : un terminal lance un programme à l’intérieur. Démarrez-le, puis revenez ici.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mort</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>Arrêté (%1)</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1 on the network %2</source>
        <translation>%1 sur le réseau %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 sur %2 en cours</translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Projet Compose %1</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainersPage</name>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Conteneur</translation>
    </message>
    <message>
        <source>Open &amp;Details</source>
        <translation>Ouvrir les &amp;détails</translation>
    </message>
    <message>
        <source>Show everything about the container (or press Enter on it)</source>
        <translation>Tout montrer du conteneur (ou appuyez sur Entrée dessus)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Container actions</source>
        <translation>Actions sur le conteneur</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Rechercher des conteneurs</translation>
    </message>
    <message>
        <source>Show &amp;stopped containers</source>
        <translation>Afficher les conteneurs &amp;arrêtés</translation>
    </message>
    <message>
        <source>Checked: docker ps -a. Unchecked: docker ps, the running ones only.</source>
        <translation>Coché : docker ps -a. Décoché : docker ps, seulement ceux qui tournent.</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No containers yet. A container is a running instance of an image.</source>
        <translation>Aucun conteneur pour l’instant. Un conteneur est une instance d’une image en cours d’exécution.</translation>
    </message>
    <message>
        <source>No container is running. Check “Show stopped containers” to see the others.</source>
        <translation>Aucun conteneur ne tourne. Cochez « Afficher les conteneurs arrêtés » pour voir les autres.</translation>
    </message>
    <message>
        <source>No container matches.</source>
        <translation>Aucun conteneur ne correspond.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 ouvert dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Project &amp;Logs</source>
        <translation>&amp;Journaux du projet</translation>
    </message>
    <message>
        <source>The logs of every container of the Compose project, merged (docker compose logs)</source>
        <translation>Les journaux de tous les conteneurs du projet Compose, fusionnés (docker compose logs)</translation>
    </message>
    <message>
        <source>Logs of the Compose project %1</source>
        <translation>Journaux du projet Compose %1</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::DiskUsagePanel</name>
    <message>
        <source>&amp;Compute disk usage</source>
        <translation>&amp;Calculer l’espace disque</translation>
    </message>
    <message>
        <source>Used by one</source>
        <translation>Propre à un seul</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>The engine measures every layer and volume: this can take a few seconds.</source>
        <translation>Le moteur mesure chaque couche et chaque volume : cela peut prendre quelques secondes.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Récupérable</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers (writable layers)</source>
        <translation>Conteneurs (couches inscriptibles)</translation>
    </message>
    <message>
        <source>Local volumes</source>
        <translation>Volumes locaux</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Cache de construction</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Press the button to see what images, containers, volumes and the build cache take on disk.</source>
        <translation>Appuyez sur le bouton pour voir la place que prennent sur le disque les images, les conteneurs, les volumes et le cache de construction.</translation>
    </message>
    <message>
        <source>Hublot is not connected to an engine.</source>
        <translation>Hublot n’est connecté à aucun moteur.</translation>
    </message>
    <message>
        <source>The engine is measuring its layers and volumes…</source>
        <translation>Le moteur mesure ses couches et ses volumes…</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>Images share their read-only layers: counted one by one, the %n image(s) would take %1; on disk they take %2.</source>
        <translation>
            <numerusform>Les images partagent leurs couches en lecture seule : comptée seule, l’image prendrait %1 ; sur le disque elle prend %2.</numerusform>
            <numerusform>Les images partagent leurs couches en lecture seule : comptées une à une, les %n images prendraient %1 ; sur le disque elles prennent %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n container(s) read %1 of image layers without copying them: each adds only its own writable layer (%2 in all).</source>
        <translation>
            <numerusform>Le conteneur lit %1 de couches d’image sans les copier : il n’ajoute que sa propre couche inscriptible (%2).</numerusform>
            <numerusform>Les %n conteneurs lisent %1 de couches d’image sans les copier : chacun n’ajoute que sa propre couche inscriptible (%2 en tout).</numerusform>
        </translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Measured at %1.</source>
        <translation>Mesuré à %1.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::EngineBackendsPanel</name>
    <message>
        <source>Hublot can start an engine itself, or connect to one that runs elsewhere.</source>
        <translation>Hublot peut démarrer lui-même un moteur, ou se connecter à un moteur qui tourne ailleurs.</translation>
    </message>
    <message>
        <source>Or an engine that runs elsewhere: a Docker context, a remote host over SSH or TLS.</source>
        <translation>Ou un moteur qui tourne ailleurs&#xa0;: un contexte Docker, un hôte distant par SSH ou TLS.</translation>
    </message>
    <message>
        <source>Connect to an &amp;Engine…</source>
        <translation>Se co&amp;nnecter à un moteur…</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::EnginePage</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hublot version</source>
        <translation>Version de Hublot</translation>
    </message>
    <message>
        <source>API version in use</source>
        <translation>Version de l’API utilisée</translation>
    </message>
    <message>
        <source>OS/Arch</source>
        <translation>OS/Arch</translation>
    </message>
    <message>
        <source>Engine address</source>
        <translation>Adresse du moteur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version du moteur</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>Go version</source>
        <translation>Version de Go</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Commit Git</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Compilé le</translation>
    </message>
    <message>
        <source>Kernel version</source>
        <translation>Version du noyau</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>containerd</source>
        <translation>containerd</translation>
    </message>
    <message>
        <source>runc</source>
        <translation>runc</translation>
    </message>
    <message>
        <source>docker-init</source>
        <translation>docker-init</translation>
    </message>
    <message>
        <source>Hublot is the client: it talks to the Docker engine (the daemon), which runs the containers.</source>
        <translation>Hublot est le client&#xa0;: il parle au moteur Docker (le démon), qui fait tourner les conteneurs.</translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation>Moteur Docker %1</translation>
    </message>
    <message>
        <source>Docker Engine</source>
        <translation>Moteur Docker</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1 (commit %2)</translation>
    </message>
    <message>
        <source>%1 (oldest accepted: %2)</source>
        <translation>%1 (la plus ancienne acceptée&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>CPUs and memory</source>
        <translation>Processeurs et mémoire</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Pilote de stockage</translation>
    </message>
    <message>
        <source>Docker root folder</source>
        <translation>Dossier racine de Docker</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>Cgroups</translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation>Environnements d’exécution</translation>
    </message>
    <message>
        <source>Security options</source>
        <translation>Options de sécurité</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s), %1 of memory</source>
        <translation>
            <numerusform>%n processeur, %1 de mémoire</numerusform>
            <numerusform>%n processeurs, %1 de mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all: %2 running, %3 paused, %4 stopped</source>
        <translation>%1 en tout : %2 en cours, %3 en pause, %4 arrêtés</translation>
    </message>
    <message>
        <source>%1 driver, version %2</source>
        <translation>pilote %1, version %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::EngineSwitchDialog</name>
    <message>
        <source>Connect to an Engine</source>
        <translation>Se connecter à un moteur</translation>
    </message>
    <message>
        <source>The engines the docker command knows (its contexts), and the one Hublot is connected to now. Choose one, or type an address.</source>
        <translation>Les moteurs que connaît la commande docker (ses contextes), et celui auquel Hublot est connecté. Choisissez-en un, ou tapez une adresse.</translation>
    </message>
    <message>
        <source>Docker contexts</source>
        <translation>Contextes Docker</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Or an &amp;address (as DOCKER_HOST takes it):</source>
        <translation>Ou une &amp;adresse (comme DOCKER_HOST la prend) :</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, tcp://host:2375, ssh://user@host</source>
        <translation>unix:///var/run/docker.sock, tcp://hôte:2375, ssh://utilisateur@hôte</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>(the docker command&apos;s)</source>
        <translation>(celui de la commande docker)</translation>
    </message>
    <message>
        <source>Hublot is connected to this engine now</source>
        <translation>Hublot est connecté à ce moteur</translation>
    </message>
    <message>
        <source>For the docker command:</source>
        <translation>Pour la commande docker :</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ErrorMessages</name>
    <message>
        <source>Hublot cannot reach the Docker engine</source>
        <translation>Hublot ne parvient pas à joindre le moteur Docker</translation>
    </message>
    <message>
        <source>the engine&apos;s address</source>
        <translation>l’adresse du moteur</translation>
    </message>
    <message>
        <source>DOCKER_HOST is not a valid address</source>
        <translation>DOCKER_HOST n’est pas une adresse valide</translation>
    </message>
    <message>
        <source>DOCKER_HOST is set to “%1”, which is not an address Hublot can use.</source>
        <translation>DOCKER_HOST vaut «&#xa0;%1&#xa0;», ce qui n’est pas une adresse utilisable par Hublot.</translation>
    </message>
    <message>
        <source>Write it as %1 or %2, or unset it to use the default socket %3.</source>
        <translation>Écrivez-la sous la forme %1 ou %2, ou supprimez-la pour utiliser le socket par défaut %3.</translation>
    </message>
    <message>
        <source>No Docker engine socket</source>
        <translation>Aucun socket du moteur Docker</translation>
    </message>
    <message>
        <source>There is no Docker engine socket at %1.</source>
        <translation>Il n’y a pas de socket du moteur Docker à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Start the engine (for example with %1), or point %2 at the engine you want to use, such as %3 for a rootless engine.</source>
        <translation>Démarrez le moteur (par exemple avec %1), ou faites pointer %2 vers le moteur à utiliser, par exemple %3 pour un moteur sans droits root (rootless).</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>You are not allowed to use the Docker engine socket %1.</source>
        <translation>Vous n’avez pas le droit d’utiliser le socket du moteur Docker %1.</translation>
    </message>
    <message>
        <source>Add your user to the docker group with %1, then log out and back in (or run %2).</source>
        <translation>Ajoutez votre utilisateur au groupe docker avec %1, puis déconnectez-vous et reconnectez-vous (ou lancez %2).</translation>
    </message>
    <message>
        <source>The Docker engine is not running</source>
        <translation>Le moteur Docker n’est pas démarré</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the engine is not running.</source>
        <translation>Rien ne répond à l’adresse %1&#xa0;: le moteur n’est pas démarré.</translation>
    </message>
    <message>
        <source>Start it (for example with %1), then retry.</source>
        <translation>Démarrez-le (par exemple avec %1), puis réessayez.</translation>
    </message>
    <message>
        <source>The host of %1 cannot be reached.</source>
        <translation>L’hôte de %1 est injoignable.</translation>
    </message>
    <message>
        <source>Check the host name and port in %1, and that the engine listens there.</source>
        <translation>Vérifiez le nom d’hôte et le port dans %1, et que le moteur écoute bien à cette adresse.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time.</source>
        <translation>Le moteur à l’adresse %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The engine may be overloaded or stuck. Hublot will try again.</source>
        <translation>Le moteur est peut-être surchargé ou bloqué. Hublot va réessayer.</translation>
    </message>
    <message>
        <source>The connection to the engine was lost</source>
        <translation>La connexion au moteur a été perdue</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection.</source>
        <translation>Le moteur à l’adresse %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>It may have stopped or restarted. Hublot reconnects by itself as soon as it is back.</source>
        <translation>Il s’est peut-être arrêté ou a redémarré. Hublot se reconnecte tout seul dès qu’il est de retour.</translation>
    </message>
    <message>
        <source>This Docker engine is too old</source>
        <translation>Ce moteur Docker est trop ancien</translation>
    </message>
    <message>
        <source>The engine at %1 speaks Docker API %2; Hublot needs API 1.41 (Docker 20.10) or newer.</source>
        <translation>Le moteur à l’adresse %1 parle l’API Docker %2&#xa0;; Hublot a besoin de l’API 1.41 (Docker 20.10) ou plus récente.</translation>
    </message>
    <message>
        <source>Update the Docker engine on that machine.</source>
        <translation>Mettez à jour le moteur Docker sur cette machine.</translation>
    </message>
    <message>
        <source>This Docker engine is too new</source>
        <translation>Ce moteur Docker est trop récent</translation>
    </message>
    <message>
        <source>The engine at %1 no longer accepts the API versions Hublot speaks.</source>
        <translation>Le moteur à l’adresse %1 n’accepte plus les versions de l’API que parle Hublot.</translation>
    </message>
    <message>
        <source>Update Hublot.</source>
        <translation>Mettez Hublot à jour.</translation>
    </message>
    <message>
        <source>Something answers at %1, but not as a Docker engine does.</source>
        <translation>Quelque chose répond à l’adresse %1, mais pas comme un moteur Docker.</translation>
    </message>
    <message>
        <source>Check that %1 points at a Docker engine.</source>
        <translation>Vérifiez que %1 pointe bien vers un moteur Docker.</translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection.</source>
        <translation>Le moteur à l’adresse %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The engine at %1 answered: “%2”.</source>
        <translation>Le moteur à l’adresse %1 a répondu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Check the engine&apos;s logs, then retry.</source>
        <translation>Consultez les journaux du moteur, puis réessayez.</translation>
    </message>
    <message>
        <source>No such Docker context</source>
        <translation>Ce contexte Docker n’existe pas</translation>
    </message>
    <message>
        <source>The Docker context chosen by %1 or %2 does not exist.</source>
        <translation>Le contexte Docker choisi par %1 ou %2 n’existe pas.</translation>
    </message>
    <message>
        <source>List the contexts with %1 and choose one with %2.</source>
        <translation>Listez les contextes avec %1 et choisissez-en un avec %2.</translation>
    </message>
    <message>
        <source>A Docker context cannot be read</source>
        <translation>Un contexte Docker est illisible</translation>
    </message>
    <message>
        <source>The context file %1 cannot be read.</source>
        <translation>Le fichier de contexte %1 est illisible.</translation>
    </message>
    <message>
        <source>Recreate the context with %1.</source>
        <translation>Recréez le contexte avec %1.</translation>
    </message>
    <message>
        <source>A TLS certificate is missing</source>
        <translation>Un certificat TLS manque</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Le fichier %1 n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file %1 holds no usable certificate or key.</source>
        <translation>Le fichier %1 ne contient aucun certificat ni aucune clé utilisable.</translation>
    </message>
    <message>
        <source>Put ca.pem, cert.pem and key.pem in the folder %1 names (default %2).</source>
        <translation>Placez ca.pem, cert.pem et key.pem dans le dossier indiqué par %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate is not trusted</source>
        <translation>Le certificat du moteur n’est pas reconnu</translation>
    </message>
    <message>
        <source>The engine at %1 shows a certificate that your CA (ca.pem) did not sign.</source>
        <translation>Le moteur à l’adresse %1 présente un certificat que votre autorité (ca.pem) n’a pas signé.</translation>
    </message>
    <message>
        <source>Use the ca.pem of the CA that signed the engine&apos;s certificate.</source>
        <translation>Utilisez le ca.pem de l’autorité qui a signé le certificat du moteur.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate has expired</source>
        <translation>Le certificat du moteur a expiré</translation>
    </message>
    <message>
        <source>The engine at %1 shows a certificate that is out of its validity dates.</source>
        <translation>Le moteur à l’adresse %1 présente un certificat hors de ses dates de validité.</translation>
    </message>
    <message>
        <source>Renew the engine&apos;s certificate, and check this computer&apos;s clock.</source>
        <translation>Renouvelez le certificat du moteur et vérifiez l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate is for another host</source>
        <translation>Le certificat est celui d’un autre hôte</translation>
    </message>
    <message>
        <source>The engine at %1 shows a certificate made for another host name.</source>
        <translation>Le moteur à l’adresse %1 présente un certificat fait pour un autre nom d’hôte.</translation>
    </message>
    <message>
        <source>Connect with the host name the certificate names, or make a certificate for this one.</source>
        <translation>Connectez-vous avec le nom d’hôte du certificat, ou faites un certificat pour celui-ci.</translation>
    </message>
    <message>
        <source>The engine refused your certificate</source>
        <translation>Le moteur a refusé votre certificat</translation>
    </message>
    <message>
        <source>The engine at %1 does not accept the client certificate cert.pem.</source>
        <translation>Le moteur à l’adresse %1 n’accepte pas le certificat client cert.pem.</translation>
    </message>
    <message>
        <source>Use a client certificate signed by the CA the engine trusts.</source>
        <translation>Utilisez un certificat client signé par l’autorité en laquelle le moteur a confiance.</translation>
    </message>
    <message>
        <source>No ssh client</source>
        <translation>Aucun client ssh</translation>
    </message>
    <message>
        <source>Reaching %1 needs the ssh command, which cannot be started.</source>
        <translation>Joindre %1 demande la commande ssh, qui ne peut pas être lancée.</translation>
    </message>
    <message>
        <source>Install OpenSSH&apos;s client.</source>
        <translation>Installez le client OpenSSH.</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>The host of %1 is not in your known_hosts file; Hublot never accepts a host key blindly.</source>
        <translation>L’hôte de %1 n’est pas dans votre fichier known_hosts&#xa0;; Hublot n’accepte jamais une clé d’hôte les yeux fermés.</translation>
    </message>
    <message>
        <source>Connect once with %1 and check the key&apos;s fingerprint, then retry.</source>
        <translation>Connectez-vous une fois avec %1 et vérifiez l’empreinte de la clé, puis réessayez.</translation>
    </message>
    <message>
        <source>The host key has changed</source>
        <translation>La clé de l’hôte a changé</translation>
    </message>
    <message>
        <source>The host of %1 shows a key other than the one in your known_hosts file.</source>
        <translation>L’hôte de %1 présente une autre clé que celle de votre fichier known_hosts.</translation>
    </message>
    <message>
        <source>This can be an attack. Ask the host&apos;s administrator before removing the old key with %1.</source>
        <translation>Il peut s’agir d’une attaque. Demandez à l’administrateur de l’hôte avant de retirer l’ancienne clé avec %1.</translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation>Connexion SSH refusée</translation>
    </message>
    <message>
        <source>The host of %1 refused every key ssh offered.</source>
        <translation>L’hôte de %1 a refusé toutes les clés proposées par ssh.</translation>
    </message>
    <message>
        <source>Check the user name and that your public key is in the host&apos;s authorized_keys.</source>
        <translation>Vérifiez le nom d’utilisateur et que votre clé publique figure dans le fichier authorized_keys de l’hôte.</translation>
    </message>
    <message>
        <source>Nothing answers on the SSH port of %1.</source>
        <translation>Rien ne répond sur le port SSH de %1.</translation>
    </message>
    <message>
        <source>Check the host name and port, and that the SSH server runs there.</source>
        <translation>Vérifiez le nom d’hôte et le port, et que le serveur SSH y tourne.</translation>
    </message>
    <message>
        <source>No docker command on the host</source>
        <translation>Pas de commande docker sur l’hôte</translation>
    </message>
    <message>
        <source>SSH works, but the host of %1 has no docker command.</source>
        <translation>SSH fonctionne, mais l’hôte de %1 n’a pas de commande docker.</translation>
    </message>
    <message>
        <source>Install Docker there: Hublot runs %1 on the host.</source>
        <translation>Installez-y Docker&#xa0;: Hublot lance %1 sur l’hôte.</translation>
    </message>
    <message>
        <source>The container %1 no longer exists: it was removed meanwhile.</source>
        <translation>Le conteneur %1 n’existe plus : il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The container %1 is running. Stop it first, or remove it with force.</source>
        <translation>Le conteneur %1 tourne. Arrêtez-le d’abord, ou supprimez-le de force.</translation>
    </message>
    <message>
        <source>The container %1 is not running (or not paused) any more; the list shows its state now.</source>
        <translation>Le conteneur %1 ne tourne plus (ou n’est plus en pause) ; la liste montre son état actuel.</translation>
    </message>
    <message>
        <source>The container %1 cannot start: a host port it publishes is already taken. Stop what uses that port, or recreate the container with another host port.</source>
        <translation>Le conteneur %1 ne peut pas démarrer : un port de l’hôte qu’il publie est déjà pris. Arrêtez ce qui utilise ce port, ou recréez le conteneur avec un autre port de l’hôte.</translation>
    </message>
    <message>
        <source>Another container already has the name %1.</source>
        <translation>Un autre conteneur porte déjà le nom %1.</translation>
    </message>
    <message>
        <source>The engine could not be reached while acting on %1. Hublot reconnects by itself; try again once it is back.</source>
        <translation>Le moteur était injoignable pendant l’action sur %1. Hublot se reconnecte tout seul ; réessayez quand il sera revenu.</translation>
    </message>
    <message>
        <source>The engine did not answer in time about %1. It may be busy; try again.</source>
        <translation>Le moteur n’a pas répondu à temps au sujet de %1. Il est peut-être occupé ; réessayez.</translation>
    </message>
    <message>
        <source>The operation on %1 was cancelled.</source>
        <translation>L’opération sur %1 a été annulée.</translation>
    </message>
    <message>
        <source>The engine refused the operation on %1.</source>
        <translation>Le moteur a refusé l’opération sur %1.</translation>
    </message>
    <message>
        <source>The engine refused the operation on %1: %2</source>
        <translation>Le moteur a refusé l’opération sur %1 : %2</translation>
    </message>
    <message>
        <source>The name %1 is already taken by another container. Choose another name, or remove that container first (docker rm %1).</source>
        <translation>Le nom %1 est déjà pris par un autre conteneur. Choisissez un autre nom, ou supprimez d’abord ce conteneur (docker rm %1).</translation>
    </message>
    <message>
        <source>The host port %1 is already taken, by another container or another program. Choose another host port, or stop what uses it.</source>
        <translation>Le port hôte %1 est déjà pris, par un autre conteneur ou un autre programme. Choisissez un autre port hôte, ou arrêtez ce qui l’utilise.</translation>
    </message>
    <message>
        <source>A host port of this container is already taken, by another container or another program. Choose another host port, or stop what uses it.</source>
        <translation>Un port hôte de ce conteneur est déjà pris, par un autre conteneur ou un autre programme. Choisissez un autre port hôte, ou arrêtez ce qui l’utilise.</translation>
    </message>
    <message>
        <source>There is no image %1, neither on this engine nor in its registry. Check the name and the tag (docker images lists the local ones).</source>
        <translation>Il n’y a pas d’image %1, ni sur ce moteur ni dans son registre. Vérifiez le nom et le tag (docker images liste les images locales).</translation>
    </message>
    <message>
        <source>The image %1 is not on this engine, and its registry cannot be reached (no internet connection?). Connect and try again, or load the image from a file first.</source>
        <translation>L’image %1 n’est pas sur ce moteur, et son registre est injoignable (pas de connexion à Internet ?). Connectez-vous et réessayez, ou chargez d’abord l’image depuis un fichier.</translation>
    </message>
    <message>
        <source>The engine could not run %1: %2</source>
        <translation>Le moteur n’a pas pu lancer %1 : %2</translation>
    </message>
    <message>
        <source>Could not act on %1: it no longer exists; it was removed meanwhile.</source>
        <translation>Impossible d&apos;agir sur %1 : il n&apos;existe plus ; il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Could not act on %1: something still uses it. Remove or stop what uses it first.</source>
        <translation>Impossible d&apos;agir sur %1 : quelque chose l&apos;utilise encore. Supprimez ou arrêtez d&apos;abord ce qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Could not act on %1: something still uses it (the engine says: %2). Remove or stop what uses it first.</source>
        <translation>Impossible d&apos;agir sur %1 : quelque chose l&apos;utilise encore (le moteur dit : %2). Supprimez ou arrêtez d&apos;abord ce qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Could not act on %1: that name is already taken. Choose another.</source>
        <translation>Impossible d&apos;agir sur %1 : ce nom est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Could not act on %1: the engine cannot reach the registry. Check the engine&apos;s internet connection or proxy.</source>
        <translation>Impossible d&apos;agir sur %1 : le moteur ne peut pas joindre le registre. Vérifiez la connexion internet ou le proxy du moteur.</translation>
    </message>
    <message>
        <source>Could not pull %1: the engine cannot reach its registry (no internet connection, or the registry&apos;s name does not resolve). Connect the engine to the network, or pull from a registry it can reach, such as one on 127.0.0.1.</source>
        <translation>Impossible de télécharger %1 : le moteur ne peut pas joindre son registre (pas de connexion internet, ou le nom du registre ne se résout pas). Connectez le moteur au réseau, ou téléchargez depuis un registre qu&apos;il peut joindre, par exemple sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Could not pull %1: the registry refused access. Check the name, or log in to the registry first (docker login).</source>
        <translation>Impossible de télécharger %1 : le registre a refusé l&apos;accès. Vérifiez le nom, ou connectez-vous d&apos;abord au registre (docker login).</translation>
    </message>
    <message>
        <source>Could not pull %1: the registry has no such image or tag. Check the spelling and the tag.</source>
        <translation>Impossible de télécharger %1 : le registre n&apos;a pas cette image ou ce tag. Vérifiez l&apos;orthographe et le tag.</translation>
    </message>
    <message>
        <source>Could not pull %1: the engine does not accept this name.</source>
        <translation>Impossible de télécharger %1 : le moteur n&apos;accepte pas ce nom.</translation>
    </message>
    <message>
        <source>Could not pull %1: the engine does not accept this name (%2).</source>
        <translation>Impossible de télécharger %1 : le moteur n&apos;accepte pas ce nom (%2).</translation>
    </message>
    <message>
        <source>The pull of %1 was stopped.</source>
        <translation>Le téléchargement de %1 a été arrêté.</translation>
    </message>
    <message>
        <source>Could not push %1: the engine cannot reach its registry (no internet connection, or the registry&apos;s name does not resolve). To push to a registry of your own, give the image a name that starts with its address, such as 127.0.0.1:5000/team/app:1 (docker tag).</source>
        <translation>Impossible d’envoyer %1 : le moteur ne peut pas joindre son registre (pas de connexion à internet, ou le nom du registre ne se résout pas). Pour envoyer vers un registre à vous, donnez à l’image un nom qui commence par son adresse, par exemple 127.0.0.1:5000/equipe/app:1 (docker tag).</translation>
    </message>
    <message>
        <source>Could not push %1: the registry refused it. Sign in to the registry, and check that the repository is yours.</source>
        <translation>Impossible d’envoyer %1 : le registre l’a refusée. Connectez-vous au registre, et vérifiez que le dépôt est bien à vous.</translation>
    </message>
    <message>
        <source>Could not push %1: this engine has no image by that name. Give the image that name first (docker tag), then push it.</source>
        <translation>Impossible d’envoyer %1 : ce moteur n’a pas d’image de ce nom. Donnez d’abord ce nom à l’image (docker tag), puis envoyez-la.</translation>
    </message>
    <message>
        <source>The push of %1 was stopped.</source>
        <translation>L’envoi de %1 a été arrêté.</translation>
    </message>
    <message>
        <source>The registry refused to give %1: the image is private or does not exist. Sign in to the registry by pulling the image once from Images &gt; Pull… (or with docker login), then run it again; or check the name.</source>
        <translation>Le registre a refusé de donner %1 : l’image est privée ou n’existe pas. Connectez-vous au registre en téléchargeant l’image une fois depuis Images &gt; Télécharger… (ou avec docker login), puis relancez-la ; ou vérifiez le nom.</translation>
    </message>
    <message>
        <source>(log: %1)</source>
        <translation>(journal&#xa0;: %1)</translation>
    </message>
    <message>
        <source>QEMU (%1), which runs the virtual machine, is not installed. Install it (on Debian or Ubuntu: sudo apt install qemu-system-x86), then start again.</source>
        <translation>QEMU (%1), qui fait tourner la machine virtuelle, n’est pas installé. Installez-le (sous Debian ou Ubuntu&#xa0;: sudo apt install qemu-system-x86), puis démarrez à nouveau.</translation>
    </message>
    <message>
        <source>Docker&apos;s engine (%1) is not installed on this computer. Install it (on Debian or Ubuntu: sudo apt install docker.io), or start an engine in a virtual machine instead.</source>
        <translation>Le moteur de Docker (%1) n’est pas installé sur cet ordinateur. Installez-le (sous Debian ou Ubuntu&#xa0;: sudo apt install docker.io), ou démarrez plutôt un moteur dans une machine virtuelle.</translation>
    </message>
    <message>
        <source>Starting an engine on this computer needs administrator rights, and Hublot runs as %1. Start Docker&apos;s own service instead (sudo systemctl start docker), or start an engine in a virtual machine, which needs no rights.</source>
        <translation>Démarrer un moteur sur cet ordinateur demande les droits d’administrateur, et Hublot tourne en tant que %1. Démarrez plutôt le service de Docker lui-même (sudo systemctl start docker), ou un moteur dans une machine virtuelle, qui ne demande aucun droit.</translation>
    </message>
    <message>
        <source>An engine already answers at %1: connect to it (File &gt; Connect to an Engine…) rather than start a second one beside it.</source>
        <translation>Un moteur répond déjà à %1&#xa0;: connectez-vous à lui (Fichier &gt; Se connecter à un moteur…) plutôt que d’en démarrer un second à côté.</translation>
    </message>
    <message>
        <source>Hublot&apos;s virtual machine image is not in %1 (%2 is missing). Build it with “packaging/vm/make-vm-image %1” (as root, a few minutes), or set HUBLOT_VM_IMAGE to the folder that holds it.</source>
        <translation>L’image de la machine virtuelle de Hublot n’est pas dans %1 (il manque %2). Construisez-la avec «&#xa0;packaging/vm/make-vm-image %1&#xa0;» (en root, quelques minutes), ou donnez à HUBLOT_VM_IMAGE le dossier qui la contient.</translation>
    </message>
    <message>
        <source>Hublot could not prepare the engine: %1.</source>
        <translation>Hublot n’a pas pu préparer le moteur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hublot could not create %1%2. Check that you may write to its folder and that the disk has room.</source>
        <translation>Hublot n’a pas pu créer %1%2. Vérifiez que vous pouvez écrire dans son dossier et que le disque a de la place.</translation>
    </message>
    <message>
        <source>The virtual machine stopped as it started%1. The end of its logs:</source>
        <translation>La machine virtuelle s’est arrêtée en démarrant%1. La fin de ses journaux&#xa0;:</translation>
    </message>
    <message>
        <source>The engine stopped as it started%1. The end of its log:</source>
        <translation>Le moteur s’est arrêté en démarrant%1. La fin de son journal&#xa0;:</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 seconds, so Hublot stopped it%2. Start it again; if it fails again, its log says why.</source>
        <translation>Le moteur n’a pas répondu en %1 secondes, Hublot l’a donc arrêté%2. Démarrez-le à nouveau&#xa0;; s’il échoue encore, son journal dit pourquoi.</translation>
    </message>
    <message>
        <source>The engine in the virtual machine could not start: %1%2.</source>
        <translation>Le moteur de la machine virtuelle n’a pas pu démarrer&#xa0;: %1%2.</translation>
    </message>
    <message>
        <source>The engine stopped by itself%1. The end of its log:</source>
        <translation>Le moteur s’est arrêté de lui-même%1. La fin de son journal&#xa0;:</translation>
    </message>
    <message>
        <source>The virtual machine did not hand over the certificate that opens its engine (%1)%2. Start it again; its console log says what went wrong.</source>
        <translation>La machine virtuelle n’a pas transmis le certificat qui ouvre son moteur (%1)%2. Démarrez-la à nouveau ; le journal de sa console dit ce qui n’a pas marché.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::Format</name>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImageLayersPanel</name>
    <message>
        <source>Layers and history of the image</source>
        <translation>Couches et historique de l&apos;image</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagée avec</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Choose an image to see its layers, the step that made each one, and the other images sharing it.</source>
        <translation>Choisissez une image pour voir ses couches, l&apos;étape qui a créé chacune, et les autres images qui les partagent.</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Couches de %1</translation>
    </message>
    <message>
        <source>Reading the image&apos;s history…</source>
        <translation>Lecture de l&apos;historique de l&apos;image…</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine.</source>
        <translation>Hublot n&apos;est pas connecté au moteur.</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>l&apos;image %1</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>couche vide</translation>
    </message>
    <message>
        <source>only this image</source>
        <translation>cette image seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Layers on disk: %1, of which %2 shared with other local images (stored once, read-only).</source>
        <translation>
            <numerusform>%n étape. Couches sur le disque : %1, dont %2 partagées avec d&apos;autres images locales (stockées une seule fois, en lecture seule).</numerusform>
            <numerusform>%n étapes. Couches sur le disque : %1, dont %2 partagées avec d&apos;autres images locales (stockées une seule fois, en lecture seule).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImageSearchDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Search Docker Hub</source>
        <translation>Rechercher sur Docker Hub</translation>
    </message>
    <message>
        <source>Search term</source>
        <translation>Terme recherché</translation>
    </message>
    <message>
        <source>Search Docker Hub, e.g. nginx</source>
        <translation>Rechercher sur Docker Hub, par ex. nginx</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The engine searches Docker Hub for you: $ docker search TERM</source>
        <translation>Le moteur cherche sur Docker Hub pour vous : $ docker search TERME</translation>
    </message>
    <message>
        <source>Type what to look for first, for example nginx.</source>
        <translation>Tapez d&apos;abord ce qu&apos;il faut chercher, par exemple nginx.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was searched.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été cherché.</translation>
    </message>
    <message>
        <source>Searching Docker Hub for %1…</source>
        <translation>Recherche de %1 sur Docker Hub…</translation>
    </message>
    <message>
        <source>The engine cannot reach Docker Hub (no internet connection, or a proxy it does not know). Local images and registries it can reach still work.</source>
        <translation>Le moteur ne peut pas joindre Docker Hub (pas de connexion internet, ou un proxy qu&apos;il ne connaît pas). Les images locales et les registres qu&apos;il peut joindre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) found for %1.</source>
        <translation>
            <numerusform>%n image trouvée pour %1.</numerusform>
            <numerusform>%n images trouvées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was cancelled: the engine connection closed.</source>
        <translation>La recherche a été annulée : la connexion au moteur s&apos;est fermée.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImageTableModel</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de l’image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Bytes in layers this image shares with other local images: they are on disk once.</source>
        <translation>Octets des couches que cette image partage avec d&apos;autres images locales : ils ne sont qu&apos;une fois sur le disque.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImagesPage</name>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Rechercher des images</translation>
    </message>
    <message>
        <source>No images yet. An image is the read-only template containers start from: pull one by name.</source>
        <translation>Pas encore d&apos;image. Une image est le modèle en lecture seule dont partent les conteneurs : téléchargez-en une par son nom.</translation>
    </message>
    <message>
        <source>No image matches.</source>
        <translation>Aucune image ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Download an image from its registry (docker pull)</source>
        <translation>Télécharger une image depuis son registre (docker pull)</translation>
    </message>
    <message>
        <source>&amp;Search Docker Hub…</source>
        <translation>&amp;Rechercher sur Docker Hub…</translation>
    </message>
    <message>
        <source>Docker Hub…</source>
        <translation>Docker Hub…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Look for images on Docker Hub through the engine (docker search)</source>
        <translation>Chercher des images sur Docker Hub par le moteur (docker search)</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new container from the chosen image (docker run)</source>
        <translation>Démarrer un nouveau conteneur à partir de l&apos;image choisie (docker run)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tagger…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tagger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Give the chosen image another name (docker tag)</source>
        <translation>Donner un autre nom à l&apos;image choisie (docker tag)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the chosen images (docker rmi)</source>
        <translation>Supprimer les images choisies (docker rmi)</translation>
    </message>
    <message>
        <source>P&amp;rune Dangling Images…</source>
        <translation>&amp;Nettoyer les images orphelines…</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove every dangling image no container uses, after showing which (docker image prune)</source>
        <translation>Supprimer toutes les images orphelines qu&apos;aucun conteneur n&apos;utilise, après les avoir montrées (docker image prune)</translation>
    </message>
    <message>
        <source>Image actions</source>
        <translation>Actions sur les images</translation>
    </message>
    <message>
        <source>&amp;Dangling only</source>
        <translation>&amp;Orphelines seulement</translation>
    </message>
    <message>
        <source>Only the images without a tag, left behind when a newer image took their name (docker images --filter dangling=true)</source>
        <translation>Seulement les images sans tag, laissées quand une image plus récente a pris leur nom (docker images --filter dangling=true)</translation>
    </message>
    <message>
        <source>Tag Image</source>
        <translation>Tagger l&apos;image</translation>
    </message>
    <message>
        <source>New name for %1 (repository:tag):</source>
        <translation>Nouveau nom pour %1 (dépôt:tag) :</translation>
    </message>
    <message>
        <source>“%1” is not a valid image name: use lowercase letters, digits and . _ - in the repository, then an optional :tag, for example myapp:1.0.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;image valable : utilisez des minuscules, des chiffres et . _ - dans le dépôt, puis un :tag facultatif, par exemple monapp:1.0.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was done.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Tagged %1 as %2.</source>
        <translation>%1 a été taggée %2.</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>l&apos;image %1</translation>
    </message>
    <message>
        <source>Remove Images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message>
        <source>Remove the image %1?</source>
        <translation>Supprimer l&apos;image %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n images?</source>
        <translation>
            <numerusform>Supprimer cette image ?</numerusform>
            <numerusform>Supprimer ces %n images ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers still use some of them: the names go at once (force), the layers stay until those containers are removed. Layers other images share stay on disk.</source>
        <translation>Des conteneurs en utilisent encore certaines : les noms partent tout de suite (force), les couches restent jusqu&apos;à la suppression de ces conteneurs. Les couches que d&apos;autres images partagent restent sur le disque.</translation>
    </message>
    <message>
        <source>A name is removed; the image&apos;s layers are deleted once no other name or image needs them.</source>
        <translation>Un nom est supprimé ; les couches de l&apos;image sont effacées dès qu&apos;aucun autre nom ni aucune autre image n&apos;en a besoin.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé(s).</translation>
    </message>
    <message>
        <source>Prune Dangling Images</source>
        <translation>Nettoyer les images orphelines</translation>
    </message>
    <message>
        <source>No dangling image to remove: every image has a name or a container using it.</source>
        <translation>Aucune image orpheline à supprimer : chaque image a un nom ou un conteneur qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Pus&amp;h…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Send the chosen image to the registry its name starts with (docker push)</source>
        <translation>Envoyer l’image choisie au registre par lequel commence son nom (docker push)</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::LogViewport</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::MainWindow</name>
    <message>
        <source>Hublot</source>
        <translation>Hublot</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Containers</source>
        <translation>&amp;Conteneurs</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>&amp;Volumes</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Réseaux</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Hublot</source>
        <translation>À &amp;propos de Hublot</translation>
    </message>
    <message>
        <source>About Hublot</source>
        <translation>À propos de Hublot</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hublot %1&lt;/h3&gt;&lt;p&gt;A native window into your Docker containers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hublot %1&lt;/h3&gt;&lt;p&gt;Une fenêtre native sur vos conteneurs Docker.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to the Docker engine at %1…</source>
        <translation>Connexion au moteur Docker à l’adresse %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to Docker Engine %1 at %2 (API %3)</source>
        <translation>Connecté au moteur Docker %1 à l’adresse %2 (API %3)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Notions</translation>
    </message>
    <message>
        <source>C&amp;oncepts</source>
        <translation>N&amp;otions</translation>
    </message>
    <message>
        <source>&amp;Run a container…</source>
        <translation>&amp;Lancer un conteneur…</translation>
    </message>
    <message>
        <source>Run a container from an image: docker run</source>
        <translation>Lancer un conteneur à partir d’une image : docker run</translation>
    </message>
    <message>
        <source>Started the container %1.</source>
        <translation>Le conteneur %1 est lancé.</translation>
    </message>
    <message>
        <source>Connect to an &amp;Engine…</source>
        <translation>Se connecter à un &amp;moteur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Choose the Docker engine Hublot shows: a docker context, or an address</source>
        <translation>Choisir le moteur Docker que Hublot montre : un contexte docker, ou une adresse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>Where the engine runs</source>
        <translation>Où tourne le moteur</translation>
    </message>
    <message>
        <source>The engine Hublot started answers at %1.</source>
        <translation>Le moteur démarré par Hublot répond à %1.</translation>
    </message>
    <message>
        <source>Stopping the engine Hublot started before quitting…</source>
        <translation>Arrêt du moteur démarré par Hublot avant de quitter…</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ManagedEnginePanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>An engine in a virtual machine</source>
        <translation>Un moteur dans une machine virtuelle</translation>
    </message>
    <message>
        <source>An engine on this computer</source>
        <translation>Un moteur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Hublot boots a small Linux virtual machine with Docker inside (QEMU), as Docker Desktop does on macOS and Windows. It needs no administrator rights; images, containers and volumes stay on its disk from one start to the next.</source>
        <translation>Hublot démarre une petite machine virtuelle Linux avec Docker dedans (QEMU), comme Docker Desktop le fait sous macOS et Windows. Elle ne demande aucun droit d’administrateur&#xa0;; images, conteneurs et volumes restent sur son disque d’un démarrage à l’autre.</translation>
    </message>
    <message>
        <source>Hublot runs Docker&apos;s engine (dockerd) on this computer, with its own socket and data folder, and stops it when asked or when Hublot quits. It needs administrator rights.</source>
        <translation>Hublot lance le moteur de Docker (dockerd) sur cet ordinateur, avec sa propre socket et son propre dossier de données, et l’arrête à la demande ou quand Hublot se ferme. Il demande les droits d’administrateur.</translation>
    </message>
    <message>
        <source>Start the engine in a virtual machine</source>
        <translation>Démarrer le moteur dans une machine virtuelle</translation>
    </message>
    <message>
        <source>Start an engine on this computer</source>
        <translation>Démarrer un moteur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stop the engine in the virtual machine</source>
        <translation>Arrêter le moteur de la machine virtuelle</translation>
    </message>
    <message>
        <source>Stop the engine on this computer</source>
        <translation>Arrêter le moteur de cet ordinateur</translation>
    </message>
    <message>
        <source>Processors of the virtual machine</source>
        <translation>Processeurs de la machine virtuelle</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>Memory of the virtual machine</source>
        <translation>Mémoire de la machine virtuelle</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>&amp;Processeurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>Mé&amp;moire&#xa0;:</translation>
    </message>
    <message>
        <source>Data disk: %1</source>
        <translation>Disque de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port %1 of the virtual machine could not be forwarded to this computer (another program may hold it here): %2</source>
        <translation>Le port %1 de la machine virtuelle n’a pas pu être redirigé vers cet ordinateur (un autre programme le tient peut-être ici)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopping: its containers get their stop signal first…</source>
        <translation>Arrêt&#xa0;: ses conteneurs reçoivent d’abord leur signal d’arrêt…</translation>
    </message>
    <message>
        <source>Running: the engine answers at %1.</source>
        <translation>En marche&#xa0;: le moteur répond à %1.</translation>
    </message>
    <message>
        <source>Ports its containers publish will answer on 127.0.0.1 here.</source>
        <translation>Les ports que ses conteneurs publient répondront ici sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Its containers&apos; ports answer here on 127.0.0.1: %1.</source>
        <translation>Les ports de ses conteneurs répondent ici sur 127.0.0.1&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Booting the virtual machine…</source>
        <translation>Démarrage de la machine virtuelle…</translation>
    </message>
    <message>
        <source>Booting the virtual machine again, with an emulated processor: hardware virtualisation (KVM) opened but failed here, as it can inside another virtual machine. This takes a minute or more…</source>
        <translation>Nouveau démarrage de la machine virtuelle, avec un processeur émulé&#xa0;: la virtualisation matérielle (KVM) s’est ouverte mais a échoué ici, comme cela peut arriver dans une autre machine virtuelle. Cela prend une minute ou plus…</translation>
    </message>
    <message>
        <source>Booting the virtual machine, with an emulated processor (no hardware virtualisation here): this takes a minute or more…</source>
        <translation>Démarrage de la machine virtuelle, avec un processeur émulé (pas de virtualisation matérielle ici)&#xa0;: cela prend une minute ou plus…</translation>
    </message>
    <message>
        <source>Starting the Docker engine in the virtual machine…</source>
        <translation>Démarrage du moteur Docker dans la machine virtuelle…</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s first answer…</source>
        <translation>Attente de la première réponse du moteur…</translation>
    </message>
    <message>
        <source>Hublot runs:</source>
        <translation>Hublot lance&#xa0;:</translation>
    </message>
    <message>
        <source>For the docker command:</source>
        <translation>Pour la commande docker&#xa0;:</translation>
    </message>
    <message>
        <source>Shared with the virtual machine, at the same paths: %1</source>
        <translation>Partagé avec la machine virtuelle, aux mêmes chemins&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start it &amp;with Hublot</source>
        <translation>Le démarrer a&amp;vec Hublot</translation>
    </message>
    <message>
        <source>Show the &amp;Log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s console: its kernel&apos;s, its init&apos;s and its engine&apos;s messages</source>
        <translation>La console de la machine virtuelle&#xa0;: les messages de son noyau, de son init et de son moteur</translation>
    </message>
    <message>
        <source>dockerd&apos;s messages</source>
        <translation>Les messages de dockerd</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::NetworkTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::NetworksPage</name>
    <message>
        <source>Net&amp;work</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation>Rechercher des réseaux</translation>
    </message>
    <message>
        <source>No networks.</source>
        <translation>Aucun réseau.</translation>
    </message>
    <message>
        <source>No network matches.</source>
        <translation>Aucun réseau ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Make a new network containers can join (docker network create)</source>
        <translation>Créer un réseau que des conteneurs peuvent rejoindre (docker network create)</translation>
    </message>
    <message>
        <source>C&amp;onnect Container…</source>
        <translation>C&amp;onnecter un conteneur…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Attach a container to the chosen network (docker network connect)</source>
        <translation>Attacher un conteneur au réseau choisi (docker network connect)</translation>
    </message>
    <message>
        <source>&amp;Disconnect Container…</source>
        <translation>&amp;Déconnecter un conteneur…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Detach a container from the chosen network (docker network disconnect)</source>
        <translation>Détacher un conteneur du réseau choisi (docker network disconnect)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the chosen networks (docker network rm)</source>
        <translation>Supprimer les réseaux choisis (docker network rm)</translation>
    </message>
    <message>
        <source>Network actions</source>
        <translation>Actions sur les réseaux</translation>
    </message>
    <message>
        <source>Create Network</source>
        <translation>Créer un réseau</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>empty: the engine picks one, e.g. 172.30.0.0/16</source>
        <translation>vide : le moteur en choisit un, par ex. 172.30.0.0/16</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>empty: the first address of the subnet</source>
        <translation>vide : la première adresse du sous-réseau</translation>
    </message>
    <message>
        <source>&amp;Internal: no route out of the network</source>
        <translation>&amp;Interne : aucune route hors du réseau</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>Donnez un nom au réseau.</translation>
    </message>
    <message>
        <source>A network name starts with a letter or digit, then letters, digits and _ . - only.</source>
        <translation>Un nom de réseau commence par une lettre ou un chiffre, puis seulement des lettres, des chiffres et _ . -.</translation>
    </message>
    <message>
        <source>The subnet is an address and a prefix length, for example 172.30.0.0/16.</source>
        <translation>Le sous-réseau est une adresse et une longueur de préfixe, par exemple 172.30.0.0/16.</translation>
    </message>
    <message>
        <source>The gateway is one address, for example 172.30.0.1.</source>
        <translation>La passerelle est une seule adresse, par exemple 172.30.0.1.</translation>
    </message>
    <message>
        <source>A gateway needs a subnet to belong to.</source>
        <translation>Une passerelle a besoin d&apos;un sous-réseau auquel appartenir.</translation>
    </message>
    <message>
        <source>The gateway %1 is not inside the subnet %2.</source>
        <translation>La passerelle %1 n&apos;est pas dans le sous-réseau %2.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was done.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Created the network %1.</source>
        <translation>Réseau %1 créé.</translation>
    </message>
    <message>
        <source>the network %1</source>
        <translation>le réseau %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>&amp;Sous-réseau :</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
    <message>
        <source>Not removed: %1. The engine makes the networks bridge, host and none itself, and containers need them.</source>
        <translation>Non supprimé : %1. Le moteur crée lui-même les réseaux bridge, host et none, et les conteneurs en ont besoin.</translation>
    </message>
    <message>
        <source>Remove Networks</source>
        <translation>Supprimer des réseaux</translation>
    </message>
    <message>
        <source>Remove the network %1?</source>
        <translation>Supprimer le réseau %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n networks?</source>
        <translation>
            <numerusform>Supprimer ce réseau ?</numerusform>
            <numerusform>Supprimer ces %n réseaux ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers will no longer be able to join it; no data is lost.</source>
        <translation>Les conteneurs ne pourront plus le rejoindre ; aucune donnée n&apos;est perdue.</translation>
    </message>
    <message>
        <source>The engine refuses while containers are attached: %1. Disconnect them first.</source>
        <translation>Le moteur refuse tant que des conteneurs y sont attachés : %1. Déconnectez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé(s).</translation>
    </message>
    <message>
        <source>Every container is already on %1.</source>
        <translation>Tous les conteneurs sont déjà sur %1.</translation>
    </message>
    <message>
        <source>Connect a Container</source>
        <translation>Connecter un conteneur</translation>
    </message>
    <message>
        <source>Container to attach to %1:</source>
        <translation>Conteneur à attacher à %1 :</translation>
    </message>
    <message>
        <source>Connected %1 to %2.</source>
        <translation>%1 connecté à %2.</translation>
    </message>
    <message>
        <source>the container %1</source>
        <translation>le conteneur %1</translation>
    </message>
    <message>
        <source>Disconnect a Container</source>
        <translation>Déconnecter un conteneur</translation>
    </message>
    <message>
        <source>Container to detach from %1:</source>
        <translation>Conteneur à détacher de %1 :</translation>
    </message>
    <message>
        <source>Disconnected %1 from %2.</source>
        <translation>%1 déconnecté de %2.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::PruneContainersDialog</name>
    <message>
        <source>Remove Stopped Containers</source>
        <translation>Supprimer les conteneurs arrêtés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Prune Stopped Containers</source>
        <translation>Nettoyer les conteneurs arrêtés</translation>
    </message>
    <message>
        <source>Removes every container that is not running, with the files written in its writable layer. Images and volumes stay.</source>
        <translation>Supprime tous les conteneurs qui ne tournent pas, avec les fichiers écrits dans leur couche inscriptible. Les images et les volumes restent.</translation>
    </message>
    <message>
        <source>Looking for stopped containers and their sizes…</source>
        <translation>Recherche des conteneurs arrêtés et de leur taille…</translation>
    </message>
    <message>
        <source>Containers that will be removed</source>
        <translation>Conteneurs qui seront supprimés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The same on the command line</source>
        <translation>La même chose en ligne de commande</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine.</source>
        <translation>Hublot n’est pas connecté au moteur.</translation>
    </message>
    <message>
        <source>the stopped containers</source>
        <translation>les conteneurs arrêtés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>There are no stopped containers: there is nothing to prune.</source>
        <translation>Il n’y a aucun conteneur arrêté : rien à nettoyer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>These %n stopped container(s) will be removed, giving back %1:</source>
        <translation>
            <numerusform>Ce conteneur arrêté sera supprimé, ce qui libérera %1 :</numerusform>
            <numerusform>Ces %n conteneurs arrêtés seront supprimés, ce qui libérera %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the stopped containers…</source>
        <translation>Suppression des conteneurs arrêtés…</translation>
    </message>
    <message>
        <source>No container was removed: none was stopped any more.</source>
        <translation>Aucun conteneur n’a été supprimé : plus aucun n’était arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stopped container(s) and won back %1.</source>
        <translation>
            <numerusform>%n conteneur arrêté supprimé, %1 libérés.</numerusform>
            <numerusform>%n conteneurs arrêtés supprimés, %1 libérés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::PrunePreviewDialog</name>
    <message>
        <source>&amp;Prune</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be removed, winning back about %1.</source>
        <translation>
            <numerusform>%n élément sera supprimé, libérant environ %1.</numerusform>
            <numerusform>%n éléments seront supprimés, libérant environ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be removed.</source>
        <translation>
            <numerusform>%n élément sera supprimé.</numerusform>
            <numerusform>%n éléments seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the prune removes</source>
        <translation>Ce que le nettoyage supprime</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n item(s), winning back %1.</source>
        <translation>
            <numerusform>%n élément supprimé, %1 libérés.</numerusform>
            <numerusform>%n éléments supprimés, %1 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>the prune</source>
        <translation>le nettoyage</translation>
    </message>
    <message>
        <source>The prune was cancelled: the engine connection closed.</source>
        <translation>Le nettoyage a été annulé : la connexion au moteur s&apos;est fermée.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::PullImageDialog</name>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Pull an Image</source>
        <translation>Télécharger une image</translation>
    </message>
    <message>
        <source>Image to pull</source>
        <translation>Image à télécharger</translation>
    </message>
    <message>
        <source>nginx, python:3.12, 127.0.0.1:5000/team/app:1</source>
        <translation>nginx, python:3.12, 127.0.0.1:5000/equipe/app:1</translation>
    </message>
    <message>
        <source>Layers being pulled</source>
        <translation>Couches en cours de téléchargement</translation>
    </message>
    <message>
        <source>Each layer of the image gets a bar: layers already on disk are not downloaded again.</source>
        <translation>Chaque couche de l&apos;image a sa barre : les couches déjà sur le disque ne sont pas retéléchargées.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>An image name has no spaces: write it as repository:tag, for example nginx:1.27.</source>
        <translation>Un nom d&apos;image n&apos;a pas d&apos;espace : écrivez-le dépôt:tag, par exemple nginx:1.27.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was pulled.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 téléchargée.</translation>
    </message>
    <message>
        <source>Pulled %1. The engine says: %2</source>
        <translation>%1 téléchargée. Le moteur dit : %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Pulling %1: %2 of %3…</source>
        <translation>Téléchargement de %1 : %2 sur %3…</translation>
    </message>
    <message>
        <source>&amp;Sign in and pull</source>
        <translation>&amp;Se connecter et télécharger</translation>
    </message>
    <message>
        <source>Hublot keeps this user and password in memory until it quits, and writes them nowhere. To save them for every tool, run docker login in a terminal.</source>
        <translation>Hublot garde cet utilisateur et ce mot de passe en mémoire jusqu’à ce qu’il se ferme, et ne les écrit nulle part. Pour les enregistrer pour tous les outils, lancez docker login dans un terminal.</translation>
    </message>
    <message>
        <source>User name on the registry</source>
        <translation>Nom d’utilisateur sur le registre</translation>
    </message>
    <message>
        <source>Password or access token</source>
        <translation>Mot de passe ou jeton d’accès</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Pulling %1 as %2…</source>
        <translation>Téléchargement de %1 en tant que %2…</translation>
    </message>
    <message>
        <source>%1 wants to know who you are before it gives %2. Sign in with your account on that registry. (Registries answer the same for an image they do not have: check the name too.)</source>
        <translation>%1 veut savoir qui vous êtes avant de donner %2. Connectez-vous avec votre compte sur ce registre. (Les registres répondent de même pour une image qu’ils n’ont pas : vérifiez aussi le nom.)</translation>
    </message>
    <message>
        <source>%1 refused the credentials docker login saved for it (user %2). Sign in with the right ones, or check the image&apos;s name.</source>
        <translation>%1 a refusé les identifiants que docker login a enregistrés pour lui (utilisateur %2). Connectez-vous avec les bons, ou vérifiez le nom de l’image.</translation>
    </message>
    <message>
        <source>%1 refused the user %2 with this password. Check both and sign in again, or check the image&apos;s name.</source>
        <translation>%1 a refusé l’utilisateur %2 avec ce mot de passe. Vérifiez les deux et reconnectez-vous, ou vérifiez le nom de l’image.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>&amp;Sign in and push</source>
        <translation>&amp;Se connecter et envoyer</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Push an Image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <source>Image to push</source>
        <translation>Image à envoyer</translation>
    </message>
    <message>
        <source>127.0.0.1:5000/team/app:1</source>
        <translation>127.0.0.1:5000/equipe/app:1</translation>
    </message>
    <message>
        <source>Layers being pushed</source>
        <translation>Couches en cours d’envoi</translation>
    </message>
    <message>
        <source>Each layer of the image gets a bar: layers the registry already has are not sent again. The image&apos;s name says which registry it goes to.</source>
        <translation>Chaque couche de l’image a sa barre : les couches que le registre a déjà ne sont pas renvoyées. Le nom de l’image dit à quel registre elle va.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was pushed.</source>
        <translation>Hublot n’est pas connecté au moteur ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>Pushing %1 as %2…</source>
        <translation>Envoi de %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>%1 envoyée.</translation>
    </message>
    <message>
        <source>%1 wants to know who you are before it takes %2. Sign in with your account on that registry.</source>
        <translation>%1 veut savoir qui vous êtes avant d’accepter %2. Connectez-vous avec votre compte sur ce registre.</translation>
    </message>
    <message>
        <source>Pushing %1: %2 of %3…</source>
        <translation>Envoi de %1 : %2 sur %3…</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::RemovalConfirmation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The same on the command line:</source>
        <translation>La même chose en ligne de commande :</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::RunCommand</name>
    <message>
        <source>Paste a docker run command here, for example: docker run -d nginx</source>
        <translation>Collez ici une commande docker run, par exemple : docker run -d nginx</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is opened but never closed: close it, or remove it.</source>
        <translation>Une apostrophe (&apos;) est ouverte mais jamais fermée : fermez-la, ou retirez-la.</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is opened but never closed: close it, or remove it.</source>
        <translation>Un guillemet (&quot;) est ouvert mais jamais fermé : fermez-le, ou retirez-le.</translation>
    </message>
    <message>
        <source>A $( is opened but never closed with ): close it, or write the path itself.</source>
        <translation>Un $( est ouvert mais jamais fermé par ) : fermez-le, ou écrivez le chemin lui-même.</translation>
    </message>
    <message>
        <source>This is not a docker run command: it should begin with docker run.</source>
        <translation>Ce n’est pas une commande docker run : elle doit commencer par docker run.</translation>
    </message>
    <message>
        <source>%1 takes true or false, not %2.</source>
        <translation>%1 prend true ou false, pas %2.</translation>
    </message>
    <message>
        <source>Port ranges such as %1 are not handled yet: publish each port on its own.</source>
        <translation>Les plages de ports comme %1 ne sont pas encore prises en charge : publiez chaque port séparément.</translation>
    </message>
    <message>
        <source>%1 is not a port mapping: write CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER, with ports from 1 to 65535 and an optional /tcp or /udp, for example -p 8080:80.</source>
        <translation>%1 n’est pas une redirection de port : écrivez CONTENEUR, HÔTE:CONTENEUR ou IP:HÔTE:CONTENEUR, avec des ports de 1 à 65535 et éventuellement /tcp ou /udp, par exemple -p 8080:80.</translation>
    </message>
    <message>
        <source>%1 is not an option of -v here: only ro (read-only) and rw are understood.</source>
        <translation>%1 n’est pas une option de -v ici : seules ro (lecture seule) et rw sont comprises.</translation>
    </message>
    <message>
        <source>%1 is not a volume or a bind mount: write SOURCE:TARGET or SOURCE:TARGET:ro, for example -v ${PWD}:/usr/share/nginx/html or -v data:/var/lib/data.</source>
        <translation>%1 n’est ni un volume ni un montage de dossier : écrivez SOURCE:CIBLE ou SOURCE:CIBLE:ro, par exemple -v ${PWD}:/usr/share/nginx/html ou -v data:/var/lib/data.</translation>
    </message>
    <message>
        <source>%1 names no source before the colon: write a host folder or a volume name.</source>
        <translation>%1 ne nomme aucune source avant les deux-points : écrivez un dossier de l’hôte ou un nom de volume.</translation>
    </message>
    <message>
        <source>%1 is not a restart policy: use no, always, unless-stopped or on-failure (on-failure:3 for at most 3 tries).</source>
        <translation>%1 n’est pas une politique de redémarrage : utilisez no, always, unless-stopped ou on-failure (on-failure:3 pour 3 essais au plus).</translation>
    </message>
    <message>
        <source>The option %1 needs a value after it, for example %2.</source>
        <translation>L’option %1 attend une valeur après elle, par exemple %2.</translation>
    </message>
    <message>
        <source>Hublot&apos;s run dialog does not handle %1 yet: remove it, or run the command in a terminal.</source>
        <translation>La fenêtre de lancement de Hublot ne gère pas encore %1 : retirez-la, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>docker run has no option %1: check its spelling (docker run --help lists them).</source>
        <translation>docker run n’a pas d’option %1 : vérifiez l’orthographe (docker run --help les liste).</translation>
    </message>
    <message>
        <source>The command names no image: add one at the end, for example docker run -d nginx.</source>
        <translation>La commande ne nomme aucune image : ajoutez-en une à la fin, par exemple docker run -d nginx.</translation>
    </message>
    <message>
        <source>Choose an image to run, for example nginx or busybox.</source>
        <translation>Choisissez une image à lancer, par exemple nginx ou busybox.</translation>
    </message>
    <message>
        <source>%1 is not an image name: names use lower-case letters, digits and . _ - / with an optional :tag, for example nginx or nginx:1.27.</source>
        <translation>%1 n’est pas un nom d’image : les noms s’écrivent en minuscules, chiffres et . _ - / avec éventuellement un :tag, par exemple nginx ou nginx:1.27.</translation>
    </message>
    <message>
        <source>%1 cannot be a container name: it must begin with a letter or a digit and hold only letters, digits and _ . - (two characters at least).</source>
        <translation>%1 ne peut pas être un nom de conteneur : il doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres et _ . - (deux caractères au moins).</translation>
    </message>
    <message>
        <source>The container port must be between 1 and 65535.</source>
        <translation>Le port du conteneur doit être entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The host port must be between 1 and 65535, or empty to let the engine pick one.</source>
        <translation>Le port hôte doit être entre 1 et 65535, ou vide pour que le moteur en choisisse un.</translation>
    </message>
    <message>
        <source>The path inside the container must be absolute (begin with /): %1.</source>
        <translation>Le chemin dans le conteneur doit être absolu (commencer par /) : %1.</translation>
    </message>
    <message>
        <source>%1 is neither a host folder nor a volume name.</source>
        <translation>%1 n’est ni un dossier de l’hôte ni un nom de volume.</translation>
    </message>
    <message>
        <source>%1 is not an environment variable: write KEY=VALUE.</source>
        <translation>%1 n’est pas une variable d’environnement : écrivez CLÉ=VALEUR.</translation>
    </message>
    <message>
        <source>A label needs a key: write key=value, not %1.</source>
        <translation>Un label a besoin d’une clé : écrivez clé=valeur, pas %1.</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path (begin with /): %1.</source>
        <translation>Le dossier de travail doit être un chemin absolu (commencer par /) : %1.</translation>
    </message>
    <message>
        <source>--rm and --restart %1 cannot go together: a container removed when it stops cannot be restarted. Keep one of them.</source>
        <translation>--rm et --restart %1 ne vont pas ensemble : un conteneur supprimé à son arrêt ne peut pas redémarrer. Gardez l’un des deux.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::RunDialog</name>
    <message>
        <source>Run a container</source>
        <translation>Lancer un conteneur</translation>
    </message>
    <message>
        <source>&amp;Paste a docker run command</source>
        <translation>&amp;Coller une commande docker run</translation>
    </message>
    <message>
        <source>A docker run command to fill the form from</source>
        <translation>Une commande docker run dont remplir le formulaire</translation>
    </message>
    <message>
        <source>docker run -d -p 8080:80 nginx</source>
        <translation>docker run -d -p 8080:80 nginx</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>&amp;Remplir le formulaire</translation>
    </message>
    <message>
        <source>Fill the form from the pasted command</source>
        <translation>Remplir le formulaire à partir de la commande collée</translation>
    </message>
    <message>
        <source>Reads the pasted command into the form (Ctrl+Enter)</source>
        <translation>Lit la commande collée dans le formulaire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Keep the container if it fails to start</source>
        <translation>&amp;Garder le conteneur s’il ne démarre pas</translation>
    </message>
    <message>
        <source>Otherwise a container that was created but could not start is removed, so that nothing is left half-made.</source>
        <translation>Sinon, un conteneur créé mais qui n’a pas pu démarrer est supprimé, pour ne rien laisser à moitié fait.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Image and name</source>
        <translation>Image et nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>nginx, busybox:1.36, registry:5000/team/app</source>
        <translation>nginx, busybox:1.36, registre:5000/equipe/app</translation>
    </message>
    <message>
        <source>Pulled from its registry first when this engine does not have it</source>
        <translation>Téléchargée d’abord depuis son registre quand ce moteur ne l’a pas</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <source>empty: the engine picks one</source>
        <translation>vide : le moteur en choisit un</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>empty: the image&apos;s own command</source>
        <translation>vide : la commande de l’image</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;ommande :</translation>
    </message>
    <message>
        <source>How it runs</source>
        <translation>Comment il tourne</translation>
    </message>
    <message>
        <source>How the container runs</source>
        <translation>Comment le conteneur tourne</translation>
    </message>
    <message>
        <source>Detached, in the background (-d)</source>
        <translation>Détaché, en arrière-plan (-d)</translation>
    </message>
    <message>
        <source>Interactive, with a terminal (-it)</source>
        <translation>Interactif, avec un terminal (-it)</translation>
    </message>
    <message>
        <source>Detached, with a terminal to attach later (-dit)</source>
        <translation>Détaché, avec un terminal à rattacher plus tard (-dit)</translation>
    </message>
    <message>
        <source>In the foreground, its output in the logs</source>
        <translation>Au premier plan, sa sortie dans les logs</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Remove the container when it stops (--rm)</source>
        <translation>Supprimer le conteneur à son arrêt (--rm)</translation>
    </message>
    <message>
        <source>Read-only file system (--read-only)</source>
        <translation>Système de fichiers en lecture seule (--read-only)</translation>
    </message>
    <message>
        <source>Run an init process that passes signals on (--init)</source>
        <translation>Lancer un processus init qui transmet les signaux (--init)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation>Jamais (no)</translation>
    </message>
    <message>
        <source>Always (always)</source>
        <translation>Toujours (always)</translation>
    </message>
    <message>
        <source>Unless stopped by hand (unless-stopped)</source>
        <translation>Sauf s’il est arrêté à la main (unless-stopped)</translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation>Quand il échoue (on-failure)</translation>
    </message>
    <message>
        <source>Most restarts after failures</source>
        <translation>Nombre maximal de redémarrages après échec</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Adresse de l’hôte</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Port hôte</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Ports publiés</translation>
    </message>
    <message>
        <source>Host address empty: every address of this computer. Host port empty: a free port the engine picks.</source>
        <translation>Adresse de l’hôte vide : toutes les adresses de cet ordinateur. Port hôte vide : un port libre choisi par le moteur.</translation>
    </message>
    <message>
        <source>Add a port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>Remove the port</source>
        <translation>Retirer le port</translation>
    </message>
    <message>
        <source>Remove the chosen port</source>
        <translation>Retirer le port choisi</translation>
    </message>
    <message>
        <source>Folders and volumes</source>
        <translation>Dossiers et volumes</translation>
    </message>
    <message>
        <source>Folder on this computer, or volume name</source>
        <translation>Dossier de cet ordinateur, ou nom de volume</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder of this computer to mount</source>
        <translation>Choisir un dossier de cet ordinateur à monter</translation>
    </message>
    <message>
        <source>Add a volume</source>
        <translation>Ajouter un volume</translation>
    </message>
    <message>
        <source>Add a named volume</source>
        <translation>Ajouter un volume nommé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen folder or volume</source>
        <translation>Retirer le dossier ou le volume choisi</translation>
    </message>
    <message>
        <source>Folder that ${PWD} and relative paths stand for</source>
        <translation>Dossier que désignent ${PWD} et les chemins relatifs</translation>
    </message>
    <message>
        <source>${PWD} and ./ stand for:</source>
        <translation>${PWD} et ./ désignent :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <source>Leave the value empty to pass this computer&apos;s value of the variable</source>
        <translation>Laissez la valeur vide pour transmettre la valeur de la variable sur cet ordinateur</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <source>Add an environment variable</source>
        <translation>Ajouter une variable d’environnement</translation>
    </message>
    <message>
        <source>Remove the variable</source>
        <translation>Retirer la variable</translation>
    </message>
    <message>
        <source>Remove the chosen variable</source>
        <translation>Retirer la variable choisie</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>Fichiers d’environnement</translation>
    </message>
    <message>
        <source>Add an env file…</source>
        <translation>Ajouter un fichier d’environnement…</translation>
    </message>
    <message>
        <source>Choose a file of KEY=VALUE lines</source>
        <translation>Choisir un fichier de lignes CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove the chosen environment file</source>
        <translation>Retirer le fichier d’environnement choisi</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Ajouter un label</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Retirer le label</translation>
    </message>
    <message>
        <source>Remove the chosen label</source>
        <translation>Retirer le label choisi</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>empty: the default bridge</source>
        <translation>vide : le bridge par défaut</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Rés&amp;eau :</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>Dossier de &amp;travail :</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>empty: the image&apos;s</source>
        <translation>vide : celui de l’image</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>empty: the image&apos;s (often root)</source>
        <translation>vide : celui de l’image (souvent root)</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>Nom d’&amp;hôte :</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>empty: the container&apos;s short id</source>
        <translation>vide : l’identifiant court du conteneur</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Point d’entrée :</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Folder to mount in the container</source>
        <translation>Dossier à monter dans le conteneur</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>Fichier d’environnement</translation>
    </message>
    <message>
        <source>A name begins with a letter or a digit and holds only letters, digits and _ . - (two characters at least).</source>
        <translation>Un nom commence par une lettre ou un chiffre et ne contient que des lettres, des chiffres et _ . - (deux caractères au moins).</translation>
    </message>
    <message>
        <source>Host port %1 is already published by the container %2: choose another host port, or stop %2 first.</source>
        <translation>Le port hôte %1 est déjà publié par le conteneur %2 : choisissez un autre port hôte, ou arrêtez d’abord %2.</translation>
    </message>
    <message>
        <source>Host port %1 is already taken by another program on this computer: choose another host port, or stop that program.</source>
        <translation>Le port hôte %1 est déjà pris par un autre programme de cet ordinateur : choisissez un autre port hôte, ou arrêtez ce programme.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer. Create it, or choose another folder: the engine would otherwise make an empty one, owned by root.</source>
        <translation>Le dossier %1 n’existe pas sur cet ordinateur. Créez-le, ou choisissez un autre dossier : sinon le moteur en créerait un vide, appartenant à root.</translation>
    </message>
    <message>
        <source>Hublot is not connected to an engine. Wait for it to connect, then run again.</source>
        <translation>Hublot n’est connecté à aucun moteur. Attendez la connexion, puis relancez.</translation>
    </message>
    <message>
        <source>The environment file %1 cannot be read: %2. Choose another file, or remove it.</source>
        <translation>Le fichier d’environnement %1 ne peut pas être lu : %2. Choisissez un autre fichier, ou retirez-le.</translation>
    </message>
    <message>
        <source>This engine does not have %1: pulling it from its registry…</source>
        <translation>Ce moteur n’a pas %1 : téléchargement depuis son registre…</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 est téléchargée.</translation>
    </message>
    <message>
        <source>The pull of %1 was cancelled; nothing was created.</source>
        <translation>Le téléchargement de %1 a été annulé ; rien n’a été créé.</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>The container %1 was created but could not start. %2 It is kept, as you asked: docker start %1 tries again, docker rm %1 removes it.</source>
        <translation>Le conteneur %1 a été créé mais n’a pas pu démarrer. %2 Il est gardé, comme demandé : docker start %1 réessaie, docker rm %1 le supprime.</translation>
    </message>
    <message>
        <source>The container could not start. %1 It was removed, so nothing is left half-made.</source>
        <translation>Le conteneur n’a pas pu démarrer. %1 Il a été supprimé, pour ne rien laisser à moitié fait.</translation>
    </message>
    <message>
        <source>The container %1 could not start. %2 Removing it failed too: %3</source>
        <translation>Le conteneur %1 n’a pas pu démarrer. %2 Sa suppression a échoué aussi : %3</translation>
    </message>
    <message>
        <source>The container %1 could not start. %2 It may still be there: docker rm %1 removes it.</source>
        <translation>Le conteneur %1 n’a pas pu démarrer. %2 Il est peut-être encore là : docker rm %1 le supprime.</translation>
    </message>
    <message>
        <source>Re&amp;start:</source>
        <translation>Re&amp;démarrage :</translation>
    </message>
    <message>
        <source>Environment fi&amp;les (--env-file), read when the container is created:</source>
        <translation>Fichiers d’en&amp;vironnement (--env-file), lus à la création du conteneur :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>A named volume: the engine makes it when it does not exist yet</source>
        <translation>Un volume nommé : le moteur le crée s’il n’existe pas encore</translation>
    </message>
    <message>
        <source>On the command line:</source>
        <translation>En ligne de commande :</translation>
    </message>
    <message>
        <source>How many containers to run</source>
        <translation>Combien de conteneurs lancer</translation>
    </message>
    <message numerus="yes">
        <source> container(s)</source>
        <translation>
            <numerusform> conteneur</numerusform>
            <numerusform> conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the same image in several containers to share the load: each is named NAME-1, NAME-2… and takes the next host port (8080, 8081…).</source>
        <translation>Lance la même image dans plusieurs conteneurs pour partager la charge : chacun s’appelle NOM-1, NOM-2… et prend le port hôte suivant (8080, 8081…).</translation>
    </message>
    <message>
        <source>Re&amp;plicas:</source>
        <translation>Ré&amp;pliques :</translation>
    </message>
    <message>
        <source>On the command line, one per container:</source>
        <translation>En ligne de commande, une par conteneur :</translation>
    </message>
    <message>
        <source>%1 of %2 containers run; the next one did not. </source>
        <translation>%1 conteneurs sur %2 tournent ; le suivant n’a pas pu. </translation>
    </message>
    <message>
        <source>The registry of %1 asks who you are: sign in to pull it.</source>
        <translation>Le registre de %1 demande qui vous êtes : connectez-vous pour la télécharger.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ServiceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>%1 running of the %2 the swarm keeps up</source>
        <translation>%1 en marche sur les %2 que le swarm maintient</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>répliqué</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ServicesPage</name>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>No services.</source>
        <translation>Aucun service.</translation>
    </message>
    <message>
        <source>No service matches.</source>
        <translation>Aucun service ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation>&amp;Nouveau service…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Run an image as a service of several containers (docker service create)</source>
        <translation>Lancer une image comme un service de plusieurs conteneurs (docker service create)</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Mettre à l’échelle…</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Mettre à l’échelle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Change how many containers the chosen service runs (docker service scale)</source>
        <translation>Changer le nombre de conteneurs du service choisi (docker service scale)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the chosen services and their containers (docker service rm)</source>
        <translation>Supprimer les services choisis et leurs conteneurs (docker service rm)</translation>
    </message>
    <message>
        <source>&amp;Turn On Swarm Mode…</source>
        <translation>&amp;Activer le mode Swarm…</translation>
    </message>
    <message>
        <source>Turn On Swarm Mode…</source>
        <translation>Activer le mode Swarm…</translation>
    </message>
    <message>
        <source>Make this engine a swarm of one machine, to run services (docker swarm init)</source>
        <translation>Faire de ce moteur un swarm d’une seule machine, pour lancer des services (docker swarm init)</translation>
    </message>
    <message>
        <source>Service actions</source>
        <translation>Actions sur les services</translation>
    </message>
    <message>
        <source>This engine is not in a swarm. A service runs the same app in several containers, which the swarm keeps running and shares the load between; it needs Swarm mode, which one machine can turn on alone.</source>
        <translation>Ce moteur ne fait partie d’aucun swarm. Un service lance la même application dans plusieurs conteneurs, que le swarm maintient en marche et entre lesquels il partage la charge ; il faut pour cela le mode Swarm, qu’une machine peut activer seule.</translation>
    </message>
    <message>
        <source>Turn On Swarm Mode</source>
        <translation>Activer le mode Swarm</translation>
    </message>
    <message>
        <source>This engine becomes the first manager of a new swarm. Other machines would join it at this address (127.0.0.1 keeps the swarm to this machine):</source>
        <translation>Ce moteur devient le premier gestionnaire d’un nouveau swarm. D’autres machines le rejoindraient à cette adresse (127.0.0.1 garde le swarm sur cette machine) :</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was done.</source>
        <translation>Hublot n’est pas connecté au moteur ; rien n’a été fait.</translation>
    </message>
    <message>
        <source>Swarm mode is on: this engine can run services.</source>
        <translation>Le mode Swarm est activé : ce moteur peut lancer des services.</translation>
    </message>
    <message>
        <source>the swarm</source>
        <translation>le swarm</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>empty: the image&apos;s own command</source>
        <translation>vide : la commande de l’image</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Published port</source>
        <translation>Port publié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Donnez un nom au service.</translation>
    </message>
    <message>
        <source>A service name starts with a letter or digit, then letters, digits and _ . - only.</source>
        <translation>Un nom de service commence par une lettre ou un chiffre, suivi uniquement de lettres, de chiffres et de _ . -</translation>
    </message>
    <message>
        <source>Choose the image the service runs.</source>
        <translation>Choisissez l’image que lance le service.</translation>
    </message>
    <message>
        <source>The command has a quote that is not closed.</source>
        <translation>La commande contient un guillemet qui n’est pas fermé.</translation>
    </message>
    <message>
        <source>Created the service %1; the swarm starts its containers.</source>
        <translation>Service %1 créé ; le swarm démarre ses conteneurs.</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>le service %1</translation>
    </message>
    <message>
        <source>to container port</source>
        <translation>vers le port du conteneur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Répliques :</translation>
    </message>
    <message>
        <source>&amp;Publish port:</source>
        <translation>&amp;Publier le port :</translation>
    </message>
    <message>
        <source>Scale a Service</source>
        <translation>Mettre un service à l’échelle</translation>
    </message>
    <message>
        <source>Containers of %1 to keep running:</source>
        <translation>Conteneurs de %1 à maintenir en marche :</translation>
    </message>
    <message numerus="yes">
        <source>%1 now runs %n container(s).</source>
        <translation>
            <numerusform>%1 lance maintenant %n conteneur.</numerusform>
            <numerusform>%1 lance maintenant %n conteneurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Services</source>
        <translation>Supprimer des services</translation>
    </message>
    <message>
        <source>Remove the service %1?</source>
        <translation>Supprimer le service %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n services?</source>
        <translation>
            <numerusform>Supprimer ce service ?</numerusform>
            <numerusform>Supprimer ces %n services ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The swarm stops and removes their containers (%n running now); their images and volumes stay.</source>
        <translation>
            <numerusform>Le swarm arrête et supprime leurs conteneurs (%n en marche maintenant) ; leurs images et volumes restent.</numerusform>
            <numerusform>Le swarm arrête et supprime leurs conteneurs (%n en marche maintenant) ; leurs images et volumes restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed the service %1.</source>
        <translation>Service %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Hublot starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Hublot.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Let programs in a terminal set the clipboard (OSC 52)</source>
        <translation>Laisser les programmes d’un terminal remplir le presse-papiers (OSC 52)</translation>
    </message>
    <message>
        <source>Off: what a program in a container sends to the clipboard is ignored, so it cannot slip a command into what you paste next.</source>
        <translation>Décoché : ce qu’un programme d’un conteneur envoie au presse-papiers est ignoré ; il ne peut donc pas glisser une commande dans ce que vous collerez ensuite.</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terminal :</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::TerminalSession</name>
    <message>
        <source>Start Another</source>
        <translation>En lancer un autre</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>The shell exited with code %1.</source>
        <translation>Le shell s’est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>The container&apos;s main process ended; the terminal is detached.</source>
        <translation>Le processus principal du conteneur s’est terminé ; le terminal est détaché.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::TerminalView</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::VisibleStatsController</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No container uses this volume.</source>
        <translation>Aucun conteneur n&apos;utilise ce volume.</translation>
    </message>
    <message>
        <source>Not measured yet: use Measure Sizes.</source>
        <translation>Pas encore mesuré : utilisez Mesurer les tailles.</translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::VolumesPage</name>
    <message>
        <source>Vol&amp;ume</source>
        <translation>Vol&amp;ume</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Search volumes</source>
        <translation>Rechercher des volumes</translation>
    </message>
    <message>
        <source>No volumes yet. A volume keeps data after its container is gone.</source>
        <translation>Pas encore de volume. Un volume garde les données après la disparition de son conteneur.</translation>
    </message>
    <message>
        <source>No volume matches.</source>
        <translation>Aucun volume ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Make a new named volume (docker volume create)</source>
        <translation>Créer un volume nommé (docker volume create)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the chosen volumes and every file in them (docker volume rm)</source>
        <translation>Supprimer les volumes choisis et tous leurs fichiers (docker volume rm)</translation>
    </message>
    <message>
        <source>P&amp;rune Unused Volumes…</source>
        <translation>&amp;Nettoyer les volumes inutilisés…</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses, after showing which (docker volume prune)</source>
        <translation>Supprimer les volumes qu&apos;aucun conteneur n&apos;utilise, après les avoir montrés (docker volume prune)</translation>
    </message>
    <message>
        <source>Measure &amp;Sizes</source>
        <translation>Mesurer les &amp;tailles</translation>
    </message>
    <message>
        <source>Measure Sizes</source>
        <translation>Mesurer les tailles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ask the engine how much space each volume takes; it walks every file, which can take a while (docker system df -v)</source>
        <translation>Demander au moteur la place que prend chaque volume ; il parcourt chaque fichier, ce qui peut prendre du temps (docker system df -v)</translation>
    </message>
    <message>
        <source>Volume actions</source>
        <translation>Actions sur les volumes</translation>
    </message>
    <message>
        <source>Prune &amp;named volumes too</source>
        <translation>Nettoyer aussi les volumes &amp;nommés</translation>
    </message>
    <message>
        <source>Unchecked, a prune removes only anonymous volumes nobody uses (docker volume prune); checked, named ones too (docker volume prune -a)</source>
        <translation>Décoché, le nettoyage ne supprime que les volumes anonymes inutilisés (docker volume prune) ; coché, les volumes nommés aussi (docker volume prune -a)</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <source>Name of the new volume (empty: the engine picks one):</source>
        <translation>Nom du nouveau volume (vide : le moteur en choisit un) :</translation>
    </message>
    <message>
        <source>“%1” is not a valid volume name: start with a letter or digit, then use letters, digits and _ . - only.</source>
        <translation>« %1 » n&apos;est pas un nom de volume valable : commencez par une lettre ou un chiffre, puis utilisez seulement des lettres, des chiffres et _ . -.</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was done.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Created the volume %1.</source>
        <translation>Volume %1 créé.</translation>
    </message>
    <message>
        <source>the volume %1</source>
        <translation>le volume %1</translation>
    </message>
    <message>
        <source>Remove Volumes</source>
        <translation>Supprimer des volumes</translation>
    </message>
    <message>
        <source>Remove the volume %1?</source>
        <translation>Supprimer le volume %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n volumes?</source>
        <translation>
            <numerusform>Supprimer ce volume ?</numerusform>
            <numerusform>Supprimer ces %n volumes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file in it is deleted for good.</source>
        <translation>Tous ses fichiers sont effacés pour de bon.</translation>
    </message>
    <message>
        <source>Every file in it is deleted for good. The engine refuses while a container uses it: %1.</source>
        <translation>Tous ses fichiers sont effacés pour de bon. Le moteur refuse tant qu&apos;un conteneur l&apos;utilise : %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé(s).</translation>
    </message>
    <message>
        <source>Prune Unused Volumes</source>
        <translation>Nettoyer les volumes inutilisés</translation>
    </message>
    <message>
        <source>No volume to remove: containers use every volume.</source>
        <translation>Aucun volume à supprimer : des conteneurs utilisent chaque volume.</translation>
    </message>
    <message>
        <source>No anonymous volume to remove. Named volumes go only with “Prune named volumes too”.</source>
        <translation>Aucun volume anonyme à supprimer. Les volumes nommés ne partent qu&apos;avec « Nettoyer aussi les volumes nommés ».</translation>
    </message>
    <message>
        <source>Hublot is not connected to the engine; nothing was measured.</source>
        <translation>Hublot n&apos;est pas connecté au moteur ; rien n&apos;a été mesuré.</translation>
    </message>
    <message>
        <source>Measuring the volumes…</source>
        <translation>Mesure des volumes…</translation>
    </message>
    <message>
        <source>the disk usage</source>
        <translation>l&apos;espace disque</translation>
    </message>
    <message>
        <source>Volumes take %1 in all.</source>
        <translation>Les volumes prennent %1 en tout.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sau&amp;vegarder…</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Save every file of the chosen volume to a .tar file (docker cp through a container that is never started)</source>
        <translation>Enregistrer tous les fichiers du volume choisi dans un fichier .tar (docker cp par un conteneur qui n’est jamais démarré)</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Put the files of a backup made with Back Up… back into the chosen volume</source>
        <translation>Remettre dans le volume choisi les fichiers d’une sauvegarde faite avec Sauvegarder…</translation>
    </message>
    <message>
        <source>Back Up the Volume %1</source>
        <translation>Sauvegarder le volume %1</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Archives tar (*.tar)</translation>
    </message>
    <message>
        <source>Restore the Volume %1 from a Backup</source>
        <translation>Restaurer le volume %1 depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Archives tar (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore the Volume %1</source>
        <translation>Restaurer le volume %1</translation>
    </message>
    <message>
        <source>Put the files of “%1” into the volume %2? Files in the volume with the same names are replaced; the others stay.</source>
        <translation>Mettre les fichiers de « %1 » dans le volume %2 ? Les fichiers du volume qui portent les mêmes noms sont remplacés ; les autres restent.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>To reach the files of the volume %1, Hublot needs an image on the engine to make a container from (it is never started). Pull a small one, such as busybox, then try again.</source>
        <translation>Pour atteindre les fichiers du volume %1, Hublot a besoin d’une image sur le moteur pour en faire un conteneur (qui n’est jamais démarré). Téléchargez-en une petite, comme busybox, puis réessayez.</translation>
    </message>
    <message>
        <source>Restoring the volume %1 from %2…</source>
        <translation>Restauration du volume %1 depuis %2…</translation>
    </message>
    <message>
        <source>Backing up the volume %1 to %2…</source>
        <translation>Sauvegarde du volume %1 dans %2…</translation>
    </message>
    <message>
        <source>Restored the volume %1 from %2.</source>
        <translation>Volume %1 restauré depuis %2.</translation>
    </message>
    <message>
        <source>Backed up the volume %1 to %2.</source>
        <translation>Volume %1 sauvegardé dans %2.</translation>
    </message>
    <message>
        <source>“%1” is not a volume backup (%2). Choose a .tar made with Back Up….</source>
        <translation>« %1 » n’est pas une sauvegarde de volume (%2). Choisissez un .tar fait avec Sauvegarder….</translation>
    </message>
    <message>
        <source>Could not use the file %1: %2. Choose a folder you can write to, or a file you can read.</source>
        <translation>Impossible d’utiliser le fichier %1 : %2. Choisissez un dossier où vous pouvez écrire, ou un fichier que vous pouvez lire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”: use one of %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Hublot: a native window into your Docker containers.</source>
        <translation>Hublot&#xa0;: une fenêtre native sur vos conteneurs Docker.</translation>
    </message>
    <message>
        <source>Language of the interface: en or fr.</source>
        <translation>Langue de l’interface&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Render the main window once the first data has loaded, save it as a PNG image to &lt;file&gt;, and exit.</source>
        <translation>Dessiner la fenêtre principale une fois les premières données chargées, l’enregistrer en image PNG dans &lt;fichier&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
    </message>
    <message>
        <source>The engine did not answer within a minute; the screenshot shows the window as it is.</source>
        <translation>Le moteur n’a pas répondu en une minute&#xa0;; la capture montre la fenêtre telle quelle.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Couleurs : system, light ou dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Unknown theme “%1”: use system, light or dark.</source>
        <translation>Thème « %1 » inconnu : utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>Page to open: containers, images, volumes, networks, services, engine or concepts.</source>
        <translation>Page à ouvrir : containers, images, volumes, networks, services, engine ou concepts.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use containers, images, volumes, networks, services, engine or concepts.</source>
        <translation>Page « %1 » inconnue : utilisez containers, images, volumes, networks, services, engine ou concepts.</translation>
    </message>
</context>
</TS>
