// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Hublot::Ui {

/// Shown in place of everything else while no engine can be reached: why,
/// how to fix it, and a button to try again.
class ConnectionProblemPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProblemPage)

public:
    explicit ConnectionProblemPage(QWidget *parent = nullptr);

    void showError(const Engine::EngineError &error);
    /// Shows widget under the retry button (the engines Hublot can start).
    void addBelow(QWidget *widget);
    /// Grey the button while an attempt is running.
    void setRetrying(bool retrying);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_hint;
    QPushButton *m_retry;
    QVBoxLayout *m_layout;
};

}  // namespace Hublot::Ui
