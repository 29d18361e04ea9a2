// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QSize>
#include <QStringList>

#include <optional>
#include <variant>

namespace Hublot::Engine {

class EngineClient;
class HijackedConnection;

/// The engine's exec calls (`docker exec`): create an exec instance in a
/// running container, start it as a hijacked stream, resize its TTY and
/// inspect it. Runs on the client's thread; the futures finish there.
/// ExecSession ties them together for a caller that wants one process.
class ExecOperations
{
public:
    struct Config
    {
        QStringList command;  ///< the program and its arguments, e.g. {"sh", "-c", "exit 7"}
        QString user;  ///< "user", "user:group" or a uid; empty: the container's
        bool tty = false;  ///< a pseudo-terminal: raw output, stdout and stderr mixed
        QStringList env;  ///< "NAME=value" entries added to the container's
        QString workingDir;  ///< empty: the container's
        bool attachStdin = true;
        bool attachStdout = true;
        bool attachStderr = true;
        /// The TTY's size from the start (rows x columns as height x width);
        /// sent with the start request on engines of API 1.42 and newer,
        /// else by a resize once the stream is open.
        std::optional<QSize> consoleSize;
    };

    /// What GET /exec/{id}/json says about an exec instance.
    struct State
    {
        QString id;
        QString containerId;
        bool running = false;
        std::optional<int> exitCode;  ///< once the process has exited
        qint64 pid = 0;  ///< the process's pid on the host, 0 before it started

        static State fromJson(const QJsonObject &json);
    };

    explicit ExecOperations(EngineClient *client);

    /// POST /containers/{container}/exec. Gives the exec instance's id.
    QFuture<Result<QString>> create(const QString &container, const Config &config);
    /// POST /exec/{id}/start as a hijacked connection (not yet started: connect
    /// its signals, then call start()). Output is raw when tty, else
    /// demultiplexed frames. The connection is owned by parent.
    HijackedConnection *start(const QString &execId, bool tty, const std::optional<QSize> &consoleSize,
                              QObject *parent);
    /// POST /exec/{id}/resize: size is rows x columns as height x width.
    QFuture<Result<std::monostate>> resize(const QString &execId, QSize size);
    QFuture<Result<State>> inspect(const QString &execId);

private:
    QPointer<EngineClient> m_client;
};

}  // namespace Hublot::Engine
