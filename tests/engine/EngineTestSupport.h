// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/Labels.h"

#include <QCoreApplication>
#include <QFuture>
#include <QtTest>

namespace Hublot::Test {

// Runs the event loop until the future has its result; a future that never
// finishes gives a default Result, an error the test then reports.
template <typename T> T await(QFuture<T> future, int timeoutMs = 60'000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs))
        return T {};
    return future.result();
}

// What went wrong, for a failure message (QVERIFY2 builds it even on success).
template <typename T> QByteArray why(const Engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().technicalSummary().toUtf8();
}

// TestEngine::labels() as a label map, for what the client creates itself.
inline Engine::Labels testLabels()
{
    return {{QStringLiteral("hublot.test"), QStringLiteral("1")},
            {QStringLiteral("hublot.test.run"), QString::number(QCoreApplication::applicationPid())}};
}

// The label filter that matches only what this test process made.
inline QString ownRunFilter()
{
    return QStringLiteral("hublot.test.run=%1").arg(QCoreApplication::applicationPid());
}

}  // namespace Hublot::Test
