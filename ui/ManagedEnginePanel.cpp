// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ManagedEnginePanel.h"

#include "engine/VirtualMachineEngine.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/ShellWords.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QThread>
#include <QUrl>

namespace Hublot::Ui {

using Engine::ManagedEngine;
using Engine::VirtualMachineEngine;

namespace {

QString stateColour(ManagedEngine::State state)
{
    switch (state) {
    case ManagedEngine::State::Running: return QStringLiteral("#27ae60");
    case ManagedEngine::State::Starting:
    case ManagedEngine::State::Stopping: return QStringLiteral("#e67e22");
    case ManagedEngine::State::Failed: return QStringLiteral("#c0392b");
    case ManagedEngine::State::Stopped: break;
    }
    return QStringLiteral("#95a5a6");
}

}  // namespace

ManagedEnginePanel::ManagedEnginePanel(ManagedEngine *engine, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_engine(engine)
    , m_vm(qobject_cast<VirtualMachineEngine *>(engine))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_command(new CommandLineBar(name, this))
    , m_dockerCommand(new CommandLineBar(name + u"Docker", this))
    , m_startWithHublot(new QCheckBox(tr("Start it &with Hublot"), this))
    , m_showLog(new QPushButton(tr("Show the &Log"), this))
{
    setObjectName(name + u"Panel");
    setFrameShape(QFrame::StyledPanel);

    auto *title = new QLabel(m_vm ? tr("An engine in a virtual machine") : tr("An engine on this computer"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    auto *about = new QLabel(
        m_vm ? tr("Hublot boots a small Linux virtual machine with Docker inside (QEMU), as Docker Desktop does on "
                  "macOS and Windows. It needs no administrator rights; images, containers and volumes stay on its "
                  "disk from one start to the next.")
             : tr("Hublot runs Docker's engine (dockerd) on this computer, with its own socket and data folder, and "
                  "stops it when asked or when Hublot quits. It needs administrator rights."),
        this);
    about->setWordWrap(true);
    m_status->setObjectName(name + u"StatusLabel");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(name + u"StartButton");
    m_stop->setObjectName(name + u"StopButton");
    m_start->setAccessibleName(m_vm ? tr("Start the engine in a virtual machine")
                                    : tr("Start an engine on this computer"));
    m_stop->setAccessibleName(m_vm ? tr("Stop the engine in the virtual machine")
                                   : tr("Stop the engine on this computer"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        applyVmSettings(true);
        m_forwardProblem.clear();
        m_engine->start();
    });
    connect(m_stop, &QPushButton::clicked, m_engine, &ManagedEngine::stop);

    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->addWidget(title, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    grid->addLayout(buttons, 0, 1, Qt::AlignRight);
    grid->addWidget(about, 1, 0, 1, 2);
    grid->addWidget(m_status, 2, 0, 1, 2);
    int row = 3;
    if (m_vm) {
        // Processors and memory, kept for the next start.
        QSettings settings;
        m_cpus = new QSpinBox(this);
        m_cpus->setObjectName(name + u"CpusSpinBox");
        m_cpus->setRange(1, qMax(1, QThread::idealThreadCount()));
        m_cpus->setValue(settings.value(QStringLiteral("engines/vm/cpus"), m_vm->settings().cpus).toInt());
        m_cpus->setAccessibleName(tr("Processors of the virtual machine"));
        m_memory = new QSpinBox(this);
        m_memory->setObjectName(name + u"MemorySpinBox");
        m_memory->setRange(512, 65'536);
        m_memory->setSingleStep(512);
        m_memory->setSuffix(tr(" MiB"));
        m_memory->setValue(settings.value(QStringLiteral("engines/vm/memoryMiB"), m_vm->settings().memoryMiB).toInt());
        m_memory->setAccessibleName(tr("Memory of the virtual machine"));
        auto *sizes = new QHBoxLayout;
        auto *cpusLabel = new QLabel(tr("&Processors:"), this);
        cpusLabel->setBuddy(m_cpus);
        auto *memoryLabel = new QLabel(tr("&Memory:"), this);
        memoryLabel->setBuddy(m_memory);
        auto *disk = new QLabel(tr("Data disk: %1").arg(m_vm->settings().disk) + u'\n'
                                    + tr("Shared with the virtual machine, at the same paths: %1")
                                          .arg(m_vm->sharedFolders().join(QStringLiteral(", "))),
                                this);
        disk->setObjectName(name + u"DiskLabel");
        disk->setTextInteractionFlags(Qt::TextSelectableByMouse);
        disk->setForegroundRole(QPalette::PlaceholderText);
        sizes->addWidget(cpusLabel);
        sizes->addWidget(m_cpus);
        sizes->addSpacing(12);
        sizes->addWidget(memoryLabel);
        sizes->addWidget(m_memory);
        sizes->addSpacing(12);
        sizes->addWidget(disk, 1);
        grid->addLayout(sizes, row++, 0, 1, 2);
        applyVmSettings(false);
        for (QSpinBox *box : {m_cpus, m_memory})
            connect(box, &QSpinBox::valueChanged, this, [this] { applyVmSettings(true); });
        connect(m_vm, &VirtualMachineEngine::forwardedPortsChanged, this, &ManagedEnginePanel::update);
        connect(m_vm, &VirtualMachineEngine::portForwardFailed, this,
                [this](const QString &port, const QString &reason) {
                    m_forwardProblem = tr("Port %1 of the virtual machine could not be forwarded to this computer "
                                          "(another program may hold it here): %2")
                                           .arg(portText(port), reason);
                    update();
                });
    }
    // Kept for the next session: Docker Desktop starts its engine with it.
    m_startWithHublot->setObjectName(name + u"StartWithHublotCheckBox");
    connect(m_startWithHublot, &QCheckBox::toggled, this,
            [this](bool checked) { QSettings().setValue(startWithHublotKey(m_engine), checked); });
    m_showLog->setObjectName(name + u"ShowLogButton");
    m_showLog->setToolTip(m_vm ? tr("The virtual machine's console: its kernel's, its init's and its engine's messages")
                               : tr("dockerd's messages"));
    connect(m_showLog, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(shownLogPath())); });
    auto *options = new QHBoxLayout;
    options->addWidget(m_startWithHublot, 1);
    options->addWidget(m_showLog);
    grid->addLayout(options, row++, 0, 1, 2);
    grid->addWidget(m_command, row++, 0, 1, 2);
    // While it runs: how the docker command reaches the same engine.
    grid->addWidget(m_dockerCommand, row, 0, 1, 2);

    connect(m_engine, &ManagedEngine::stateChanged, this, &ManagedEnginePanel::update);
    connect(m_engine, &ManagedEngine::stageChanged, this, &ManagedEnginePanel::update);
    update();
}

void ManagedEnginePanel::applyVmSettings(bool store)
{
    if (!m_vm || !m_engine->canStart())
        return;
    VirtualMachineEngine::Settings settings = m_vm->settings();
    settings.cpus = m_cpus->value();
    settings.memoryMiB = m_memory->value();
    m_vm->setSettings(settings);
    if (store) {
        QSettings stored;
        stored.setValue(QStringLiteral("engines/vm/cpus"), settings.cpus);
        stored.setValue(QStringLiteral("engines/vm/memoryMiB"), settings.memoryMiB);
    }
    update();
}

QString ManagedEnginePanel::startWithHublotKey(const ManagedEngine *engine)
{
    return u"engines/" + engine->objectName() + u"/startWithHublot";
}

QString ManagedEnginePanel::shownLogPath() const
{
    return m_vm ? m_vm->consoleLogPath() : m_engine->logPath();
}

QString ManagedEnginePanel::portText(const QString &port)
{
    // "tcp:8080" -> "8080/tcp", as docker ps writes it.
    return port.section(u':', 1) + u'/' + port.section(u':', 0, 0);
}

QString ManagedEnginePanel::statusText() const
{
    switch (m_engine->state()) {
    case ManagedEngine::State::Stopped: return tr("Stopped.");
    case ManagedEngine::State::Stopping: return tr("Stopping: its containers get their stop signal first…");
    case ManagedEngine::State::Running: {
        QString text = tr("Running: the engine answers at %1.").arg(m_engine->endpoint().address());
        if (m_vm) {
            QStringList ports;
            for (const QString &port : m_vm->forwardedPorts())
                ports << portText(port);
            text += u' '
                + (ports.isEmpty() ? tr("Ports its containers publish will answer on 127.0.0.1 here.")
                                   : tr("Its containers' ports answer here on 127.0.0.1: %1.")
                                         .arg(ports.join(QStringLiteral(", "))));
            if (!m_forwardProblem.isEmpty())
                text += u'\n' + m_forwardProblem;
        }
        return text;
    }
    case ManagedEngine::State::Failed: return ErrorMessages::forManagedEngine(m_engine->failure(), m_vm != nullptr);
    case ManagedEngine::State::Starting: break;
    }
    switch (m_engine->stage()) {
    case ManagedEngine::Stage::Preparing: return tr("Preparing…");
    case ManagedEngine::Stage::Booting:
        if (m_vm->usesHardwareAcceleration())
            return tr("Booting the virtual machine…");
        if (m_vm->hardwareAccelerationFailed())
            return tr("Booting the virtual machine again, with an emulated processor: hardware virtualisation (KVM) "
                      "opened but failed here, as it can inside another virtual machine. This takes a minute or "
                      "more…");
        return tr("Booting the virtual machine, with an emulated processor (no hardware virtualisation here): "
                  "this takes a minute or more…");
    case ManagedEngine::Stage::StartingEngine: return tr("Starting the Docker engine in the virtual machine…");
    case ManagedEngine::Stage::WaitingForAnswer: return tr("Waiting for the engine's first answer…");
    }
    return {};
}

QString ManagedEnginePanel::commandText(const QStringList &command)
{
    QString text;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QString &word = command.at(i);
        if (i > 0)
            text += u' ';
        text += ShellWords::quote(word);
    }
    return text;
}

void ManagedEnginePanel::update()
{
    const ManagedEngine::State state = m_engine->state();
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
            .arg(stateColour(state), statusText().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_start->setEnabled(m_engine->canStart());
    m_stop->setEnabled(state == ManagedEngine::State::Starting || state == ManagedEngine::State::Running);
    if (m_cpus) {
        // Both pages have a panel: each shows the settings of the engine.
        const QSignalBlocker cpusBlocker(m_cpus);
        const QSignalBlocker memoryBlocker(m_memory);
        m_cpus->setValue(m_vm->settings().cpus);
        m_memory->setValue(m_vm->settings().memoryMiB);
        m_cpus->setEnabled(m_engine->canStart());
        m_memory->setEnabled(m_engine->canStart());
    }
    {
        const QSignalBlocker blocker(m_startWithHublot);
        m_startWithHublot->setChecked(QSettings().value(startWithHublotKey(m_engine), false).toBool());
    }
    // While it runs the log is being written, even before the file shows.
    m_showLog->setEnabled(!m_engine->canStart() || QFileInfo::exists(shownLogPath()));
    m_command->setCommand(commandText(m_engine->command()), tr("Hublot runs:"));
    const bool running = state == ManagedEngine::State::Running;
    m_dockerCommand->setVisible(running);
    if (running) {
        const Engine::EngineEndpoint endpoint = m_engine->endpoint();
        QString command = u"export DOCKER_HOST=" + ShellWords::quote(endpoint.address());
        if (endpoint.tls.enabled) {
            command += u" DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH="
                + ShellWords::quote(QFileInfo(endpoint.tls.caFile).absolutePath());
        }
        m_dockerCommand->setCommand(command, tr("For the docker command:"));
    }
}

}  // namespace Hublot::Ui
