// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/HijackedConnection.h"

#include "engine/ChunkedBodyParser.h"
#include "engine/HttpResponseHeadParser.h"
#include "engine/MultiplexedStreamParser.h"
#include "engine/SshDialer.h"
#include "engine/SshFailure.h"
#include "engine/TlsFailure.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Hublot::Engine {

namespace {

constexpr int HeadTimeoutMs = 30'000;
// An error body is a short JSON message; more than this is not one.
constexpr qsizetype MaxErrorBody = 64 * 1024;

// A chunked body, once its last chunk is in; nullopt while it is not.
std::optional<QByteArray> dechunk(QByteArrayView bytes)
{
    QByteArray body;
    for (;;) {
        const ChunkedBodyParser::Step step = ChunkedBodyParser::parse(bytes);
        if (step.status == ChunkedBodyParser::Status::Incomplete)
            return std::nullopt;
        if (step.status == ChunkedBodyParser::Status::Malformed)
            return body + bytes.toByteArray();  // not chunked after all: keep what came
        if (step.last)
            return body;
        body.append(step.data);
        bytes = bytes.sliced(step.consumed);
    }
}

// Appends what the socket holds to buffer, without a copy in between.
void appendAvailable(QIODevice *socket, QByteArray &buffer)
{
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    if (buffer.isEmpty()) {
        buffer = socket->read(available);
        return;
    }
    const qsizetype size = buffer.size();
    buffer.resize(size + qsizetype(available));
    const qint64 read = socket->read(buffer.data() + size, available);
    buffer.resize(size + qsizetype(std::max<qint64>(read, 0)));
}

QString messageOf(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject())
        return json.object().value(u"message").toString();
    return QString::fromUtf8(body).trimmed().left(500);
}

}  // namespace

HijackedConnection::HijackedConnection(EngineEndpoint endpoint, QString apiVersion, QByteArray verb, QString path,
                                       QUrlQuery query, QByteArray body, Framing framing, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_what(QString::fromLatin1(verb) + u' ' + path)
    , m_framing(framing)
{
    QByteArray target = QUrl::toPercentEncoding(apiVersion.isEmpty() ? path : u"/v" + apiVersion + path, "/");
    if (!query.isEmpty())
        target += '?' + query.toString(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = m_endpoint.transport == EngineEndpoint::Transport::Tcp
        ? QUrl::toAce(m_endpoint.host) + ':' + QByteArray::number(m_endpoint.port)
        : QByteArrayLiteral("localhost");
    m_request = verb + ' ' + target
        + " HTTP/1.1\r\n"
          "Host: "
        + host
        + "\r\n"
          "User-Agent: Hublot/" HUBLOT_VERSION "\r\n"
          "Content-Type: application/json\r\n"
          "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Connection: Upgrade\r\n"
          "Upgrade: tcp\r\n"
          "\r\n"
        + body;
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(HeadTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this,
            [this] { fail(EngineError::Kind::Timeout, QStringLiteral("no answer to the upgrade request")); });
}

HijackedConnection::~HijackedConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        if (auto *process = qobject_cast<QProcess *>(m_socket))
            process->kill();
        else
            m_socket->close();
    }
}

HijackedConnection *HijackedConnection::withoutClient(const QByteArray &verb, const QString &path, QObject *parent)
{
    auto *connection = new HijackedConnection({}, {}, verb, path, {}, {}, Framing::Raw, parent);
    connection->m_noClient = true;
    return connection;
}

void HijackedConnection::setLocalServerName(const QString &name)
{
    m_localServerName = name;
}

void HijackedConnection::setSslConfiguration(const QSslConfiguration &config)
{
    m_ssl = config;
}

void HijackedConnection::start()
{
    if (m_socket || m_ended)
        return;
    if (m_noClient) {
        QMetaObject::invokeMethod(
            this, [this] { fail(EngineError::Kind::Cancelled, QStringLiteral("the client is gone")); },
            Qt::QueuedConnection);
        return;
    }
    m_headTimer.start();
    switch (m_endpoint.transport) {
    case EngineEndpoint::Transport::UnixSocket:
        startLocal(m_localServerName.isEmpty() ? m_endpoint.socketPath : m_localServerName);
        break;
    case EngineEndpoint::Transport::Ssh: startSsh(); break;
    case EngineEndpoint::Transport::Tcp: startTcp(); break;
    }
    if (!m_socket)
        return;
    connect(m_socket.data(), &QIODevice::readyRead, this, &HijackedConnection::onReadyRead);
    connect(m_socket.data(), &QIODevice::bytesWritten, this, [this] {
        if (m_closeWriteWanted)
            shutdownWrite();
    });
}

// A socket may report a failure from inside connectTo*(): it is handled
// from the event loop, so that ended() never comes out of start().
void HijackedConnection::startLocal(const QString &name)
{
    auto *socket = new QLocalSocket(this);
    m_socket = socket;
    connect(socket, &QLocalSocket::connected, this, &HijackedConnection::onConnected);
    connect(socket, &QLocalSocket::disconnected, this, &HijackedConnection::onDisconnected);
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket, name](QLocalSocket::LocalSocketError error) {
        if (error == QLocalSocket::PeerClosedError)
            return;  // disconnected() says how the stream ended
        EngineError::Kind kind = m_connected ? EngineError::Kind::ConnectionLost : EngineError::Kind::Unknown;
        if (!m_connected) {
            if (!QFileInfo::exists(name))
                kind = EngineError::Kind::SocketMissing;
            else if (error == QLocalSocket::SocketAccessError)
                kind = EngineError::Kind::PermissionDenied;
            else if (error == QLocalSocket::SocketTimeoutError)
                kind = EngineError::Kind::Timeout;
            else
                kind = EngineError::Kind::EngineNotRunning;
        }
        queueSocketError(kind, socket->errorString());
    });
    socket->connectToServer(name);
}

// Over ssh the stream is the stdin and stdout of its own `docker system
// dial-stdio` run, rather than a connection through the client's
// SshDialer: a local socket cannot be half-closed there, and stdin must end
// while the output still comes back (`echo text | docker exec -i`).
void HijackedConnection::startSsh()
{
    auto *process = new QProcess(this);
    m_socket = process;
    process->setProgram(SshDialer::program());
    process->setArguments(SshDialer::arguments(m_endpoint));
    connect(process, &QProcess::started, this, &HijackedConnection::onConnected);
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_sshErrors += process->readAllStandardError().left(MaxErrorBody - m_sshErrors.size());
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus) {
        if (m_ended)
            return;
        onReadyRead();
        if (m_ended)
            return;
        m_sshErrors += process->readAllStandardError().left(MaxErrorBody - m_sshErrors.size());
        if (!m_established && m_buffer.isEmpty() && m_errorStatus == 0) {
            // ssh ended before the engine said anything: ssh's reason.
            const EngineError failure = SshFailure::classify(exitCode, m_sshErrors);
            fail(failure.kind, failure.engineMessage);
            return;
        }
        onDisconnected();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            queueSocketError(EngineError::Kind::SshClientMissing,
                             SshDialer::program() + u": " + process->errorString());
    });
    process->start(QIODevice::ReadWrite);
}

void HijackedConnection::startTcp()
{
    QTcpSocket *socket = nullptr;
    QSslSocket *ssl = nullptr;
    if (m_endpoint.tls.enabled) {
        if (!m_ssl) {
            const Result<QSslConfiguration> config = m_endpoint.sslConfiguration();
            if (!config.ok()) {
                const EngineError error = config.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        EngineError named = error;
                        named.request = m_what;
                        named.address = m_endpoint.address();
                        finish(named);
                    },
                    Qt::QueuedConnection);
                return;
            }
            m_ssl = config.value();
        }
        ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_ssl);
        // Not ignored, these errors abort the handshake; the error handler reads them.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_sslErrors.append(error.error());
        });
        connect(ssl, &QSslSocket::encrypted, this, &HijackedConnection::onConnected);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] {
            if (m_closeWriteWanted)
                shutdownWrite();
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &HijackedConnection::onConnected);
    }
    m_socket = socket;
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::disconnected, this, &HijackedConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        const QString message = socket->errorString();
        EngineError::Kind kind = EngineError::Kind::ConnectionLost;
        if (error == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty())
            kind = TlsFailure::kindForSslErrors(m_sslErrors);
        else if (m_endpoint.tls.enabled && !m_established && TlsFailure::isClientCertificateAlert(message))
            kind = EngineError::Kind::TlsClientCertificateRefused;
        else {
            switch (error) {
            case QAbstractSocket::RemoteHostClosedError:
                // The engine ends a TLS stream with a close_notify alert and
                // keeps the TCP connection open: Qt reports that alert as
                // this error and no disconnected(). Read what came before it,
                // then end as disconnected() would.
                if (socket->inherits("QSslSocket"))
                    QMetaObject::invokeMethod(this, &HijackedConnection::onDisconnected, Qt::QueuedConnection);
                return;  // for plain TCP, disconnected() says how the stream ended
            case QAbstractSocket::ConnectionRefusedError: kind = EngineError::Kind::EngineNotRunning; break;
            case QAbstractSocket::HostNotFoundError:
            case QAbstractSocket::NetworkError: kind = EngineError::Kind::HostUnreachable; break;
            case QAbstractSocket::SocketTimeoutError: kind = EngineError::Kind::Timeout; break;
            default: kind = m_connected ? EngineError::Kind::ConnectionLost : EngineError::Kind::Unknown; break;
            }
        }
        queueSocketError(kind, message);
    });
    if (ssl)
        ssl->connectToHostEncrypted(m_endpoint.host, quint16(m_endpoint.port));
    else
        socket->connectToHost(m_endpoint.host, quint16(m_endpoint.port));
}

void HijackedConnection::queueSocketError(EngineError::Kind kind, const QString &message)
{
    // disconnected() may come before the queued call: it reads the error here.
    if (!m_socketError)
        m_socketError = std::make_pair(kind, message);
    QMetaObject::invokeMethod(this, [this, kind, message] { onSocketError(message, kind); }, Qt::QueuedConnection);
}

void HijackedConnection::onConnected()
{
    m_connected = true;
    m_socket->write(m_request);
    m_request.clear();
}

void HijackedConnection::onReadyRead()
{
    if (m_ended || !m_socket)
        return;
    if (!m_established && m_errorStatus == 0)
        readHead();
    else if (m_errorStatus != 0)
        readErrorBody();
    else
        readStream(true);
}

void HijackedConnection::readHead()
{
    m_buffer += m_socket->readAll();
    const HttpResponseHeadParser::Step head = HttpResponseHeadParser::parse(m_buffer);
    if (head.status == HttpResponseHeadParser::Status::Incomplete)
        return;
    m_headTimer.stop();
    if (head.status == HttpResponseHeadParser::Status::Malformed) {
        fail(EngineError::Kind::MalformedReply, head.error);
        return;
    }
    m_buffer.remove(0, head.consumed);
    if (head.statusCode == 101 || head.statusCode == 200) {
        // A 200 rather than an upgrade (engines before API 1.24, or a GET of
        // a log) carries the stream as its body, which may be chunked or
        // have a length: it ends there, not when the engine closes.
        if (head.statusCode == 200) {
            bool ok = false;
            const qint64 length = head.header("Content-Length").toLongLong(&ok);
            if (head.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0) {
                m_body = Body::Chunked;
            } else if (ok && length >= 0) {
                m_body = Body::Length;
                m_bodyRemaining = length;
            }
        }
        m_established = true;
        Q_EMIT established();
        if (m_ended)
            return;
        flushWrites();
        if (!m_buffer.isEmpty() || m_body == Body::Length)
            readStream(false);
        return;
    }
    m_errorStatus = head.statusCode;
    const QByteArray length = head.header("Content-Length");
    bool ok = false;
    m_errorBodyLength = length.isNull() ? -1 : length.toLongLong(&ok);
    if (!ok)
        m_errorBodyLength = head.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0 ? -2 : -1;
    readErrorBody();
}

void HijackedConnection::readErrorBody()
{
    m_buffer += m_socket->readAll();
    std::optional<QByteArray> body;
    if (m_errorBodyLength >= 0 && m_buffer.size() >= m_errorBodyLength)
        body = m_buffer.first(m_errorBodyLength);
    else if (m_errorBodyLength == -2)
        body = dechunk(m_buffer);
    if (!body && m_buffer.size() > MaxErrorBody)
        body = m_buffer.first(MaxErrorBody);
    // Without a length, the body ends when the engine closes: onDisconnected().
    if (body)
        fail(EngineError::kindForStatus(m_errorStatus), messageOf(*body), m_errorStatus);
}

void HijackedConnection::readStream(bool fromSocket)
{
    qsizetype received = m_buffer.size();
    if (fromSocket)
        appendAvailable(m_socket, m_buffer);
    // The stream's bytes: those read, or those taken out of the body's chunks.
    QByteArray *stream = &m_buffer;
    if (m_body == Body::Chunked) {
        qsizetype offset = 0;
        while (!m_bodyEnded) {
            const ChunkedBodyParser::Step step = ChunkedBodyParser::parse(QByteArrayView(m_buffer).sliced(offset));
            if (step.status == ChunkedBodyParser::Status::Malformed) {
                fail(EngineError::Kind::MalformedReply, step.error);
                return;
            }
            if (step.status == ChunkedBodyParser::Status::Incomplete)
                break;
            offset += step.consumed;
            m_bodyEnded = step.last;
            m_decoded.append(step.data);
        }
        m_buffer.remove(0, offset);
        stream = &m_decoded;
    } else if (m_body == Body::Length) {
        // Only the bytes read now count against the length; what comes after it is not the stream's.
        received = m_buffer.size() - (fromSocket ? received : 0);
        if (received >= m_bodyRemaining) {
            m_buffer.chop(received - m_bodyRemaining);
            m_bodyEnded = true;
        }
        m_bodyRemaining -= std::min<qint64>(received, m_bodyRemaining);
    }

    if (m_framing == Framing::Raw) {
        if (!stream->isEmpty())
            Q_EMIT data(std::exchange(*stream, {}));
    } else {
        qsizetype offset = 0;
        for (;;) {
            const auto step = MultiplexedStreamParser::parse(QByteArrayView(*stream).sliced(offset));
            if (step.status == MultiplexedStreamParser::Status::Malformed) {
                fail(EngineError::Kind::MalformedReply, step.error);
                return;
            }
            if (step.status == MultiplexedStreamParser::Status::Incomplete) {
                // Taking from the front of a QByteArray moves no bytes.
                stream->remove(0, offset);
                if (step.frameSize > stream->capacity())
                    stream->reserve(step.frameSize);
                break;
            }
            offset += step.consumed;
            Q_EMIT frame(step.stream, step.payload.toByteArray());
            if (m_ended)  // a receiver cancelled
                return;
        }
    }
    if (m_ended || !m_bodyEnded)
        return;
    if (!stream->isEmpty())
        fail(EngineError::Kind::MalformedReply, QStringLiteral("the stream ended inside a frame"));
    else
        finish(std::nullopt);
}

void HijackedConnection::onDisconnected()
{
    if (m_ended)
        return;
    onReadyRead();
    if (m_ended)
        return;
    if (m_socketError && !m_established) {
        fail(m_socketError->first, m_socketError->second);
    } else if (m_errorStatus != 0) {
        const QByteArray body = m_errorBodyLength == -2 ? dechunk(m_buffer).value_or(m_buffer)
                                                        : m_buffer.first(std::min(m_buffer.size(), MaxErrorBody));
        fail(EngineError::kindForStatus(m_errorStatus), messageOf(body), m_errorStatus);
    } else if (!m_established) {
        fail(EngineError::Kind::ConnectionLost, QStringLiteral("the engine closed the connection before answering"));
    } else if (m_body != Body::UntilClose) {
        fail(EngineError::Kind::ConnectionLost, QStringLiteral("the engine closed the connection inside the stream"));
    } else if (m_framing == Framing::Multiplexed && !m_buffer.isEmpty()) {
        fail(EngineError::Kind::ConnectionLost, QStringLiteral("the stream ended inside a frame"));
    } else {
        finish(std::nullopt);
    }
}

void HijackedConnection::onSocketError(const QString &message, EngineError::Kind kind)
{
    if (m_ended)
        return;
    // Anything still buffered in the socket is output the process wrote before the failure.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    fail(kind, message);
}

void HijackedConnection::write(const QByteArray &bytes)
{
    if (m_ended || m_closeWriteWanted || bytes.isEmpty())
        return;
    if (m_established)
        m_socket->write(bytes);
    else
        m_pendingWrites += bytes;
}

void HijackedConnection::flushWrites()
{
    if (!m_pendingWrites.isEmpty())
        m_socket->write(std::exchange(m_pendingWrites, {}));
    if (m_closeWriteWanted)
        shutdownWrite();
}

void HijackedConnection::closeWrite()
{
    if (m_ended || m_closeWriteWanted)
        return;
    m_closeWriteWanted = true;
    if (m_established)
        shutdownWrite();
}

void HijackedConnection::shutdownWrite()
{
    // Before the engine's answer, the bytes written are the request's: the
    // stream's own end comes once it is established (flushWrites()).
    if (m_writeClosed || !m_socket || !m_established)
        return;
    qint64 unsent = 0;
    qintptr descriptor = -1;
    if (auto *local = qobject_cast<QLocalSocket *>(m_socket)) {
        local->flush();
        unsent = local->bytesToWrite();
        descriptor = local->socketDescriptor();
    } else if (auto *tcp = qobject_cast<QTcpSocket *>(m_socket)) {
        tcp->flush();
        unsent = tcp->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(tcp))
            unsent += ssl->encryptedBytesToWrite();
        descriptor = tcp->socketDescriptor();
    } else if (auto *process = qobject_cast<QProcess *>(m_socket)) {
        // Sent once what was written has gone.
        process->closeWriteChannel();
        m_writeClosed = true;
        return;
    }
    if (unsent > 0)
        return;  // bytesWritten() brings us back
    m_writeClosed = true;
#ifdef Q_OS_UNIX
    if (descriptor >= 0)
        ::shutdown(int(descriptor), SHUT_WR);
#else
    Q_UNUSED(descriptor);
#endif
}

void HijackedConnection::cancel()
{
    if (m_ended)
        return;
    fail(EngineError::Kind::Cancelled, {});
}

void HijackedConnection::fail(EngineError::Kind kind, const QString &message, int httpStatus)
{
    EngineError error = EngineError::make(kind, message, m_what);
    error.httpStatus = httpStatus;
    error.address = m_endpoint.address();
    finish(error);
}

void HijackedConnection::finish(const std::optional<EngineError> &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_headTimer.stop();
    m_buffer.clear();
    m_pendingWrites.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        // QProcess::close() would wait for its pipes; killing ssh does not.
        if (auto *process = qobject_cast<QProcess *>(m_socket))
            process->kill();
        else
            m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT ended(error);
}

}  // namespace Hublot::Engine
