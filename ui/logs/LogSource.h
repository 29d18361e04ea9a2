// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hublot::Ui {

/// One container whose log a view shows.
struct LogSource
{
    QString id;
    QString name;  ///< without the leading slash; tags its lines in a merged log
    bool tty = false;  ///< its log is then raw bytes, all of it stdout
    bool operator==(const LogSource &) const = default;
};

}  // namespace Hublot::Ui
