// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"
#include "ui/Language.h"
#include "ui/Theme.h"
#include "ui/terminal/ContainerTerminalTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QtTest>

using namespace Hublot;

namespace {

// The mean lightness of a pixmap's visible pixels, 0 (black) to 1 (white).
double glyphLightness(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    double sum = 0;
    int counted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() >= 64) {
                sum += colour.lightnessF();
                ++counted;
            }
        }
    }
    return counted > 0 ? sum / counted : -1;
}

}  // namespace

class SettingsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a test location, never the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HublotTest"));
        QCoreApplication::setApplicationName(QStringLiteral("SettingsDialogTest"));
        Ui::Language::save({});
    }

    void cleanupTestCase()
    {
        Ui::Language::save({});
        Ui::Theme::save(Ui::Theme::Choice::System);
    }

    void choosingFrenchIsRememberedForTheNextStart()
    {
        QCOMPARE(Ui::Language::saved(), QString());
        Ui::SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString());  // follows the system
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        dialog.accept();
        QCOMPARE(Ui::Language::saved(), QStringLiteral("fr"));
        QCOMPARE(Ui::Language::resolve(Ui::Language::saved()), QStringLiteral("fr"));

        Ui::SettingsDialog again;
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("fr"));
    }

    // Clipboard writes from programs in a terminal (OSC 52) are off until
    // the user turns them on here; a terminal opened after that allows them.
    void clipboardWritesFromTheTerminalAreOffUntilTurnedOn()
    {
        QSettings().remove(Ui::ContainerTerminalTab::clipboardWritesKey());
        Ui::SettingsDialog dialog;
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("clipboardWritesCheckBox"));
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        dialog.accept();
        QVERIFY(QSettings().value(Ui::ContainerTerminalTab::clipboardWritesKey()).toBool());
        Ui::SettingsDialog again;
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("clipboardWritesCheckBox"))->isChecked());
        QSettings().remove(Ui::ContainerTerminalTab::clipboardWritesKey());
    }

    void cancellingKeepsTheLanguage()
    {
        Ui::Language::save(QStringLiteral("en"));
        Ui::SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        dialog.reject();
        QCOMPARE(Ui::Language::saved(), QStringLiteral("en"));
    }

    // Light and dark: the choice applies at once and is remembered.
    void choosingDarkColoursAppliesThemAndIsRemembered()
    {
        QCOMPARE(Ui::Theme::saved(), Ui::Theme::Choice::System);
        Ui::SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(Ui::Theme::Choice::Dark)));
        dialog.accept();
        QCOMPARE(Ui::Theme::saved(), Ui::Theme::Choice::Dark);
        QVERIFY(Ui::Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Ui::Theme::isDark(dialog.palette()));
        // The style's media icons are black glyphs: on dark colours they
        // are drawn in the text's colour, the same icon object as before.
        QVERIFY2(!QIcon::hasThemeIcon(QIcon::ThemeIcon::MediaPlaybackStart),
                 "an icon theme is installed: this check needs the style's own icon");
        const QIcon start = Ui::Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay);
        QVERIFY2(glyphLightness(start.pixmap(16)) > 0.6, qPrintable(QString::number(glyphLightness(start.pixmap(16)))));

        Ui::SettingsDialog again;
        auto *light = again.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QCOMPARE(light->currentData().toInt(), int(Ui::Theme::Choice::Dark));
        light->setCurrentIndex(light->findData(int(Ui::Theme::Choice::Light)));
        again.accept();
        QVERIFY(!Ui::Theme::isDark(QApplication::palette()));
        QVERIFY2(glyphLightness(start.pixmap(16)) < 0.4, qPrintable(QString::number(glyphLightness(start.pixmap(16)))));

        // Following the system again gives back the platform's own palette.
        Ui::Theme::save(Ui::Theme::Choice::System);
        Ui::Theme::apply(Ui::Theme::Choice::System);
        QCOMPARE(Ui::Theme::isDark(QApplication::palette()),
                 QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark);
    }

    void anUnknownThemeNameIsRefused()
    {
        bool ok = true;
        QCOMPARE(Ui::Theme::fromName(QStringLiteral("dark"), &ok), Ui::Theme::Choice::Dark);
        QVERIFY(ok);
        Ui::Theme::fromName(QStringLiteral("purple"), &ok);
        QVERIFY(!ok);
    }

    void theFrenchTranslationLoadsFromTheResources()
    {
        QVERIFY(Ui::Language::install(qApp, QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Hublot::Ui::MainWindow", "Containers"), QStringLiteral("Conteneurs"));
        QCOMPARE(QCoreApplication::translate("Hublot::Ui::ContainersPage", "%n container(s)", nullptr, 2),
                 QStringLiteral("2 conteneurs"));
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
