// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"

#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// Where an engine listens, as given by DOCKER_HOST, a Docker context or the
/// platform default, and how to speak TLS to it.
struct EngineEndpoint
{
    enum class Transport {
        UnixSocket,  ///< a unix socket; on Windows, a named pipe (npipe://), which Qt reaches the same way
        Tcp,
        Ssh,  ///< `docker system dial-stdio` run on host through the system's ssh client
    };

    /// TLS for a Tcp endpoint, as DOCKER_TLS_VERIFY and DOCKER_CERT_PATH or a
    /// context's TLS folder give it. An empty file path means "none".
    struct Tls
    {
        bool enabled = false;  ///< https instead of http
        bool verifyPeer = true;  ///< check the engine's certificate against caFile and its host name
        QString caFile;  ///< the only CA trusted for the engine's certificate
        QString certFile;  ///< the client certificate shown to the engine
        QString keyFile;  ///< the client certificate's private key

        bool operator==(const Tls &) const = default;
    };

    Transport transport = Transport::UnixSocket;
    QString socketPath;  ///< for UnixSocket; for Ssh, the engine's socket on the remote host (empty: its default)
    QString user;  ///< for Ssh; empty: the one ssh's configuration gives
    QString host;  ///< for Tcp and Ssh
    int port = 0;  ///< for Tcp; for Ssh, 0 leaves the port to ssh's configuration
    Tls tls;  ///< for Tcp
    /// For Ssh: more arguments for the ssh client, placed before the host
    /// (from HUBLOT_SSH_OPTIONS, e.g. "-F /path/to/config"). They cannot
    /// turn off strict host-key checking: Hublot's own -o options come first,
    /// and for ssh the first value given for an option wins.
    QStringList sshOptions;
    QString source;  ///< where the address came from: "DOCKER_HOST", "DOCKER_CONTEXT", "config.json", "default"
    QString context;  ///< the Docker context it belongs to ("default" for DOCKER_HOST and the default socket)

    /// The address written as DOCKER_HOST would be, e.g. "unix:///run/docker.sock".
    [[nodiscard]] QString address() const;

    /// Parses a DOCKER_HOST value: unix:///path, tcp://host:port (port 2376
    /// by default with TLS, 2375 without), ssh://[user@]host[:port][/remote/socket/path]
    /// (as the docker CLI reads it: no password, query or fragment), or a
    /// bare absolute socket path. Anything else is an InvalidDockerHost error
    /// naming the value.
    static Result<EngineEndpoint> parse(const QString &dockerHost, bool tls = false);

    /// The endpoint the docker CLI would use with this environment: the
    /// active Docker context (DOCKER_HOST beats DOCKER_CONTEXT beats
    /// currentContext in config.json beats the default context), see
    /// DockerContexts. Reads files, never the network. For ssh:// endpoints,
    /// HUBLOT_SSH_OPTIONS in env (split as a shell would, without expansion)
    /// gives sshOptions.
    static Result<EngineEndpoint> fromEnvironment(const QProcessEnvironment &env);

    /// The default context: DOCKER_HOST with DOCKER_TLS_VERIFY, DOCKER_TLS
    /// and DOCKER_CERT_PATH (default: the docker config folder) as the CLI
    /// reads them, else the platform's default socket (/var/run/docker.sock).
    /// With DOCKER_TLS_VERIFY, ca.pem, cert.pem and key.pem must be readable
    /// (TlsFileMissing or TlsFileInvalid naming the file).
    static Result<EngineEndpoint> fromDockerHost(const QProcessEnvironment &env);

    /// The standard socket, /var/run/docker.sock (on Windows, the pipe
    /// //./pipe/docker_engine).
    static QString defaultSocketPath();
    /// Where an engine listens when nothing names one: the first socket that
    /// exists of /var/run/docker.sock, a rootless engine's
    /// $XDG_RUNTIME_DIR/docker.sock, and Podman's Docker-compatible sockets
    /// ($XDG_RUNTIME_DIR/podman/podman.sock, /run/podman/podman.sock);
    /// the standard one when none does.
    static QString defaultSocketPath(const QProcessEnvironment &env);

    /// Reads the TLS files into a configuration: the CA from caFile only,
    /// the client certificate and key, peer verification as tls.verifyPeer.
    /// A file that is missing or unreadable gives TlsFileMissing, one with
    /// no usable PEM content TlsFileInvalid; error.path names it.
    [[nodiscard]] Result<QSslConfiguration> sslConfiguration() const;

    bool operator==(const EngineEndpoint &) const = default;
};

}  // namespace Hublot::Engine
