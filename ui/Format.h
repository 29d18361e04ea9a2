// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Hublot::Ui {

/// How Hublot writes sizes, times and ids, in the user's language.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Hublot::Ui::Format)

public:
    /// Bytes in decimal units, as the docker CLI prints them ("2.1 MB").
    static QString size(qint64 bytes);
    /// "5 minutes ago", "3 days ago", relative to now.
    static QString age(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The first 12 hex digits of an id, without "sha256:".
    static QString shortId(const QString &id);
    /// A word of a command line as a POSIX shell reads it back: as it is
    /// when it holds nothing special, else in single quotes.
    static QString shellWord(const QString &word);
};

}  // namespace Hublot::Ui
