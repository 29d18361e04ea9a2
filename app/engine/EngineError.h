// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hublot::Engine {

/// What went wrong talking to an engine, in terms the UI can turn into a
/// translated sentence. The engine layer never writes user-facing text: it
/// keeps the technical detail (the engine's own message, the request) here.
struct EngineError
{
    enum class Kind {
        Unknown,
        InvalidDockerHost,  ///< DOCKER_HOST (or a context) cannot be understood
        SocketMissing,  ///< the engine's unix socket does not exist
        PermissionDenied,  ///< the socket exists but this user may not open it
        EngineNotRunning,  ///< nothing answers at the address (connection refused)
        HostUnreachable,  ///< a TCP host that cannot be resolved or reached
        Timeout,  ///< no answer in time
        ConnectionLost,  ///< the connection dropped in the middle of a reply
        ApiTooOld,  ///< the engine speaks an API older than we support
        ApiTooNew,  ///< the engine's minimum API is newer than ours
        NotFound,  ///< 404: no such container, image, ...
        Conflict,  ///< 409: name in use, container running, ...
        BadRequest,  ///< 400: the engine refused the parameters
        ServerError,  ///< 500 and other engine-side failures
        MalformedReply,  ///< a reply that is not what the API promises
        Cancelled,  ///< the request was cancelled by Hublot
        ContextNotFound,  ///< DOCKER_CONTEXT or config.json names a context that does not exist
        ContextInvalid,  ///< a context's meta.json cannot be read or is not what the CLI writes
        TlsFileMissing,  ///< a certificate or key file does not exist or cannot be read (path)
        TlsFileInvalid,  ///< a certificate or key file holds no usable PEM certificate or key (path)
        TlsUntrustedCertificate,  ///< the engine's certificate is not signed by the CA we trust
        TlsCertificateExpired,  ///< the engine's certificate has expired (or is not valid yet)
        TlsHostNameMismatch,  ///< the engine's certificate is for another host name
        TlsClientCertificateRefused,  ///< the engine refused our client certificate, or wanted one
        SshClientMissing,  ///< the ssh client could not be started (not installed?)
        SshHostKeyUnknown,  ///< ssh: the host's key is not in known_hosts (never accepted silently)
        SshHostKeyChanged,  ///< ssh: the host's key differs from the one in known_hosts
        SshAuthenticationFailed,  ///< ssh: the server refused every key or method offered
        SshConnectionRefused,  ///< ssh: nothing listens on the ssh port
        SshRemoteDockerMissing,  ///< ssh worked, but the remote host has no `docker` command
        SshFailed,  ///< ssh failed otherwise; engineMessage carries ssh's own message
        NoSuchContainer,  ///< 404 naming a container that does not exist
        NoSuchImage,  ///< 404: the image is not held locally (inspect, remove, create from it)
        NameInUse,  ///< 409: another container (or network, volume) already has that name
        ContainerRunning,  ///< 409: the container must be stopped first (remove without force)
        ContainerNotRunning,  ///< 409: the operation needs a running container (pause, kill)
        PortAlreadyAllocated,  ///< a published host port is taken by another container or process
        RegistryUnreachable,  ///< the registry cannot be resolved or connected to (DNS, refused, offline)
        RegistryUnauthorized,  ///< the registry refused: credentials missing or wrong, or access denied
        LocalFileFailed,  ///< a local file or folder could not be read or written (path)
        MalformedArchive,  ///< a tar that cannot be read (path: the spooled or given file)
        BuildFailed,  ///< an image build stopped: engineMessage is the engine's error line
    };

    Kind kind = Kind::Unknown;
    int httpStatus = 0;  ///< HTTP status when the engine answered, else 0
    QString engineMessage;  ///< the engine's "message", or the system's error text
    QString request;  ///< what was asked, e.g. "GET /containers/json"
    QString address;  ///< the endpoint, e.g. "unix:///var/run/docker.sock"
    QString path;  ///< a local file the error is about: a certificate, a key, a context's meta.json

    static EngineError make(Kind kind, QString engineMessage = {}, QString request = {});

    /// Maps an HTTP status the engine answered with to a kind.
    static Kind kindForStatus(int httpStatus);

    /// The most precise kind for an engine's answer: its status refined by
    /// its message (the engine has no error codes, only phrases). httpStatus
    /// is 0 for an error reported inside a progress stream.
    static Kind kindFor(int httpStatus, const QString &engineMessage);

    /// This error with its kind refined by kindFor() when the engine answered.
    [[nodiscard]] EngineError refined() const;

    /// The kind's name in the code ("SocketMissing"), for logs and tests.
    static QString kindName(Kind kind);

    /// One line for logs: kind, status, request and message.
    [[nodiscard]] QString technicalSummary() const;
};

}  // namespace Hublot::Engine
