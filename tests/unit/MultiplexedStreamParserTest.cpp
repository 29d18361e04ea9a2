// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MultiplexedStreamParser.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using Hublot::Engine::MultiplexedStreamParser;
using Hublot::Engine::StdStream;
using Status = MultiplexedStreamParser::Status;

namespace {

QByteArray frame(int type, const QByteArray &payload)
{
    QByteArray bytes(8, '\0');
    bytes[0] = char(type);
    const auto length = quint32(payload.size());
    bytes[4] = char((length >> 24) & 0xff);
    bytes[5] = char((length >> 16) & 0xff);
    bytes[6] = char((length >> 8) & 0xff);
    bytes[7] = char(length & 0xff);
    return bytes + payload;
}

struct Fed
{
    QList<std::pair<StdStream, QByteArray>> frames;
    Status last = Status::Incomplete;
    QByteArray remainder;
};

// Feeds the chunks as a socket would, taking every complete frame out and
// keeping only the unparsed remainder, as the streams do.
Fed feed(const QList<QByteArray> &chunks)
{
    Fed fed;
    for (const QByteArray &chunk : chunks) {
        fed.remainder += chunk;
        for (;;) {
            const auto step = MultiplexedStreamParser::parse(fed.remainder);
            fed.last = step.status;
            if (step.status == Status::Malformed)
                return fed;
            if (step.status == Status::Incomplete)
                break;
            fed.frames.append({step.stream, step.payload.toByteArray()});
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

}  // namespace

class MultiplexedStreamParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesOfEachStreamParseWhereverTheyAreCut()
    {
        const QByteArray input = frame(1, "out line\n") + frame(2, "err line\n") + frame(0, "in") + frame(1, {})
            + frame(1, QByteArray(300, 'x'));
        for (const QList<QByteArray> &chunks : everySplit(input)) {
            const Fed fed = feed(chunks);
            QCOMPARE(fed.last, Status::Incomplete);
            QVERIFY(fed.remainder.isEmpty());
            QCOMPARE(fed.frames.size(), 5);
            QCOMPARE(fed.frames[0], std::pair(StdStream::Stdout, "out line\n"_ba));
            QCOMPARE(fed.frames[1], std::pair(StdStream::Stderr, "err line\n"_ba));
            QCOMPARE(fed.frames[2], std::pair(StdStream::Stdin, "in"_ba));
            QCOMPARE(fed.frames[3], std::pair(StdStream::Stdout, QByteArray()));
            QCOMPARE(fed.frames[4], std::pair(StdStream::Stdout, QByteArray(300, 'x')));
        }
    }

    void aPayloadIsAViewIntoTheBufferNotACopy()
    {
        const QByteArray input = frame(2, "abc") + "\x01";
        const auto step = MultiplexedStreamParser::parse(input);
        QCOMPARE(step.status, Status::Complete);
        QCOMPARE(step.consumed, 11);
        QVERIFY(step.payload.data() == input.constData() + 8);
        QCOMPARE(step.payload.size(), 3);
    }

    void anIncompleteFrameSaysHowLargeItWillBeOnceItsHeaderIsIn()
    {
        const QByteArray input = frame(1, QByteArray(70'000, 'y'));
        for (qsizetype cut = 0; cut < input.size(); ++cut) {
            const auto step = MultiplexedStreamParser::parse(QByteArrayView(input).first(cut));
            QCOMPARE(step.status, Status::Incomplete);
            QCOMPARE(step.frameSize, cut < 8 ? 0 : input.size());
        }
        const auto step = MultiplexedStreamParser::parse(input);
        QCOMPARE(step.status, Status::Complete);
        QCOMPARE(step.payload.size(), 70'000);
    }

    void anUnknownStreamTypeIsMalformedWhereverItIsCut()
    {
        const QByteArray input = frame(1, "ok") + frame(3, "bad") + frame(1, "never");
        for (const QList<QByteArray> &chunks : everySplit(input)) {
            const Fed fed = feed(chunks);
            QCOMPARE(fed.last, Status::Malformed);
            QCOMPARE(fed.frames.size(), 1);
            QCOMPARE(fed.frames[0].second, "ok"_ba);
        }
        QVERIFY(!MultiplexedStreamParser::parse("\x7f").error.isEmpty());
    }

    void rawTerminalOutputIsNotTakenForFrames()
    {
        // What a TTY's raw stream looks like: refused at once, never buffered.
        for (const QList<QByteArray> &chunks : everySplit("/ # hostname\r\n"_ba))
            QCOMPARE(feed(chunks).last, Status::Malformed);
        QCOMPARE(MultiplexedStreamParser::parse("\x01\0\x01"_ba).status, Status::Malformed);
    }

    void aFrameLargerThanTheCapIsMalformed()
    {
        const QByteArray huge = "\x01\0\0\0\xff\xff\xff\xff"_ba;
        const auto step = MultiplexedStreamParser::parse(huge);
        QCOMPARE(step.status, Status::Malformed);
        QVERIFY(!step.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MultiplexedStreamParserTest)
#include "MultiplexedStreamParserTest.moc"
