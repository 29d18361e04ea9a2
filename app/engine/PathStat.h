// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hublot::Engine {

/// What HEAD /containers/{id}/archive says about a path in a container
/// (the X-Docker-Container-Path-Stat header, `docker container cp`'s stat).
struct PathStat
{
    QString name;
    qint64 size = 0;
    quint32 mode = 0;  ///< Go's os.FileMode: permission bits plus Go's type bits
    QDateTime modified;
    QString linkTarget;  ///< for a symbolic link, the path it resolves to

    [[nodiscard]] quint32 permissions() const { return mode & 07777; }
    [[nodiscard]] bool isDirectory() const { return (mode & (1U << 31)) != 0; }
    [[nodiscard]] bool isSymLink() const { return (mode & (1U << 27)) != 0; }

    /// Reads the header's value (base64 of a JSON object); nothing when it is not that.
    static std::optional<PathStat> fromHeader(const QByteArray &value);
};

}  // namespace Hublot::Engine
