// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/LogStream.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Hublot;
using Hublot::Test::TestEngine;
using Kind = Engine::EngineError::Kind;
using Engine::StdStream;

namespace {

template <typename T> T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30'000))
        return T {};
    return future.result();
}

struct Log
{
    QList<QByteArray> out;
    QList<QByteArray> err;
    QList<QByteArray> all;
    std::optional<std::optional<Engine::EngineError>> ended;
};

void record(Engine::LogStream &stream, Log &log)
{
    QObject::connect(&stream, &Engine::LogStream::lineReceived, &stream,
                     [&log](StdStream which, const QByteArray &line) {
                         (which == StdStream::Stderr ? log.err : log.out).append(line);
                         log.all.append(line);
                     });
    QObject::connect(&stream, &Engine::LogStream::ended, &stream,
                     [&log](const std::optional<Engine::EngineError> &error) { log.ended = error; });
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString run(const QStringList &flags, const QString &script)
{
    const QString name = TestEngine::uniqueName(QStringLiteral("hublot-logs"));
    TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d")} + flags
                         + QStringList {QStringLiteral("--name"), name} + TestEngine::labels()
                         + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"), script});
    return name;
}

void waitForExit(const QString &name)
{
    TestEngine::dockerOk({QStringLiteral("wait"), name});
}

QString endedWhy(const Log &log)
{
    return log.ended && log.ended->has_value() ? (*log.ended)->technicalSummary() : QString();
}

}  // namespace

class LogStreamTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        QVERIFY(await(m_client->ping()).ok());
        m_printer = run({}, QStringLiteral("echo one; echo two >&2; echo three; echo four >&2"));
        waitForExit(m_printer);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void theWholeLogArrivesLineByLineOnItsStreams()
    {
        Engine::LogStream stream(m_client.get(), m_printer, {});
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY2(!log.ended->has_value(), qPrintable(endedWhy(log)));
        QCOMPARE(log.out, (QList<QByteArray> {"one", "three"}));
        QCOMPARE(log.err, (QList<QByteArray> {"two", "four"}));
        const auto cli = TestEngine::docker({QStringLiteral("logs"), m_printer});
        QCOMPARE(log.out, linesOf(cli.out));
        QCOMPARE(log.err, linesOf(cli.err));
        QVERIFY(!stream.isRunning());
    }

    // Which lines are last depends on how the engine interleaved stdout and
    // stderr when it wrote them down: the docker CLI is the witness.
    void tailWithTimestampsGivesTheLastLinesAsTheDockerCliDoes()
    {
        Engine::LogStream::Options options;
        options.tail = 2;
        options.timestamps = true;
        Engine::LogStream stream(m_client.get(), m_printer, options);
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY2(!log.ended->has_value(), qPrintable(endedWhy(log)));
        QCOMPARE(log.all.size(), 2);
        static const QRegularExpression stamped(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z (one|two|three|four)$)"));
        for (const QByteArray &line : std::as_const(log.all))
            QVERIFY2(stamped.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        const auto cli = TestEngine::docker(
            {QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("2"), QStringLiteral("-t"), m_printer});
        QCOMPARE(log.out, linesOf(cli.out));
        QCOMPARE(log.err, linesOf(cli.err));
    }

    void onlyTheStreamsAskedForArrive()
    {
        Engine::LogStream::Options options;
        options.stdOut = false;
        Engine::LogStream stream(m_client.get(), m_printer, options);
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY(log.out.isEmpty());
        QCOMPARE(log.err, (QList<QByteArray> {"two", "four"}));
    }

    // A line a second: whatever came in the first read, lines printed after
    // it must follow. (A trigger through the file system does not work here:
    // in this sandbox `docker exec` does not see the main process's files.)
    void followingReceivesALinePrintedLater()
    {
        const QString name
            = run({}, QStringLiteral("i=0; while true; do echo tick-$i; echo tock-$i >&2; i=$((i+1)); sleep 1; done"));
        Engine::LogStream::Options options;
        options.follow = true;
        Engine::LogStream stream(m_client.get(), name, options);
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(!log.out.isEmpty(), 30'000);
        const qsizetype firstRead = log.out.size();
        QTRY_VERIFY_WITH_TIMEOUT(log.out.size() >= firstRead + 2, 30'000);
        QVERIFY(!log.ended);
        QVERIFY(stream.isRunning());
        for (qsizetype i = 0; i < log.out.size(); ++i)
            QCOMPARE(log.out.at(i), "tick-" + QByteArray::number(i));
        QTRY_VERIFY_WITH_TIMEOUT(log.err.size() >= 2, 30'000);
        QCOMPARE(log.err.first(), "tock-0"_ba);

        // When the followed container stops, the engine ends the log.
        TestEngine::dockerOk({QStringLiteral("kill"), name});
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY2(!log.ended->has_value(), qPrintable(endedWhy(log)));
    }

    void cancelEndsAFollowedLog()
    {
        const QString name = run({}, QStringLiteral("echo only; sleep 300"));
        Engine::LogStream::Options options;
        options.follow = true;
        Engine::LogStream stream(m_client.get(), name, options);
        Log log;
        record(stream, log);
        QTRY_COMPARE_WITH_TIMEOUT(log.out, QList<QByteArray> {"only"}, 30'000);
        stream.cancel();
        QVERIFY(log.ended.has_value());
        QVERIFY(log.ended->has_value());
        QCOMPARE((*log.ended)->kind, Kind::Cancelled);
        QVERIFY(!stream.isRunning());
        stream.cancel();  // a second cancel is harmless
        QTest::qWait(200);
        QCOMPARE(log.out.size(), 1);
    }

    void theLogOfAContainerWithATtyIsReadRaw()
    {
        const QString name = run({QStringLiteral("-t")}, QStringLiteral("echo tty line; echo second >&2"));
        waitForExit(name);
        Engine::LogStream::Options options;
        options.tty = true;
        Engine::LogStream stream(m_client.get(), name, options);
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY2(!log.ended->has_value(), qPrintable(endedWhy(log)));
        // A TTY has one output: stderr comes on it too, and line ends are CRLF.
        QCOMPARE(log.out, (QList<QByteArray> {"tty line", "second"}));
        QVERIFY(log.err.isEmpty());
    }

    void aLongLogIsReadWithoutLosingALine()
    {
        const QString name = run({}, QStringLiteral("i=0; while [ $i -lt 20000 ]; do echo line-$i; i=$((i+1)); done"));
        waitForExit(name);
        Engine::LogStream stream(m_client.get(), name, {});
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 60'000);
        QVERIFY2(!log.ended->has_value(), qPrintable(endedWhy(log)));
        QCOMPARE(log.out.size(), 20000);
        for (int i = 0; i < 20000; ++i)
            QCOMPARE(log.out.at(i), "line-" + QByteArray::number(i));
    }

    void theLogOfAContainerThatDoesNotExistIsNotFound()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-nothing"));
        Engine::LogStream stream(m_client.get(), name, {});
        Log log;
        record(stream, log);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended.has_value(), 30'000);
        QVERIFY(log.ended->has_value());
        QCOMPARE((*log.ended)->kind, Kind::NotFound);
        QCOMPARE((*log.ended)->httpStatus, 404);
        QVERIFY2((*log.ended)->engineMessage.contains(name), qPrintable((*log.ended)->engineMessage));
        QVERIFY(log.all.isEmpty());
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    QString m_printer;
};

QTEST_GUILESS_MAIN(LogStreamTest)
#include "LogStreamTest.moc"
