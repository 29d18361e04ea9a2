// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using Hublot::Engine::EngineEndpoint;
using Hublot::Engine::EngineError;
using Transport = EngineEndpoint::Transport;

class EngineEndpointTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidDockerHostParses_data()
    {
        QTest::addColumn<QString>("dockerHost");
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("socketPath");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");

        QTest::newRow("unix:///path") << QStringLiteral("unix:///var/run/docker.sock") << Transport::UnixSocket
                                      << QStringLiteral("/var/run/docker.sock") << QString() << 0;
        QTest::newRow("rootless socket") << QStringLiteral("unix:///run/user/1000/docker.sock") << Transport::UnixSocket
                                         << QStringLiteral("/run/user/1000/docker.sock") << QString() << 0;
        QTest::newRow("bare /path") << QStringLiteral("/run/docker.sock") << Transport::UnixSocket
                                    << QStringLiteral("/run/docker.sock") << QString() << 0;
        QTest::newRow("surrounding blanks") << QStringLiteral("  unix:///run/docker.sock\n") << Transport::UnixSocket
                                            << QStringLiteral("/run/docker.sock") << QString() << 0;
        QTest::newRow("tcp://host:port") << QStringLiteral("tcp://127.0.0.1:2376") << Transport::Tcp << QString()
                                         << QStringLiteral("127.0.0.1") << 2376;
        QTest::newRow("tcp://name:port") << QStringLiteral("tcp://docker.example.org:12375") << Transport::Tcp
                                         << QString() << QStringLiteral("docker.example.org") << 12375;
        QTest::newRow("tcp://host gives 2375") << QStringLiteral("tcp://192.168.1.20") << Transport::Tcp << QString()
                                               << QStringLiteral("192.168.1.20") << 2375;
        QTest::newRow("tcp://host/ gives 2375")
            << QStringLiteral("tcp://localhost/") << Transport::Tcp << QString() << QStringLiteral("localhost") << 2375;
        QTest::newRow("tcp://[::1]:port")
            << QStringLiteral("tcp://[::1]:2376") << Transport::Tcp << QString() << QStringLiteral("::1") << 2376;
    }

    void aValidDockerHostParses()
    {
        QFETCH(QString, dockerHost);
        QFETCH(Transport, transport);
        QFETCH(QString, socketPath);
        QFETCH(QString, host);
        QFETCH(int, port);

        const auto parsed = EngineEndpoint::parse(dockerHost);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().technicalSummary()));
        QCOMPARE(parsed->transport, transport);
        QCOMPARE(parsed->socketPath, socketPath);
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
    }

    void anInvalidDockerHostIsAnErrorNamingIt_data()
    {
        QTest::addColumn<QString>("dockerHost");

        QTest::newRow("relative unix path") << QStringLiteral("unix://run/docker.sock");
        QTest::newRow("unix:// and nothing") << QStringLiteral("unix://");
        QTest::newRow("ssh:// with a password") << QStringLiteral("ssh://me:secret@build-server");
        QTest::newRow("npipe://") << QStringLiteral("npipe:////./pipe/docker_engine");
        QTest::newRow("foo://") << QStringLiteral("foo://bar:2375");
        QTest::newRow("empty") << QString();
        QTest::newRow("only blanks") << QStringLiteral("   ");
        QTest::newRow("garbage") << QStringLiteral("not an address");
        QTest::newRow("host:port without scheme") << QStringLiteral("localhost:2375");
        QTest::newRow("relative path") << QStringLiteral("run/docker.sock");
        QTest::newRow("tcp:// without host") << QStringLiteral("tcp://");
        QTest::newRow("tcp with a path") << QStringLiteral("tcp://localhost:2375/v1.45");
        QTest::newRow("tcp with a port that is not a number") << QStringLiteral("tcp://localhost:docker");
        // Found by EngineEndpointFuzzer: the address read back without the port.
        QTest::newRow("tcp with port 0") << QStringLiteral("tcp://tcp:0");
        // Found by EngineEndpointFuzzer: a user name with a noncharacter
        // (bytes 0xf1 0xbf 0xbf 0xbf: U+7FFFF) read back longer than it was.
        QTest::newRow("ssh user with a noncharacter") << QString::fromUtf8("ssh://e\xf1\xbf\xbf\xbf@build-server");
        QTest::newRow("ssh user from bytes that are not UTF-8") << QString::fromUtf8("ssh://e\xbf\xbf@build-server");
        QTest::newRow("ssh user with a control character") << QStringLiteral("ssh://me%07@build-server");
        QTest::newRow("ssh socket path with a noncharacter")
            << QString::fromUtf8("ssh://build-server/run/\xef\xbf\xbf.sock");
    }

    void anInvalidDockerHostIsAnErrorNamingIt()
    {
        QFETCH(QString, dockerHost);

        const auto parsed = EngineEndpoint::parse(dockerHost);
        QVERIFY2(!parsed.ok(), parsed.ok() ? qPrintable(parsed->address()) : "");
        QCOMPARE(parsed.error().kind, EngineError::Kind::InvalidDockerHost);
        QCOMPARE(parsed.error().address, dockerHost.trimmed());
        // The engine keeps the technical reason; the UI writes the sentence.
        QVERIFY(!parsed.error().engineMessage.isEmpty());
    }

    void anUnknownSchemeIsNamedInTheError()
    {
        const auto parsed = EngineEndpoint::parse(QStringLiteral("gopher://me@build-server"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().engineMessage.contains(u"gopher"), qPrintable(parsed.error().engineMessage));
    }

    void anAddressParsesBackToTheSameEndpoint_data()
    {
        QTest::addColumn<QString>("dockerHost");
        QTest::addColumn<QString>("address");

        QTest::newRow("unix") << QStringLiteral("unix:///var/run/docker.sock")
                              << QStringLiteral("unix:///var/run/docker.sock");
        QTest::newRow("bare path") << QStringLiteral("/run/user/1000/docker.sock")
                                   << QStringLiteral("unix:///run/user/1000/docker.sock");
        QTest::newRow("tcp") << QStringLiteral("tcp://10.0.0.5:2376") << QStringLiteral("tcp://10.0.0.5:2376");
        QTest::newRow("tcp, default port")
            << QStringLiteral("tcp://docker.example.org") << QStringLiteral("tcp://docker.example.org:2375");
        QTest::newRow("tcp, IPv6") << QStringLiteral("tcp://[::1]:2376") << QStringLiteral("tcp://[::1]:2376");
    }

    void anAddressParsesBackToTheSameEndpoint()
    {
        QFETCH(QString, dockerHost);
        QFETCH(QString, address);

        const auto parsed = EngineEndpoint::parse(dockerHost);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->address(), address);
        const auto again = EngineEndpoint::parse(parsed->address());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().technicalSummary()));
        QCOMPARE(again.value(), parsed.value());
    }

    void withoutDockerHostTheDefaultSocketIsUsed()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/someone"));
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->transport, Transport::UnixSocket);
        QCOMPARE(endpoint->socketPath, QStringLiteral("/var/run/docker.sock"));
        QCOMPARE(endpoint->socketPath, EngineEndpoint::defaultSocketPath());
        QCOMPARE(endpoint->source, QStringLiteral("default"));
        QCOMPARE(endpoint->address(), QStringLiteral("unix:///var/run/docker.sock"));
    }

    void anEmptyDockerHostCountsAsUnset()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QString());
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->socketPath, EngineEndpoint::defaultSocketPath());
        QCOMPARE(endpoint->source, QStringLiteral("default"));
    }

    void dockerHostInTheEnvironmentWins()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:2375"));
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->transport, Transport::Tcp);
        QCOMPARE(endpoint->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(endpoint->port, 2375);
        QCOMPARE(endpoint->source, QStringLiteral("DOCKER_HOST"));

        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///run/user/1000/docker.sock"));
        const auto rootless = EngineEndpoint::fromEnvironment(env);
        QVERIFY(rootless.ok());
        QCOMPARE(rootless->socketPath, QStringLiteral("/run/user/1000/docker.sock"));
        QCOMPARE(rootless->source, QStringLiteral("DOCKER_HOST"));
    }

    void anInvalidDockerHostInTheEnvironmentIsAnErrorNotTheDefault()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("foo://build-server"));
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().kind, EngineError::Kind::InvalidDockerHost);
        QCOMPARE(endpoint.error().address, QStringLiteral("foo://build-server"));
    }

    void withoutDockerHostARootlessOrPodmanSocketIsFoundWhenTheStandardOneIsMissing()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const QString standard = EngineEndpoint::defaultSocketPath();
        const bool standardExists = QFileInfo::exists(standard);
        // Nothing in the runtime folder: the standard path, to be named in the error.
        QCOMPARE(EngineEndpoint::defaultSocketPath(env), standard);
        QVERIFY(QDir(runtime.path()).mkpath(QStringLiteral("podman")));
        QFile podman(runtime.filePath(QStringLiteral("podman/podman.sock")));
        QVERIFY(podman.open(QIODevice::WriteOnly));
        QCOMPARE(EngineEndpoint::defaultSocketPath(env), standardExists ? standard : podman.fileName());
        QFile rootless(runtime.filePath(QStringLiteral("docker.sock")));
        QVERIFY(rootless.open(QIODevice::WriteOnly));
        QCOMPARE(EngineEndpoint::defaultSocketPath(env), standardExists ? standard : rootless.fileName());
        const auto endpoint = EngineEndpoint::fromEnvironment(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->socketPath, EngineEndpoint::defaultSocketPath(env));
    }
};

QTEST_GUILESS_MAIN(EngineEndpointTest)
#include "EngineEndpointTest.moc"
