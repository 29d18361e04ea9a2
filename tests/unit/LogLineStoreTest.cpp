// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogLineStore.h"
#include "ui/logs/LogSearch.h"

#include <QtTest>

using Hublot::Engine::StdStream;
using Hublot::Ui::AnsiParser;
using Hublot::Ui::AnsiStyle;
using Hublot::Ui::LogLineStore;
using Hublot::Ui::LogSearch;
using namespace Qt::StringLiterals;

namespace {

QByteArray numbered(qsizetype i, qsizetype width = 0)
{
    QByteArray line = "line " + QByteArray::number(i);
    if (line.size() < width)
        line.append(width - line.size(), '.');
    return line;
}

// A store big enough for several chunks: lines of 1 kB.
LogLineStore bigStore(qsizetype lines)
{
    LogLineStore store;
    for (qsizetype i = 0; i < lines; ++i)
        store.append(numbered(i, 1000), i, i % 3 == 0 ? StdStream::Stderr : StdStream::Stdout, 0);
    return store;
}

QList<qsizetype> naiveSearch(const LogLineStore &store, const QString &text)
{
    QList<qsizetype> lines;
    for (qsizetype i = 0; i < store.lineCount(); ++i) {
        if (QString::fromUtf8(store.line(i).text).contains(text, Qt::CaseInsensitive))
            lines.append(i);
    }
    return lines;
}

}  // namespace

class LogLineStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesComeBackAsTheyWentIn()
    {
        LogLineStore store;
        AnsiStyle red;
        red.foreground = AnsiStyle::Color::indexed(1);
        store.append("first", 10, StdStream::Stdout, 0);
        store.append("second, red", 20, StdStream::Stderr, 3, {AnsiParser::Span {8, 3, red}});
        store.append("", 30, StdStream::Stdout, 1);
        QCOMPARE(store.lineCount(), 3);
        QCOMPARE(store.line(0).text, QByteArrayView("first"));
        QCOMPARE(store.line(1).text, QByteArrayView("second, red"));
        QCOMPARE(store.line(1).timestamp, 20);
        QCOMPARE(store.line(1).stream, StdStream::Stderr);
        QCOMPARE(store.line(1).source, 3);
        QCOMPARE(store.line(1).spans.size(), std::size_t(1));
        QCOMPARE(AnsiStyle::unpack(store.line(1).spans[0].style), red);
        QCOMPARE(store.line(1).spans[0].start, 8u);
        QVERIFY(store.line(0).spans.empty());
        QVERIFY(store.line(2).text.isEmpty());
        QCOMPARE(store.textBytes(), qint64(5 + 1 + 11 + 1 + 0 + 1));
    }

    void manyLinesFillSeveralChunksAndStayInOrder()
    {
        const LogLineStore store = bigStore(10'000);
        QVERIFY(store.chunks().size() >= 2);
        QCOMPARE(store.lineCount(), 10'000);
        for (qsizetype i : {0, 1, 4095, 4096, 4097, 8000, 9999}) {
            QCOMPARE(store.line(i).text.toByteArray(), numbered(i, 1000));
            QCOMPARE(store.line(i).timestamp, i);
        }
        QCOMPARE(store.maxLineLength(), 1000);
        // A line costs its text and a few bytes: no more than 10% more here.
        QVERIFY2(store.memoryUsage() < store.textBytes() * 11 / 10 + LogLineStore::ChunkBytes,
                 qPrintable(QString::number(store.memoryUsage())));
    }

    void aLineLongerThanAChunkGetsOneOfItsOwn()
    {
        LogLineStore store;
        store.append("short", 0, StdStream::Stdout, 0);
        const QByteArray huge(LogLineStore::ChunkBytes + 5, 'x');
        store.append(huge, 1, StdStream::Stdout, 0);
        store.append("after", 2, StdStream::Stdout, 0);
        QCOMPARE(store.line(1).text.size(), huge.size());
        QCOMPARE(store.line(2).text, QByteArrayView("after"));
        QCOMPARE(store.chunks().size(), 3);
    }

    void removingTheLastLinesCrossesChunks()
    {
        LogLineStore store = bigStore(5000);
        const qsizetype chunks = store.chunks().size();
        store.removeLast(1000);
        QCOMPARE(store.lineCount(), 4000);
        QVERIFY(store.chunks().size() <= chunks);
        QCOMPARE(store.line(3999).text.toByteArray(), numbered(3999, 1000));
        store.append("new", 1, StdStream::Stdout, 0);
        QCOMPARE(store.line(4000).text, QByteArrayView("new"));
        store.removeLast(10'000);
        QVERIFY(store.isEmpty());
        QCOMPARE(store.textBytes(), 0);
    }

    void olderLinesGoInFront()
    {
        LogLineStore store;
        store.append("c", 3, StdStream::Stdout, 0);
        LogLineStore older;
        older.append("a", 1, StdStream::Stdout, 0);
        older.append("b", 2, StdStream::Stdout, 0);
        store.prependStore(std::move(older));
        store.append("d", 4, StdStream::Stdout, 0);
        QCOMPARE(store.lineCount(), 4);
        QStringList texts;
        for (qsizetype i = 0; i < store.lineCount(); ++i)
            texts.append(QString::fromUtf8(store.line(i).text));
        QCOMPARE(texts, QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    }

    void linesOfSeveralContainersMergeByTime()
    {
        LogLineStore web, db;
        web.append("web 1", 10, StdStream::Stdout, 0);
        web.append("web 2", 30, StdStream::Stdout, 0);
        web.append("web 3", 30, StdStream::Stdout, 0);
        db.append("db 1", 20, StdStream::Stdout, 1);
        db.append("db 2", 30, StdStream::Stdout, 1);
        db.append("db 3", 40, StdStream::Stdout, 1);
        const LogLineStore merged = LogLineStore::mergedByTime({web, db});
        QStringList texts;
        for (qsizetype i = 0; i < merged.lineCount(); ++i)
            texts.append(QString::fromUtf8(merged.line(i).text));
        QCOMPARE(texts, QStringList({u"web 1"_s, u"db 1"_s, u"web 2"_s, u"web 3"_s, u"db 2"_s, u"db 3"_s}));
        QCOMPARE(merged.line(1).source, 1);
    }

    void theByteLimitDropsTheOldestChunks()
    {
        LogLineStore store;
        store.setByteLimit(2 * LogLineStore::ChunkBytes);
        for (qsizetype i = 0; i < 20'000; ++i)
            store.append(numbered(i, 1000), i, StdStream::Stdout, 0);
        QVERIFY(store.textBytes() <= 2 * LogLineStore::ChunkBytes);
        QVERIFY(store.droppedLines() > 0);
        QCOMPARE(store.lineCount() + store.droppedLines(), 20'000);
        QCOMPARE(store.line(0).text.toByteArray(), numbered(store.droppedLines(), 1000));
    }

    void aSnapshotDoesNotSeeLaterLines()
    {
        LogLineStore store;
        store.append("one", 1, StdStream::Stdout, 0);
        const LogLineStore::Snapshot snapshot = store.snapshot();
        store.append("two", 2, StdStream::Stdout, 0);
        QCOMPARE(snapshot.first().lineCount(), 1);
        QCOMPARE(snapshot.first().lineText(0), QByteArrayView("one"));
        QCOMPARE(store.lineCount(), 2);
    }

    void aSearchFindsTheLinesAndNeverAcrossTwo()
    {
        LogLineStore store;
        for (const char *text : {"GET /health 200", "POST /login 500 error", "error", "Err", "or", "ERROR: disk"})
            store.append(text, 0, StdStream::Stdout, 0);
        const LogSearch search(u"error"_s);
        QCOMPARE(search.matchingLines(store.chunks().first()), QList<qsizetype>({1, 2, 5}));
        const LogSearch exact(u"error"_s, Qt::CaseSensitive);
        QCOMPARE(exact.matchingLines(store.chunks().first()), QList<qsizetype>({1, 2}));
        // "Err" then "or" on the next line is not "error".
        const LogSearch across(u"rror"_s);
        QCOMPARE(across.matchingLines(store.chunks().first()).size(), 3);
        QCOMPARE(search.matchesIn(u"error and ERROR"_s), (QList<std::pair<qsizetype, qsizetype>> {{0, 5}, {10, 5}}));
    }

    void aCaseInsensitiveSearchFindsTheTextAtEveryOffset()
    {
        // Eight bytes at a time: the text at each place in a word, and at
        // the very end of the chunk.
        for (qsizetype length = 5; length < 30; ++length) {
            for (qsizetype at = 0; at + 5 <= length; ++at) {
                QByteArray text(length, 'x');
                text.replace(at, 5, "ErRoR");
                LogLineStore store;
                store.append("zzz", 0, StdStream::Stdout, 0);
                store.append(text, 0, StdStream::Stdout, 0);
                for (const QString &needle : {u"error"_s, u"ERROR"_s, u"r"_s, u"eRr"_s})
                    QVERIFY2(LogSearch(needle).matchingLines(store.chunks().first()) == QList<qsizetype>({1}),
                             qPrintable(QString::fromLatin1(text) + u' ' + needle));
                QVERIFY(LogSearch(u"errors"_s).matchingLines(store.chunks().first()).isEmpty());
                QVERIFY(LogSearch(u"error"_s, Qt::CaseSensitive).matchingLines(store.chunks().first()).isEmpty());
            }
        }
        // Bytes that the 0x20 bit makes alike are told apart: '@' is not '`'.
        LogLineStore store;
        store.append("a@b", 0, StdStream::Stdout, 0);
        store.append("a`b", 0, StdStream::Stdout, 0);
        QCOMPARE(LogSearch(u"A@B"_s).matchingLines(store.chunks().first()), QList<qsizetype>({0}));
    }

    void aSearchForNonAsciiTextFoldsCase()
    {
        LogLineStore store;
        store.append("Démarrage terminé", 0, StdStream::Stdout, 0);
        store.append("ÉTÉ", 0, StdStream::Stdout, 0);
        store.append("ete", 0, StdStream::Stdout, 0);
        QCOMPARE(LogSearch(u"été"_s).matchingLines(store.chunks().first()), QList<qsizetype>({1}));
        QCOMPARE(LogSearch(u"TERMINÉ"_s).matchingLines(store.chunks().first()), QList<qsizetype>({0}));
        QCOMPARE(LogSearch(u"terminé"_s, Qt::CaseSensitive).matchingLines(store.chunks().first()),
                 QList<qsizetype>({0}));
    }

    void theThreadPoolSearchAgreesWithALineByLineOne()
    {
        LogLineStore store = bigStore(12'000);
        for (const QString &text : {u"line 11"_s, u"LINE 4096."_s, u"nothing here"_s}) {
            QFuture<QList<qsizetype>> future = LogSearch::run(store.snapshot(), LogSearch(text));
            future.waitForFinished();
            QCOMPARE(future.result(), naiveSearch(store, text));
        }
    }
};

QTEST_GUILESS_MAIN(LogLineStoreTest)
#include "LogLineStoreTest.moc"
