// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CreateContainerRequest.h"
#include "engine/EngineError.h"
#include "ui/RunCommand.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;
class QListWidget;

namespace Hublot::Engine {
class EngineSession;
class ImagePull;
class PullProgress;
struct RegistryAuth;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

class CommandLineBar;

/// `docker run` as a form: image, name, command, how it runs, ports,
/// folders and volumes, environment, restart policy, labels. The command
/// line it stands for shows below, live, and a pasted `docker run ...`
/// fills the form. Run pulls the image first when the engine does not have
/// it (with each layer's progress), creates the container and starts it;
/// when the start fails, the container just created is removed unless the
/// user asked to keep it.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    explicit RunDialog(Engine::EngineSession *session, QWidget *parent = nullptr);
    ~RunDialog() override;

    void setImage(const QString &image);
    /// Fills the form with spec.
    void setSpec(const RunSpec &spec);
    /// What the form asks for now.
    [[nodiscard]] RunSpec spec() const;
    /// The docker run command of the form, as the preview shows it.
    [[nodiscard]] QString command() const;
    /// The folder `${PWD}`, `$(pwd)` and relative host paths stand for
    /// (the current folder at first).
    void setBaseFolder(const QString &folder);
    [[nodiscard]] QString baseFolder() const;
    /// Fills the form from a pasted command; false, with the sentence
    /// shown, when the command is not one the form can hold.
    bool fillFromCommand(const QString &text);
    /// What the Run button does.
    void run();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Cancel: stops a pull; ignored while a container is being created or
    /// started, so that nothing is left half-made.
    void reject() override;

Q_SIGNALS:
    /// The container was created and started; the dialog closes.
    void containerStarted(const QString &id, const QString &name);
    /// Emitted with containerStarted() for -it: the container waits for a
    /// terminal to be attached to it.
    void interactiveContainerStarted(const QString &id);
    /// The run stopped on an error; message is the sentence shown.
    void runFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildForm();
    void updateNoteColours();
    void formChanged();
    void updateWarnings();
    [[nodiscard]] QString portWarning() const;
    [[nodiscard]] QString mountProblem() const;
    [[nodiscard]] bool engineIsLocal() const;
    void addPortRow(const RunSpec::Port &port);
    void addMountRow(const RunSpec::Mount &mount);
    static void addPairRow(QTableWidget *table, const QString &key, const QString &value);
    void chooseFolder();
    void chooseEnvFile();

    void setBusy(bool busy);
    void fail(const QString &message);
    void pullThenCreate();
    void pullWith(const Engine::RegistryAuth &auth);
    void showPullProgress(const Engine::PullProgress &state);
    /// The registry refused an anonymous pull: the pull dialog's sign-in,
    /// then the run goes on; refusal is the sentence if the user gives up.
    void signInAndPull(const QString &refusal);
    void create();
    void start(const QString &id, const QString &name);
    void startFailed(const QString &id, const QString &name, const Engine::EngineError &error);
    /// For replicas: what the message of a failure must add ("2 of 3 run").
    [[nodiscard]] QString replicaNote() const;
    /// The spec of replica index (0-based) of count: name-N and host ports moved up by index.
    static RunSpec replicaSpec(RunSpec spec, int index, int count);

    Engine::EngineSession *m_session;
    bool m_filling = false;
    bool m_busy = false;
    // How it runs: -d, -i, -t as the form or a pasted command set them.
    bool m_detach = true;
    bool m_interactive = false;
    bool m_tty = false;
    Engine::CreateContainerRequest m_request;
    /// The replicas to run, one request each, and how many of them run.
    QList<Engine::CreateContainerRequest> m_replicas;
    int m_started = 0;
    QString m_image;
    QPointer<Engine::ImagePull> m_pull;

    QPlainTextEdit *m_pasteEdit = nullptr;
    QPushButton *m_fillButton = nullptr;
    QLabel *m_pasteError = nullptr;
    QComboBox *m_imageEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_commandEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QCheckBox *m_removeCheck = nullptr;
    QCheckBox *m_readOnlyCheck = nullptr;
    QCheckBox *m_initCheck = nullptr;
    QComboBox *m_restartCombo = nullptr;
    QSpinBox *m_retriesSpin = nullptr;
    QSpinBox *m_replicasSpin = nullptr;
    QTableWidget *m_portsTable = nullptr;
    QLabel *m_portWarning = nullptr;
    QTableWidget *m_mountsTable = nullptr;
    QLineEdit *m_baseFolderEdit = nullptr;
    QLabel *m_mountWarning = nullptr;
    QTableWidget *m_envTable = nullptr;
    QListWidget *m_envFilesList = nullptr;
    QTableWidget *m_labelsTable = nullptr;
    QComboBox *m_networkEdit = nullptr;
    QLineEdit *m_workdirEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_hostnameEdit = nullptr;
    QLineEdit *m_entrypointEdit = nullptr;
    CommandLineBar *m_preview = nullptr;
    QWidget *m_pullBox = nullptr;
    QLabel *m_pullLabel = nullptr;
    QVBoxLayout *m_layersLayout = nullptr;
    QHash<QString, QProgressBar *> m_layerBars;
    QLabel *m_errorLabel = nullptr;
    QCheckBox *m_keepCheck = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_runButton = nullptr;
    QWidget *m_form = nullptr;
};

}  // namespace Hublot::Ui
