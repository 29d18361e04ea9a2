// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EnginePage.h"

#include "engine/EngineSession.h"
#include "engine/SystemOperations.h"
#include "ui/DiskUsagePanel.h"
#include "ui/Format.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSysInfo>
#include <QTimer>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::EngineSession;

namespace {

// This machine, named the way the engine names its own ("linux/amd64").
QString clientPlatform()
{
    QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == u"x86_64")
        arch = QStringLiteral("amd64");
    else if (arch == u"i386")
        arch = QStringLiteral("386");
    return QSysInfo::kernelType() + u'/' + arch;
}

}  // namespace

EnginePage::EnginePage(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("enginePage"));
    m_heading->setObjectName(QStringLiteral("engineTitleLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    auto *client = new QGroupBox(tr("Client"), this);
    auto *clientForm = new QFormLayout(client);
    addField(clientForm, QStringLiteral("clientVersion"), tr("Hublot version"));
    addField(clientForm, QStringLiteral("clientApiVersion"), tr("API version in use"));
    addField(clientForm, QStringLiteral("clientOsArch"), tr("OS/Arch"));
    addField(clientForm, QStringLiteral("clientAddress"), tr("Engine address"));

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    addField(serverForm, QStringLiteral("serverPlatform"), tr("Platform"));
    addField(serverForm, QStringLiteral("serverVersion"), tr("Engine version"));
    addField(serverForm, QStringLiteral("serverApiVersion"), tr("API version"));
    addField(serverForm, QStringLiteral("serverGoVersion"), tr("Go version"));
    addField(serverForm, QStringLiteral("serverGitCommit"), tr("Git commit"));
    addField(serverForm, QStringLiteral("serverBuilt"), tr("Built"));
    addField(serverForm, QStringLiteral("serverOsArch"), tr("OS/Arch"));
    addField(serverForm, QStringLiteral("serverKernel"), tr("Kernel version"));

    auto *components = new QGroupBox(tr("Components"), this);
    auto *componentsForm = new QFormLayout(components);
    addField(componentsForm, QStringLiteral("containerdVersion"), tr("containerd"));
    addField(componentsForm, QStringLiteral("runcVersion"), tr("runc"));
    addField(componentsForm, QStringLiteral("dockerInitVersion"), tr("docker-init"));

    // `docker info`: the host the engine runs on and what it holds.
    auto *host = new QGroupBox(tr("Host"), this);
    auto *hostForm = new QFormLayout(host);
    addField(hostForm, QStringLiteral("hostName"), tr("Name"));
    addField(hostForm, QStringLiteral("hostOs"), tr("Operating system"));
    addField(hostForm, QStringLiteral("hostResources"), tr("CPUs and memory"));
    addField(hostForm, QStringLiteral("hostContainers"), tr("Containers"));
    addField(hostForm, QStringLiteral("hostImages"), tr("Images"));
    addField(hostForm, QStringLiteral("hostStorageDriver"), tr("Storage driver"));
    addField(hostForm, QStringLiteral("hostRootDir"), tr("Docker root folder"));
    addField(hostForm, QStringLiteral("hostCgroup"), tr("Cgroups"));
    addField(hostForm, QStringLiteral("hostRuntimes"), tr("Runtimes"));
    addField(hostForm, QStringLiteral("hostSecurity"), tr("Security options"));
    addField(hostForm, QStringLiteral("hostSwarm"), tr("Swarm"));
    m_warnings = new QLabel(host);
    m_warnings->setObjectName(QStringLiteral("hostWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    hostForm->addRow(m_warnings);

    auto *disk = new QGroupBox(tr("Disk usage"), this);
    auto *diskLayout = new QVBoxLayout(disk);
    m_diskUsage = new DiskUsagePanel(session, disk);
    diskLayout->addWidget(m_diskUsage);

    // The forms of the left column share one label column, so their values
    // line up.
    int labelWidth = 0;
    for (QFormLayout *form : {clientForm, serverForm, componentsForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *form : {clientForm, serverForm, componentsForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                item->widget()->setMinimumWidth(labelWidth);
        }
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_layout = layout;
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    auto *explanation = new QLabel(
        tr("Hublot is the client: it talks to the Docker engine (the daemon), which runs the containers."), content);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);
    // Two columns: the client and the engine's software on the left, the
    // host and what it holds on the right; disk usage across both.
    auto *columns = new QGridLayout;
    columns->setSpacing(12);
    auto *left = new QVBoxLayout;
    left->addWidget(client);
    left->addWidget(server);
    left->addWidget(components);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(host);
    right->addStretch();
    columns->addLayout(left, 0, 0);
    columns->addLayout(right, 0, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    layout->addLayout(columns);
    layout->addWidget(disk);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // `docker info` counts containers and images: ask again after events
    // that change them, at most once a second.
    m_infoTimer = new QTimer(this);
    m_infoTimer->setSingleShot(true);
    m_infoTimer->setInterval(1'000);
    connect(m_infoTimer, &QTimer::timeout, this, &EnginePage::refreshInfo);
    connect(session, &EngineSession::eventReceived, this, [this](const Engine::DockerEvent &event) {
        if ((event.type == u"container" || event.type == u"image") && !m_infoTimer->isActive())
            m_infoTimer->start();
    });
    connect(session, &EngineSession::stateChanged, this, &EnginePage::refresh);
    connect(session, &EngineSession::stateChanged, this, &EnginePage::refreshInfo);
    refresh();
    refreshInfo();
}

void EnginePage::addSection(const QString &title, QWidget *widget)
{
    auto *box = new QGroupBox(title, this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(widget);
    // Before the stretch that ends the page.
    m_layout->insertWidget(m_layout->count() - 1, box);
}

QLabel *EnginePage::addField(QFormLayout *form, const QString &field, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(field + u"Value");
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    form->addRow(label, value);
    form->setHorizontalSpacing(24);
    form->setLabelAlignment(Qt::AlignLeft);
    m_values.insert(field, value);
    return value;
}

void EnginePage::refresh()
{
    const Engine::EngineVersion &v = m_session->version();
    const bool connected = m_session->state() == EngineSession::State::Connected;
    m_heading->setText(connected ? tr("Docker Engine %1").arg(v.version) : tr("Docker Engine"));

    auto set = [this](const char *field, const QString &text) {
        m_values.value(QString::fromLatin1(field))->setText(text.isEmpty() ? tr("unknown") : text);
    };
    auto component = [&v](const QString &name) {
        const Engine::EngineVersion::Component c = v.component(name);
        if (c.version.isEmpty())
            return QString();
        return c.gitCommit.isEmpty() ? c.version : tr("%1 (commit %2)").arg(c.version, c.gitCommit.left(12));
    };
    set("clientVersion", QStringLiteral(HUBLOT_VERSION));
    set("clientApiVersion", m_session->apiVersion());
    set("clientOsArch", clientPlatform());
    set("clientAddress", m_session->address());
    set("serverPlatform", v.platformName);
    set("serverVersion", v.version);
    set("serverApiVersion",
        v.minApiVersion.isEmpty() ? v.apiVersion : tr("%1 (oldest accepted: %2)").arg(v.apiVersion, v.minApiVersion));
    set("serverGoVersion", v.goVersion);
    set("serverGitCommit", v.gitCommit);
    set("serverBuilt", v.buildTime);
    set("serverOsArch", v.os.isEmpty() ? QString() : v.os + u'/' + v.arch);
    set("serverKernel", v.kernelVersion);
    set("containerdVersion", component(QStringLiteral("containerd")));
    set("runcVersion", component(QStringLiteral("runc")));
    set("dockerInitVersion", component(QStringLiteral("docker-init")));
}

void EnginePage::refreshInfo()
{
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != EngineSession::State::Connected)
        return;
    const quint64 request = ++m_infoRequest;
    Engine::SystemOperations(client).info().then(this, [this, request](const Engine::Result<Engine::EngineInfo> &info) {
        if (request == m_infoRequest && info)
            showInfo(info.value());
    });
}

void EnginePage::showInfo(const Engine::EngineInfo &info)
{
    m_info = info;
    auto set = [this](const char *field, const QString &text) {
        m_values.value(QString::fromLatin1(field))->setText(text.isEmpty() ? tr("unknown") : text);
    };
    set("hostName", info.name);
    set("hostOs",
        info.operatingSystem.isEmpty() ? QString() : tr("%1 (%2)").arg(info.operatingSystem, info.architecture));
    set("hostResources", tr("%n CPU(s), %1 of memory", nullptr, info.cpus).arg(Format::size(info.memoryBytes)));
    set("hostContainers",
        tr("%1 in all: %2 running, %3 paused, %4 stopped")
            .arg(info.containers)
            .arg(info.containersRunning)
            .arg(info.containersPaused)
            .arg(info.containersStopped));
    set("hostImages", QString::number(info.images));
    set("hostStorageDriver", info.storageDriver);
    set("hostRootDir", info.dockerRootDir);
    set("hostCgroup",
        info.cgroupDriver.isEmpty() ? QString()
                                    : tr("%1 driver, version %2").arg(info.cgroupDriver, info.cgroupVersion));
    QStringList runtimes = info.runtimes.keys();
    for (QString &runtime : runtimes) {
        if (runtime == info.defaultRuntime)
            runtime = tr("%1 (default)").arg(runtime);
    }
    set("hostRuntimes", runtimes.join(QStringLiteral(", ")));
    QStringList security;
    for (const QString &option : info.securityOptions)
        security << option.section(u',', 0, 0).section(u'=', 1);
    set("hostSecurity", security.join(QStringLiteral(", ")));
    set("hostSwarm", info.swarmState);
    m_warnings->setText(info.warnings.join(u'\n'));
    m_warnings->setVisible(!info.warnings.isEmpty());
    Q_EMIT infoShown();
}

}  // namespace Hublot::Ui
