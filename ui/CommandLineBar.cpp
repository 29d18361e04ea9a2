// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CommandLineBar.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hublot::Ui {

CommandLineBar::CommandLineBar(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_copy(new QToolButton(this))
{
    setObjectName(name + u"CommandBar");
    m_caption->setObjectName(name + u"CommandCaption");
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_field->setObjectName(name + u"CommandLine");
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setAccessibleName(tr("Equivalent docker command"));
    m_field->setToolTip(tr("The same thing on the command line"));
    m_caption->setBuddy(m_field);
    m_copy->setObjectName(name + u"CopyCommandButton");
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditCopy));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAccessibleName(tr("Copy the command"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    connect(m_copy, &QToolButton::clicked, this, &CommandLineBar::copy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_caption);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_copy);
    setFocusProxy(m_field);
}

void CommandLineBar::setCommand(const QString &command, const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_field->setText(u"$ " + command);
    m_field->setCursorPosition(0);
    if (m_lines)
        m_lines->setPlainText(u"$ " + command);
    m_copy->setEnabled(!command.isEmpty());
}

QString CommandLineBar::command() const
{
    const QString text = m_lines ? m_lines->toPlainText() : m_field->text();
    return text.startsWith(u"$ ") ? text.mid(2) : text;
}

void CommandLineBar::setMultiLine(int lines)
{
    if (!m_lines) {
        m_lines = new QPlainTextEdit(this);
        m_lines->setObjectName(m_field->objectName());
        m_field->setObjectName(m_field->objectName() + u"OneLine");
        m_lines->setReadOnly(true);
        m_lines->setFont(m_field->font());
        m_lines->setAccessibleName(m_field->accessibleName());
        m_lines->setToolTip(m_field->toolTip());
        m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_lines->setTabChangesFocus(true);
        m_lines->setPlainText(m_field->text());
        m_caption->setBuddy(m_lines);
        // The caption and the copy button above, the lines below at full width.
        delete layout();
        m_field->hide();
        auto *top = new QHBoxLayout;
        top->setContentsMargins(0, 0, 0, 0);
        top->addWidget(m_caption);
        top->addStretch(1);
        top->addWidget(m_copy);
        auto *column = new QVBoxLayout(this);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(4);
        column->addLayout(top);
        column->addWidget(m_lines);
        setFocusProxy(m_lines);
    }
    const QFontMetrics metrics(m_lines->font());
    m_lines->setFixedHeight(metrics.lineSpacing() * lines + 2 * m_lines->frameWidth()
                            + int(m_lines->document()->documentMargin() * 2));
}

void CommandLineBar::copy()
{
    QApplication::clipboard()->setText(command());
}

}  // namespace Hublot::Ui
