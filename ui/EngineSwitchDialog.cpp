// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EngineSwitchDialog.h"

#include "engine/DockerContexts.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/ShellWords.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hublot::Ui {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

}  // namespace

EngineSwitchDialog::EngineSwitchDialog(const QString &current, QProcessEnvironment env, QWidget *parent)
    : QDialog(parent)
    , m_env(std::move(env))
    , m_current(current)
{
    setObjectName(QStringLiteral("engineSwitchDialog"));
    setWindowTitle(tr("Connect to an Engine"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The engines the docker command knows (its contexts), and the one Hublot is "
                                "connected to now. Choose one, or type an address."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("engineList"));
    m_list->setAccessibleName(tr("Docker contexts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Context"), tr("Address"), tr("Description")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *addressLabel = new QLabel(tr("Or an &address (as DOCKER_HOST takes it):"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("engineAddressEdit"));
    m_address->setPlaceholderText(tr("unix:///var/run/docker.sock, tcp://host:2375, ssh://user@host"));
    m_address->setClearButtonEnabled(true);
    addressLabel->setBuddy(m_address);
    layout->addWidget(addressLabel);
    layout->addWidget(m_address);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("engineSwitchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_command = new CommandLineBar(QStringLiteral("engineSwitch"), this);
    layout->addWidget(m_command);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("engineConnectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EngineSwitchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EngineSwitchDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &EngineSwitchDialog::chosenChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &EngineSwitchDialog::accept);
    connect(m_address, &QLineEdit::textChanged, this, &EngineSwitchDialog::chosenChanged);
    fill();
    resize(720, 420);
}

void EngineSwitchDialog::fill()
{
    const Engine::DockerContexts contexts(m_env);
    const Engine::Result<QList<Engine::DockerContexts::Context>> listed = contexts.list();
    if (!listed.ok()) {
        m_error->setText(ErrorMessages::forConnection(listed.error()).reason);
        m_error->show();
        return;
    }
    QTreeWidgetItem *connected = nullptr;
    for (const Engine::DockerContexts::Context &context : listed.value()) {
        QString name = context.name;
        if (context.active)
            name += u' ' + tr("(the docker command's)");
        auto *item = new QTreeWidgetItem(m_list, {name, context.host, context.description});
        item->setData(0, NameRole, context.name);
        const Engine::Result<Engine::EngineEndpoint> endpoint = contexts.endpoint(context.name);
        if (endpoint.ok() && endpoint->address() == m_current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
            item->setToolTip(0, tr("Hublot is connected to this engine now"));
            connected = item;
        }
    }
    m_list->setCurrentItem(connected ? connected : m_list->topLevelItem(0));
    if (!connected && !m_current.isEmpty())
        m_address->setText(m_current);
    chosenChanged();
}

Engine::Result<Engine::EngineEndpoint> EngineSwitchDialog::choice() const
{
    const QString typed = m_address->text().trimmed();
    if (!typed.isEmpty())
        return Engine::EngineEndpoint::parse(typed);
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return Engine::EngineError::make(Engine::EngineError::Kind::InvalidDockerHost,
                                         QStringLiteral("no engine was chosen"));
    return Engine::DockerContexts(m_env).endpoint(item->data(0, NameRole).toString());
}

QString EngineSwitchDialog::command() const
{
    const QString typed = m_address->text().trimmed();
    if (!typed.isEmpty())
        return u"export DOCKER_HOST=" + ShellWords::quote(typed);
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? u"docker context use " + ShellWords::quote(item->data(0, NameRole).toString()) : QString();
}

void EngineSwitchDialog::chosenChanged()
{
    m_error->hide();
    m_command->setCommand(command(), tr("For the docker command:"));
    m_connect->setEnabled(!command().isEmpty());
}

void EngineSwitchDialog::accept()
{
    const Engine::Result<Engine::EngineEndpoint> chosen = choice();
    if (!chosen.ok()) {
        const ErrorMessages::Text text = ErrorMessages::forConnection(chosen.error());
        m_error->setText(text.reason);
        m_error->show();
        return;
    }
    Q_EMIT endpointChosen(chosen.value());
    QDialog::accept();
}

}  // namespace Hublot::Ui
