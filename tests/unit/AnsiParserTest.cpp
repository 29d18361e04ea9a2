// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/AnsiParser.h"

#include <QtTest>

using Hublot::Ui::AnsiParser;
using Hublot::Ui::AnsiStyle;
using Color = AnsiStyle::Color;

namespace {

AnsiParser::Result parseAll(QByteArrayView bytes)
{
    AnsiParser::State state;
    return AnsiParser::parse(bytes, state);
}

AnsiStyle foreground(Color color, quint8 attributes = 0)
{
    AnsiStyle style;
    style.foreground = color;
    style.attributes = attributes;
    return style;
}

// The text and spans of two pieces, as one: the second's spans moved by
// the first's text, and a span cut by the split joined again.
AnsiParser::Result joined(const AnsiParser::Result &first, const AnsiParser::Result &second)
{
    AnsiParser::Result result = first;
    for (AnsiParser::Span span : second.spans) {
        span.start += first.text.size();
        if (!result.spans.isEmpty() && result.spans.last().style == span.style
            && result.spans.last().start + result.spans.last().length == span.start)
            result.spans.last().length += span.length;
        else
            result.spans.append(span);
    }
    result.text += second.text;
    return result;
}

}  // namespace

class AnsiParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextNeedsNoParsing()
    {
        QVERIFY(!AnsiParser::needsParsing("GET /index.html 200\tok"));
        QVERIFY(AnsiParser::needsParsing("\x1b[31mred"));
        QVERIFY(AnsiParser::needsParsing("10%\r20%"));
        const auto result = parseAll("plain\ttext");
        QCOMPARE(result.text, QByteArray("plain\ttext"));
        QVERIFY(result.spans.isEmpty());
    }

    void theSixteenColoursAndAttributesBecomeSpans()
    {
        const auto result = parseAll("\x1b[31mERROR\x1b[0m: \x1b[1;92mok\x1b[m done");
        QCOMPARE(result.text, QByteArray("ERROR: ok done"));
        QCOMPARE(result.spans.size(), 2);
        QCOMPARE(result.spans[0], (AnsiParser::Span {0, 5, foreground(Color::indexed(1))}));
        QCOMPARE(result.spans[1], (AnsiParser::Span {7, 2, foreground(Color::indexed(10), AnsiStyle::Bold)}));
    }

    void backgroundsAndTheirResets()
    {
        const auto result = parseAll("\x1b[44;37mA\x1b[49mB\x1b[39mC");
        QCOMPARE(result.text, QByteArray("ABC"));
        QCOMPARE(result.spans.size(), 2);
        AnsiStyle both = foreground(Color::indexed(7));
        both.background = Color::indexed(4);
        QCOMPARE(result.spans[0].style, both);
        QCOMPARE(result.spans[1].style, foreground(Color::indexed(7)));
        QCOMPARE(result.spans[1].start, 1);
    }

    void twoHundredFiftySixColoursAndTruecolorInBothForms()
    {
        QCOMPARE(parseAll("\x1b[38;5;208mx").spans.value(0).style, foreground(Color::indexed(208)));
        QCOMPARE(parseAll("\x1b[38:5:208mx").spans.value(0).style, foreground(Color::indexed(208)));
        QCOMPARE(parseAll("\x1b[38;2;10;20;30mx").spans.value(0).style, foreground(Color::rgb(10, 20, 30)));
        QCOMPARE(parseAll("\x1b[38:2::10:20:30mx").spans.value(0).style, foreground(Color::rgb(10, 20, 30)));
        QCOMPARE(parseAll("\x1b[38:2:10:20:30mx").spans.value(0).style, foreground(Color::rgb(10, 20, 30)));
        AnsiStyle background;
        background.background = Color::rgb(1, 2, 3);
        background.attributes = AnsiStyle::Underline;
        QCOMPARE(parseAll("\x1b[48;2;1;2;3;4mx").spans.value(0).style, background);
        // Out of range: ignored, not wrapped.
        QVERIFY(parseAll("\x1b[38;5;300mx").spans.isEmpty());
        QVERIFY(parseAll("\x1b[38;2;1;2mx").spans.isEmpty());
    }

    void attributesTurnOffOneByOne()
    {
        AnsiParser::State state;
        AnsiParser::parse("\x1b[1;2;3;4;7;9m", state);
        QCOMPARE(state.style.attributes,
                 quint8(AnsiStyle::Bold | AnsiStyle::Dim | AnsiStyle::Italic | AnsiStyle::Underline | AnsiStyle::Inverse
                        | AnsiStyle::Strike));
        AnsiParser::parse("\x1b[22;23m", state);
        QCOMPARE(state.style.attributes, quint8(AnsiStyle::Underline | AnsiStyle::Inverse | AnsiStyle::Strike));
        AnsiParser::parse("\x1b[4:0;27;29m", state);
        QVERIFY(state.style.isDefault());
    }

    void otherSequencesAndControlsAreDropped()
    {
        // Cursor moves, erase, a window title (OSC, ended by BEL and by ST),
        // a hyperlink, a charset switch, a bell and a backspace.
        const auto result = parseAll("\x1b[2K\x1b[1A\x1b]0;title\x07"
                                     "a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"
                                     "\x1b(Bb\x07\x08"
                                     "c\x1b[?25l");
        QCOMPARE(result.text, QByteArray("alinkbc"));
        QVERIFY(result.spans.isEmpty());
    }

    void aCarriageReturnStartsTheTextOver()
    {
        QCOMPARE(parseAll("10%\r20%\r\x1b[32m30%").text, QByteArray("30%"));
        QCOMPARE(parseAll("10%\r20%\r\x1b[32m30%").spans.value(0).start, 0);
        // One at the end (a CRLF line) takes nothing away.
        QCOMPARE(parseAll("done\r").text, QByteArray("done"));
    }

    void theStyleCarriesToTheNextLine()
    {
        AnsiParser::State state;
        AnsiParser::parse("\x1b[33mstarts here", state);
        const auto next = AnsiParser::parse("goes on", state);
        QCOMPARE(next.spans.value(0), (AnsiParser::Span {0, 7, foreground(Color::indexed(3))}));
    }

    void anUnterminatedStringIsDroppedPastTheLimit()
    {
        AnsiParser::State state;
        const QByteArray endless = QByteArray("a\x1b]0;") + QByteArray(AnsiParser::MaxPendingLength + 10, 'x');
        AnsiParser::parse(endless, state);
        QVERIFY(state.pending.isEmpty());
        QCOMPARE(AnsiParser::parse("b", state).text, QByteArray("b"));
    }

    void aSequenceSplitAtEveryOffsetParsesTheSame_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("sgr") << QByteArray("ab\x1b[1;31mcd\x1b[0mef");
        QTest::newRow("256") << QByteArray("\x1b[38;5;123mxyz\x1b[48:2::1:2:3mw");
        QTest::newRow("osc") << QByteArray("a\x1b]8;;http://example\x1b\\b\x1b]0;t\x07"
                                           "c");
        QTest::newRow("charset") << QByteArray("a\x1b(Bb\x1b"
                                               "7c");
        QTest::newRow("utf8") << QByteArray("d\xc3\xa9j\xc3\xa0 \x1b[35mvu\x1b[m");
    }

    void aSequenceSplitAtEveryOffsetParsesTheSame()
    {
        QFETCH(QByteArray, input);
        AnsiParser::State wholeState;
        const AnsiParser::Result whole = AnsiParser::parse(input, wholeState);
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            AnsiParser::State state;
            const auto first = AnsiParser::parse(QByteArrayView(input).first(cut), state);
            const auto second = AnsiParser::parse(QByteArrayView(input).sliced(cut), state);
            const auto result = joined(first, second);
            QVERIFY2(result.text == whole.text, qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QVERIFY2(result.spans == whole.spans, qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QCOMPARE(state, wholeState);
        }
    }

    void aStylePacksIntoSixtyFourBits()
    {
        AnsiStyle style;
        style.foreground = Color::rgb(0xfe, 0x01, 0x80);
        style.background = Color::indexed(255);
        style.attributes = AnsiStyle::Bold | AnsiStyle::Strike;
        QCOMPARE(AnsiStyle::unpack(style.pack()), style);
        QCOMPARE(AnsiStyle::unpack(AnsiStyle {}.pack()), AnsiStyle {});
    }
};

QTEST_APPLESS_MAIN(AnsiParserTest)
#include "AnsiParserTest.moc"
