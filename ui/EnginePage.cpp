// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EnginePage.h"

#include "engine/EngineSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSysInfo>
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

    // The three forms share one label column, so their values line up.
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
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    auto *explanation = new QLabel(
        tr("Hublot is the client: it talks to the Docker engine (the daemon), which runs the containers."), content);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);
    layout->addWidget(client);
    layout->addWidget(server);
    layout->addWidget(components);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(session, &EngineSession::stateChanged, this, &EnginePage::refresh);
    refresh();
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

}  // namespace Hublot::Ui
