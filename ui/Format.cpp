// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace Hublot::Ui {

QString Format::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Format::age(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("less than a minute ago");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 60)
        return tr("%n day(s) ago", nullptr, int(days));
    // Months up to two years (730 days), so that "23 months" is followed by "2 years".
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(std::min<qint64>(days / 30, 23)));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString Format::shortId(const QString &id)
{
    QStringView view(id);
    if (view.startsWith(u"sha256:"))
        view = view.sliced(7);
    return view.left(12).toString();
}

QString Format::shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./=:@%+,-]+$)"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

}  // namespace Hublot::Ui
