// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"
#include "engine/StoreSignals.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

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
    /// Lists only the given keys (an engine list with an id filter).
    using FetchSome = std::function<QFuture<Result<QList<T>>>(const QStringList &keys)>;

    /// Past this many keys waiting, a full list is cheaper than a filtered one.
    static constexpr qsizetype MaxKeysPerFetch = 32;

    explicit ResourceStore(Fetch fetch, QObject *parent = nullptr)
        : StoreSignals(parent)
        , m_fetch(std::move(fetch))
    { }

    ResourceStore(Fetch fetch, FetchSome fetchSome, QObject *parent = nullptr)
        : StoreSignals(parent)
        , m_fetch(std::move(fetch))
        , m_fetchSome(std::move(fetchSome))
    { }

    /// Lists again. Ends with changed() or refreshFailed().
    void refresh()
    {
        if (m_inFlight) {
            m_dirty = true;
            return;
        }
        // What waits for a filtered list is covered by the full one.
        m_pendingKeys.clear();
        start(m_fetch(), {});
    }

    /// Lists again only the objects with these keys (an event named them):
    /// each is updated, added, or removed when the engine no longer lists
    /// it. On 1,000 containers this is what keeps a start shown within a
    /// few milliseconds of its event. Falls back to refresh() before the
    /// first full list, without a FetchSome, or when many keys wait.
    /// Fetches never overlap, so an older answer never overwrites a newer one.
    void refreshKeys(const QStringList &keys)
    {
        if (!m_fetchSome || !m_loaded) {
            refresh();
            return;
        }
        for (const QString &key : keys)
            m_pendingKeys.insert(key);
        if (!m_inFlight)
            next();
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
        m_pendingKeys.clear();
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
    // keys is empty for a full list, else the keys a filtered list was asked for.
    void start(QFuture<Result<QList<T>>> fetch, const QStringList &keys)
    {
        m_inFlight = true;
        const quint64 generation = m_generation;
        fetch
            .then(this,
                  [this, generation, keys](const Result<QList<T>> &result) {
                      if (generation != m_generation)
                          return;  // listed before clear(): stale
                      m_inFlight = false;
                      if (!result.ok())
                          Q_EMIT refreshFailed(result.error());
                      else if (keys.isEmpty())
                          apply(result.value());
                      else
                          applySome(keys, result.value());
                      next();
                  })
            .onCanceled(this, [this, guard = QPointer<StoreSignals>(this), generation] {
                // Qt also cancels the chain while the store itself is being
                // destroyed; by then the guard is null and there is nothing to reset.
                if (!guard)
                    return;
                // The client went away with the request in flight.
                if (generation == m_generation) {
                    m_inFlight = m_dirty = false;
                    m_pendingKeys.clear();
                }
            });
    }

    // Runs what waited while a fetch was in flight: a full list first.
    void next()
    {
        if (m_dirty) {
            m_dirty = false;
            refresh();
        } else if (m_pendingKeys.size() > MaxKeysPerFetch) {
            refresh();
        } else if (!m_pendingKeys.isEmpty()) {
            const QStringList keys(m_pendingKeys.cbegin(), m_pendingKeys.cend());
            m_pendingKeys.clear();
            start(m_fetchSome(keys), keys);
        }
    }

    void applySome(const QStringList &keys, const QList<T> &fresh)
    {
        StoreChange change;
        QSet<QString> listed;
        for (const T &item : fresh) {
            const QString key = item.key();
            listed.insert(key);
            auto old = m_items.find(key);
            if (old == m_items.end()) {
                m_items.insert(key, item);
                m_order.append(key);
                change.added.append(key);
            } else if (!(old.value() == item)) {
                old.value() = item;
                change.updated.append(key);
            }
        }
        for (const QString &key : keys) {
            if (!listed.contains(key) && m_items.remove(key)) {
                m_order.removeOne(key);
                change.removed.append(key);
            }
        }
        if (!change.isEmpty())
            Q_EMIT changed(change);
    }

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
    FetchSome m_fetchSome;
    QSet<QString> m_pendingKeys;
    QHash<QString, T> m_items;
    QStringList m_order;
    bool m_inFlight = false;
    bool m_dirty = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

}  // namespace Hublot::Engine
