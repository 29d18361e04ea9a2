// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// One volume as GET /volumes lists it.
struct VolumeSummary
{
    QString name;
    QString driver;
    QString mountpoint;
    QString scope;
    QDateTime created;
    Labels labels;

    [[nodiscard]] QString key() const { return name; }

    static VolumeSummary fromJson(const QJsonObject &json);

    bool operator==(const VolumeSummary &) const = default;
};

}  // namespace Hublot::Engine
