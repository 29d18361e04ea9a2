// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PortLinkDelegate.h"

#include <QApplication>
#include <QPainter>

namespace Hublot::Ui {

namespace {

constexpr int TextMargin = 4;

QString separator()
{
    return QStringLiteral(", ");
}

}  // namespace

PortLinkDelegate::PortLinkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QList<PortLinkDelegate::Piece> PortLinkDelegate::layout(const QList<ContainerTreeModel::PortLink> &links,
                                                        const QRect &cellRect, const QFont &font)
{
    const QFontMetrics metrics(font);
    QList<Piece> pieces;
    int x = cellRect.left() + TextMargin;
    const int right = cellRect.right() - TextMargin;
    for (qsizetype i = 0; i < links.size() && x < right; ++i) {
        QString text = links.at(i).text;
        if (i + 1 < links.size())
            text += separator();
        const int width = std::min(metrics.horizontalAdvance(text), right - x);
        pieces.append({QRect(x, cellRect.top(), width, cellRect.height()), text, links.at(i).url});
        x += width;
    }
    return pieces;
}

void PortLinkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto links = index.data(ContainerTreeModel::PortLinksRole).value<QList<ContainerTreeModel::PortLink>>();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // On the selection the link colour may not read: links keep the
    // selection's text colour there and only their underline.
    const QColor linkColor = selected ? textColor : option.palette.color(group, QPalette::Link);

    painter->save();
    painter->setClipRect(option.rect);
    QFont linkFont = option.font;
    linkFont.setUnderline(true);
    for (const Piece &piece : layout(links, option.rect, option.font)) {
        const QFontMetrics metrics(option.font);
        const QString text = metrics.elidedText(piece.text, Qt::ElideRight, piece.rect.width());
        if (piece.url.isValid()) {
            // Only the port is the link, not the separator after it.
            const QString separatorText = separator();
            const bool hasSeparator = text.endsWith(separatorText);
            const QString linkText = hasSeparator ? text.chopped(separatorText.size()) : text;
            painter->setFont(linkFont);
            painter->setPen(linkColor);
            painter->drawText(piece.rect, Qt::AlignLeft | Qt::AlignVCenter, linkText);
            if (hasSeparator) {
                painter->setFont(option.font);
                painter->setPen(textColor);
                painter->drawText(piece.rect.adjusted(metrics.horizontalAdvance(linkText), 0, 0, 0),
                                  Qt::AlignLeft | Qt::AlignVCenter, separatorText);
            }
        } else {
            painter->setFont(option.font);
            painter->setPen(textColor);
            painter->drawText(piece.rect, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    painter->restore();
}

QUrl PortLinkDelegate::linkAt(const QModelIndex &index, const QRect &cellRect, const QFont &font, const QPoint &pos)
{
    const auto links = index.data(ContainerTreeModel::PortLinksRole).value<QList<ContainerTreeModel::PortLink>>();
    const QFontMetrics metrics(font);
    for (const Piece &piece : layout(links, cellRect, font)) {
        if (!piece.url.isValid())
            continue;
        QRect hit = piece.rect;
        if (piece.text.endsWith(separator()))
            hit.setWidth(metrics.horizontalAdvance(piece.text.chopped(separator().size())));
        if (hit.contains(pos))
            return piece.url;
    }
    return {};
}

}  // namespace Hublot::Ui
