// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Hublot::Ui {

/// The docker command that does what was just done with the mouse, in a
/// read-only field the user can select from, with a button that copies it.
class CommandLineBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineBar)

public:
    /// name prefixes the children's objectNames ("containers" gives
    /// "containersCommandLine", "containersCopyCommandButton").
    explicit CommandLineBar(const QString &name, QWidget *parent = nullptr);

    /// Shows command, with caption before it ("Last command", "Equivalent").
    void setCommand(const QString &command, const QString &caption = {});
    [[nodiscard]] QString command() const;

    /// Copies the command to the clipboard.
    void copy();

    /// Shows commands split over lines with `\` in a field as tall as
    /// lines, instead of the one-line field; its objectName is the same.
    void setMultiLine(int lines);

private:
    QLabel *m_caption;
    QLineEdit *m_field;
    QPlainTextEdit *m_lines = nullptr;
    QToolButton *m_copy;
};

}  // namespace Hublot::Ui
