// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The rows of `docker images`: one per image and tag.
class ImageTableModel final : public StoreTableModel<Engine::ImageSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column { Repository, Tag, Id, Size, Created, ColumnCount };

    explicit ImageTableModel(Engine::ImageStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const Engine::ImageSummary &image, int column, int role) const override;
};

}  // namespace Hublot::Ui
