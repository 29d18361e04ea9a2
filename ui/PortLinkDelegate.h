// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContainerTreeModel.h"

#include <QStyledItemDelegate>

namespace Hublot::Ui {

/// Paints a container's ports, each published TCP port as a link (the
/// palette's link colour, underlined). It only paints; linkAt() tells the
/// view which link lies under the mouse, with the same layout.
class PortLinkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortLinkDelegate)

public:
    explicit PortLinkDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The URL of the link at pos (viewport coordinates) in the cell at
    /// cellRect, or an empty URL.
    static QUrl linkAt(const QModelIndex &index, const QRect &cellRect, const QFont &font, const QPoint &pos);

private:
    struct Piece
    {
        QRect rect;
        QString text;
        QUrl url;
    };
    // Where each port's text goes in the cell, left to right, clipped to it.
    static QList<Piece> layout(const QList<ContainerTreeModel::PortLink> &links, const QRect &cellRect,
                               const QFont &font);
};

}  // namespace Hublot::Ui
