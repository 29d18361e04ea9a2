// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerStats.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAbstractItemView;

namespace Hublot::Engine {
class EngineSession;
class StatsStream;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

/// Live CPU and memory for the containers a list shows: a stats stream for
/// each running container whose row is in sight, closed when the row
/// scrolls away, the container stops or the list hides. What a table's CPU
/// and memory columns show comes from latest().
///
/// Looks at the view after it scrolls, resizes, shows or hides, after its
/// model changes and after the containers change, at most once every
/// SettleMs: a fast scroll opens no stream for the rows it passes.
class VisibleStatsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleStatsController)

public:
    static constexpr int SettleMs = 150;

    /// idRole: the role of view's model that gives a row's container id.
    VisibleStatsController(Engine::EngineSession *session, QAbstractItemView *view, int idRole,
                           QObject *parent = nullptr);
    ~VisibleStatsController() override;

    /// The last sample of a container, while its stream is open.
    [[nodiscard]] std::optional<Engine::ContainerStats> latest(const QString &id) const;
    /// The containers whose streams are open.
    [[nodiscard]] QStringList streamedIds() const;

    /// "12.5 %"
    static QString cpuText(const Engine::ContainerStats &stats);
    /// "45 MB / 2.1 GB"
    static QString memoryText(const Engine::ContainerStats &stats);

Q_SIGNALS:
    /// A new sample of a container: its row's CPU and memory changed.
    void statsChanged(const QString &id);
    /// Streams opened or closed.
    void streamsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<Engine::StatsStream> stream;
        std::optional<Engine::ContainerStats> latest;
    };

    void schedule();
    void update();
    [[nodiscard]] QStringList visibleRunningIds() const;
    void open(const QString &id);
    void close(const QString &id);

    QPointer<Engine::EngineSession> m_session;
    QPointer<QAbstractItemView> m_view;
    int m_idRole;
    QTimer m_settle;
    QHash<QString, Entry> m_entries;
};

}  // namespace Hublot::Ui
