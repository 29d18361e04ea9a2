// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/ExecOperations.h"
#include "engine/ExecSession.h"
#include "engine/HijackedConnection.h"

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

template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().technicalSummary().toUtf8();
}

// What a session wrote and how it ended.
struct Run
{
    QByteArray out;
    QByteArray err;
    bool started = false;
    std::optional<Engine::Result<int>> finished;
};

void record(Engine::ExecSession &session, Run &run)
{
    QObject::connect(&session, &Engine::ExecSession::started, &session, [&run] { run.started = true; });
    QObject::connect(&session, &Engine::ExecSession::output, &session,
                     [&run](StdStream stream, const QByteArray &bytes) {
                         (stream == StdStream::Stderr ? run.err : run.out) += bytes;
                     });
    QObject::connect(&session, &Engine::ExecSession::finished, &session,
                     [&run](const Engine::Result<int> &result) { run.finished = result; });
}

}  // namespace

class ExecSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_container = TestEngine::uniqueName(QStringLiteral("hublot-exec"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_container}
            + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void hostnameWithoutATtyPrintsWhatDockerExecPrints_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("hostname") << QStringList {QStringLiteral("hostname")};
        QTest::newRow("hostname -i") << QStringList {QStringLiteral("hostname"), QStringLiteral("-i")};
    }

    // Output, errors and exit code alike: `hostname -i` fails in a container
    // whose name the resolver cannot find, and must fail the same way here.
    void hostnameWithoutATtyPrintsWhatDockerExecPrints()
    {
        QFETCH(QStringList, command);
        const auto expected = TestEngine::docker(QStringList {QStringLiteral("exec"), m_container} + command);
        QVERIFY(!QByteArray(expected.out + expected.err).trimmed().isEmpty());
        Engine::ExecOperations::Config config;
        config.command = command;
        config.attachStdin = false;
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.finished->value(), expected.exitCode);
        QVERIFY(run.started);
        QCOMPARE(run.out, expected.out);
        QCOMPARE(run.err, expected.err);
        QVERIFY(!session.execId().isEmpty());
    }

    void aShellWithATtyReadsTheSizeItWasResizedTo()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sh")};
        config.tty = true;
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.started, 30'000);
        const auto resized = await(session.resize(QSize(100, 40)));
        QVERIFY2(resized.ok(), why(resized));
        session.write("stty size\n");
        // The shell may redraw its prompt on the resize's SIGWINCH, so the
        // answer can follow "# " on its line.
        static const QRegularExpression answer(QStringLiteral("(?:^|[\\n ])40 100\\r\\n"));
        QTRY_VERIFY2_WITH_TIMEOUT(answer.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData(), 30'000);
        session.write("exit 3\n");
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.finished->value(), 3);
        QCOMPARE(run.err, QByteArray());
    }

    void aSizeGivenBeforeTheStartIsTheTtysFromTheStart()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("stty"), QStringLiteral("size")};
        config.tty = true;
        config.attachStdin = false;
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        QVERIFY(await(session.resize(QSize(123, 45))).ok());
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.out, "45 123\r\n"_ba);
    }

    void anExitCodeIsReported()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")};
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.finished->value(), 7);
    }

    void whatTheProcessWritesToStderrArrivesAsStderr()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("echo to-out; echo to-err >&2; echo $GREETING in $(pwd) as $(id -u)")};
        config.env = {QStringLiteral("GREETING=bonjour")};
        config.workingDir = QStringLiteral("/tmp");
        config.user = QStringLiteral("1234");
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.out, "to-out\nbonjour in /tmp as 1234\n"_ba);
        QCOMPARE(run.err, "to-err\n"_ba);
    }

    void stdinReachesTheProcessAndClosingItEndsIt()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("cat")};
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        // Written before the start: kept until the stream is open.
        session.write("first line\n");
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.started, 30'000);
        session.write("second line\n");
        session.closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY2(run.finished->ok(), why(*run.finished));
        QCOMPARE(run.finished->value(), 0);
        QCOMPARE(run.out, "first line\nsecond line\n"_ba);
    }

    void cancellingEndsTheSessionAsCancelled()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sleep"), QStringLiteral("60")};
        Engine::ExecSession session(m_client.get(), m_container, config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.started, 30'000);
        session.cancel();
        QVERIFY(run.finished.has_value());
        QVERIFY(!run.finished->ok());
        QCOMPARE(run.finished->error().kind, Kind::Cancelled);
        QVERIFY(!session.isRunning());
    }

    void anExecInAContainerThatDoesNotExistIsNotFound()
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("true")};
        Engine::ExecSession session(m_client.get(), TestEngine::uniqueName(QStringLiteral("hublot-nothing")), config);
        Run run;
        record(session, run);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished.has_value(), 30'000);
        QVERIFY(!run.finished->ok());
        QCOMPARE(run.finished->error().kind, Kind::NotFound);
        QCOMPARE(run.finished->error().httpStatus, 404);
        QVERIFY(!run.started);
    }

    void startingAnUnknownExecGivesTheEnginesStatusAndMessage()
    {
        Engine::ExecOperations operations(m_client.get());
        std::unique_ptr<Engine::HijackedConnection> connection(
            operations.start(QStringLiteral("0123456789abcdef"), false, std::nullopt, nullptr));
        std::optional<std::optional<Engine::EngineError>> ended;
        bool established = false;
        connect(connection.get(), &Engine::HijackedConnection::established, this,
                [&established] { established = true; });
        connect(connection.get(), &Engine::HijackedConnection::ended, this,
                [&ended](const std::optional<Engine::EngineError> &error) { ended = error; });
        connection->start();
        QVERIFY(!ended);  // never from inside start()
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 30'000);
        QVERIFY(ended->has_value());
        const Engine::EngineError &error = **ended;
        QCOMPARE(error.kind, Kind::NotFound);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY2(error.engineMessage.contains(u"0123456789abcdef"), qPrintable(error.engineMessage));
        QCOMPARE(error.request, QStringLiteral("POST /exec/0123456789abcdef/start"));
        QVERIFY(!established);
    }

    void inspectTellsARunningExecFromAFinishedOne()
    {
        Engine::ExecOperations operations(m_client.get());
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sleep"), QStringLiteral("1")};
        config.attachStdin = false;
        const auto id = await(operations.create(m_container, config));
        QVERIFY2(id.ok(), why(id));
        const auto created = await(operations.inspect(id.value()));
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(created->id, id.value());
        QVERIFY(!created->running);
        QVERIFY(!created->exitCode);
        const QString containerId
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                                      QStringLiteral("{{.Id}}"), m_container})
                                    .trimmed());
        QCOMPARE(created->containerId, containerId);
    }

private:
    QString m_container;
    std::unique_ptr<Engine::EngineClient> m_client;
};

QTEST_GUILESS_MAIN(ExecSessionTest)
#include "ExecSessionTest.moc"
