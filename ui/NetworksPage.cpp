// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NetworksPage.h"

#include "engine/EngineSession.h"
#include "engine/NetworkOperations.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/NetworkTableModel.h"
#include "ui/PageAction.h"
#include "ui/PageFooter.h"
#include "ui/RemovalConfirmation.h"
#include "ui/ResourceListPage.h"
#include "ui/RunCommand.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::NetworkSummary;

namespace { }  // namespace

NetworksPage::NetworksPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NetworkTableModel(session->networks(), session->containers(), this))
    , m_list(nullptr)
    , m_commandBar(new CommandLineBar(QStringLiteral("networks"), this))
    , m_footer(new PageFooter(QStringLiteral("networks"), m_commandBar, this))
    , m_menu(new QMenu(tr("Net&work"), this))
{
    m_list = new ResourceListPage(QStringLiteral("networks"), m_model, new QSortFilterProxyModel(this),
                                  {tr("Networks"), tr("Search networks"), tr("No networks."), tr("No network matches."),
                                   [](int n) {
                                       return tr("%n network(s)", nullptr, n);
                                   }},
                                  this);
    m_list->setObjectName(QStringLiteral("networksListPage"));
    setObjectName(QStringLiteral("networksPage"));
    // Name, driver, scope, subnet, gateway, containers.
    m_list->setColumnStretch({22, 10, 8, 18, 16, 26});

    const QList<std::pair<Action, PageActionSpec>> specs {
        {Action::Create,
         {tr("&Create…"), tr("Create…"), QStringLiteral("createNetworkAction"), QKeySequence(QKeySequence::New),
          Theme::actionIcon(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileDialogNewFolder),
          tr("Make a new network containers can join (docker network create)")}},
        {Action::Connect,
         {tr("C&onnect Container…"), tr("Connect…"), QStringLiteral("connectNetworkAction"),
          QKeySequence(tr("Ctrl+Shift+C")), Theme::actionIcon(QIcon::ThemeIcon::ListAdd, QStyle::SP_ArrowRight),
          tr("Attach a container to the chosen network (docker network connect)")}},
        {Action::Disconnect,
         {tr("&Disconnect Container…"), tr("Disconnect…"), QStringLiteral("disconnectNetworkAction"),
          QKeySequence(tr("Ctrl+Shift+D")), Theme::actionIcon(QIcon::ThemeIcon::ListRemove, QStyle::SP_ArrowLeft),
          tr("Detach a container from the chosen network (docker network disconnect)")}},
        {Action::Remove,
         {tr("Re&move…"), tr("Remove…"), QStringLiteral("removeNetworksAction"), QKeySequence(QKeySequence::Delete),
          Theme::actionIcon(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon),
          tr("Remove the chosen networks (docker network rm)")}},
    };
    for (const auto &[which, spec] : specs)
        m_actions.insert(which, addPageAction(this, spec));
    connect(m_actions[Action::Create], &QAction::triggered, this, &NetworksPage::createNetwork);
    connect(m_actions[Action::Remove], &QAction::triggered, this, &NetworksPage::removeSelected);
    connect(m_actions[Action::Connect], &QAction::triggered, this, &NetworksPage::connectContainer);
    connect(m_actions[Action::Disconnect], &QAction::triggered, this, &NetworksPage::disconnectContainer);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("networksToolBar"));
    toolBar->setAccessibleName(tr("Network actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_menu->setObjectName(QStringLiteral("networkMenu"));
    for (Action which : {Action::Create, Action::Connect, Action::Disconnect, Action::Remove}) {
        if (which == Action::Remove) {
            toolBar->addSeparator();
            m_menu->addSeparator();
        }
        toolBar->addAction(m_actions[which]);
        m_menu->addAction(m_actions[which]);
    }

    QTableView *view = m_list->table();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { m_menu->popup(view->viewport()->mapToGlobal(pos)); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NetworksPage::updateActions);
    connect(session->containers(), &Engine::StoreSignals::changed, this, &NetworksPage::updateActions);

    m_commandBar->setCommand(QStringLiteral("docker network ls"));

    m_list->heading()->addWidget(toolBar);
    PageFooter::layOut(this, m_list, m_footer);
    PageFooter::showMenuWithPage(m_menu, this);

    updateActions();
}

QTableView *NetworksPage::table() const
{
    return m_list->table();
}

QList<NetworkSummary> NetworksPage::selectedNetworks() const
{
    QList<NetworkSummary> chosen;
    for (const int row : m_list->selectedSourceRows()) {
        if (const NetworkSummary *network = m_model->itemAt(row))
            chosen.append(*network);
    }
    return chosen;
}

void NetworksPage::updateActions()
{
    const QList<NetworkSummary> chosen = selectedNetworks();
    const bool one = chosen.size() == 1;
    m_actions[Action::Remove]->setEnabled(!chosen.isEmpty());
    // host and none take no extra containers.
    const bool joinable = one && chosen.first().name != u"host" && chosen.first().name != u"none";
    m_actions[Action::Connect]->setEnabled(joinable);
    m_actions[Action::Disconnect]->setEnabled(one && !m_model->containersOn(chosen.first().name).isEmpty());
}

void NetworksPage::showMessage(const QString &text, bool error)
{
    m_footer->showMessage(text, error);
}

void NetworksPage::createNetwork()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("createNetworkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create Network"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("networkNameField"));
    name->setAccessibleName(tr("Network name"));
    auto *subnet = new QLineEdit(dialog);
    subnet->setObjectName(QStringLiteral("networkSubnetField"));
    subnet->setAccessibleName(tr("Subnet"));
    subnet->setPlaceholderText(tr("empty: the engine picks one, e.g. 172.30.0.0/16"));
    auto *gateway = new QLineEdit(dialog);
    gateway->setObjectName(QStringLiteral("networkGatewayField"));
    gateway->setAccessibleName(tr("Gateway"));
    gateway->setPlaceholderText(tr("empty: the first address of the subnet"));
    auto *internal = new QCheckBox(tr("&Internal: no route out of the network"), dialog);
    internal->setObjectName(QStringLiteral("networkInternalCheckBox"));
    auto *command = new QLabel(dialog);
    command->setObjectName(QStringLiteral("createNetworkCommandLabel"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command->setWordWrap(true);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("createNetworkProblemLabel"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);

    const QStringList labels = m_labels;
    auto commandLine = [=]() -> QString {
        QString line = QStringLiteral("docker network create");
        for (const QString &label : labels)
            line += u" --label " + Format::shellWord(label);
        if (internal->isChecked())
            line += QStringLiteral(" --internal");
        if (!subnet->text().trimmed().isEmpty())
            line += u" --subnet " + Format::shellWord(subnet->text().trimmed());
        if (!gateway->text().trimmed().isEmpty())
            line += u" --gateway " + Format::shellWord(gateway->text().trimmed());
        return line + u' '
            + (name->text().trimmed().isEmpty() ? tr("NAME") : Format::shellWord(name->text().trimmed()));
    };
    // Says what is wrong with the form, or nothing.
    auto check = [=]() -> QString {
        const QString n = name->text().trimmed();
        if (n.isEmpty())
            return tr("Give the network a name.");
        if (!RunCommand::isValidObjectName(n))
            return tr("A network name starts with a letter or digit, then letters, digits and _ . - only.");
        const QString s = subnet->text().trimmed();
        if (!s.isEmpty() && QHostAddress::parseSubnet(s).second < 0)
            return tr("The subnet is an address and a prefix length, for example 172.30.0.0/16.");
        const QString g = gateway->text().trimmed();
        if (!g.isEmpty()) {
            if (QHostAddress(g).isNull())
                return tr("The gateway is one address, for example 172.30.0.1.");
            if (s.isEmpty())
                return tr("A gateway needs a subnet to belong to.");
            if (!QHostAddress(g).isInSubnet(QHostAddress::parseSubnet(s)))
                return tr("The gateway %1 is not inside the subnet %2.").arg(g, s);
        }
        return {};
    };
    auto refresh = [=] {
        command->setText(u"$ " + commandLine());
        const QString why = check();
        problem->setText(why);
        create->setEnabled(why.isEmpty());
    };
    for (QLineEdit *field : {name, subnet, gateway})
        connect(field, &QLineEdit::textChanged, dialog, refresh);
    connect(internal, &QCheckBox::toggled, dialog, refresh);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (!check().isEmpty())
            return;
        Engine::NetworkOperations::CreateRequest request;
        request.name = name->text().trimmed();
        request.subnet = subnet->text().trimmed();
        request.gateway = gateway->text().trimmed();
        request.internal = internal->isChecked();
        request.labels = Engine::labelsFromArguments(labels);
        m_commandBar->setCommand(commandLine());
        dialog->accept();
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        const QString networkName = request.name;
        Engine::NetworkOperations(client).create(request).then(
            this, [this, networkName](const Engine::Result<QString> &result) {
                if (result.ok())
                    showMessage(tr("Created the network %1.").arg(networkName), false);
                else
                    showMessage(
                        ErrorMessages::forResourceOperation(result.error(), tr("the network %1").arg(networkName)),
                        true);
            });
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Subnet:"), subnet);
    form->addRow(tr("&Gateway:"), gateway);
    form->addRow(QString(), internal);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(command);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->resize(520, dialog->sizeHint().height());
    refresh();
    dialog->open();
}

void NetworksPage::removeSelected()
{
    const QList<NetworkSummary> chosen = selectedNetworks();
    if (chosen.isEmpty())
        return;
    QStringList builtIn;
    QStringList names;
    for (const NetworkSummary &network : chosen) {
        if (NetworkTableModel::isBuiltIn(network.name))
            builtIn.append(network.name);
        else
            names.append(network.name);
    }
    if (!builtIn.isEmpty()) {
        showMessage(tr("Not removed: %1. The engine makes the networks bridge, host and none itself, and "
                       "containers need them.")
                        .arg(QLocale().createSeparatedList(builtIn)),
                    true);
        if (names.isEmpty())
            return;
    }
    QStringList words;
    QStringList attached;
    for (const QString &name : std::as_const(names)) {
        words.append(Format::shellWord(name));
        attached += m_model->containersOn(name);
    }
    const QString command = u"docker network rm " + words.join(u' ');
    const int n = int(names.size());
    RemovalConfirmation::Texts texts;
    texts.objectName = QStringLiteral("confirmRemoveNetworksDialog");
    texts.title = tr("Remove Networks");
    texts.question
        = n == 1 ? tr("Remove the network %1?").arg(names.first()) : tr("Remove these %n networks?", nullptr, n);
    texts.consequence = attached.isEmpty()
        ? tr("Containers will no longer be able to join it; no data is lost.")
        : tr("The engine refuses while containers are attached: %1. Disconnect them first.")
              .arg(QLocale().createSeparatedList(attached));
    texts.command = command;
    texts.button = tr("Remove");
    RemovalConfirmation::ask(this, texts, names, [this, names, command] {
        m_commandBar->setCommand(command);
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        struct Batch
        {
            int pending = 0;
            QStringList done;
            QStringList failures;
        };
        auto batch = std::make_shared<Batch>();
        batch->pending = int(names.size());
        for (const QString &name : names) {
            Engine::NetworkOperations(client).remove(name).then(
                this, [this, batch, name](const Engine::Result<Engine::Done> &result) {
                    if (result.ok())
                        batch->done.append(name);
                    else
                        batch->failures.append(
                            ErrorMessages::forResourceOperation(result.error(), tr("the network %1").arg(name)));
                    if (--batch->pending > 0)
                        return;
                    if (!batch->failures.isEmpty())
                        showMessage(batch->failures.join(u' '), true);
                    else
                        showMessage(tr("Removed %1.").arg(QLocale().createSeparatedList(batch->done)), false);
                });
        }
    });
}

void NetworksPage::connectContainer()
{
    const QList<NetworkSummary> chosen = selectedNetworks();
    if (chosen.size() != 1)
        return;
    const QString network = chosen.first().name;
    const QStringList attached = m_model->containersOn(network);
    QStringList candidates;
    const Engine::ContainerStore *containers = m_session->containers();
    for (const QString &key : containers->keys()) {
        const Engine::ContainerSummary *container = containers->find(key);
        if (container && !attached.contains(container->name))
            candidates.append(container->name);
    }
    candidates.sort();
    if (candidates.isEmpty()) {
        showMessage(tr("Every container is already on %1.").arg(network), false);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("connectContainerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect a Container"));
    dialog->setLabelText(tr("Container to attach to %1:").arg(network));
    dialog->setComboBoxItems(candidates);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, network](const QString &container) {
        m_commandBar->setCommand(u"docker network connect " + Format::shellWord(network) + u' '
                                 + Format::shellWord(container));
        Engine::EngineClient *client = m_session->client();
        if (!client)
            return;
        Engine::NetworkOperations(client)
            .connect(network, container)
            .then(this, [this, network, container](const Engine::Result<Engine::Done> &result) {
                if (result.ok())
                    showMessage(tr("Connected %1 to %2.").arg(container, network), false);
                else
                    showMessage(
                        ErrorMessages::forResourceOperation(result.error(), tr("the container %1").arg(container)),
                        true);
            });
    });
    dialog->open();
}

void NetworksPage::disconnectContainer()
{
    const QList<NetworkSummary> chosen = selectedNetworks();
    if (chosen.size() != 1)
        return;
    const QString network = chosen.first().name;
    const QStringList attached = m_model->containersOn(network);
    if (attached.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("disconnectContainerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Disconnect a Container"));
    dialog->setLabelText(tr("Container to detach from %1:").arg(network));
    dialog->setComboBoxItems(attached);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, network](const QString &container) {
        m_commandBar->setCommand(u"docker network disconnect " + Format::shellWord(network) + u' '
                                 + Format::shellWord(container));
        Engine::EngineClient *client = m_session->client();
        if (!client)
            return;
        Engine::NetworkOperations(client)
            .disconnect(network, container)
            .then(this, [this, network, container](const Engine::Result<Engine::Done> &result) {
                if (result.ok())
                    showMessage(tr("Disconnected %1 from %2.").arg(container, network), false);
                else
                    showMessage(
                        ErrorMessages::forResourceOperation(result.error(), tr("the container %1").arg(container)),
                        true);
            });
    });
    dialog->open();
}

}  // namespace Hublot::Ui
