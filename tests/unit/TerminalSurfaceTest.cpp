// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/TerminalSurface.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <vterm.h>

using Hublot::Ui::TerminalSurface;
using namespace Qt::StringLiterals;

namespace {

/// Everything the surface shows and knows, as text, to compare two surfaces.
QString snapshot(const TerminalSurface &s)
{
    QString out;
    for (qint64 i = 0; i < s.lineCount(); ++i) {
        const TerminalSurface::Line line = s.lineAt(i);
        out += TerminalSurface::textOf(line) + u'|';
        for (const TerminalSurface::Cell &cell : line) {
            if (cell.ch != 0 && cell.ch != U' ')
                out += QString::number(cell.fg, 16) + u',' + QString::number(cell.bg, 16) + u','
                    + QString::number(cell.attributes) + u';';
        }
        out += u'\n';
    }
    out += u"cursor %1,%2 title %3 alt %4"_s.arg(s.cursor().x())
               .arg(s.cursor().y())
               .arg(s.title())
               .arg(s.isAlternateScreen());
    return out;
}

QByteArray sample()
{
    return "plain \x1b[1mbold\x1b[0m \x1b[3mitalic\x1b[23m \x1b[4munder\x1b[24m\r\n"
           "\x1b[38;5;196mred256\x1b[0m \x1b[38;2;10;20;30mtrue\x1b[48;2;200;100;50mcolour\x1b[0m\r\n"
           "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87\r\n"
           "\x1b]0;my title\x07"
           "\x1b[?1049hfull screen\x1b[?1049l"
           "\x1b[5 q"
           "after\r\n";
}

/// libvterm with its own screen layer, fed whole: the reference the
/// surface's screen (its own rows, and text it puts there directly, see
/// EscapeScanner) must match.
class ReferenceTerminal
{
public:
    ReferenceTerminal(int rows, int columns)
        : m_vt(vterm_new(rows, columns))
        , m_rows(rows)
        , m_columns(columns)
    {
        vterm_set_utf8(m_vt, 1);
        m_screen = vterm_obtain_screen(m_vt);
        vterm_screen_enable_altscreen(m_screen, 1);
        vterm_screen_reset(m_screen, 1);
    }
    ~ReferenceTerminal() { vterm_free(m_vt); }
    Q_DISABLE_COPY_MOVE(ReferenceTerminal)

    void feed(QByteArrayView bytes) { vterm_input_write(m_vt, bytes.data(), std::size_t(bytes.size())); }

    /// Row by row: each character with its bold, italic, underline and reverse flags.
    QString describe() const
    {
        QString out;
        for (int row = 0; row < m_rows; ++row) {
            for (int column = 0; column < m_columns; ++column) {
                VTermScreenCell cell;
                vterm_screen_get_cell(m_screen, VTermPos {row, column}, &cell);
                const char32_t ch = cell.chars[0] == 0 ? U' ' : char32_t(cell.chars[0]);
                const int flags = (cell.attrs.bold ? TerminalSurface::Bold : 0)
                    | (cell.attrs.italic ? TerminalSurface::Italic : 0)
                    | (cell.attrs.underline ? TerminalSurface::Underline : 0)
                    | (cell.attrs.reverse ? TerminalSurface::Reverse : 0);
                out += QString::fromUcs4(&ch, 1) + QString::number(flags);
                if (cell.width == 2)
                    ++column;
            }
            out += u'\n';
        }
        VTermPos cursor;
        vterm_state_get_cursorpos(vterm_obtain_state(m_vt), &cursor);
        return out + u"cursor %1,%2"_s.arg(cursor.col).arg(cursor.row);
    }

private:
    VTerm *m_vt;
    VTermScreen *m_screen = nullptr;
    int m_rows;
    int m_columns;
};

/// The surface described as ReferenceTerminal::describe() does.
QString describe(const TerminalSurface &s)
{
    constexpr int Compared
        = TerminalSurface::Bold | TerminalSurface::Italic | TerminalSurface::Underline | TerminalSurface::Reverse;
    QString out;
    for (int row = 0; row < s.rows(); ++row) {
        const TerminalSurface::Line line = s.screenLine(row);
        for (std::size_t column = 0; column < line.size(); ++column) {
            const TerminalSurface::Cell &cell = line[column];
            const char32_t ch = cell.ch == 0 ? U' ' : cell.ch;
            out += QString::fromUcs4(&ch, 1) + QString::number(cell.attributes & Compared);
            if (cell.attributes & TerminalSurface::Wide)
                ++column;
        }
        out += u'\n';
    }
    return out + u"cursor %1,%2"_s.arg(s.cursor().x()).arg(s.cursor().y());
}

/// Output as programs write it, drawn from pieces that exercise what decides
/// whether text may be put on the screen directly: charsets and shifts,
/// insert mode, autowrap, margins, double-width lines, strings and
/// cancelled sequences, wide and combining characters, long lines.
QByteArray randomOutput(QRandomGenerator &random, int pieces)
{
    static const QList<QByteArray> controls {
        "\r\n",
        "\n",
        "\r",
        "\t",
        "\b",
        "\x1b[1m",
        "\x1b[0m",
        "\x1b[4m",
        "\x1b[7m",
        "\x1b[3m",
        "\x1b[31m",
        "\x1b[38;5;123m",
        "\x1b[48;2;1;2;3m",
        "\x1b[H",
        "\x1b[5;10H",
        "\x1b[2A",
        "\x1b[3C",
        "\x1b[K",
        "\x1b[2J",
        "\x1b[2;6r",
        "\x1b[r",
        "\x1b(0",
        "\x1b(B",
        "\x0e",
        "\x0f",
        "\x1b)0",
        "\x1bN",
        "\x1bO",
        "\x1bn",
        "\x1b[4h",
        "\x1b[4l",
        "\x1b[?7l",
        "\x1b[?7h",
        "\x1b[?69h\x1b[5;30s",
        "\x1b[?69l",
        "\x1b[!p",
        "\x1b"
        "c",
        "\x1b#5",
        "\x1b#8",
        "\xc3\xa9",
        "\xe2\x82\xac",
        "e\xcc\x81",
        "\xcc\x81",
        "\x1b]0;title\x07",
        "\x1b]2;t\x1b\\",
        "\x1bPxyz\x1b\\",
        "\x1b_apc\x1b\\",
        "\x1bXsos\x0e\x1b\\",
        "\x1b]0;a\x1bZb\x07",
        "\x1b[3\x18x",
        "\x1b[2\n;3H",
        "\x1b[?1049h",
        "\x1b[?1049l",
        "\x1b[2@",
        "\x1b[3P",
        "\x1b[L",
        "\x1b[M",
        "\x1b[",
        "\x1b",
        "\x1b[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16m",
        "\x1b[1:2m",
        "\x1b[?4h",
        "\x1b[4;7h",
        "\x1b[ @",
    };
    static const char letters[]
        = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_=+/()[]{}#$%&*!?'\"<>|~^`@";
    QByteArray out;
    for (int i = 0; i < pieces; ++i) {
        if (random.bounded(3) == 0) {
            out += controls[random.bounded(int(controls.size()))];
        } else {
            const int length = random.bounded(1, random.bounded(10) == 0 ? 400 : 90);
            for (int k = 0; k < length; ++k)
                out += letters[random.bounded(int(sizeof letters) - 1)];
        }
    }
    return out;
}

}  // namespace

class TerminalSurfaceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every split of the input gives the same screen as feeding it whole:
    // escape sequences and UTF-8 characters cut between reads stay whole.
    void everySplitGivesTheSameScreen()
    {
        const QByteArray input = sample();
        TerminalSurface whole(10, 40);
        whole.feed(input);
        const QString expected = snapshot(whole);
        for (qsizetype cut = 1; cut < input.size(); ++cut) {
            TerminalSurface split(10, 40);
            split.feed(QByteArrayView(input).first(cut));
            split.feed(QByteArrayView(input).sliced(cut));
            QCOMPARE(snapshot(split), expected);
        }
        // Byte by byte as well.
        TerminalSurface bytes(10, 40);
        for (const char c : input)
            bytes.feed(QByteArrayView(&c, 1));
        QCOMPARE(snapshot(bytes), expected);
    }

    void aCharacterSplitBetweenReadsStaysOneCharacter()
    {
        TerminalSurface s(4, 20);
        s.feed("caf\xc3");
        s.feed("\xa9 \xf0\x9f");
        s.feed("\x98\x80!");
        QCOMPARE(s.screenText(0), u"café 😀!"_s);
    }

    void coloursAndAttributes()
    {
        TerminalSurface s(10, 40);
        s.feed(sample());
        const TerminalSurface::Line first = s.screenLine(0);
        QVERIFY(first[6].attributes & TerminalSurface::Bold);  // "bold"
        QVERIFY(first[11].attributes & TerminalSurface::Italic);
        QVERIFY(first[18].attributes & TerminalSurface::Underline);
        QVERIFY(first[0].defaultFg && first[0].attributes == 0);
        const TerminalSurface::Line second = s.screenLine(1);
        QVERIFY(!second[0].defaultFg);
        QCOMPARE(second[0].fg, qRgb(255, 0, 0));  // index 196 of the 256
        QCOMPARE(second[7].fg, qRgb(10, 20, 30));  // truecolor
        QCOMPARE(second[11].bg, qRgb(200, 100, 50));
        QVERIFY(second[11].defaultBg == false);
        // Wide characters take two columns.
        const TerminalSurface::Line third = s.screenLine(2);
        QCOMPARE(TerminalSurface::textOf(third), u"café € 😀 中文"_s);
        QVERIFY(third[7].attributes & TerminalSurface::Wide);  // the emoji
        QVERIFY(third[10].attributes & TerminalSurface::Wide);  // 中
        QVERIFY(!(third[5].attributes & TerminalSurface::Wide));  // €
    }

    void theAlternateScreenComesAndGoes()
    {
        TerminalSurface s(5, 20);
        s.feed("shell prompt$ ");
        s.feed("\x1b[?1049h\x1b[H\x1b[2Jvi here");
        QVERIFY(s.isAlternateScreen());
        QCOMPARE(s.screenText(0), u"vi here"_s);
        s.feed("\x1b[?1049l");
        QVERIFY(!s.isAlternateScreen());
        QCOMPARE(s.screenText(0), u"shell prompt$"_s);
    }

    void cursorShapes_data()
    {
        QTest::addColumn<QByteArray>("sequence");
        QTest::addColumn<int>("shape");
        QTest::newRow("block") << QByteArray("\x1b[2 q") << int(TerminalSurface::CursorShape::Block);
        QTest::newRow("underline") << QByteArray("\x1b[4 q") << int(TerminalSurface::CursorShape::Underline);
        QTest::newRow("bar") << QByteArray("\x1b[6 q") << int(TerminalSurface::CursorShape::Bar);
    }

    void cursorShapes()
    {
        QFETCH(QByteArray, sequence);
        QFETCH(int, shape);
        TerminalSurface s;
        if (shape == int(TerminalSurface::CursorShape::Block))
            s.feed("\x1b[6 q");
        s.feed(sequence);
        QCOMPARE(int(s.cursorShape()), shape);
        s.feed("\x1b[?25l");
        QVERIFY(!s.cursorVisible());
    }

    void pasteIsBracketedOnlyWhenTheProgramAsks()
    {
        TerminalSurface s;
        QSignalSpy out(&s, &TerminalSurface::writeRequested);
        s.paste(u"ls\nrm x"_s);
        QCOMPARE(out.takeFirst().at(0).toByteArray(), QByteArray("ls\rrm x"));
        s.feed("\x1b[?2004h");
        out.clear();
        // A pasted end marker cannot close the brackets early.
        s.paste(u"echo hi\x1b[201~; rm -rf x"_s);
        QCOMPARE(out.takeFirst().at(0).toByteArray(), QByteArray("\x1b[200~echo hi; rm -rf x\x1b[201~"));
    }

    void keysBecomeWhatTheProgramReads()
    {
        TerminalSurface s;
        QSignalSpy out(&s, &TerminalSurface::writeRequested);
        s.typeCharacter(U'a');
        s.typeCharacter(U'c', 4 /* VTERM_MOD_CTRL */);
        s.typeCharacter(U'é');
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("a"));
        QCOMPARE(out.at(1).at(0).toByteArray(), QByteArray("\x03"));
        QCOMPARE(out.at(2).at(0).toByteArray(), QByteArray("\xc3\xa9"));
    }

    void theScrollbackKeepsLinesUpToItsLimit()
    {
        TerminalSurface s(5, 20);
        for (int i = 0; i < 100; ++i)
            s.feed(QByteArray(QByteArray::number(i) + "\r\n"));
        QCOMPARE(s.scrollbackSize(), 96);
        QCOMPARE(TerminalSurface::textOf(s.scrollbackLine(0)), u"0"_s);
        QCOMPARE(s.find(u"42"_s), QList<qint64> {42});
        s.setScrollbackLimit(10);
        QCOMPARE(s.scrollbackSize(), 10);
        QCOMPARE(TerminalSurface::textOf(s.scrollbackLine(0)), u"86"_s);
        QCOMPARE(s.droppedLines(), 86);
        QCOMPARE(TerminalSurface::DefaultScrollback, 10'000);
    }

    // ---- safety: each rule against a hostile sequence

    void clipboardWritesAreOffUnlessAllowed()
    {
        TerminalSurface s;
        QSignalSpy clipboard(&s, &TerminalSurface::clipboardWrite);
        s.feed("\x1b]52;c;ZWNobyBwd25lZA==\x07");  // "echo pwned"
        QCOMPARE(clipboard.size(), 0);
        s.setClipboardWritesAllowed(true);
        s.feed("\x1b]52;c;aGVsbG8=\x07");  // "hello"
        QCOMPARE(clipboard.size(), 1);
        QCOMPARE(clipboard.first().at(0).toString(), u"hello"_s);
    }

    void nothingIsReportedBack()
    {
        TerminalSurface s;
        s.feed("\x1b]0;secret title\x07");
        QSignalSpy out(&s, &TerminalSurface::writeRequested);
        s.feed("\x1b]52;c;?\x07");  // what is on the clipboard?
        s.feed("\x1b[21t");  // what is the title?
        s.feed("\x1b[20t");  // the icon's title?
        s.feed("\x1bP$qm\x1b\\");  // DECRQSS stays local too; an answer would not carry the title
        for (const QList<QVariant> &reply : std::as_const(out)) {
            QVERIFY2(!reply.at(0).toByteArray().contains("secret"), reply.at(0).toByteArray().constData());
            QVERIFY2(!reply.at(0).toByteArray().contains("]52"), reply.at(0).toByteArray().constData());
        }
    }

    void onlyWebLinksAreKept()
    {
        TerminalSurface s(5, 60);
        s.feed("\x1b]8;;javascript:alert(1)\x1b\\click\x1b]8;;\x1b\\ ");
        s.feed("\x1b]8;;file:///etc/passwd\x1b\\file\x1b]8;;\x1b\\ ");
        QVERIFY(s.links().isEmpty());
        s.feed("\x1b]8;;https://example.org/docs\x1b\\docs\x1b]8;;\x1b\\");
        QCOMPARE(s.links().size(), 1);
        const qint64 line = s.scrollbackSize();
        // "click file docs": the link covers "docs", columns 11 to 14.
        QCOMPARE(s.linkAt(line, 11), QUrl(u"https://example.org/docs"_s));
        QCOMPARE(s.linkAt(line, 14), QUrl(u"https://example.org/docs"_s));
        QVERIFY(!s.linkAt(line, 15).isValid());
        QVERIFY(!s.linkAt(line, 0).isValid());
    }

    void theTitleIsPlainAndShort()
    {
        TerminalSurface s;
        QSignalSpy title(&s, &TerminalSurface::titleChanged);
        s.feed("\x1b]2;build \x1b[31m\x07");
        s.feed("\x1b]0;line one\nline two\x07");
        QVERIFY(!s.title().contains(u'\n'));
        QVERIFY(!s.title().contains(QChar(0x1b)));
        s.feed(QByteArray("\x1b]0;" + QByteArray(5000, 'x') + "\x07"));
        QVERIFY(s.title().size() <= TerminalSurface::TitleLimit);
        QVERIFY(title.size() >= 2);
    }

    // Sizes from a hidden widget (1 x 2) to a big one, with text, wide
    // characters and the alternate screen between them.
    void resizesKeepTheScreenSound()
    {
        TerminalSurface s(24, 80);
        const QList<QSize> sizes {{2, 1}, {150, 50}, {3, 2}, {80, 24}, {1, 1}, {200, 60}, {40, 10}};
        for (const QSize size : sizes) {
            s.feed(sample());
            s.feed("/ # ä¸­æ prompt");
            s.resize(size.height(), size.width());
            QCOMPARE(s.rows(), size.height());
            QCOMPARE(s.columns(), size.width());
            for (int row = 0; row < s.rows(); ++row)
                QCOMPARE(int(s.screenLine(row).size()), s.columns());
            s.feed("\x1b[?1049h\x1b[2Jalt\x1b[5;5Hx\x1b[?1049l");
            s.feed("\x1b[2;5r\n\n\n\x1b[r\x1b[3L\x1b[2M\x1b[4@\x1b[3P");
        }
        QVERIFY(s.cursor().y() < s.rows());
    }

    // Text the surface puts on its screen itself (EscapeScanner) lands where
    // libvterm would put it, drawn as libvterm would draw it: the screen and
    // the cursor match libvterm's own screen layer, fed the same output in
    // the same reads, for output in random pieces. (Wide characters are left
    // out: the surface's own rows differ from libvterm's screen layer when
    // half of one is overwritten, which has nothing to do with this.)
    void theScreenMatchesLibvtermsOwnScreen()
    {
        for (quint32 seed = 1; seed <= 400; ++seed) {
            QRandomGenerator random(seed);
            const QByteArray output = randomOutput(random, 120);
            const int rows = random.bounded(3, 30);
            const int columns = random.bounded(10, 140);
            // The same reads for both, cut anywhere but inside a UTF-8
            // character (libvterm alone would break one cut there).
            ReferenceTerminal reference(rows, columns);
            TerminalSurface s(rows, columns);
            for (qsizetype at = 0; at < output.size();) {
                qsizetype read = std::min<qsizetype>(random.bounded(1, 700), output.size() - at);
                while (at + read < output.size() && (quint8(output[at + read]) & 0xc0) == 0x80)
                    ++read;
                reference.feed(QByteArrayView(output).sliced(at, read));
                s.feed(QByteArrayView(output).sliced(at, read));
                at += read;
            }
            const QString expected = reference.describe();
            const QString actual = describe(s);
            if (actual != expected) {
                const QStringList a = actual.split(u'\n');
                const QStringList e = expected.split(u'\n');
                for (qsizetype row = 0; row < std::min(a.size(), e.size()); ++row) {
                    if (a[row] != e[row]) {
                        QFAIL(qPrintable(u"seed %1 (%2x%3), row %4:\n  ours:    %5\n  libvterm: %6"_s.arg(seed)
                                             .arg(columns)
                                             .arg(rows)
                                             .arg(row)
                                             .arg(a[row], e[row])));
                    }
                }
            }
        }
    }

    // libvterm 0.3.3 writes past its argument array for a CSI sequence with
    // more than sixteen arguments (a crash, seen under ASan): the surface
    // hands such a sequence over cut to sixteen, and what follows is shown.
    void aSequenceWithThousandsOfArgumentsIsCutNotACrash()
    {
        TerminalSurface s(5, 40);
        QByteArray hostile = "\x1b[1";
        for (int i = 0; i < 5000; ++i)
            hostile += ";" + QByteArray::number(i % 10);
        hostile += "mafter";
        // Cut at every few bytes too: the cut must hold across reads.
        for (qsizetype at = 0; at < hostile.size(); at += 7)
            s.feed(QByteArrayView(hostile).sliced(at, std::min<qsizetype>(7, hostile.size() - at)));
        QCOMPARE(s.screenText(0), u"after"_s);
        // The first argument (bold) was applied.
        QVERIFY(s.screenLine(0).front().attributes & TerminalSurface::Bold);
        s.feed("\x1b[0m\r\nstill here");
        QCOMPARE(s.screenText(1), u"still here"_s);
    }

    // libvterm 0.3.3 hands over a title fragment 1 GiB long when a read
    // stops in a title just after ESC and a control (found by fuzzing): the
    // control is kept from it, and the title is what was sent.
    void aReadEndingInsideATitleAfterEscAndAControlIsHarmless()
    {
        TerminalSurface s(5, 40);
        QSignalSpy titles(&s, &TerminalSurface::titleChanged);
        s.feed("\x1b]0;build\x1b");
        s.feed(QByteArrayView("\0", 1));
        s.feed("\\after");
        QCOMPARE(s.title(), u"build"_s);
        QCOMPARE(titles.size(), 1);
        QCOMPARE(s.screenText(0), u"after"_s);
        s.feed("\x1b]2;next\x1b\x0e");
        s.feed("\\");
        QCOMPARE(s.title(), u"next"_s);
    }

    // REP (CSI n b) repeats the last character; libvterm 0.3.3 loops for
    // ever when that character has no width (before any text, found by
    // fuzzing), so the surface carries REP out itself.
    void repeatRepeatsTheLastCharacterAndNeverHangs()
    {
        TerminalSurface s(4, 20);
        s.feed("\x1b[b\x1b[5b");  // nothing printed yet: nothing to repeat
        QCOMPARE(s.screenText(), QString());
        s.feed("x\x1b[3b|");
        QCOMPARE(s.screenText(0), u"xxxx|"_s);
        s.feed("\r\n\xe4\xb8\xad\x1b[2b");  // a wide character, three times
        QCOMPARE(s.screenText(1), u"\u4e2d\u4e2d\u4e2d"_s);
        s.feed("\r\n\xcc\x81\x1b[9b.");  // a lone combining mark has no width
        s.feed("\r\n-\x1b[500b");  // to the end of the row, not past it
        QCOMPARE(s.screenText(3), QString(20, u'-'));
        QCOMPARE(s.cursor().y(), 3);
    }

    // A cursor saved (DECSC) on a bigger screen comes back (DECRC) onto the
    // smaller one, on its last row and column: libvterm 0.3.3 puts it back
    // off the screen unchecked, and the next text wrote past its row flags
    // (heap corruption, found by the fuzzer).
    void aCursorSavedOnABiggerScreenComesBackOnTheScreen()
    {
        TerminalSurface s(25, 81);
        s.feed("\x1b[25;70Hsaved\x1b"
               "7");
        s.resize(21, 25);
        s.feed("\x1b"
               "8X");
        QCOMPARE(s.screenText(20), QString(24, u' ') + u'X');
        QCOMPARE(s.cursor(), QPoint(24, 20));
        s.feed("\r\nnext");  // scrolls: the bottom row is row 20
        QCOMPARE(s.screenText(20), u"next"_s);
        // Saved by the alternate screen's switch, restored by the switch back.
        s.feed("\x1b[21;20H\x1b[?1049h");
        s.resize(5, 10);
        s.feed("\x1b[?1049lZ");
        QCOMPARE(s.screenText(4).right(1), u"Z"_s);
    }

    // A scroll region that began below the new last row after the screen
    // shrank made libvterm 0.3.3 scroll a negative number of rows (a
    // crash): the margins are reset on such a resize, as xterm does, and the
    // cursor stays where it was.
    void aScrollRegionBelowAShrunkScreenIsReset()
    {
        TerminalSurface s(25, 40);
        s.feed("\x1b[22;25r\x1b[1;1Hstart\x1b[3;7H");
        s.resize(10, 40);
        QCOMPARE(s.cursor(), QPoint(6, 2));
        s.feed("here");
        QCOMPARE(s.screenText(2), u"      here"_s);
        for (int i = 0; i < 15; ++i)
            s.feed(QByteArray("\r\nline " + QByteArray::number(i)));
        // The whole screen scrolled: the first row went to the scrollback.
        QCOMPARE(s.screenText(9), u"line 14"_s);
        QCOMPARE(s.screenText(0), u"line 5"_s);
        QCOMPARE(TerminalSurface::textOf(s.lineAt(0)).trimmed(), u"start"_s);
        // Left and right margins (DECLRMM, DECSLRM) too. A resize in the
        // middle of a sequence drops that sequence (as CAN would): it could
        // use the margins before they are reset (CSI 3 T scrolls them).
        s.feed("\x1b[8;10r\x1b[?69h\x1b[30;35s\x1b[3");
        s.resize(5, 20);
        s.feed("T\x1b[2J\x1b[?6h\x1b[Hin");  // origin mode: the top left of the margins
        QCOMPARE(s.screenText(0), u"in"_s);
        QCOMPARE(s.cursor(), QPoint(2, 0));
        s.feed("\r\n\n\n\n\nend");
        QCOMPARE(s.screenText(4), u"end"_s);
    }

    // A flood is cheap: a megabyte of output is parsed without a paint per line.
    void aFloodSignalsOneChangePerRead()
    {
        TerminalSurface s(24, 80);
        QSignalSpy changed(&s, &TerminalSurface::changed);
        QByteArray flood;
        for (int i = 0; i < 20000; ++i)
            flood += "flood line " + QByteArray::number(i) + "\r\n";
        s.feed(flood);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.scrollbackSize(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TerminalSurfaceTest)
#include "TerminalSurfaceTest.moc"
