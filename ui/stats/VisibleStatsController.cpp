// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stats/VisibleStatsController.h"

#include "engine/EngineSession.h"
#include "engine/StatsStream.h"
#include "ui/Format.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTreeView>

namespace Hublot::Ui {

VisibleStatsController::VisibleStatsController(Engine::EngineSession *session, QAbstractItemView *view, int idRole,
                                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_idRole(idRole)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &VisibleStatsController::update);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleStatsController::schedule);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleStatsController::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleStatsController::schedule);
        connect(model, &QAbstractItemModel::rowsMoved, this, &VisibleStatsController::schedule);
        connect(model, &QAbstractItemModel::modelReset, this, &VisibleStatsController::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleStatsController::schedule);
    }
    connect(session->containers(), &Engine::StoreSignals::changed, this, &VisibleStatsController::schedule);
    connect(session, &Engine::EngineSession::stateChanged, this, &VisibleStatsController::schedule);
    connect(view, &QObject::destroyed, this, &VisibleStatsController::schedule);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        connect(tree, &QTreeView::expanded, this, &VisibleStatsController::schedule);
        connect(tree, &QTreeView::collapsed, this, &VisibleStatsController::schedule);
    }
    schedule();
}

VisibleStatsController::~VisibleStatsController() = default;

std::optional<Engine::ContainerStats> VisibleStatsController::latest(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? std::nullopt : it->latest;
}

QStringList VisibleStatsController::streamedIds() const
{
    QStringList ids = m_entries.keys();
    ids.sort();
    return ids;
}

QString VisibleStatsController::cpuText(const Engine::ContainerStats &stats)
{
    return tr("%1 %").arg(QLocale().toString(stats.cpuPercent, 'f', 1));
}

QString VisibleStatsController::memoryText(const Engine::ContainerStats &stats)
{
    return tr("%1 / %2").arg(Format::size(qint64(stats.memoryUsage)), Format::size(qint64(stats.memoryLimit)));
}

bool VisibleStatsController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide: schedule(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void VisibleStatsController::schedule()
{
    if (!m_settle.isActive())
        m_settle.start();
}

QStringList VisibleStatsController::visibleRunningIds() const
{
    QStringList ids;
    if (!m_view || !m_view->model() || !m_view->isVisible() || !m_session
        || m_session->state() != Engine::EngineSession::State::Connected)
        return ids;
    const QAbstractItemModel *model = m_view->model();
    const QModelIndex root = m_view->rootIndex();
    const int rows = model->rowCount(root);
    if (rows == 0)
        return ids;
    const QRect area = m_view->viewport()->rect();
    const QModelIndex first = m_view->indexAt(QPoint(area.left() + 1, area.top() + 1));
    if (!first.isValid())
        return ids;
    const Engine::ContainerStore *store = m_session->containers();
    const auto take = [&](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(m_idRole).toString();
        const Engine::ContainerSummary *container = id.isEmpty() ? nullptr : store->find(id);
        if (container && container->state == Engine::ContainerSummary::State::Running)
            ids.append(id);
    };
    if (const auto *tree = qobject_cast<const QTreeView *>(m_view.data())) {
        // A tree's rows in sight are not one run of siblings: walk down the
        // expanded rows from the first in sight until one starts below.
        for (QModelIndex index = first; index.isValid() && tree->visualRect(index).top() <= area.bottom();
             index = tree->indexBelow(index))
            take(index);
        return ids;
    }
    const QModelIndex last = m_view->indexAt(QPoint(area.left() + 1, area.bottom() - 1));
    const int lastRow = last.isValid() ? last.row() : rows - 1;
    for (int row = first.row(); row <= lastRow; ++row)
        take(model->index(row, 0, root));
    return ids;
}

void VisibleStatsController::update()
{
    const QStringList wanted = visibleRunningIds();
    bool changed = false;
    for (const QString &id : m_entries.keys()) {
        if (!wanted.contains(id)) {
            close(id);
            changed = true;
        }
    }
    for (const QString &id : wanted) {
        if (!m_entries.contains(id)) {
            open(id);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT streamsChanged();
}

void VisibleStatsController::open(const QString &id)
{
    Engine::EngineClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    auto *stream = new Engine::StatsStream(client, id, this);
    m_entries.insert(id, Entry {stream, std::nullopt});
    connect(stream, &Engine::StatsStream::sample, this, [this, id](const Engine::ContainerStats &stats) {
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            return;
        it->latest = stats;
        Q_EMIT statsChanged(id);
    });
    connect(stream, &Engine::StatsStream::ended, this, [this, id, stream] {
        // The container stopped or went away: its row shows nothing now,
        // and a later look opens a stream again if it runs.
        stream->deleteLater();
        auto it = m_entries.find(id);
        if (it == m_entries.end() || it->stream != stream)
            return;
        m_entries.erase(it);
        Q_EMIT statsChanged(id);
        Q_EMIT streamsChanged();
    });
}

void VisibleStatsController::close(const QString &id)
{
    const Entry entry = m_entries.take(id);
    if (entry.stream) {
        entry.stream->disconnect(this);
        entry.stream->cancel();
        entry.stream->deleteLater();
    }
    Q_EMIT statsChanged(id);
}

}  // namespace Hublot::Ui
