// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Hublot::Engine {

/// The processes running in a container (GET /containers/{id}/top): ps's
/// column titles and one row of cells per process.
struct ProcessList
{
    QStringList titles;  ///< "UID", "PID", ..., "CMD"
    QList<QStringList> processes;

    /// The column of a title, or -1.
    [[nodiscard]] qsizetype column(const QString &title) const { return titles.indexOf(title); }

    static ProcessList fromJson(const QJsonObject &json)
    {
        ProcessList list;
        for (const QJsonValue &title : json.value(u"Titles").toArray())
            list.titles.append(title.toString());
        for (const QJsonValue &row : json.value(u"Processes").toArray()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells.append(cell.toString());
            list.processes.append(cells);
        }
        return list;
    }

    bool operator==(const ProcessList &) const = default;
};

}  // namespace Hublot::Engine
