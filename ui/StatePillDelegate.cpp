// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatePillDelegate.h"

#include "ui/ContainerTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Hublot::Ui {

using State = Engine::ContainerSummary::State;

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;

}  // namespace

StatePillDelegate::StatePillDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor StatePillDelegate::color(State state, std::optional<int> exitCode)
{
    // Dark enough for white text to read at 4.5:1 or better.
    switch (state) {
    case State::Running: return QColor(0x1a, 0x7f, 0x37);
    case State::Paused: return QColor(0x9a, 0x67, 0x00);
    case State::Restarting: return QColor(0x09, 0x69, 0xda);
    case State::Dead: return QColor(0xcf, 0x22, 0x2e);
    case State::Created: return QColor(0x57, 0x60, 0x6a);
    case State::Exited: return exitCode.value_or(0) != 0 ? QColor(0xbc, 0x4c, 0x00) : QColor(0x6e, 0x77, 0x81);
    case State::Removing:
    case State::Unknown: break;
    }
    return QColor(0x6e, 0x77, 0x81);
}

QRect StatePillDelegate::paintPill(QPainter *painter, const QRect &rect, const QFont &font, const QString &text,
                                   const QColor &color)
{
    // Measured on the device painted on: its resolution can differ from the
    // screen's (a virtual screen, a printer), and the text must fit the pill.
    const QFontMetrics metrics(font, painter->device());
    const int height = std::min(rect.height() - 2, metrics.height() + 2 * VerticalPadding);
    const int width = std::min(rect.width(), metrics.horizontalAdvance(text) + 2 * HorizontalPadding);
    const QRect pill(rect.left(), rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(Qt::white);
    painter->setFont(font);
    // Elided only when the column is too narrow: elidedText() measures in
    // fractions of a pixel and would cut a text that horizontalAdvance()
    // rounded to fit exactly.
    const int room = pill.width() - 2 * HorizontalPadding;
    const QString shown
        = metrics.horizontalAdvance(text) <= room ? text : metrics.elidedText(text, Qt::ElideRight, room);
    painter->drawText(pill.adjusted(HorizontalPadding - 1, 0, -HorizontalPadding + 1, 0), Qt::AlignCenter, shown);
    painter->restore();
    return pill;
}

void StatePillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant state = index.data(ContainerTreeModel::StateRole);
    if (!state.isValid() || state.toInt() < 0) {
        QStyleOptionViewItem dimmed = option;
        dimmed.palette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, dimmed, index);
        return;
    }
    // The row's background (selection, alternate colour, hover) first, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariant exitCode = index.data(ContainerTreeModel::ExitCodeRole);
    const QColor fill
        = color(State(state.toInt()), exitCode.isValid() ? std::optional<int>(exitCode.toInt()) : std::nullopt);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    paintPill(painter, area, font, index.data().toString(), fill);
}

QSize StatePillDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * VerticalPadding + 8));
    return size;
}

}  // namespace Hublot::Ui
