// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace Hublot::Ui {

/// What makes one action of a resource page (images, volumes, networks,
/// services): its menu text, the shorter text of its toolbar button, its
/// objectName, shortcut, icon and the tip that says which command it runs.
struct PageActionSpec
{
    QString text;
    QString iconText;
    QString name;
    QKeySequence shortcut;
    QIcon icon;
    QString tip;
};

/// The action for spec, added to page. Its shortcut works while the page
/// shows: the same keys do other things on other pages.
QAction *addPageAction(QWidget *page, const PageActionSpec &spec);

}  // namespace Hublot::Ui
