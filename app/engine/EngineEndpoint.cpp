// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEndpoint.h"

#include <QUrl>

namespace Hublot::Engine {

QString EngineEndpoint::address() const
{
    if (transport == Transport::UnixSocket)
        return u"unix://" + socketPath;
    // An IPv6 address is written in brackets, or its colons would read as the port's.
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    return u"tcp://" + hostPart + u':' + QString::number(port);
}

QString EngineEndpoint::defaultSocketPath()
{
    return QStringLiteral("/var/run/docker.sock");
}

Result<EngineEndpoint> EngineEndpoint::parse(const QString &dockerHost)
{
    const QString value = dockerHost.trimmed();
    auto invalid = [&value](const QString &why) {
        EngineError error = EngineError::make(EngineError::Kind::InvalidDockerHost, why);
        error.address = value;
        return error;
    };

    EngineEndpoint endpoint;
    if (value.startsWith(u'/')) {
        endpoint.socketPath = value;
        return endpoint;
    }
    if (value.startsWith(u"unix://")) {
        endpoint.socketPath = value.mid(7);
        if (!endpoint.socketPath.startsWith(u'/'))
            return invalid(QStringLiteral("a unix socket path must be absolute"));
        return endpoint;
    }
    if (value.startsWith(u"tcp://")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(QStringLiteral("no host name in the address"));
        if (!url.path().isEmpty() && url.path() != u"/")
            return invalid(QStringLiteral("a tcp address has no path"));
        endpoint.transport = Transport::Tcp;
        endpoint.host = url.host();
        endpoint.port = url.port(2375);
        return endpoint;
    }
    if (value.isEmpty())
        return invalid(QStringLiteral("the address is empty"));
    const qsizetype schemeEnd = value.indexOf(u"://");
    if (schemeEnd > 0)
        return invalid(u"unsupported scheme \"" + value.left(schemeEnd) + u'"');
    return invalid(QStringLiteral("no scheme (expected unix:// or tcp://)"));
}

Result<EngineEndpoint> EngineEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty()) {
        Result<EngineEndpoint> parsed = parse(dockerHost);
        if (!parsed.ok())
            return parsed;
        EngineEndpoint endpoint = parsed.value();
        endpoint.source = QStringLiteral("DOCKER_HOST");
        return endpoint;
    }
    EngineEndpoint endpoint;
    endpoint.socketPath = defaultSocketPath();
    endpoint.source = QStringLiteral("default");
    return endpoint;
}

}  // namespace Hublot::Engine
