<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Hublot::Ui::ConceptsDiagram</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
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
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerActions</name>
    <message numerus="yes">
        <source>Remove these %n containers?</source>
        <translation>
            <numerusform>Remove this container?</numerusform>
            <numerusform>Remove these %n containers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n containers?</source>
        <translation>
            <numerusform>Kill this container?</numerusform>
            <numerusform>Kill these %n containers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %1.</source>
        <translation>
            <numerusform>Started %1.</numerusform>
            <numerusform>Started %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %1.</source>
        <translation>
            <numerusform>Stopped %1.</numerusform>
            <numerusform>Stopped %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted %1.</source>
        <translation>
            <numerusform>Restarted %1.</numerusform>
            <numerusform>Restarted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %1.</source>
        <translation>
            <numerusform>Paused %1.</numerusform>
            <numerusform>Paused %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpaused %1.</source>
        <translation>
            <numerusform>Unpaused %1.</numerusform>
            <numerusform>Unpaused %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %1.</source>
        <translation>
            <numerusform>Killed %1.</numerusform>
            <numerusform>Killed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1.</source>
        <translation>
            <numerusform>Removed %1.</numerusform>
            <numerusform>Removed %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerLogsView</name>
    <message numerus="yes">
        <source>%1 of %Ln matching line(s)</source>
        <translation>
            <numerusform>%1 of %Ln matching line</numerusform>
            <numerusform>%1 of %Ln matching lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching line(s)</source>
        <translation>
            <numerusform>%Ln matching line</numerusform>
            <numerusform>%Ln matching lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln older line(s) let go to save memory</source>
        <translation>
            <numerusform>%Ln older line let go to save memory</numerusform>
            <numerusform>%Ln older lines let go to save memory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln line to %1</numerusform>
            <numerusform>Saved %Ln lines to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerOverviewTab</name>
    <message numerus="yes">
        <source>Restarted when it fails, at most %n time(s) (--restart on-failure:%n)</source>
        <translation>
            <numerusform>Restarted when it fails, at most %n time (--restart on-failure:%n)</numerusform>
            <numerusform>Restarted when it fails, at most %n times (--restart on-failure:%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainerTreeModel</name>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ContainersPage</name>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::DiskUsagePanel</name>
    <message numerus="yes">
        <source>Images share their read-only layers: counted one by one, the %n image(s) would take %1; on disk they take %2.</source>
        <translation>
            <numerusform>Images share their read-only layers: counted alone, the image would take %1; on disk it takes %2.</numerusform>
            <numerusform>Images share their read-only layers: counted one by one, the %n images would take %1; on disk they take %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n container(s) read %1 of image layers without copying them: each adds only its own writable layer (%2 in all).</source>
        <translation>
            <numerusform>The container reads %1 of image layers without copying them: it adds only its own writable layer (%2).</numerusform>
            <numerusform>The %n containers read %1 of image layers without copying them: each adds only its own writable layer (%2 in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::EnginePage</name>
    <message numerus="yes">
        <source>%n CPU(s), %1 of memory</source>
        <translation>
            <numerusform>%n CPU, %1 of memory</numerusform>
            <numerusform>%n CPUs, %1 of memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::Format</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImageLayersPanel</name>
    <message numerus="yes">
        <source>%n step(s). Layers on disk: %1, of which %2 shared with other local images (stored once, read-only).</source>
        <translation>
            <numerusform>%n step. Layers on disk: %1, of which %2 shared with other local images (stored once, read-only).</numerusform>
            <numerusform>%n steps. Layers on disk: %1, of which %2 shared with other local images (stored once, read-only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImageSearchDialog</name>
    <message numerus="yes">
        <source>%n image(s) found for %1.</source>
        <translation>
            <numerusform>%n image found for %1.</numerusform>
            <numerusform>%n images found for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ImagesPage</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n images?</source>
        <translation>
            <numerusform>Remove this image?</numerusform>
            <numerusform>Remove these %n images?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::NetworksPage</name>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n networks?</source>
        <translation>
            <numerusform>Remove this network?</numerusform>
            <numerusform>Remove these %n networks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::PruneContainersDialog</name>
    <message numerus="yes">
        <source>These %n stopped container(s) will be removed, giving back %1:</source>
        <translation>
            <numerusform>This stopped container will be removed, giving back %1:</numerusform>
            <numerusform>These %n stopped containers will be removed, giving back %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stopped container(s) and won back %1.</source>
        <translation>
            <numerusform>Removed %n stopped container and won back %1.</numerusform>
            <numerusform>Removed %n stopped containers and won back %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::PrunePreviewDialog</name>
    <message numerus="yes">
        <source>%n item(s) will be removed, winning back about %1.</source>
        <translation>
            <numerusform>%n item will be removed, winning back about %1.</numerusform>
            <numerusform>%n items will be removed, winning back about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be removed.</source>
        <translation>
            <numerusform>%n item will be removed.</numerusform>
            <numerusform>%n items will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n item(s), winning back %1.</source>
        <translation>
            <numerusform>Pruned %n item, winning back %1.</numerusform>
            <numerusform>Pruned %n items, winning back %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::RemovalConfirmation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::RunDialog</name>
    <message numerus="yes">
        <source> container(s)</source>
        <translation>
            <numerusform> container</numerusform>
            <numerusform> containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::ServicesPage</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now runs %n container(s).</source>
        <translation>
            <numerusform>%1 now runs %n container.</numerusform>
            <numerusform>%1 now runs %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n services?</source>
        <translation>
            <numerusform>Remove this service?</numerusform>
            <numerusform>Remove these %n services?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The swarm stops and removes their containers (%n running now); their images and volumes stay.</source>
        <translation>
            <numerusform>The swarm stops and removes their containers (%n running now); their images and volumes stay.</numerusform>
            <numerusform>The swarm stops and removes their containers (%n running now); their images and volumes stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hublot::Ui::VolumesPage</name>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n volumes?</source>
        <translation>
            <numerusform>Remove this volume?</numerusform>
            <numerusform>Remove these %n volumes?</numerusform>
        </translation>
    </message>
</context>
</TS>
