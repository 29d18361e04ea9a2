// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineVersion.h"
#include "engine/ImageSummary.h"
#include "engine/NetworkSummary.h"
#include "engine/Result.h"
#include "engine/VolumeSummary.h"

#include <QFuture>
#include <QHttpHeaders>
#include <QJsonDocument>
#include <QObject>
#include <QUrlQuery>

class QIODevice;

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Hublot::Engine {

class EventStream;
class HijackedConnection;
class SshDialer;

/// An asynchronous client of the Docker Engine API at one endpoint.
///
/// Lives on the thread that created it and never blocks it: requests return
/// futures that finish on that thread (consume them with .then(context, ...)).
/// Call ping() first: it negotiates the API version every later path uses.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    /// The newest API version Hublot speaks, and the oldest it accepts (Engine 20.10).
    static constexpr int NewestApiMinor = 51;
    static constexpr int OldestApiMinor = 41;

    /// An ssh:// endpoint is reached through an SshDialer the client owns.
    explicit EngineClient(EngineEndpoint endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The API version in use ("1.45"), empty until ping() succeeded.
    [[nodiscard]] QString apiVersion() const { return m_apiVersion; }

    /// GET /_ping; negotiates the API version from the API-Version header:
    /// the lower of the engine's and ours. Gives the version in use.
    QFuture<Result<QString>> ping();
    QFuture<Result<EngineVersion>> version();
    /// Every container, stopped ones too (`docker ps -a`), without sizes;
    /// with ids, only those (`docker ps -a --filter id=...`).
    QFuture<Result<QList<ContainerSummary>>> listContainers(const QStringList &ids = {});
    QFuture<Result<QList<ImageSummary>>> listImages();
    QFuture<Result<QList<VolumeSummary>>> listVolumes();
    QFuture<Result<QList<NetworkSummary>>> listNetworks();

    /// Opens GET /events, from the event after sinceNano (Unix time in
    /// nanoseconds; 0: from now). The stream is owned by parent.
    EventStream *events(qint64 sinceNano, QObject *parent);

    /// Any request whose reply is JSON, or empty (204 No Content, 304 Not
    /// Modified: an empty document), or a bare JSON value (a one-element
    /// array). body is sent as application/json when not empty. The operation classes build on this.
    QFuture<Result<QJsonDocument>> request(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                                           const QByteArray &body = {});

    /// Starts a request whose reply is read as it arrives (logs, stats, pull
    /// progress) or is too large to hold (export, save). The caller owns the
    /// reply (it is parented to nothing) and reads it on readyRead; no
    /// transfer timeout applies. bodyDevice, when given, is streamed as the
    /// body with contentType and must outlive the reply. headers are added
    /// to the request (X-Registry-Auth for pull and push).
    QNetworkReply *openStream(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                              QIODevice *bodyDevice = nullptr,
                              const QByteArray &contentType = QByteArrayLiteral("application/x-tar"),
                              const QHttpHeaders &headers = {});

    /// A hijacked connection (exec start, attach, a log read raw) that
    /// reaches the engine as this client's requests do: the same socket or
    /// pipe, the same TLS files and checks, the same ssh route. path is
    /// without the version prefix; the negotiated version is put before it.
    /// Connect its signals, then call start(). Owned by parent.
    HijackedConnection *openHijacked(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                     const QByteArray &body, bool tty, QObject *parent);

    /// The typed error a finished reply carries; what names the request
    /// ("POST /containers/create"). TLS failures get their own kinds: an
    /// engine certificate from another CA, an expired one, one for another
    /// host name, and our client certificate refused.
    [[nodiscard]] EngineError errorFor(QNetworkReply *reply, const QString &what) const;

    /// Reads a "major.minor" API version as its minor number for major 1, or -1.
    static int apiMinor(const QString &version);

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;
    // Sends through m_network, keeping the reply's TLS errors for errorFor().
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb, QIODevice *bodyDevice);
    QNetworkReply *keepSslErrors(QNetworkReply *reply);
    template <typename T, typename Parse>
    QFuture<Result<T>> getJson(const QString &path, const QUrlQuery &query, Parse parse);

    EngineEndpoint m_endpoint;
    // The TLS files, read once; an error here fails every request before it is sent.
    Result<QSslConfiguration> m_ssl;
    QString m_apiVersion;
    QNetworkAccessManager *m_network;
    SshDialer *m_sshDialer = nullptr;  ///< for ssh endpoints only
};

}  // namespace Hublot::Engine
