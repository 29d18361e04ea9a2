// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"

#include "engine/ContainerOperations.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;
using State = Engine::ContainerSummary::State;

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QJsonObject dockerInspect(const QString &name)
{
    return TestEngine::dockerJson({QStringLiteral("inspect"), name}).array().first().toObject();
}

QString cliState(const QString &name)
{
    return QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                                   QStringLiteral("{{.State.Status}}"), name})
                                 .trimmed());
}

// A request for a container of the test image with this run's labels.
Engine::CreateContainerRequest testContainer(const QString &name, const QStringList &cmd)
{
    Engine::CreateContainerRequest request;
    request.name = name;
    request.image = TestEngine::image();
    request.cmd = cmd;
    request.labels = Test::testLabels();
    return request;
}

QStringList sleepFor(int seconds)
{
    return {QStringLiteral("sleep"), QString::number(seconds)};
}

}  // namespace

class ContainerOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::ContainerOperations> m_containers;

    // Creates (and starts, if asked) a container through the client under test.
    QString make(const Engine::CreateContainerRequest &request, bool start)
    {
        const auto created = await(m_containers->create(request));
        if (!created.ok())
            return {};
        if (start && !await(m_containers->start(created.value())).ok())
            return {};
        return created.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_containers = std::make_unique<Engine::ContainerOperations>(m_client.get());
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    void createSendsEverySettingAndInspectReadsThemBack()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-create"));
        const QString network = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        const QString volume = TestEngine::uniqueName(QStringLiteral("hublot-vol"));
        TestEngine::dockerOk(QStringList {QStringLiteral("network"), QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {network});
        TestEngine::dockerOk(QStringList {QStringLiteral("volume"), QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {volume});
        QTemporaryDir hostDir;
        QVERIFY(hostDir.isValid());
        const int port = freePort();
        QVERIFY(port > 0);

        Engine::CreateContainerRequest request = testContainer(name, sleepFor(300));
        request.entrypoint = {QStringLiteral("/bin/env")};
        request.env = {QStringLiteral("GREETING=hello world"), QStringLiteral("EMPTY=")};
        request.ports = {Engine::PortMapping {80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), port}};
        request.binds = {hostDir.path() + u":/host:ro"};
        request.volumes = {{volume, QStringLiteral("/data"), false}};
        request.readOnlyRootfs = true;
        request.restartPolicy = {Engine::RestartPolicy::Mode::OnFailure, 3};
        request.tty = true;
        request.openStdin = true;
        request.labels.insert(QStringLiteral("hublot.purpose"), QStringLiteral("create test"));
        request.network = network;
        request.workingDir = QStringLiteral("/tmp");
        request.hostname = QStringLiteral("hublothost");

        const auto created = await(m_containers->create(request));
        QVERIFY2(created.ok(), why(created));

        // The docker CLI is the witness of what the engine made.
        const QJsonObject cli = dockerInspect(name);
        QCOMPARE(cli.value(u"Id").toString(), created.value());
        const QJsonObject config = cli.value(u"Config").toObject();
        const QJsonObject host = cli.value(u"HostConfig").toObject();
        QCOMPARE(config.value(u"Entrypoint").toArray(), QJsonArray {QStringLiteral("/bin/env")});
        QCOMPARE(config.value(u"Cmd").toArray(), (QJsonArray {QStringLiteral("sleep"), QStringLiteral("300")}));
        QVERIFY(config.value(u"Env").toArray().contains(QStringLiteral("GREETING=hello world")));
        QCOMPARE(config.value(u"Labels").toObject().value(u"hublot.purpose").toString(), QStringLiteral("create test"));
        QCOMPARE(config.value(u"Tty").toBool(), true);
        QCOMPARE(config.value(u"OpenStdin").toBool(), true);
        QCOMPARE(config.value(u"WorkingDir").toString(), QStringLiteral("/tmp"));
        QCOMPARE(config.value(u"Hostname").toString(), QStringLiteral("hublothost"));
        QCOMPARE(host.value(u"ReadonlyRootfs").toBool(), true);
        QCOMPARE(host.value(u"RestartPolicy").toObject().value(u"Name").toString(), QStringLiteral("on-failure"));
        QCOMPARE(host.value(u"RestartPolicy").toObject().value(u"MaximumRetryCount").toInt(), 3);
        QCOMPARE(host.value(u"NetworkMode").toString(), network);
        const QJsonObject binding
            = host.value(u"PortBindings").toObject().value(u"80/tcp").toArray().first().toObject();
        QCOMPARE(binding.value(u"HostIp").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binding.value(u"HostPort").toString(), QString::number(port));
        QCOMPARE(host.value(u"Binds").toArray(), QJsonArray {QString(hostDir.path() + u":/host:ro")});

        QVERIFY(await(m_containers->start(name)).ok());
        const auto details = await(m_containers->inspect(name));
        QVERIFY2(details.ok(), why(details));
        QCOMPARE(details->id, created.value());
        QCOMPARE(details->name, name);
        QCOMPARE(details->image, TestEngine::image());
        QCOMPARE(details->state, State::Running);
        QVERIFY(details->running);
        QVERIFY(details->pid > 0);
        QVERIFY(!details->exitCode);
        QCOMPARE(details->cmd, sleepFor(300));
        QCOMPARE(details->entrypoint, QStringList {QStringLiteral("/bin/env")});
        QVERIFY(details->env.contains(QStringLiteral("GREETING=hello world")));
        QCOMPARE(details->labels.value(QStringLiteral("hublot.purpose")), QStringLiteral("create test"));
        QCOMPARE(details->restartPolicy.mode, Engine::RestartPolicy::Mode::OnFailure);
        QCOMPARE(details->restartPolicy.maximumRetryCount, 3);
        QVERIFY(details->readOnlyRootfs);
        QVERIFY(details->tty);
        QVERIFY(details->openStdin);
        QCOMPARE(details->ports.size(), 1);
        QCOMPARE(details->ports.first(),
                 (Engine::PortMapping {80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), port}));
        const QString cliIp = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"),
                                  u"{{(index .NetworkSettings.Networks \"" + network + u"\").IPAddress}}", name})
                .trimmed());
        QVERIFY(!details->ipAddress(network).isEmpty());
        QCOMPARE(details->ipAddress(network), cliIp);
        QCOMPARE(details->mounts.size(), 2);
        const auto bind = std::find_if(details->mounts.cbegin(), details->mounts.cend(),
                                       [](const auto &m) { return m.destination == u"/host"; });
        QVERIFY(bind != details->mounts.cend());
        QCOMPARE(bind->type, QStringLiteral("bind"));
        QCOMPARE(bind->source, hostDir.path());
        QVERIFY(!bind->readWrite);
        const auto data = std::find_if(details->mounts.cbegin(), details->mounts.cend(),
                                       [](const auto &m) { return m.destination == u"/data"; });
        QVERIFY(data != details->mounts.cend());
        QCOMPARE(data->type, QStringLiteral("volume"));
        QCOMPARE(data->name, volume);
        QVERIFY(data->readWrite);
        QVERIFY(await(m_containers->remove(name, true)).ok());
    }

    void aContainerGoesThroughPauseUnpauseRestartAndStop()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-life"));
        Engine::CreateContainerRequest request = testContainer(name, sleepFor(300));
        QVERIFY(!make(request, true).isEmpty());
        QCOMPARE(cliState(name), QStringLiteral("running"));
        const qint64 firstPid = await(m_containers->inspect(name))->pid;

        QVERIFY(await(m_containers->pause(name)).ok());
        QCOMPARE(cliState(name), QStringLiteral("paused"));
        QCOMPARE(await(m_containers->inspect(name))->state, State::Paused);
        QVERIFY(await(m_containers->unpause(name)).ok());
        QCOMPARE(cliState(name), QStringLiteral("running"));

        const auto restarted = await(m_containers->restart(name, 0));
        QVERIFY2(restarted.ok(), why(restarted));
        const auto afterRestart = await(m_containers->inspect(name));
        QCOMPARE(afterRestart->state, State::Running);
        QVERIFY(afterRestart->pid != firstPid);

        // sleep ignores SIGTERM as PID 1: a zero timeout kills it at once.
        const auto stopped = await(m_containers->stop(name, 0));
        QVERIFY2(stopped.ok(), why(stopped));
        QCOMPARE(cliState(name), QStringLiteral("exited"));
        const auto details = await(m_containers->inspect(name));
        QCOMPARE(details->state, State::Exited);
        QCOMPARE(details->exitCode, std::optional<int>(137));
        QVERIFY(details->finishedAt.isValid());
    }

    void killSendsTheSignalAsked()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-kill"));
        QVERIFY(!make(testContainer(name,
                                    {QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("trap 'exit 7' HUP; while true; do sleep 0.2; done")}),
                      true)
                     .isEmpty());
        // The trap must be in place before the signal comes.
        QTest::qWait(500);
        const auto killed = await(m_containers->kill(name, QStringLiteral("SIGHUP")));
        QVERIFY2(killed.ok(), why(killed));
        const auto exit = await(m_containers->wait(name));
        QVERIFY2(exit.ok(), why(exit));
        QCOMPARE(exit->exitCode, 7);
    }

    void waitGivesTheExitCode()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-wait"));
        QVERIFY(
            !make(testContainer(name, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 5")}),
                  true)
                 .isEmpty());
        const auto exit = await(m_containers->wait(name, Engine::ContainerOperations::WaitCondition::NotRunning));
        QVERIFY2(exit.ok(), why(exit));
        QCOMPARE(exit->exitCode, 5);
        QCOMPARE(await(m_containers->inspect(name))->exitCode, std::optional<int>(5));
    }

    void anAutoRemovedContainerIsGoneOnceItExits()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-rm"));
        Engine::CreateContainerRequest request = testContainer(name, {QStringLiteral("true")});
        request.autoRemove = true;
        const QString id = make(request, false);
        QVERIFY(!id.isEmpty());
        QVERIFY(await(m_containers->inspect(id))->autoRemove);
        auto removed = m_containers->wait(id, Engine::ContainerOperations::WaitCondition::Removed);
        QVERIFY(await(m_containers->start(id)).ok());
        QVERIFY2(await(removed).ok(), why(await(removed)));
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), id}).exitCode, 1);
    }

    void renameGivesTheContainerItsNewName()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-old"));
        const QString newName = TestEngine::uniqueName(QStringLiteral("hublot-new"));
        const QString id = make(testContainer(name, {}), false);
        QVERIFY(!id.isEmpty());
        QVERIFY(await(m_containers->rename(name, newName)).ok());
        QCOMPARE(dockerInspect(id).value(u"Name").toString(), u'/' + newName);
        QCOMPARE(await(m_containers->inspect(id))->name, newName);
    }

    void removeWithVolumesTakesTheAnonymousVolumeAlong()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-anon"));
        Engine::CreateContainerRequest request = testContainer(name, {});
        request.volumes = {{QString(), QStringLiteral("/scratch"), false}};
        const QString id = make(request, false);
        QVERIFY(!id.isEmpty());
        const auto details = await(m_containers->inspect(id));
        QCOMPARE(details->mounts.size(), 1);
        const QString volume = details->mounts.first().name;
        QVERIFY(!volume.isEmpty());
        QCOMPARE(TestEngine::docker({QStringLiteral("volume"), QStringLiteral("inspect"), volume}).exitCode, 0);
        QVERIFY(await(m_containers->remove(id, false, true)).ok());
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), id}).exitCode, 1);
        QCOMPARE(TestEngine::docker({QStringLiteral("volume"), QStringLiteral("inspect"), volume}).exitCode, 1);
    }

    void forceRemovesARunningContainer()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-force"));
        QVERIFY(!make(testContainer(name, sleepFor(300)), true).isEmpty());
        const auto removed = await(m_containers->remove(name, true));
        QVERIFY2(removed.ok(), why(removed));
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), name}).exitCode, 1);
    }

    void pruneRemovesOnlyTheStoppedContainersWithTheLabels()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("prune"));
        Engine::CreateContainerRequest marked = testContainer(TestEngine::uniqueName(QStringLiteral("hublot-p1")), {});
        marked.labels.insert(QStringLiteral("hublot.prune"), mark);
        const QString stoppedMarked = make(marked, false);
        marked.name = TestEngine::uniqueName(QStringLiteral("hublot-p2"));
        marked.cmd = sleepFor(300);
        const QString runningMarked = make(marked, true);
        const QString unmarked = make(testContainer(TestEngine::uniqueName(QStringLiteral("hublot-p3")), {}), false);
        QVERIFY(!stoppedMarked.isEmpty() && !runningMarked.isEmpty() && !unmarked.isEmpty());

        const auto report = await(m_containers->prune({Test::ownRunFilter(), u"hublot.prune=" + mark}));
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->deleted, QStringList {stoppedMarked});
        QVERIFY(report->spaceReclaimed >= 0);
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), stoppedMarked}).exitCode, 1);
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), runningMarked}).exitCode, 0);
        QCOMPARE(TestEngine::docker({QStringLiteral("inspect"), unmarked}).exitCode, 0);
    }

    void listNarrowsToStatesAndLabelsAndGivesSizesWhenAsked()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("list"));
        Engine::CreateContainerRequest marked = testContainer(
            TestEngine::uniqueName(QStringLiteral("hublot-l1")),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("head -c 200000 /bin/busybox > /big")});
        marked.labels.insert(QStringLiteral("hublot.list"), mark);
        const QString exited = make(marked, true);
        marked.name = TestEngine::uniqueName(QStringLiteral("hublot-l2"));
        marked.cmd = sleepFor(300);
        const QString running = make(marked, true);
        QVERIFY(!exited.isEmpty() && !running.isEmpty());
        QVERIFY(await(m_containers->wait(exited)).ok());

        const QStringList filters {Test::ownRunFilter(), u"hublot.list=" + mark};
        const auto stopped = await(m_containers->list(
            {QStringLiteral("created"), QStringLiteral("exited"), QStringLiteral("dead")}, filters, true));
        QVERIFY2(stopped.ok(), why(stopped));
        QCOMPARE(stopped->size(), 1);
        QCOMPARE(stopped->first().id, exited);
        // The 200 kB file the command wrote is in its writable layer, the
        // image's 2 MB are not.
        const qint64 size = stopped->first().sizeRw;
        QVERIFY2(size >= 200'000 && size < 1'000'000, QByteArray::number(size));

        const auto all = await(m_containers->list({}, filters));
        QVERIFY2(all.ok(), why(all));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().sizeRw, -1);  // not asked for
    }

    void inspectJsonGivesTheWholeReply()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-json"));
        const QString id = make(testContainer(name, sleepFor(300)), true);
        QVERIFY(!id.isEmpty());
        const auto json = await(m_containers->inspectJson(name));
        QVERIFY2(json.ok(), why(json));
        const QJsonObject cli = dockerInspect(name);
        QCOMPARE(json->value(u"Id").toString(), id);
        QCOMPARE(json->value(u"NetworkSettings").toObject().value(u"IPAddress"),
                 cli.value(u"NetworkSettings").toObject().value(u"IPAddress"));
        QCOMPARE(json->keys(), cli.keys());
        QCOMPARE(Engine::ContainerDetails::fromJson(json.value()).ipAddress(QStringLiteral("bridge")),
                 cli.value(u"NetworkSettings").toObject().value(u"IPAddress").toString());
    }

    void topListsTheContainersProcesses()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-top"));
        QVERIFY(!make(testContainer(name, sleepFor(300)), true).isEmpty());
        const auto top = await(m_containers->top(name));
        QVERIFY2(top.ok(), why(top));
        const qsizetype cmd = top->column(QStringLiteral("CMD"));
        QVERIFY2(cmd >= 0, qPrintable(top->titles.join(u',')));
        QCOMPARE(top->processes.size(), 1);
        QCOMPARE(top->processes.first().value(cmd), QStringLiteral("sleep 300"));
    }

    void changesListAddedAndDeletedFiles()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-changes"));
        QVERIFY(!make(testContainer(name,
                                    {QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("echo x > /tmp/new; rm /etc/group")}),
                      true)
                     .isEmpty());
        QVERIFY(await(m_containers->wait(name)).ok());
        const auto changes = await(m_containers->changes(name));
        QVERIFY2(changes.ok(), why(changes));
        using Change = Engine::FileChange;
        QVERIFY(changes->contains(Change {QStringLiteral("/tmp/new"), Change::Kind::Added}));
        QVERIFY(changes->contains(Change {QStringLiteral("/etc/group"), Change::Kind::Deleted}));
        QVERIFY(changes->contains(Change {QStringLiteral("/etc"), Change::Kind::Modified}));
    }

    // Errors, each made for real by the engine.

    void aSecondContainerWithTheSameNameIsNameInUse()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-dup"));
        QVERIFY(!make(testContainer(name, {}), false).isEmpty());
        const auto second = await(m_containers->create(testContainer(name, {})));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().httpStatus, 409);
        QCOMPARE(Engine::EngineError::kindName(second.error().kind), QStringLiteral("NameInUse"));
    }

    void publishingATakenPortFailsWithPortAlreadyAllocated()
    {
        const int port = freePort();
        Engine::CreateContainerRequest request
            = testContainer(TestEngine::uniqueName(QStringLiteral("hublot-port1")), sleepFor(300));
        request.ports = {Engine::PortMapping {80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), port}};
        QVERIFY(!make(request, true).isEmpty());
        request.name = TestEngine::uniqueName(QStringLiteral("hublot-port2"));
        const QString second = make(request, false);
        QVERIFY(!second.isEmpty());
        const auto started = await(m_containers->start(second));
        QVERIFY(!started.ok());
        QVERIFY2(started.error().kind == Kind::PortAlreadyAllocated, why(started));
    }

    void anUnknownContainerIsNoSuchContainer()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-missing"));
        for (const auto &result : {await(m_containers->inspect(name)).map([](const auto &) { return 0; }),
                                   await(m_containers->start(name)).map([](const auto &) { return 0; }),
                                   await(m_containers->remove(name)).map([](const auto &) { return 0; })}) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().httpStatus, 404);
            QVERIFY2(result.error().kind == Kind::NoSuchContainer, why(result));
        }
    }

    void creatingFromAMissingImageIsNoSuchImage()
    {
        Engine::CreateContainerRequest request
            = testContainer(TestEngine::uniqueName(QStringLiteral("hublot-noimage")), {});
        request.image = QStringLiteral("hublot-test/not-there:1");
        const auto created = await(m_containers->create(request));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().httpStatus, 404);
        QVERIFY2(created.error().kind == Kind::NoSuchImage, why(created));
    }

    void removingARunningContainerWithoutForceIsContainerRunning()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-running"));
        QVERIFY(!make(testContainer(name, sleepFor(300)), true).isEmpty());
        const auto removed = await(m_containers->remove(name));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().httpStatus, 409);
        QVERIFY2(removed.error().kind == Kind::ContainerRunning, why(removed));
        QCOMPARE(cliState(name), QStringLiteral("running"));
    }

    void pausingAStoppedContainerIsContainerNotRunning()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-notrunning"));
        QVERIFY(!make(testContainer(name, {}), false).isEmpty());
        const auto paused = await(m_containers->pause(name));
        QVERIFY(!paused.ok());
        QCOMPARE(paused.error().httpStatus, 409);
        QVERIFY2(paused.error().kind == Kind::ContainerNotRunning, why(paused));
    }
};

QTEST_GUILESS_MAIN(ContainerOperationsTest)
#include "ContainerOperationsTest.moc"
