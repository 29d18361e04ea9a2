// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HijackedStreamChecks.h"
#include "TestEngine.h"
#include "TestSshServer.h"

#include "engine/EngineClient.h"
#include "engine/EventStream.h"
#include "engine/SshDialer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Hublot::Test::TestSshServer;
using Kind = Engine::EngineError::Kind;

namespace {

template <typename T> T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 60'000))
        return T {};
    return future.result();
}

template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().technicalSummary().toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

}  // namespace

class SshDialerTest final : public QObject
{
    Q_OBJECT

    TestSshServer m_server;

    // An endpoint for root on the test sshd, with the client config that
    // the server wrote: its known_hosts and identity, nothing of ~/.ssh.
    Engine::EngineEndpoint endpoint(const QString &config) const
    {
        Engine::EngineEndpoint endpoint
            = Engine::EngineEndpoint::parse(QStringLiteral("ssh://root@127.0.0.1:%1").arg(m_server.port())).value();
        endpoint.sshOptions = {QStringLiteral("-F"), config};
        return endpoint;
    }

    // Fails with kind expected, the message ssh gave, and the ssh address.
    void expectPingFails(const QString &config, Kind expected, const char *messagePart)
    {
        Engine::EngineClient client(endpoint(config));
        const auto ping = await(client.ping());
        QVERIFY(!ping.ok());
        QVERIFY2(ping.error().kind == expected, why(ping));
        QVERIFY2(ping.error().engineMessage.contains(QString::fromLatin1(messagePart)), why(ping));
        QCOMPARE(ping.error().address, client.endpoint().address());
        // Qt opens the connection again when it closes without a reply; the
        // failure answers that without asking the server once more.
        const auto *dialer = client.findChild<Engine::SshDialer *>();
        QVERIFY(dialer);
        QCOMPARE(dialer->runCount(), 1);
        // A hijacked connection (exec, attach, logs) says the same.
        const QByteArray attached = Test::attachOutcome(client);
        QVERIFY2(attached.startsWith(QByteArray(Engine::EngineError::kindName(expected).toUtf8() + ':')),
                 attached.constData());
        QVERIFY2(attached.contains(messagePart), attached.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        TestEngine::cleanUp();
    }

    void theSshCommandChecksHostKeysStrictlyBeforeAnyOptionOfTheUsers()
    {
        Engine::EngineEndpoint endpoint
            = Engine::EngineEndpoint::parse(QStringLiteral("ssh://alice@box.example:2200/run/it's%20here.sock"))
                  .value();
        endpoint.sshOptions = {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no")};
        const QStringList arguments = Engine::SshDialer::arguments(endpoint);
        const QStringList expected {QStringLiteral("-o"),          QStringLiteral("StrictHostKeyChecking=yes"),
                                    QStringLiteral("-o"),          QStringLiteral("BatchMode=yes"),
                                    QStringLiteral("-o"),          QStringLiteral("StrictHostKeyChecking=no"),
                                    QStringLiteral("-o"),          QStringLiteral("ConnectTimeout=20"),
                                    QStringLiteral("-T"),          QStringLiteral("-l"),
                                    QStringLiteral("alice"),       QStringLiteral("-p"),
                                    QStringLiteral("2200"),        QStringLiteral("--"),
                                    QStringLiteral("box.example"), QStringLiteral("docker"),
                                    QStringLiteral("--host"),      QStringLiteral("'unix:///run/it'\\''s here.sock'"),
                                    QStringLiteral("system"),      QStringLiteral("dial-stdio")};
        QCOMPARE(arguments, expected);
    }

    void pingVersionAndContainersComeThroughSshAsTheDockerCliSeesThem()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-ssh"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), name}
                             + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("true")});

        Engine::EngineClient client(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), QByteArray(why(ping) + "\nsshd: " + m_server.log().toUtf8()));
        const QString engineApi
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("version"), QStringLiteral("--format"),
                                                      QStringLiteral("{{.Server.APIVersion}}")})
                                    .trimmed());
        QCOMPARE(ping.value(),
                 QStringLiteral("1.%1").arg(
                     std::min(Engine::EngineClient::apiMinor(engineApi), int(Engine::EngineClient::NewestApiMinor))));

        const auto version = await(client.version());
        QVERIFY2(version.ok(), why(version));
        const QJsonObject server = TestEngine::dockerJson({QStringLiteral("version"), QStringLiteral("--format"),
                                                           QStringLiteral("{{json .Server}}")})
                                       .object();
        QCOMPARE(version->version, server.value(u"Version").toString());
        QCOMPARE(version->apiVersion, server.value(u"ApiVersion").toString());

        const auto containers = await(client.listContainers());
        QVERIFY2(containers.ok(), why(containers));
        QStringList ours;
        for (const auto &container : containers.value())
            ours.append(container.id);
        QStringList cli = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("ps"), QStringLiteral("-aq"),
                                                                  QStringLiteral("--no-trunc")}))
                              .split(u'\n', Qt::SkipEmptyParts);
        ours.sort();
        cli.sort();
        QCOMPARE(ours, cli);
        const QString created
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                                      QStringLiteral("{{.Id}}"), name})
                                    .trimmed());
        QVERIFY(ours.contains(created));
    }

    void eventsStreamThroughSshAndCancellingEndsTheirSshProcess()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::EngineClient client(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        QVERIFY(await(client.ping()).ok());
        auto *dialer = client.findChild<Engine::SshDialer *>();
        QVERIFY(dialer);
        QList<Engine::DockerEvent> events;
        // From a second ago: the container made below is seen even if it is
        // made before the stream's connection is open.
        auto *stream = client.events(QDateTime::currentSecsSinceEpoch() - 1, this);
        connect(stream, &Engine::EventStream::eventReceived, this,
                [&events](const Engine::DockerEvent &event) { events.append(event); });

        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-ssh-events"));
        const QString id = QString::fromUtf8(
            TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), name}
                                 + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("true")})
                .trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                             [&id](const Engine::DockerEvent &event) {
                                                 return event.actorId == id && event.action == u"create";
                                             }),
                                 20'000);
        // The stream's connection is surely open now that an event came through it.
        const int running = dialer->runningCount();
        QVERIFY(running >= 1);
        delete stream;
        QTRY_COMPARE_WITH_TIMEOUT(dialer->runningCount(), running - 1, 10'000);
    }

    void execAttachAndLogsComeThroughSsh()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-ssh-streams"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--hostname"),
                                          QStringLiteral("ssh-box"), QStringLiteral("--name"), name}
                             + TestEngine::labels() + QStringList {TestEngine::image()}
                             + Test::shellContainerCommand());
        Engine::EngineClient client(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), QByteArray(why(ping) + "\nsshd: " + m_server.log().toUtf8()));
        const QString failure = Test::streamChecks(&client, name, QByteArrayLiteral("ssh-box"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure + u"\nsshd: " + m_server.log()));
    }

    void eachConnectionRunsOneSshProcessThatEndsWithIt()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::SshDialer dialer(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        QVERIFY2(!dialer.socketPath().isEmpty(),
                 dialer.lastFailure() ? qPrintable(dialer.lastFailure()->technicalSummary()) : "");
        QCOMPARE(QFileInfo(QFileInfo(dialer.socketPath()).path()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QLocalSocket socket;
        socket.connectToServer(dialer.socketPath());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n");
        QByteArray reply;
        QVERIFY(QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return socket.state() == QLocalSocket::UnconnectedState;
            },
            30'000));
        reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.constData());
        QVERIFY2(reply.endsWith("OK"), reply.constData());
        QTRY_COMPARE_WITH_TIMEOUT(dialer.runningCount(), 0, 10'000);
        QVERIFY(!dialer.lastFailure());
    }

    void closingTheConnectionEndsItsSshProcess()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::SshDialer dialer(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        QLocalSocket socket;
        socket.connectToServer(dialer.socketPath());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("GET /_ping HTTP/1.1\r\nHost: docker\r\n\r\n");
        QByteArray reply;
        QVERIFY(QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return reply.endsWith("OK");
            },
            30'000));
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.constData());
        QCOMPARE(dialer.runningCount(), 1);
        socket.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(dialer.runningCount(), 0, 10'000);
        QVERIFY(!dialer.lastFailure());
    }

    void anUnknownHostKeyIsRefusedAndKnownHostsIsLeftAlone()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString config = m_server.clientConfig({});
        expectPingFails(config, Kind::SshHostKeyUnknown, "Host key verification failed");
        QCOMPARE(readFile(m_server.knownHostsPath()), QByteArray());
    }

    void aChangedHostKeyIsRefusedAndKnownHostsIsLeftAlone()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString config = m_server.clientConfig({m_server.knownHostsLine(true)});
        const QByteArray before = readFile(m_server.knownHostsPath());
        expectPingFails(config, Kind::SshHostKeyChanged, "REMOTE HOST IDENTIFICATION HAS CHANGED");
        QCOMPARE(readFile(m_server.knownHostsPath()), before);
    }

    void aKeyTheServerDoesNotKnowIsAnAuthenticationFailure()
    {
        HUBLOT_REQUIRE_ENGINE();
        expectPingFails(m_server.clientConfig({m_server.knownHostsLine()}, false), Kind::SshAuthenticationFailed,
                        "Permission denied");
    }

    void aHostWithoutDockerIsReportedAsSuch()
    {
        HUBLOT_REQUIRE_ENGINE();
        TestSshServer server;
        const QString error = server.start({{QStringLiteral("PATH"), QStringLiteral("/nonexistent")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineEndpoint target
            = Engine::EngineEndpoint::parse(QStringLiteral("ssh://root@127.0.0.1:%1").arg(server.port())).value();
        target.sshOptions = {QStringLiteral("-F"), server.clientConfig({server.knownHostsLine()})};
        Engine::EngineClient client(target);
        const auto ping = await(client.ping());
        QVERIFY(!ping.ok());
        QVERIFY2(ping.error().kind == Kind::SshRemoteDockerMissing, why(ping));
        QVERIFY2(ping.error().engineMessage.contains(u"docker"), why(ping));
    }

    void aRemoteEngineWhoseSocketIsMissingIsReportedAsSuch()
    {
        HUBLOT_REQUIRE_ENGINE();
        TestSshServer server;
        const QString error = server.start(
            {{QStringLiteral("DOCKER_HOST"), u"unix://" + server.filePath(QStringLiteral("no-engine.sock"))}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineEndpoint target
            = Engine::EngineEndpoint::parse(QStringLiteral("ssh://root@127.0.0.1:%1").arg(server.port())).value();
        target.sshOptions = {QStringLiteral("-F"), server.clientConfig({server.knownHostsLine()})};
        Engine::EngineClient client(target);
        const auto ping = await(client.ping());
        QVERIFY(!ping.ok());
        QVERIFY2(ping.error().kind == Kind::SocketMissing, why(ping));
        QVERIFY2(ping.error().engineMessage.contains(u"no-engine.sock"), why(ping));
    }

    void aStoppedSshServerIsAConnectionRefused()
    {
        HUBLOT_REQUIRE_ENGINE();
        TestSshServer server;
        const QString error = server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Engine::EngineEndpoint target
            = Engine::EngineEndpoint::parse(QStringLiteral("ssh://root@127.0.0.1:%1").arg(server.port())).value();
        target.sshOptions = {QStringLiteral("-F"), server.clientConfig({server.knownHostsLine()})};
        Engine::EngineClient client(target);
        QVERIFY2(await(client.ping()).ok(), qPrintable(server.log()));
        server.stop();
        Engine::EngineClient after(target);
        const auto ping = await(after.ping());
        QVERIFY(!ping.ok());
        QVERIFY2(ping.error().kind == Kind::SshConnectionRefused, why(ping));
        QVERIFY2(ping.error().engineMessage.contains(u"Connection refused"), why(ping));
    }

    void aMissingSshClientIsReportedAsSuch()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        Engine::EngineClient client(endpoint(m_server.clientConfig({m_server.knownHostsLine()})));
        const auto ping = await(client.ping());
        qputenv("PATH", path);
        QVERIFY(!ping.ok());
        QVERIFY2(ping.error().kind == Kind::SshClientMissing, why(ping));
    }
};

QTEST_GUILESS_MAIN(SshDialerTest)
#include "SshDialerTest.moc"
