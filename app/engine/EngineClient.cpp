// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineClient.h"

#include "engine/EventStream.h"
#include "engine/HijackedConnection.h"
#include "engine/SshDialer.h"
#include "engine/TlsFailure.h"

#include <QDir>
#include <QFileInfo>
#include <QHttp1Configuration>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslError>

#include <cerrno>
#include <memory>
#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace Hublot::Engine {

namespace {

constexpr int RequestTimeoutMs = 30'000;
// Each stream (events, logs, stats of every visible container) holds a
// connection for as long as it lasts: Qt's default of six per host would
// leave the seventh stream waiting. 255 is the most Qt allows.
constexpr int ConnectionsPerHost = 255;
// An engine that is up answers a ping at once; a short limit lets the
// session notice a wedged connection and try again soon.
constexpr int PingTimeoutMs = 5'000;
// The reply property that keeps the QSslError codes sslErrors() reported.
constexpr char SslErrorsProperty[] = "hublotSslErrors";

// Why a unix socket could not be opened, read from the file system: Qt's
// error for a local socket does not tell a missing file from a refused
// permission.
EngineError::Kind diagnoseSocket(const QString &path, QNetworkReply::NetworkError error)
{
    const QByteArray native = QFile::encodeName(path);
    if (!QFileInfo::exists(path))
        return EngineError::Kind::SocketMissing;
#ifndef Q_OS_WIN
    if (::access(native.constData(), R_OK | W_OK) != 0 && errno == EACCES)
        return EngineError::Kind::PermissionDenied;
#endif
    if (error == QNetworkReply::TimeoutError)
        return EngineError::Kind::Timeout;
    return EngineError::Kind::EngineNotRunning;
}

// Reads a JSON array of objects with T::fromJson (which may give one T or a list of them).
template <typename T> QList<T> listFromJson(const QJsonArray &array)
{
    QList<T> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array)
        list.append(T::fromJson(value.toObject()));
    return list;
}

// Hublot never aborts a plain request: one that ends cancelled ran out of
// time (Qt reports its transfer timeout as a cancellation).
EngineError timedOutIfCancelled(EngineError error)
{
    if (error.kind == EngineError::Kind::Cancelled)
        error.kind = EngineError::Kind::Timeout;
    return error;
}

// The name Qt's local sockets take: the socket's path, or on Windows the
// pipe's name with backslashes (\\.\pipe\docker_engine).
QString localServerName(const EngineEndpoint &endpoint)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(endpoint.socketPath);
#else
    return endpoint.socketPath;
#endif
}

}  // namespace

EngineClient::EngineClient(EngineEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_ssl(m_endpoint.tls.enabled ? m_endpoint.sslConfiguration() : Result<QSslConfiguration>(QSslConfiguration()))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_ssl.ok()) {
        EngineError error = m_ssl.error();
        error.address = m_endpoint.address();
        m_ssl = error;
    }
    // The engine is reached directly, never through an HTTP proxy from the environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
    if (m_endpoint.transport == EngineEndpoint::Transport::Ssh)
        m_sshDialer = new SshDialer(m_endpoint, this);
}

EngineClient::~EngineClient() = default;

int EngineClient::apiMinor(const QString &version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() != 2 || parts[0] != u"1")
        return -1;
    bool ok = false;
    const int minor = parts[1].toInt(&ok);
    return ok ? minor : -1;
}

QNetworkRequest EngineClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url;
    const QString versioned = m_apiVersion.isEmpty() ? path : u"/v" + m_apiVersion + path;
    if (m_endpoint.transport != EngineEndpoint::Transport::Tcp) {
        url.setScheme(QStringLiteral("unix+http"));
        url.setHost(QStringLiteral("localhost"));
    } else {
        url.setScheme(m_endpoint.tls.enabled ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(m_endpoint.host);
        url.setPort(m_endpoint.port);
    }
    url.setPath(versioned);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (m_endpoint.transport == EngineEndpoint::Transport::UnixSocket)
        request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, localServerName(m_endpoint));
    else if (m_sshDialer)
        request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_sshDialer->socketPath());
    else if (m_endpoint.tls.enabled)
        request.setSslConfiguration(m_ssl.ok() ? m_ssl.value() : TlsFailure::trustNobody());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(ConnectionsPerHost);
    request.setHttp1Configuration(http1);
    request.setTransferTimeout(RequestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hublot/" HUBLOT_VERSION));
    return request;
}

EngineError EngineClient::errorFor(QNetworkReply *reply, const QString &what) const
{
    EngineError error;
    error.request = what;
    error.address = m_endpoint.address();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        error.httpStatus = status;
        error.kind = EngineError::kindForStatus(status);
        const QByteArray body = reply->readAll();
        const QJsonDocument json = QJsonDocument::fromJson(body);
        error.engineMessage = json.isObject() ? json.object().value(u"message").toString()
                                              : QString::fromUtf8(body).trimmed().left(500);
        return error;
    }
    const QNetworkReply::NetworkError network = reply->error();
    error.engineMessage = reply->errorString();
    const QVariant sslErrors = reply->property(SslErrorsProperty);
    if (m_endpoint.tls.enabled && sslErrors.isValid()) {
        QList<QSslError::SslError> codes;
        for (const QVariant &code : sslErrors.toList())
            codes.append(QSslError::SslError(code.toInt()));
        error.kind = TlsFailure::kindForSslErrors(codes);
    } else if (m_endpoint.tls.enabled && network != QNetworkReply::OperationCanceledError
               && TlsFailure::isClientCertificateAlert(error.engineMessage)) {
        error.kind = EngineError::Kind::TlsClientCertificateRefused;
    } else if (network == QNetworkReply::OperationCanceledError) {
        error.kind = EngineError::Kind::Cancelled;
    } else if (network == QNetworkReply::TimeoutError) {
        error.kind = EngineError::Kind::Timeout;
    } else if (m_sshDialer && m_sshDialer->lastFailure()) {
        // The dialer's socket closing says nothing; ssh's stderr says why.
        const EngineError failure = *m_sshDialer->lastFailure();
        error.kind = failure.kind;
        error.engineMessage = failure.engineMessage;
    } else if (m_endpoint.transport == EngineEndpoint::Transport::UnixSocket
               && (network == QNetworkReply::ConnectionRefusedError || network == QNetworkReply::HostNotFoundError
                   || network == QNetworkReply::ContentAccessDenied || network == QNetworkReply::UnknownNetworkError)) {
        error.kind = diagnoseSocket(m_endpoint.socketPath, network);
    } else if (network == QNetworkReply::ConnectionRefusedError) {
        error.kind = EngineError::Kind::EngineNotRunning;
    } else if (network == QNetworkReply::HostNotFoundError || network == QNetworkReply::NetworkSessionFailedError
               || network == QNetworkReply::TemporaryNetworkFailureError) {
        error.kind = EngineError::Kind::HostUnreachable;
    } else if (network == QNetworkReply::RemoteHostClosedError) {
        error.kind = EngineError::Kind::ConnectionLost;
    } else {
        error.kind = EngineError::Kind::Unknown;
    }
    return error;
}

QFuture<Result<QJsonDocument>> EngineClient::request(const QByteArray &verb, const QString &path,
                                                     const QUrlQuery &query, const QByteArray &body)
{
    const QString what = QString::fromLatin1(verb) + u' ' + path;
    if (!m_ssl.ok()) {
        EngineError error = m_ssl.error();
        error.request = what;
        return QtFuture::makeReadyValueFuture(Result<QJsonDocument>(error));
    }
    auto promise = std::make_shared<QPromise<Result<QJsonDocument>>>();
    promise->start();
    QFuture<Result<QJsonDocument>> future = promise->future();
    QNetworkRequest request = makeRequest(path, query);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = send(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, what] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 400) {
            promise->addResult(Result<QJsonDocument>(timedOutIfCancelled(errorFor(reply, what))));
        } else {
            const QByteArray bytes = reply->readAll().trimmed();
            QJsonParseError parseError {};
            // A bare value (POST /swarm/init answers the new node's id as a
            // JSON string), which QJsonDocument does not take, comes as a
            // one-element array.
            const bool bare = !bytes.isEmpty() && !bytes.startsWith('{') && !bytes.startsWith('[');
            const QJsonDocument json = bytes.isEmpty() ? QJsonDocument()
                : bare                                 ? QJsonDocument::fromJson('[' + bytes + ']', &parseError)
                                                       : QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                EngineError error
                    = EngineError::make(EngineError::Kind::MalformedReply, parseError.errorString(), what);
                error.address = m_endpoint.address();
                promise->addResult(Result<QJsonDocument>(error));
            } else {
                promise->addResult(Result<QJsonDocument>(json));
            }
        }
        promise->finish();
    });
    return future;
}

QNetworkReply *EngineClient::openStream(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                        QIODevice *bodyDevice, const QByteArray &contentType,
                                        const QHttpHeaders &headers)
{
    QNetworkRequest request = makeRequest(path, query);
    request.setTransferTimeout(0);
    for (qsizetype i = 0; i < headers.size(); ++i)
        request.setRawHeader(headers.nameAt(i).toString().toLatin1(), headers.valueAt(i).toByteArray());
    if (bodyDevice)
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = send(request, verb, bodyDevice);
    reply->setParent(nullptr);
    return reply;
}

HijackedConnection *EngineClient::openHijacked(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                               const QByteArray &body, bool tty, QObject *parent)
{
    auto *connection = new HijackedConnection(
        m_endpoint, m_apiVersion, verb, path, query, body,
        tty ? HijackedConnection::Framing::Raw : HijackedConnection::Framing::Multiplexed, parent);
    if (m_endpoint.transport == EngineEndpoint::Transport::UnixSocket)
        connection->setLocalServerName(localServerName(m_endpoint));
    if (m_endpoint.tls.enabled)
        connection->setSslConfiguration(m_ssl.ok() ? m_ssl.value() : TlsFailure::trustNobody());
    return connection;
}

QNetworkReply *EngineClient::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    return keepSslErrors(m_network->sendCustomRequest(request, verb, body));
}

QNetworkReply *EngineClient::send(const QNetworkRequest &request, const QByteArray &verb, QIODevice *bodyDevice)
{
    return keepSslErrors(m_network->sendCustomRequest(request, verb, bodyDevice));
}

QNetworkReply *EngineClient::keepSslErrors(QNetworkReply *reply)
{
    if (m_endpoint.tls.enabled) {
        // Not ignored, these errors abort the reply; errorFor() reads them then.
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            QVariantList codes;
            for (const QSslError &error : errors)
                codes.append(int(error.error()));
            reply->setProperty(SslErrorsProperty, codes);
        });
    }
    return reply;
}

template <typename T, typename Parse>
QFuture<Result<T>> EngineClient::getJson(const QString &path, const QUrlQuery &query, Parse parse)
{
    return request(QByteArrayLiteral("GET"), path, query).then([parse](const Result<QJsonDocument> &json) {
        return json.ok() ? Result<T>(parse(json.value())) : Result<T>(json.error());
    });
}

QFuture<Result<QString>> EngineClient::ping()
{
    m_apiVersion.clear();
    if (!m_ssl.ok()) {
        EngineError error = m_ssl.error();
        error.request = QStringLiteral("GET /_ping");
        return QtFuture::makeReadyValueFuture(Result<QString>(error));
    }
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    QNetworkRequest request = makeRequest(QStringLiteral("/_ping"), {});
    request.setTransferTimeout(PingTimeoutMs);
    QNetworkReply *reply = send(request, QByteArrayLiteral("GET"), QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise] {
        reply->deleteLater();
        const QString what = QStringLiteral("GET /_ping");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            promise->addResult(timedOutIfCancelled(errorFor(reply, what)));
            promise->finish();
            return;
        }
        const QString engineApi = QString::fromLatin1(reply->rawHeader("API-Version"));
        const int engineMinor = apiMinor(engineApi);
        EngineError error;
        error.request = what;
        error.address = m_endpoint.address();
        error.engineMessage = engineApi;
        if (engineMinor < 0) {
            error.kind = EngineError::Kind::MalformedReply;
            error.engineMessage = u"API-Version header: \"" + engineApi + u'"';
            promise->addResult(error);
        } else if (engineMinor < OldestApiMinor) {
            error.kind = EngineError::Kind::ApiTooOld;
            promise->addResult(error);
        } else {
            m_apiVersion = QStringLiteral("1.%1").arg(std::min(engineMinor, int(NewestApiMinor)));
            promise->addResult(m_apiVersion);
        }
        promise->finish();
    });
    return future;
}

QFuture<Result<EngineVersion>> EngineClient::version()
{
    return getJson<EngineVersion>(QStringLiteral("/version"), {},
                                  [](const QJsonDocument &json) { return EngineVersion::fromJson(json.object()); });
}

QFuture<Result<QList<ContainerSummary>>> EngineClient::listContainers(const QStringList &ids)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (!ids.isEmpty()) {
        const QJsonObject filters {{QStringLiteral("id"), QJsonArray::fromStringList(ids)}};
        query.addQueryItem(QStringLiteral("filters"),
                           QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    return getJson<QList<ContainerSummary>>(QStringLiteral("/containers/json"), query, [](const QJsonDocument &json) {
        return listFromJson<ContainerSummary>(json.array());
    });
}

QFuture<Result<QList<ImageSummary>>> EngineClient::listImages()
{
    // shared-size: what each image shares with others, as `docker system df -v` shows it.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("shared-size"), QStringLiteral("1"));
    return getJson<QList<ImageSummary>>(QStringLiteral("/images/json"), query, [](const QJsonDocument &json) {
        return listFromJson<ImageSummary>(json.array());
    });
}

QFuture<Result<QList<VolumeSummary>>> EngineClient::listVolumes()
{
    return getJson<QList<VolumeSummary>>(QStringLiteral("/volumes"), {}, [](const QJsonDocument &json) {
        return listFromJson<VolumeSummary>(json.object().value(u"Volumes").toArray());
    });
}

QFuture<Result<QList<NetworkSummary>>> EngineClient::listNetworks()
{
    return getJson<QList<NetworkSummary>>(QStringLiteral("/networks"), {}, [](const QJsonDocument &json) {
        return listFromJson<NetworkSummary>(json.array());
    });
}

EventStream *EngineClient::events(qint64 sinceNano, QObject *parent)
{
    QUrlQuery query;
    if (sinceNano > 0) {
        // The engine takes "seconds.nanoseconds" and includes events at that instant.
        query.addQueryItem(QStringLiteral("since"),
                           QStringLiteral("%1.%2")
                               .arg(sinceNano / 1'000'000'000)
                               .arg(sinceNano % 1'000'000'000, 9, 10, QLatin1Char('0')));
    }
    QNetworkRequest request = makeRequest(QStringLiteral("/events"), query);
    request.setTransferTimeout(0);  // a stream that may stay quiet for hours
    return new EventStream(send(request, QByteArrayLiteral("GET"), QByteArray()), m_endpoint.address(), parent);
}

}  // namespace Hublot::Engine
