// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"
#include "engine/StdStream.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <optional>
#include <utility>

class QIODevice;

namespace Hublot::Engine {

/// One hijacked HTTP connection to the engine (exec start, attach): the
/// request asks to upgrade the connection, and once the engine answers
/// 101 Switching Protocols (200 from engines before API 1.24's upgrade) the
/// socket carries the process's stdin one way and its output the other.
/// Qt's HTTP stack cannot hand over the socket, so this opens its own:
/// a QLocalSocket for a unix endpoint (or a named pipe), a QTcpSocket for a
/// TCP one, a QSslSocket for TCP with TLS (the same checks, and the same
/// typed errors, as EngineClient's requests), and for an ssh endpoint the
/// stdin and stdout of its own ssh run of `docker system dial-stdio`, with
/// SshDialer's arguments (strict host keys) and ssh's failures as typed
/// errors. EngineClient::openHijacked() makes one with the client's TLS
/// files, read once; made directly, a connection reads them itself.
/// A plain request answered 200 (a log, which LogStream reads here for
/// speed) works the same: the answer's body, chunked or of a given length,
/// is then the stream, and ended() comes at its end.
///
/// Lives on the thread that created it and never blocks it. Call start()
/// after connecting the signals. Output arrives as data() when framing is
/// Raw (a TTY), as frame() when Multiplexed (no TTY: Docker's 8-byte
/// frames, demultiplexed here). ended() is emitted exactly once and ends the
/// operation: with no error when the engine closes the stream, else with
/// the typed error (the engine's status and message when it refused the
/// request, Cancelled after cancel()).
class HijackedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HijackedConnection)

public:
    enum class Framing { Raw, Multiplexed };

    /// path is the API path without the version prefix ("/exec/ID/start");
    /// apiVersion ("1.45") is put before it when not empty. body is sent as
    /// application/json.
    HijackedConnection(EngineEndpoint endpoint, QString apiVersion, QByteArray verb, QString path, QUrlQuery query,
                       QByteArray body, Framing framing, QObject *parent = nullptr);
    ~HijackedConnection() override;

    /// For an operation whose client is gone: a connection that, once
    /// started, ends at once as Cancelled without connecting anywhere.
    static HijackedConnection *withoutClient(const QByteArray &verb, const QString &path, QObject *parent);

    /// Connects to this local socket instead of the endpoint's socketPath
    /// (on Windows, the named pipe's native name). Call before start().
    void setLocalServerName(const QString &name);
    /// The TLS settings for a TCP endpoint with TLS, instead of reading the
    /// endpoint's files. Call before start().
    void setSslConfiguration(const QSslConfiguration &config);

    /// Connects and sends the request.
    void start();
    /// Sends bytes to the process's stdin; bytes written before the stream
    /// is established are kept and sent once it is.
    void write(const QByteArray &bytes);
    /// Closes our side of the stream once what was written has been sent,
    /// so that the process reads end of file on stdin. Where the socket
    /// cannot be half-closed (a Windows named pipe) this does nothing.
    void closeWrite();
    /// Closes the connection; ended() follows with kind Cancelled.
    void cancel();

    [[nodiscard]] bool isEstablished() const { return m_established; }
    [[nodiscard]] bool isRunning() const { return !m_ended; }
    /// What was asked, for errors: "POST /exec/ID/start".
    [[nodiscard]] QString what() const { return m_what; }

Q_SIGNALS:
    /// The engine accepted the upgrade: the stream is open both ways.
    void established();
    /// Output of a TTY (Framing::Raw), as it arrives.
    void data(const QByteArray &bytes);
    /// One demultiplexed frame of output (Framing::Multiplexed).
    void frame(Hublot::Engine::StdStream stream, const QByteArray &payload);
    void ended(const std::optional<Hublot::Engine::EngineError> &error);

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(const QString &message, EngineError::Kind kind);
    void queueSocketError(EngineError::Kind kind, const QString &message);
    void startLocal(const QString &name);
    void startTcp();
    void startSsh();
    void readHead();
    void readErrorBody();
    void readStream(bool fromSocket);
    void flushWrites();
    void shutdownWrite();
    void fail(EngineError::Kind kind, const QString &message, int httpStatus = 0);
    void finish(const std::optional<EngineError> &error);

    EngineEndpoint m_endpoint;
    QByteArray m_request;
    QString m_what;
    Framing m_framing;
    QPointer<QIODevice> m_socket;
    QString m_localServerName;
    std::optional<QSslConfiguration> m_ssl;
    QList<QSslError::SslError> m_sslErrors;  ///< what the TLS layer found wrong with the engine's certificate
    QByteArray m_sshErrors;  ///< for ssh: what ssh wrote to stderr
    std::optional<std::pair<EngineError::Kind, QString>> m_socketError;  ///< reported, not yet handled
    QTimer m_headTimer;
    /// How the stream's bytes follow the head: after an upgrade, until the
    /// engine closes; after a 200, as its body.
    enum class Body { UntilClose, Chunked, Length };
    Body m_body = Body::UntilClose;
    qint64 m_bodyRemaining = 0;  ///< for Length
    bool m_bodyEnded = false;
    QByteArray m_buffer;  ///< received, not yet parsed
    QByteArray m_decoded;  ///< for Chunked: the body's bytes out of their chunks, not yet parsed
    QByteArray m_pendingWrites;
    int m_errorStatus = 0;  ///< the status of a refused request, while its body arrives
    qsizetype m_errorBodyLength = -1;
    bool m_connected = false;
    bool m_established = false;
    bool m_closeWriteWanted = false;
    bool m_writeClosed = false;
    bool m_ended = false;
    bool m_noClient = false;  ///< made by withoutClient()
};

}  // namespace Hublot::Engine
