// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Hublot::Ui {

/// Sorts containers on raw values and filters them by text and, like
/// `docker ps` without -a, to the running ones only. A Compose project
/// shows while one of its containers does; searching for a project's name
/// shows its containers.
class ContainerFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterProxyModel)

public:
    explicit ContainerFilterProxyModel(QObject *parent = nullptr);

    void setRunningOnly(bool runningOnly);
    [[nodiscard]] bool runningOnly() const { return m_runningOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_runningOnly = false;
};

}  // namespace Hublot::Ui
