// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorMessages.h"

#include <QtTest>

using namespace Hublot;
using Kind = Engine::EngineError::Kind;

class ErrorMessagesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyConnectionFailureHasItsOwnSentenceAndFix_data()
    {
        QTest::addColumn<Kind>("kind");
        for (Kind kind : {Kind::InvalidDockerHost,
                          Kind::SocketMissing,
                          Kind::PermissionDenied,
                          Kind::EngineNotRunning,
                          Kind::HostUnreachable,
                          Kind::Timeout,
                          Kind::ConnectionLost,
                          Kind::ApiTooOld,
                          Kind::ApiTooNew,
                          Kind::MalformedReply,
                          Kind::ContextNotFound,
                          Kind::ContextInvalid,
                          Kind::TlsFileMissing,
                          Kind::TlsFileInvalid,
                          Kind::TlsUntrustedCertificate,
                          Kind::TlsCertificateExpired,
                          Kind::TlsHostNameMismatch,
                          Kind::TlsClientCertificateRefused,
                          Kind::SshClientMissing,
                          Kind::SshHostKeyUnknown,
                          Kind::SshHostKeyChanged,
                          Kind::SshAuthenticationFailed,
                          Kind::SshConnectionRefused,
                          Kind::SshRemoteDockerMissing}) {
            QTest::newRow(qPrintable(Engine::EngineError::kindName(kind))) << kind;
        }
    }

    void everyConnectionFailureHasItsOwnSentenceAndFix()
    {
        QFETCH(Kind, kind);
        Engine::EngineError error;
        error.kind = kind;
        error.address = QStringLiteral("tcp://build-box:2376");
        error.path = QStringLiteral("/home/me/.docker/key.pem");
        // Technical text from below (English, from the system or a tool) stays out of the sentence.
        error.engineMessage = QStringLiteral("TECHNICAL-DETAIL");
        const Ui::ErrorMessages::Text text = Ui::ErrorMessages::forConnection(error);
        QVERIFY(!text.title.isEmpty());
        QVERIFY(!text.reason.isEmpty());
        QVERIFY(!text.hint.isEmpty());
        // (ApiTooOld carries the engine's API version there, and shows it.)
        if (kind != Kind::ApiTooOld)
            QVERIFY2(!text.reason.contains(u"TECHNICAL-DETAIL"), qPrintable(text.reason));
        if (kind == Kind::TlsFileMissing || kind == Kind::ContextInvalid)
            QVERIFY2(text.reason.contains(error.path), qPrintable(text.reason));
    }

    void anUnexpectedEngineAnswerIsQuotedAsTheEngineSaidIt()
    {
        Engine::EngineError error;
        error.kind = Kind::ServerError;
        error.address = QStringLiteral("unix:///var/run/docker.sock");
        error.engineMessage = QStringLiteral("layer does not exist");
        QVERIFY(Ui::ErrorMessages::forConnection(error).reason.contains(u"layer does not exist"));
    }

    // The engine's own words for what goes wrong in a docker run, each
    // turned into a sentence with its fix.
    void aFailedRunSaysWhatWentWrongAndHowToFixIt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("engineMessage");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("name in use")
            << 409
            << QStringLiteral("Conflict. The container name \"/web\" is already in use by container \"0123abc\". You "
                              "have to remove (or rename) that container to be able to reuse that name.")
            << QStringLiteral("The name web is already taken by another container. Choose another name, or remove "
                              "that container first (docker rm web).");
        QTest::newRow("port already allocated")
            << 500
            << QStringLiteral("driver failed programming external connectivity on endpoint web (0123): Bind for "
                              "127.0.0.1:8080 failed: port is already allocated")
            << QStringLiteral("The host port 127.0.0.1:8080 is already taken, by another container or another "
                              "program. Choose another host port, or stop what uses it.");
        QTest::newRow("no such image")
            << 404 << QStringLiteral("No such image: nginx:latest")
            << QStringLiteral("There is no image nginx, neither on this engine nor in its registry. Check the name "
                              "and the tag (docker images lists the local ones).");
        QTest::newRow("registry unreachable")
            << 500
            << QStringLiteral("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no "
                              "such host")
            << QStringLiteral("The image nginx is not on this engine, and its registry cannot be reached (no internet "
                              "connection?). Connect and try again, or load the image from a file first.");
        QTest::newRow("pull access denied")
            << 404
            << QStringLiteral("pull access denied for nginx, repository does not exist or may require 'docker login'")
            << QStringLiteral("The registry refused to give nginx: the image is private or does not exist. Sign in "
                              "to the registry by pulling the image once from Images > Pull… (or with docker login), "
                              "then run it again; or check the name.");
        QTest::newRow("anything else, as the engine said it")
            << 400 << QStringLiteral("invalid mount config for type \"bind\"")
            << QStringLiteral("The engine could not run nginx: invalid mount config for type \"bind\"");
    }

    void aFailedRunSaysWhatWentWrongAndHowToFixIt()
    {
        QFETCH(int, status);
        QFETCH(QString, engineMessage);
        QFETCH(QString, sentence);
        Engine::EngineError error;
        error.httpStatus = status;
        error.engineMessage = engineMessage;
        error = error.refined();
        QCOMPARE(Ui::ErrorMessages::forRun(error, QStringLiteral("nginx"), QStringLiteral("web")), sentence);
    }
};

QTEST_GUILESS_MAIN(ErrorMessagesTest)
#include "ErrorMessagesTest.moc"
