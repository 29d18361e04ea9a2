// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stats/StatsHistory.h"

#include <QtTest>

using Hublot::Engine::ContainerStats;
using Hublot::Ui::StatsHistory;

namespace {

ContainerStats sample(qint64 second, quint64 rx, quint64 written, double cpu = 0)
{
    ContainerStats stats;
    stats.read = QDateTime::fromSecsSinceEpoch(1'800'000'000 + second, QTimeZone::UTC);
    stats.networkRx = rx;
    stats.blockWrite = written;
    stats.cpuPercent = cpu;
    stats.memoryUsage = 1000;
    stats.pids = 2;
    return stats;
}

}  // namespace

class StatsHistoryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsBecomeRatesBetweenSamples()
    {
        StatsHistory history;
        QVERIFY(history.add(sample(0, 1000, 0)));
        QVERIFY(history.add(sample(2, 5000, 4096, 50)));
        QCOMPARE(history.points().size(), 2);
        QCOMPARE(history.points().at(0).networkRxRate, 0.0);
        QCOMPARE(history.points().at(1).networkRxRate, 2000.0);
        QCOMPARE(history.points().at(1).blockWriteRate, 2048.0);
        QCOMPARE(history.points().at(1).cpuPercent, 50.0);
        QCOMPARE(history.latest()->networkRx, 5000u);
    }

    void aRestartedContainersCountersGiveNoNegativeRate()
    {
        StatsHistory history;
        history.add(sample(0, 9000, 9000));
        history.add(sample(1, 100, 100));
        QCOMPARE(history.points().at(1).networkRxRate, 0.0);
        QCOMPARE(history.points().at(1).blockWriteRate, 0.0);
    }

    void onlyTheWindowIsKept()
    {
        StatsHistory history(10'000);
        for (int second = 0; second <= 30; ++second)
            history.add(sample(second, 0, 0));
        QCOMPARE(history.points().size(), 11);
        QCOMPARE(history.points().first().msecs, sample(20, 0, 0).read.toMSecsSinceEpoch());
    }

    void aStoppedContainersSampleIsNoPoint()
    {
        StatsHistory history;
        ContainerStats stopped;
        stopped.read = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(!history.add(stopped));
        QVERIFY(!history.add(ContainerStats {}));
        QVERIFY(history.points().isEmpty());
        QVERIFY(!history.latest());
    }
};

QTEST_APPLESS_MAIN(StatsHistoryTest)
#include "StatsHistoryTest.moc"
