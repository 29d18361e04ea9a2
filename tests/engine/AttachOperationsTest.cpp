// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/AttachOperations.h"
#include "engine/EngineClient.h"
#include "engine/HijackedConnection.h"

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

struct Stream
{
    QByteArray out;
    QByteArray err;
    bool established = false;
    std::optional<std::optional<Engine::EngineError>> ended;
};

void record(Engine::HijackedConnection *connection, Stream &stream)
{
    QObject::connect(connection, &Engine::HijackedConnection::established, connection,
                     [&stream] { stream.established = true; });
    QObject::connect(connection, &Engine::HijackedConnection::data, connection,
                     [&stream](const QByteArray &bytes) { stream.out += bytes; });
    QObject::connect(connection, &Engine::HijackedConnection::frame, connection,
                     [&stream](StdStream which, const QByteArray &bytes) {
                         (which == StdStream::Stderr ? stream.err : stream.out) += bytes;
                     });
    QObject::connect(connection, &Engine::HijackedConnection::ended, connection,
                     [&stream](const std::optional<Engine::EngineError> &error) { stream.ended = error; });
}

QString runShell(const QStringList &flags)
{
    const QString name = TestEngine::uniqueName(QStringLiteral("hublot-attach"));
    TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d")} + flags
                         + QStringList {QStringLiteral("--name"), name} + TestEngine::labels()
                         + QStringList {TestEngine::image(), QStringLiteral("sh")});
    return name;
}

QString containerState(const QString &name)
{
    return QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                                   QStringLiteral("{{.State.Status}}"), name})
                                 .trimmed());
}

}  // namespace

class AttachOperationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        TestEngine::cleanUp();
    }

    void aShellWithATtyAnswersWhatIsTypedIntoIt()
    {
        const QString name = runShell({QStringLiteral("-it")});
        Engine::AttachOperations operations(m_client.get());
        std::unique_ptr<Engine::HijackedConnection> connection(operations.attach(name, true, nullptr));
        Stream stream;
        record(connection.get(), stream);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.established, 30'000);
        connection->write("echo hello\n");
        // The TTY echoes the command; the shell's answer is a line of its own.
        QTRY_VERIFY2_WITH_TIMEOUT(stream.out.contains("\r\nhello\r\n"), stream.out.constData(), 30'000);
        QVERIFY(!stream.ended);

        const auto resized = await(operations.resize(name, QSize(90, 30)));
        QVERIFY2(resized.ok(), why(resized));
        connection->write("stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(stream.out.contains("\r\n30 90\r\n"), stream.out.constData(), 30'000);

        // Detaching leaves the container running, as `docker attach` does.
        connection->cancel();
        QVERIFY(stream.ended.has_value());
        QVERIFY(stream.ended->has_value());
        QCOMPARE((*stream.ended)->kind, Kind::Cancelled);
        QCOMPARE(containerState(name), QStringLiteral("running"));
    }

    void theStreamEndsWithoutAnErrorWhenTheContainerExits()
    {
        const QString name = runShell({QStringLiteral("-it")});
        Engine::AttachOperations operations(m_client.get());
        std::unique_ptr<Engine::HijackedConnection> connection(operations.attach(name, true, nullptr));
        Stream stream;
        record(connection.get(), stream);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.established, 30'000);
        connection->write("exit\n");
        QTRY_VERIFY_WITH_TIMEOUT(stream.ended.has_value(), 30'000);
        QVERIFY2(!stream.ended->has_value(), qPrintable((*stream.ended)->technicalSummary()));
        QTRY_COMPARE_WITH_TIMEOUT(containerState(name), QStringLiteral("exited"), 30'000);
    }

    void withoutATtyStdoutAndStderrArriveApart()
    {
        const QString name = runShell({QStringLiteral("-i")});
        Engine::AttachOperations operations(m_client.get());
        std::unique_ptr<Engine::HijackedConnection> connection(operations.attach(name, false, nullptr));
        Stream stream;
        record(connection.get(), stream);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.established, 30'000);
        connection->write("echo to-out; echo to-err >&2\n");
        QTRY_COMPARE_WITH_TIMEOUT(stream.out, "to-out\n"_ba, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(stream.err, "to-err\n"_ba, 30'000);
        // Closing stdin ends the shell, and with it the stream.
        connection->closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(stream.ended.has_value(), 30'000);
        QVERIFY2(!stream.ended->has_value(), qPrintable((*stream.ended)->technicalSummary()));
    }

    void attachingToAContainerThatDoesNotExistIsNotFound()
    {
        Engine::AttachOperations operations(m_client.get());
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-nothing"));
        std::unique_ptr<Engine::HijackedConnection> connection(operations.attach(name, true, nullptr));
        Stream stream;
        record(connection.get(), stream);
        connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.ended.has_value(), 30'000);
        QVERIFY(stream.ended->has_value());
        QCOMPARE((*stream.ended)->kind, Kind::NotFound);
        QVERIFY2((*stream.ended)->engineMessage.contains(name), qPrintable((*stream.ended)->engineMessage));
        QVERIFY(!stream.established);
        const auto resized = await(operations.resize(name, QSize(80, 24)));
        QVERIFY(!resized.ok());
        QCOMPARE(resized.error().kind, Kind::NotFound);
    }

    void aSocketWithNoEngineBehindItIsReportedAsSuch()
    {
        QTemporaryDir dir;
        Engine::EngineClient client(
            Engine::EngineEndpoint::parse(u"unix://" + dir.filePath(QStringLiteral("docker.sock"))).value());
        Engine::AttachOperations operations(&client);
        std::unique_ptr<Engine::HijackedConnection> connection(
            operations.attach(QStringLiteral("anything"), true, nullptr));
        Stream stream;
        record(connection.get(), stream);
        connection->start();
        QVERIFY(!stream.ended);
        QTRY_VERIFY_WITH_TIMEOUT(stream.ended.has_value(), 30'000);
        QVERIFY(stream.ended->has_value());
        QCOMPARE((*stream.ended)->kind, Kind::SocketMissing);
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
};

QTEST_GUILESS_MAIN(AttachOperationsTest)
#include "AttachOperationsTest.moc"
