// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Hublot::Ui {

/// The images shown: those matching the search text, and only the
/// dangling ones (`docker images -f dangling=true`) when asked.
class ImageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFilterProxyModel)

public:
    explicit ImageFilterProxyModel(QObject *parent = nullptr);

    void setDanglingOnly(bool danglingOnly);
    [[nodiscard]] bool danglingOnly() const { return m_danglingOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_danglingOnly = false;
};

}  // namespace Hublot::Ui
