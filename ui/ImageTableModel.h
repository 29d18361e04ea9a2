// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The rows of `docker images`: one per image and tag, with the space each
/// shares with other images and the containers made from it.
class ImageTableModel final : public StoreTableModel<Engine::ImageSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column { Repository, Tag, Id, Size, SharedSize, Containers, Created, ColumnCount };
    enum Role {
        DanglingRole = KeyRole + 1,  ///< bool: an image without any tag
        ReferenceRole,  ///< "repo:tag", or the short id for a dangling image
    };

    /// containers, when given, counts the containers made from each image (live).
    explicit ImageTableModel(Engine::ImageStore *store, Engine::ContainerStore *containers = nullptr,
                             QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The name to give the image on a command line: "repo:tag", or its short id.
    static QString reference(const Engine::ImageSummary &image);
    /// The local images that have a name, as "repository:tag", sorted: what
    /// the run and service dialogs offer as the user types.
    static QStringList namedReferences(const Engine::ImageStore *store);

protected:
    QVariant cell(const Engine::ImageSummary &image, int column, int role) const override;

private:
    [[nodiscard]] int containerCount(const Engine::ImageSummary &image) const;

    Engine::ContainerStore *m_containers;
};

}  // namespace Hublot::Ui
