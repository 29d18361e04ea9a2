// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestDaemon.h"
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "engine/ServiceOperations.h"

#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::await;
using Hublot::Test::TestDaemon;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

// Swarm services on a dockerd of the test's own (the swarm it makes stays
// there, and goes with it): the notes' "the same app in several containers
// to share the load", as `docker service create --replicas` does it.
class ServiceOperationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString started = m_daemon.startWithTestImage();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_session.connectTo(Engine::EngineEndpoint::parse(m_daemon.dockerHost()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session.isLoaded(), 20'000);
    }

    void cleanupTestCase()
    {
        m_daemon.leaveSwarm();
        m_daemon.stop();
    }

    // Before Swarm mode, there are no services: an empty list, not an error.
    void anEngineOutsideASwarmHasNoServices()
    {
        const auto listed = await(Engine::ServiceOperations(m_session.client()).list());
        QVERIFY2(listed.ok(), why(listed));
        QVERIFY(listed->isEmpty());
        QVERIFY(m_session.services()->isLoaded());
        QCOMPARE(m_session.services()->size(), 0);
    }

    // swarm init, then a service of three replicas: the session's store
    // follows the engine's events to 3/3, then to 1 after a scale, and the
    // service is gone after its removal, as `docker service ls` says.
    void aServiceRunsItsReplicasScalesAndGoes()
    {
        Engine::ServiceOperations services(m_session.client());
        const auto joined = await(services.initSwarm(u"127.0.0.1"_s));
        QVERIFY2(joined.ok(), why(joined));
        QCOMPARE(joined.value(),
                 QString::fromUtf8(m_daemon.docker({u"info"_s, u"--format"_s, u"{{.Swarm.NodeID}}"_s})).trimmed());

        Engine::ServiceOperations::CreateRequest request;
        request.name = u"hublot-web"_s;
        request.image = TestEngine::image();
        request.command = {u"sleep"_s, u"600"_s};
        request.replicas = 3;
        request.labels = Test::testLabels();
        const auto created = await(services.create(request));
        QVERIFY2(created.ok(), why(created));
        const QString id = created.value();

        const auto running = [this, &id]() -> QString {
            const Engine::ServiceSummary *service = m_session.services()->find(id);
            return service ? u"%1/%2"_s.arg(service->runningTasks).arg(service->desiredTasks) : u"absent"_s;
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(), u"3/3"_s, 60'000);
        const Engine::ServiceSummary *service = m_session.services()->find(id);
        QCOMPARE(service->name, request.name);
        QCOMPARE(service->image, request.image);
        QCOMPARE(service->replicas, 3);
        QVERIFY(!service->global);
        QCOMPARE(
            QString::fromUtf8(m_daemon.docker({u"service"_s, u"ls"_s, u"--format"_s, u"{{.Name}} {{.Replicas}}"_s}))
                .trimmed(),
            u"hublot-web 3/3"_s);

        const auto scaled = await(services.scale(request.name, 1));
        QVERIFY2(scaled.ok(), why(scaled));
        QTRY_COMPARE_WITH_TIMEOUT(running(), u"1/1"_s, 60'000);
        QCOMPARE(m_session.services()->find(id)->replicas, 1);

        const auto removed = await(services.remove(id));
        QVERIFY2(removed.ok(), why(removed));
        QTRY_COMPARE_WITH_TIMEOUT(running(), u"absent"_s, 20'000);
        QCOMPARE(QString::fromUtf8(m_daemon.docker({u"service"_s, u"ls"_s, u"-q"_s})).trimmed(), QString());
    }

    // A name already taken is said so, as for a container's name.
    void aSecondServiceWithTheSameNameIsAConflict()
    {
        Engine::ServiceOperations services(m_session.client());
        Engine::ServiceOperations::CreateRequest request;
        request.name = u"hublot-twice"_s;
        request.image = TestEngine::image();
        request.command = {u"sleep"_s, u"600"_s};
        request.labels = Test::testLabels();
        const auto first = await(services.create(request));
        QVERIFY2(first.ok(), why(first));
        const auto second = await(services.create(request));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Engine::EngineError::Kind::NameInUse);
        QVERIFY(await(services.remove(first.value())).ok());
    }

private:
    TestDaemon m_daemon;
    Engine::EngineSession m_session;
};

QTEST_GUILESS_MAIN(ServiceOperationsTest)
#include "ServiceOperationsTest.moc"
