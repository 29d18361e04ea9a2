// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace Hublot::Engine {

using Labels = QMap<QString, QString>;

/// Reads a JSON object of strings (Docker's "Labels", "Options"); null gives an empty map.
inline Labels labelsFromJson(const QJsonValue &value)
{
    Labels labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

}  // namespace Hublot::Engine
