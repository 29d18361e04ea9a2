// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImageTableModel.h"

#include "ui/Format.h"

#include <QLocale>

namespace Hublot::Ui {

ImageTableModel::ImageTableModel(Engine::ImageStore *store, Engine::ContainerStore *containers, QObject *parent)
    : StoreTableModel(store, parent)
    , m_containers(containers)
{
    if (m_containers) {
        // A container made or removed changes one count; tell the column, row-wise.
        connect(m_containers, &Engine::StoreSignals::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Containers), index(rowCount() - 1, Containers));
        });
    }
}

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
    case SharedSize: return tr("Shared");
    case Containers: return tr("Containers");
    case Created: return tr("Created");
    }
    return {};
}

QStringList ImageTableModel::namedReferences(const Engine::ImageStore *store)
{
    QStringList references;
    for (const QString &key : store->keys()) {
        const Engine::ImageSummary *image = store->find(key);
        if (image && !image->repository.isEmpty() && image->repository != u"<none>")
            references.append(image->repository + u':' + image->tag);
    }
    references.removeDuplicates();
    references.sort();
    return references;
}

QString ImageTableModel::reference(const Engine::ImageSummary &image)
{
    if (image.dangling || image.repository.isEmpty() || image.repository == u"<none>")
        return Format::shortId(image.id);
    return image.repository + u':' + image.tag;
}

int ImageTableModel::containerCount(const Engine::ImageSummary &image) const
{
    if (!m_containers)
        return image.containers;
    int count = 0;
    for (const QString &key : m_containers->keys()) {
        const Engine::ContainerSummary *container = m_containers->find(key);
        if (container && container->imageId == image.id)
            ++count;
    }
    return count;
}

QVariant ImageTableModel::cell(const Engine::ImageSummary &image, int column, int role) const
{
    if (role == DanglingRole)
        return image.dangling;
    if (role == ReferenceRole)
        return reference(image);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Repository: return image.repository;
        case Tag: return image.tag;
        case Id: return Format::shortId(image.id);
        case Size: return Format::size(image.size);
        case SharedSize: return image.sharedSize < 0 ? QStringLiteral("—") : Format::size(image.sharedSize);
        case Containers: {
            const int count = containerCount(image);
            return count < 0 ? QStringLiteral("—") : QLocale().toString(count);
        }
        case Created: return Format::age(image.created);
        }
    } else if (role == SortRole) {
        switch (column) {
        case Repository: return image.repository;
        case Tag: return image.tag;
        case Id: return image.id;
        case Size: return image.size;
        case SharedSize: return image.sharedSize;
        case Containers: return containerCount(image);
        case Created: return image.created.toSecsSinceEpoch();
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Id)
            return image.id;
        if (column == Created)
            return QLocale().toString(image.created.toLocalTime(), QLocale::LongFormat);
        if (column == SharedSize)
            return tr("Bytes in layers this image shares with other local images: they are on disk once.");
    } else if (role == Qt::TextAlignmentRole && (column == Size || column == SharedSize || column == Containers)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

}  // namespace Hublot::Ui
