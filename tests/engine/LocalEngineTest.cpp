// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The engine Hublot starts on this computer: a real dockerd, started,
// asked and stopped through LocalEngine; the docker CLI is the witness.
#include "TestEngine.h"

#include "engine/LocalEngine.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Hublot;
using Engine::LocalEngine;
using Engine::ManagedEngine;

namespace {

// dockerd's start and stop, with room for a busy machine.
constexpr int StartMs = 60'000;
constexpr int StopMs = 40'000;

// Runs the docker CLI against the engine at endpoint; its standard output, trimmed.
QString docker(const Engine::EngineEndpoint &endpoint, const QStringList &arguments, int *exitCode = nullptr)
{
    const Test::TestEngine::Output output = Test::TestEngine::dockerOn(endpoint, arguments, 120'000);
    if (exitCode)
        *exitCode = output.exitCode;
    return QString::fromUtf8(output.out).trimmed();
}

}  // namespace

class LocalEngineTest final : public QObject
{
    Q_OBJECT

private:
    // Paths of its own under a short temporary folder (a unix socket path
    // has a length limit). No other engine is looked for unless asked.
    LocalEngine::Paths pathsIn(const QTemporaryDir &dir, const QString &standardSocket = {})
    {
        return {dir.path() + u"/run", dir.path() + u"/data", standardSocket};
    }
    // Leaves the machine's docker0 bridge and firewall alone, as the other
    // second engines of the tests do.
    static QStringList quiet()
    {
        return {QStringLiteral("--bridge"), QStringLiteral("none"), QStringLiteral("--iptables=false"),
                QStringLiteral("--ip6tables=false")};
    }

private Q_SLOTS:
    void startsAnswersWithItsOwnDataAndStops()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-le-XXXXXX"));
        QVERIFY(dir.isValid());
        LocalEngine engine(pathsIn(dir), quiet());
        QList<ManagedEngine::State> states;
        connect(&engine, &ManagedEngine::stateChanged, this,
                [&states](ManagedEngine::State state) { states << state; });
        QVERIFY(engine.canStart());
        engine.start();
        QTRY_VERIFY2_WITH_TIMEOUT(engine.state() != ManagedEngine::State::Starting, qPrintable(engine.logPath()),
                                  StartMs);
        QVERIFY2(engine.state() == ManagedEngine::State::Running,
                 qPrintable(engine.failure().detail + u'\n' + engine.logPath()));
        QCOMPARE(states.first(), ManagedEngine::State::Starting);
        const Engine::EngineEndpoint endpoint = engine.endpoint();
        const QString host = endpoint.address();
        QCOMPARE(host, u"unix://" + dir.path() + u"/run/docker.sock");
        // The CLI sees the engine Hublot started, with the data folder it was given.
        QCOMPARE(docker(endpoint,
                        {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.DockerRootDir}}")}),
                 dir.path() + u"/data");
        QVERIFY(engine.command().contains(QStringLiteral("--data-root")));
        QVERIFY(!engine.canStart());

        engine.stop();
        QCOMPARE(engine.state(), ManagedEngine::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Stopped, StopMs);
        int exitCode = 0;
        docker(endpoint, {QStringLiteral("version")}, &exitCode);
        QVERIFY2(exitCode != 0, "the engine still answers after it was stopped");
        QVERIFY(engine.canStart());
    }

    void refusesToStartBesideAnEngineThatAnswers()
    {
        HUBLOT_REQUIRE_ENGINE();
        const Engine::EngineEndpoint shared = Test::TestEngine::endpoint();
        QCOMPARE(shared.transport, Engine::EngineEndpoint::Transport::UnixSocket);
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-le-XXXXXX"));
        LocalEngine engine(pathsIn(dir, shared.socketPath), quiet());
        engine.start();
        QCOMPARE(engine.state(), ManagedEngine::State::Failed);
        QCOMPARE(engine.failure().kind, ManagedEngine::Failure::Kind::AnotherEngineRunning);
        QCOMPARE(engine.failure().detail, shared.address());
        // Nothing was made or started.
        QVERIFY(!QFileInfo::exists(dir.path() + u"/data"));
        QVERIFY(engine.canStart());
    }

    void saysWhatDockerdSaidWhenItStopsAtOnce()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-le-XXXXXX"));
        LocalEngine engine(pathsIn(dir), quiet() << QStringLiteral("--no-such-option"));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Failed, StartMs);
        QCOMPARE(engine.failure().kind, ManagedEngine::Failure::Kind::ExitedAtStart);
        QVERIFY2(engine.failure().detail.contains(QStringLiteral("no-such-option")),
                 qPrintable(engine.failure().detail));
        QCOMPARE(engine.failure().logPath, engine.logPath());
    }

    void anEngineThatDiesIsReportedAsCrashed()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-le-XXXXXX"));
        LocalEngine engine(pathsIn(dir), quiet());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Running, StartMs);
        QFile pidFile(dir.path() + u"/run/dockerd.pid");
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const int pid = pidFile.readAll().trimmed().toInt();
        QVERIFY(pid > 1);
        ::kill(pid, SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Failed, StopMs);
        QCOMPARE(engine.failure().kind, ManagedEngine::Failure::Kind::Crashed);
        QVERIFY(engine.canStart());
    }
};

QTEST_GUILESS_MAIN(LocalEngineTest)
#include "LocalEngineTest.moc"
