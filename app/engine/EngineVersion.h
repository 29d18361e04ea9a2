// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hublot::Engine {

/// What the engine reports on GET /version (the "Server" half of `docker version`).
struct EngineVersion
{
    struct Component
    {
        QString name;
        QString version;
        QString gitCommit;
        bool operator==(const Component &) const = default;
    };

    QString platformName;
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString gitCommit;
    QString goVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    QString buildTime;
    QList<Component> components;

    /// The component of that name ("containerd", "runc", "docker-init"), or an empty one.
    [[nodiscard]] Component component(const QString &name) const;

    static EngineVersion fromJson(const QJsonObject &json);

    bool operator==(const EngineVersion &) const = default;
};

}  // namespace Hublot::Engine
