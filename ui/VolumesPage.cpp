// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VolumesPage.h"

#include "engine/DiskUsage.h"
#include "engine/EngineSession.h"
#include "engine/SystemOperations.h"
#include "engine/VolumeBackup.h"
#include "engine/VolumeOperations.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/PageAction.h"
#include "ui/PageFooter.h"
#include "ui/PrunePreviewDialog.h"
#include "ui/RemovalConfirmation.h"
#include "ui/ResourceListPage.h"
#include "ui/RunCommand.h"
#include "ui/ShellWords.h"
#include "ui/Theme.h"
#include "ui/VolumeTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::VolumeSummary;

namespace {

QString labelArguments(const QStringList &labels, const QString &option)
{
    QString text;
    for (const QString &label : labels)
        text += u' ' + option + u' ' + Format::shellWord(option == u"--filter" ? u"label=" + label : label);
    return text;
}

}  // namespace

VolumesPage::VolumesPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new VolumeTableModel(session->volumes(), session->containers(), this))
    , m_list(nullptr)
    , m_pruneAll(nullptr)
    , m_commandBar(new CommandLineBar(QStringLiteral("volumes"), this))
    , m_footer(new PageFooter(QStringLiteral("volumes"), m_commandBar, this))
    , m_menu(new QMenu(tr("Vol&ume"), this))
{
    m_list = new ResourceListPage(QStringLiteral("volumes"), m_model, new QSortFilterProxyModel(this),
                                  {tr("Volumes"), tr("Search volumes"),
                                   tr("No volumes yet. A volume keeps data after its container is gone."),
                                   tr("No volume matches."),
                                   [](int n) {
                                       return tr("%n volume(s)", nullptr, n);
                                   }},
                                  this);
    m_list->setObjectName(QStringLiteral("volumesListPage"));
    setObjectName(QStringLiteral("volumesPage"));
    // Name, driver, mount point, used by, size, created.
    m_list->setColumnStretch({20, 7, 30, 18, 8, 17});

    const QList<std::pair<Action, PageActionSpec>> specs {
        {Action::Create,
         {tr("&Create…"), tr("Create…"), QStringLiteral("createVolumeAction"), QKeySequence(QKeySequence::New),
          Theme::actionIcon(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileDialogNewFolder),
          tr("Make a new named volume (docker volume create)")}},
        {Action::Remove,
         {tr("Re&move…"), tr("Remove…"), QStringLiteral("removeVolumesAction"), QKeySequence(QKeySequence::Delete),
          Theme::actionIcon(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon),
          tr("Remove the chosen volumes and every file in them (docker volume rm)")}},
        {Action::Prune,
         {tr("P&rune Unused Volumes…"), tr("Prune…"), QStringLiteral("pruneVolumesAction"),
          QKeySequence(tr("Ctrl+Shift+Del")),
          Theme::actionIcon(QIcon::ThemeIcon::EditClear, QStyle::SP_DialogResetButton),
          tr("Remove the volumes no container uses, after showing which (docker volume prune)")}},
        {Action::MeasureSizes,
         {tr("Measure &Sizes"), tr("Measure Sizes"), QStringLiteral("measureVolumeSizesAction"),
          QKeySequence(tr("Ctrl+Shift+M")), Theme::actionIcon(QIcon::ThemeIcon::ViewRefresh, QStyle::SP_BrowserReload),
          tr("Ask the engine how much space each volume takes; it walks every file, which can take a while "
             "(docker system df -v)")}},
        {Action::BackUp,
         {tr("&Back Up…"), tr("Back Up…"), QStringLiteral("backUpVolumeAction"), QKeySequence(tr("Ctrl+Shift+B")),
          Theme::actionIcon(QIcon::ThemeIcon::DocumentSaveAs, QStyle::SP_DialogSaveButton),
          tr("Save every file of the chosen volume to a .tar file (docker cp through a container that is never "
             "started)")}},
        {Action::Restore,
         {tr("R&estore…"), tr("Restore…"), QStringLiteral("restoreVolumeAction"), QKeySequence(tr("Ctrl+Shift+R")),
          Theme::actionIcon(QIcon::ThemeIcon::DocumentOpen, QStyle::SP_DialogOpenButton),
          tr("Put the files of a backup made with Back Up… back into the chosen volume")}},
    };
    for (const auto &[which, spec] : specs)
        m_actions.insert(which, addPageAction(this, spec));
    connect(m_actions[Action::Create], &QAction::triggered, this, &VolumesPage::createVolume);
    connect(m_actions[Action::Remove], &QAction::triggered, this, &VolumesPage::removeSelected);
    connect(m_actions[Action::Prune], &QAction::triggered, this, &VolumesPage::openPrune);
    connect(m_actions[Action::MeasureSizes], &QAction::triggered, this, &VolumesPage::measureSizes);
    connect(m_actions[Action::BackUp], &QAction::triggered, this, &VolumesPage::chooseBackupFile);
    connect(m_actions[Action::Restore], &QAction::triggered, this, &VolumesPage::chooseRestoreFile);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("volumesToolBar"));
    toolBar->setAccessibleName(tr("Volume actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_actions[Action::Create]);
    toolBar->addAction(m_actions[Action::Remove]);
    toolBar->addAction(m_actions[Action::MeasureSizes]);
    toolBar->addAction(m_actions[Action::BackUp]);
    toolBar->addAction(m_actions[Action::Restore]);
    toolBar->addSeparator();
    toolBar->addAction(m_actions[Action::Prune]);

    m_pruneAll = new QCheckBox(tr("Prune &named volumes too"), this);
    m_pruneAll->setObjectName(QStringLiteral("pruneNamedVolumesCheckBox"));
    m_pruneAll->setToolTip(tr("Unchecked, a prune removes only anonymous volumes nobody uses (docker volume prune); "
                              "checked, named ones too (docker volume prune -a)"));
    m_list->toolBar()->addSpacing(12);
    m_list->toolBar()->addWidget(m_pruneAll);

    m_menu->setObjectName(QStringLiteral("volumeMenu"));
    m_menu->addAction(m_actions[Action::Create]);
    m_menu->addAction(m_actions[Action::Remove]);
    m_menu->addAction(m_actions[Action::MeasureSizes]);
    m_menu->addAction(m_actions[Action::BackUp]);
    m_menu->addAction(m_actions[Action::Restore]);
    m_menu->addSeparator();
    m_menu->addAction(m_actions[Action::Prune]);

    QTableView *view = m_list->table();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { m_menu->popup(view->viewport()->mapToGlobal(pos)); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumesPage::updateActions);

    m_commandBar->setCommand(QStringLiteral("docker volume ls"));

    m_list->heading()->addWidget(toolBar);
    PageFooter::layOut(this, m_list, m_footer);
    PageFooter::showMenuWithPage(m_menu, this);

    updateActions();
}

QTableView *VolumesPage::table() const
{
    return m_list->table();
}

QList<VolumeSummary> VolumesPage::selectedVolumes() const
{
    QList<VolumeSummary> chosen;
    for (const int row : m_list->selectedSourceRows()) {
        if (const VolumeSummary *volume = m_model->itemAt(row))
            chosen.append(*volume);
    }
    return chosen;
}

void VolumesPage::updateActions()
{
    const QList<VolumeSummary> chosen = selectedVolumes();
    m_actions[Action::Remove]->setEnabled(!chosen.isEmpty());
    m_actions[Action::BackUp]->setEnabled(chosen.size() == 1);
    m_actions[Action::Restore]->setEnabled(chosen.size() == 1);
}

QString VolumesPage::imageFor(const QString &volume) const
{
    if (!m_session)
        return {};
    const Engine::ContainerStore *containers = m_session->containers();
    for (const QString &key : containers->keys()) {
        const Engine::ContainerSummary *container = containers->find(key);
        if (container && container->volumes.contains(volume) && !container->imageId.isEmpty())
            return container->imageId;
    }
    QString smallest;
    qint64 size = -1;
    const Engine::ImageStore *images = m_session->images();
    for (const QString &key : images->keys()) {
        const Engine::ImageSummary *image = images->find(key);
        if (image && (size < 0 || image->size < size)) {
            smallest = image->id;
            size = image->size;
        }
    }
    return smallest;
}

void VolumesPage::chooseBackupFile()
{
    const QList<VolumeSummary> chosen = selectedVolumes();
    if (chosen.size() != 1)
        return;
    const QString volume = chosen.first().name;
    auto *dialog = new QFileDialog(this, tr("Back Up the Volume %1").arg(volume),
                                   QDir::home().filePath(volume + u"-backup.tar"), tr("Tar archives (*.tar)"));
    dialog->setObjectName(QStringLiteral("volumeBackupFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, volume](const QString &path) { backUpTo(volume, path); });
    dialog->open();
}

void VolumesPage::chooseRestoreFile()
{
    const QList<VolumeSummary> chosen = selectedVolumes();
    if (chosen.size() != 1)
        return;
    const QString volume = chosen.first().name;
    auto *dialog = new QFileDialog(this, tr("Restore the Volume %1 from a Backup").arg(volume), QDir::homePath(),
                                   tr("Tar archives (*.tar);;All files (*)"));
    dialog->setObjectName(QStringLiteral("volumeRestoreFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, volume](const QString &path) {
        auto *confirm = new QMessageBox(
            QMessageBox::Question, tr("Restore the Volume %1").arg(volume),
            tr("Put the files of “%1” into the volume %2? Files in the volume with the same names are replaced; "
               "the others stay.")
                .arg(QFileInfo(path).fileName(), volume),
            QMessageBox::Cancel, this);
        confirm->setObjectName(QStringLiteral("volumeRestoreConfirmation"));
        QPushButton *restore = confirm->addButton(tr("Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("confirmButton"));
        confirm->setDefaultButton(QMessageBox::Cancel);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, confirm, restore, volume, path] {
            if (confirm->clickedButton() == restore)
                restoreFrom(volume, path);
        });
        confirm->open();
    });
    dialog->open();
}

Engine::VolumeBackup *VolumesPage::backUpTo(const QString &volume, const QString &filePath)
{
    return startTransfer(volume, filePath, false);
}

Engine::VolumeBackup *VolumesPage::restoreFrom(const QString &volume, const QString &filePath)
{
    return startTransfer(volume, filePath, true);
}

Engine::VolumeBackup *VolumesPage::startTransfer(const QString &volume, const QString &filePath, bool restore)
{
    if (!m_session || !m_session->client()) {
        showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
        return nullptr;
    }
    const QString image = imageFor(volume);
    if (image.isEmpty()) {
        showMessage(tr("To reach the files of the volume %1, Hublot needs an image on the engine to make a "
                       "container from (it is never started). Pull a small one, such as busybox, then try again.")
                        .arg(volume),
                    true);
        return nullptr;
    }
    const QString helper = restore ? QStringLiteral("hublot-restore") : QStringLiteral("hublot-backup");
    const QString shortImage = image.startsWith(u"sha256:") ? image.mid(7, 12) : image;
    // What Hublot does, as commands: the backup unpacked here first for a restore.
    const QString create = u"docker container create --name " + helper + u" -v " + volume + u":/volume"
        + (restore ? QString() : QStringLiteral(":ro")) + u' ' + shortImage + u" true";
    QString command;
    if (restore) {
        command = u"tar -xf " + ShellWords::quote(filePath) + u" \\\n  && " + create
            + u" \\\n  && docker cp ./volume/. " + helper + u":/volume \\\n  ; docker rm " + helper;
    } else {
        command = create + u" \\\n  && docker cp " + helper + u":/volume - > " + ShellWords::quote(filePath)
            + u" \\\n  ; docker rm " + helper;
    }
    m_commandBar->setCommand(command);
    const Engine::Labels labels = Engine::labelsFromArguments(m_labelFilters);
    Engine::VolumeBackup *job = restore
        ? Engine::VolumeBackup::restore(m_session->client(), volume, image, filePath, labels, this)
        : Engine::VolumeBackup::backUp(m_session->client(), volume, image, filePath, labels, this);
    m_actions[Action::BackUp]->setEnabled(false);
    m_actions[Action::Restore]->setEnabled(false);
    showMessage(restore ? tr("Restoring the volume %1 from %2…").arg(volume, QFileInfo(filePath).fileName())
                        : tr("Backing up the volume %1 to %2…").arg(volume, QFileInfo(filePath).fileName()),
                false);
    connect(job, &Engine::VolumeBackup::finished, this,
            [this, job, volume, filePath, restore](const Engine::Result<Engine::Done> &result) {
                job->deleteLater();
                updateActions();
                const QString file = QFileInfo(filePath).fileName();
                if (result.ok()) {
                    showMessage(restore ? tr("Restored the volume %1 from %2.").arg(volume, file)
                                        : tr("Backed up the volume %1 to %2.").arg(volume, filePath),
                                false);
                    return;
                }
                const Engine::EngineError &error = result.error();
                if (error.kind == Engine::EngineError::Kind::MalformedArchive) {
                    showMessage(tr("“%1” is not a volume backup (%2). Choose a .tar made with Back Up….")
                                    .arg(file, error.engineMessage),
                                true);
                } else if (error.kind == Engine::EngineError::Kind::LocalFileFailed) {
                    showMessage(tr("Could not use the file %1: %2. Choose a folder you can write to, or a file you "
                                   "can read.")
                                    .arg(error.path.isEmpty() ? filePath : error.path, error.engineMessage),
                                true);
                } else {
                    showMessage(ErrorMessages::forResourceOperation(error, tr("the volume %1").arg(volume)), true);
                }
            });
    return job;
}

void VolumesPage::showMessage(const QString &text, bool error)
{
    m_footer->showMessage(text, error);
}

void VolumesPage::createVolume()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("createVolumeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create Volume"));
    dialog->setLabelText(tr("Name of the new volume (empty: the engine picks one):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString name = typed.trimmed();
        if (!name.isEmpty() && !RunCommand::isValidObjectName(name)) {
            showMessage(tr("“%1” is not a valid volume name: start with a letter or digit, then use letters, "
                           "digits and _ . - only.")
                            .arg(name),
                        true);
            return;
        }
        const Engine::Labels labels = Engine::labelsFromArguments(m_labelFilters);
        m_commandBar->setCommand(u"docker volume create" + labelArguments(m_labelFilters, QStringLiteral("--label"))
                                 + (name.isEmpty() ? QString() : u' ' + Format::shellWord(name)));
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        Engine::VolumeOperations(client)
            .create(name, labels)
            .then(this, [this, name](const Engine::Result<VolumeSummary> &result) {
                if (result.ok())
                    showMessage(tr("Created the volume %1.").arg(result.value().name), false);
                else
                    showMessage(ErrorMessages::forResourceOperation(result.error(), tr("the volume %1").arg(name)),
                                true);
            });
    });
    dialog->open();
}

void VolumesPage::removeSelected()
{
    const QList<VolumeSummary> chosen = selectedVolumes();
    if (chosen.isEmpty())
        return;
    QStringList names;
    QStringList users;
    for (const VolumeSummary &volume : chosen) {
        names.append(volume.name);
        users += m_model->usersOf(volume.name);
    }
    const int n = int(names.size());
    QStringList words;
    for (const QString &name : std::as_const(names))
        words.append(Format::shellWord(name));
    const QString command = u"docker volume rm " + words.join(u' ');
    RemovalConfirmation::Texts texts;
    texts.objectName = QStringLiteral("confirmRemoveVolumesDialog");
    texts.title = tr("Remove Volumes");
    texts.question
        = n == 1 ? tr("Remove the volume %1?").arg(names.first()) : tr("Remove these %n volumes?", nullptr, n);
    texts.consequence = users.isEmpty()
        ? tr("Every file in it is deleted for good.")
        : tr("Every file in it is deleted for good. The engine refuses while a container uses it: %1.")
              .arg(QLocale().createSeparatedList(users));
    texts.command = command;
    texts.button = tr("Remove");
    RemovalConfirmation::ask(this, texts, names, [this, names, command] {
        m_commandBar->setCommand(command);
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        struct Batch
        {
            int pending = 0;
            QStringList done;
            QStringList failures;
        };
        auto batch = std::make_shared<Batch>();
        batch->pending = int(names.size());
        for (const QString &name : names) {
            Engine::VolumeOperations(client).remove(name).then(
                this, [this, batch, name](const Engine::Result<Engine::Done> &result) {
                    if (result.ok())
                        batch->done.append(name);
                    else
                        batch->failures.append(
                            ErrorMessages::forResourceOperation(result.error(), tr("the volume %1").arg(name)));
                    if (--batch->pending > 0)
                        return;
                    if (!batch->failures.isEmpty())
                        showMessage(batch->failures.join(u' '), true);
                    else
                        showMessage(tr("Removed %1.").arg(QLocale().createSeparatedList(batch->done)), false);
                });
        }
    });
}

QList<VolumeSummary> VolumesPage::pruneCandidates(bool allVolumes) const
{
    QList<VolumeSummary> candidates;
    const Engine::VolumeStore *volumes = m_session->volumes();
    for (const QString &key : volumes->keys()) {
        const VolumeSummary *volume = volumes->find(key);
        if (!volume || !m_model->usersOf(volume->name).isEmpty())
            continue;
        if (!allVolumes && !volume->labels.contains(QStringLiteral("com.docker.volume.anonymous")))
            continue;
        if (Engine::matchesLabelFilters(volume->labels, m_labelFilters))
            candidates.append(*volume);
    }
    return candidates;
}

void VolumesPage::openPrune()
{
    const bool all = m_pruneAll->isChecked();
    QList<PrunePreviewDialog::Item> items;
    for (const VolumeSummary &volume : pruneCandidates(all))
        items.append({volume.name, m_model->sizeOf(volume.name)});  // known once measured
    const QString command = QStringLiteral("docker volume prune") + (all ? QStringLiteral(" -a") : QString())
        + labelArguments(m_labelFilters, QStringLiteral("--filter"));
    const QStringList filters = m_labelFilters;
    Engine::EngineSession *session = m_session;
    auto *dialog = new PrunePreviewDialog(
        QStringLiteral("volumes"), tr("Prune Unused Volumes"),
        all ? tr("No volume to remove: containers use every volume.")
            : tr("No anonymous volume to remove. Named volumes go only with “Prune named volumes too”."),
        items, command,
        [session, filters, all] { return Engine::VolumeOperations(session->client()).prune(filters, all); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrunePreviewDialog::started, m_commandBar,
            [this](const QString &line) { m_commandBar->setCommand(line); });
    connect(dialog, &PrunePreviewDialog::pruned, this, [this](const QString &message) { showMessage(message, false); });
    connect(dialog, &PrunePreviewDialog::failed, this, [this](const QString &message) { showMessage(message, true); });
    dialog->open();
}

void VolumesPage::measureSizes()
{
    Engine::EngineClient *client = m_session->client();
    if (!client) {
        showMessage(tr("Hublot is not connected to the engine; nothing was measured."), true);
        return;
    }
    m_commandBar->setCommand(QStringLiteral("docker system df -v"));
    m_actions[Action::MeasureSizes]->setEnabled(false);
    showMessage(tr("Measuring the volumes…"), false);
    Engine::SystemOperations(client).diskUsage().then(this, [this](const Engine::Result<Engine::DiskUsage> &result) {
        m_actions[Action::MeasureSizes]->setEnabled(true);
        if (!result.ok()) {
            showMessage(ErrorMessages::forResourceOperation(result.error(), tr("the disk usage")), true);
            return;
        }
        QHash<QString, qint64> sizes;
        qint64 total = 0;
        for (const Engine::DiskUsage::Volume &volume : result.value().volumes) {
            sizes.insert(volume.name, volume.size);
            total += std::max<qint64>(volume.size, 0);
        }
        m_model->setSizes(sizes);
        showMessage(tr("Volumes take %1 in all.").arg(Format::size(total)), false);
    });
}

}  // namespace Hublot::Ui
