// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SshFailure.h"

#include <QtTest>

using namespace Hublot;
using Kind = Engine::EngineError::Kind;

Q_DECLARE_METATYPE(Hublot::Engine::EngineError::Kind)

// The messages are OpenSSH's and the docker CLI's own, as they print them.
class SshFailureTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFailureOfSshOrTheRemoteDockerHasItsKind_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("standardError");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("unknown host key") << 255
                                          << QByteArray("No ED25519 host key is known for [127.0.0.1]:40123 and you "
                                                        "have requested strict checking.\r\nHost key verification "
                                                        "failed.\r\n")
                                          << Kind::SshHostKeyUnknown;
        QTest::newRow("changed host key")
            << 255
            << QByteArray("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                          "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
                          "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                          "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
                          "Host key for [127.0.0.1]:40123 has changed and you have requested strict checking.\r\n"
                          "Host key verification failed.\r\n")
            << Kind::SshHostKeyChanged;
        QTest::newRow("key refused") << 255 << QByteArray("root@127.0.0.1: Permission denied (publickey).\r\n")
                                     << Kind::SshAuthenticationFailed;
        QTest::newRow("too many keys") << 255
                                       << QByteArray("Received disconnect from 127.0.0.1 port 22:2: Too many "
                                                     "authentication failures\r\n")
                                       << Kind::SshAuthenticationFailed;
        QTest::newRow("connection refused")
            << 255 << QByteArray("ssh: connect to host 127.0.0.1 port 40123: Connection refused\r\n")
            << Kind::SshConnectionRefused;
        QTest::newRow("unknown host name")
            << 255 << QByteArray("ssh: Could not resolve hostname nowhere.invalid: Name or service not known\r\n")
            << Kind::HostUnreachable;
        QTest::newRow("no route") << 255 << QByteArray("ssh: connect to host 10.0.0.9 port 22: No route to host\r\n")
                                  << Kind::HostUnreachable;
        QTest::newRow("connect timeout") << 255
                                         << QByteArray(
                                                "ssh: connect to host 192.0.2.1 port 22: Connection timed out\r\n")
                                         << Kind::Timeout;
        QTest::newRow("dash without docker")
            << 127 << QByteArray("sh: 1: docker: not found\n") << Kind::SshRemoteDockerMissing;
        QTest::newRow("bash without docker")
            << 127 << QByteArray("bash: line 1: docker: command not found\n") << Kind::SshRemoteDockerMissing;
        QTest::newRow("zsh without docker")
            << 127 << QByteArray("zsh:1: command not found: docker\n") << Kind::SshRemoteDockerMissing;
        QTest::newRow("remote engine down")
            << 1
            << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon "
                          "running?\n")
            << Kind::EngineNotRunning;
        QTest::newRow("remote socket missing")
            << 1
            << QByteArray("failed to open the raw stream connection: dial unix /run/docker.sock: connect: no such "
                          "file or directory\n")
            << Kind::SocketMissing;
        QTest::newRow("remote socket refusing")
            << 1
            << QByteArray("failed to open the raw stream connection: dial unix /run/docker.sock: connect: connection "
                          "refused\n")
            << Kind::EngineNotRunning;
        QTest::newRow("remote socket not allowed, dial-stdio's words")
            << 1
            << QByteArray("failed to open the raw stream connection: dial unix /run/docker.sock: connect: permission "
                          "denied\n")
            << Kind::PermissionDenied;
        QTest::newRow("a server that drops the connection")
            << 255 << QByteArray("Connection closed by 127.0.0.1 port 45603\r\n") << Kind::SshFailed;
        QTest::newRow("remote socket not allowed")
            << 1
            << QByteArray("permission denied while trying to connect to the Docker daemon socket at "
                          "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/_ping\": dial unix "
                          "/var/run/docker.sock: connect: permission denied\n")
            << Kind::PermissionDenied;
        QTest::newRow("a remote command named Permission denied is no auth failure")
            << 1 << QByteArray("bash: /home/u/.bashrc: Permission denied (something)\n") << Kind::SshFailed;
        QTest::newRow("reset") << 255
                               << QByteArray("kex_exchange_identification: read: Connection reset by peer\r\n"
                                             "Connection reset by 127.0.0.1 port 22\r\n")
                               << Kind::SshFailed;
        QTest::newRow("nothing said") << 1 << QByteArray() << Kind::SshFailed;
    }

    void eachFailureOfSshOrTheRemoteDockerHasItsKind()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, standardError);
        QFETCH(Kind, kind);
        const Engine::EngineError error = Engine::SshFailure::classify(exitCode, standardError);
        QCOMPARE(Engine::EngineError::kindName(error.kind), Engine::EngineError::kindName(kind));
        QCOMPARE(error.engineMessage, Engine::SshFailure::message(standardError));
    }

    void theMessageIsSshsOwnWithoutCarriageReturnsOrAdvice()
    {
        const QByteArray standardError
            = "** WARNING: connection is not using a post-quantum key exchange algorithm.\r\n"
              "** This session may be vulnerable to \"store now, decrypt later\" attacks.\r\n"
              "root@127.0.0.1: Permission denied (publickey).\r\n";
        const Engine::EngineError error = Engine::SshFailure::classify(255, standardError);
        QCOMPARE(error.kind, Kind::SshAuthenticationFailed);
        QCOMPARE(error.engineMessage, QStringLiteral("root@127.0.0.1: Permission denied (publickey)."));
    }

    void aRemoteCommandThatWritesWithoutEndGivesABoundedMessage()
    {
        const QByteArray flood(1 << 20, 'x');
        const Engine::EngineError error = Engine::SshFailure::classify(1, flood);
        QCOMPARE(error.kind, Kind::SshFailed);
        QVERIFY(error.engineMessage.size() <= 4000);
        QVERIFY(!error.engineMessage.isEmpty());
    }

    void everySshKindHasAName()
    {
        for (Kind kind :
             {Kind::SshClientMissing, Kind::SshHostKeyUnknown, Kind::SshHostKeyChanged, Kind::SshAuthenticationFailed,
              Kind::SshConnectionRefused, Kind::SshRemoteDockerMissing, Kind::SshFailed})
            QVERIFY(Engine::EngineError::kindName(kind).startsWith(u"Ssh"));
    }
};

QTEST_GUILESS_MAIN(SshFailureTest)
#include "SshFailureTest.moc"
