// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Hublot::Ui {

static const auto SettingsKey = QStringLiteral("ui/language");

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString Language::saved()
{
    return QSettings().value(SettingsKey).toString();
}

void Language::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

QString Language::resolve(const QString &choice)
{
    if (available().contains(choice))
        return choice;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Language::install(QCoreApplication *app, const QString &code)
{
    QLocale::setDefault(QLocale(code));
    // English is the source language; its file holds only the plural forms.
    auto *hublot = new QTranslator(app);
    if (!hublot->load(u":/i18n/hublot_" + code + u".qm")) {
        delete hublot;
        return false;
    }
    QCoreApplication::installTranslator(hublot);
    if (code == u"en")
        return true;
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace Hublot::Ui
