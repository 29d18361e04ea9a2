// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFuture>
#include <QList>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>

// What the benchmarks share: one line per figure, in the form the README
// and CI logs are grepped for, the docker CLI timed on the same work, and
// the process's resident memory.
namespace Hublot::Bench {

inline void report(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.4g %s\n", name, value, unit);
    std::fflush(stdout);
}

// QTest's waiting (qWaitFor, QTRY_*) sleeps 10 ms whenever no event is
// pending, which caps a stream at what one pass of the event loop reads per
// 10 ms. An application's loop waits in poll() instead; so do these.

/// Runs an event loop until signal comes from sender or timeoutMs pass;
/// whether it came.
template <typename Signal>
bool waitForSignal(const typename QtPrivate::FunctionPointer<Signal>::Object *sender, Signal signal,
                   int timeoutMs = 600'000)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(timeoutMs);
}

/// Runs an event loop until the future has its result (a default T when
/// timeoutMs pass first).
template <typename T> T result(QFuture<T> future, int timeoutMs = 600'000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        future.then(&loop, [&loop](const T &) { loop.quit(); });
        loop.exec();
    }
    return future.isFinished() ? future.result() : T {};
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 != 0 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

inline double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

/// The process's resident set size now, in bytes (Linux: /proc/self/statm).
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

/// Runs the docker CLI against endpoint with its output thrown
/// away, as a user's `docker ... > /dev/null`; gives the milliseconds it
/// took, or -1 when it failed (the test then fails saying so).
inline double timeDockerOn(const Engine::EngineEndpoint &endpoint, const QStringList &arguments)
{
    QProcess docker;
    docker.setProcessEnvironment(Test::TestEngine::environmentFor(endpoint));
    docker.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    docker.start(QStringLiteral("docker"), arguments);
    if (!docker.waitForFinished(600'000) || docker.exitStatus() != QProcess::NormalExit || docker.exitCode() != 0) {
        std::fprintf(stderr, "docker %s failed: %s\n", qPrintable(arguments.join(u' ')),
                     docker.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double timeDocker(const QStringList &arguments)
{
    return timeDockerOn(Test::TestEngine::endpoint(), arguments);
}

}  // namespace Hublot::Bench
