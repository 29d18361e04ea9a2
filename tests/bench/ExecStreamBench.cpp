// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "EngineTestSupport.h"

#include "engine/ExecSession.h"

#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

namespace {

constexpr qint64 FileBytes = 50LL * 1024 * 1024;

}  // namespace

// `cat` of a 50 MB file through ExecSession (a hijacked connection carrying
// Docker's multiplexed frames, as `docker exec` without -t) against
// `docker exec CTR cat FILE > /dev/null`.
class ExecStreamBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_container = TestEngine::uniqueName(QStringLiteral("hublot-bench-exec"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_container}
            + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("3600")});
        TestEngine::dockerOk({QStringLiteral("exec"), m_container, QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("head -c %1 /dev/urandom > /tmp/big").arg(FileBytes)});
    }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void catOfFiftyMegabytesStreamsAtThisRate()
    {
        QList<double> hublot;
        QList<double> cli;
        for (int run = 0; run < 3; ++run) {
            Engine::ExecOperations::Config config;
            config.command = {QStringLiteral("cat"), QStringLiteral("/tmp/big")};
            config.attachStdin = false;
            Engine::ExecSession session(m_client.get(), m_container, config);
            qint64 bytes = 0;
            std::optional<Engine::Result<int>> finished;
            connect(&session, &Engine::ExecSession::output, this,
                    [&bytes](Engine::StdStream, const QByteArray &chunk) { bytes += chunk.size(); });
            connect(&session, &Engine::ExecSession::finished, this,
                    [&finished](const Engine::Result<int> &result) { finished = result; });
            QElapsedTimer timer;
            timer.start();
            session.start();
            QVERIFY(Bench::waitForSignal(&session, &Engine::ExecSession::finished));
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            QVERIFY2(finished->ok(), why(*finished));
            QCOMPARE(finished->value(), 0);
            QCOMPARE(bytes, FileBytes);
            hublot.append(Bench::megabytes(bytes) / seconds);

            const double cliMs = Bench::timeDocker(
                {QStringLiteral("exec"), m_container, QStringLiteral("cat"), QStringLiteral("/tmp/big")});
            QVERIFY2(cliMs >= 0, "docker exec failed");
            cli.append(Bench::megabytes(FileBytes) / (cliMs / 1000.0));
        }
        const double ours = Bench::median(hublot);
        const double theirs = Bench::median(cli);
        Bench::report("exec.cat_50mb.hublot", ours, "MB/s");
        Bench::report("exec.cat_50mb.docker_cli", theirs, "MB/s");
        Bench::report("exec.cat_50mb.ratio_hublot_to_cli", ours / theirs, "x");
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    QString m_container;
};

QTEST_GUILESS_MAIN(ExecStreamBench)
#include "ExecStreamBench.moc"
