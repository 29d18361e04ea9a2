// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogTimestamp.h"

#include <QDateTime>
#include <QtTest>

using Hublot::Ui::LogTimestamp;

class LogTimestampTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEnginesTimestampsParseAsQtReadsThem_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("fraction");
        QTest::newRow("nano") << QByteArray("2026-11-28T12:34:56.123456789Z hello") << qint64(123456789);
        QTest::newRow("trimmed") << QByteArray("2026-11-28T12:34:56.1Z hello") << qint64(100000000);
        QTest::newRow("none") << QByteArray("2026-11-28T12:34:56Z hello") << qint64(0);
        QTest::newRow("leap year") << QByteArray("2024-02-29T23:59:59.5Z x") << qint64(500000000);
        QTest::newRow("old") << QByteArray("1970-01-01T00:00:00Z x") << qint64(0);
    }

    void theEnginesTimestampsParseAsQtReadsThem()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, fraction);
        const auto parsed = LogTimestamp::parse(line);
        QVERIFY(parsed);
        const qsizetype space = line.indexOf(' ');
        QCOMPARE(parsed->consumed, space + 1);
        QByteArray seconds = line.first(19) + "Z";
        const QDateTime expected = QDateTime::fromString(QString::fromLatin1(seconds), Qt::ISODate);
        QVERIFY(expected.isValid());
        QCOMPARE(parsed->nanoseconds, expected.toSecsSinceEpoch() * 1'000'000'000 + fraction);
    }

    void anOffsetIsTakenAway()
    {
        const auto utc = LogTimestamp::parse("2026-11-28T12:00:00Z a");
        const auto paris = LogTimestamp::parse("2026-11-28T13:00:00+01:00 a");
        QVERIFY(utc && paris);
        QCOMPARE(paris->nanoseconds, utc->nanoseconds);
    }

    void aLineWithoutATimestampIsNotMistakenForOne()
    {
        QVERIFY(!LogTimestamp::parse("hello world, this is a long enough line"));
        QVERIFY(!LogTimestamp::parse("2026-11-28 12:34:56Z a"));
        QVERIFY(!LogTimestamp::parse("2026-13-28T12:34:56Z a"));
        QVERIFY(!LogTimestamp::parse("2026-11-28T12:34:56.Z a"));
        QVERIFY(!LogTimestamp::parse("2026-11-28T12:34:56Zx"));
        QVERIFY(!LogTimestamp::parse("2026-11-28T12:34"));
    }
};

QTEST_APPLESS_MAIN(LogTimestampTest)
#include "LogTimestampTest.moc"
