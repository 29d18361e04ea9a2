// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// When the engine restarts a container that stopped (HostConfig.RestartPolicy).
struct RestartPolicy
{
    enum class Mode { No, Always, UnlessStopped, OnFailure };

    Mode mode = Mode::No;
    int maximumRetryCount = 0;  ///< for OnFailure; 0: no limit

    static QString modeName(Mode mode)
    {
        switch (mode) {
        case Mode::Always: return QStringLiteral("always");
        case Mode::UnlessStopped: return QStringLiteral("unless-stopped");
        case Mode::OnFailure: return QStringLiteral("on-failure");
        case Mode::No: break;
        }
        return QStringLiteral("no");
    }

    static RestartPolicy fromJson(const QJsonObject &json)
    {
        RestartPolicy policy;
        const QString name = json.value(u"Name").toString();
        if (name == u"always")
            policy.mode = Mode::Always;
        else if (name == u"unless-stopped")
            policy.mode = Mode::UnlessStopped;
        else if (name == u"on-failure")
            policy.mode = Mode::OnFailure;
        policy.maximumRetryCount = json.value(u"MaximumRetryCount").toInt();
        return policy;
    }

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject json {{QStringLiteral("Name"), modeName(mode)}};
        if (mode == Mode::OnFailure)
            json.insert(QStringLiteral("MaximumRetryCount"), maximumRetryCount);
        return json;
    }

    bool operator==(const RestartPolicy &) const = default;
};

}  // namespace Hublot::Engine
