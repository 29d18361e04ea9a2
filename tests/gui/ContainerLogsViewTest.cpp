// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/logs/ContainerLogsView.h"
#include "ui/logs/LogLoader.h"
#include "ui/logs/LogViewport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Engine::StdStream;
using Hublot::Test::TestEngine;
using Hublot::Ui::AnsiStyle;
using Hublot::Ui::ContainerLogsView;
using Hublot::Ui::LogLineStore;

namespace {

// Runs script in a new container and waits until it has exited.
QString runToEnd(const QString &script, const QStringList &flags = {})
{
    const QString name = TestEngine::uniqueName(u"hublot-logsview"_s);
    TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + flags + TestEngine::labels()
                         + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s, script});
    TestEngine::dockerOk({u"wait"_s, name});
    return name;
}

QStringList texts(const LogLineStore &store)
{
    QStringList lines;
    for (qsizetype i = 0; i < store.lineCount(); ++i)
        lines.append(QString::fromUtf8(store.line(i).text));
    return lines;
}

QStringList numberedLines(int first, int last, const QString &prefix = u"line "_s)
{
    QStringList lines;
    for (int i = first; i <= last; ++i)
        lines.append(prefix + QString::number(i));
    return lines;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void grab(QWidget *widget, const QString &file)
{
    // For a person to look at: HUBLOT_TEST_GRAB_DIR=folder saves the view.
    if (const QString dir = qEnvironmentVariable("HUBLOT_TEST_GRAB_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + file));
}

}  // namespace

class ContainerLogsViewTest final : public QObject
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

    // A container writes to stdout and stderr, in colour: the view holds
    // each line once, knows which stream it came from and shows its colours.
    void stdoutAndStderrAreToldApartAndColoursShown()
    {
        const QString name = runToEnd(uR"(printf 'plain out\n'; printf '\033[31mred error\033[0m on stderr\n' >&2;
sleep 0.1; printf '\033[1;32mgreen bold\033[0m out\n'; printf 'tab\there\n' >&2)"_s);
        ContainerLogsView view(m_session.get(), name);
        view.resize(900, 300);
        view.show();
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        const LogLineStore &store = view.store();
        QCOMPARE(store.lineCount(), 4);
        QHash<QString, LogLineStore::Line> byText;
        for (qsizetype i = 0; i < store.lineCount(); ++i)
            byText.insert(QString::fromUtf8(store.line(i).text), store.line(i));
        QVERIFY2(byText.contains(u"red error on stderr"_s), qPrintable(texts(store).join(u'|')));
        QVERIFY(byText.contains(u"plain out"_s));
        QVERIFY(byText.contains(u"green bold out"_s));
        QVERIFY(byText.contains(u"tab\there"_s));
        QCOMPARE(byText[u"plain out"_s].stream, StdStream::Stdout);
        QCOMPARE(byText[u"red error on stderr"_s].stream, StdStream::Stderr);
        QCOMPARE(byText[u"tab\there"_s].stream, StdStream::Stderr);
        // Each line has the time the engine gave it.
        QVERIFY(byText[u"plain out"_s].timestamp > 0);

        const auto red = byText[u"red error on stderr"_s].spans;
        QCOMPARE(red.size(), std::size_t(1));
        QCOMPARE(red[0].start, 0u);
        QCOMPARE(red[0].length, 9u);
        QCOMPARE(AnsiStyle::unpack(red[0].style).foreground, AnsiStyle::Color::indexed(1));
        const auto green = byText[u"green bold out"_s].spans;
        QCOMPARE(green.size(), std::size_t(1));
        QCOMPARE(AnsiStyle::unpack(green[0].style).attributes, quint8(AnsiStyle::Bold));

        // The viewport paints them: all four in sight, the red text red.
        Ui::LogViewport *viewport = view.viewport();
        QCOMPARE(viewport->visibleLines().size(), 4);
        qsizetype redLine = -1;
        for (qsizetype i = 0; i < store.lineCount(); ++i) {
            if (store.line(i).stream == StdStream::Stderr && !store.line(i).spans.empty())
                redLine = i;
        }
        const auto formats = viewport->formatsFor(redLine, u"red error on stderr"_s);
        QCOMPARE(formats.size(), 1);
        QCOMPARE(formats[0].format.foreground().color(), viewport->ansiColor(AnsiStyle::Color::indexed(1)));
        // Colours off: plain text.
        child<QAction>(&view, "colorsAction")->setChecked(false);
        QVERIFY(viewport->formatsFor(redLine, u"red error on stderr"_s).isEmpty());
        child<QAction>(&view, "colorsAction")->setChecked(true);
        child<QAction>(&view, "timestampsAction")->setChecked(true);
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:"_s).match(viewport->lineText(0)).hasMatch(),
                 qPrintable(viewport->lineText(0)));
        grab(&view, u"logs-colours.png"_s);
    }

    // Search: every matching line found, highlighted, stepped through; and
    // the other lines hidden on demand.
    void searchFindsHighlightsAndFilters()
    {
        const QString name = runToEnd(uR"(i=1; while [ $i -le 200 ]; do
if [ $((i % 25)) -eq 0 ]; then echo "ERROR number $i" >&2; else echo "line $i"; fi; i=$((i+1)); done)"_s);
        ContainerLogsView view(m_session.get(), name);
        view.resize(900, 400);
        view.show();
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QCOMPARE(view.store().lineCount(), 200);

        QSignalSpy searched(&view, &ContainerLogsView::searchFinished);
        child<QLineEdit>(&view, "logSearchEdit")->setText(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !view.isSearching(), 5'000);
        // Docker stamps stdout and stderr apart, in chunks: the lines to find
        // are where the engine put them, looked for here line by line.
        QList<qsizetype> expected;
        for (qsizetype i = 0; i < view.store().lineCount(); ++i) {
            if (QString::fromUtf8(view.store().line(i).text).contains(u"error"_s, Qt::CaseInsensitive))
                expected.append(i);
        }
        QCOMPARE(expected.size(), 8);
        QCOMPARE(view.matchingLines(), expected);
        // The view was at the bottom: the nearest match is the last.
        QVERIFY(view.currentMatch() >= 0);
        const qsizetype first = view.currentMatch();
        view.findNext();
        QCOMPARE(view.currentMatch(), (first + 1) % 8);
        view.findPrevious();
        view.findPrevious();
        QCOMPARE(view.currentMatch(), (first + 7) % 8);
        QCOMPARE(view.store().line(expected.at(view.currentMatch())).stream, StdStream::Stderr);
        const qsizetype line = view.matchingLines().at(view.currentMatch());
        QVERIFY(view.viewport()->visibleLines().contains(line));
        const auto formats = view.viewport()->formatsFor(line, QString::fromUtf8(view.store().line(line).text));
        QCOMPARE(formats.size(), 1);
        QCOMPARE(formats[0].start, 0);
        QCOMPARE(formats[0].length, 5);
        QVERIFY(child<QLabel>(&view, "matchLabel")->text().contains(u"8"_s));

        // Case matters when asked.
        searched.clear();
        child<QAction>(&view, "matchCaseAction")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !view.isSearching(), 5'000);
        QVERIFY(view.matchingLines().isEmpty());
        searched.clear();
        child<QLineEdit>(&view, "logSearchEdit")->setText(u"ERROR number 1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !view.isSearching(), 5'000);
        const QList<qsizetype> hundreds = view.matchingLines();
        QCOMPARE(hundreds.size(), 4);
        QStringList found;
        for (qsizetype hundred : hundreds)
            found.append(QString::fromUtf8(view.store().line(hundred).text));
        QCOMPARE(
            found,
            QStringList({u"ERROR number 100"_s, u"ERROR number 125"_s, u"ERROR number 150"_s, u"ERROR number 175"_s}));

        // Only the matching lines.
        child<QAction>(&view, "onlyMatchingAction")->setChecked(true);
        QCOMPARE(view.viewport()->rowCount(), 4);
        QCOMPARE(view.viewport()->visibleLines(), hundreds);
        grab(&view, u"logs-search.png"_s);
        child<QAction>(&view, "onlyMatchingAction")->setChecked(false);
        QCOMPARE(view.viewport()->rowCount(), 200);
    }

    // --tail and --since reach the engine.
    void tailAndSinceAreRespected()
    {
        const QString name = runToEnd(u"i=1; while [ $i -le 50 ]; do echo \"line $i\"; i=$((i+1)); done; sleep 2.2; "
                                      "echo late"_s);
        ContainerLogsView view(m_session.get(), name);
        view.show();
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QCOMPARE(view.store().lineCount(), 51);
        const qint64 lateSecond = view.store().line(50).timestamp / 1'000'000'000;

        history.clear();
        child<QSpinBox>(&view, "tailSpinBox")->setValue(10);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QCOMPARE(texts(view.store()), numberedLines(42, 50) << u"late"_s);

        history.clear();
        child<QSpinBox>(&view, "tailSpinBox")->setValue(0);
        auto *since = child<QComboBox>(&view, "sinceComboBox");
        since->setCurrentIndex(since->findData(-1));
        child<QDateTimeEdit>(&view, "sinceTimeEdit")->setDateTime(QDateTime::fromSecsSinceEpoch(lateSecond));
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QTRY_COMPARE(texts(view.store()), QStringList({u"late"_s}));
    }

    // More lines than the first read: the last ones come first, the others
    // are put in front, none twice, none lost.
    void aLongLogShowsItsEndFirstThenAllOfIt()
    {
        const QString name = runToEnd(u"seq 1 5000"_s);
        ContainerLogsView view(m_session.get(), name);
        view.resize(800, 400);
        view.show();
        QSignalSpy tail(&view, &ContainerLogsView::tailShown);
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!tail.isEmpty(), 15'000);
        if (history.isEmpty()) {
            QCOMPARE(view.store().lineCount(), qsizetype(Ui::LogLoader::FirstTail));
            QCOMPARE(QString::fromUtf8(view.store().line(0).text), u"4001"_s);
        }
        QVERIFY(view.viewport()->visibleLines().contains(4999 - (5000 - view.store().lineCount())));
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QCOMPARE(texts(view.store()), numberedLines(1, 5000, QString()));
        // Still at the end after the earlier lines went in front.
        QVERIFY(view.viewport()->isAtBottom());
        QVERIFY(view.viewport()->visibleLines().contains(4999));
    }

    // Following: new lines show as they are written, each once.
    void followShowsNewLinesOnce()
    {
        const QString name = TestEngine::uniqueName(u"hublot-logsview"_s);
        TestEngine::dockerOk(
            QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
            + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s,
                           u"i=1; while [ $i -le 40 ]; do echo \"tick $i\"; i=$((i+1)); sleep 0.1; done"_s});
        ContainerLogsView view(m_session.get(), name);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.store().lineCount() >= 40, 20'000);
        QCOMPARE(texts(view.store()), numberedLines(1, 40, u"tick "_s));
        TestEngine::dockerOk({u"wait"_s, name});
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(u"stopped"_s), 10'000);
    }

    // Save writes the lines shown; clear empties the view only.
    void saveWritesTheLinesAndClearEmptiesTheView()
    {
        const QString name = runToEnd(u"printf 'one\\n\\033[33mtwo\\033[0m\\nthree\\n'; echo four >&2"_s);
        ContainerLogsView view(m_session.get(), name);
        view.show();
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"saved.log"_s);
        QFuture<Engine::Result<qsizetype>> saved = view.saveTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 10'000);
        QVERIFY(saved.result().ok());
        QCOMPARE(saved.result().value(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList written = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 4);
        for (const QString &line : {u"one"_s, u"two"_s, u"three"_s, u"four"_s})
            QVERIFY2(written.contains(line), qPrintable(written.join(u'|')));

        // With timestamps, each line starts with its time.
        child<QAction>(&view, "timestampsAction")->setChecked(true);
        QFuture<Engine::Result<qsizetype>> stamped = view.saveTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(stamped.isFinished(), 10'000);
        QVERIFY(stamped.result().ok());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(file.readLine());
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} "_s).match(first).hasMatch(),
                 qPrintable(first));

        // A folder that does not exist: a sentence, not a crash.
        QSignalSpy failed(&view, &ContainerLogsView::saveFailed);
        QFuture<Engine::Result<qsizetype>> nowhere = view.saveTo(dir.filePath(u"no/such/folder/x.log"_s));
        QTRY_VERIFY_WITH_TIMEOUT(nowhere.isFinished(), 10'000);
        QVERIFY(!nowhere.result().ok());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(u"Choose another folder"_s));

        view.clear();
        QCOMPARE(view.store().lineCount(), 0);
        QCOMPARE(view.viewport()->rowCount(), 0);
    }

    // The notes' compose project: one view for all its containers, each
    // line tagged with the container it came from.
    void aComposeProjectsLogsAreMerged()
    {
        const QString project = TestEngine::uniqueName(u"hublotproject"_s);
        const QStringList label {u"--label"_s, u"com.docker.compose.project="_s + project};
        const auto start = [&label](const QString &script) {
            const QString name = TestEngine::uniqueName(u"hublot-logsview"_s);
            TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + label + TestEngine::labels()
                                 + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s, script});
            return name;
        };
        const QString web = start(u"echo web 1; sleep 0.3; echo web 2; sleep 0.3; echo web 3"_s);
        const QString db = start(u"echo db 1; sleep 0.3; echo db 2 >&2"_s);
        TestEngine::dockerOk({u"wait"_s, web, db});
        QTRY_VERIFY_WITH_TIMEOUT(ContainerLogsView::projectContainers(*m_session->containers(), project).size() == 2,
                                 10'000);
        const QStringList ids = ContainerLogsView::projectContainers(*m_session->containers(), project);
        ContainerLogsView view(m_session.get(), ids);
        view.resize(800, 300);
        view.show();
        QSignalSpy history(&view, &ContainerLogsView::historyLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15'000);
        QCOMPARE(view.sources().size(), 2);
        // Sorted by name.
        const int dbSource = db < web ? 0 : 1;
        QCOMPARE(view.sources().at(dbSource).name, db);
        QCOMPARE(view.sources().at(1 - dbSource).name, web);
        // In the order of their times, each container's in its own order,
        // each line tagged with its container.
        const LogLineStore &store = view.store();
        QCOMPARE(store.lineCount(), 5);
        QStringList webLines, dbLines;
        for (qsizetype i = 0; i < store.lineCount(); ++i) {
            if (i > 0)
                QVERIFY(store.line(i - 1).timestamp <= store.line(i).timestamp);
            const QString text = QString::fromUtf8(store.line(i).text);
            QCOMPARE(store.line(i).source, text.startsWith(u"db"_s) ? dbSource : 1 - dbSource);
            (text.startsWith(u"db"_s) ? dbLines : webLines).append(text);
            QCOMPARE(view.viewport()->lineText(i), (text.startsWith(u"db"_s) ? db : web) + u" | "_s + text);
            QCOMPARE(store.line(i).stream, text == u"db 2"_s ? StdStream::Stderr : StdStream::Stdout);
        }
        QCOMPARE(webLines, QStringList({u"web 1"_s, u"web 2"_s, u"web 3"_s}));
        QCOMPARE(dbLines, QStringList({u"db 1"_s, u"db 2"_s}));
        grab(&view, u"logs-merged.png"_s);
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
};

QTEST_MAIN(ContainerLogsViewTest)
#include "ContainerLogsViewTest.moc"
