// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HijackedStreamChecks.h"
#include "TestEngine.h"

#include "engine/DockerContexts.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Kind = Engine::EngineError::Kind;

namespace {

template <typename T> T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30'000))
        return T {};
    return future.result();
}

template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().technicalSummary().toUtf8();
}

template <typename T> QByteArray kindOf(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArrayLiteral("success")
                       : Engine::EngineError::kindName(result.error().kind).toUtf8() + ": " + why(result);
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Runs a program and waits for it; empty when it succeeded, else why not.
QString run(const QString &program, const QStringList &arguments, const QString &workDir,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return program + u" could not be started: " + process.errorString();
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return program + u' ' + arguments.join(u' ') + u" did not finish";
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + u' ' + arguments.join(u' ') + u" failed: " + QString::fromUtf8(process.readAllStandardError());
    return QString();
}

// A dockerd of the test's own on 127.0.0.1, beside the test engine: its own
// folders and bridge, no firewall rules; stopped when destroyed.
//
// Not `--bridge none`: a dockerd started so deletes the interface docker0,
// the test engine's bridge in the same network namespace, and the test
// engine can then start no container. A bridge of its own, made here, is
// left alone by both.
class TcpEngine final
{
public:
    TcpEngine(const QString &dir, const QStringList &tlsArguments)
        : m_dir(dir)
        , m_port(freePort())
        , m_bridge(QStringLiteral("hublot%1").arg(m_port))
    {
        QDir().mkpath(m_dir);
        static int subnet = 0;
        const QString cidr = QStringLiteral("10.214.%1.1/24").arg(++subnet);
        for (const QStringList &ip :
             {QStringList {QStringLiteral("link"), QStringLiteral("add"), m_bridge, QStringLiteral("type"),
                           QStringLiteral("bridge")},
              QStringList {QStringLiteral("addr"), QStringLiteral("add"), cidr, QStringLiteral("dev"), m_bridge},
              QStringList {QStringLiteral("link"), QStringLiteral("set"), m_bridge, QStringLiteral("up")}}) {
            m_startError = run(QStringLiteral("ip"), ip, m_dir);
            if (!m_startError.isEmpty())
                return;
        }
        QFile config(m_dir + u"/daemon.json");
        if (config.open(QIODevice::WriteOnly))
            config.write("{}\n");
        config.close();
        m_process.setStandardOutputFile(logFile());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("dockerd"),
                        QStringList {QStringLiteral("--config-file"),
                                     m_dir + u"/daemon.json",
                                     QStringLiteral("--data-root"),
                                     m_dir + u"/data",
                                     QStringLiteral("--exec-root"),
                                     m_dir + u"/exec",
                                     QStringLiteral("--pidfile"),
                                     m_dir + u"/dockerd.pid",
                                     QStringLiteral("--host"),
                                     address(),
                                     QStringLiteral("--bridge"),
                                     m_bridge,
                                     QStringLiteral("--iptables=false"),
                                     QStringLiteral("--ip6tables=false"),
                                     QStringLiteral("--containerd-namespace"),
                                     QStringLiteral("hublot-tcp"),
                                     QStringLiteral("--containerd-plugins-namespace"),
                                     QStringLiteral("hublot-tcp-plugins"),
                                     QStringLiteral("--shutdown-timeout"),
                                     QStringLiteral("2")}
                            + tlsArguments);
    }
    ~TcpEngine()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(15'000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("delete"), m_bridge}, m_dir);
    }
    Q_DISABLE_COPY_MOVE(TcpEngine)

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString address() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(m_port); }
    [[nodiscard]] QString logFile() const { return m_dir + u"/dockerd.log"; }

    // Waits until the engine listens; empty when it does, else why not.
    QString waitUntilListening()
    {
        if (m_port == 0)
            return QStringLiteral("no free port on 127.0.0.1");
        if (!m_startError.isEmpty())
            return u"the engine's bridge could not be made: " + m_startError;
        if (!m_process.waitForStarted(10'000))
            return u"dockerd could not be started: " + m_process.errorString();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 40'000) {
            if (m_process.state() == QProcess::NotRunning)
                return u"dockerd exited at start: " + logTail();
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (socket.waitForConnected(200))
                return QString();
            QTest::qWait(200);
        }
        return u"dockerd did not listen on " + address() + u" within 40 s: " + logTail();
    }

private:
    QString logTail() const
    {
        QFile log(logFile());
        if (!log.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(log.readAll().right(1500));
    }

    QString m_dir;
    int m_port;
    QString m_bridge;
    QString m_startError;
    QProcess m_process;
};

}  // namespace

class TlsTransportTest final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Makes a key and a certificate signed by ca (or self-signed when ca is
    // empty) with the given extensions and validity.
    QString makeCertificate(const QString &name, const QString &ca, const QString &subject, const QString &extensions,
                            const QStringList &validity = {QStringLiteral("-days"), QStringLiteral("2")})
    {
        const QString key = name + u"-key.pem";
        const QString cert = name + u".pem";
        const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
        if (ca.isEmpty()) {
            return run(QStringLiteral("openssl"),
                       QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                    QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}
                           + validity,
                       m_dir.path());
        }
        QFile ext(path(name + u".ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return u"cannot write " + ext.fileName();
        ext.write(extensions.toUtf8() + "\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QString error
            = run(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), name + u".csr", QStringLiteral("-subj"), subject},
                  m_dir.path());
        if (!error.isEmpty())
            return error;
        return run(QStringLiteral("openssl"),
                   QStringList {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + u".csr",
                                QStringLiteral("-CA"), ca + u".pem", QStringLiteral("-CAkey"), ca + u"-key.pem",
                                QStringLiteral("-set_serial"), QString::number(++m_serial), QStringLiteral("-extfile"),
                                name + u".ext", QStringLiteral("-out"), cert}
                       + validity,
                   m_dir.path());
    }

    // A dockerd that verifies clients against our CA and shows serverName's certificate.
    std::unique_ptr<TcpEngine> startTlsEngine(const QString &serverName)
    {
        return std::make_unique<TcpEngine>(path(u"engine-" + serverName),
                                           QStringList {QStringLiteral("--tlsverify"), QStringLiteral("--tlscacert"),
                                                        path(QStringLiteral("ca.pem")), QStringLiteral("--tlscert"),
                                                        path(serverName + u".pem"), QStringLiteral("--tlskey"),
                                                        path(serverName + u"-key.pem")});
    }

    // An endpoint with our CA and the named client certificate.
    Engine::EngineEndpoint tlsEndpoint(int port, const QString &client = QStringLiteral("client")) const
    {
        Engine::EngineEndpoint endpoint
            = Engine::EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(port), true).value();
        endpoint.tls.enabled = true;
        endpoint.tls.caFile = path(QStringLiteral("ca.pem"));
        endpoint.tls.certFile = path(client + u".pem");
        endpoint.tls.keyFile = path(client + u"-key.pem");
        return endpoint;
    }

    // The docker CLI against an engine of ours, with our CA and client certificate.
    TestEngine::Output dockerTls(int port, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), path(QStringLiteral("cli-config")));
        env.remove(QStringLiteral("DOCKER_CONTEXT"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("docker"),
                      QStringList {QStringLiteral("--host"), QStringLiteral("tcp://127.0.0.1:%1").arg(port),
                                   QStringLiteral("--tlsverify"), QStringLiteral("--tlscacert"),
                                   path(QStringLiteral("ca.pem")), QStringLiteral("--tlscert"),
                                   path(QStringLiteral("client.pem")), QStringLiteral("--tlskey"),
                                   path(QStringLiteral("client-key.pem"))}
                          + arguments);
        TestEngine::Output output;
        if (!process.waitForFinished(30'000))
            return output;
        output.exitCode = process.exitCode();
        output.out = process.readAllStandardOutput();
        output.err = process.readAllStandardError();
        return output;
    }

    QTemporaryDir m_dir {QDir::tempPath() + u"/hublot-tls-XXXXXX"};
    int m_serial = 1;
    std::unique_ptr<TcpEngine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        const QString server = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth");
        const QString client = QStringLiteral("extendedKeyUsage=clientAuth");
        const QStringList expired {QStringLiteral("-not_before"), QStringLiteral("20200101000000Z"),
                                   QStringLiteral("-not_after"), QStringLiteral("20200102000000Z")};
        struct Step
        {
            QString name, ca, subject, extensions;
            QStringList validity {QStringLiteral("-days"), QStringLiteral("2")};
        };
        const QList<Step> steps {
            {QStringLiteral("ca"), {}, QStringLiteral("/CN=Hublot test CA"), {}},
            {QStringLiteral("other-ca"), {}, QStringLiteral("/CN=Hublot other CA"), {}},
            {QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("/CN=localhost"), server},
            {QStringLiteral("server-other-ca"), QStringLiteral("other-ca"), QStringLiteral("/CN=localhost"), server},
            {QStringLiteral("server-expired"), QStringLiteral("ca"), QStringLiteral("/CN=localhost"), server, expired},
            {QStringLiteral("server-other-host"), QStringLiteral("ca"), QStringLiteral("/CN=engine.example"),
             QStringLiteral("subjectAltName=DNS:engine.example\nextendedKeyUsage=serverAuth")},
            {QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("/CN=hublot"), client},
            {QStringLiteral("client-other-ca"), QStringLiteral("other-ca"), QStringLiteral("/CN=hublot"), client},
        };
        for (const Step &step : steps) {
            const QString error = makeCertificate(step.name, step.ca, step.subject, step.extensions, step.validity);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // DOCKER_CERT_PATH's layout: ca.pem, cert.pem, key.pem in one folder.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("certs")));
        QVERIFY(QFile::copy(path(QStringLiteral("ca.pem")), path(QStringLiteral("certs/ca.pem"))));
        QVERIFY(QFile::copy(path(QStringLiteral("client.pem")), path(QStringLiteral("certs/cert.pem"))));
        QVERIFY(QFile::copy(path(QStringLiteral("client-key.pem")), path(QStringLiteral("certs/key.pem"))));

        m_engine = startTlsEngine(QStringLiteral("server"));
        const QString error = m_engine->waitUntilListening();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void theTlsEngineNamedByDockerHostPingsAndListsWhatTheCliSees()
    {
        const QString volume = TestEngine::uniqueName(QStringLiteral("hublot-tls-volume"));
        const auto created = dockerTls(m_engine->port(),
                                       QStringList {QStringLiteral("volume"), QStringLiteral("create")}
                                           + TestEngine::labels() + QStringList {volume});
        QVERIFY2(created.exitCode == 0, created.err.constData());

        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("DOCKER_HOST"), m_engine->address());
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), path(QStringLiteral("certs")));
        const auto endpoint = Engine::EngineEndpoint::fromEnvironment(env);
        QVERIFY2(endpoint.ok(), why(endpoint));
        QVERIFY(endpoint->tls.enabled);
        QVERIFY(endpoint->tls.verifyPeer);

        Engine::EngineClient client(endpoint.value());
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), why(ping));
        const auto volumes = await(client.listVolumes());
        QVERIFY2(volumes.ok(), why(volumes));
        QCOMPARE(volumes->size(), 1);
        QCOMPARE(volumes->first().name, volume);
        const auto containers = await(client.listContainers());
        QVERIFY2(containers.ok(), why(containers));
        QVERIFY(containers->isEmpty());
    }

    void aContextTheCliCreatedReachesTheTlsEngine()
    {
        // The docker CLI writes the context's meta.json and TLS folder; Hublot reads them.
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("DOCKER_CONFIG"), path(QStringLiteral("context-config")));
        const QString endpointSpec
            = QStringLiteral("host=%1,ca=%2,cert=%3,key=%4")
                  .arg(m_engine->address(), path(QStringLiteral("ca.pem")), path(QStringLiteral("client.pem")),
                       path(QStringLiteral("client-key.pem")));
        QString error = run(QStringLiteral("docker"),
                            {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("hublot-tls"),
                             QStringLiteral("--docker"), endpointSpec},
                            m_dir.path(), env);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error
            = run(QStringLiteral("docker"),
                  {QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("hublot-tls")}, m_dir.path(), env);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const Engine::DockerContexts contexts(env);
        QCOMPARE(contexts.activeName(), QStringLiteral("hublot-tls"));
        QCOMPARE(contexts.activeSource(), Engine::DockerContexts::Source::ConfigFile);
        const auto endpoint = contexts.activeEndpoint();
        QVERIFY2(endpoint.ok(), why(endpoint));
        QCOMPARE(endpoint->context, QStringLiteral("hublot-tls"));
        QCOMPARE(endpoint->port, m_engine->port());
        QVERIFY(endpoint->tls.enabled);
        Engine::EngineClient client(endpoint.value());
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), why(ping));
    }

    void aServerCertificateFromAnotherCaIsRefusedAsUntrusted()
    {
        const auto engine = startTlsEngine(QStringLiteral("server-other-ca"));
        const QString error = engine->waitUntilListening();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineClient client(tlsEndpoint(engine->port()));
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsUntrustedCertificate, kindOf(ping));
        // The hijacked connections of exec, attach and logs make the same checks.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith("TlsUntrustedCertificate:"), attached.constData());
    }

    void anExpiredServerCertificateIsRefusedAsExpired()
    {
        const auto engine = startTlsEngine(QStringLiteral("server-expired"));
        const QString error = engine->waitUntilListening();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineClient client(tlsEndpoint(engine->port()));
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsCertificateExpired, kindOf(ping));
        // The hijacked connections of exec, attach and logs make the same checks.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith("TlsCertificateExpired:"), attached.constData());
    }

    void aServerCertificateForAnotherHostIsRefusedAsHostNameMismatch()
    {
        const auto engine = startTlsEngine(QStringLiteral("server-other-host"));
        const QString error = engine->waitUntilListening();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineClient client(tlsEndpoint(engine->port()));
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsHostNameMismatch, kindOf(ping));
        // The hijacked connections of exec, attach and logs make the same checks.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith("TlsHostNameMismatch:"), attached.constData());
    }

    void aClientCertificateFromAnotherCaIsRefusedByTheEngine()
    {
        Engine::EngineClient client(tlsEndpoint(m_engine->port(), QStringLiteral("client-other-ca")));
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsClientCertificateRefused, kindOf(ping));
        // The hijacked connections of exec, attach and logs make the same checks.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith("TlsClientCertificateRefused:"), attached.constData());
    }

    void noClientCertificateIsRefusedByTheEngine()
    {
        Engine::EngineEndpoint endpoint = tlsEndpoint(m_engine->port());
        endpoint.tls.certFile.clear();
        endpoint.tls.keyFile.clear();
        Engine::EngineClient client(endpoint);
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsClientCertificateRefused, kindOf(ping));
        // The hijacked connections of exec, attach and logs make the same checks.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith("TlsClientCertificateRefused:"), attached.constData());
    }

    void aMissingClientKeyIsReportedNamingTheFileBeforeAnyConnection()
    {
        Engine::EngineEndpoint endpoint = tlsEndpoint(m_engine->port());
        endpoint.tls.keyFile = path(QStringLiteral("no-such-key.pem"));
        Engine::EngineClient client(endpoint);
        const auto ping = await(client.ping());
        QVERIFY2(!ping.ok() && ping.error().kind == Kind::TlsFileMissing, kindOf(ping));
        QCOMPARE(ping.error().path, path(QStringLiteral("no-such-key.pem")));
        const auto list = await(client.listVolumes());
        QVERIFY2(!list.ok() && list.error().kind == Kind::TlsFileMissing, kindOf(list));
    }

    void execAttachAndLogsReachTheTlsEngine()
    {
        HUBLOT_REQUIRE_ENGINE();
        // The TLS engine keeps images of its own: it gets the test image from the test engine.
        const QString tar = path(QStringLiteral("test-image.tar"));
        const auto saved = TestEngine::docker({QStringLiteral("save"), QStringLiteral("-o"), tar, TestEngine::image()});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const auto loaded = dockerTls(m_engine->port(), {QStringLiteral("load"), QStringLiteral("-i"), tar});
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-tls-streams"));
        const auto started
            = dockerTls(m_engine->port(),
                        QStringList {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--network"),
                                     QStringLiteral("none"), QStringLiteral("--hostname"), QStringLiteral("tls-box"),
                                     QStringLiteral("--name"), name}
                            + TestEngine::labels() + QStringList {TestEngine::image()} + Test::shellContainerCommand());
        QVERIFY2(started.exitCode == 0, started.err.constData());

        Engine::EngineClient client(tlsEndpoint(m_engine->port()));
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), why(ping));
        const QString failure = Test::streamChecks(&client, name, QByteArrayLiteral("tls-box"));
        dockerTls(m_engine->port(), {QStringLiteral("rm"), QStringLiteral("-f"), name});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void plainTcpWithoutTlsPingsAndLists()
    {
        TcpEngine engine(path(QStringLiteral("engine-plain")), {});
        const QString error = engine.waitUntilListening();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("DOCKER_HOST"), engine.address());
        const auto endpoint = Engine::EngineEndpoint::fromEnvironment(env);
        QVERIFY2(endpoint.ok(), why(endpoint));
        QVERIFY(!endpoint->tls.enabled);
        Engine::EngineClient client(endpoint.value());
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), why(ping));
        const auto networks = await(client.listNetworks());
        QVERIFY2(networks.ok(), why(networks));
        QVERIFY(std::any_of(networks->cbegin(), networks->cend(), [](const auto &n) { return n.name == u"none"; }));
        // A TLS client at a plain engine is refused, not mistaken for an answer.
        Engine::EngineClient tlsClient(tlsEndpoint(engine.port()));
        const auto tlsPing = await(tlsClient.ping());
        QVERIFY2(!tlsPing.ok(), kindOf(tlsPing));
    }
};

QTEST_GUILESS_MAIN(TlsTransportTest)
#include "TlsTransportTest.moc"
