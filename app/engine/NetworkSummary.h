// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// One network as GET /networks lists it.
struct NetworkSummary
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QStringList subnets;
    QStringList gateways;
    bool internal = false;
    QDateTime created;
    Labels labels;

    [[nodiscard]] QString key() const { return id; }

    static NetworkSummary fromJson(const QJsonObject &json);

    bool operator==(const NetworkSummary &) const = default;
};

}  // namespace Hublot::Engine
