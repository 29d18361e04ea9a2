// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "ui/Language.h"
#include "ui/Theme.h"
#include "ui/terminal/ContainerTerminalTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Hublot::Ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_clipboardWrites(new QCheckBox(tr("Let programs in a terminal set the clipboard (OSC 52)"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::saved())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), int(Theme::Choice::System));
    m_theme->addItem(tr("Light"), int(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Choice::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(Theme::saved()))));
    form->addRow(tr("&Colours:"), m_theme);
    // Off by default: a program in a container could otherwise put a
    // command on the clipboard for the user to paste somewhere else.
    m_clipboardWrites->setObjectName(QStringLiteral("clipboardWritesCheckBox"));
    m_clipboardWrites->setToolTip(tr("Off: what a program in a container sends to the clipboard is ignored, so it "
                                     "cannot slip a command into what you paste next."));
    m_clipboardWrites->setChecked(QSettings().value(ContainerTerminalTab::clipboardWritesKey(), false).toBool());
    form->addRow(tr("Terminal:"), m_clipboardWrites);
    auto *note = new QLabel(tr("A new language applies the next time Hublot starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Language::save(m_language->currentData().toString());
    const auto theme = Theme::Choice(m_theme->currentData().toInt());
    if (theme != Theme::saved()) {
        Theme::save(theme);
        Theme::apply(theme);
    }
    QSettings().setValue(ContainerTerminalTab::clipboardWritesKey(), m_clipboardWrites->isChecked());
    QDialog::accept();
}

}  // namespace Hublot::Ui
