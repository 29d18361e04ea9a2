// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ChunkedBodyParser.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using Hublot::Engine::ChunkedBodyParser;
using Status = ChunkedBodyParser::Status;

namespace {

struct Fed
{
    QList<QByteArray> chunks;
    Status last = Status::Incomplete;
    bool ended = false;
    QByteArray remainder;
};

// Feeds the pieces as a socket would, taking every complete chunk out and
// keeping only the unparsed remainder, as HijackedConnection does.
Fed feed(const QList<QByteArray> &pieces)
{
    Fed fed;
    for (const QByteArray &piece : pieces) {
        fed.remainder += piece;
        while (!fed.ended) {
            const auto step = ChunkedBodyParser::parse(fed.remainder);
            fed.last = step.status;
            if (step.status == Status::Malformed)
                return fed;
            if (step.status == Status::Incomplete)
                break;
            if (step.last)
                fed.ended = true;
            else
                fed.chunks.append(step.data.toByteArray());
            fed.remainder.remove(0, step.consumed);
        }
    }
    return fed;
}

QList<QList<QByteArray>> everySplit(const QByteArray &input)
{
    QList<QList<QByteArray>> splits;
    for (qsizetype cut = 0; cut <= input.size(); ++cut)
        splits.append({input.first(cut), input.sliced(cut)});
    QList<QByteArray> bytes;
    for (char c : input)
        bytes.append(QByteArray(1, c));
    splits.append(bytes);
    return splits;
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

}  // namespace

class ChunkedBodyParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the engine writes a log: a chunk per frame, then the last chunk.
    void chunksParseWhereverTheyAreCutAndTheBodyEndsAtTheLastOne()
    {
        const QByteArray input = chunk("\x01\0\0\0\0\0\0\x04one\n"_ba) + chunk(QByteArray(300, 'x')) + chunk("z")
            + "0\r\n\r\n" + "HTTP/1.1 200 OK\r\n";
        for (const QList<QByteArray> &pieces : everySplit(input)) {
            const Fed fed = feed(pieces);
            QCOMPARE(fed.last, Status::Complete);
            QVERIFY(fed.ended);
            QCOMPARE(fed.chunks, (QList<QByteArray> {"\x01\0\0\0\0\0\0\x04one\n"_ba, QByteArray(300, 'x'), "z"}));
            // What follows the body belongs to the connection, not to it.
            QCOMPARE(fed.remainder, "HTTP/1.1 200 OK\r\n"_ba);
        }
    }

    void sizesInEitherCaseWithExtensionsAndTrailersParse()
    {
        const QByteArray input = "A;name=value\r\n0123456789\r\nf \r\nfifteen bytes!!\r\n"
                                 "0;done\r\nX-Trailer: yes\r\nAnother: too\r\n\r\n"_ba;
        for (const QList<QByteArray> &pieces : everySplit(input)) {
            const Fed fed = feed(pieces);
            QVERIFY(fed.ended);
            QCOMPARE(fed.chunks, (QList<QByteArray> {"0123456789", "fifteen bytes!!"}));
            QVERIFY(fed.remainder.isEmpty());
        }
    }

    void aChunkIsAViewIntoTheBufferNotACopy()
    {
        const QByteArray input = chunk("abc") + "0";
        const auto step = ChunkedBodyParser::parse(input);
        QCOMPARE(step.status, Status::Complete);
        QVERIFY(step.data.data() == input.constData() + 3);
        QCOMPARE(step.consumed, 8);
        QVERIFY(!step.last);
    }

    void whatIsNotAChunkIsMalformedWhereverItIsCut_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no size") << "\r\nabc\r\n"_ba;
        QTest::newRow("not hex") << "5x\r\nhello\r\n"_ba;
        QTest::newRow("a CR inside the size line") << "5\rx\r\nhello\r\n"_ba;
        QTest::newRow("data longer than said") << "3\r\nhello\r\n"_ba;
        QTest::newRow("larger than the cap") << "FFFFFFFFFF\r\n"_ba;
        QTest::newRow("plain JSON") << "{\"message\":\"x\"}\n"_ba;
    }

    void whatIsNotAChunkIsMalformedWhereverItIsCut()
    {
        QFETCH(QByteArray, input);
        for (const QList<QByteArray> &pieces : everySplit(input)) {
            const Fed fed = feed(pieces);
            QCOMPARE(fed.last, Status::Malformed);
            QVERIFY(fed.chunks.isEmpty());
        }
        QVERIFY(!ChunkedBodyParser::parse(input).error.isEmpty());
    }

    void aSizeLineThatNeverEndsIsMalformedOnceLongerThanTheCap()
    {
        const QByteArray line = "5;" + QByteArray(ChunkedBodyParser::MaxLineLength, 'e');
        QCOMPARE(ChunkedBodyParser::parse(line.first(ChunkedBodyParser::MaxLineLength)).status, Status::Incomplete);
        QCOMPARE(ChunkedBodyParser::parse(line).status, Status::Malformed);
        const QByteArray trailer = "0\r\n" + QByteArray(ChunkedBodyParser::MaxLineLength + 1, 't');
        QCOMPARE(ChunkedBodyParser::parse(trailer).status, Status::Malformed);
    }
};

QTEST_GUILESS_MAIN(ChunkedBodyParserTest)
#include "ChunkedBodyParserTest.moc"
