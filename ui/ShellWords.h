// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Hublot::Ui {

/// Splits a pasted shell command line into its words, as a POSIX shell
/// would before running it: single and double quotes, backslash escapes,
/// backslash-newline continuations (the notes split `docker run` over
/// lines with `\`), and comments. Nothing is expanded: `${PWD}`, `$PWD`
/// and `$(pwd)` stay as written, so that the run dialog can show them and
/// resolve them itself.
///
/// Hand-written because Qt has nothing that does this: QProcess::splitCommand
/// knows neither continuations, nor `\` escapes outside quotes, nor `$(...)`,
/// and reports no error for an unterminated quote.
class ShellWords final
{
public:
    enum class Status { Ok, UnterminatedSingleQuote, UnterminatedDoubleQuote, UnterminatedSubstitution };

    struct Split
    {
        Status status = Status::Ok;
        QStringList words;
    };

    /// The words of text, or why it cannot be split.
    static Split split(QStringView text);

    /// word written so that a shell reads it back as the same word: as it
    /// is when it holds nothing special, else in quotes. `${PWD}`, `$PWD`,
    /// `$(pwd)` and a leading `~/` are left for the shell to expand.
    static QString quote(const QString &word);
};

}  // namespace Hublot::Ui
