// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PathStat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Hublot::Engine {

std::optional<PathStat> PathStat::fromHeader(const QByteArray &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.trimmed());
    if (!decoded)
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(*decoded);
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.object();
    PathStat stat;
    stat.name = object.value(u"name").toString();
    stat.size = object.value(u"size").toInteger();
    stat.mode = quint32(object.value(u"mode").toInteger());
    stat.linkTarget = object.value(u"linkTarget").toString();
    // Go writes nanoseconds ("...05.123456789Z"); Qt reads at most milliseconds.
    QString mtime = object.value(u"mtime").toString();
    if (const qsizetype dot = mtime.indexOf(u'.'); dot >= 0) {
        qsizetype end = dot + 1;
        while (end < mtime.size() && mtime.at(end).isDigit())
            ++end;
        mtime = mtime.left(dot) + mtime.mid(dot, std::min<qsizetype>(end - dot, 4)) + mtime.mid(end);
    }
    stat.modified = QDateTime::fromString(mtime, Qt::ISODateWithMs);
    return stat;
}

}  // namespace Hublot::Engine
