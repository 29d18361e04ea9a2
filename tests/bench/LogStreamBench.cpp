// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "EngineTestSupport.h"

#include "engine/ContainerOperations.h"
#include "engine/LogStream.h"

#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

namespace {

constexpr qint64 LogBytes = 100LL * 1024 * 1024;
// Lines of 100 bytes, newline included, as a chatty server's log has.
const QString LineText = QStringLiteral("2026-11-28 12:00:00 INFO request handled: GET /api/items?page=1 200 1.2ms "
                                        "user=bench id=42");

}  // namespace

// A container's 100 MB log read through LogStream (framing parsed, lines
// split) against `docker logs` doing the same, and the memory the reading
// takes, which must not grow with the log.
class LogStreamBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        QCOMPARE(LineText.size(), 99);
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_container = TestEngine::uniqueName(QStringLiteral("hublot-bench-logs"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                                          m_container}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("yes '%1' | head -c %2").arg(LineText).arg(LogBytes)});
        Engine::ContainerOperations containers(m_client.get());
        const auto exit = await(containers.wait(m_container), 600'000);
        QVERIFY2(exit.ok(), why(exit));
        QCOMPARE(exit->exitCode, 0);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void aHundredMegabyteLogIsReadAtThisRate()
    {
        QList<double> hublot;
        QList<double> cli;
        qint64 growth = 0;
        for (int run = 0; run < 3; ++run) {
            Engine::LogStream stream(m_client.get(), m_container, {});
            qint64 bytes = 0;
            qint64 lines = 0;
            const qint64 before = Bench::residentBytes();
            qint64 peak = before;
            std::optional<std::optional<Engine::EngineError>> ended;
            connect(&stream, &Engine::LogStream::lineReceived, this,
                    [&bytes, &lines, &peak](Engine::StdStream, const QByteArray &line) {
                        bytes += line.size() + 1;
                        if (++lines % 4096 == 0)
                            peak = std::max(peak, Bench::residentBytes());
                    });
            connect(&stream, &Engine::LogStream::ended, this,
                    [&ended](const std::optional<Engine::EngineError> &error) { ended = error; });
            QElapsedTimer timer;
            timer.start();
            QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 600'000);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            QVERIFY2(!ended->has_value(), qPrintable((*ended)->technicalSummary()));
            QCOMPARE(bytes, LogBytes);
            QCOMPARE(lines, LogBytes / 100);
            hublot.append(Bench::megabytes(bytes) / seconds);
            growth = std::max(growth, peak - before);

            const double cliMs = Bench::timeDocker({QStringLiteral("logs"), m_container});
            QVERIFY2(cliMs >= 0, "docker logs failed");
            cli.append(Bench::megabytes(LogBytes) / (cliMs / 1000.0));
        }
        const double ours = Bench::median(hublot);
        const double theirs = Bench::median(cli);
        Bench::report("logs.100mb.hublot", ours, "MB/s");
        Bench::report("logs.100mb.docker_cli", theirs, "MB/s");
        Bench::report("logs.100mb.ratio_hublot_to_cli", ours / theirs, "x");
        Bench::report("logs.100mb.rss_growth", Bench::megabytes(growth), "MB");
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    QString m_container;
};

QTEST_GUILESS_MAIN(LogStreamBench)
#include "LogStreamBench.moc"
