// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ManagedEngine.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Hublot::Engine {
class VirtualMachineEngine;
}

namespace Hublot::Ui {

class CommandLineBar;

/// One engine Hublot can start itself (on this computer, or in a virtual
/// machine): what it is, where it stands (stopped, booting, running at its
/// address, or why it failed), Start and Stop, and the command Hublot runs
/// for it. For the VM, its processors and memory.
class ManagedEnginePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedEnginePanel)

public:
    /// name prefixes the children's objectNames ("localEngine" gives
    /// "localEngineStartButton", "localEngineStatusLabel").
    ManagedEnginePanel(Engine::ManagedEngine *engine, const QString &name, QWidget *parent = nullptr);

    /// The status line as the user reads it.
    [[nodiscard]] QString statusText() const;

    /// The setting that starts engine when Hublot starts (a bool).
    static QString startWithHublotKey(const Engine::ManagedEngine *engine);
    /// The program and arguments written as a shell command.
    static QString commandText(const QStringList &command);

private:
    void update();
    /// Gives the VM the processors and memory shown; store: keep them for
    /// the next session too (only what the user changed is stored).
    void applyVmSettings(bool store);
    static QString portText(const QString &port);
    [[nodiscard]] QString shownLogPath() const;

    Engine::ManagedEngine *m_engine;
    Engine::VirtualMachineEngine *m_vm;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_stop;
    QSpinBox *m_cpus = nullptr;
    QSpinBox *m_memory = nullptr;
    CommandLineBar *m_command;
    CommandLineBar *m_dockerCommand;
    QCheckBox *m_startWithHublot;
    QPushButton *m_showLog;
    QString m_forwardProblem;
};

}  // namespace Hublot::Ui
