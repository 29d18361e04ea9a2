// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineError.h"

namespace Hublot::Engine {

EngineError EngineError::make(Kind kind, QString engineMessage, QString request)
{
    EngineError error;
    error.kind = kind;
    error.engineMessage = std::move(engineMessage);
    error.request = std::move(request);
    return error;
}

EngineError::Kind EngineError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400: return Kind::BadRequest;
    case 404: return Kind::NotFound;
    case 409: return Kind::Conflict;
    default: return httpStatus >= 500 ? Kind::ServerError : Kind::Unknown;
    }
}

EngineError::Kind EngineError::kindFor(int httpStatus, const QString &engineMessage)
{
    const QString m = engineMessage.toLower();
    auto has = [&m](QStringView phrase) {
        return m.contains(phrase);
    };
    // Registry failures come first: the engine reports them with statuses
    // (404, 500) that also mean other things.
    if (has(u"port is already allocated") || has(u"address already in use"))
        return Kind::PortAlreadyAllocated;
    if (has(u"unauthorized") || has(u"authentication required") || has(u"no basic auth credentials")
        || has(u"access denied") || has(u"requested access to the resource is denied")
        || has(u"may require 'docker login'"))
        return Kind::RegistryUnauthorized;
    if (has(u"no such host") || has(u"server misbehaving") || has(u"dial tcp") || has(u"connection refused")
        || has(u"i/o timeout") || has(u"network is unreachable") || has(u"temporary failure in name resolution"))
        return Kind::RegistryUnreachable;
    if (httpStatus == 404 || httpStatus == 0) {
        if (has(u"no such container"))
            return Kind::NoSuchContainer;
        if (has(u"no such image") || has(u"manifest unknown") || (has(u"manifest for") && has(u"not found")))
            return Kind::NoSuchImage;
    }
    if (httpStatus == 409 || httpStatus == 0) {
        if (has(u"is already in use") || has(u"already exists"))
            return Kind::NameInUse;
        if (has(u"cannot remove a running container") || has(u"stop the container before")
            || has(u"container is running"))
            return Kind::ContainerRunning;
        if (has(u"is not running") || has(u"is not paused"))
            return Kind::ContainerNotRunning;
    }
    return httpStatus > 0 ? kindForStatus(httpStatus) : Kind::Unknown;
}

EngineError EngineError::refined() const
{
    EngineError error = *this;
    if (httpStatus > 0)
        error.kind = kindFor(httpStatus, engineMessage);
    return error;
}

QString EngineError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown: return QStringLiteral("Unknown");
    case Kind::InvalidDockerHost: return QStringLiteral("InvalidDockerHost");
    case Kind::SocketMissing: return QStringLiteral("SocketMissing");
    case Kind::PermissionDenied: return QStringLiteral("PermissionDenied");
    case Kind::EngineNotRunning: return QStringLiteral("EngineNotRunning");
    case Kind::HostUnreachable: return QStringLiteral("HostUnreachable");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::ConnectionLost: return QStringLiteral("ConnectionLost");
    case Kind::ApiTooOld: return QStringLiteral("ApiTooOld");
    case Kind::ApiTooNew: return QStringLiteral("ApiTooNew");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::Conflict: return QStringLiteral("Conflict");
    case Kind::BadRequest: return QStringLiteral("BadRequest");
    case Kind::ServerError: return QStringLiteral("ServerError");
    case Kind::MalformedReply: return QStringLiteral("MalformedReply");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::ContextNotFound: return QStringLiteral("ContextNotFound");
    case Kind::ContextInvalid: return QStringLiteral("ContextInvalid");
    case Kind::TlsFileMissing: return QStringLiteral("TlsFileMissing");
    case Kind::TlsFileInvalid: return QStringLiteral("TlsFileInvalid");
    case Kind::TlsUntrustedCertificate: return QStringLiteral("TlsUntrustedCertificate");
    case Kind::TlsCertificateExpired: return QStringLiteral("TlsCertificateExpired");
    case Kind::TlsHostNameMismatch: return QStringLiteral("TlsHostNameMismatch");
    case Kind::TlsClientCertificateRefused: return QStringLiteral("TlsClientCertificateRefused");
    case Kind::SshClientMissing: return QStringLiteral("SshClientMissing");
    case Kind::SshHostKeyUnknown: return QStringLiteral("SshHostKeyUnknown");
    case Kind::SshHostKeyChanged: return QStringLiteral("SshHostKeyChanged");
    case Kind::SshAuthenticationFailed: return QStringLiteral("SshAuthenticationFailed");
    case Kind::SshConnectionRefused: return QStringLiteral("SshConnectionRefused");
    case Kind::SshRemoteDockerMissing: return QStringLiteral("SshRemoteDockerMissing");
    case Kind::SshFailed: return QStringLiteral("SshFailed");
    case Kind::NoSuchContainer: return QStringLiteral("NoSuchContainer");
    case Kind::NoSuchImage: return QStringLiteral("NoSuchImage");
    case Kind::NameInUse: return QStringLiteral("NameInUse");
    case Kind::ContainerRunning: return QStringLiteral("ContainerRunning");
    case Kind::ContainerNotRunning: return QStringLiteral("ContainerNotRunning");
    case Kind::PortAlreadyAllocated: return QStringLiteral("PortAlreadyAllocated");
    case Kind::RegistryUnreachable: return QStringLiteral("RegistryUnreachable");
    case Kind::RegistryUnauthorized: return QStringLiteral("RegistryUnauthorized");
    case Kind::LocalFileFailed: return QStringLiteral("LocalFileFailed");
    case Kind::MalformedArchive: return QStringLiteral("MalformedArchive");
    case Kind::BuildFailed: return QStringLiteral("BuildFailed");
    }
    return QStringLiteral("Unknown");
}

QString EngineError::technicalSummary() const
{
    QString line = kindName(kind);
    if (httpStatus)
        line += u" (HTTP " + QString::number(httpStatus) + u')';
    if (!request.isEmpty())
        line += u" on " + request;
    if (!address.isEmpty())
        line += u" at " + address;
    if (!path.isEmpty())
        line += u" (file " + path + u')';
    if (!engineMessage.isEmpty())
        line += u": " + engineMessage;
    return line;
}

}  // namespace Hublot::Engine
