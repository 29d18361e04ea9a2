// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/ContainerTreeModel.h"
#include "ui/stats/VisibleStatsController.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include <sys/resource.h>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;

// Issue 5: 50 running containers with their stats shown, and the CPU time
// Hublot spends on them. Prints `bench: <name> <value> <unit>`.
namespace {

constexpr int Containers = 50;
constexpr int MeasureMs = 20'000;

void bench(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// User and system CPU time of this process, in seconds.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

class StatsStreamsBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 30'000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        TestEngine::cleanUp();
    }

    void fiftyLiveStatsStreams()
    {
        QStringList ids;
        for (int i = 0; i < Containers; ++i) {
            const QString name = TestEngine::uniqueName(u"hublot-statsbench"_s);
            ids.append(QString::fromUtf8(TestEngine::dockerOk(
                                             QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
                                             + QStringList {TestEngine::image(), u"sleep"_s, u"600"_s}))
                           .trimmed());
        }
        // The containers list, all fifty rows in sight, CPU and memory
        // repainted with each sample, wired as the containers page wires them.
        Ui::ContainerTreeModel model(m_session->containers());
        QSortFilterProxyModel mine;
        mine.setSourceModel(&model);
        mine.setFilterRole(Ui::KeyRole);
        mine.setFilterRegularExpression(u"^("_s + ids.join(u'|') + u")$"_s);
        QTableView table;
        table.setModel(&mine);
        table.verticalHeader()->setDefaultSectionSize(20);
        table.resize(900, 60 + Containers * 20 + 40);
        table.show();
        QTRY_COMPARE_WITH_TIMEOUT(mine.rowCount(), Containers, 20'000);
        Ui::VisibleStatsController controller(m_session.get(), &table, Ui::KeyRole);
        model.setStatsLookup([&controller](const QString &id) { return controller.latest(id); });
        QObject::connect(&controller, &Ui::VisibleStatsController::statsChanged, &model,
                         &Ui::ContainerTreeModel::statsChanged);
        int samples = 0;
        QObject::connect(&controller, &Ui::VisibleStatsController::statsChanged, &table, [&samples] { ++samples; });
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(ids.cbegin(), ids.cend(),
                        [&controller](const QString &id) { return controller.latest(id).has_value(); }),
            60'000);
        QCOMPARE(controller.streamedIds().size(), Containers);

        samples = 0;
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(MeasureMs);
        const double cpu = cpuSeconds() - cpuBefore;
        const double seconds = double(wall.elapsed()) / 1000.0;
        bench("stats_50_streams_samples_per_second", double(samples) / seconds, "samples/s");
        bench("stats_50_streams_cpu_of_one_core", 100.0 * cpu / seconds, "%");
        QVERIFY(samples > Containers);
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
};

QTEST_MAIN(StatsStreamsBench)
#include "StatsStreamsBench.moc"
