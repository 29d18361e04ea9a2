// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/JsonLinesParser.h"

#include <QJsonDocument>
#include <QtTest>

using Hublot::Engine::JsonLinesParser;
using Status = JsonLinesParser::Status;

namespace {

// What a reader gets out of a stream: each message, or null for a malformed line.
struct Outcome
{
    Status status;
    QJsonObject object;

    bool operator==(const Outcome &) const = default;
};

QString describe(const QList<Outcome> &outcomes)
{
    QStringList parts;
    for (const Outcome &o : outcomes) {
        if (o.status == Status::Complete)
            parts.append(QString::fromUtf8(QJsonDocument(o.object).toJson(QJsonDocument::Compact)));
        else
            parts.append(o.status == Status::Malformed ? QStringLiteral("<malformed>")
                                                       : QStringLiteral("<incomplete>"));
    }
    return parts.join(u' ');
}

// Reads chunks as a stream reader does: append what arrived, take every
// message the buffer holds, drop what they used. Malformed lines are
// recorded and skipped so that the rest can be compared too.
QList<Outcome> readChunks(const QList<QByteArray> &chunks, QByteArray *rest = nullptr)
{
    QList<Outcome> outcomes;
    QByteArray buffer;
    for (const QByteArray &chunk : chunks) {
        buffer += chunk;
        for (;;) {
            const JsonLinesParser::Step step = JsonLinesParser::parse(buffer);
            if (step.consumed < 0 || step.consumed > buffer.size())
                return outcomes;  // the comparison will fail: nothing sensible to go on with
            buffer.remove(0, step.consumed);
            if (step.status == Status::Incomplete)
                break;
            outcomes.append({step.status, step.object});
            if (step.consumed == 0)
                return outcomes;  // no progress: reading on would loop for ever
        }
    }
    if (rest)
        *rest = buffer;
    return outcomes;
}

QJsonObject object(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).object();
}

Outcome complete(QByteArrayView json)
{
    return {Status::Complete, object(json)};
}

Outcome malformed()
{
    return {Status::Malformed, {}};
}

constexpr QByteArrayView StartEvent
    = R"({"status":"start","id":"4f1c2a","Type":"container","Action":"start","Actor":{"ID":"4f1c2a","Attributes":{"image":"busybox","name":"web"}},"scope":"local","time":1767225600,"timeNano":1767225600123456789})";
constexpr QByteArrayView DieEvent
    = R"({"Type":"container","Action":"die","Actor":{"ID":"4f1c2a","Attributes":{"exitCode":"137","name":"web"}},"time":1767225660,"timeNano":1767225660000000001})";
constexpr QByteArrayView VolumeEvent
    = R"({"Type":"volume","Action":"create","Actor":{"ID":"data","Attributes":{"driver":"local"}},"time":1767225700,"timeNano":1767225700000000000})";
// "café ☕ 🐳": two, three and four byte sequences, to be cut in the middle.
constexpr QByteArrayView Utf8Event
    = "{\"Type\":\"container\",\"Action\":\"rename\",\"Actor\":{\"ID\":\"9e\",\"Attributes\":"
      "{\"name\":\"caf\xC3\xA9 \xE2\x98\x95 \xF0\x9F\x90\xB3\"}}}";

}  // namespace

class JsonLinesParserTest final : public QObject
{
    Q_OBJECT

private:
    static void addStreams()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<Outcome>>("expected");

        const QByteArray start = StartEvent.toByteArray();
        const QByteArray die = DieEvent.toByteArray();
        const QByteArray volume = VolumeEvent.toByteArray();
        const QByteArray utf8 = Utf8Event.toByteArray();

        const auto row = [](const char *name, const QByteArray &input, const QList<Outcome> &expected) {
            QTest::newRow(name) << input << expected;
        };
        row("several events", QByteArray(start + '\n' + die + '\n' + volume + '\n'),
            {complete(StartEvent), complete(DieEvent), complete(VolumeEvent)});
        row("blank lines", QByteArray("\n\n" + start + "\n\n\n" + die + "\n\n"),
            {complete(StartEvent), complete(DieEvent)});
        row("CRLF line ends", QByteArray(start + "\r\n" + die + "\r\n\r\n" + volume + "\r\n"),
            {complete(StartEvent), complete(DieEvent), complete(VolumeEvent)});
        row("a malformed line between two good ones",
            QByteArray(start + "\n{\"Type\":\"container\",\"Action\":\n" + die + '\n'),
            {complete(StartEvent), malformed(), complete(DieEvent)});
        row("UTF-8 multi-byte characters", QByteArray(utf8 + '\n' + start + '\n'),
            {complete(Utf8Event), complete(StartEvent)});
        row("a JSON array line", QByteArray(start + "\n[1,2,3]\n" + die + '\n'),
            {complete(StartEvent), malformed(), complete(DieEvent)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The fixtures themselves must be what the parser is expected to find.
        QVERIFY(!object(StartEvent).isEmpty());
        QVERIFY(!object(DieEvent).isEmpty());
        QVERIFY(!object(VolumeEvent).isEmpty());
        QCOMPARE(object(Utf8Event).value(u"Actor").toObject().value(u"Attributes").toObject().value(u"name").toString(),
                 QStringLiteral("café ☕ 🐳"));
    }

    void aWholeStreamParsesInOrder_data() { addStreams(); }
    void aWholeStreamParsesInOrder()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Outcome>, expected);
        QByteArray rest;
        const QList<Outcome> outcomes = readChunks({input}, &rest);
        QCOMPARE(describe(outcomes), describe(expected));
        QCOMPARE(outcomes, expected);
        QCOMPARE(rest, QByteArray());
    }

    void aStreamSplitAtEveryByteStillParses_data() { addStreams(); }
    void aStreamSplitAtEveryByteStillParses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Outcome>, expected);
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            const QList<Outcome> outcomes = readChunks({input.first(cut), input.sliced(cut)});
            QVERIFY2(outcomes == expected,
                     qPrintable(u"split at byte " + QString::number(cut) + u": " + describe(outcomes)));
        }
    }

    void aStreamArrivingByteByByteStillParses_data() { addStreams(); }
    void aStreamArrivingByteByByteStillParses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Outcome>, expected);
        QList<QByteArray> bytes;
        for (char c : std::as_const(input))
            bytes.append(QByteArray(1, c));
        QByteArray rest;
        const QList<Outcome> outcomes = readChunks(bytes, &rest);
        QCOMPARE(describe(outcomes), describe(expected));
        QCOMPARE(outcomes, expected);
        QCOMPARE(rest, QByteArray());
    }

    void aLineIsIncompleteUntilItsNewlineArrives()
    {
        const QByteArray line = StartEvent.toByteArray();
        const JsonLinesParser::Step waiting = JsonLinesParser::parse(line);
        QCOMPARE(waiting.status, Status::Incomplete);
        QCOMPARE(waiting.consumed, 0);

        const JsonLinesParser::Step done = JsonLinesParser::parse(QByteArray(line + '\n'));
        QCOMPARE(done.status, Status::Complete);
        QCOMPARE(done.consumed, line.size() + 1);
        QCOMPARE(done.object.value(u"Action").toString(), QStringLiteral("start"));
    }

    void blankLinesBeforeAMessageAreConsumed()
    {
        const JsonLinesParser::Step step = JsonLinesParser::parse("\r\n\n\r\n");
        QCOMPARE(step.status, Status::Incomplete);
        QCOMPARE(step.consumed, 5);
    }

    void aLineLongerThanTheLimitWithoutNewlineIsMalformed()
    {
        // A string value that never ends: a peer that will not send a newline.
        QByteArray line = "{\"Type\":\"";
        line.append(JsonLinesParser::MaxLineLength, 'a');
        const JsonLinesParser::Step step = JsonLinesParser::parse(line);
        QCOMPARE(step.status, Status::Malformed);
        QVERIFY(!step.error.isEmpty());

        // Just at the limit, it is still waited for.
        const JsonLinesParser::Step atLimit = JsonLinesParser::parse(line.first(JsonLinesParser::MaxLineLength));
        QCOMPARE(atLimit.status, Status::Incomplete);
    }

    void aJsonArrayLineIsMalformed()
    {
        const QByteArray line = "[{\"Type\":\"container\"}]\n";
        const JsonLinesParser::Step step = JsonLinesParser::parse(line);
        QCOMPARE(step.status, Status::Malformed);
        QCOMPARE(step.consumed, line.size());
        QVERIFY(!step.error.isEmpty());
        QVERIFY(step.object.isEmpty());
    }

    void aMalformedLineSaysWhyAndIsConsumedWhole()
    {
        const QByteArray input = QByteArray("{\"Type\":}\n" + StartEvent.toByteArray() + '\n');
        const JsonLinesParser::Step step = JsonLinesParser::parse(input);
        QCOMPARE(step.status, Status::Malformed);
        QCOMPARE(step.consumed, 10);
        QVERIFY(!step.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(JsonLinesParserTest)
#include "JsonLinesParserTest.moc"
