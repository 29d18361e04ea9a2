// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JsonTreeModel.h"

#include <QColor>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QPalette>

#include <functional>

namespace Hublot::Ui {

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key;  ///< member name, or the element's position in an array
    bool inArray = false;
    QJsonValue value;  ///< scalars only; containers hold children
    QJsonValue::Type type = QJsonValue::Null;
    std::vector<std::unique_ptr<Node>> children;
    QString path;

    [[nodiscard]] QString valueText() const
    {
        switch (type) {
        case QJsonValue::String: return value.toString();
        case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            // Docker's integers (sizes, pids, ports) are written without a fraction.
            if (number == double(qint64(number)))
                return QString::number(qint64(number));
            return QString::number(number, 'g', 17);
        }
        case QJsonValue::Null: return QStringLiteral("null");
        default: return {};
        }
    }
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node, const QJsonValue &value)
{
    node->type = value.type();
    auto add = [node](const QString &key, const QJsonValue &child, bool inArray) {
        auto childNode = std::make_unique<Node>();
        childNode->parent = node;
        childNode->row = int(node->children.size());
        childNode->key = key;
        childNode->inArray = inArray;
        childNode->path = inArray ? QString(node->path + u'[' + key + u']') : QString(node->path + u'.' + key);
        build(childNode.get(), child);
        node->children.push_back(std::move(childNode));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value(), false);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i), true);
    } else {
        node->value = value;
    }
}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    build(m_root.get(), value);
    endResetModel();
    if (!m_searchText.isEmpty())
        search(m_searchText);
}

const JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer())->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::matches(const Node *node) const
{
    if (m_searchText.isEmpty())
        return false;
    return node->key.contains(m_searchText, Qt::CaseInsensitive)
        || node->valueText().contains(m_searchText, Qt::CaseInsensitive);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Key)
            return node->inArray ? QString(u'[' + node->key + u']') : node->key;
        if (node->type == QJsonValue::Object)
            return role == Qt::DisplayRole ? tr("{%n field(s)}", nullptr, int(node->children.size())) : QVariant();
        if (node->type == QJsonValue::Array)
            return role == Qt::DisplayRole ? tr("[%n item(s)]", nullptr, int(node->children.size())) : QVariant();
        return node->valueText();
    case Qt::ForegroundRole:
        if (index.column() == Value
            && (node->type == QJsonValue::Object || node->type == QJsonValue::Array || node->type == QJsonValue::Null))
            return QPalette().color(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == Value)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::BackgroundRole:
        // Translucent, so it marks the row on light and dark palettes alike.
        if (matches(node))
            return QColor(255, 200, 0, 90);
        break;
    case PathRole: return node->path;
    case MatchRole: return matches(node);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Key") : tr("Value");
}

void JsonTreeModel::collectMatches(const Node *node, QModelIndexList &found) const
{
    for (const auto &child : node->children) {
        if (matches(child.get()))
            found.append(indexOf(child.get()));
        collectMatches(child.get(), found);
    }
}

QModelIndexList JsonTreeModel::search(const QString &text)
{
    const QString previous = m_searchText;
    m_searchText = text;
    QModelIndexList found;
    collectMatches(m_root.get(), found);
    // Rows that stop or start matching repaint; a whole-model signal is
    // simpler than tracking both sets, and views repaint only what shows.
    if (previous != text && !m_root->children.empty()) {
        std::function<void(const Node *)> announce = [&](const Node *node) {
            if (node->children.empty())
                return;
            Q_EMIT dataChanged(indexOf(node->children.front().get(), Key), indexOf(node->children.back().get(), Value),
                               {Qt::BackgroundRole, MatchRole});
            for (const auto &child : node->children)
                announce(child.get());
        };
        announce(m_root.get());
    }
    return found;
}

QModelIndex JsonTreeModel::indexOfPath(const QString &path) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        if (node->path == path)
            return node;
        for (const auto &child : node->children) {
            if (!path.startsWith(child->path))
                continue;
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    const Node *node = find(m_root.get());
    return node ? indexOf(node) : QModelIndex();
}

}  // namespace Hublot::Ui
