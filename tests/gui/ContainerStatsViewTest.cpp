// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "engine/SystemOperations.h"
#include "ui/stats/ContainerStatsView.h"

#include <QChartView>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;
using Hublot::Ui::ContainerStatsView;
using Chart = ContainerStatsView::Chart;

class ContainerStatsViewTest final : public QObject
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

    // The notes' `docker stats`: the view's numbers agree with what the
    // engine's one-shot stats and the docker CLI report, and the charts draw them.
    void theChartsShowWhatTheEngineReports()
    {
        const QString name = TestEngine::uniqueName(u"hublot-statsview"_s);
        // Three processes, some memory held in a shell variable, a few writes.
        TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
                             + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s,
                                            u"sleep 600 & sleep 600 & dd if=/dev/zero of=/tmp/f bs=64k count=64; "
                                            "x=$(head -c 2000000 /dev/zero | tr '\\0' a); wait"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_session->containers()->find(containerId(name)), 10'000);

        ContainerStatsView view(m_session.get(), containerId(name));
        view.resize(1000, 720);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.history().points().size() >= 3, 20'000);
        QVERIFY(view.isStreaming());

        const Engine::ContainerStats shown = *view.history().latest();
        QFuture<Engine::Result<Engine::ContainerStats>> oneShot
            = Engine::SystemOperations(m_session->client()).oneShotStats(name);
        QTRY_VERIFY_WITH_TIMEOUT(oneShot.isFinished(), 10'000);
        if (!oneShot.result().ok())
            QFAIL(qPrintable(oneShot.result().error().technicalSummary()));
        const Engine::ContainerStats engine = oneShot.result().value();
        QCOMPARE(shown.pids, engine.pids);
        QVERIFY(shown.pids >= 3);
        QVERIFY2(shown.memoryUsage > 0 && shown.memoryUsage <= 2 * engine.memoryUsage
                     && engine.memoryUsage <= 2 * shown.memoryUsage,
                 qPrintable(u"%1 vs %2"_s.arg(shown.memoryUsage).arg(engine.memoryUsage)));
        QCOMPARE(shown.memoryLimit, engine.memoryLimit);
        // The CLI as a witness.
        const QByteArray cliPids
            = TestEngine::dockerOk({u"stats"_s, u"--no-stream"_s, u"--format"_s, u"{{.PIDs}}"_s, name});
        QCOMPARE(cliPids.trimmed().toULongLong(), shown.pids);

        // Every chart has a point per sample, and its value above it.
        for (Chart chart : {Chart::Cpu, Chart::Memory, Chart::Network, Chart::BlockIo, Chart::Pids}) {
            for (QLineSeries *series : view.series(chart))
                QCOMPARE(series->count(), view.history().points().size());
            QVERIFY(!view.valueText(chart).isEmpty());
        }
        QCOMPARE(view.series(Chart::Network).size(), 2);
        QCOMPARE(view.series(Chart::Pids).first()->points().last().y(), double(shown.pids));
        QVERIFY(view.valueText(Chart::Memory).contains(u"%"_s));
        QCOMPARE(view.valueText(Chart::Pids), QLocale().toString(shown.pids));

        // For a person to look at: HUBLOT_TEST_GRAB_DIR=folder saves the view.
        if (const QString dir = qEnvironmentVariable("HUBLOT_TEST_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/stats-view.png"_s));

        // Stopped: the stream ends, the charts stay, the view says why.
        TestEngine::dockerOk({u"stop"_s, u"-t"_s, u"0"_s, name});
        QTRY_VERIFY_WITH_TIMEOUT(!view.isStreaming(), 15'000);
        auto *notice = view.findChild<QLabel *>(u"statsNoticeLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10'000);
        QVERIFY(!view.history().points().isEmpty());

        // Started again: the stats come back.
        const qsizetype before = view.history().points().size();
        TestEngine::dockerOk({u"start"_s, name});
        QTRY_VERIFY_WITH_TIMEOUT(view.history().points().size() > before, 20'000);
        QVERIFY(notice->isHidden());
        TestEngine::docker({u"rm"_s, u"-f"_s, name});
    }

    void aContainerThatDoesNotRunSaysSo()
    {
        const QString name = TestEngine::uniqueName(u"hublot-statsview"_s);
        TestEngine::dockerOk(QStringList {u"create"_s, u"--name"_s, name} + TestEngine::labels()
                             + QStringList {TestEngine::image(), u"true"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_session->containers()->find(containerId(name)), 10'000);
        ContainerStatsView view(m_session.get(), containerId(name));
        view.show();
        auto *notice = view.findChild<QLabel *>(u"statsNoticeLabel"_s);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"not running"_s));
        QVERIFY(!view.isStreaming());
        QCOMPARE(view.valueText(Chart::Cpu), u"–"_s);
    }

private:
    static QString containerId(const QString &name)
    {
        return QString::fromUtf8(TestEngine::dockerOk({u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, name})).trimmed();
    }

    std::unique_ptr<Engine::EngineSession> m_session;
};

QTEST_MAIN(ContainerStatsViewTest)
#include "ContainerStatsViewTest.moc"
