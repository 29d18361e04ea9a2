// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ResourceStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hublot::Ui {

/// Roles every table model of Hublot answers besides the display ones.
enum ItemRole {
    SortRole = Qt::UserRole + 1,  ///< raw value to sort on: bytes, seconds, never display text
    KeyRole,  ///< the store key of the row
};

/// A table over a ResourceStore: one row per item, in the store's order.
/// It follows the store's changes row by row (inserted, removed, dataChanged)
/// so views keep their selection and scroll position. Subclasses say what a
/// cell shows.
template <typename T> class StoreTableModel : public QAbstractTableModel
{
public:
    StoreTableModel(Engine::ResourceStore<T> *store, QObject *parent)
        : QAbstractTableModel(parent)
        , m_store(store)
        , m_rows(store->keys())
    {
        reindex();
        QObject::connect(store, &Engine::StoreSignals::changed, this,
                         [this](const Engine::StoreChange &change) { apply(change); });
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const QString &key = m_rows.at(index.row());
        if (role == KeyRole)
            return key;
        const T *item = m_store->find(key);
        return item ? cell(*item, index.column(), role) : QVariant();
    }

    /// The item shown on row, or null.
    const T *itemAt(int row) const { return row >= 0 && row < m_rows.size() ? m_store->find(m_rows.at(row)) : nullptr; }

protected:
    virtual QVariant cell(const T &item, int column, int role) const = 0;

private:
    void apply(const Engine::StoreChange &change)
    {
        if (!change.removed.isEmpty()) {
            // Remove runs of consecutive rows, from the bottom up.
            for (int row = int(m_rows.size()) - 1; row >= 0;) {
                if (m_store->find(m_rows.at(row))) {
                    --row;
                    continue;
                }
                int first = row;
                while (first > 0 && !m_store->find(m_rows.at(first - 1)))
                    --first;
                beginRemoveRows({}, first, row);
                m_rows.remove(first, row - first + 1);
                endRemoveRows();
                row = first - 1;
            }
            reindex();
        }
        for (const QString &key : change.updated) {
            const int row = m_rowOf.value(key, -1);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        if (!change.added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(change.added.size()) - 1);
            for (const QString &key : change.added) {
                m_rowOf.insert(key, int(m_rows.size()));
                m_rows.append(key);
            }
            endInsertRows();
        }
    }

    void reindex()
    {
        m_rowOf.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row), row);
    }

    Engine::ResourceStore<T> *m_store;
    QStringList m_rows;
    QHash<QString, int> m_rowOf;
};

}  // namespace Hublot::Ui
