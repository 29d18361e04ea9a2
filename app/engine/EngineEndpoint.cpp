// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEndpoint.h"

#include <QProcess>
#include <QUrl>

#include <algorithm>

namespace Hublot::Engine {

QString EngineEndpoint::address() const
{
    switch (transport) {
    case Transport::UnixSocket: return u"unix://" + socketPath;
    case Transport::Tcp: break;
    case Transport::Ssh: {
        QUrl url;
        url.setScheme(QStringLiteral("ssh"));
        url.setUserName(user);
        url.setHost(host);
        if (port > 0)
            url.setPort(port);
        url.setPath(socketPath);
        return url.toString(QUrl::FullyEncoded);
    }
    }
    return u"tcp://" + host + u':' + QString::number(port);
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
    if (value.startsWith(u"ssh://")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid())
            return invalid(u"not a valid address: " + url.errorString());
        if (url.host().isEmpty())
            return invalid(QStringLiteral("no host name in the address"));
        if (!url.password().isEmpty())
            return invalid(QStringLiteral("a password in an ssh address is not supported"));
        if (url.hasQuery())
            return invalid(QStringLiteral("an ssh address has no query"));
        if (url.hasFragment())
            return invalid(QStringLiteral("an ssh address has no fragment"));
        // ssh would read a host or user that starts with '-' as an option.
        if (url.host().startsWith(u'-') || url.userName().startsWith(u'-'))
            return invalid(QStringLiteral("a host or user name cannot start with '-'"));
        const QString path = url.path();
        if (!path.isEmpty() && path != u"/" && !path.startsWith(u'/'))
            return invalid(QStringLiteral("the remote socket path must be absolute"));
        endpoint.transport = Transport::Ssh;
        endpoint.user = url.userName();
        endpoint.host = url.host();
        endpoint.port = std::max(url.port(0), 0);
        endpoint.socketPath = path == u"/" ? QString() : path;
        return endpoint;
    }
    if (value.isEmpty())
        return invalid(QStringLiteral("the address is empty"));
    const qsizetype schemeEnd = value.indexOf(u"://");
    if (schemeEnd > 0)
        return invalid(u"unsupported scheme \"" + value.left(schemeEnd) + u'"');
    return invalid(QStringLiteral("no scheme (expected unix://, tcp:// or ssh://)"));
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
        if (endpoint.transport == Transport::Ssh)
            endpoint.sshOptions = QProcess::splitCommand(env.value(QStringLiteral("HUBLOT_SSH_OPTIONS")));
        return endpoint;
    }
    EngineEndpoint endpoint;
    endpoint.socketPath = defaultSocketPath();
    endpoint.source = QStringLiteral("default");
    return endpoint;
}

}  // namespace Hublot::Engine
