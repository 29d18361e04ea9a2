// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"

#include <QStyledItemDelegate>

#include <optional>

namespace Hublot::Ui {

/// Paints a container's state as a coloured pill: green running, amber
/// paused, blue restarting, grey exited (red when it failed), slate
/// created, red dead. White text on a solid colour reads the same on light
/// and dark palettes and on the selection. Reads the state from
/// ContainerTreeModel::StateRole and ExitCodeRole; rows without a state
/// (Compose projects) are painted as plain text. It only paints.
class StatePillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePillDelegate)

public:
    explicit StatePillDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The pill's colour for a state; an exit code other than 0 is a failure.
    static QColor color(Engine::ContainerSummary::State state, std::optional<int> exitCode = {});
    /// Paints text in a pill of that colour, left-aligned and vertically
    /// centred in rect; gives the pill's rectangle.
    static QRect paintPill(QPainter *painter, const QRect &rect, const QFont &font, const QString &text,
                           const QColor &color);
};

}  // namespace Hublot::Ui
