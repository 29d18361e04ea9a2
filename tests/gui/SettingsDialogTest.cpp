// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"
#include "ui/Language.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QtTest>

using namespace Hublot;

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

    void cleanupTestCase() { Ui::Language::save({}); }

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

    void cancellingKeepsTheLanguage()
    {
        Ui::Language::save(QStringLiteral("en"));
        Ui::SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        dialog.reject();
        QCOMPARE(Ui::Language::saved(), QStringLiteral("en"));
    }

    void theFrenchTranslationLoadsFromTheResources()
    {
        QVERIFY(Ui::Language::install(qApp, QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Hublot::Ui::MainWindow", "Containers"), QStringLiteral("Conteneurs"));
        QCOMPARE(QCoreApplication::translate("Hublot::Ui::MainWindow", "%n container(s)", nullptr, 2),
                 QStringLiteral("2 conteneurs"));
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
