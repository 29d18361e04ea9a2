// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QListWidget>
#include <QTableWidget>
#include <QTreeWidget>

namespace Hublot::Test {

/// Puts a QAbstractItemModelTester on the model of every item view under
/// root: Hublot's models and proxies are checked on every change the test
/// makes. The item widgets (QListWidget, ...) are left out: their models
/// are Qt's own, and they reset while the widget is half destroyed, which
/// a tester still listening would trip over.
inline void testEveryModel(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->model() || qobject_cast<QListWidget *>(view) || qobject_cast<QTreeWidget *>(view)
            || qobject_cast<QTableWidget *>(view))
            continue;
        new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
    }
}

}  // namespace Hublot::Test
