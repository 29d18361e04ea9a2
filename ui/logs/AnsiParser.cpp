// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/AnsiParser.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Hublot::Ui {

namespace {

constexpr char Escape = '\x1b';
constexpr char Bell = '\x07';

bool isControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
}

// The index just past the escape sequence starting at start, or -1 when
// bytes end inside it.
qsizetype sequenceEnd(QByteArrayView bytes, qsizetype start)
{
    const qsizetype size = bytes.size();
    if (start + 1 >= size)
        return -1;
    const auto kind = static_cast<unsigned char>(bytes[start + 1]);
    if (kind == '[') {
        for (qsizetype i = start + 2; i < size; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x40 && c <= 0x7e)
                return i + 1;
            if (c < 0x20 || c > 0x3f)
                return i;  // malformed: the sequence stops before this byte
        }
        return -1;
    }
    if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
        // A string, ended by BEL or ST (ESC \).
        for (qsizetype i = start + 2; i < size; ++i) {
            if (bytes[i] == Bell)
                return i + 1;
            if (bytes[i] == Escape) {
                if (i + 1 >= size)
                    return -1;
                return bytes[i + 1] == '\\' ? i + 2 : i;
            }
        }
        return -1;
    }
    if (kind >= 0x20 && kind <= 0x2f) {
        // Intermediate bytes, then a final one: ESC ( B and the like.
        qsizetype i = start + 1;
        while (i < size && static_cast<unsigned char>(bytes[i]) >= 0x20 && static_cast<unsigned char>(bytes[i]) <= 0x2f)
            ++i;
        return i < size ? i + 1 : -1;
    }
    if (kind < 0x20)
        return start + 1;  // a lone ESC before a control character
    return start + 2;
}

int number(QByteArrayView digits)
{
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = std::min(value * 10 + (c - '0'), 1'000'000);
    }
    return value;
}

// "38;5;n", "38;2;r;g;b" and their ":" forms: the colour, or nothing.
std::optional<AnsiStyle::Color> extendedColor(const QVarLengthArray<int, 8> &values, qsizetype &index)
{
    if (index + 1 >= values.size())
        return std::nullopt;
    if (values[index + 1] == 5 && index + 2 < values.size()) {
        const int color = values[index + 2];
        index += 2;
        return color >= 0 && color <= 255 ? std::optional(AnsiStyle::Color::indexed(color)) : std::nullopt;
    }
    if (values[index + 1] == 2 && index + 4 < values.size()) {
        const int red = values[index + 2], green = values[index + 3], blue = values[index + 4];
        index += 4;
        const auto valid = [](int v) {
            return v >= 0 && v <= 255;
        };
        if (valid(red) && valid(green) && valid(blue))
            return AnsiStyle::Color::rgb(red, green, blue);
        return std::nullopt;
    }
    // Cut short: what follows is the colour's, not codes of their own.
    index = values.size();
    return std::nullopt;
}

void applyCodes(const QVarLengthArray<int, 8> &values, AnsiStyle &style)
{
    using Color = AnsiStyle::Color;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int code = values[i];
        switch (code) {
        case 0: style = AnsiStyle {}; break;
        case 1: style.attributes |= AnsiStyle::Bold; break;
        case 2: style.attributes |= AnsiStyle::Dim; break;
        case 3: style.attributes |= AnsiStyle::Italic; break;
        case 4:
        case 21: style.attributes |= AnsiStyle::Underline; break;
        case 7: style.attributes |= AnsiStyle::Inverse; break;
        case 9: style.attributes |= AnsiStyle::Strike; break;
        case 22: style.attributes &= quint8(~(AnsiStyle::Bold | AnsiStyle::Dim)); break;
        case 23: style.attributes &= quint8(~AnsiStyle::Italic); break;
        case 24: style.attributes &= quint8(~AnsiStyle::Underline); break;
        case 27: style.attributes &= quint8(~AnsiStyle::Inverse); break;
        case 29: style.attributes &= quint8(~AnsiStyle::Strike); break;
        case 39: style.foreground = Color {}; break;
        case 49: style.background = Color {}; break;
        case 38:
            if (const auto color = extendedColor(values, i))
                style.foreground = *color;
            break;
        case 48:
            if (const auto color = extendedColor(values, i))
                style.background = *color;
            break;
        default:
            if (code >= 30 && code <= 37)
                style.foreground = Color::indexed(code - 30);
            else if (code >= 40 && code <= 47)
                style.background = Color::indexed(code - 40);
            else if (code >= 90 && code <= 97)
                style.foreground = Color::indexed(code - 90 + 8);
            else if (code >= 100 && code <= 107)
                style.background = Color::indexed(code - 100 + 8);
            break;  // blink, conceal, fonts...: no look of ours
        }
    }
}

void appendRun(AnsiParser::Result &result, QByteArrayView run, const AnsiStyle &style)
{
    if (!style.isDefault()) {
        const qsizetype start = result.text.size();
        if (!result.spans.isEmpty() && result.spans.last().style == style
            && result.spans.last().start + result.spans.last().length == start)
            result.spans.last().length += run.size();
        else
            result.spans.append({start, run.size(), style});
    }
    result.text.append(run);
}

}  // namespace

bool AnsiParser::needsParsing(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (isControl(c))
            return true;
    }
    return false;
}

void AnsiParser::applySgr(QByteArrayView parameters, AnsiStyle &style)
{
    if (!parameters.isEmpty()
        && (parameters[0] == '<' || parameters[0] == '=' || parameters[0] == '>' || parameters[0] == '?'))
        return;  // a private sequence, not SGR
    QVarLengthArray<int, 8> values;
    qsizetype fieldStart = 0;
    for (qsizetype i = 0; i <= parameters.size(); ++i) {
        if (i < parameters.size() && parameters[i] != ';')
            continue;
        const QByteArrayView field = parameters.sliced(fieldStart, i - fieldStart);
        fieldStart = i + 1;
        if (!field.contains(':')) {
            values.append(field.isEmpty() ? 0 : number(field));
            continue;
        }
        // The ":" form keeps a colour in one field: 38:5:n, 38:2:r:g:b and
        // 38:2:space:r:g:b. Apply it on its own.
        QVarLengthArray<int, 8> parts;
        qsizetype partStart = 0;
        for (qsizetype j = 0; j <= field.size(); ++j) {
            if (j < field.size() && field[j] != ':')
                continue;
            const QByteArrayView part = field.sliced(partStart, j - partStart);
            parts.append(part.isEmpty() ? 0 : number(part));
            partStart = j + 1;
        }
        if (parts.size() >= 6 && parts[1] == 2)
            parts.remove(2);  // the colour space id
        if (parts.size() >= 2 && parts[0] == 4)
            parts = {parts[1] == 0 ? 24 : 4};  // 4:0 is no underline, 4:n a kind of one
        applyCodes(values, style);
        values.clear();
        applyCodes(parts, style);
    }
    applyCodes(values, style);
}

AnsiParser::Result AnsiParser::parse(QByteArrayView bytes, State &state)
{
    QByteArray joined;
    if (!state.pending.isEmpty()) {
        joined = state.pending + bytes;
        bytes = joined;
        state.pending.clear();
    }
    Result result;
    result.text.reserve(bytes.size());
    bool carriageReturn = false;
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = bytes[i];
        if (c == Escape) {
            const qsizetype end = sequenceEnd(bytes, i);
            if (end < 0) {
                if (size - i <= MaxPendingLength)
                    state.pending = bytes.sliced(i).toByteArray();
                break;
            }
            if (bytes[end - 1] == 'm' && i + 1 < size && bytes[i + 1] == '[')
                applySgr(bytes.sliced(i + 2, end - 1 - (i + 2)), state.style);
            i = end;
            continue;
        }
        if (c == '\r') {
            carriageReturn = true;
            ++i;
            continue;
        }
        if (isControl(c)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && !isControl(bytes[end]))
            ++end;
        if (carriageReturn) {
            result.text.clear();
            result.spans.clear();
            carriageReturn = false;
        }
        appendRun(result, bytes.sliced(i, end - i), state.style);
        i = end;
    }
    return result;
}

}  // namespace Hublot::Ui
