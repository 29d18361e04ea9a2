// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/NetworkOperations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;

class NetworkOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::NetworkOperations> m_networks;

    static bool exists(const QString &network)
    {
        return TestEngine::docker({QStringLiteral("network"), QStringLiteral("inspect"), network}).exitCode == 0;
    }

    Engine::NetworkOperations::CreateRequest request(const QString &name)
    {
        Engine::NetworkOperations::CreateRequest r;
        r.name = name;
        r.labels = Test::testLabels();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_networks = std::make_unique<Engine::NetworkOperations>(m_client.get());
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    void aCreatedNetworkHasItsLabelsSubnetAndFlags()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        auto r = request(name);
        r.labels.insert(QStringLiteral("hublot.purpose"), QStringLiteral("network test"));
        r.internal = true;
        r.attachable = true;
        r.subnet = QStringLiteral("10.214.7.0/24");
        r.gateway = QStringLiteral("10.214.7.1");
        const auto created = await(m_networks->create(r));
        QVERIFY2(created.ok(), why(created));

        const QJsonObject cli = TestEngine::dockerJson({QStringLiteral("network"), QStringLiteral("inspect"), name})
                                    .array()
                                    .first()
                                    .toObject();
        QCOMPARE(cli.value(u"Id").toString(), created.value());
        QCOMPARE(cli.value(u"Internal").toBool(), true);
        QCOMPARE(cli.value(u"Labels").toObject().value(u"hublot.purpose").toString(), QStringLiteral("network test"));

        const auto details = await(m_networks->inspect(name));
        QVERIFY2(details.ok(), why(details));
        QCOMPARE(details->summary.id, created.value());
        QCOMPARE(details->summary.name, name);
        QCOMPARE(details->summary.driver, QStringLiteral("bridge"));
        QVERIFY(details->summary.internal);
        QVERIFY(details->attachable);
        QCOMPARE(details->summary.subnets, QStringList {QStringLiteral("10.214.7.0/24")});
        QCOMPARE(details->summary.gateways, QStringList {QStringLiteral("10.214.7.1")});
        QCOMPARE(details->summary.labels, r.labels);
        QVERIFY(details->containers.isEmpty());
    }

    void connectAttachesAContainerAndDisconnectDetachesIt()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        auto r = request(name);
        r.subnet = QStringLiteral("10.214.8.0/24");
        QVERIFY(await(m_networks->create(r)).ok());
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-attached"));
        const QString id = QString::fromUtf8(
            TestEngine::dockerOk(
                QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), container}
                + TestEngine::labels()
                + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")})
                .trimmed());

        const auto connected
            = await(m_networks->connect(name, container, {QStringLiteral("db")}, QStringLiteral("10.214.8.42")));
        QVERIFY2(connected.ok(), why(connected));
        const QString cliIp = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                  u"{{(index .NetworkSettings.Networks \"" + name + u"\").IPAddress}}", container})
                .trimmed());
        QCOMPARE(cliIp, QStringLiteral("10.214.8.42"));
        const auto details = await(m_networks->inspect(name));
        QVERIFY2(details.ok(), why(details));
        QVERIFY(details->containers.contains(id));
        QCOMPARE(details->containers.value(id).containerName, container);
        QCOMPARE(details->containers.value(id).ipv4Address, QStringLiteral("10.214.8.42/24"));

        const auto disconnected = await(m_networks->disconnect(name, container));
        QVERIFY2(disconnected.ok(), why(disconnected));
        QVERIFY(await(m_networks->inspect(name))->containers.isEmpty());
    }

    void aSecondNetworkWithTheSameNameIsNameInUse()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        QVERIFY(await(m_networks->create(request(name))).ok());
        const auto second = await(m_networks->create(request(name)));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().httpStatus, 409);
        QVERIFY2(second.error().kind == Kind::NameInUse, why(second));
    }

    void removeDeletesTheNetwork()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        QVERIFY(await(m_networks->create(request(name))).ok());
        QVERIFY(exists(name));
        const auto removed = await(m_networks->remove(name));
        QVERIFY2(removed.ok(), why(removed));
        QVERIFY(!exists(name));
        const auto again = await(m_networks->remove(name));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Kind::NotFound);
    }

    void pruneRemovesOnlyUnusedNetworksWithTheLabels()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("prune"));
        const QString unused = TestEngine::uniqueName(QStringLiteral("hublot-unused"));
        const QString used = TestEngine::uniqueName(QStringLiteral("hublot-used"));
        const QString other = TestEngine::uniqueName(QStringLiteral("hublot-other"));
        auto marked = request(unused);
        marked.labels.insert(QStringLiteral("hublot.prune"), mark);
        QVERIFY(await(m_networks->create(marked)).ok());
        marked.name = used;
        QVERIFY(await(m_networks->create(marked)).ok());
        QVERIFY(await(m_networks->create(request(other))).ok());
        // Only a running container's endpoint keeps a network from a prune.
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), used}
            + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});

        const auto report = await(m_networks->prune({Test::ownRunFilter(), u"hublot.prune=" + mark}));
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->deleted, QStringList {unused});
        QVERIFY(!exists(unused));
        QVERIFY(exists(used));
        QVERIFY(exists(other));
    }
};

QTEST_GUILESS_MAIN(NetworkOperationsTest)
#include "NetworkOperationsTest.moc"
