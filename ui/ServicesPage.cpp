// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServicesPage.h"

#include "engine/EngineSession.h"
#include "engine/ServiceOperations.h"
#include "engine/SystemOperations.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/ImageTableModel.h"
#include "ui/PageAction.h"
#include "ui/PageFooter.h"
#include "ui/RemovalConfirmation.h"
#include "ui/ResourceListPage.h"
#include "ui/RunCommand.h"
#include "ui/ServiceTableModel.h"
#include "ui/ShellWords.h"
#include "ui/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::ServiceSummary;

ServicesPage::ServicesPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ServiceTableModel(session->services(), this))
    , m_list(nullptr)
    , m_commandBar(new CommandLineBar(QStringLiteral("services"), this))
    , m_footer(new PageFooter(QStringLiteral("services"), m_commandBar, this))
    , m_menu(new QMenu(tr("&Service"), this))
    , m_outsideSwarm(new QFrame(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSortRole(SortRole);
    m_list = new ResourceListPage(QStringLiteral("services"), m_model, proxy,
                                  {tr("Services"), tr("Search services"), tr("No services."), tr("No service matches."),
                                   [](int n) {
                                       return tr("%n service(s)", nullptr, n);
                                   }},
                                  this);
    m_list->setObjectName(QStringLiteral("servicesListPage"));
    setObjectName(QStringLiteral("servicesPage"));
    // Name, image, mode, replicas, ports.
    m_list->setColumnStretch({26, 30, 12, 10, 22});

    const QList<std::pair<Action, PageActionSpec>> specs {
        {Action::Create,
         {tr("&New Service…"), tr("New…"), QStringLiteral("createServiceAction"), QKeySequence(QKeySequence::New),
          Theme::actionIcon(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileDialogNewFolder),
          tr("Run an image as a service of several containers (docker service create)")}},
        {Action::Scale,
         {tr("&Scale…"), tr("Scale…"), QStringLiteral("scaleServiceAction"), QKeySequence(tr("Ctrl+Shift+S")),
          Theme::actionIcon(QIcon::ThemeIcon::ListAdd, QStyle::SP_ArrowUp),
          tr("Change how many containers the chosen service runs (docker service scale)")}},
        {Action::Remove,
         {tr("Re&move…"), tr("Remove…"), QStringLiteral("removeServicesAction"), QKeySequence(QKeySequence::Delete),
          Theme::actionIcon(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon),
          tr("Remove the chosen services and their containers (docker service rm)")}},
        {Action::InitSwarm,
         {tr("&Turn On Swarm Mode…"), tr("Turn On Swarm Mode…"), QStringLiteral("initSwarmAction"), QKeySequence(),
          Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay),
          tr("Make this engine a swarm of one machine, to run services (docker swarm init)")}},
    };
    for (const auto &[which, spec] : specs)
        m_actions.insert(which, addPageAction(this, spec));
    connect(m_actions[Action::Create], &QAction::triggered, this, &ServicesPage::createService);
    connect(m_actions[Action::Scale], &QAction::triggered, this, &ServicesPage::scaleSelected);
    connect(m_actions[Action::Remove], &QAction::triggered, this, &ServicesPage::removeSelected);
    connect(m_actions[Action::InitSwarm], &QAction::triggered, this, &ServicesPage::initSwarm);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("servicesToolBar"));
    toolBar->setAccessibleName(tr("Service actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_menu->setObjectName(QStringLiteral("serviceMenu"));
    for (Action which : {Action::Create, Action::Scale, Action::Remove}) {
        if (which == Action::Remove) {
            toolBar->addSeparator();
            m_menu->addSeparator();
        }
        toolBar->addAction(m_actions[which]);
        m_menu->addAction(m_actions[which]);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_actions[Action::InitSwarm]);
    m_list->heading()->addWidget(toolBar);

    QTableView *view = m_list->table();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { m_menu->popup(view->viewport()->mapToGlobal(pos)); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPage::updateActions);
    connect(session->services(), &Engine::StoreSignals::changed, this, &ServicesPage::updateSwarmState);

    // Outside a swarm: what a service is, and the one step to make one possible.
    m_outsideSwarm->setObjectName(QStringLiteral("outsideSwarmPanel"));
    auto *explanation = new QLabel(
        tr("This engine is not in a swarm. A service runs the same app in several containers, which the swarm "
           "keeps running and shares the load between; it needs Swarm mode, which one machine can turn on "
           "alone."),
        m_outsideSwarm);
    explanation->setWordWrap(true);
    auto *initButton = new QPushButton(m_actions[Action::InitSwarm]->text(), m_outsideSwarm);
    initButton->setObjectName(QStringLiteral("initSwarmButton"));
    connect(initButton, &QPushButton::clicked, m_actions[Action::InitSwarm], &QAction::trigger);
    auto *outsideLayout = new QHBoxLayout(m_outsideSwarm);
    outsideLayout->setContentsMargins(14, 10, 14, 10);
    outsideLayout->setSpacing(14);
    outsideLayout->addWidget(explanation, 1);
    outsideLayout->addWidget(initButton, 0, Qt::AlignVCenter);
    m_outsideSwarm->setFrameShape(QFrame::StyledPanel);
    m_outsideSwarm->setStyleSheet(QStringLiteral("QFrame#outsideSwarmPanel { background: palette(alternate-base); "
                                                 "border: 1px solid palette(mid); border-radius: 6px; }"));
    m_outsideSwarm->hide();
    m_list->addBanner(m_outsideSwarm);

    m_commandBar->setCommand(QStringLiteral("docker service ls"));
    PageFooter::layOut(this, m_list, m_footer);
    PageFooter::showMenuWithPage(m_menu, this);
    updateActions();
}

QTableView *ServicesPage::table() const
{
    return m_list->table();
}

void ServicesPage::showEvent(QShowEvent *event)
{
    updateSwarmState();
    QWidget::showEvent(event);
}

QList<ServiceSummary> ServicesPage::selectedServices() const
{
    QList<ServiceSummary> chosen;
    for (const int row : m_list->selectedSourceRows()) {
        if (const ServiceSummary *service = m_model->itemAt(row))
            chosen.append(*service);
    }
    return chosen;
}

void ServicesPage::updateActions()
{
    const QList<ServiceSummary> chosen = selectedServices();
    m_actions[Action::Create]->setEnabled(m_inSwarm);
    m_actions[Action::Scale]->setEnabled(chosen.size() == 1 && !chosen.first().global);
    m_actions[Action::Remove]->setEnabled(!chosen.isEmpty());
    m_actions[Action::InitSwarm]->setEnabled(!m_inSwarm);
    m_outsideSwarm->setVisible(m_swarmKnown && !m_inSwarm && m_session->client());
}

void ServicesPage::updateSwarmState()
{
    // The engine's info says whether it is in a swarm; asked when the page
    // shows or its services change, never on a timer.
    Engine::EngineClient *client = m_session->client();
    if (!client || !isVisible())
        return;
    Engine::SystemOperations(client).info().then(this, [this](const Engine::Result<Engine::EngineInfo> &info) {
        m_inSwarm = info.ok() && info->swarmState == u"active";
        m_swarmKnown = info.ok();
        updateActions();
    });
}

void ServicesPage::showMessage(const QString &text, bool error)
{
    m_footer->showMessage(text, error);
}

void ServicesPage::initSwarm()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("initSwarmDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Turn On Swarm Mode"));
    dialog->setLabelText(tr("This engine becomes the first manager of a new swarm. Other machines would "
                            "join it at this address (127.0.0.1 keeps the swarm to this machine):"));
    dialog->setTextValue(QStringLiteral("127.0.0.1"));
    dialog->setOkButtonText(tr("Turn On"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &value) {
        const QString address = value.trimmed();
        const QString command = address.isEmpty() ? QStringLiteral("docker swarm init")
                                                  : u"docker swarm init --advertise-addr " + Format::shellWord(address);
        m_commandBar->setCommand(command);
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        Engine::ServiceOperations(client).initSwarm(address).then(this, [this](const Engine::Result<QString> &done) {
            if (done.ok()) {
                showMessage(tr("Swarm mode is on: this engine can run services."), false);
                m_inSwarm = true;
                updateActions();
                m_session->services()->refresh();
            } else {
                showMessage(ErrorMessages::forResourceOperation(done.error(), tr("the swarm")), true);
                updateSwarmState();
            }
        });
    });
    dialog->open();
}

void ServicesPage::createService()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("createServiceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Service"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("serviceNameField"));
    name->setAccessibleName(tr("Service name"));
    auto *image = new QComboBox(dialog);
    image->setObjectName(QStringLiteral("serviceImageField"));
    image->setAccessibleName(tr("Image"));
    image->setEditable(true);
    image->addItems(ImageTableModel::namedReferences(m_session->images()));
    image->setCurrentText(QString());
    auto *command = new QLineEdit(dialog);
    command->setObjectName(QStringLiteral("serviceCommandField"));
    command->setAccessibleName(tr("Command"));
    command->setPlaceholderText(tr("empty: the image's own command"));
    auto *replicas = new QSpinBox(dialog);
    replicas->setObjectName(QStringLiteral("serviceReplicasSpinBox"));
    replicas->setAccessibleName(tr("Replicas"));
    replicas->setRange(0, 100);
    replicas->setValue(2);
    auto *published = new QSpinBox(dialog);
    published->setObjectName(QStringLiteral("servicePublishedPortSpinBox"));
    published->setAccessibleName(tr("Published port"));
    published->setRange(0, 65535);
    published->setSpecialValueText(tr("none"));
    auto *target = new QSpinBox(dialog);
    target->setObjectName(QStringLiteral("serviceTargetPortSpinBox"));
    target->setAccessibleName(tr("Container port"));
    target->setRange(1, 65535);
    target->setValue(80);
    auto *line = new QLabel(dialog);
    line->setObjectName(QStringLiteral("createServiceCommandLabel"));
    line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setWordWrap(true);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("createServiceProblemLabel"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);

    const QStringList labels = m_labels;
    // The command's words, from what the form says; the same words the request takes.
    auto commandLine = [=]() -> QString {
        QStringList words {QStringLiteral("docker service create")};
        if (!name->text().trimmed().isEmpty())
            words << QStringLiteral("--name") << Format::shellWord(name->text().trimmed());
        words << QStringLiteral("--replicas") << QString::number(replicas->value());
        if (published->value() > 0)
            words << QStringLiteral("-p") << QStringLiteral("%1:%2").arg(published->value()).arg(target->value());
        for (const QString &label : labels)
            words << QStringLiteral("--label") << Format::shellWord(label);
        const QString img = image->currentText().trimmed();
        words << (img.isEmpty() ? tr("IMAGE") : Format::shellWord(img));
        if (!command->text().trimmed().isEmpty())
            words << command->text().trimmed();
        return words.join(u' ');
    };
    auto check = [=]() -> QString {
        const QString n = name->text().trimmed();
        if (n.isEmpty())
            return tr("Give the service a name.");
        if (!RunCommand::isValidObjectName(n))
            return tr("A service name starts with a letter or digit, then letters, digits and _ . - only.");
        if (image->currentText().trimmed().isEmpty())
            return tr("Choose the image the service runs.");
        if (ShellWords::split(command->text()).status != ShellWords::Status::Ok)
            return tr("The command has a quote that is not closed.");
        return {};
    };
    auto refresh = [=] {
        line->setText(u"$ " + commandLine());
        const QString why = check();
        problem->setText(why);
        create->setEnabled(why.isEmpty());
    };
    for (QLineEdit *field : {name, command})
        connect(field, &QLineEdit::textChanged, dialog, refresh);
    connect(image, &QComboBox::currentTextChanged, dialog, refresh);
    for (QSpinBox *box : {replicas, published, target})
        connect(box, &QSpinBox::valueChanged, dialog, refresh);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (!check().isEmpty())
            return;
        Engine::ServiceOperations::CreateRequest request;
        request.name = name->text().trimmed();
        request.image = image->currentText().trimmed();
        request.command = ShellWords::split(command->text()).words;
        request.replicas = replicas->value();
        if (published->value() > 0)
            request.ports.append({published->value(), target->value(), QStringLiteral("tcp")});
        request.labels = Engine::labelsFromArguments(labels);
        m_commandBar->setCommand(commandLine());
        dialog->accept();
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        const QString serviceName = request.name;
        Engine::ServiceOperations(client).create(request).then(
            this, [this, serviceName](const Engine::Result<QString> &result) {
                if (result.ok())
                    showMessage(tr("Created the service %1; the swarm starts its containers.").arg(serviceName), false);
                else
                    showMessage(
                        ErrorMessages::forResourceOperation(result.error(), tr("the service %1").arg(serviceName)),
                        true);
            });
    });

    auto *ports = new QHBoxLayout;
    ports->addWidget(published);
    ports->addWidget(new QLabel(tr("to container port"), dialog));
    ports->addWidget(target);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Image:"), image);
    form->addRow(tr("Co&mmand:"), command);
    form->addRow(tr("&Replicas:"), replicas);
    form->addRow(tr("&Publish port:"), ports);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(line);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->resize(560, dialog->sizeHint().height());
    refresh();
    dialog->open();
}

void ServicesPage::scaleSelected()
{
    const QList<ServiceSummary> chosen = selectedServices();
    if (chosen.size() != 1 || chosen.first().global)
        return;
    const ServiceSummary service = chosen.first();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("scaleServiceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Scale a Service"));
    dialog->setLabelText(tr("Containers of %1 to keep running:").arg(service.name));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, 100);
    dialog->setIntValue(service.replicas);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, service](int replicas) {
        m_commandBar->setCommand(u"docker service scale " + Format::shellWord(service.name) + u'='
                                 + QString::number(replicas));
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        Engine::ServiceOperations(client)
            .scale(service.id, replicas)
            .then(this, [this, service, replicas](const Engine::Result<Engine::Done> &done) {
                if (done.ok())
                    showMessage(tr("%1 now runs %n container(s).", nullptr, replicas).arg(service.name), false);
                else
                    showMessage(
                        ErrorMessages::forResourceOperation(done.error(), tr("the service %1").arg(service.name)),
                        true);
            });
    });
    dialog->open();
}

void ServicesPage::removeSelected()
{
    const QList<ServiceSummary> chosen = selectedServices();
    if (chosen.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    QStringList words;
    int containers = 0;
    for (const ServiceSummary &service : chosen) {
        names.append(service.name);
        ids.append(service.id);
        words.append(Format::shellWord(service.name));
        containers += service.runningTasks;
    }
    const QString command = u"docker service rm " + words.join(u' ');
    const int n = int(names.size());
    RemovalConfirmation::Texts texts;
    texts.objectName = QStringLiteral("confirmRemoveServicesDialog");
    texts.title = tr("Remove Services");
    texts.question
        = n == 1 ? tr("Remove the service %1?").arg(names.first()) : tr("Remove these %n services?", nullptr, n);
    texts.consequence = tr("The swarm stops and removes their containers (%n running now); their images and "
                           "volumes stay.",
                           nullptr, containers);
    texts.command = command;
    texts.button = tr("Remove");
    RemovalConfirmation::ask(this, texts, names, [this, names, ids, command] {
        m_commandBar->setCommand(command);
        Engine::EngineClient *client = m_session->client();
        if (!client) {
            showMessage(tr("Hublot is not connected to the engine; nothing was done."), true);
            return;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString name = names.at(i);
            Engine::ServiceOperations(client).remove(ids.at(i)).then(
                this, [this, name](const Engine::Result<Engine::Done> &done) {
                    if (done.ok())
                        showMessage(tr("Removed the service %1.").arg(name), false);
                    else
                        showMessage(ErrorMessages::forResourceOperation(done.error(), tr("the service %1").arg(name)),
                                    true);
                });
        }
    });
}

}  // namespace Hublot::Ui
