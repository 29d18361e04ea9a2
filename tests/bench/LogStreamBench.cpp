// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "EngineTestSupport.h"
#include "FakeEngine.h"

#include "engine/ContainerOperations.h"
#include "engine/LogStream.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

namespace {

constexpr qint64 LogBytes = 100LL * 1024 * 1024;
// Lines of 100 bytes, newline included, as a chatty server's log has.
const QString LineText = QStringLiteral("2026-11-28 12:00:00 INFO request handled: GET /api/items?page=1 200 1.2ms "
                                        "user=bench id=42 trace=ab");

struct Reading
{
    double megabytesPerSecond = 0;
    qint64 residentGrowth = 0;
};

// Reads the whole log of container through a LogStream, counting bytes and
// lines as a log view would take them, and sampling the memory it takes.
Reading readLog(Engine::EngineClient *client, const QString &container)
{
    Engine::LogStream stream(client, container, {});
    qint64 bytes = 0;
    qint64 lines = 0;
    const qint64 before = Bench::residentBytes();
    qint64 peak = before;
    std::optional<std::optional<Engine::EngineError>> ended;
    QObject::connect(&stream, &Engine::LogStream::lineReceived, &stream,
                     [&bytes, &lines, &peak](Engine::StdStream, const QByteArray &line) {
                         bytes += line.size() + 1;
                         if (++lines % 4096 == 0)
                             peak = std::max(peak, Bench::residentBytes());
                     });
    QObject::connect(&stream, &Engine::LogStream::ended, &stream,
                     [&ended](const std::optional<Engine::EngineError> &error) { ended = error; });
    QElapsedTimer timer;
    timer.start();
    if (!Bench::waitForSignal(&stream, &Engine::LogStream::ended)) {
        qWarning("the log did not end within 10 minutes");
        return {};
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (ended->has_value()) {
        qWarning("the log ended with an error: %s", qPrintable((*ended)->technicalSummary()));
        return {};
    }
    if (bytes != LogBytes || lines != LogBytes / 100) {
        qWarning("read %lld bytes in %lld lines, not %lld in %lld", bytes, lines, LogBytes, LogBytes / 100);
        return {};
    }
    return {Bench::megabytes(bytes) / seconds, peak - before};
}

// The log as the engine sends it: each line a frame, each frame an HTTP chunk
// (its writer flushes every write).
QByteArray engineLikeLogResponse()
{
    QByteArray frame(8, '\0');
    frame[0] = 1;
    frame[7] = 100;
    frame += LineText.toLatin1() + '\n';
    const QByteArray chunk = QByteArray::number(frame.size(), 16) + "\r\n" + frame + "\r\n";
    QByteArray response = "HTTP/1.1 200 OK\r\nApi-Version: 1.45\r\n"
                          "Content-Type: application/vnd.docker.multiplexed-stream\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n";
    response.reserve(response.size() + chunk.size() * (LogBytes / 100) + 5);
    for (qint64 i = 0; i < LogBytes / 100; ++i)
        response += chunk;
    return response + "0\r\n\r\n";
}

}  // namespace

// A container's 100 MB log read through LogStream (framing parsed, lines
// split) against `docker logs` doing the same, and the memory the reading
// takes, which must not grow with the log.
class LogStreamBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(LineText.size(), 99); }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void aHundredMegabyteLogIsReadAtThisRate()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_container = TestEngine::uniqueName(QStringLiteral("hublot-bench-logs"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_container}
            + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("yes '%1' | head -c %2").arg(LineText).arg(LogBytes)});
        Engine::ContainerOperations containers(m_client.get());
        const auto exit = await(containers.wait(m_container), 600'000);
        QVERIFY2(exit.ok(), why(exit));
        QCOMPARE(exit->exitCode, 0);

        QList<double> hublot;
        QList<double> cli;
        qint64 growth = 0;
        for (int run = 0; run < 3; ++run) {
            const Reading reading = readLog(m_client.get(), m_container);
            QVERIFY(reading.megabytesPerSecond > 0);
            hublot.append(reading.megabytesPerSecond);
            growth = std::max(growth, reading.residentGrowth);

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

    // A FAKE engine, to see what Hublot itself can take: the real one sends
    // a log no faster than it decodes its log file, which is the bound of
    // the figures above. This one sends the same 100 MB, framed and chunked
    // as the engine does, from a thread of its own, as fast as it can.
    void aHundredMegabyteLogFromAFakeEngineIsParsedAtThisRate()
    {
        QString socketPath;
        QSemaphore listening;
        std::unique_ptr<QThread> server(QThread::create([&socketPath, &listening] {
            Test::FakeEngine fake(engineLikeLogResponse());
            socketPath = fake.socketPath();
            listening.release();
            QEventLoop loop;
            loop.exec();
        }));
        server->start();
        listening.acquire();
        QList<double> rates;
        qint64 growth = 0;
        for (int run = 0; run < 3; ++run) {
            Engine::EngineClient client(Engine::EngineEndpoint::parse(u"unix://" + socketPath).value());
            const Reading reading = readLog(&client, QStringLiteral("fake"));
            QVERIFY(reading.megabytesPerSecond > 0);
            rates.append(reading.megabytesPerSecond);
            growth = std::max(growth, reading.residentGrowth);
        }
        server->quit();
        server->wait();
        Bench::report("logs.100mb.fake_engine.hublot", Bench::median(rates), "MB/s");
        Bench::report("logs.100mb.fake_engine.rss_growth", Bench::megabytes(growth), "MB");
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    QString m_container;
};

QTEST_GUILESS_MAIN(LogStreamBench)
#include "LogStreamBench.moc"
