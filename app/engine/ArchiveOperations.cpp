// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ArchiveOperations.h"

#include "engine/ArchiveDownload.h"
#include "engine/ArchiveUpload.h"
#include "engine/EngineClient.h"
#include "engine/TarArchive.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPromise>
#include <QTemporaryFile>
#include <QtConcurrentRun>

#include <memory>

namespace Hublot::Engine {

namespace {

const QByteArray Tar = QByteArrayLiteral("application/x-tar");

QUrlQuery pathQuery(const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromUtf8(QUrl::toPercentEncoding(path)));
    return query;
}

QString archivePath(const QString &container)
{
    return u"/containers/" + container + u"/archive";
}

EngineError withRequest(EngineError error, const QString &what)
{
    error.request = what;
    return error;
}

// A temporary file in the system's temporary folder, open for reading and writing.
QTemporaryFile *makeSpool(EngineError &error)
{
    auto *file = new QTemporaryFile();
    if (!file->open()) {
        error = EngineError::make(EngineError::Kind::LocalFileFailed, file->errorString());
        error.path = file->fileTemplate();
        delete file;
        return nullptr;
    }
    return file;
}

// A spool file on its way between Qt's thread pool and the client's
// thread: whoever holds it last deletes it, unless the client's side took
// it for a request (take()).
struct Spool
{
    explicit Spool(QTemporaryFile *made)
        : file(made)
    { }
    QTemporaryFile *take() { return file.release(); }
    std::unique_ptr<QTemporaryFile> file;
};

// Writes a tar into a new spool file on Qt's thread pool, then gives the
// result and the spool to done on the client's thread.
using SpoolDone = std::function<void(const Result<Done> &written, const std::shared_ptr<Spool> &spool)>;
void writeSpoolThen(EngineClient *client, const std::function<Result<Done>(QFileDevice *)> &write,
                    const SpoolDone &done)
{
    EngineError error;
    QTemporaryFile *file = makeSpool(error);
    if (!file) {
        QMetaObject::invokeMethod(client, [done, error] { done(Result<Done>(error), nullptr); }, Qt::QueuedConnection);
        return;
    }
    auto spool = std::make_shared<Spool>(file);
    QtConcurrent::run([write, spool] {
        return write(spool->file.get());
    }).then(client, [done, spool](const Result<Done> &written) { done(written, spool); });
}

}  // namespace

ArchiveOperations::ArchiveOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<PathStat>> ArchiveOperations::stat(const QString &container, const QString &path)
{
    const QString what = u"HEAD " + archivePath(container);
    auto promise = std::make_shared<QPromise<Result<PathStat>>>();
    promise->start();
    QNetworkReply *reply = m_client->openStream(QByteArrayLiteral("HEAD"), archivePath(container), pathQuery(path));
    // A HEAD reply announces a length it never sends: the headers are the answer.
    auto answer = [client = m_client, reply, promise, what] {
        if (promise->future().isFinished())
            return;
        reply->disconnect();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            promise->addResult(client->errorFor(reply, what).refined());
        } else if (const auto stat = PathStat::fromHeader(reply->rawHeader("X-Docker-Container-Path-Stat"))) {
            promise->addResult(*stat);
        } else {
            promise->addResult(EngineError::make(EngineError::Kind::MalformedReply,
                                                 QStringLiteral("no X-Docker-Container-Path-Stat header"), what));
        }
        promise->finish();
        reply->abort();
        reply->deleteLater();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, m_client, answer);
    QObject::connect(reply, &QNetworkReply::finished, m_client, answer);
    return promise->future();
}

QFuture<Result<ArchiveExtraction>> ArchiveOperations::get(const QString &container, const QString &path,
                                                          const QString &targetFolder)
{
    const QString what = u"GET " + archivePath(container);
    EngineError error;
    QTemporaryFile *spool = makeSpool(error);
    if (!spool)
        return QtFuture::makeReadyValueFuture(Result<ArchiveExtraction>(withRequest(error, what)));
    auto promise = std::make_shared<QPromise<Result<ArchiveExtraction>>>();
    promise->start();
    QNetworkReply *reply = m_client->openStream(QByteArrayLiteral("GET"), archivePath(container), pathQuery(path));
    auto *download = new ArchiveDownload(m_client, reply, spool, what, false);
    QObject::connect(download, &ArchiveDownload::finished, download,
                     [download, promise, targetFolder, what](const Result<Done> &done) {
                         if (!done.ok()) {
                             download->deleteLater();
                             promise->addResult(done.error());
                             promise->finish();
                             return;
                         }
                         // Unpacked on the thread pool, from the spool file
                         // opened by name: the download, which owns it, stays
                         // until then.
                         const QString spoolPath = download->file()->fileName();
                         QtConcurrent::run([spoolPath, targetFolder] {
                             QFile tar(spoolPath);
                             return TarArchive::extract(&tar, targetFolder);
                         }).then(download, [download, promise, what](const Result<ArchiveExtraction> &extraction) {
                             download->deleteLater();
                             promise->addResult(extraction.ok() ? extraction : withRequest(extraction.error(), what));
                             promise->finish();
                         });
                     });
    return promise->future();
}

QFuture<Result<Done>> ArchiveOperations::put(const QString &container, const QString &path,
                                             const std::function<Result<Done>(QFileDevice *)> &write)
{
    const QString what = u"PUT " + archivePath(container);
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    writeSpoolThen(m_client, write,
                   [client = m_client, container, path, promise, what](const Result<Done> &written,
                                                                       const std::shared_ptr<Spool> &spool) {
                       if (!written.ok()) {
                           promise->addResult(withRequest(written.error(), what));
                           promise->finish();
                           return;
                       }
                       QFileDevice *body = spool->take();
                       QNetworkReply *reply = client->openStream(QByteArrayLiteral("PUT"), archivePath(container),
                                                                 pathQuery(path), body, Tar);
                       body->setParent(reply);
                       QObject::connect(reply, &QNetworkReply::finished, client, [client, reply, promise, what] {
                           reply->deleteLater();
                           const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                           if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300)
                               promise->addResult(client->errorFor(reply, what).refined());
                           else
                               promise->addResult(Done {});
                           promise->finish();
                       });
                   });
    return promise->future();
}

QFuture<Result<Done>> ArchiveOperations::putFolder(const QString &container, const QString &folder, const QString &path)
{
    return put(container, path, [folder](QFileDevice *out) { return TarArchive::writeFolder(folder, out); });
}

QFuture<Result<Done>> ArchiveOperations::putFiles(const QString &container, const QStringList &files,
                                                  const QString &path)
{
    return put(container, path, [files](QFileDevice *out) { return TarArchive::writeFiles(files, out); });
}

namespace {

ArchiveDownload *downloadTo(EngineClient *client, const QByteArray &verb, const QString &apiPath,
                            const QUrlQuery &query, const QString &filePath, QObject *parent)
{
    const QString what = QString::fromLatin1(verb) + u' ' + apiPath;
    auto *file = new QFile(filePath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, file->errorString(), what);
        error.path = filePath;
        delete file;
        return new ArchiveDownload(client, error, parent);
    }
    return new ArchiveDownload(client, client->openStream(verb, apiPath, query), file, what, true, parent);
}

ArchiveUpload *uploadFrom(EngineClient *client, QFileDevice *body, const QString &apiPath, const QUrlQuery &query,
                          ArchiveUpload::Kind kind, QObject *parent)
{
    const QString what = u"POST " + apiPath;
    QNetworkReply *reply = client->openStream(QByteArrayLiteral("POST"), apiPath, query, body, Tar);
    return new ArchiveUpload(client, reply, body, kind, what, parent);
}

}  // namespace

ArchiveDownload *ArchiveOperations::download(const QString &container, const QString &path, const QString &filePath,
                                             QObject *parent)
{
    return downloadTo(m_client, QByteArrayLiteral("GET"), archivePath(container), pathQuery(path), filePath, parent);
}

ArchiveDownload *ArchiveOperations::exportContainer(const QString &container, const QString &filePath, QObject *parent)
{
    return downloadTo(m_client, QByteArrayLiteral("GET"), u"/containers/" + container + u"/export", {}, filePath,
                      parent);
}

ArchiveDownload *ArchiveOperations::saveImages(const QStringList &images, const QString &filePath, QObject *parent)
{
    QUrlQuery query;
    for (const QString &image : images)
        query.addQueryItem(QStringLiteral("names"), QString::fromUtf8(QUrl::toPercentEncoding(image)));
    return downloadTo(m_client, QByteArrayLiteral("GET"), QStringLiteral("/images/get"), query, filePath, parent);
}

ArchiveUpload *ArchiveOperations::loadImages(const QString &filePath, QObject *parent)
{
    auto *file = new QFile(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, file->errorString(),
                                              QStringLiteral("POST /images/load"));
        error.path = filePath;
        delete file;
        return new ArchiveUpload(m_client, error, parent);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("quiet"), QStringLiteral("0"));
    return uploadFrom(m_client, file, QStringLiteral("/images/load"), query, ArchiveUpload::Kind::Load, parent);
}

ArchiveUpload *ArchiveOperations::importImage(const QString &filePath, const QString &repository, const QString &tag,
                                              const QStringList &changes, QObject *parent)
{
    auto *file = new QFile(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, file->errorString(),
                                              QStringLiteral("POST /images/create"));
        error.path = filePath;
        delete file;
        return new ArchiveUpload(m_client, error, parent);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    query.addQueryItem(QStringLiteral("repo"), QString::fromUtf8(QUrl::toPercentEncoding(repository)));
    if (!tag.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), QString::fromUtf8(QUrl::toPercentEncoding(tag)));
    for (const QString &change : changes)
        query.addQueryItem(QStringLiteral("changes"), QString::fromUtf8(QUrl::toPercentEncoding(change)));
    return uploadFrom(m_client, file, QStringLiteral("/images/create"), query, ArchiveUpload::Kind::Import, parent);
}

ArchiveUpload *ArchiveOperations::build(const QString &contextFolder, const BuildOptions &options, QObject *parent)
{
    QUrlQuery query;
    if (!options.tag.isEmpty())
        query.addQueryItem(QStringLiteral("t"), QString::fromUtf8(QUrl::toPercentEncoding(options.tag)));
    query.addQueryItem(QStringLiteral("dockerfile"), QString::fromUtf8(QUrl::toPercentEncoding(options.dockerfile)));
    query.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
    if (options.noCache)
        query.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (!options.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = options.labels.begin(); it != options.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        query.addQueryItem(QStringLiteral("labels"),
                           QString::fromUtf8(QUrl::toPercentEncoding(
                               QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)))));
    }
    const QString what = QStringLiteral("POST /build");
    auto *upload = new ArchiveUpload(m_client, ArchiveUpload::Kind::Build, what, parent);
    // The context is packed on the thread pool; the request goes once it is.
    writeSpoolThen(
        m_client, [contextFolder](QFileDevice *out) { return TarArchive::writeFolder(contextFolder, out); },
        [client = m_client, upload = QPointer<ArchiveUpload>(upload), query,
         what](const Result<Done> &written, const std::shared_ptr<Spool> &spool) {
            if (!upload || !upload->isRunning())
                return;  // cancelled or gone meanwhile: the spool goes with this
            if (!written.ok()) {
                upload->fail(withRequest(written.error(), what));
                return;
            }
            QFileDevice *body = spool->take();
            upload->start(client->openStream(QByteArrayLiteral("POST"), QStringLiteral("/build"), query, body, Tar),
                          body);
        });
    return upload;
}

}  // namespace Hublot::Engine
