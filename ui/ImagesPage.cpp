// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImagesPage.h"

#include "engine/EngineSession.h"
#include "engine/ImageOperations.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/ImageFilterProxyModel.h"
#include "ui/ImageLayersPanel.h"
#include "ui/ImageSearchDialog.h"
#include "ui/ImageTableModel.h"
#include "ui/PageAction.h"
#include "ui/PageFooter.h"
#include "ui/PrunePreviewDialog.h"
#include "ui/PullImageDialog.h"
#include "ui/RemovalConfirmation.h"
#include "ui/ResourceListPage.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::ImageSummary;

namespace {

QString imagesCommand(bool danglingOnly)
{
    return danglingOnly ? QStringLiteral("docker images --filter dangling=true") : QStringLiteral("docker images");
}

}  // namespace

ImagesPage::ImagesPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImageTableModel(session->images(), session->containers(), this))
    , m_proxy(new ImageFilterProxyModel(this))
    , m_list(nullptr)
    , m_layers(new ImageLayersPanel(session, this))
    , m_danglingOnly(nullptr)
    , m_commandBar(new CommandLineBar(QStringLiteral("images"), this))
    , m_footer(new PageFooter(QStringLiteral("images"), m_commandBar, this))
    , m_menu(new QMenu(tr("&Image"), this))
{
    m_list = new ResourceListPage(
        QStringLiteral("images"), m_model, m_proxy,
        {tr("Images"), tr("Search images"),
         tr("No images yet. An image is the read-only template containers start from: pull one by name."),
         tr("No image matches."),
         [](int n) {
             return tr("%n image(s)", nullptr, n);
         }},
        this);
    m_list->setObjectName(QStringLiteral("imagesListPage"));
    setObjectName(QStringLiteral("imagesPage"));
    // Repository, tag, id, size, shared, containers, created.
    m_list->setColumnStretch({25, 9, 13, 9, 9, 10, 17});

    const QList<std::pair<Action, PageActionSpec>> specs {
        {Action::Pull,
         {tr("&Pull…"), tr("Pull…"), QStringLiteral("pullImageAction"), QKeySequence(tr("Ctrl+Shift+P")),
          Theme::actionIcon(QIcon::ThemeIcon::GoDown, QStyle::SP_ArrowDown),
          tr("Download an image from its registry (docker pull)")}},
        {Action::SearchHub,
         {tr("&Search Docker Hub…"), tr("Docker Hub…"), QStringLiteral("searchHubAction"),
          QKeySequence(tr("Ctrl+Shift+F")),
          Theme::actionIcon(QIcon::ThemeIcon::EditFind, QStyle::SP_FileDialogContentsView),
          tr("Look for images on Docker Hub through the engine (docker search)")}},
        {Action::Run,
         {tr("&Run…"), tr("Run…"), QStringLiteral("runImageAction"), QKeySequence(tr("Ctrl+Shift+R")),
          Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay),
          tr("Start a new container from the chosen image (docker run)")}},
        {Action::Tag,
         {tr("&Tag…"), tr("Tag…"), QStringLiteral("tagImageAction"), QKeySequence(tr("Ctrl+Shift+T")),
          Theme::actionIcon(QIcon::ThemeIcon::InsertLink, QStyle::SP_FileLinkIcon),
          tr("Give the chosen image another name (docker tag)")}},
        {Action::Remove,
         {tr("Re&move…"), tr("Remove…"), QStringLiteral("removeImagesAction"), QKeySequence(QKeySequence::Delete),
          Theme::actionIcon(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon),
          tr("Remove the chosen images (docker rmi)")}},
        {Action::Push,
         {tr("Pus&h…"), tr("Push…"), QStringLiteral("pushImageAction"), QKeySequence(tr("Ctrl+Shift+U")),
          Theme::actionIcon(QIcon::ThemeIcon::GoUp, QStyle::SP_ArrowUp),
          tr("Send the chosen image to the registry its name starts with (docker push)")}},
        {Action::Prune,
         {tr("P&rune Dangling Images…"), tr("Prune…"), QStringLiteral("pruneImagesAction"),
          QKeySequence(tr("Ctrl+Shift+Del")),
          Theme::actionIcon(QIcon::ThemeIcon::EditClear, QStyle::SP_DialogResetButton),
          tr("Remove every dangling image no container uses, after showing which (docker image prune)")}},
    };
    for (const auto &[which, spec] : specs)
        m_actions.insert(which, addPageAction(this, spec));
    connect(m_actions[Action::Pull], &QAction::triggered, this, [this] { openPull(); });
    connect(m_actions[Action::SearchHub], &QAction::triggered, this, &ImagesPage::openHubSearch);
    connect(m_actions[Action::Run], &QAction::triggered, this, [this] {
        const QList<ImageSummary> chosen = selectedImages();
        if (!chosen.isEmpty())
            Q_EMIT runImageRequested(ImageTableModel::reference(chosen.first()));
    });
    connect(m_actions[Action::Tag], &QAction::triggered, this, &ImagesPage::tagSelected);
    connect(m_actions[Action::Push], &QAction::triggered, this, [this] {
        const QList<ImageSummary> chosen = selectedImages();
        if (chosen.size() == 1 && !chosen.first().dangling)
            openPush(ImageTableModel::reference(chosen.first()));
    });
    connect(m_actions[Action::Remove], &QAction::triggered, this, &ImagesPage::removeSelected);
    connect(m_actions[Action::Prune], &QAction::triggered, this, &ImagesPage::openPrune);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("imagesToolBar"));
    toolBar->setAccessibleName(tr("Image actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_actions[Action::Pull]);
    toolBar->addAction(m_actions[Action::SearchHub]);
    toolBar->addSeparator();
    toolBar->addAction(m_actions[Action::Run]);
    toolBar->addAction(m_actions[Action::Tag]);
    toolBar->addAction(m_actions[Action::Push]);
    toolBar->addAction(m_actions[Action::Remove]);
    toolBar->addSeparator();
    toolBar->addAction(m_actions[Action::Prune]);

    m_danglingOnly = new QCheckBox(tr("&Dangling only"), this);
    m_danglingOnly->setObjectName(QStringLiteral("imagesDanglingCheckBox"));
    m_danglingOnly->setToolTip(tr("Only the images without a tag, left behind when a newer image took their name "
                                  "(docker images --filter dangling=true)"));
    connect(m_danglingOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setDanglingOnly(on);
        m_commandBar->setCommand(imagesCommand(on));
    });
    m_list->toolBar()->addSpacing(12);
    m_list->toolBar()->addWidget(m_danglingOnly);

    for (Action which : {Action::Pull, Action::SearchHub}) {
        m_menu->addAction(m_actions[which]);
    }
    m_menu->addSeparator();
    for (Action which : {Action::Run, Action::Tag, Action::Push, Action::Remove})
        m_menu->addAction(m_actions[which]);
    m_menu->addSeparator();
    m_menu->addAction(m_actions[Action::Prune]);
    m_menu->setObjectName(QStringLiteral("imageMenu"));

    QTableView *view = m_list->table();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { m_menu->popup(view->viewport()->mapToGlobal(pos)); });
    connect(view, &QTableView::doubleClicked, m_actions[Action::Run], &QAction::trigger);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImagesPage::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QList<ImageSummary> chosen = selectedImages();
        if (chosen.isEmpty()) {
            m_layers->clear();
            return;
        }
        if (chosen.first().id != m_layers->imageId()) {
            m_layers->showImage(chosen.first().id, ImageTableModel::reference(chosen.first()));
            m_commandBar->setCommand(m_layers->command());
        }
    });
    connect(session->images(), &Engine::StoreSignals::changed, this, &ImagesPage::updateActions);

    m_commandBar->setCommand(imagesCommand(false));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_list->heading()->addWidget(toolBar);
    topLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("imagesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_layers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    PageFooter::layOut(this, splitter, m_footer);
    PageFooter::showMenuWithPage(m_menu, this);

    updateActions();
}

QAction *ImagesPage::action(Action which) const
{
    return m_actions.value(which);
}

QTableView *ImagesPage::table() const
{
    return m_list->table();
}

QList<ImageSummary> ImagesPage::selectedImages() const
{
    QList<ImageSummary> chosen;
    for (const int row : m_list->selectedSourceRows()) {
        if (const ImageSummary *image = m_model->itemAt(row))
            chosen.append(*image);
    }
    return chosen;
}

bool ImagesPage::needsForce(const QList<ImageSummary> &images) const
{
    // Removing one name of several only untags; the last name of an image a
    // container uses (or a dangling one) needs force.
    for (const ImageSummary &image : images) {
        if (containersUsing(image.id) == 0)
            continue;
        int names = 0;
        const Engine::ImageStore *store = m_session->images();
        for (const QString &key : store->keys()) {
            const ImageSummary *other = store->find(key);
            if (other && other->id == image.id && !other->dangling)
                ++names;
        }
        int chosen = 0;
        for (const ImageSummary &same : images)
            chosen += same.id == image.id ? 1 : 0;
        if (image.dangling || chosen >= names)
            return true;
    }
    return false;
}

int ImagesPage::containersUsing(const QString &imageId) const
{
    int count = 0;
    const Engine::ContainerStore *containers = m_session->containers();
    for (const QString &key : containers->keys()) {
        const Engine::ContainerSummary *container = containers->find(key);
        if (container && container->imageId == imageId)
            ++count;
    }
    return count;
}

void ImagesPage::updateActions()
{
    const QList<ImageSummary> chosen = selectedImages();
    const bool one = chosen.size() == 1;
    m_actions[Action::Run]->setEnabled(one);
    m_actions[Action::Tag]->setEnabled(one);
    // Only a tagged image can be pushed: its name says where to.
    const bool tagged = one && !chosen.first().dangling;
    m_actions[Action::Push]->setEnabled(tagged);
    m_actions[Action::Push]->setToolTip(tagged ? m_actions[Action::Push]->statusTip() + u"\n$ docker push "
                                                + Format::shellWord(ImageTableModel::reference(chosen.first()))
                                               : m_actions[Action::Push]->statusTip());
    m_actions[Action::Remove]->setEnabled(!chosen.isEmpty());
    // The tooltips teach the command for what is chosen now.
    const bool force = needsForce(chosen);
    const QString remove = chosen.isEmpty() ? QString() : removeCommand(chosen, force);
    m_actions[Action::Remove]->setToolTip(remove.isEmpty() ? m_actions[Action::Remove]->statusTip()
                                                           : m_actions[Action::Remove]->statusTip() + u"\n$ " + remove);
    if (one) {
        m_actions[Action::Run]->setToolTip(m_actions[Action::Run]->statusTip() + u"\n$ docker run "
                                           + Format::shellWord(ImageTableModel::reference(chosen.first())));
    }
}

void ImagesPage::showMessage(const QString &text, bool error)
{
    m_footer->showMessage(text, error);
}

void ImagesPage::commandStarted(const QString &command)
{
    m_commandBar->setCommand(command);
}

QString ImagesPage::removeCommand(const QList<ImageSummary> &images, bool force)
{
    QStringList names;
    for (const ImageSummary &image : images)
        names.append(Format::shellWord(ImageTableModel::reference(image)));
    return (force ? QStringLiteral("docker rmi -f ") : QStringLiteral("docker rmi ")) + names.join(u' ');
}

void ImagesPage::openPull(const QString &reference)
{
    auto *dialog = new PullImageDialog(m_session, reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullImageDialog::started, this, &ImagesPage::commandStarted);
    connect(dialog, &PullImageDialog::pulled, this, [this](const QString &message) { showMessage(message, false); });
    connect(dialog, &PullImageDialog::failed, this, [this](const QString &message) { showMessage(message, true); });
    dialog->open();
}

void ImagesPage::openPush(const QString &reference)
{
    auto *dialog = new PullImageDialog(m_session, reference, this, PullImageDialog::Direction::Push);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullImageDialog::started, this, &ImagesPage::commandStarted);
    connect(dialog, &PullImageDialog::pulled, this, [this](const QString &message) { showMessage(message, false); });
    connect(dialog, &PullImageDialog::failed, this, [this](const QString &message) { showMessage(message, true); });
    dialog->open();
}

void ImagesPage::openHubSearch()
{
    auto *dialog = new ImageSearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageSearchDialog::started, this, &ImagesPage::commandStarted);
    connect(dialog, &ImageSearchDialog::pullRequested, this, [this, dialog](const QString &name) {
        dialog->close();
        openPull(name);
    });
    dialog->open();
}

void ImagesPage::tagSelected()
{
    const QList<ImageSummary> chosen = selectedImages();
    if (chosen.size() != 1)
        return;
    const ImageSummary image = chosen.first();
    const QString source = ImageTableModel::reference(image);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("tagImageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tag Image"));
    dialog->setLabelText(tr("New name for %1 (repository:tag):").arg(source));
    dialog->setTextValue(image.dangling ? QString() : image.repository + u':');
    connect(dialog, &QInputDialog::textValueSelected, this, [this, image, source](const QString &typed) {
        const QString target = typed.trimmed();
        // The engine's own rule for a reference, in short: lowercase path parts, an optional tag.
        static const QRegularExpression valid(QStringLiteral(
            R"(^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$)"));
        if (!valid.match(target).hasMatch()) {
            showMessage(tr("“%1” is not a valid image name: use lowercase letters, digits and . _ - in the "
                           "repository, then an optional :tag, for example myapp:1.0.")
                            .arg(target),
                        true);
            return;
        }
        const auto [repository, tag] = Engine::ImageOperations::splitReference(target);
        commandStarted(u"docker tag " + Format::shellWord(source) + u' ' + Format::shellWord(target));
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        Engine::ImageOperations(client)
            .tag(image.id, repository, tag)
            .then(this, [this, source, target](const Engine::Result<Engine::Done> &result) {
                if (result.ok())
                    showMessage(tr("Tagged %1 as %2.").arg(source, target), false);
                else
                    showMessage(ErrorMessages::forResourceOperation(result.error(), tr("the image %1").arg(source)),
                                true);
            });
    });
    dialog->open();
}

void ImagesPage::removeSelected()
{
    const QList<ImageSummary> chosen = selectedImages();
    if (chosen.isEmpty())
        return;
    QStringList names;
    for (const ImageSummary &image : chosen)
        names.append(ImageTableModel::reference(image));
    const bool force = needsForce(chosen);
    const int n = int(names.size());
    RemovalConfirmation::Texts texts;
    texts.objectName = QStringLiteral("confirmRemoveImagesDialog");
    texts.title = tr("Remove Images");
    texts.question = n == 1 ? tr("Remove the image %1?").arg(names.first()) : tr("Remove these %n images?", nullptr, n);
    texts.consequence = force
        ? tr("Containers still use some of them: the names go at once (force), the layers stay until those "
             "containers are removed. Layers other images share stay on disk.")
        : tr("A name is removed; the image's layers are deleted once no other name or image needs them.");
    texts.command = removeCommand(chosen, force);
    texts.button = tr("Remove");
    RemovalConfirmation::ask(this, texts, names, [this, chosen, force] {
        commandStarted(removeCommand(chosen, force));
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        showMessage(tr("Removing…"), false);
        struct Batch
        {
            int pending = 0;
            QStringList done;
            QStringList failures;
        };
        auto batch = std::make_shared<Batch>();
        batch->pending = int(chosen.size());
        for (const ImageSummary &image : chosen) {
            const QString name = ImageTableModel::reference(image);
            // A dangling image goes by id; a tagged one by its name, which removes that tag only.
            Engine::ImageOperations(client)
                .remove(image.dangling ? image.id : name, force)
                .then(this, [this, batch, name](const Engine::Result<Engine::ImageOperations::Removal> &result) {
                    if (result.ok())
                        batch->done.append(name);
                    else
                        batch->failures.append(
                            ErrorMessages::forResourceOperation(result.error(), tr("the image %1").arg(name)));
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

QList<ImageSummary> ImagesPage::pruneCandidates() const
{
    QList<ImageSummary> candidates;
    const Engine::ImageStore *images = m_session->images();
    for (const QString &key : images->keys()) {
        const ImageSummary *image = images->find(key);
        if (!image || !image->dangling || containersUsing(image->id) > 0)
            continue;
        if (Engine::matchesLabelFilters(image->labels, m_pruneFilters))
            candidates.append(*image);
    }
    return candidates;
}

void ImagesPage::openPrune()
{
    QList<PrunePreviewDialog::Item> items;
    for (const ImageSummary &image : pruneCandidates()) {
        // What removing it frees: what it does not share with other images.
        const qint64 own = image.sharedSize >= 0 ? image.size - image.sharedSize : image.size;
        items.append({Format::shortId(image.id), own});
    }
    QString command = QStringLiteral("docker image prune");
    for (const QString &filter : std::as_const(m_pruneFilters))
        command += u" --filter " + Format::shellWord(u"label=" + filter);
    const QStringList filters = m_pruneFilters;
    Engine::EngineSession *session = m_session;
    auto *dialog = new PrunePreviewDialog(
        QStringLiteral("images"), tr("Prune Dangling Images"),
        tr("No dangling image to remove: every image has a name or a container using it."), items, command,
        [session, filters] { return Engine::ImageOperations(session->client()).prune(filters); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrunePreviewDialog::started, this, &ImagesPage::commandStarted);
    connect(dialog, &PrunePreviewDialog::pruned, this, [this](const QString &message) { showMessage(message, false); });
    connect(dialog, &PrunePreviewDialog::failed, this, [this](const QString &message) { showMessage(message, true); });
    dialog->open();
}

}  // namespace Hublot::Ui
