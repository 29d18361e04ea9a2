// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeEngine.h"
#include "TestEngine.h"

#include "engine/EngineClient.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Kind = Engine::EngineError::Kind;

namespace {

// Runs the event loop until the future has its result; a future that never
// finishes gives a default Result, an error the test then reports.
template <typename T> T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30'000))
        return T {};
    return future.result();
}

// What went wrong, for a failure message (QVERIFY2 builds it even on success).
template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().technicalSummary().toUtf8();
}

Engine::EngineEndpoint unixEndpoint(const QString &path)
{
    return Engine::EngineEndpoint::parse(u"unix://" + path).value();
}

}  // namespace

class EngineClientTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { TestEngine::cleanUp(); }

    void pingNegotiatesTheApiVersionTheEngineSpeaks()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::EngineClient client(TestEngine::endpoint());
        const auto result = await(client.ping());
        QVERIFY2(result.ok(), why(result));
        const QString engineApi
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("version"), QStringLiteral("--format"),
                                                      QStringLiteral("{{.Server.APIVersion}}")})
                                    .trimmed());
        const int expected
            = std::min(Engine::EngineClient::apiMinor(engineApi), int(Engine::EngineClient::NewestApiMinor));
        QCOMPARE(result.value(), QStringLiteral("1.%1").arg(expected));
        QCOMPARE(client.apiVersion(), result.value());
    }

    void versionMatchesWhatTheDockerCliReports()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::EngineClient client(TestEngine::endpoint());
        QVERIFY(await(client.ping()).ok());
        const auto version = await(client.version());
        QVERIFY2(version.ok(), why(version));
        const QJsonObject server = TestEngine::dockerJson({QStringLiteral("version"), QStringLiteral("--format"),
                                                           QStringLiteral("{{json .Server}}")})
                                       .object();
        QCOMPARE(version->version, server.value(u"Version").toString());
        QCOMPARE(version->apiVersion, server.value(u"ApiVersion").toString());
        QCOMPARE(version->os, server.value(u"Os").toString());
        QCOMPARE(version->arch, server.value(u"Arch").toString());
        QCOMPARE(version->kernelVersion, server.value(u"KernelVersion").toString());
        QVERIFY(!version->component(QStringLiteral("containerd")).version.isEmpty());
        QVERIFY(!version->component(QStringLiteral("runc")).version.isEmpty());
    }

    void containersAreListedWithTheirStateAndPublishedPorts()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString running = TestEngine::uniqueName(QStringLiteral("hublot-running"));
        const QString created = TestEngine::uniqueName(QStringLiteral("hublot-created"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                                          running, QStringLiteral("-p"), QStringLiteral("127.0.0.1::80")}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), created}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        const QString hostPort
            = QString::fromUtf8(
                  TestEngine::dockerOk({QStringLiteral("port"), running, QStringLiteral("80/tcp")}).trimmed())
                  .section(u':', -1);

        Engine::EngineClient client(TestEngine::endpoint());
        QVERIFY(await(client.ping()).ok());
        const auto list = await(client.listContainers());
        QVERIFY2(list.ok(), why(list));
        const Engine::ContainerSummary *runningSummary = nullptr;
        const Engine::ContainerSummary *createdSummary = nullptr;
        for (const Engine::ContainerSummary &c : list.value()) {
            if (c.name == running)
                runningSummary = &c;
            if (c.name == created)
                createdSummary = &c;
        }
        QVERIFY(runningSummary);
        QVERIFY(createdSummary);
        QCOMPARE(runningSummary->state, Engine::ContainerSummary::State::Running);
        QCOMPARE(createdSummary->state, Engine::ContainerSummary::State::Created);
        QCOMPARE(runningSummary->image, TestEngine::image());
        QCOMPARE(runningSummary->ports.size(), 1);
        QCOMPARE(runningSummary->ports.first().ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(runningSummary->ports.first().privatePort, 80);
        QCOMPARE(QString::number(runningSummary->ports.first().publicPort), hostPort);
    }

    void anExitedContainerCarriesItsExitCode()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-exit"));
        // docker run passes the container's exit code on as its own.
        const auto run = TestEngine::docker(
            QStringList {QStringLiteral("run"), QStringLiteral("--name"), name} + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        Engine::EngineClient client(TestEngine::endpoint());
        QVERIFY(await(client.ping()).ok());
        const auto list = await(client.listContainers());
        QVERIFY(list.ok());
        auto it = std::find_if(list->cbegin(), list->cend(), [&name](const auto &c) { return c.name == name; });
        QVERIFY(it != list->cend());
        QCOMPARE(it->state, Engine::ContainerSummary::State::Exited);
        QCOMPARE(it->exitCode, std::optional<int>(3));
    }

    void theTestImageIsListedWithItsTag()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::EngineClient client(TestEngine::endpoint());
        QVERIFY(await(client.ping()).ok());
        const auto images = await(client.listImages());
        QVERIFY2(images.ok(), why(images));
        const QString id = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                  QStringLiteral("{{.Id}}"), TestEngine::image()})
                .trimmed());
        auto it = std::find_if(images->cbegin(), images->cend(), [](const Engine::ImageSummary &image) {
            return image.repository == u"hublot-test/busybox" && image.tag == u"1";
        });
        QVERIFY(it != images->cend());
        QCOMPARE(it->id, id);
        QVERIFY(it->size > 100'000);
    }

    void volumesAndNetworksAreListed()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString volume = TestEngine::uniqueName(QStringLiteral("hublot-volume"));
        TestEngine::dockerOk(QStringList {QStringLiteral("volume"), QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {volume});
        Engine::EngineClient client(TestEngine::endpoint());
        QVERIFY(await(client.ping()).ok());
        const auto volumes = await(client.listVolumes());
        QVERIFY(volumes.ok());
        QVERIFY(std::any_of(volumes->cbegin(), volumes->cend(),
                            [&volume](const auto &v) { return v.name == volume && v.driver == u"local"; }));
        const auto networks = await(client.listNetworks());
        QVERIFY(networks.ok());
        // Every engine has the three built-in networks.
        for (const QString &name : {QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")}) {
            QVERIFY2(
                std::any_of(networks->cbegin(), networks->cend(), [&name](const auto &n) { return n.name == name; }),
                qPrintable(name));
        }
    }

    void aMissingSocketIsReportedAsSocketMissing()
    {
        QTemporaryDir dir;
        Engine::EngineClient client(unixEndpoint(dir.filePath(QStringLiteral("docker.sock"))));
        const auto result = await(client.ping());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::SocketMissing);
    }

    void aSocketNobodyListensOnIsReportedAsEngineNotRunning()
    {
        // A socket file left behind by an engine that stopped: bound, never listening.
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("docker.sock")));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()) + 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        Engine::EngineClient client(unixEndpoint(QString::fromLocal8Bit(path)));
        const auto result = await(client.ping());
        ::close(fd);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::EngineNotRunning);
    }

    void anHttpErrorCarriesTheEnginesStatusAndMessage()
    {
        // FAKE: none of the client's requests so far can make the real
        // engine answer 404, so a fake answers as it does for an unknown container.
        Test::FakeEngine fake(Test::FakeEngine::response(404, "Content-Type: application/json\r\nAPI-Version: 1.45\r\n",
                                                         R"({"message":"No such container: nope"})"));
        Engine::EngineClient fakeClient(unixEndpoint(fake.socketPath()));
        const auto result = await(fakeClient.version());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::NotFound);
        QCOMPARE(result.error().httpStatus, 404);
        QCOMPARE(result.error().engineMessage, QStringLiteral("No such container: nope"));
    }

    void anEngineOlderThanApi141IsRefused()
    {
        Test::FakeEngine fake(Test::FakeEngine::response(200, "API-Version: 1.40\r\n", "OK"));
        Engine::EngineClient client(unixEndpoint(fake.socketPath()));
        const auto result = await(client.ping());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::ApiTooOld);
        QCOMPARE(result.error().engineMessage, QStringLiteral("1.40"));
        QVERIFY(client.apiVersion().isEmpty());
    }

    void aNewerEngineIsSpokenToInOurNewestApi()
    {
        Test::FakeEngine fake(Test::FakeEngine::response(200, "API-Version: 1.99\r\n", "OK"));
        Engine::EngineClient client(unixEndpoint(fake.socketPath()));
        const auto result = await(client.ping());
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QStringLiteral("1.%1").arg(Engine::EngineClient::NewestApiMinor));
    }

    void somethingThatIsNotAnEngineIsAMalformedReply()
    {
        Test::FakeEngine fake(Test::FakeEngine::response(200, "Content-Type: text/html\r\n", "<html></html>"));
        Engine::EngineClient client(unixEndpoint(fake.socketPath()));
        const auto result = await(client.ping());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::MalformedReply);
    }
};

QTEST_GUILESS_MAIN(EngineClientTest)
#include "EngineClientTest.moc"
