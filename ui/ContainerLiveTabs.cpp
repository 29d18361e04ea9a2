// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerLiveTabs.h"

#include "engine/EngineSession.h"
#include "ui/Format.h"
#include "ui/logs/ContainerLogsView.h"
#include "ui/stats/ContainerStatsView.h"

#include <QVBoxLayout>

namespace Hublot::Ui {

ContainerLiveTab::ContainerLiveTab(Engine::EngineSession *session, Factory factory, QString command, QWidget *parent)
    : ContainerDetailsTab(parent)
    , m_session(session)
    , m_factory(std::move(factory))
    , m_command(std::move(command))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
}

ContainerLiveTab::~ContainerLiveTab() = default;

void ContainerLiveTab::showContainer(const Engine::ContainerDetails &details, const QJsonObject &)
{
    const bool renamed = details.name != m_name;
    if (details.id != m_id) {
        closeContainer();
        m_id = details.id;
    }
    m_name = details.name;
    if (isVisible())
        makeView();
    if (renamed)
        Q_EMIT commandChanged();
}

void ContainerLiveTab::closeContainer()
{
    delete m_view;
    m_id.clear();
    m_name.clear();
}

QString ContainerLiveTab::command() const
{
    return m_name.isEmpty() ? QString() : m_command.arg(Format::shellWord(m_name));
}

void ContainerLiveTab::showEvent(QShowEvent *event)
{
    ContainerDetailsTab::showEvent(event);
    makeView();
}

void ContainerLiveTab::makeView()
{
    if (m_view || m_id.isEmpty() || !m_session)
        return;
    m_view = m_factory(m_session, m_id, this);
    layout()->addWidget(m_view);
    m_view->show();
}

ContainerLogsTab::ContainerLogsTab(Engine::EngineSession *session, QWidget *parent)
    : ContainerLiveTab(
          session,
          [](Engine::EngineSession *s, const QString &id, QWidget *p) { return new ContainerLogsView(s, id, p); },
          QStringLiteral("docker logs --follow %1"), parent)
{
    setObjectName(QStringLiteral("containerLogsTab"));
}

ContainerLogsTab::~ContainerLogsTab() = default;

ContainerLogsView *ContainerLogsTab::logsView() const
{
    return qobject_cast<ContainerLogsView *>(view());
}

ContainerStatsTab::ContainerStatsTab(Engine::EngineSession *session, QWidget *parent)
    : ContainerLiveTab(
          session,
          [](Engine::EngineSession *s, const QString &id, QWidget *p) { return new ContainerStatsView(s, id, p); },
          QStringLiteral("docker stats %1"), parent)
{
    setObjectName(QStringLiteral("containerStatsTab"));
}

ContainerStatsTab::~ContainerStatsTab() = default;

ContainerStatsView *ContainerStatsTab::statsView() const
{
    return qobject_cast<ContainerStatsView *>(view());
}

}  // namespace Hublot::Ui
