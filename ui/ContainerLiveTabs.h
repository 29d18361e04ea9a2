// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContainerDetailsTab.h"

#include <QPointer>

#include <functional>

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class ContainerLogsView;
class ContainerStatsView;

/// A details tab whose view follows the container live (logs, stats). The
/// view is made when the tab is first shown for a container, so a page
/// opened on Overview streams nothing, and it is dropped, closing its
/// streams, when the page leaves the container or moves to another one.
class ContainerLiveTab : public ContainerDetailsTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLiveTab)

public:
    void showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect) override;
    void closeContainer() override;
    [[nodiscard]] QString command() const override;

    /// The view for the container shown, once the tab has been shown.
    [[nodiscard]] QWidget *view() const { return m_view; }

protected:
    using Factory = std::function<QWidget *(Engine::EngineSession *, const QString &id, QWidget *parent)>;
    /// command: the docker command with %1 for the container's name.
    ContainerLiveTab(Engine::EngineSession *session, Factory factory, QString command, QWidget *parent);
    ~ContainerLiveTab() override;

    void showEvent(QShowEvent *event) override;

private:
    void makeView();

    QPointer<Engine::EngineSession> m_session;
    Factory m_factory;
    QString m_command;
    QString m_id;
    QString m_name;
    QPointer<QWidget> m_view;
};

/// Logs: a ContainerLogsView of the container (`docker logs -f`).
class ContainerLogsTab final : public ContainerLiveTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLogsTab)

public:
    explicit ContainerLogsTab(Engine::EngineSession *session, QWidget *parent = nullptr);
    ~ContainerLogsTab() override;
    [[nodiscard]] ContainerLogsView *logsView() const;
};

/// Stats: a ContainerStatsView of the container (`docker stats`).
class ContainerStatsTab final : public ContainerLiveTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStatsTab)

public:
    explicit ContainerStatsTab(Engine::EngineSession *session, QWidget *parent = nullptr);
    ~ContainerStatsTab() override;
    [[nodiscard]] ContainerStatsView *statsView() const;
};

}  // namespace Hublot::Ui
