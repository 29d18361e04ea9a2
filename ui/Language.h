// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Hublot::Ui {

/// The language of the interface: English (the source) or French.
class Language final
{
public:
    /// The languages Hublot is translated into, as codes ("en", "fr").
    static QStringList available();
    /// The choice saved in the settings: a code, or empty to follow the system.
    static QString saved();
    static void save(const QString &code);
    /// The language to use for a choice: the code itself, or the system's
    /// language when it is one of ours, else English.
    static QString resolve(const QString &choice);
    /// Loads the translations of code into app (Hublot's and Qt's own).
    /// Returns false when Hublot has no translation for it.
    static bool install(QCoreApplication *app, const QString &code);
};

}  // namespace Hublot::Ui
