// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/Result.h"

#include <QDialog>
#include <QProcessEnvironment>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Hublot::Ui {

class CommandLineBar;

/// *File > Connect to Engine…*: the engines Hublot can talk to, as the
/// docker CLI knows them (its contexts, `docker context ls`, the one in use
/// marked), or any address typed as DOCKER_HOST takes it (unix://, tcp://,
/// ssh://). Choosing one emits endpointChosen(); the command line that
/// does the same for the CLI is shown as the choice changes.
class EngineSwitchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSwitchDialog)

public:
    /// current is the address Hublot is connected to now (to mark it).
    explicit EngineSwitchDialog(const QString &current,
                                QProcessEnvironment env = QProcessEnvironment::systemEnvironment(),
                                QWidget *parent = nullptr);

    /// The endpoint of what is chosen now: the address typed, else the
    /// context selected; an error says why it cannot be used.
    [[nodiscard]] Engine::Result<Engine::EngineEndpoint> choice() const;
    /// The command that points the docker CLI at the same engine.
    [[nodiscard]] QString command() const;

    void accept() override;

Q_SIGNALS:
    void endpointChosen(const Hublot::Engine::EngineEndpoint &endpoint);

private:
    void fill();
    void chosenChanged();

    QProcessEnvironment m_env;
    QString m_current;
    QTreeWidget *m_list;
    QLineEdit *m_address;
    QLabel *m_error;
    CommandLineBar *m_command;
    QPushButton *m_connect;
};

}  // namespace Hublot::Ui
