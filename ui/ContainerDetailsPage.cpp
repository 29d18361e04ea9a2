// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerDetailsPage.h"

#include "engine/ContainerOperations.h"
#include "engine/EngineSession.h"
#include "ui/ContainerInspectTab.h"
#include "ui/ContainerLiveTabs.h"
#include "ui/ContainerOverviewTab.h"
#include "ui/ContainerTreeModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/StatePillDelegate.h"
#include "ui/terminal/ContainerTerminalTab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::ContainerSummary;

namespace {

// Engine events about a container that do not change what inspect shows.
bool changesNothing(const QString &action)
{
    static const QStringList quiet {
        QStringLiteral("exec_create"),    QStringLiteral("exec_start"), QStringLiteral("exec_die"),
        QStringLiteral("exec_detach"),    QStringLiteral("attach"),     QStringLiteral("detach"),
        QStringLiteral("resize"),         QStringLiteral("top"),        QStringLiteral("archive-path"),
        QStringLiteral("extract-to-dir"), QStringLiteral("export"),     QStringLiteral("copy"),
        QStringLiteral("commit")};
    const QString verb = action.section(u':', 0, 0);
    return quiet.contains(verb);
}

}  // namespace

ContainerDetailsPage::ContainerDetailsPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_back(new QToolButton(this))
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("containerDetailsPage"));

    m_back->setObjectName(QStringLiteral("containerDetailsBackButton"));
    m_back->setText(tr("Containers"));
    m_back->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::GoPrevious, style()->standardIcon(QStyle::SP_ArrowBack)));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back to the containers (Escape)"));
    m_back->setAccessibleName(tr("Back to the containers"));
    connect(m_back, &QToolButton::clicked, this, &ContainerDetailsPage::backRequested);

    auto *escape = new QAction(this);
    escape->setObjectName(QStringLiteral("containerDetailsBackAction"));
    escape->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &ContainerDetailsPage::backRequested);
    addAction(escape);

    m_name->setObjectName(QStringLiteral("containerDetailsNameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_name->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("containerDetailsStateLabel"));
    m_subtitle->setObjectName(QStringLiteral("containerDetailsSubtitleLabel"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("containerDetailsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_toolBar->setObjectName(QStringLiteral("containerDetailsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setAccessibleName(tr("Container actions"));

    m_tabs->setObjectName(QStringLiteral("containerDetailsTabs"));
    m_tabs->setDocumentMode(true);
    addTab(new ContainerOverviewTab(m_tabs), tr("Overview"));
    addTab(new ContainerInspectTab(m_tabs), tr("Inspect"));
    addTab(new ContainerLogsTab(session, m_tabs), tr("Logs"));
    addTab(new ContainerTerminalTab(session, m_tabs), tr("Terminal"));
    addTab(new ContainerStatsTab(session, m_tabs), tr("Stats"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { Q_EMIT commandChanged(command()); });

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(m_name);
    heading->addWidget(m_state, 0, Qt::AlignVCenter);
    heading->addStretch();
    heading->addWidget(m_toolBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 10, 20, 0);
    layout->setSpacing(6);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addLayout(heading);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    connect(session, &Engine::EngineSession::eventReceived, this, &ContainerDetailsPage::onEvent);
    connect(session->containers(), &Engine::StoreSignals::changed, this, &ContainerDetailsPage::onStoreChanged);
}

int ContainerDetailsPage::addTab(ContainerDetailsTab *tab, const QString &title)
{
    m_detailTabs.append(tab);
    const int index = m_tabs->addTab(tab, title);
    connect(tab, &ContainerDetailsTab::commandChanged, this, [this, tab] {
        if (m_tabs->currentWidget() == tab)
            Q_EMIT commandChanged(command());
    });
    // A tab added while a container shows starts with it.
    if (m_loaded)
        tab->showContainer(m_details, m_inspect);
    return index;
}

QString ContainerDetailsPage::command() const
{
    const auto *tab = qobject_cast<const ContainerDetailsTab *>(m_tabs->currentWidget());
    return tab ? tab->command() : QString();
}

void ContainerDetailsPage::showContainer(const QString &id)
{
    if (id != m_id) {
        closeContainer();
        m_id = id;
        m_tabs->setCurrentIndex(0);
    }
    m_removed = false;
    m_message->hide();
    updateHeader();
    inspect();
}

void ContainerDetailsPage::closeContainer()
{
    if (m_id.isEmpty())
        return;
    ++m_generation;
    m_id.clear();
    m_loaded = false;
    m_inFlight = m_dirty = false;
    m_details = {};
    m_inspect = {};
    for (ContainerDetailsTab *tab : std::as_const(m_detailTabs))
        tab->closeContainer();
}

void ContainerDetailsPage::inspect()
{
    if (m_id.isEmpty() || m_removed)
        return;
    if (m_inFlight) {
        m_dirty = true;
        return;
    }
    Engine::EngineClient *client = m_session->client();
    if (!client)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    Engine::ContainerOperations(client).inspectJson(m_id).then(
        this, [this, generation](const Engine::Result<QJsonObject> &result) {
            if (generation != m_generation)
                return;  // asked about a container no longer shown
            m_inFlight = false;
            if (!result.ok()) {
                const QString name = m_details.name.isEmpty() ? Format::shortId(m_id) : m_details.name;
                m_message->setText(ErrorMessages::forContainerOperation(result.error(), name));
                m_message->show();
                if (result.error().kind == Engine::EngineError::Kind::NoSuchContainer)
                    m_removed = true;
                updateHeader();
                return;
            }
            m_inspect = result.value();
            m_details = Engine::ContainerDetails::fromJson(m_inspect);
            m_loaded = true;
            updateHeader();
            for (ContainerDetailsTab *tab : std::as_const(m_detailTabs))
                tab->showContainer(m_details, m_inspect);
            Q_EMIT loaded();
            if (m_dirty) {
                m_dirty = false;
                inspect();
            }
        });
}

void ContainerDetailsPage::onEvent(const Engine::DockerEvent &event)
{
    if (m_id.isEmpty())
        return;
    const bool aboutIt = (event.type == u"container" && event.actorId == m_id)
        || (event.type == u"network" && event.attributes.value(QStringLiteral("container")) == m_id);
    if (!aboutIt || changesNothing(event.action))
        return;
    if (event.action == u"destroy") {
        m_removed = true;
        updateHeader();
        return;
    }
    inspect();
}

void ContainerDetailsPage::onStoreChanged(const Engine::StoreChange &change)
{
    if (m_id.isEmpty())
        return;
    if (change.removed.contains(m_id))
        m_removed = true;
    if (change.removed.contains(m_id) || change.updated.contains(m_id))
        updateHeader();
}

void ContainerDetailsPage::updateHeader()
{
    const ContainerSummary *summary = m_session->containers()->find(m_id);
    QString name = m_details.name;
    if (summary)
        name = summary->name;
    if (name.isEmpty())
        name = Format::shortId(m_id);
    m_name->setText(name);
    setWindowTitle(name);

    QString stateText;
    QColor color;
    if (m_removed) {
        stateText = tr("Removed");
        color = StatePillDelegate::color(ContainerSummary::State::Dead);
        m_message->setText(tr("This container was removed. What you see is what it was last."));
        m_message->show();
    } else if (summary) {
        stateText = ContainerTreeModel::stateText(*summary);
        color = StatePillDelegate::color(summary->state, summary->exitCode);
    } else if (m_loaded) {
        ContainerSummary fromDetails;
        fromDetails.state = m_details.state;
        fromDetails.exitCode = m_details.exitCode;
        stateText = ContainerTreeModel::stateText(fromDetails);
        color = StatePillDelegate::color(m_details.state, m_details.exitCode);
    }
    m_state->setText(stateText);
    m_state->setVisible(!stateText.isEmpty());
    m_state->setAccessibleName(tr("State: %1").arg(stateText));
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; "
                                          "padding: 2px 10px; font-weight: 600; }")
                               .arg(color.name()));

    QStringList parts;
    const QString image = summary ? summary->image : m_details.image;
    if (!image.isEmpty())
        parts.append(tr("image %1").arg(image));
    QStringList addresses;
    if (summary) {
        for (auto it = summary->ipAddresses.begin(); it != summary->ipAddresses.end(); ++it)
            addresses.append(it.value());
    }
    if (!addresses.isEmpty())
        parts.append(tr("IP %1").arg(addresses.join(QStringLiteral(", "))));
    parts.append(tr("id %1").arg(Format::shortId(m_id)));
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
}

}  // namespace Hublot::Ui
