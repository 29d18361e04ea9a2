// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImageTableModel.h"

#include "ui/Format.h"

namespace Hublot::Ui {

ImageTableModel::ImageTableModel(Engine::ImageStore *store, QObject *parent)
    : StoreTableModel(store, parent)
{ }

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Repository: return tr("Repository");
    case Tag: return tr("Tag");
    case Id: return tr("Image ID");
    case Size: return tr("Size");
    case Created: return tr("Created");
    }
    return {};
}

QVariant ImageTableModel::cell(const Engine::ImageSummary &image, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Repository: return image.repository;
        case Tag: return image.tag;
        case Id: return Format::shortId(image.id);
        case Size: return Format::size(image.size);
        case Created: return Format::age(image.created);
        }
    } else if (role == SortRole) {
        switch (column) {
        case Repository: return image.repository;
        case Tag: return image.tag;
        case Id: return image.id;
        case Size: return image.size;
        case Created: return image.created.toSecsSinceEpoch();
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Id)
            return image.id;
        if (column == Created)
            return QLocale().toString(image.created.toLocalTime(), QLocale::LongFormat);
    } else if (role == Qt::TextAlignmentRole && column == Size) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

}  // namespace Hublot::Ui
