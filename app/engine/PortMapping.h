// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hublot::Engine {

/// A container port and where it is published on the host.
struct PortMapping
{
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");  ///< "tcp", "udp" or "sctp"
    QString hostIp;  ///< empty: every address of the host
    int hostPort = 0;  ///< 0: a free port the engine picks

    /// The engine's key for the port: "80/tcp".
    [[nodiscard]] QString key() const { return QString::number(containerPort) + u'/' + protocol; }

    bool operator==(const PortMapping &) const = default;
};

}  // namespace Hublot::Engine
