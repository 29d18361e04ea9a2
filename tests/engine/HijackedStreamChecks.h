// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/AttachOperations.h"
#include "engine/EngineClient.h"
#include "engine/ExecSession.h"
#include "engine/HijackedConnection.h"
#include "engine/LogStream.h"

#include <QtTest>

#include <optional>

namespace Hublot::Test {

// How a hijacked connection (attach) to the engine ends, as the kind's
// name and the error; "established" when the engine accepted it.
inline QByteArray attachOutcome(Engine::EngineClient &client)
{
    Engine::AttachOperations attach(&client);
    std::unique_ptr<Engine::HijackedConnection> connection(
        attach.attach(QStringLiteral("hublot-no-such-container"), true, nullptr));
    std::optional<std::optional<Engine::EngineError>> end;
    bool established = false;
    QObject::connect(connection.get(), &Engine::HijackedConnection::established, connection.get(),
                     [&established] { established = true; });
    QObject::connect(connection.get(), &Engine::HijackedConnection::ended, connection.get(),
                     [&end](const std::optional<Engine::EngineError> &error) { end = error; });
    connection->start();
    if (!QTest::qWaitFor([&] { return end.has_value() || established; }, 30'000))
        return QByteArrayLiteral("no end within 30 s");
    if (established)
        return QByteArrayLiteral("established");
    if (!end->has_value())
        return QByteArrayLiteral("ended without an error");
    return Engine::EngineError::kindName((*end)->kind).toUtf8() + ": " + (*end)->technicalSummary().toUtf8();
}

// What an exec session wrote and how it ended, filled in as it runs.
struct ExecRun
{
    QByteArray out;
    std::optional<Engine::Result<int>> finished;
};

inline void record(Engine::ExecSession &session, ExecRun &run)
{
    QObject::connect(&session, &Engine::ExecSession::output, &session,
                     [&run](Engine::StdStream, const QByteArray &bytes) { run.out += bytes; });
    QObject::connect(&session, &Engine::ExecSession::finished, &session,
                     [&run](const Engine::Result<int> &result) { run.finished = result; });
}

// The command a container for streamChecks() runs, with `-dit`: it writes
// hublot-log-marker to its log, then waits in a shell on its TTY.
inline QStringList shellContainerCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hublot-log-marker; exec sh")};
}

// Everything that rides on a hijacked connection, through client, against a
// container started with shellContainerCommand() whose hostname is
// hostname: exec without a TTY (the hostname), exec with a TTY (arithmetic
// typed into sh, then its exit code), stdin closed under cat, the log (raw, as the container has a
// TTY), and attach to the main shell. Empty when all work, else what did not.
inline QString streamChecks(Engine::EngineClient *client, const QString &container, const QByteArray &hostname)
{
    using Engine::StdStream;
    const auto within = [](const auto &condition) {
        return QTest::qWaitFor(condition, 30'000);
    };
    const auto ended = [](const std::optional<Engine::EngineError> &error) {
        return error ? error->technicalSummary() : QString();
    };

    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("hostname")};
        config.attachStdin = false;
        Engine::ExecSession session(client, container, config);
        ExecRun run;
        record(session, run);
        auto &[out, finished] = run;
        session.start();
        if (!within([&finished] { return finished.has_value(); }))
            return QStringLiteral("exec hostname did not finish");
        if (!finished->ok())
            return u"exec hostname failed: " + finished->error().technicalSummary();
        if (out.trimmed() != hostname)
            return u"exec hostname printed \"" + QString::fromUtf8(out) + u"\", not " + QString::fromUtf8(hostname);
    }
    {
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("sh")};
        config.tty = true;
        Engine::ExecSession session(client, container, config);
        bool started = false;
        QObject::connect(&session, &Engine::ExecSession::started, &session, [&started] { started = true; });
        ExecRun run;
        record(session, run);
        auto &[out, finished] = run;
        session.start();
        if (!within([&] { return started || finished.has_value(); }) || !started)
            return u"exec sh with a TTY did not start: "
                + (finished && !finished->ok() ? finished->error().technicalSummary() : QString());
        session.write("echo $((6 * 7))x\n");
        if (!within([&out] { return out.contains("42x\r\n"); }))
            return u"exec sh with a TTY did not answer 42x; it wrote: " + QString::fromUtf8(out);
        session.write("exit 5\n");
        if (!within([&finished] { return finished.has_value(); }))
            return QStringLiteral("exec sh did not end after exit 5");
        if (!finished->ok() || finished->value() != 5)
            return u"exec sh did not end with exit code 5: "
                + (finished->ok() ? QString::number(finished->value()) : finished->error().technicalSummary());
    }
    {
        // Closing stdin reaches the process as end of file: cat ends.
        Engine::ExecOperations::Config config;
        config.command = {QStringLiteral("cat")};
        Engine::ExecSession session(client, container, config);
        ExecRun run;
        record(session, run);
        auto &[out, finished] = run;
        session.start();
        session.write("through stdin\n");
        session.closeWrite();
        if (!within([&finished] { return finished.has_value(); }))
            return u"exec cat did not end when its stdin closed; it wrote: " + QString::fromUtf8(out);
        if (!finished->ok() || finished->value() != 0 || out != "through stdin\n")
            return u"exec cat gave \"" + QString::fromUtf8(out) + u"\" and "
                + (finished->ok() ? QString::number(finished->value()) : finished->error().technicalSummary());
    }
    {
        Engine::LogStream::Options options;
        options.tty = true;
        Engine::LogStream logs(client, container, options);
        QByteArrayList lines;
        std::optional<QString> end;
        QObject::connect(&logs, &Engine::LogStream::lineReceived, &logs,
                         [&lines](StdStream, const QByteArray &line) { lines.append(line); });
        QObject::connect(&logs, &Engine::LogStream::ended, &logs,
                         [&end, ended](const std::optional<Engine::EngineError> &error) { end = ended(error); });
        if (!within([&end] { return end.has_value(); }))
            return QStringLiteral("the log did not end");
        if (!end->isEmpty())
            return u"the log failed: " + *end;
        if (!lines.contains("hublot-log-marker\r") && !lines.contains("hublot-log-marker"))
            return u"the log lacks the marker line: " + QString::fromUtf8(lines.join('|'));
    }
    {
        Engine::AttachOperations attach(client);
        Engine::HijackedConnection *connection = attach.attach(container, true, nullptr);
        std::unique_ptr<Engine::HijackedConnection> owner(connection);
        QByteArray out;
        bool established = false;
        std::optional<QString> end;
        QObject::connect(connection, &Engine::HijackedConnection::established, connection,
                         [&established] { established = true; });
        QObject::connect(connection, &Engine::HijackedConnection::data, connection,
                         [&out](const QByteArray &bytes) { out += bytes; });
        QObject::connect(connection, &Engine::HijackedConnection::ended, connection,
                         [&end, ended](const std::optional<Engine::EngineError> &error) { end = ended(error); });
        connection->start();
        connection->write("echo attached-$((2 + 3))\n");
        if (!within([&] { return out.contains("attached-5\r\n") || end.has_value(); }) || !established)
            return u"attach did not answer: " + end.value_or(QString::fromUtf8(out));
        if (end)
            return u"attach ended early: " + *end;
        connection->cancel();
    }
    return QString();
}

}  // namespace Hublot::Test
