// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "EngineTestSupport.h"

#include "engine/ContainerOperations.h"
#include "engine/CreateContainerRequest.h"

#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

namespace {

constexpr int ContainerCount = 1000;
constexpr int Runs = 7;

}  // namespace

// `docker ps -a` with 1,000 containers: Hublot's client (one request, the
// JSON parsed into ContainerSummary values) against the docker CLI doing
// the same (a process started, a ping, the same request, JSON printed).
class ContainerListBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_containers = std::make_unique<Engine::ContainerOperations>(m_client.get());
    }

    void cleanupTestCase()
    {
        if (m_containers)
            await(m_containers->prune({Test::ownRunFilter()}), 600'000);
        m_containers.reset();
        m_client.reset();
        TestEngine::cleanUp();
    }

    void listingAThousandContainers()
    {
        // Created, never started: all the engine keeps of them is their
        // configuration, which is what a list reads.
        QElapsedTimer setup;
        setup.start();
        QList<QFuture<Engine::Result<QString>>> created;
        for (int i = 0; i < ContainerCount; ++i) {
            Engine::CreateContainerRequest request;
            request.name = TestEngine::uniqueName(QStringLiteral("hublot-bench-list"));
            request.image = TestEngine::image();
            request.cmd = {QStringLiteral("sleep"), QStringLiteral("1")};
            request.labels = Test::testLabels();
            created.append(m_containers->create(request));
        }
        for (const auto &future : created) {
            const auto id = Bench::result(future);
            QVERIFY2(id.ok(), why(id));
        }
        Bench::report("containers.create_1000", double(setup.elapsed()) / 1000.0, "s");

        QList<double> hublot;
        QList<double> cli;
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto list = Bench::result(m_client->listContainers());
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QVERIFY2(list.ok(), why(list));
            const auto ours = std::count_if(list->cbegin(), list->cend(), [](const Engine::ContainerSummary &c) {
                return c.labels.value(QStringLiteral("hublot.test.run"))
                    == QString::number(QCoreApplication::applicationPid());
            });
            QCOMPARE(ours, ContainerCount);
            hublot.append(ms);

            const double cliMs
                = Bench::timeDocker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(cliMs >= 0, "docker ps -a failed");
            cli.append(cliMs);
        }
        const double ours = Bench::median(hublot);
        const double theirs = Bench::median(cli);
        Bench::report("containers.list_1000.hublot", ours, "ms");
        Bench::report("containers.list_1000.docker_cli", theirs, "ms");
        Bench::report("containers.list_1000.ratio_hublot_to_cli", ours / theirs, "x");
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::ContainerOperations> m_containers;
};

QTEST_GUILESS_MAIN(ContainerListBench)
#include "ContainerListBench.moc"
