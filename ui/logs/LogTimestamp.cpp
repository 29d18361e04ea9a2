// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogTimestamp.h"

#include <QDateTime>

namespace Hublot::Ui {

namespace {

// The digits at bytes[at, at + count), or -1.
int digits(QByteArrayView bytes, qsizetype at, int count)
{
    if (at + count > bytes.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = bytes[at + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Days from 1970-01-01 to a civil date of the proleptic Gregorian calendar
// (the well-known era-based computation).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

}  // namespace

std::optional<LogTimestamp::Parsed> LogTimestamp::parse(QByteArrayView line)
{
    // YYYY-MM-DDTHH:MM:SS
    if (line.size() < 20 || line[4] != '-' || line[7] != '-' || (line[10] != 'T' && line[10] != 't') || line[13] != ':'
        || line[16] != ':')
        return std::nullopt;
    const int year = digits(line, 0, 4), month = digits(line, 5, 2), day = digits(line, 8, 2);
    const int hour = digits(line, 11, 2), minute = digits(line, 14, 2), second = digits(line, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 60)
        return std::nullopt;
    qsizetype at = 19;
    qint64 fraction = 0;
    if (at < line.size() && line[at] == '.') {
        ++at;
        int count = 0;
        while (at < line.size() && line[at] >= '0' && line[at] <= '9') {
            if (count < 9) {
                fraction = fraction * 10 + (line[at] - '0');
                ++count;
            }
            ++at;
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            fraction *= 10;
    }
    if (at >= line.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (line[at] == 'Z' || line[at] == 'z') {
        ++at;
    } else if (line[at] == '+' || line[at] == '-') {
        const int sign = line[at] == '-' ? -1 : 1;
        const int offsetHours = digits(line, at + 1, 2), offsetMinutes = digits(line, at + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || at + 3 >= line.size() || line[at + 3] != ':')
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at < line.size()) {
        if (line[at] != ' ')
            return std::nullopt;
        ++at;
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Parsed {seconds * 1'000'000'000 + fraction, at};
}

QString LogTimestamp::toDisplay(qint64 nanoseconds)
{
    return QDateTime::fromMSecsSinceEpoch(nanoseconds / 1'000'000).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz");
}

}  // namespace Hublot::Ui
