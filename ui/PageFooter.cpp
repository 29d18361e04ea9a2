// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PageFooter.h"

#include "ui/CommandLineBar.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace Hublot::Ui {

namespace {

// Shows or hides a menu's entry as the page it belongs to shows or hides.
class MenuFollower final : public QObject
{
public:
    MenuFollower(QMenu *menu, QWidget *page)
        : QObject(page)
        , m_menu(menu)
    {
        m_menu->menuAction()->setVisible(page->isVisible());
        page->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
            m_menu->menuAction()->setVisible(event->type() == QEvent::Show);
        return QObject::eventFilter(watched, event);
    }

private:
    QMenu *m_menu;
};

}  // namespace

PageFooter::PageFooter(const QString &name, CommandLineBar *commandBar, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
{
    m_message->setObjectName(name + u"MessageLabel");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 6, 20, 12);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(commandBar);
}

void PageFooter::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#ff7b72" : u"#cf222e")
                                   : QString());
}

void PageFooter::layOut(QWidget *page, QWidget *main, PageFooter *footer)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(main, 1);
    layout->addWidget(footer);
}

void PageFooter::showMenuWithPage(QMenu *menu, QWidget *page)
{
    new MenuFollower(menu, page);
}

}  // namespace Hublot::Ui
