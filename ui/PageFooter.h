// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QMenu;

namespace Hublot::Ui {

class CommandLineBar;

/// What sits under each resource page (images, volumes, networks,
/// services): a line saying how the last action went, and the command line
/// that does the same. Also shows the page's menu in the menu bar only while
/// the page itself shows (showMenuWithPage).
class PageFooter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFooter)

public:
    /// name prefixes the message label's objectName ("volumes" gives
    /// "volumesMessageLabel"); commandBar moves into the footer.
    PageFooter(const QString &name, CommandLineBar *commandBar, QWidget *parent = nullptr);

    /// Shows text (in red that reads on a light or dark page when error);
    /// an empty text hides the line.
    void showMessage(const QString &text, bool error);

    /// Puts main (the page's list, or whatever fills it) above the footer in page.
    static void layOut(QWidget *page, QWidget *main, PageFooter *footer);
    /// Keeps menu's entry in the menu bar visible exactly while page shows.
    static void showMenuWithPage(QMenu *menu, QWidget *page);

private:
    QLabel *m_message;
};

}  // namespace Hublot::Ui
