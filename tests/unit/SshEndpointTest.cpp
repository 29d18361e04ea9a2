// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEndpoint.h"

#include <QtTest>

using namespace Hublot;
using Endpoint = Engine::EngineEndpoint;
using Transport = Engine::EngineEndpoint::Transport;

class SshEndpointTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anSshAddressGivesItsUserHostAndPort()
    {
        const auto parsed = Endpoint::parse(QStringLiteral("ssh://alice@build.example.org:2222"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->transport, Transport::Ssh);
        QCOMPARE(parsed->user, QStringLiteral("alice"));
        QCOMPARE(parsed->host, QStringLiteral("build.example.org"));
        QCOMPARE(parsed->port, 2222);
        QCOMPARE(parsed->socketPath, QString());
        QCOMPARE(parsed->address(), QStringLiteral("ssh://alice@build.example.org:2222"));
    }

    void anSshAddressWithoutUserOrPortLeavesThemToSshsConfiguration()
    {
        const auto parsed = Endpoint::parse(QStringLiteral("ssh://build-box"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->transport, Transport::Ssh);
        QCOMPARE(parsed->user, QString());
        QCOMPARE(parsed->host, QStringLiteral("build-box"));
        QCOMPARE(parsed->port, 0);
        QCOMPARE(parsed->address(), QStringLiteral("ssh://build-box"));
    }

    void anSshAddressMayNameTheRemoteEnginesSocket()
    {
        const auto parsed = Endpoint::parse(QStringLiteral("ssh://bob@box/run/user/1000/docker.sock"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->socketPath, QStringLiteral("/run/user/1000/docker.sock"));
        QCOMPARE(parsed->address(), QStringLiteral("ssh://bob@box/run/user/1000/docker.sock"));
        const auto slashOnly = Endpoint::parse(QStringLiteral("ssh://bob@box/"));
        QVERIFY(slashOnly.ok());
        QCOMPARE(slashOnly->socketPath, QString());
    }

    void anIpv6SshHostIsKeptWithoutItsBrackets()
    {
        const auto parsed = Endpoint::parse(QStringLiteral("ssh://root@[::1]:22"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->host, QStringLiteral("::1"));
        QCOMPARE(parsed->port, 22);
        QCOMPARE(parsed->address(), QStringLiteral("ssh://root@[::1]:22"));
    }

    void badSshAddressesAreRefusedNamingTheValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no host") << QStringLiteral("ssh://") << QStringLiteral("no host");
        QTest::newRow("user but no host") << QStringLiteral("ssh://alice@") << QStringLiteral("no host");
        QTest::newRow("password") << QStringLiteral("ssh://alice:secret@box") << QStringLiteral("password");
        QTest::newRow("query") << QStringLiteral("ssh://box?x=1") << QStringLiteral("query");
        QTest::newRow("fragment") << QStringLiteral("ssh://box#part") << QStringLiteral("fragment");
        QTest::newRow("port out of range") << QStringLiteral("ssh://box:70000") << QStringLiteral("valid");
        QTest::newRow("host that would read as an option")
            << QStringLiteral("ssh://-oProxyCommand") << QStringLiteral("host");
        QTest::newRow("user that reads as an option") << QStringLiteral("ssh://-v@box") << QStringLiteral("'-'");
    }

    void badSshAddressesAreRefusedNamingTheValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const auto parsed = Endpoint::parse(value);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Engine::EngineError::Kind::InvalidDockerHost);
        QCOMPARE(parsed.error().address, value);
        QVERIFY2(parsed.error().engineMessage.contains(reason), qPrintable(parsed.error().engineMessage));
    }

    void sshOptionsComeFromTheEnvironmentSplitAsAShellWould()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://alice@box"));
        env.insert(QStringLiteral("HUBLOT_SSH_OPTIONS"), QStringLiteral("-F \"/tmp/my dir/ssh_config\" -i key"));
        const auto endpoint = Endpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->source, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(endpoint->sshOptions,
                 (QStringList {QStringLiteral("-F"), QStringLiteral("/tmp/my dir/ssh_config"), QStringLiteral("-i"),
                               QStringLiteral("key")}));
    }

    void sshOptionsAreIgnoredForOtherTransports()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///run/docker.sock"));
        env.insert(QStringLiteral("HUBLOT_SSH_OPTIONS"), QStringLiteral("-F config"));
        const auto endpoint = Endpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->transport, Transport::UnixSocket);
        QVERIFY(endpoint->sshOptions.isEmpty());
    }

    void anUnknownSchemeNamesSshAmongTheOnesExpected()
    {
        const auto parsed = Endpoint::parse(QStringLiteral("box:2375"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().engineMessage.contains(u"ssh://"));
    }
};

QTEST_GUILESS_MAIN(SshEndpointTest)
#include "SshEndpointTest.moc"
