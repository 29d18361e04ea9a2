// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace Hublot::Test {

/// The real engine the engine and GUI tests talk to: the private dockerd
/// that packaging/dev/hublot-dev test starts, or the one
/// HUBLOT_TEST_DOCKER_HOST names. The docker CLI, run against the same
/// engine, is the independent witness of what it holds.
///
/// Everything a test makes carries the label hublot.test=1 and a label of
/// its own run, and cleanup removes only what carries that run's label.
class TestEngine final
{
public:
    /// Empty when the engine answers; else why it cannot be used.
    static QString unavailableReason();
    static QString dockerHost();
    static Engine::EngineEndpoint endpoint();
    /// The small busybox image hublot-dev imports for the tests.
    static QString image() { return QStringLiteral("hublot-test/busybox:1"); }

    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs the docker CLI against the test engine and waits for it.
    static Output docker(const QStringList &arguments, int timeoutMs = 60'000);
    /// The same against another engine (one a test started).
    static Output dockerOn(const Engine::EngineEndpoint &endpoint, const QStringList &arguments,
                           int timeoutMs = 60'000);
    /// The environment that points the docker CLI at endpoint: DOCKER_HOST,
    /// and for TLS, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.
    static QProcessEnvironment environmentFor(const Engine::EngineEndpoint &endpoint);
    /// Like docker(), failing the test (with the CLI's stderr) when it fails.
    static QByteArray dockerOk(const QStringList &arguments);
    static QJsonDocument dockerJson(const QStringList &arguments);

    /// A name unique to this run: prefix + pid + counter.
    static QString uniqueName(const QString &prefix);
    /// --label arguments that mark a resource as made by this test process.
    static QStringList labels();
    /// Removes the containers, images tags, volumes and networks this
    /// process labelled.
    static void cleanUp();
};

}  // namespace Hublot::Test

/// Fails the current test, saying why, when the test engine is not there.
#define HUBLOT_REQUIRE_ENGINE()                                                                                        \
    do {                                                                                                               \
        const QString reason_ = Hublot::Test::TestEngine::unavailableReason();                                         \
        if (!reason_.isEmpty())                                                                                        \
            QFAIL(qPrintable(reason_));                                                                                \
    } while (false)
