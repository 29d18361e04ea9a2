// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

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

/// "key=value" (or "key", for an empty value) as `docker ... --label` takes them.
inline Labels labelsFromArguments(const QStringList &arguments)
{
    Labels labels;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        labels.insert(equals < 0 ? argument : argument.left(equals), equals < 0 ? QString() : argument.mid(equals + 1));
    }
    return labels;
}

/// Whether labels hold each of filters ("key": any value; "key=value"), as
/// the engine's label filter matches them.
inline bool matchesLabelFilters(const Labels &labels, const QStringList &filters)
{
    for (const QString &filter : filters) {
        const qsizetype equals = filter.indexOf(u'=');
        const QString key = equals < 0 ? filter : filter.left(equals);
        if (!labels.contains(key) || (equals >= 0 && labels.value(key) != filter.mid(equals + 1)))
            return false;
    }
    return true;
}

}  // namespace Hublot::Engine
