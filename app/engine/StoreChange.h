// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hublot::Engine {

/// What one refresh of a store changed, by key.
struct StoreChange
{
    QStringList added;
    QStringList removed;
    QStringList updated;

    [[nodiscard]] bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && updated.isEmpty(); }
};

}  // namespace Hublot::Engine
