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
