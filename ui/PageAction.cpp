// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PageAction.h"

#include <QAction>
#include <QWidget>

namespace Hublot::Ui {

QAction *addPageAction(QWidget *page, const PageActionSpec &spec)
{
    auto *action = new QAction(spec.icon, spec.text, page);
    action->setObjectName(spec.name);
    action->setIconText(spec.iconText);
    action->setShortcut(spec.shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(spec.tip);
    action->setToolTip(spec.tip);
    page->addAction(action);
    return action;
}

}  // namespace Hublot::Ui
