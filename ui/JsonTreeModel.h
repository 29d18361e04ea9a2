// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Hublot::Ui {

/// A JSON document as a tree: a row per member or element, with its key
/// and, for a string, number, boolean or null, its value. Searching marks
/// every row whose key or value holds the text.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { Key, Value, ColumnCount };
    /// The row's path from the root, as docker inspect --format writes it:
    /// ".NetworkSettings.Networks.bridge.IPAddress", ".Mounts[0].Source".
    static constexpr int PathRole = Qt::UserRole + 1;
    /// True when the row matches the search text.
    static constexpr int MatchRole = Qt::UserRole + 2;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows value (an object or array) in place of what was shown.
    void setJson(const QJsonValue &value);

    /// Marks the rows whose key or value contains text (case-insensitive;
    /// empty: none) and gives them, in document order (column Key).
    QModelIndexList search(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    /// The row at path, or invalid.
    [[nodiscard]] QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    static void build(Node *node, const QJsonValue &value);
    const Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    bool matches(const Node *node) const;
    void collectMatches(const Node *node, QModelIndexList &found) const;

    std::unique_ptr<Node> m_root;
    QString m_searchText;
};

}  // namespace Hublot::Ui
