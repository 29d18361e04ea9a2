// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTest>

namespace Hublot::Test {

/// Waits until root has a visible child of type T named objectName (a
/// dialog the code under test opens) and gives it; null after timeoutMs,
/// which fails the caller's QVERIFY.
template <typename T> T *waitForVisible(const QObject *root, const QString &objectName, int timeoutMs = 10'000)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = root->findChild<T *>(objectName);
            return found && found->isVisible();
        },
        timeoutMs);
    return found;
}

}  // namespace Hublot::Test
