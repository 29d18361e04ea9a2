// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeEngine.h"
#include "TestEngine.h"

#include "engine/EngineSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;
using State = Engine::EngineSession::State;

namespace {

const Engine::ContainerSummary *findByName(const Engine::ContainerStore *store, const QString &name)
{
    for (const QString &key : store->keys()) {
        const Engine::ContainerSummary *c = store->find(key);
        if (c && c->name == name)
            return c;
    }
    return nullptr;
}

}  // namespace

class EngineSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { TestEngine::cleanUp(); }

    void aSessionLoadsWhatTheEngineHolds()
    {
        HUBLOT_REQUIRE_ENGINE();
        // Other test processes share the engine: compare on what this one made.
        const QString running = TestEngine::uniqueName(QStringLiteral("hublot-load"));
        const QString created = TestEngine::uniqueName(QStringLiteral("hublot-load"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), running}
            + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), created}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        const QString runningId
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                                      QStringLiteral("{{.Id}}"), running})
                                    .trimmed());

        Engine::EngineSession session;
        QSignalSpy loaded(&session, &Engine::EngineSession::loaded);
        session.connectTo(TestEngine::endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30'000);
        QCOMPARE(session.state(), State::Connected);
        QVERIFY(session.isLoaded());
        QVERIFY(session.containers()->find(runningId));
        QCOMPARE(session.containers()->find(runningId)->name, running);
        QCOMPARE(findByName(session.containers(), running)->state, Engine::ContainerSummary::State::Running);
        QCOMPARE(findByName(session.containers(), created)->state, Engine::ContainerSummary::State::Created);
        QVERIFY(session.networks()->size() >= 3);
        QVERIFY(session.images()->size() >= 1);
        QCOMPARE(session.version().version,
                 QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("version"), QStringLiteral("--format"),
                                                         QStringLiteral("{{.Server.Version}}")})
                                       .trimmed()));
    }

    void theSessionFollowsContainersThroughTheEventStream()
    {
        HUBLOT_REQUIRE_ENGINE();
        Engine::EngineSession session;
        QSignalSpy loaded(&session, &Engine::EngineSession::loaded);
        session.connectTo(TestEngine::endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30'000);

        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-follow"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        QTRY_VERIFY_WITH_TIMEOUT(findByName(session.containers(), name), 10'000);
        QCOMPARE(findByName(session.containers(), name)->state, Engine::ContainerSummary::State::Running);

        TestEngine::dockerOk({QStringLiteral("kill"), name});
        QTRY_COMPARE_WITH_TIMEOUT(findByName(session.containers(), name)->state,
                                  Engine::ContainerSummary::State::Exited, 10'000);
        QCOMPARE(findByName(session.containers(), name)->exitCode, std::optional<int>(137));

        TestEngine::dockerOk({QStringLiteral("rm"), name});
        QTRY_VERIFY_WITH_TIMEOUT(!findByName(session.containers(), name), 10'000);
    }

    void anInvalidDockerHostIsReportedWithoutRetrying()
    {
        Engine::EngineSession session;
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("foo://bar"));
        session.connectTo(Engine::EngineEndpoint::fromEnvironment(env));
        QCOMPARE(session.state(), State::Unreachable);
        QCOMPARE(session.lastError().kind, Engine::EngineError::Kind::InvalidDockerHost);
        QCOMPARE(session.address(), QStringLiteral("foo://bar"));
    }

    void anEngineWhoseOldestApiIsNewerThanOursIsRefused()
    {
        // FAKE: no engine that has dropped every API Hublot speaks exists yet.
        Test::FakeEngine fake(
            Test::FakeEngine::response(200, "Content-Type: application/json\r\nAPI-Version: 1.60\r\n",
                                       "{\"Version\":\"99.0.0\",\"ApiVersion\":\"1.60\",\"MinAPIVersion\":\"1.55\"}"));
        Engine::EngineSession session;
        session.setAutoRetry(false);
        session.connectTo(Engine::EngineEndpoint::parse(fake.dockerHost()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Unreachable, 10'000);
        QCOMPARE(session.lastError().kind, Engine::EngineError::Kind::ApiTooNew);
        QCOMPARE(session.lastError().engineMessage, QStringLiteral("1.55"));
    }

    void anUnreachableEngineIsTriedAgainUntilItAppears()
    {
        // A session pointed at a socket that does not exist yet keeps trying,
        // with growing delays, and connects once something answers there.
        HUBLOT_REQUIRE_ENGINE();
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("docker.sock"));
        Engine::EngineSession session;
        QSignalSpy states(&session, &Engine::EngineSession::stateChanged);
        session.connectTo(Engine::EngineEndpoint::parse(u"unix://" + link));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Unreachable, 10'000);
        QCOMPARE(session.lastError().kind, Engine::EngineError::Kind::SocketMissing);
        // The real engine's socket appears at that path.
        QVERIFY(QFile::link(TestEngine::endpoint().socketPath, link));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20'000);
        QVERIFY(states.size() >= 3);  // Connecting, Unreachable, ..., Connected
    }
};

QTEST_GUILESS_MAIN(EngineSessionTest)
#include "EngineSessionTest.moc"
