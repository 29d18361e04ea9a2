// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Format.h"
#include "ui/Language.h"

#include <QTimeZone>
#include <QtTest>

using Hublot::Ui::Format;

class FormatTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English, whatever the machine speaks: its plural forms and its
        // decimal point. install() also makes English the default locale.
        QVERIFY(Hublot::Ui::Language::install(QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void sizesAreInDecimalUnits_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << Q_INT64_C(0) << QStringLiteral("0 bytes");
        QTest::newRow("under a kilobyte") << Q_INT64_C(999) << QStringLiteral("999 bytes");
        QTest::newRow("a kilobyte is 1000 bytes") << Q_INT64_C(1000) << QStringLiteral("1.0 kB");
        QTest::newRow("1024 bytes") << Q_INT64_C(1024) << QStringLiteral("1.0 kB");
        QTest::newRow("busybox") << Q_INT64_C(4261550) << QStringLiteral("4.3 MB");
        QTest::newRow("nginx") << Q_INT64_C(191670474) << QStringLiteral("191.7 MB");
        QTest::newRow("a gigabyte") << Q_INT64_C(1000000000) << QStringLiteral("1.0 GB");
        QTest::newRow("a large image") << Q_INT64_C(2147483648) << QStringLiteral("2.1 GB");
    }

    void sizesAreInDecimalUnits()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(Format::size(bytes), text);
    }

    void sizesFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString french = Format::size(191670474);
        QLocale::setDefault(before);
        QVERIFY2(french.startsWith(u"191,7"), qPrintable(french));
    }

    void anAgeIsCountedFromTheGivenNow_data()
    {
        QTest::addColumn<qint64>("secondsBefore");
        QTest::addColumn<QString>("text");
        QTest::newRow("just now") << Q_INT64_C(0) << QStringLiteral("less than a minute ago");
        QTest::newRow("59 seconds") << Q_INT64_C(59) << QStringLiteral("less than a minute ago");
        QTest::newRow("60 seconds") << Q_INT64_C(60) << QStringLiteral("1 minute ago");
        QTest::newRow("119 seconds") << Q_INT64_C(119) << QStringLiteral("1 minute ago");
        QTest::newRow("2 minutes") << Q_INT64_C(120) << QStringLiteral("2 minutes ago");
        QTest::newRow("59 minutes 59 seconds") << Q_INT64_C(3599) << QStringLiteral("59 minutes ago");
        QTest::newRow("an hour") << Q_INT64_C(3600) << QStringLiteral("1 hour ago");
        QTest::newRow("2 hours") << Q_INT64_C(7200) << QStringLiteral("2 hours ago");
        QTest::newRow("47 hours 59 minutes") << Q_INT64_C(48 * 3600 - 60) << QStringLiteral("47 hours ago");
        QTest::newRow("48 hours") << Q_INT64_C(48 * 3600) << QStringLiteral("2 days ago");
        QTest::newRow("59 days") << Q_INT64_C(59 * 86400) << QStringLiteral("59 days ago");
        QTest::newRow("60 days") << Q_INT64_C(60 * 86400) << QStringLiteral("2 months ago");
        QTest::newRow("23 months") << Q_INT64_C(719 * 86400) << QStringLiteral("23 months ago");
        QTest::newRow("720 days") << Q_INT64_C(720 * 86400) << QStringLiteral("23 months ago");
        QTest::newRow("2 years") << Q_INT64_C(730 * 86400) << QStringLiteral("2 years ago");
    }

    void anAgeIsCountedFromTheGivenNow()
    {
        QFETCH(qint64, secondsBefore);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(Format::age(now.addSecs(-secondsBefore), now), text);
    }

    void anAgeDoesNotDependOnTheTimeZoneOfEitherTime()
    {
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        const QDateTime threeHoursBefore
            = now.addSecs(-3 * 3600).toTimeZone(QTimeZone::fromSecondsAheadOfUtc(9 * 3600));
        QCOMPARE(Format::age(threeHoursBefore, now), QStringLiteral("3 hours ago"));
    }

    void aTimeInTheFutureIsNotANegativeAge()
    {
        // The engine's clock may run ahead of ours.
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(Format::age(now.addSecs(90), now), QStringLiteral("less than a minute ago"));
    }

    void anUnknownTimeHasNoAge()
    {
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(Format::age(QDateTime(), now), QString());
    }

    void aShortIdIsTwelveHexDigits_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("shortId");
        QTest::newRow("container id") << QStringLiteral(
            "8dfafdbc3a40c8a4b8f6e0f1a4e4cd2a8a3b1f9c2c6d7e8f9a0b1c2d3e4f5a6b")
                                      << QStringLiteral("8dfafdbc3a40");
        QTest::newRow("image id with its algorithm")
            << QStringLiteral("sha256:3f8a4339aadda5897b744682f5f774dc69991a81af8d715d37a616bb4c99edf5")
            << QStringLiteral("3f8a4339aadd");
        QTest::newRow("already short") << QStringLiteral("3f8a4339") << QStringLiteral("3f8a4339");
        QTest::newRow("empty") << QString() << QString();
    }

    void aShortIdIsTwelveHexDigits()
    {
        QFETCH(QString, id);
        QFETCH(QString, shortId);
        QCOMPARE(Format::shortId(id), shortId);
    }
};

QTEST_GUILESS_MAIN(FormatTest)
#include "FormatTest.moc"
