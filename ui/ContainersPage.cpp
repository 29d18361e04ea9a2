// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainersPage.h"

#include "engine/EngineSession.h"
#include "ui/CommandLineBar.h"
#include "ui/ContainerActions.h"
#include "ui/ContainerDetailsPage.h"
#include "ui/ContainerFilterProxyModel.h"
#include "ui/ContainerTreeModel.h"
#include "ui/Format.h"
#include "ui/PortLinkDelegate.h"
#include "ui/StatePillDelegate.h"
#include "ui/logs/ContainerLogsView.h"
#include "ui/stats/VisibleStatsController.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hublot::Ui {

using namespace Qt::StringLiterals;

using Engine::ContainerSummary;

namespace {

// Relative widths of the columns: name, image, state, ports, created, IP.
// Name, image, state, ports, created, IP address, CPU, memory.
const QList<int> ColumnWeights {20, 16, 12, 15, 10, 10, 7, 10};

QString psCommand(bool all)
{
    return all ? QStringLiteral("docker ps -a") : QStringLiteral("docker ps");
}

}  // namespace

ContainersPage::ContainersPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ContainerTreeModel(session->containers(), this))
    , m_proxy(new ContainerFilterProxyModel(this))
    , m_actions(new ContainerActions(session, this))
    , m_stack(new QStackedWidget(this))
    , m_details(new ContainerDetailsPage(session, m_stack))
    , m_message(new QLabel(this))
    , m_commandBar(new CommandLineBar(QStringLiteral("containers"), this))
    , m_menu(new QMenu(tr("&Container"), this))
    , m_openDetails(new QAction(tr("Open &Details"), this))
    , m_projectLogs(new QAction(tr("Project &Logs"), this))
{
    setObjectName(QStringLiteral("containersPage"));
    m_proxy->setSourceModel(m_model);

    m_list = buildList();
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_details);
    for (ContainerActions::Kind kind : ContainerActions::kinds())
        m_details->toolBar()->addAction(m_actions->action(kind));
    connect(m_details, &ContainerDetailsPage::backRequested, this, &ContainersPage::closeDetails);
    connect(m_details, &ContainerDetailsPage::commandChanged, this, [this](const QString &command) {
        if (isShowingDetails() && !command.isEmpty())
            m_commandBar->setCommand(command);
    });

    m_openDetails->setObjectName(QStringLiteral("openContainerDetailsAction"));
    m_openDetails->setStatusTip(tr("Show everything about the container (or press Enter on it)"));
    connect(m_openDetails, &QAction::triggered, this, [this] {
        const QList<ContainerSummary> chosen = selectedContainers();
        if (!chosen.isEmpty())
            openDetails(chosen.first().id);
    });
    m_projectLogs->setObjectName(QStringLiteral("projectLogsAction"));
    m_projectLogs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_projectLogs->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_projectLogs->setStatusTip(tr("The logs of every container of the Compose project, merged (docker compose logs)"));
    connect(m_projectLogs, &QAction::triggered, this, [this] {
        const QString project = currentProject();
        if (!project.isEmpty())
            openProjectLogs(project);
    });
    addAction(m_projectLogs);
    m_menu->setObjectName(QStringLiteral("containerMenu"));
    m_menu->addAction(m_openDetails);
    m_menu->addAction(m_projectLogs);
    m_menu->addSeparator();
    m_actions->addTo(m_menu, true);

    m_message->setObjectName(QStringLiteral("containersMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_commandBar->setCommand(psCommand(true));

    connect(m_actions, &ContainerActions::commandStarted, this,
            [this](const QString &command) { m_commandBar->setCommand(command); });
    connect(m_actions, &ContainerActions::progress, this,
            [this](const QString &message) { showMessage(message, false); });
    connect(m_actions, &ContainerActions::finished, this, &ContainersPage::showMessage);
    connect(session->containers(), &Engine::StoreSignals::changed, this, [this] {
        updateTargets();
        updateState();
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &ContainersPage::updateTargets);

    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(20, 6, 20, 12);
    bottom->setSpacing(6);
    bottom->addWidget(m_message);
    bottom->addWidget(m_commandBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    // Active only while on screen: the shortcuts must not act on a hidden selection.
    m_actions->setActive(false);
    updateState();
    updateTargets();
}

QWidget *ContainersPage::buildList()
{
    auto *list = new QWidget(m_stack);
    list->setObjectName(QStringLiteral("containersListPage"));

    auto *title = new QLabel(tr("Containers"), list);
    title->setObjectName(QStringLiteral("containersTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_countLabel = new QLabel(list);
    m_countLabel->setObjectName(QStringLiteral("containersCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_toolBar = new QToolBar(list);
    m_toolBar->setObjectName(QStringLiteral("containersToolBar"));
    m_toolBar->setAccessibleName(tr("Container actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    for (ContainerActions::Kind kind : ContainerActions::kinds())
        m_toolBar->addAction(m_actions->action(kind));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->pruneAction());

    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("containersSearchField"));
    m_search->setPlaceholderText(tr("Search containers"));
    m_search->setAccessibleName(tr("Search containers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateState();
    });

    m_showAll = new QCheckBox(tr("Show &stopped containers"), list);
    m_showAll->setObjectName(QStringLiteral("showAllCheckBox"));
    m_showAll->setChecked(true);
    m_showAll->setToolTip(tr("Checked: docker ps -a. Unchecked: docker ps, the running ones only."));
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        m_proxy->setRunningOnly(!all);
        m_commandBar->setCommand(psCommand(all));
        updateState();
    });

    m_view = new QTreeView(list);
    m_view->setObjectName(QStringLiteral("containersView"));
    m_view->setAccessibleName(tr("Containers"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Newest first, as docker ps lists them.
    m_view->sortByColumn(ContainerTreeModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setIndentation(18);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setHighlightSections(false);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->header()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(ContainerTreeModel::State, new StatePillDelegate(m_view));
    m_view->setItemDelegateForColumn(ContainerTreeModel::Ports, new PortLinkDelegate(m_view));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // CPU and memory for the running containers in sight only: a stats
    // stream per visible row, closed when it scrolls away.
    QPointer<VisibleStatsController> stats = new VisibleStatsController(m_session, m_view, KeyRole, this);
    m_model->setStatsLookup(
        [stats](const QString &id) { return stats ? stats->latest(id) : std::optional<Engine::ContainerStats>(); });
    connect(stats, &VisibleStatsController::statsChanged, m_model, &ContainerTreeModel::statsChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ContainersPage::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ContainerSummary *container = m_model->containerAt(m_proxy->mapToSource(index)))
            openDetails(container->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPage::updateTargets);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainersPage::updateTargets);
    // Projects open as they appear, and again when a filter shows them anew.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(m_proxy->index(row, 0));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->expandAll();

    m_emptyLabel = new QLabel(list);
    m_emptyLabel->setObjectName(QStringLiteral("containersEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_viewStack = new QStackedWidget(list);
    m_viewStack->addWidget(m_view);
    m_viewStack->addWidget(m_emptyLabel);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(8);
    heading->addWidget(m_countLabel, 0, Qt::AlignBaseline);
    heading->addStretch();
    heading->addWidget(m_toolBar);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(16);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_showAll);
    controls->addStretch();

    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(20, 16, 20, 0);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addLayout(controls);
    layout->addWidget(m_viewStack, 1);

    setTabOrder(m_search, m_showAll);
    setTabOrder(m_showAll, m_view);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ContainersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPage::updateState);
    return list;
}

bool ContainersPage::isShowingDetails() const
{
    return m_stack->currentWidget() == m_details;
}

void ContainersPage::openDetails(const QString &id)
{
    if (!m_session->containers()->find(id))
        return;
    m_details->showContainer(id);
    m_stack->setCurrentWidget(m_details);
    m_details->tabs()->setFocus();
    const QString command = m_details->command();
    const ContainerSummary *container = m_session->containers()->find(id);
    m_commandBar->setCommand(command.isEmpty() ? QString(u"docker inspect " + container->name) : command);
}

void ContainersPage::closeDetails()
{
    const QString id = m_details->containerId();
    m_details->closeContainer();
    m_stack->setCurrentWidget(m_list);
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_view->setFocus();
    m_commandBar->setCommand(psCommand(m_showAll->isChecked()));
}

QList<ContainerSummary> ContainersPage::selectedContainers() const
{
    // In the order they show; a selected project stands for the containers it shows.
    QList<ContainerSummary> chosen;
    const QItemSelectionModel *selection = m_view->selectionModel();
    auto take = [&](const QModelIndex &index) {
        const ContainerSummary *container = m_model->containerAt(m_proxy->mapToSource(index));
        if (container && std::none_of(chosen.cbegin(), chosen.cend(), [container](const ContainerSummary &c) {
                return c.id == container->id;
            }))
            chosen.append(*container);
    };
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex top = m_proxy->index(row, 0);
        const bool projectSelected = selection->isRowSelected(row, {});
        for (int child = 0; child < m_proxy->rowCount(top); ++child) {
            if (projectSelected || selection->isRowSelected(child, top))
                take(m_proxy->index(child, 0, top));
        }
        if (selection->isRowSelected(row, {}))
            take(top);
    }
    return chosen;
}

void ContainersPage::updateTargets()
{
    QList<ContainerSummary> targets;
    if (isShowingDetails()) {
        if (const ContainerSummary *container = m_session->containers()->find(m_details->containerId()))
            targets.append(*container);
    } else if (m_view) {
        targets = selectedContainers();
    }
    m_actions->setTargets(targets);
    m_openDetails->setEnabled(!isShowingDetails() && !targets.isEmpty());
    m_projectLogs->setEnabled(!isShowingDetails() && !currentProject().isEmpty());
}

QString ContainersPage::currentProject() const
{
    if (!m_view)
        return {};
    return m_view->currentIndex().siblingAtColumn(0).data(ContainerTreeModel::ProjectRole).toString();
}

void ContainersPage::openProjectLogs(const QString &project)
{
    const QStringList ids = ContainerLogsView::projectContainers(*m_session->containers(), project);
    if (ids.isEmpty())
        return;
    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("projectLogsWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Logs of the Compose project %1").arg(project));
    auto *logs = new ContainerLogsView(m_session, ids, window);
    auto *command = new CommandLineBar(QStringLiteral("projectLogs"), window);
    command->setCommand(u"docker compose -p "_s + Format::shellWord(project) + u" logs --follow"_s);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(logs, 1);
    layout->addWidget(command);
    window->resize(1000, 640);
    window->show();
}

void ContainersPage::updateState()
{
    const int all = int(m_session->containers()->size());
    m_countLabel->setText(tr("%n container(s)", nullptr, all));
    if (m_proxy->rowCount() > 0) {
        m_viewStack->setCurrentWidget(m_view);
        return;
    }
    if (all == 0)
        m_emptyLabel->setText(tr("No containers yet. A container is a running instance of an image."));
    else if (m_proxy->runningOnly() && m_search->text().isEmpty())
        m_emptyLabel->setText(tr("No container is running. Check “Show stopped containers” to see the others."));
    else
        m_emptyLabel->setText(tr("No container matches."));
    m_viewStack->setCurrentWidget(m_emptyLabel);
}

void ContainersPage::applyColumnWidths()
{
    int total = 0;
    for (int weight : ColumnWeights)
        total += weight;
    const int width = m_view->viewport()->width();
    for (int column = 0; column < ColumnWeights.size() - 1; ++column)
        m_view->setColumnWidth(column, width * ColumnWeights.at(column) / total);
}

void ContainersPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!error) {
        m_message->setStyleSheet({});
        m_message->setForegroundRole(QPalette::WindowText);
        return;
    }
    // Red that reads on the page's background, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#ff7b72" : u"#cf222e"));
}

void ContainersPage::openLink(const QUrl &url)
{
    QDesktopServices::openUrl(url);
    showMessage(tr("Opened %1 in your web browser.").arg(url.toString()), false);
}

void ContainersPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("containersContextMenu"));
    const QList<ContainerSummary> chosen = selectedContainers();
    if (chosen.size() == 1) {
        menu.addAction(m_openDetails);
        for (const ContainerTreeModel::PortLink &link : ContainerTreeModel::portLinks(chosen.first())) {
            if (link.url.isValid()) {
                const QUrl url = link.url;
                menu.addAction(tr("Open %1").arg(url.toString()), this, [this, url] { openLink(url); });
            }
        }
        menu.addSeparator();
    }
    if (m_projectLogs->isEnabled()) {
        menu.addAction(m_projectLogs);
        menu.addSeparator();
    }
    m_actions->addTo(&menu, true);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool ContainersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Resize) {
            applyColumnWidths();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                const QModelIndex current = m_view->currentIndex();
                if (const ContainerSummary *container = m_model->containerAt(m_proxy->mapToSource(current))) {
                    openDetails(container->id);
                    return true;
                }
                if (current.isValid()) {
                    const QModelIndex first = current.siblingAtColumn(0);
                    m_view->setExpanded(first, !m_view->isExpanded(first));
                    return true;
                }
            }
        }
    } else if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize)
            applyColumnWidths();
        if (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            const QModelIndex index = m_view->indexAt(pos);
            QUrl url;
            if (index.column() == ContainerTreeModel::Ports)
                url = PortLinkDelegate::linkAt(index, m_view->visualRect(index), m_view->font(), pos);
            if (event->type() == QEvent::MouseMove) {
                if (url.isValid())
                    m_view->viewport()->setCursor(Qt::PointingHandCursor);
                else
                    m_view->viewport()->unsetCursor();
            } else if (url.isValid() && mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
                openLink(url);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ContainersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_actions->setActive(true);
}

void ContainersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        m_actions->setActive(false);
}

}  // namespace Hublot::Ui
