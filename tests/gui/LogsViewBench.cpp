// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/logs/ContainerLogsView.h"
#include "ui/logs/LogSearch.h"
#include "ui/logs/LogViewport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;
using Hublot::Ui::ContainerLogsView;

// The figures of issue 5's big logs: a container that wrote a million
// lines (about 100 MB) opened, scrolled and searched; a container writing
// as fast as it can, followed. Prints `bench: <name> <value> <unit>`.
namespace {

constexpr int Lines = 1'000'000;

void bench(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

}  // namespace

class LogsViewBench final : public QObject
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

    void aMillionLines()
    {
        const QString name = TestEngine::uniqueName(u"hublot-logsbench"_s);
        QElapsedTimer written;
        written.start();
        // About 100 bytes a line; one line in a thousand says ERROR.
        TestEngine::dockerOk(
            QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
            + QStringList {TestEngine::image(), u"awk"_s,
                           u"BEGIN { for (i = 1; i <= "_s + QString::number(Lines)
                               + u"; i++) printf \"%s %07d lorem ipsum dolor sit amet, consectetur adipiscing "
                                 "elit, sed do eiusmod tempor incididunt\\n\", (i % 1000 == 0 ? \"ERROR\" : "
                                 "\"info\"), i }"_s});
        const TestEngine::Output exit = TestEngine::docker({u"wait"_s, name}, 280'000);
        QCOMPARE(exit.out.trimmed(), QByteArray("0"));
        bench("logs_million_lines_written_by_engine", double(written.elapsed()) / 1000.0, "s");

        const double rssBefore = residentMegabytes();
        QElapsedTimer open;
        open.start();
        ContainerLogsView view(m_session.get(), name);
        view.resize(1200, 800);
        view.show();
        QSignalSpy tail(&view, &ContainerLogsView::tailShown);
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        if (tail.isEmpty())
            QVERIFY(tail.wait(30'000));
        view.viewport()->viewport()->repaint();
        bench("logs_open_last_lines_shown", double(open.nsecsElapsed()) / 1e6, "ms");
        QVERIFY(view.viewport()->visibleLines().contains(view.store().lineCount() - 1));
        if (history.isEmpty())
            QVERIFY(history.wait(280'000));
        bench("logs_open_all_lines_in", double(open.nsecsElapsed()) / 1e6, "ms");
        QCOMPARE(view.store().lineCount(), Lines);
        QVERIFY(view.viewport()->isAtBottom());

        const double logMegabytes = double(view.store().textBytes()) / 1e6;
        bench("logs_size", logMegabytes, "MB");
        bench("logs_store_memory", double(view.store().memoryUsage()) / 1e6, "MB");
        QTest::qWait(200);
        const double rssGrowth = residentMegabytes() - rssBefore;
        bench("logs_process_memory_growth", rssGrowth, "MB");
        bench("logs_memory_per_log_byte", rssGrowth / logMegabytes, "x");

        // Scrolling: a page down at a time from the top, each painted.
        QScrollBar *bar = view.viewport()->verticalScrollBar();
        bar->setValue(0);
        QElapsedTimer scroll;
        constexpr int Pages = 300;
        scroll.start();
        for (int page = 0; page < Pages; ++page) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view.viewport()->viewport()->repaint();
        }
        bench("logs_scroll_page", double(scroll.nsecsElapsed()) / 1e6 / Pages, "ms");
        // Jumps across the whole log, as when dragging the scroll bar.
        scroll.restart();
        for (int jump = 0; jump < Pages; ++jump) {
            bar->setValue(int(qint64(bar->maximum()) * ((jump * 7919) % Pages) / Pages));
            view.viewport()->viewport()->repaint();
        }
        bench("logs_scroll_jump", double(scroll.nsecsElapsed()) / 1e6 / Pages, "ms");
        view.findChild<QAction *>(u"wrapAction"_s)->setChecked(true);
        view.resize(500, 800);
        scroll.restart();
        for (int page = 0; page < Pages; ++page) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view.viewport()->viewport()->repaint();
        }
        bench("logs_scroll_page_wrapped", double(scroll.nsecsElapsed()) / 1e6 / Pages, "ms");
        view.findChild<QAction *>(u"wrapAction"_s)->setChecked(false);

        // Searching every line, on the thread pool.
        for (const auto &[label, text, sensitivity, expected] :
             {std::tuple {"logs_search_rare_text", u"0999999"_s, Qt::CaseSensitive, 1},
              std::tuple {"logs_search_case_insensitive", u"error"_s, Qt::CaseInsensitive, Lines / 1000},
              std::tuple {"logs_search_every_line_matches", u"LOREM"_s, Qt::CaseInsensitive, Lines}}) {
            double best = 1e9;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer search;
                search.start();
                QFuture<QList<qsizetype>> found
                    = Ui::LogSearch::run(view.store().snapshot(), Ui::LogSearch(text, sensitivity));
                found.waitForFinished();
                best = std::min(best, double(search.nsecsElapsed()) / 1e6);
                QCOMPARE(found.result().size(), expected);
            }
            bench(label, best, "ms");
        }
        // The same through the view: matches counted, the nearest shown.
        QSignalSpy searched(&view, &ContainerLogsView::searchFinished);
        QElapsedTimer search;
        search.start();
        view.findChild<QLineEdit *>(u"logSearchEdit"_s)->setText(u"ERROR 0500000"_s);
        view.findNext();  // at once, without waiting for typing to settle
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !view.isSearching(), 10'000);
        bench("logs_search_in_view", double(search.nsecsElapsed()) / 1e6, "ms");
        QCOMPARE(view.matchingLines().size(), 1);
    }

    void followingAFastWriter()
    {
        const QString name = TestEngine::uniqueName(u"hublot-logsbench"_s);
        ContainerLogsView *view = nullptr;
        // A line of about 100 bytes, as fast as the shell writes, for 12 s.
        TestEngine::dockerOk(
            QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
            + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s,
                           u"timeout 12 yes 'following a fast writer: lorem ipsum dolor sit amet, consectetur "
                           "adipiscing elit, sed do eiusmod' ; true"_s});
        view = new ContainerLogsView(m_session.get(), name);
        view->resize(1200, 800);
        view->show();
        // The event loop's worst gap while following: how long the UI could not answer.
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.elapsed();
        qint64 worst = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        tick.start();
        QTest::qWait(1000);
        const qsizetype linesBefore = view->store().lineCount();
        const qint64 bytesBefore = view->store().textBytes();
        QElapsedTimer window;
        window.start();
        worst = 0;
        last = clock.elapsed();
        QTest::qWait(8000);
        const double seconds = double(window.elapsed()) / 1000.0;
        bench("logs_follow_lines_per_second", double(view->store().lineCount() - linesBefore) / seconds, "lines/s");
        bench("logs_follow_throughput", double(view->store().textBytes() - bytesBefore) / 1e6 / seconds, "MB/s");
        bench("logs_follow_worst_event_loop_gap", double(worst), "ms");
        QVERIFY(view->store().lineCount() > linesBefore);
        delete view;
        TestEngine::docker({u"rm"_s, u"-f"_s, name});
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
};

QTEST_MAIN(LogsViewBench)
#include "LogsViewBench.moc"
