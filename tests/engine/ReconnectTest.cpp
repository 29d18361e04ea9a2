// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDaemon.h"
#include "TestEngine.h"

#include "engine/EngineSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestDaemon;
using Hublot::Test::TestEngine;
using State = Engine::EngineSession::State;

namespace {

// What `docker ps -a` says: id -> state, from the daemon itself.
QMap<QString, QString> cliContainers(TestDaemon &daemon)
{
    QMap<QString, QString> states;
    const QString out
        = QString::fromUtf8(daemon.docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                                           QStringLiteral("--format"), QStringLiteral("{{.ID}} {{.State}}")}));
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        states.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
    return states;
}

QString stateName(Engine::ContainerSummary::State state)
{
    using S = Engine::ContainerSummary::State;
    switch (state) {
    case S::Running: return QStringLiteral("running");
    case S::Exited: return QStringLiteral("exited");
    case S::Created: return QStringLiteral("created");
    case S::Paused: return QStringLiteral("paused");
    case S::Restarting: return QStringLiteral("restarting");
    case S::Removing: return QStringLiteral("removing");
    case S::Dead: return QStringLiteral("dead");
    case S::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QMap<QString, QString> storeContainers(const Engine::EngineSession &session)
{
    QMap<QString, QString> states;
    for (const QString &key : session.containers()->keys())
        states.insert(key, stateName(session.containers()->find(key)->state));
    return states;
}

QString describe(const Engine::EngineSession &session)
{
    return QStringLiteral("state %1, last error: %2, stores loaded: %3 %4 %5 %6")
        .arg(int(session.state()))
        .arg(session.lastError().technicalSummary())
        .arg(session.containers()->isLoaded())
        .arg(session.images()->isLoaded())
        .arg(session.volumes()->isLoaded())
        .arg(session.networks()->isLoaded());
}

}  // namespace

class ReconnectTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The soak: the engine stops and comes back twenty times under a
    // live event stream; each time the session reconnects by itself and its
    // containers match `docker ps -a` exactly, and no event is seen twice.
    void afterEachEngineRestartTheStateMatchesTheEngineExactly()
    {
        HUBLOT_REQUIRE_ENGINE();
        TestDaemon daemon;
        const QString started = daemon.startWithTestImage();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        Engine::EngineSession session;
        QMultiMap<QString, QString> createEvents;  // name -> action, to find doubles
        connect(&session, &Engine::EngineSession::eventReceived, this, [&createEvents](const Engine::DockerEvent &e) {
            if (e.type == u"container" && e.action == u"create")
                createEvents.insert(e.attributes.value(QStringLiteral("name")), e.action);
        });
        session.connectTo(Engine::EngineEndpoint::parse(daemon.dockerHost()));
        QTRY_VERIFY_WITH_TIMEOUT(session.isLoaded(), 20'000);

        const int rounds = 20;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < rounds; ++round) {
            qInfo("round %d at %lld ms", round, qlonglong(clock.elapsed()));
            const QString name = QStringLiteral("hublot-reconnect-%1").arg(round);
            // --init: sleep as PID 1 would ignore SIGTERM and hold every stop for 10 s.
            daemon.docker(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                                       QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                                       name}
                          + TestEngine::labels()
                          + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("600")});
            // Every other round, a container goes away while the session watches.
            if (round % 2 == 1)
                daemon.docker(
                    {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("hublot-reconnect-%1").arg(round - 1)});
            QTRY_COMPARE_WITH_TIMEOUT(storeContainers(session), cliContainers(daemon), 10'000);

            qInfo("  listed at %lld ms", qlonglong(clock.elapsed()));
            daemon.stop();
            qInfo("  stopped at %lld ms", qlonglong(clock.elapsed()));
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Unreachable, 10'000);
            QVERIFY(session.containers()->keys().isEmpty());
            const QString restarted = daemon.start();
            QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
            qInfo("  restarted at %lld ms", qlonglong(clock.elapsed()));
            QTRY_VERIFY2_WITH_TIMEOUT(session.isLoaded(), qPrintable(describe(session)), 30'000);
            // Containers come back stopped after a restart: the store must say so too.
            QTRY_COMPARE_WITH_TIMEOUT(storeContainers(session), cliContainers(daemon), 10'000);
        }
        QCOMPARE(session.containers()->size(), cliContainers(daemon).size());
        for (int round = 0; round < rounds; ++round) {
            const QString name = QStringLiteral("hublot-reconnect-%1").arg(round);
            QCOMPARE(createEvents.count(name), 1);
        }
    }
};

QTEST_GUILESS_MAIN(ReconnectTest)
#include "ReconnectTest.moc"
