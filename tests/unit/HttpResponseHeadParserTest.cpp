// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/HttpResponseHeadParser.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using Hublot::Engine::HttpResponseHeadParser;
using Status = HttpResponseHeadParser::Status;

namespace {

struct Outcome
{
    HttpResponseHeadParser::Step step;
    QByteArray rest;  // what followed the head: the start of the raw stream or the body
};

// Feeds the chunks as a socket would hand them over, parsing after each,
// and stops at the first answer that is not Incomplete.
Outcome feed(const QList<QByteArray> &chunks)
{
    QByteArray buffer;
    for (const QByteArray &chunk : chunks) {
        buffer += chunk;
        HttpResponseHeadParser::Step step = HttpResponseHeadParser::parse(buffer);
        if (step.status != Status::Incomplete)
            return {step, buffer.sliced(step.status == Status::Complete ? step.consumed : 0)};
    }
    return {HttpResponseHeadParser::parse(buffer), {}};
}

// Every way of cutting input in two, and input one byte at a time.
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

const QByteArray upgrade = "HTTP/1.1 101 UPGRADED\r\n"
                           "Content-Type: application/vnd.docker.raw-stream\r\n"
                           "Connection: Upgrade\r\n"
                           "Upgrade: tcp\r\n"
                           "\r\n";

}  // namespace

class HttpResponseHeadParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUpgradeHeadParsesWhereverItIsCutAndTheStreamAfterItIsLeftAlone()
    {
        const QByteArray stream = "\x01\0\0\0\0\0\0\x03hi\n"_ba;
        for (const QList<QByteArray> &chunks : everySplit(upgrade + stream)) {
            const Outcome outcome = feed(chunks);
            QCOMPARE(outcome.step.status, Status::Complete);
            QCOMPARE(outcome.step.statusCode, 101);
            QCOMPARE(outcome.step.reason, "UPGRADED"_ba);
            QCOMPARE(outcome.step.consumed, upgrade.size());
            QCOMPARE(outcome.step.headers.size(), 3);
            QCOMPARE(outcome.step.header("upgrade"), "tcp"_ba);
            QCOMPARE(outcome.step.header("CONTENT-TYPE"), "application/vnd.docker.raw-stream"_ba);
            QVERIFY(outcome.step.header("Content-Length").isNull());
            // The head is complete as soon as its blank line is in; the stream comes later.
            QVERIFY(stream.startsWith(outcome.rest));
        }
    }

    void anErrorHeadGivesItsStatusAndTheBodyFollowsIt()
    {
        const QByteArray body = R"({"message":"No such exec instance: nope"})";
        const QByteArray head = "HTTP/1.1 404 Not Found\r\nApi-Version: 1.45\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nContent-Type:application/json\r\n\r\n";
        for (const QList<QByteArray> &chunks : everySplit(head + body)) {
            const Outcome outcome = feed(chunks);
            QCOMPARE(outcome.step.status, Status::Complete);
            QCOMPARE(outcome.step.statusCode, 404);
            QCOMPARE(outcome.step.reason, "Not Found"_ba);
            QCOMPARE(outcome.step.header("content-length").toInt(), body.size());
            QCOMPARE(outcome.step.header("Content-Type"), "application/json"_ba);
            QVERIFY(body.startsWith(outcome.rest));
        }
    }

    void aStatusLineWithoutAReasonParses()
    {
        const auto step = HttpResponseHeadParser::parse("HTTP/1.0 200\r\n\r\n");
        QCOMPARE(step.status, Status::Complete);
        QCOMPARE(step.statusCode, 200);
        QVERIFY(step.reason.isEmpty());
        QVERIFY(step.headers.isEmpty());
    }

    void aHeadIsIncompleteUntilItsBlankLine()
    {
        for (const QList<QByteArray> &chunks : everySplit(upgrade.chopped(1)))
            QCOMPARE(feed(chunks).step.status, Status::Incomplete);
        QCOMPARE(HttpResponseHeadParser::parse({}).status, Status::Incomplete);
    }

    void somethingThatIsNotHttpIsMalformedFromItsFirstByte()
    {
        const QByteArray garbage = "SSH-2.0-OpenSSH_9.2\r\n\r\n";
        for (const QList<QByteArray> &chunks : everySplit(garbage)) {
            const Outcome outcome = feed(chunks);
            QCOMPARE(outcome.step.status, Status::Malformed);
            QVERIFY(!outcome.step.error.isEmpty());
        }
        QCOMPARE(HttpResponseHeadParser::parse("S").status, Status::Malformed);
    }

    void badStatusLinesAndHeaderLinesAreMalformed()
    {
        for (const QByteArray &head :
             {"HTTP/1.1 20 OK\r\n\r\n"_ba, "HTTP/1.1 2000 OK\r\n\r\n"_ba, "HTTP/1.1  200 OK\r\n\r\n"_ba,
              "HTTP/1.x 200 OK\r\n\r\n"_ba, "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"_ba,
              "HTTP/1.1 200 OK\r\n: no name\r\n\r\n"_ba, "HTTP/1.1 200 OK\r\nbad name: x\r\n\r\n"_ba}) {
            for (const QList<QByteArray> &chunks : everySplit(head)) {
                const Outcome outcome = feed(chunks);
                QVERIFY2(outcome.step.status == Status::Malformed, head.constData());
            }
        }
    }

    void aHeadLargerThanTheCapIsMalformedWithoutWaitingForItsEnd()
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nX-Padding: ";
        head += QByteArray(HttpResponseHeadParser::MaxHeadSize, 'a');
        QCOMPARE(HttpResponseHeadParser::parse(head).status, Status::Malformed);
        QCOMPARE(HttpResponseHeadParser::parse(QByteArray(head + "\r\n\r\n")).status, Status::Malformed);
        // Just under the cap still parses.
        QByteArray fits = "HTTP/1.1 200 OK\r\nX-Padding: ";
        fits += QByteArray(HttpResponseHeadParser::MaxHeadSize - fits.size() - 4, 'a') + "\r\n\r\n";
        QCOMPARE(fits.size(), HttpResponseHeadParser::MaxHeadSize);
        QCOMPARE(HttpResponseHeadParser::parse(fits).status, Status::Complete);
    }
};

QTEST_GUILESS_MAIN(HttpResponseHeadParserTest)
#include "HttpResponseHeadParserTest.moc"
