// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"
#include "engine/StoreSignals.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace Hublot::Engine {

/// A snapshot of one kind of engine object (containers, images, ...) keyed
/// by T::key(), refreshed when the engine's event stream says it changed.
///
/// Lives on the thread that created it (the GUI thread in the app). Refreshes
/// coalesce: a refresh asked for while one is in flight runs once, after it.
template <typename T> class ResourceStore final : public StoreSignals
{
public:
    using Fetch = std::function<QFuture<Result<QList<T>>>()>;

    explicit ResourceStore(Fetch fetch, QObject *parent = nullptr)
        : StoreSignals(parent)
        , m_fetch(std::move(fetch))
    { }

    /// Lists again. Ends with changed() or refreshFailed().
    void refresh()
    {
        if (m_inFlight) {
            m_dirty = true;
            return;
        }
        m_inFlight = true;
        const quint64 generation = m_generation;
        m_fetch()
            .then(this,
                  [this, generation](const Result<QList<T>> &result) {
                      if (generation != m_generation)
                          return;  // listed before clear(): stale
                      m_inFlight = false;
                      if (result.ok())
                          apply(result.value());
                      else
                          Q_EMIT refreshFailed(result.error());
                      if (m_dirty) {
                          m_dirty = false;
                          refresh();
                      }
                  })
            .onCanceled(this, [this, guard = QPointer<StoreSignals>(this), generation] {
                // Qt also cancels the chain while the store itself is being
                // destroyed; by then the guard is null and there is nothing to reset.
                if (!guard)
                    return;
                // The client went away with the request in flight.
                if (generation == m_generation)
                    m_inFlight = m_dirty = false;
            });
    }

    /// Forgets everything (the engine went away or was replaced).
    void clear()
    {
        StoreChange change;
        change.removed = m_order;
        m_items.clear();
        m_order.clear();
        m_loaded = false;
        m_inFlight = m_dirty = false;
        ++m_generation;
        if (!change.isEmpty())
            Q_EMIT changed(change);
    }

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] qsizetype size() const { return m_order.size(); }
    /// Keys in the order the engine first listed them.
    [[nodiscard]] const QStringList &keys() const { return m_order; }
    [[nodiscard]] const T *find(const QString &key) const
    {
        auto it = m_items.constFind(key);
        return it == m_items.cend() ? nullptr : &it.value();
    }

private:
    void apply(const QList<T> &fresh)
    {
        StoreChange change;
        QHash<QString, T> next;
        next.reserve(fresh.size());
        for (const T &item : fresh)
            next.insert(item.key(), item);
        for (const QString &key : std::as_const(m_order)) {
            if (!next.contains(key))
                change.removed.append(key);
        }
        for (const T &item : fresh) {
            const QString key = item.key();
            auto old = m_items.constFind(key);
            if (old == m_items.cend())
                change.added.append(key);
            else if (!(old.value() == item))
                change.updated.append(key);
        }
        if (!change.removed.isEmpty())
            m_order.removeIf([&next](const QString &key) { return !next.contains(key); });
        m_items = std::move(next);
        m_order.append(change.added);
        const bool first = !m_loaded;
        m_loaded = true;
        if (first || !change.isEmpty())
            Q_EMIT changed(change);
    }

    Fetch m_fetch;
    QHash<QString, T> m_items;
    QStringList m_order;
    bool m_inFlight = false;
    bool m_dirty = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

}  // namespace Hublot::Engine
