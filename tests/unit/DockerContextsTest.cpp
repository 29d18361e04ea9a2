// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DockerContexts.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Engine::DockerContexts;
using Engine::EngineEndpoint;
using Kind = Engine::EngineError::Kind;

namespace {

template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArrayLiteral("success") : result.error().technicalSummary().toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class DockerContextsTest final : public QObject
{
    Q_OBJECT

private:
    QString configDir() const { return m_dir.filePath(QStringLiteral("docker-config")); }

    // A context as `docker context create` writes it.
    void writeContext(const QString &name, const QString &host, bool skipTlsVerify = false,
                      const QStringList &tlsFiles = {})
    {
        const QString id = DockerContexts::contextId(name);
        QJsonObject docker {{u"Host"_s, host}, {u"SkipTLSVerify"_s, skipTlsVerify}};
        const QJsonObject meta {{u"Name"_s, name},
                                {u"Metadata"_s, QJsonObject {{u"Description"_s, QString(u"about " + name)}}},
                                {u"Endpoints"_s, QJsonObject {{u"docker"_s, docker}}}};
        QVERIFY(writeFile(configDir() + u"/contexts/meta/" + id + u"/meta.json", QJsonDocument(meta).toJson()));
        if (!tlsFiles.isEmpty())
            QVERIFY(QDir().mkpath(configDir() + u"/contexts/tls/" + id + u"/docker"));
        for (const QString &file : tlsFiles) {
            const QString source = file == u"key.pem" ? m_keyPem : m_certPem;
            QVERIFY(QFile::copy(source, configDir() + u"/contexts/tls/" + id + u"/docker/" + file));
        }
    }

    void writeConfig(const QByteArray &json) { QVERIFY(writeFile(configDir() + u"/config.json", json)); }

    QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> values = {}) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("DOCKER_CONFIG"), configDir());
        for (const auto &[name, value] : values)
            env.insert(name, value);
        return env;
    }

    QTemporaryDir m_dir;
    QString m_certPem;
    QString m_keyPem;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A real certificate and key, so that reading the TLS material is checked for real.
        m_certPem = m_dir.filePath(QStringLiteral("cert.pem"));
        m_keyPem = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_keyPem, QStringLiteral("-out"), m_certPem, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Hublot unit test")});
        QVERIFY2(openssl.waitForFinished(30'000), "openssl did not finish (is it installed?)");
        QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
    }

    void init()
    {
        QDir(configDir()).removeRecursively();
        QVERIFY(QDir().mkpath(configDir()));
    }

    void aContextIsStoredUnderTheSha256OfItsName()
    {
        // printf hello | sha256sum
        QCOMPARE(DockerContexts::contextId(QStringLiteral("hello")),
                 QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    }

    void theConfigFolderIsDockerConfigElseDotDockerInHome()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
        QCOMPARE(DockerContexts::configDir(env), QStringLiteral("/home/ada/.docker"));
        env.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/etc/ada-docker/"));
        QCOMPARE(DockerContexts::configDir(env), QStringLiteral("/etc/ada-docker"));
    }

    void withNoContextsTheDefaultOneIsListedAndActive()
    {
        const auto list = DockerContexts(environment()).list();
        QVERIFY2(list.ok(), why(list));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("default"));
        QCOMPARE(list->first().host, QStringLiteral("unix:///var/run/docker.sock"));
        QVERIFY(list->first().active);
        const auto endpoint = DockerContexts(environment()).activeEndpoint();
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->socketPath, EngineEndpoint::defaultSocketPath());
        QCOMPARE(endpoint->source, QStringLiteral("default"));
        QCOMPARE(endpoint->context, QStringLiteral("default"));
    }

    void everyContextIsListedSortedByNameWithItsFields()
    {
        writeContext(QStringLiteral("zulu"), QStringLiteral("tcp://10.1.2.3:2376"), false,
                     {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")});
        writeContext(QStringLiteral("alpha"), QStringLiteral("unix:///run/user/1000/docker.sock"));
        writeContext(QStringLiteral("mike"), QStringLiteral("tcp://build.example:2376"), true);
        const auto list = DockerContexts(environment()).list();
        QVERIFY2(list.ok(), why(list));
        QStringList names;
        for (const auto &context : list.value())
            names.append(context.name);
        QCOMPARE(names,
                 (QStringList {QStringLiteral("alpha"), QStringLiteral("default"), QStringLiteral("mike"),
                               QStringLiteral("zulu")}));
        const DockerContexts::Context &alpha = list->at(0);
        QCOMPARE(alpha.host, QStringLiteral("unix:///run/user/1000/docker.sock"));
        QCOMPARE(alpha.description, QStringLiteral("about alpha"));
        QVERIFY(alpha.tlsFolder.isEmpty());
        QVERIFY(!alpha.active);
        QVERIFY(list->at(1).active);
        QVERIFY(list->at(2).skipTlsVerify);
        const DockerContexts::Context &zulu = list->at(3);
        QCOMPARE(zulu.tlsFolder,
                 configDir() + u"/contexts/tls/" + DockerContexts::contextId(QStringLiteral("zulu")) + u"/docker");
        QVERIFY(!zulu.skipTlsVerify);
    }

    void currentContextInConfigJsonIsActive()
    {
        writeContext(QStringLiteral("remote"), QStringLiteral("tcp://10.1.2.3:2375"));
        writeConfig(R"({"auths": {}, "currentContext": "remote"})");
        const DockerContexts contexts(environment());
        QCOMPARE(contexts.activeName(), QStringLiteral("remote"));
        QCOMPARE(contexts.activeSource(), DockerContexts::Source::ConfigFile);
        const auto list = contexts.list();
        QVERIFY2(list.ok(), why(list));
        for (const auto &context : list.value())
            QCOMPARE(context.active, context.name == u"remote");
        const auto endpoint = contexts.activeEndpoint();
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->address(), QStringLiteral("tcp://10.1.2.3:2375"));
        QCOMPARE(endpoint->source, QStringLiteral("config.json"));
        QCOMPARE(endpoint->context, QStringLiteral("remote"));
        QVERIFY(!endpoint->tls.enabled);
    }

    void dockerContextBeatsConfigJson()
    {
        writeContext(QStringLiteral("remote"), QStringLiteral("tcp://10.1.2.3:2375"));
        writeContext(QStringLiteral("rootless"), QStringLiteral("unix:///run/user/1000/docker.sock"));
        writeConfig(R"({"currentContext": "remote"})");
        const DockerContexts contexts(environment({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("rootless")}}));
        QCOMPARE(contexts.activeName(), QStringLiteral("rootless"));
        QCOMPARE(contexts.activeSource(), DockerContexts::Source::DockerContext);
        const auto endpoint = contexts.activeEndpoint();
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->transport, EngineEndpoint::Transport::UnixSocket);
        QCOMPARE(endpoint->socketPath, QStringLiteral("/run/user/1000/docker.sock"));
        QCOMPARE(endpoint->source, QStringLiteral("DOCKER_CONTEXT"));
    }

    void dockerHostBeatsDockerContextAndConfigJson()
    {
        writeContext(QStringLiteral("remote"), QStringLiteral("tcp://10.1.2.3:2375"));
        writeConfig(R"({"currentContext": "remote"})");
        const QProcessEnvironment env
            = environment({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("remote")},
                           {QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.9.9.9")}});
        const DockerContexts contexts(env);
        QCOMPARE(contexts.activeName(), QStringLiteral("default"));
        QCOMPARE(contexts.activeSource(), DockerContexts::Source::DockerHost);
        const auto list = contexts.list();
        QVERIFY2(list.ok(), why(list));
        const auto defaultContext = std::find_if(list->cbegin(), list->cend(), [](const auto &c) { return c.active; });
        QVERIFY(defaultContext != list->cend());
        QCOMPARE(defaultContext->name, QStringLiteral("default"));
        QCOMPARE(defaultContext->host, QStringLiteral("tcp://10.9.9.9"));
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->address(), QStringLiteral("tcp://10.9.9.9:2375"));
        QCOMPARE(endpoint->source, QStringLiteral("DOCKER_HOST"));
    }

    void aTlsContextResolvesToHttpsWithItsFiles()
    {
        writeContext(QStringLiteral("secure"), QStringLiteral("tcp://10.1.2.3"), false,
                     {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")});
        const auto endpoint = DockerContexts(environment()).endpoint(QStringLiteral("secure"));
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->port, 2376);
        QVERIFY(endpoint->tls.enabled);
        QVERIFY(endpoint->tls.verifyPeer);
        const QString folder
            = configDir() + u"/contexts/tls/" + DockerContexts::contextId(QStringLiteral("secure")) + u"/docker/";
        QCOMPARE(endpoint->tls.caFile, folder + u"ca.pem");
        QCOMPARE(endpoint->tls.certFile, folder + u"cert.pem");
        QCOMPARE(endpoint->tls.keyFile, folder + u"key.pem");
        QCOMPARE(endpoint->source, QStringLiteral("context"));
        const auto ssl = endpoint->sslConfiguration();
        QVERIFY2(ssl.ok(), why(ssl));
        QCOMPARE(ssl->caCertificates().size(), 1);
        QVERIFY(!ssl->localCertificate().isNull());
        QVERIFY(!ssl->privateKey().isNull());
        QCOMPARE(ssl->peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void skipTlsVerifyGivesTlsWithoutPeerVerification()
    {
        writeContext(QStringLiteral("lax"), QStringLiteral("tcp://10.1.2.3"), true);
        const auto endpoint = DockerContexts(environment()).endpoint(QStringLiteral("lax"));
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->port, 2376);
        QVERIFY(endpoint->tls.enabled);
        QVERIFY(!endpoint->tls.verifyPeer);
        QVERIFY(endpoint->tls.caFile.isEmpty());
        QCOMPARE(endpoint->sslConfiguration()->peerVerifyMode(), QSslSocket::VerifyNone);
    }

    void aKeyWithoutItsCertificateIsReportedNamingTheKey()
    {
        writeContext(QStringLiteral("half"), QStringLiteral("tcp://10.1.2.3:2376"), false, {QStringLiteral("key.pem")});
        const auto endpoint = DockerContexts(environment()).endpoint(QStringLiteral("half"));
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, Kind::TlsFileMissing);
        QVERIFY2(endpoint.error().path.endsWith(u"/docker/key.pem"), qPrintable(endpoint.error().path));
    }

    void anUnknownContextIsContextNotFound()
    {
        const DockerContexts contexts(environment({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("gone")}}));
        const auto endpoint = contexts.activeEndpoint();
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, Kind::ContextNotFound);
        QVERIFY(endpoint.error().engineMessage.contains(u"gone"));
        QVERIFY(
            !EngineEndpoint::fromEnvironment(environment({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("gone")}}))
                 .ok());
    }

    void aBrokenMetaFileIsContextInvalidNamingTheFile()
    {
        writeContext(QStringLiteral("fine"), QStringLiteral("tcp://10.1.2.3:2375"));
        const QString broken
            = configDir() + u"/contexts/meta/" + DockerContexts::contextId(QStringLiteral("broken")) + u"/meta.json";
        QVERIFY(writeFile(broken, R"({"Name": "broken", "Endpoints": )"));
        const DockerContexts contexts(environment());
        const auto list = contexts.list();
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, Kind::ContextInvalid);
        QCOMPARE(list.error().path, broken);
        QVERIFY(contexts.endpoint(QStringLiteral("fine")).ok());
        QCOMPARE(contexts.endpoint(QStringLiteral("broken")).error().kind, Kind::ContextInvalid);
    }

    void aMalformedConfigJsonIsIgnoredAsTheCliDoes()
    {
        writeConfig("{ not json");
        const DockerContexts contexts(environment());
        QCOMPARE(contexts.activeSource(), DockerContexts::Source::Default);
        QVERIFY(contexts.activeEndpoint().ok());
    }

    void dockerTlsVerifyReadsTheCertificatesAndDefaultsToPort2376()
    {
        const QString certs = m_dir.filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(certs));
        QFile::remove(certs + u"/ca.pem");
        QFile::remove(certs + u"/cert.pem");
        QFile::remove(certs + u"/key.pem");
        QVERIFY(QFile::copy(m_certPem, certs + u"/ca.pem"));
        QVERIFY(QFile::copy(m_certPem, certs + u"/cert.pem"));
        QVERIFY(QFile::copy(m_keyPem, certs + u"/key.pem"));
        const auto endpoint = EngineEndpoint::fromEnvironment(
            environment({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://engine.example")},
                         {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                         {QStringLiteral("DOCKER_CERT_PATH"), certs}}));
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->port, 2376);
        QVERIFY(endpoint->tls.enabled);
        QVERIFY(endpoint->tls.verifyPeer);
        QCOMPARE(endpoint->tls.caFile, certs + u"/ca.pem");
        QCOMPARE(endpoint->tls.certFile, certs + u"/cert.pem");
        QCOMPARE(endpoint->tls.keyFile, certs + u"/key.pem");

        const auto plain = EngineEndpoint::fromEnvironment(
            environment({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://engine.example")}}));
        QVERIFY2(plain.ok(), why(plain));
        QCOMPARE(plain->port, 2375);
        QVERIFY(!plain->tls.enabled);
    }

    void withoutDockerCertPathTheCertificatesComeFromTheConfigFolder()
    {
        // No files there: the error names the first one missing, the CA.
        const auto endpoint = EngineEndpoint::fromEnvironment(
            environment({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://engine.example:2376")},
                         {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")}}));
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, Kind::TlsFileMissing);
        QCOMPARE(endpoint.error().path, configDir() + u"/ca.pem");
        QCOMPARE(endpoint.error().address, QStringLiteral("tcp://engine.example:2376"));
    }

    void aCertificateFileThatIsNotPemIsTlsFileInvalid()
    {
        QVERIFY(writeFile(configDir() + u"/ca.pem", "not a certificate\n"));
        QVERIFY(QFile::copy(m_certPem, configDir() + u"/cert.pem"));
        QVERIFY(QFile::copy(m_keyPem, configDir() + u"/key.pem"));
        auto endpoint = EngineEndpoint::fromEnvironment(
            environment({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://engine.example")},
                         {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")}}));
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, Kind::TlsFileInvalid);
        QCOMPARE(endpoint.error().path, configDir() + u"/ca.pem");

        QFile::remove(configDir() + u"/ca.pem");
        QVERIFY(QFile::copy(m_certPem, configDir() + u"/ca.pem"));
        QFile::remove(configDir() + u"/key.pem");
        QVERIFY(writeFile(configDir() + u"/key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        endpoint = EngineEndpoint::fromEnvironment(
            environment({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://engine.example")},
                         {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")}}));
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, Kind::TlsFileInvalid);
        QCOMPARE(endpoint.error().path, configDir() + u"/key.pem");
    }
};

QTEST_GUILESS_MAIN(DockerContextsTest)
#include "DockerContextsTest.moc"
