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
};

QTEST_GUILESS_MAIN(ErrorMessagesTest)
#include "ErrorMessagesTest.moc"
