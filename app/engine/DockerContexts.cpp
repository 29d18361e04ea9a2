// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DockerContexts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hublot::Engine {

namespace {

const QString DefaultName = QStringLiteral("default");

EngineError contextError(EngineError::Kind kind, const QString &name, const QString &path, const QString &why = {})
{
    EngineError error = EngineError::make(kind, why.isEmpty() ? name : name + u": " + why);
    error.path = path;
    return error;
}

}  // namespace

DockerContexts::DockerContexts(QProcessEnvironment env)
    : m_env(std::move(env))
    , m_configDir(configDir(m_env))
{ }

QString DockerContexts::configDir(const QProcessEnvironment &env)
{
    const QString dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!dockerConfig.isEmpty())
        return QDir::cleanPath(dockerConfig);
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral(".docker"));
}

QString DockerContexts::contextId(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DockerContexts::currentContextInConfig() const
{
    QFile config(QDir(m_configDir).filePath(QStringLiteral("config.json")));
    // The CLI warns about an unreadable config.json and goes on without it.
    if (!config.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(config.readAll()).object().value(u"currentContext").toString();
}

DockerContexts::Source DockerContexts::activeSource() const
{
    if (!m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty())
        return Source::DockerHost;
    if (!m_env.value(QStringLiteral("DOCKER_CONTEXT")).isEmpty())
        return Source::DockerContext;
    if (!currentContextInConfig().isEmpty())
        return Source::ConfigFile;
    return Source::Default;
}

QString DockerContexts::activeName() const
{
    if (!m_env.value(QStringLiteral("DOCKER_HOST")).isEmpty())
        return DefaultName;
    const QString fromEnv = m_env.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromConfig = currentContextInConfig();
    return fromConfig.isEmpty() ? DefaultName : fromConfig;
}

DockerContexts::Context DockerContexts::defaultContext() const
{
    Context context;
    context.name = DefaultName;
    const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST"));
    context.host = dockerHost.isEmpty() ? u"unix://" + EngineEndpoint::defaultSocketPath(m_env) : dockerHost;
    const bool tlsVerify = !m_env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = tlsVerify || !m_env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    context.skipTlsVerify = tls && !tlsVerify;
    if (tls && !dockerHost.isEmpty()) {
        const QString certPath = m_env.value(QStringLiteral("DOCKER_CERT_PATH"));
        context.tlsFolder = certPath.isEmpty() ? m_configDir : certPath;
    }
    return context;
}

Result<DockerContexts::Context> DockerContexts::readMeta(const QString &metaFile) const
{
    QFile file(metaFile);
    if (!file.open(QIODevice::ReadOnly))
        return contextError(EngineError::Kind::ContextInvalid, QString(), metaFile, file.errorString());
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return contextError(EngineError::Kind::ContextInvalid, QString(), metaFile,
                            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : QStringLiteral("not a JSON object"));
    const QJsonObject meta = json.object();
    Context context;
    context.name = meta.value(u"Name").toString();
    context.metaFile = metaFile;
    if (context.name.isEmpty())
        return contextError(EngineError::Kind::ContextInvalid, QString(), metaFile, QStringLiteral("no Name"));
    context.description = meta.value(u"Metadata").toObject().value(u"Description").toString();
    const QJsonObject docker = meta.value(u"Endpoints").toObject().value(u"docker").toObject();
    context.host = docker.value(u"Host").toString();
    if (context.host.isEmpty())
        return contextError(EngineError::Kind::ContextInvalid, context.name, metaFile,
                            QStringLiteral("no Endpoints.docker.Host"));
    context.skipTlsVerify = docker.value(u"SkipTLSVerify").toBool();
    const QString tlsFolder = QDir(m_configDir).filePath(u"contexts/tls/" + contextId(context.name) + u"/docker");
    if (QDir(tlsFolder).exists())
        context.tlsFolder = tlsFolder;
    return context;
}

Result<QList<DockerContexts::Context>> DockerContexts::list() const
{
    QList<Context> contexts {defaultContext()};
    const QDir metaRoot(QDir(m_configDir).filePath(QStringLiteral("contexts/meta")));
    const QStringList ids = metaRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        const QString metaFile = QDir(metaRoot.filePath(id)).filePath(QStringLiteral("meta.json"));
        // The CLI leaves a folder without meta.json behind when removing fails half way; it skips them too.
        if (!QFile::exists(metaFile))
            continue;
        Result<Context> context = readMeta(metaFile);
        if (!context.ok())
            return context.error();
        if (context->name != DefaultName)
            contexts.append(std::move(context).value());
    }
    std::sort(contexts.begin(), contexts.end(), [](const Context &a, const Context &b) { return a.name < b.name; });
    const QString active = activeName();
    for (Context &context : contexts)
        context.active = context.name == active;
    return contexts;
}

Result<DockerContexts::Context> DockerContexts::context(const QString &name) const
{
    Result<Context> found = [&]() -> Result<Context> {
        if (name == DefaultName)
            return defaultContext();
        const QString metaFile = QDir(m_configDir).filePath(u"contexts/meta/" + contextId(name) + u"/meta.json");
        if (!QFile::exists(metaFile))
            return contextError(EngineError::Kind::ContextNotFound, name, metaFile);
        Result<Context> context = readMeta(metaFile);
        if (context.ok() && context->name != name)
            return contextError(EngineError::Kind::ContextInvalid, name, metaFile,
                                u"the file names the context \"" + context->name + u'"');
        return context;
    }();
    if (!found.ok())
        return found;
    Context context = std::move(found).value();
    context.active = context.name == activeName();
    return context;
}

Result<EngineEndpoint> DockerContexts::endpoint(const QString &name) const
{
    if (name == DefaultName)
        return EngineEndpoint::fromDockerHost(m_env);
    const Result<Context> found = context(name);
    if (!found.ok())
        return found.error();
    const Context &context = found.value();
    const bool tls = !context.tlsFolder.isEmpty() || context.skipTlsVerify;
    Result<EngineEndpoint> parsed = EngineEndpoint::parse(context.host, tls);
    if (!parsed.ok()) {
        EngineError error = parsed.error();
        error.path = context.metaFile;
        return error;
    }
    EngineEndpoint endpoint = std::move(parsed).value();
    endpoint.context = context.name;
    endpoint.source = QStringLiteral("context");
    if (!tls || endpoint.transport != EngineEndpoint::Transport::Tcp)
        return endpoint;
    // As the CLI: each file of the context's TLS folder is used when it is there.
    const QDir folder(context.tlsFolder);
    auto present = [&folder](const QString &file) {
        return folder.exists(file) ? folder.filePath(file) : QString();
    };
    endpoint.tls.enabled = true;
    endpoint.tls.verifyPeer = !context.skipTlsVerify;
    endpoint.tls.caFile = present(QStringLiteral("ca.pem"));
    endpoint.tls.certFile = present(QStringLiteral("cert.pem"));
    endpoint.tls.keyFile = present(QStringLiteral("key.pem"));
    const Result<QSslConfiguration> ssl = endpoint.sslConfiguration();
    if (!ssl.ok()) {
        EngineError error = ssl.error();
        error.address = endpoint.address();
        return error;
    }
    return endpoint;
}

Result<EngineEndpoint> DockerContexts::activeEndpoint() const
{
    const Source source = activeSource();
    Result<EngineEndpoint> resolved = endpoint(activeName());
    if (!resolved.ok())
        return resolved;
    EngineEndpoint endpoint = std::move(resolved).value();
    switch (source) {
    case Source::DockerHost: endpoint.source = QStringLiteral("DOCKER_HOST"); break;
    case Source::DockerContext: endpoint.source = QStringLiteral("DOCKER_CONTEXT"); break;
    case Source::ConfigFile: endpoint.source = QStringLiteral("config.json"); break;
    case Source::Default: break;  // the default context says "default" itself
    }
    return endpoint;
}

}  // namespace Hublot::Engine
