// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DockerCredentials.h"

#include "engine/DockerContexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QPromise>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Hublot::Engine {

const QString DockerCredentials::DockerHub = QStringLiteral("docker.io");
const QString DockerCredentials::DockerHubKey = QStringLiteral("https://index.docker.io/v1/");

namespace {

// The credentials typed during this session, by registry host. Memory only.
struct SessionMemory
{
    QMutex mutex;
    QHash<QString, RegistryAuth> byHost;
};

SessionMemory &sessionMemory()
{
    static SessionMemory memory;
    return memory;
}

// A key of config.json ("https://127.0.0.1:5000", "127.0.0.1:5000/v2/",
// "https://index.docker.io/v1/") as a bare host, as the CLI compares them.
QString hostOfKey(QString key)
{
    key = key.trimmed();
    if (key.startsWith(u"https://"))
        key = key.mid(8);
    else if (key.startsWith(u"http://"))
        key = key.mid(7);
    if (const qsizetype slash = key.indexOf(u'/'); slash >= 0)
        key.truncate(slash);
    return DockerCredentials::isDockerHub(key) ? DockerCredentials::DockerHub : key;
}

// The member of object whose key names host: the exact key first, then any
// key naming the same host.
QJsonValue entryFor(const QJsonObject &object, const QString &host)
{
    const QString key = DockerCredentials::configKey(host);
    if (object.contains(key))
        return object.value(key);
    const QString wanted = hostOfKey(host);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (hostOfKey(it.key()) == wanted)
            return it.value();
    }
    return QJsonValue();
}

std::optional<QJsonObject> configObject(const QByteArray &configJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(configJson, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

}  // namespace

DockerCredentials::DockerCredentials(QProcessEnvironment env)
    : m_env(std::move(env))
{ }

QString DockerCredentials::registryHost(const QString &reference)
{
    const QString trimmed = reference.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0)
        return DockerHub;
    const QString first = trimmed.left(slash);
    const bool isHost
        = first.contains(u'.') || first.contains(u':') || first == u"localhost" || first != first.toLower();
    if (!isHost || isDockerHub(first))
        return DockerHub;
    return first;
}

bool DockerCredentials::isDockerHub(const QString &host)
{
    return host == DockerHub || host == u"index.docker.io" || host == u"registry-1.docker.io" || host == DockerHubKey;
}

QString DockerCredentials::configKey(const QString &host)
{
    return isDockerHub(host) ? DockerHubKey : host;
}

std::optional<RegistryAuth> DockerCredentials::credentialsIn(const QByteArray &configJson, const QString &host)
{
    const std::optional<QJsonObject> config = configObject(configJson);
    if (!config)
        return std::nullopt;
    const QJsonObject entry = entryFor(config->value(u"auths").toObject(), host).toObject();
    RegistryAuth auth;
    auth.serverAddress = configKey(host);
    auth.identityToken = entry.value(u"identitytoken").toString();
    const QString encoded = entry.value(u"auth").toString();
    if (!encoded.isEmpty()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        const QString pair = QString::fromUtf8(*decoded);
        const qsizetype colon = pair.indexOf(u':');
        if (colon < 0)
            return std::nullopt;
        auth.username = pair.left(colon);
        auth.password = pair.mid(colon + 1);
    } else {
        // Old files and hand-written ones may hold the two in the clear.
        auth.username = entry.value(u"username").toString();
        auth.password = entry.value(u"password").toString();
    }
    if (auth.isEmpty())
        return std::nullopt;
    return auth;
}

QString DockerCredentials::helperFor(const QByteArray &configJson, const QString &host)
{
    const std::optional<QJsonObject> config = configObject(configJson);
    if (!config)
        return QString();
    const QString helper = entryFor(config->value(u"credHelpers").toObject(), host).toString();
    const QString name = helper.isEmpty() ? config->value(u"credsStore").toString() : helper;
    // The name becomes part of a program's name: nothing that leaves PATH.
    if (name.contains(u'/') || name.contains(u'\\') || name.contains(u"..") || name.trimmed() != name)
        return QString();
    return name;
}

std::optional<RegistryAuth> DockerCredentials::parseHelperReply(const QByteArray &reply, const QString &host)
{
    const std::optional<QJsonObject> object = configObject(reply);
    if (!object)
        return std::nullopt;
    RegistryAuth auth;
    auth.serverAddress = configKey(host);
    const QString user = object->value(u"Username").toString();
    const QString secret = object->value(u"Secret").toString();
    if (user == u"<token>") {
        auth.identityToken = secret;
    } else {
        auth.username = user;
        auth.password = secret;
    }
    if (auth.isEmpty())
        return std::nullopt;
    return auth;
}

void DockerCredentials::remember(const QString &host, const RegistryAuth &auth)
{
    SessionMemory &memory = sessionMemory();
    const QMutexLocker lock(&memory.mutex);
    memory.byHost.insert(hostOfKey(host), auth);
}

RegistryAuth DockerCredentials::remembered(const QString &host)
{
    SessionMemory &memory = sessionMemory();
    const QMutexLocker lock(&memory.mutex);
    return memory.byHost.value(hostOfKey(host));
}

void DockerCredentials::forget(const QString &host)
{
    SessionMemory &memory = sessionMemory();
    const QMutexLocker lock(&memory.mutex);
    memory.byHost.remove(hostOfKey(host));
}

void DockerCredentials::forgetAll()
{
    SessionMemory &memory = sessionMemory();
    const QMutexLocker lock(&memory.mutex);
    memory.byHost.clear();
}

QString DockerCredentials::configFile() const
{
    return QDir(DockerContexts::configDir(m_env)).filePath(QStringLiteral("config.json"));
}

QFuture<Result<RegistryAuth>> DockerCredentials::find(const QString &host) const
{
    if (const RegistryAuth typed = remembered(host); !typed.isEmpty())
        return QtFuture::makeReadyValueFuture(Result<RegistryAuth>(typed));

    QFile file(configFile());
    // Like the CLI, a missing config.json means no saved credentials.
    const QByteArray config = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const RegistryAuth inFile = credentialsIn(config, host).value_or(RegistryAuth {});
    const QString helper = helperFor(config, host);
    if (helper.isEmpty())
        return QtFuture::makeReadyValueFuture(Result<RegistryAuth>(inFile));

    const QString program = u"docker-credential-" + helper;
    const QString path = QStandardPaths::findExecutable(
        program, m_env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts));
    if (path.isEmpty()) {
        if (!inFile.isEmpty())
            return QtFuture::makeReadyValueFuture(Result<RegistryAuth>(inFile));
        return QtFuture::makeReadyValueFuture(
            Result<RegistryAuth>(EngineError::make(EngineError::Kind::Unknown, program + u" is not in PATH")));
    }

    // The helper runs as its own process; its answer (or its silence, cut
    // by the timer) finishes the future. The process deletes itself.
    auto promise = std::make_shared<QPromise<Result<RegistryAuth>>>();
    promise->start();
    // Owned by the application when on its thread, so that a helper still
    // running when Hublot quits is stopped with it.
    QCoreApplication *app = QCoreApplication::instance();
    auto *process = new QProcess(app && app->thread() == QThread::currentThread() ? app : nullptr);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto settled = std::make_shared<bool>(false);
    auto settle = [promise, process, timer, settled](Result<RegistryAuth> result) {
        if (*settled)
            return;
        *settled = true;
        timer->stop();
        promise->addResult(std::move(result));
        promise->finish();
        QObject::disconnect(process, nullptr, nullptr, nullptr);
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            // Stopped for its silence: deleted once it has died, so that
            // deleting it never waits.
            QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    };
    const QString request = u"docker-credential-" + helper + u" get";
    QObject::connect(process, &QProcess::finished, process,
                     [process, settle, host, inFile, request](int exitCode, QProcess::ExitStatus status) {
                         const QByteArray out = process->readAllStandardOutput();
                         const QByteArray err = process->readAllStandardError();
                         if (status == QProcess::NormalExit && exitCode == 0) {
                             const std::optional<RegistryAuth> auth = parseHelperReply(out, host);
                             if (auth) {
                                 settle(*auth);
                                 return;
                             }
                         }
                         // Helpers say so on stdout when they hold nothing for a host.
                         if ((status == QProcess::NormalExit && exitCode == 0)
                             || out.contains("credentials not found")) {
                             settle(inFile);
                             return;
                         }
                         const QString why = QString::fromUtf8(err.isEmpty() ? out : err).trimmed();
                         settle(EngineError::make(EngineError::Kind::Unknown, why, request));
                     });
    QObject::connect(process, &QProcess::errorOccurred, process, [settle, request, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            settle(EngineError::make(EngineError::Kind::Unknown, process->errorString(), request));
    });
    QObject::connect(timer, &QTimer::timeout, process,
                     [settle, request] { settle(EngineError::make(EngineError::Kind::Timeout, QString(), request)); });
    process->setProcessEnvironment(m_env);
    process->start(path, {QStringLiteral("get")});
    if (!*settled) {
        // The CLI hands the helper the server's key on stdin.
        process->write(configKey(host).toUtf8() + '\n');
        process->closeWriteChannel();
        timer->start(m_helperTimeout);
    }
    return promise->future();
}

}  // namespace Hublot::Engine
