// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShellWords.h"

#include <algorithm>

namespace Hublot::Ui {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Characters a word may hold without quotes.
bool isPlain(QChar c)
{
    if (c.isLetterOrNumber())
        return true;
    switch (c.unicode()) {
    case '_':
    case '-':
    case '.':
    case '/':
    case ':':
    case '=':
    case '@':
    case '%':
    case '+':
    case ',': return true;
    default: return false;
    }
}

// The shell references the run dialog resolves itself, left unquoted.
constexpr QStringView kPwdReferences[] = {u"${PWD}", u"$(pwd)", u"$PWD", u"${HOME}", u"$HOME"};

}  // namespace

ShellWords::Split ShellWords::split(QStringView text)
{
    Split result;
    QString word;
    bool inWord = false;
    const qsizetype size = text.size();
    qsizetype i = 0;
    auto endWord = [&] {
        if (inWord)
            result.words.append(word);
        word.clear();
        inWord = false;
    };
    while (i < size) {
        const QChar c = text[i];
        if (isBlank(c)) {
            endWord();
            ++i;
        } else if (c == u'#' && !inWord) {
            // A comment runs to the end of the line.
            while (i < size && text[i] != u'\n')
                ++i;
        } else if (c == u'\\') {
            if (i + 1 >= size) {
                ++i;  // a lone backslash at the very end: nothing follows it
            } else if (text[i + 1] == u'\n') {
                i += 2;  // a line continuation
            } else if (text[i + 1] == u'\r' && i + 2 < size && text[i + 2] == u'\n') {
                i += 3;  // a continuation in text pasted with Windows line ends
            } else {
                word += text[i + 1];
                inWord = true;
                i += 2;
            }
        } else if (c == u'\'') {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            if (end < 0) {
                result.status = Status::UnterminatedSingleQuote;
                return result;
            }
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (c == u'"') {
            inWord = true;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar d = text[i];
                if (d == u'"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == u'\\' && i + 1 < size) {
                    const QChar next = text[i + 1];
                    if (next == u'\n') {
                        i += 2;
                        continue;
                    }
                    // Inside double quotes a backslash escapes only these.
                    if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                        word += next;
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed) {
                result.status = Status::UnterminatedDoubleQuote;
                return result;
            }
        } else if (c == u'$' && i + 1 < size && text[i + 1] == u'(') {
            // A command substitution, kept whole with its parentheses: $(pwd).
            int depth = 0;
            qsizetype j = i + 1;
            for (; j < size; ++j) {
                if (text[j] == u'(')
                    ++depth;
                else if (text[j] == u')' && --depth == 0)
                    break;
            }
            if (j >= size) {
                result.status = Status::UnterminatedSubstitution;
                return result;
            }
            word += text.mid(i, j - i + 1);
            inWord = true;
            i = j + 1;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    endWord();
    return result;
}

QString ShellWords::quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    // A path that begins with a reference the shell should expand keeps it
    // live: ${PWD}/site stays as it is, "${PWD}/my site" goes in double quotes.
    QStringView reference;
    for (QStringView candidate : kPwdReferences) {
        if (word.startsWith(candidate)) {
            reference = candidate;
            break;
        }
    }
    if (reference.isEmpty() && word.startsWith(u"~/"))
        reference = u"~";
    const QStringView rest = QStringView(word).sliced(reference.size());
    if (std::all_of(rest.begin(), rest.end(), isPlain))
        return word;
    if (!reference.isEmpty() && reference != u"~") {
        QString quoted = u'"' + reference.toString();
        for (QChar c : rest) {
            if (c == u'"' || c == u'\\' || c == u'$' || c == u'`')
                quoted += u'\\';
            quoted += c;
        }
        return quoted + u'"';
    }
    QString quoted = word;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

}  // namespace Hublot::Ui
