// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RunDialog.h"

#include "engine/ContainerOperations.h"
#include "engine/DockerCredentials.h"
#include "engine/EngineSession.h"
#include "engine/ImageOperations.h"
#include "engine/ImagePull.h"
#include "engine/PullProgress.h"
#include "ui/CommandLineBar.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/ImageTableModel.h"
#include "ui/PullImageDialog.h"
#include "ui/ShellWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>
#include <memory>

namespace Hublot::Ui {

using Engine::EngineError;
using Engine::RestartPolicy;

namespace {

enum Mode { Detached, Interactive, DetachedTerminal, Foreground };

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void setWarning(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, const QString &accessibleName,
                        QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + 3 * 30);
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + 5 * 30);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QPushButton *rowButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// A row of buttons under a table, flush left.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return row;
}

}  // namespace

RunDialog::RunDialog(Engine::EngineSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("Run a container"));
    setAccessibleName(tr("Run a container"));

    // The paste field: a docker run command from a tutorial fills the form.
    auto *pasteTitle = new QLabel(tr("&Paste a docker run command"), this);
    m_pasteEdit = new QPlainTextEdit(this);
    m_pasteEdit->setObjectName(QStringLiteral("pasteCommandEdit"));
    m_pasteEdit->setAccessibleName(tr("A docker run command to fill the form from"));
    m_pasteEdit->setPlaceholderText(tr("docker run -d -p 8080:80 nginx"));
    m_pasteEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setFixedHeight(QFontMetrics(m_pasteEdit->font()).lineSpacing() * 2 + 14);
    pasteTitle->setBuddy(m_pasteEdit);
    m_fillButton = rowButton(tr("&Fill the form"), QStringLiteral("fillFromCommandButton"),
                             tr("Fill the form from the pasted command"), this);
    m_fillButton->setToolTip(tr("Reads the pasted command into the form (Ctrl+Enter)"));
    connect(m_fillButton, &QPushButton::clicked, this, [this] { fillFromCommand(m_pasteEdit->toPlainText()); });
    auto *fillShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_pasteEdit);
    fillShortcut->setContext(Qt::WidgetShortcut);
    connect(fillShortcut, &QShortcut::activated, m_fillButton, &QPushButton::click);
    m_pasteError = noteLabel(QStringLiteral("pasteErrorLabel"), this);

    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteEdit, 1);
    pasteRow->addWidget(m_fillButton, 0, Qt::AlignTop);

    // The form, in a scroll area so that nothing is cramped on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("runFormScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::StyledPanel);
    m_form = buildForm();
    scroll->setWidget(m_form);

    m_preview = new CommandLineBar(QStringLiteral("run"), this);
    m_preview->setMultiLine(8);

    m_pullBox = new QWidget(this);
    m_pullBox->setObjectName(QStringLiteral("pullProgress"));
    m_pullLabel = new QLabel(m_pullBox);
    m_pullLabel->setObjectName(QStringLiteral("pullStatusLabel"));
    m_pullLabel->setWordWrap(true);
    m_layersLayout = new QVBoxLayout(m_pullBox);
    m_layersLayout->setContentsMargins(0, 0, 0, 0);
    m_layersLayout->addWidget(m_pullLabel);
    m_pullBox->hide();

    m_errorLabel = noteLabel(QStringLiteral("runErrorLabel"), this);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keepCheck = new QCheckBox(tr("&Keep the container if it fails to start"), this);
    m_keepCheck->setObjectName(QStringLiteral("keepFailedContainerCheckBox"));
    m_keepCheck->setToolTip(tr("Otherwise a container that was created but could not start is removed, so that "
                               "nothing is left half-made."));

    m_buttons = new QDialogButtonBox(this);
    m_runButton = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_runButton, &QPushButton::clicked, this, &RunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_keepCheck);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(pasteTitle);
    layout->addLayout(pasteRow);
    layout->addWidget(m_pasteError);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_pullBox);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);

    // Sane tab order: paste, the form top to bottom, the preview, run.
    setTabOrder(m_pasteEdit, m_fillButton);
    setTabOrder(m_fillButton, m_imageEdit);
    setTabOrder(m_entrypointEdit, m_preview);
    setTabOrder(m_preview, m_keepCheck);
    setTabOrder(m_keepCheck, m_runButton);
    setTabOrder(m_runButton, cancel);

    setBaseFolder(QDir::currentPath());
    if (m_session) {
        connect(m_session->containers(), &Engine::StoreSignals::changed, this, &RunDialog::updateWarnings);
        // The local images and networks, offered as the user types.
        m_imageEdit->addItems(ImageTableModel::namedReferences(m_session->images()));
        QStringList networks;
        for (const QString &key : m_session->networks()->keys()) {
            if (const Engine::NetworkSummary *network = m_session->networks()->find(key))
                networks.append(network->name);
        }
        networks.sort();
        m_networkEdit->addItems(networks);
    }
    m_imageEdit->setCurrentText({});
    m_networkEdit->setCurrentText({});
    resize(960, 780);
    updateNoteColours();
    formChanged();
    m_imageEdit->setFocus();
}

RunDialog::~RunDialog() = default;

void RunDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNoteColours();
}

void RunDialog::updateNoteColours()
{
    // Errors in red, warnings in amber, each readable on light and dark windows.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString error = QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#ff7b72" : u"#cf222e");
    const QString warning = QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#e3b341" : u"#9a6700");
    for (QLabel *label : {m_pasteError, m_nameError, m_portWarning, m_mountWarning, m_errorLabel})
        label->setStyleSheet(label->property("warning").toBool() ? warning : error);
}

QWidget *RunDialog::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("runForm"));
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(16, 4, 16, 16);
    layout->setSpacing(6);
    auto changed = [this] {
        formChanged();
    };
    // The sections' label columns line up: one width for all.
    QList<QFormLayout *> forms;
    auto formLayout = [&forms] {
        auto *section = new QFormLayout;
        section->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        section->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        forms.append(section);
        return section;
    };

    // Image, name, command.
    layout->addWidget(sectionTitle(tr("Image and name"), form));
    auto *general = formLayout();
    m_imageEdit = new QComboBox(form);
    m_imageEdit->setObjectName(QStringLiteral("imageEdit"));
    m_imageEdit->setEditable(true);
    m_imageEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_imageEdit->setInsertPolicy(QComboBox::NoInsert);
    m_imageEdit->setAccessibleName(tr("Image"));
    m_imageEdit->lineEdit()->setPlaceholderText(tr("nginx, busybox:1.36, registry:5000/team/app"));
    m_imageEdit->setToolTip(tr("Pulled from its registry first when this engine does not have it"));
    m_imageEdit->completer()->setCaseSensitivity(Qt::CaseSensitive);
    connect(m_imageEdit, &QComboBox::currentTextChanged, this, changed);
    general->addRow(tr("&Image:"), m_imageEdit);

    m_nameEdit = new QLineEdit(form);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Container name"));
    m_nameEdit->setPlaceholderText(tr("empty: the engine picks one"));
    m_nameEdit->setClearButtonEnabled(true);
    connect(m_nameEdit, &QLineEdit::textChanged, this, changed);
    m_nameError = noteLabel(QStringLiteral("nameErrorLabel"), form);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_nameEdit);
    nameBox->addWidget(m_nameError);
    general->addRow(buddyLabel(tr("&Name:"), m_nameEdit, form), nameBox);

    m_commandEdit = new QLineEdit(form);
    m_commandEdit->setObjectName(QStringLiteral("commandEdit"));
    m_commandEdit->setAccessibleName(tr("Command"));
    m_commandEdit->setPlaceholderText(tr("empty: the image's own command"));
    m_commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_commandEdit, &QLineEdit::textChanged, this, changed);
    general->addRow(tr("C&ommand:"), m_commandEdit);
    layout->addLayout(general);

    // How it runs.
    layout->addWidget(sectionTitle(tr("How it runs"), form));
    auto *running = formLayout();
    m_modeCombo = new QComboBox(form);
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeCombo->setAccessibleName(tr("How the container runs"));
    m_modeCombo->addItem(tr("Detached, in the background (-d)"));
    m_modeCombo->addItem(tr("Interactive, with a terminal (-it)"));
    m_modeCombo->addItem(tr("Detached, with a terminal to attach later (-dit)"));
    m_modeCombo->addItem(tr("In the foreground, its output in the logs"));
    connect(m_modeCombo, &QComboBox::activated, this, [this](int index) {
        m_detach = index == Detached || index == DetachedTerminal;
        m_interactive = m_tty = index == Interactive || index == DetachedTerminal;
        formChanged();
    });
    running->addRow(tr("&Mode:"), m_modeCombo);

    m_removeCheck = new QCheckBox(tr("Remove the container when it stops (--rm)"), form);
    m_removeCheck->setObjectName(QStringLiteral("removeWhenStoppedCheckBox"));
    connect(m_removeCheck, &QCheckBox::toggled, this, changed);
    m_readOnlyCheck = new QCheckBox(tr("Read-only file system (--read-only)"), form);
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheckBox"));
    connect(m_readOnlyCheck, &QCheckBox::toggled, this, changed);
    m_initCheck = new QCheckBox(tr("Run an init process that passes signals on (--init)"), form);
    m_initCheck->setObjectName(QStringLiteral("initCheckBox"));
    connect(m_initCheck, &QCheckBox::toggled, this, changed);
    auto *checks = new QVBoxLayout;
    checks->setSpacing(4);
    checks->addWidget(m_removeCheck);
    checks->addWidget(m_readOnlyCheck);
    checks->addWidget(m_initCheck);
    running->addRow(tr("Options:"), checks);

    m_restartCombo = new QComboBox(form);
    m_restartCombo->setObjectName(QStringLiteral("restartCombo"));
    m_restartCombo->setAccessibleName(tr("Restart policy"));
    m_restartCombo->addItem(tr("Never (no)"), int(RestartPolicy::Mode::No));
    m_restartCombo->addItem(tr("Always (always)"), int(RestartPolicy::Mode::Always));
    m_restartCombo->addItem(tr("Unless stopped by hand (unless-stopped)"), int(RestartPolicy::Mode::UnlessStopped));
    m_restartCombo->addItem(tr("When it fails (on-failure)"), int(RestartPolicy::Mode::OnFailure));
    m_retriesSpin = new QSpinBox(form);
    m_retriesSpin->setObjectName(QStringLiteral("restartRetriesSpinBox"));
    m_retriesSpin->setAccessibleName(tr("Most restarts after failures"));
    m_retriesSpin->setRange(0, 1000);
    m_retriesSpin->setSpecialValueText(tr("no limit"));
    m_retriesSpin->setPrefix(tr("at most "));
    connect(m_restartCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_retriesSpin, &QSpinBox::valueChanged, this, changed);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartCombo, 1);
    restartRow->addWidget(m_retriesSpin);
    running->addRow(buddyLabel(tr("Re&start:"), m_restartCombo, form), restartRow);

    // The same app in several containers, to share the load (the notes).
    m_replicasSpin = new QSpinBox(form);
    m_replicasSpin->setObjectName(QStringLiteral("replicasSpinBox"));
    m_replicasSpin->setAccessibleName(tr("How many containers to run"));
    m_replicasSpin->setRange(1, 20);
    const auto replicasSuffix = [this](int count) {
        m_replicasSpin->setSuffix(tr(" container(s)", nullptr, count));
    };
    replicasSuffix(1);
    connect(m_replicasSpin, &QSpinBox::valueChanged, this, replicasSuffix);
    m_replicasSpin->setToolTip(
        tr("Runs the same image in several containers to share the load: each is named NAME-1, NAME-2… and "
           "takes the next host port (8080, 8081…)."));
    connect(m_replicasSpin, &QSpinBox::valueChanged, this, changed);
    running->addRow(buddyLabel(tr("Re&plicas:"), m_replicasSpin, form), m_replicasSpin);
    layout->addLayout(running);

    // Ports.
    layout->addWidget(sectionTitle(tr("Ports"), form));
    m_portsTable = makeTable(QStringLiteral("portsTable"),
                             {tr("Host address"), tr("Host port"), tr("Container port"), tr("Protocol")},
                             tr("Published ports"), form);
    m_portsTable->setToolTip(tr("Host address empty: every address of this computer. Host port empty: a free port "
                                "the engine picks."));
    m_portsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_portsTable, &QTableWidget::itemChanged, this, changed);
    auto *addPort = rowButton(tr("Add a port"), QStringLiteral("addPortButton"), tr("Add a port"), form);
    auto *removePort
        = rowButton(tr("Remove the port"), QStringLiteral("removePortButton"), tr("Remove the chosen port"), form);
    connect(addPort, &QPushButton::clicked, this, [this] {
        addPortRow({});
        m_portsTable->setCurrentCell(m_portsTable->rowCount() - 1, 1);
        m_portsTable->setFocus();
        formChanged();
    });
    connect(removePort, &QPushButton::clicked, this, [this] {
        if (m_portsTable->currentRow() >= 0)
            m_portsTable->removeRow(m_portsTable->currentRow());
        formChanged();
    });
    layout->addWidget(m_portsTable);
    layout->addLayout(buttonRow({addPort, removePort}));
    m_portWarning = noteLabel(QStringLiteral("portWarningLabel"), form);
    m_portWarning->setProperty("warning", true);
    layout->addWidget(m_portWarning);

    // Folders and volumes.
    layout->addWidget(sectionTitle(tr("Folders and volumes"), form));
    m_mountsTable
        = makeTable(QStringLiteral("mountsTable"),
                    {tr("Folder on this computer, or volume name"), tr("Path in the container"), tr("Read-only")},
                    tr("Folders and volumes"), form);
    m_mountsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mountsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mountsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mountsTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_mountsTable, &QTableWidget::itemChanged, this, changed);
    auto *addFolder = rowButton(tr("Add a folder…"), QStringLiteral("addFolderButton"),
                                tr("Choose a folder of this computer to mount"), form);
    auto *addVolume = rowButton(tr("Add a volume"), QStringLiteral("addVolumeButton"), tr("Add a named volume"), form);
    auto *removeMount
        = rowButton(tr("Remove"), QStringLiteral("removeMountButton"), tr("Remove the chosen folder or volume"), form);
    connect(addFolder, &QPushButton::clicked, this, &RunDialog::chooseFolder);
    connect(addVolume, &QPushButton::clicked, this, [this] {
        addMountRow({QStringLiteral("data"), QStringLiteral("/data"), false});
        m_mountsTable->setCurrentCell(m_mountsTable->rowCount() - 1, 0);
        m_mountsTable->setFocus();
        formChanged();
    });
    connect(removeMount, &QPushButton::clicked, this, [this] {
        if (m_mountsTable->currentRow() >= 0)
            m_mountsTable->removeRow(m_mountsTable->currentRow());
        formChanged();
    });
    layout->addWidget(m_mountsTable);
    layout->addLayout(buttonRow({addFolder, addVolume, removeMount}));
    m_baseFolderEdit = new QLineEdit(form);
    m_baseFolderEdit->setObjectName(QStringLiteral("baseFolderEdit"));
    m_baseFolderEdit->setAccessibleName(tr("Folder that ${PWD} and relative paths stand for"));
    connect(m_baseFolderEdit, &QLineEdit::textChanged, this, changed);
    auto *baseRow = formLayout();
    baseRow->addRow(tr("${PWD} and ./ stand for:"), m_baseFolderEdit);
    layout->addLayout(baseRow);
    m_mountWarning = noteLabel(QStringLiteral("mountWarningLabel"), form);
    layout->addWidget(m_mountWarning);

    // Environment.
    layout->addWidget(sectionTitle(tr("Environment"), form));
    m_envTable = makeTable(QStringLiteral("environmentTable"), {tr("Variable"), tr("Value")},
                           tr("Environment variables"), form);
    m_envTable->setToolTip(tr("Leave the value empty to pass this computer's value of the variable"));
    connect(m_envTable, &QTableWidget::itemChanged, this, changed);
    auto *addEnv
        = rowButton(tr("Add a variable"), QStringLiteral("addVariableButton"), tr("Add an environment variable"), form);
    auto *removeEnv = rowButton(tr("Remove the variable"), QStringLiteral("removeVariableButton"),
                                tr("Remove the chosen variable"), form);
    connect(addEnv, &QPushButton::clicked, this, [this] {
        addPairRow(m_envTable, {}, {});
        m_envTable->setCurrentCell(m_envTable->rowCount() - 1, 0);
        m_envTable->setFocus();
    });
    connect(removeEnv, &QPushButton::clicked, this, [this] {
        if (m_envTable->currentRow() >= 0)
            m_envTable->removeRow(m_envTable->currentRow());
        formChanged();
    });
    layout->addWidget(m_envTable);
    layout->addLayout(buttonRow({addEnv, removeEnv}));
    m_envFilesList = new QListWidget(form);
    m_envFilesList->setObjectName(QStringLiteral("envFilesList"));
    m_envFilesList->setAccessibleName(tr("Environment files"));
    m_envFilesList->setMaximumHeight(60);
    auto *addEnvFile = rowButton(tr("Add an env file…"), QStringLiteral("addEnvFileButton"),
                                 tr("Choose a file of KEY=VALUE lines"), form);
    auto *removeEnvFile = rowButton(tr("Remove the file"), QStringLiteral("removeEnvFileButton"),
                                    tr("Remove the chosen environment file"), form);
    connect(addEnvFile, &QPushButton::clicked, this, &RunDialog::chooseEnvFile);
    connect(removeEnvFile, &QPushButton::clicked, this, [this] {
        delete m_envFilesList->currentItem();
        formChanged();
    });
    auto *envFilesTitle = new QLabel(tr("Environment fi&les (--env-file), read when the container is created:"), form);
    envFilesTitle->setBuddy(m_envFilesList);
    envFilesTitle->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(envFilesTitle);
    layout->addWidget(m_envFilesList);
    layout->addLayout(buttonRow({addEnvFile, removeEnvFile}));

    // Labels.
    layout->addWidget(sectionTitle(tr("Labels"), form));
    m_labelsTable = makeTable(QStringLiteral("labelsTable"), {tr("Key"), tr("Value")}, tr("Labels"), form);
    connect(m_labelsTable, &QTableWidget::itemChanged, this, changed);
    auto *addLabel = rowButton(tr("Add a label"), QStringLiteral("addLabelButton"), tr("Add a label"), form);
    auto *removeLabel
        = rowButton(tr("Remove the label"), QStringLiteral("removeLabelButton"), tr("Remove the chosen label"), form);
    connect(addLabel, &QPushButton::clicked, this, [this] {
        addPairRow(m_labelsTable, {}, {});
        m_labelsTable->setCurrentCell(m_labelsTable->rowCount() - 1, 0);
        m_labelsTable->setFocus();
    });
    connect(removeLabel, &QPushButton::clicked, this, [this] {
        if (m_labelsTable->currentRow() >= 0)
            m_labelsTable->removeRow(m_labelsTable->currentRow());
        formChanged();
    });
    layout->addWidget(m_labelsTable);
    layout->addLayout(buttonRow({addLabel, removeLabel}));

    // The rest of what docker run takes that the dialog handles.
    layout->addWidget(sectionTitle(tr("More"), form));
    auto *more = formLayout();
    m_networkEdit = new QComboBox(form);
    m_networkEdit->setObjectName(QStringLiteral("networkEdit"));
    m_networkEdit->setEditable(true);
    m_networkEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_networkEdit->setInsertPolicy(QComboBox::NoInsert);
    m_networkEdit->setAccessibleName(tr("Network"));
    m_networkEdit->lineEdit()->setPlaceholderText(tr("empty: the default bridge"));
    connect(m_networkEdit, &QComboBox::currentTextChanged, this, changed);
    more->addRow(tr("Ne&twork:"), m_networkEdit);
    auto line = [&](QLineEdit *&edit, const QString &objectName, const QString &label, const QString &accessible,
                    const QString &placeholder) {
        edit = new QLineEdit(form);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, [this] { formChanged(); });
        more->addRow(label, edit);
    };
    line(m_workdirEdit, QStringLiteral("workdirEdit"), tr("&Working directory:"), tr("Working directory"),
         tr("empty: the image's"));
    line(m_userEdit, QStringLiteral("userEdit"), tr("&User:"), tr("User"), tr("empty: the image's (often root)"));
    line(m_hostnameEdit, QStringLiteral("hostnameEdit"), tr("&Host name:"), tr("Host name"),
         tr("empty: the container's short id"));
    line(m_entrypointEdit, QStringLiteral("entrypointEdit"), tr("&Entrypoint:"), tr("Entrypoint"),
         tr("empty: the image's"));
    layout->addLayout(more);
    layout->addStretch(1);
    int labelWidth = 0;
    for (QFormLayout *section : std::as_const(forms)) {
        for (int row = 0; row < section->rowCount(); ++row) {
            if (QLayoutItem *item = section->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *section : std::as_const(forms)) {
        for (int row = 0; row < section->rowCount(); ++row) {
            if (QLayoutItem *item = section->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
        }
    }
    return form;
}

void RunDialog::setImage(const QString &image)
{
    m_imageEdit->setCurrentText(image);
}

void RunDialog::setBaseFolder(const QString &folder)
{
    m_baseFolderEdit->setText(folder);
}

QString RunDialog::baseFolder() const
{
    const QString folder = m_baseFolderEdit->text().trimmed();
    return folder.isEmpty() ? QDir::currentPath() : folder;
}

void RunDialog::addPortRow(const RunSpec::Port &port)
{
    const int row = m_portsTable->rowCount();
    m_portsTable->insertRow(row);
    m_portsTable->setItem(row, 0, new QTableWidgetItem(port.hostIp));
    m_portsTable->setItem(row, 1, new QTableWidgetItem(port.hostPort ? QString::number(port.hostPort) : QString()));
    m_portsTable->setItem(row, 2,
                          new QTableWidgetItem(port.containerPort ? QString::number(port.containerPort) : QString()));
    auto *protocol = new QComboBox(m_portsTable);
    protocol->setObjectName(QStringLiteral("portProtocolCombo"));
    protocol->setAccessibleName(tr("Protocol"));
    protocol->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp")});
    protocol->setCurrentText(port.protocol);
    connect(protocol, &QComboBox::currentIndexChanged, this, [this] { formChanged(); });
    m_portsTable->setCellWidget(row, 3, protocol);
}

void RunDialog::addMountRow(const RunSpec::Mount &mount)
{
    const int row = m_mountsTable->rowCount();
    m_mountsTable->insertRow(row);
    m_mountsTable->setItem(row, 0, new QTableWidgetItem(mount.source));
    m_mountsTable->setItem(row, 1, new QTableWidgetItem(mount.target));
    auto *readOnly = new QTableWidgetItem;
    readOnly->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    readOnly->setCheckState(mount.readOnly ? Qt::Checked : Qt::Unchecked);
    m_mountsTable->setItem(row, 2, readOnly);
}

void RunDialog::addPairRow(QTableWidget *table, const QString &key, const QString &value)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(key));
    table->setItem(row, 1, new QTableWidgetItem(value));
}

void RunDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder to mount in the container"), baseFolder());
    if (folder.isEmpty())
        return;
    addMountRow({folder, QStringLiteral("/") + QFileInfo(folder).fileName(), false});
    m_mountsTable->setCurrentCell(m_mountsTable->rowCount() - 1, 1);
    m_mountsTable->setFocus();
    formChanged();
}

void RunDialog::chooseEnvFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Environment file"), baseFolder());
    if (file.isEmpty())
        return;
    m_envFilesList->addItem(file);
    formChanged();
}

void RunDialog::setSpec(const RunSpec &spec)
{
    // A docker run command is one container.
    if (m_replicasSpin)
        m_replicasSpin->setValue(1);
    m_filling = true;
    m_imageEdit->setCurrentText(spec.image);
    m_nameEdit->setText(spec.name);
    QStringList words;
    for (const QString &word : spec.command)
        words.append(ShellWords::quote(word));
    m_commandEdit->setText(words.join(u' '));
    m_detach = spec.detach;
    m_interactive = spec.interactive;
    m_tty = spec.tty;
    const bool terminal = spec.interactive || spec.tty;
    m_modeCombo->setCurrentIndex(spec.detach ? (terminal ? DetachedTerminal : Detached)
                                             : (terminal ? Interactive : Foreground));
    m_removeCheck->setChecked(spec.autoRemove);
    m_readOnlyCheck->setChecked(spec.readOnly);
    m_initCheck->setChecked(spec.init);
    m_restartCombo->setCurrentIndex(m_restartCombo->findData(int(spec.restart.mode)));
    m_retriesSpin->setValue(spec.restart.maximumRetryCount);
    m_portsTable->setRowCount(0);
    for (const RunSpec::Port &port : spec.ports)
        addPortRow(port);
    m_mountsTable->setRowCount(0);
    for (const RunSpec::Mount &mount : spec.mounts)
        addMountRow(mount);
    m_envTable->setRowCount(0);
    for (const QString &variable : spec.env)
        addPairRow(m_envTable, variable.section(u'=', 0, 0), variable.section(u'=', 1));
    m_envFilesList->clear();
    m_envFilesList->addItems(spec.envFiles);
    m_labelsTable->setRowCount(0);
    for (const QString &label : spec.labels)
        addPairRow(m_labelsTable, label.section(u'=', 0, 0), label.section(u'=', 1));
    m_networkEdit->setCurrentText(spec.network);
    m_workdirEdit->setText(spec.workdir);
    m_userEdit->setText(spec.user);
    m_hostnameEdit->setText(spec.hostname);
    m_entrypointEdit->setText(spec.entrypoint);
    m_filling = false;
    formChanged();
}

RunSpec RunDialog::spec() const
{
    RunSpec spec;
    spec.image = m_imageEdit->currentText().trimmed();
    spec.name = m_nameEdit->text().trimmed();
    spec.command = ShellWords::split(m_commandEdit->text()).words;
    spec.detach = m_detach;
    spec.interactive = m_interactive;
    spec.tty = m_tty;
    spec.autoRemove = m_removeCheck->isChecked();
    spec.readOnly = m_readOnlyCheck->isChecked();
    spec.init = m_initCheck->isChecked();
    spec.restart.mode = RestartPolicy::Mode(m_restartCombo->currentData().toInt());
    if (spec.restart.mode == RestartPolicy::Mode::OnFailure)
        spec.restart.maximumRetryCount = m_retriesSpin->value();
    for (int row = 0; row < m_portsTable->rowCount(); ++row) {
        const QString host = cellText(m_portsTable, row, 1);
        const QString container = cellText(m_portsTable, row, 2);
        if (host.isEmpty() && container.isEmpty() && cellText(m_portsTable, row, 0).isEmpty())
            continue;  // a row just added, not filled yet
        RunSpec::Port port;
        port.hostIp = cellText(m_portsTable, row, 0);
        port.hostPort = host.isEmpty() ? 0 : (host.toInt() > 0 ? host.toInt() : -1);
        port.containerPort = container.toInt();
        if (auto *protocol = qobject_cast<QComboBox *>(m_portsTable->cellWidget(row, 3)))
            port.protocol = protocol->currentText();
        spec.ports.append(port);
    }
    for (int row = 0; row < m_mountsTable->rowCount(); ++row) {
        RunSpec::Mount mount;
        mount.source = cellText(m_mountsTable, row, 0);
        mount.target = cellText(m_mountsTable, row, 1);
        const QTableWidgetItem *readOnly = m_mountsTable->item(row, 2);
        mount.readOnly = readOnly && readOnly->checkState() == Qt::Checked;
        if (!mount.source.isEmpty() || !mount.target.isEmpty())
            spec.mounts.append(mount);
    }
    for (int row = 0; row < m_envTable->rowCount(); ++row) {
        const QString key = cellText(m_envTable, row, 0);
        const QTableWidgetItem *value = m_envTable->item(row, 1);
        if (key.isEmpty() && (!value || value->text().isEmpty()))
            continue;
        // An empty value passes this computer's value on, as docker run -e KEY does.
        spec.env.append(value && !value->text().isEmpty() ? key + u'=' + value->text() : key);
    }
    for (int row = 0; row < m_envFilesList->count(); ++row)
        spec.envFiles.append(m_envFilesList->item(row)->text());
    for (int row = 0; row < m_labelsTable->rowCount(); ++row) {
        const QString key = cellText(m_labelsTable, row, 0);
        const QTableWidgetItem *value = m_labelsTable->item(row, 1);
        if (key.isEmpty() && (!value || value->text().isEmpty()))
            continue;
        spec.labels.append(value && !value->text().isEmpty() ? key + u'=' + value->text() : key);
    }
    spec.network = m_networkEdit->currentText().trimmed();
    spec.workdir = m_workdirEdit->text().trimmed();
    spec.user = m_userEdit->text().trimmed();
    spec.hostname = m_hostnameEdit->text().trimmed();
    spec.entrypoint = m_entrypointEdit->text().trimmed();
    return spec;
}

QString RunDialog::command() const
{
    return m_preview->command();
}

bool RunDialog::fillFromCommand(const QString &text)
{
    const RunCommand::Parsed parsed = RunCommand::parse(text);
    setWarning(m_pasteError, parsed.error);
    if (!parsed.spec)
        return false;
    setSpec(*parsed.spec);
    return true;
}

void RunDialog::formChanged()
{
    if (m_filling)
        return;
    const RunSpec current = spec();
    // Replicas need no terminal of their own: interactive runs are one container.
    m_replicasSpin->setEnabled(!current.interactive || current.detach);
    const int replicas = m_replicasSpin->isEnabled() ? m_replicasSpin->value() : 1;
    if (replicas <= 1) {
        m_preview->setCommand(RunCommand::toCommand(current), tr("On the command line:"));
    } else {
        QStringList commands;
        for (int i = 0; i < replicas; ++i)
            commands.append(RunCommand::toCommand(replicaSpec(current, i, replicas), RunCommand::Layout::OneLine));
        m_preview->setCommand(commands.join(u'\n'), tr("On the command line, one per container:"));
    }
    const QString name = current.name;
    setWarning(m_nameError,
               name.isEmpty() || RunCommand::isValidName(name)
                   ? QString()
                   : tr("A name begins with a letter or a digit and holds only letters, digits and "
                        "_ . - (two characters at least)."));
    m_retriesSpin->setEnabled(current.restart.mode == RestartPolicy::Mode::OnFailure);
    // Where each folder is on this computer: ${PWD} and ./ resolved.
    m_filling = true;
    for (int row = 0; row < m_mountsTable->rowCount(); ++row) {
        QTableWidgetItem *source = m_mountsTable->item(row, 0);
        if (!source)
            continue;
        const RunSpec::Mount mount {source->text().trimmed(), {}, false};
        const QString tip = mount.isBind()
            ? tr("On this computer: %1").arg(RunCommand::resolveHostPath(mount.source, baseFolder(), QDir::homePath()))
            : tr("A named volume: the engine makes it when it does not exist yet");
        if (source->toolTip() != tip)
            source->setToolTip(tip);
    }
    m_filling = false;
    updateWarnings();
    // What would stop the run, said as the form changes (the image once one is given).
    if (!m_busy)
        setWarning(m_errorLabel, current.image.isEmpty() ? QString() : RunCommand::validate(current));
}

bool RunDialog::engineIsLocal() const
{
    // Bind mounts and host ports are on the engine's computer: check them
    // here only when that is this one.
    return m_session && m_session->address().startsWith(u"unix://");
}

QString RunDialog::portWarning() const
{
    QStringList warnings;
    const RunSpec current = spec();
    for (const RunSpec::Port &port : current.ports) {
        if (port.hostPort <= 0)
            continue;
        bool named = false;
        if (m_session) {
            const Engine::ContainerStore *store = m_session->containers();
            for (const QString &key : store->keys()) {
                const Engine::ContainerSummary *container = store->find(key);
                if (!container)
                    continue;
                for (const auto &published : container->ports) {
                    const bool sameAddress = port.hostIp.isEmpty() || published.ip.isEmpty()
                        || published.ip == u"0.0.0.0" || published.ip == u"::" || published.ip == port.hostIp;
                    if (published.publicPort == port.hostPort && published.type == port.protocol && sameAddress
                        && !named) {
                        warnings.append(tr("Host port %1 is already published by the container %2: choose another "
                                           "host port, or stop %2 first.")
                                            .arg(port.hostPort)
                                            .arg(container->name));
                        named = true;
                    }
                }
            }
        }
        if (!named && port.protocol == u"tcp" && engineIsLocal()) {
            QTcpServer probe;
            const QHostAddress address
                = port.hostIp.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(port.hostIp);
            if (!address.isNull() && !probe.listen(address, quint16(port.hostPort))
                && probe.serverError() == QAbstractSocket::AddressInUseError) {
                warnings.append(tr("Host port %1 is already taken by another program on this computer: choose another "
                                   "host port, or stop that program.")
                                    .arg(port.hostPort));
            }
        }
    }
    return warnings.join(u'\n');
}

QString RunDialog::mountProblem() const
{
    if (!engineIsLocal())
        return {};
    for (const RunSpec::Mount &mount : spec().mounts) {
        if (!mount.isBind())
            continue;
        const QString path = RunCommand::resolveHostPath(mount.source, baseFolder(), QDir::homePath());
        if (!QFileInfo::exists(path)) {
            return tr("The folder %1 does not exist on this computer. Create it, or choose another folder: the "
                      "engine would otherwise make an empty one, owned by root.")
                .arg(path);
        }
    }
    return {};
}

void RunDialog::updateWarnings()
{
    setWarning(m_portWarning, portWarning());
    setWarning(m_mountWarning, mountProblem());
}

void RunDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_pasteEdit->setEnabled(!busy);
    m_fillButton->setEnabled(!busy);
    m_runButton->setEnabled(!busy);
    m_keepCheck->setEnabled(!busy);
}

void RunDialog::fail(const QString &message)
{
    setBusy(false);
    m_pullBox->hide();
    setWarning(m_errorLabel, message);
    Q_EMIT runFailed(message);
}

void RunDialog::reject()
{
    if (m_pull && m_pull->isRunning()) {
        m_pull->cancel();
        return;
    }
    // Creating or starting: the answer comes within moments, and leaving
    // now could leave a container half-made.
    if (m_busy)
        return;
    QDialog::reject();
}

void RunDialog::run()
{
    if (m_busy)
        return;
    const RunSpec current = spec();
    QString problem = RunCommand::validate(current);
    if (problem.isEmpty())
        problem = mountProblem();
    if (problem.isEmpty()
        && (!m_session || !m_session->client() || m_session->state() != Engine::EngineSession::State::Connected))
        problem = tr("Hublot is not connected to an engine. Wait for it to connect, then run again.");
    QStringList envFromFiles;
    for (const QString &file : current.envFiles) {
        if (!problem.isEmpty())
            break;
        const QString path = RunCommand::resolveHostPath(file, baseFolder(), QDir::homePath());
        QFile envFile(path);
        if (!envFile.open(QIODevice::ReadOnly)) {
            problem = tr("The environment file %1 cannot be read: %2. Choose another file, or remove it.")
                          .arg(path, envFile.errorString());
            break;
        }
        envFromFiles += RunCommand::parseEnvFile(envFile.readAll());
    }
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    const int replicas = m_replicasSpin->isEnabled() ? m_replicasSpin->value() : 1;
    m_replicas.clear();
    for (int i = 0; i < replicas; ++i)
        m_replicas.append(RunCommand::toRequest(replicaSpec(current, i, replicas), baseFolder(), envFromFiles));
    m_started = 0;
    m_request = m_replicas.first();
    m_image = current.image;
    setBusy(true);
    setWarning(m_errorLabel, {});
    // The image first: the engine creates containers only from images it has.
    Engine::ImageOperations(m_session->client())
        .inspect(m_image)
        .then(this,
              [this](const Engine::Result<Engine::ImageDetails> &result) {
                  if (result.ok()) {
                      create();
                      return;
                  }
                  const auto kind = result.error().kind;
                  if (kind == EngineError::Kind::NoSuchImage || kind == EngineError::Kind::NotFound)
                      pullThenCreate();
                  else
                      fail(ErrorMessages::forRun(result.error(), m_image, m_request.name));
              })
        .onCanceled(this, [this] {
            fail(ErrorMessages::forRun(EngineError::make(EngineError::Kind::ConnectionLost), m_image, m_request.name));
        });
}

void RunDialog::pullThenCreate()
{
    qDeleteAll(m_layerBars);
    m_layerBars.clear();
    m_pullLabel->setText(tr("This engine does not have %1: pulling it from its registry…").arg(m_image));
    m_pullBox->show();
    // With the credentials the user has for the image's registry (typed in
    // the pull dialog this session, or saved by docker login); a helper
    // that fails leaves the pull anonymous.
    Engine::DockerCredentials(QProcessEnvironment::systemEnvironment())
        .find(Engine::DockerCredentials::registryHost(m_image))
        .then(this, [this](const Engine::Result<Engine::RegistryAuth> &found) {
            pullWith(found.ok() ? found.value() : Engine::RegistryAuth {});
        });
}

void RunDialog::pullWith(const Engine::RegistryAuth &auth)
{
    if (!m_session->client()) {
        fail(ErrorMessages::forRun(EngineError::make(EngineError::Kind::ConnectionLost), m_image, m_request.name));
        return;
    }
    m_pull = Engine::ImageOperations(m_session->client()).pull(m_image, auth, this);
    connect(m_pull, &Engine::ImagePull::progress, this,
            [this](const Engine::ProgressMessage &, const Engine::PullProgress &state) { showPullProgress(state); });
    connect(m_pull, &Engine::ImagePull::finished, this, [this](const Engine::Result<Engine::Done> &result) {
        m_pull->deleteLater();
        if (result.ok()) {
            m_pullLabel->setText(tr("Pulled %1.").arg(m_image));
            create();
        } else if (result.error().kind == EngineError::Kind::Cancelled) {
            fail(tr("The pull of %1 was cancelled; nothing was created.").arg(m_image));
        } else if (result.error().kind == EngineError::Kind::RegistryUnauthorized) {
            signInAndPull(ErrorMessages::forRun(result.error(), m_image, m_request.name));
        } else {
            fail(ErrorMessages::forRun(result.error(), m_image, m_request.name));
        }
    });
}

void RunDialog::signInAndPull(const QString &refusal)
{
    // The pull dialog asks for the registry's user and password, pulls,
    // and the run goes on; closed without a pull, the run stops here.
    m_pullLabel->setText(tr("The registry of %1 asks who you are: sign in to pull it.").arg(m_image));
    auto *dialog = new PullImageDialog(m_session, m_image, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto pulled = std::make_shared<bool>(false);
    connect(dialog, &PullImageDialog::pulled, this, [this, dialog, pulled] {
        *pulled = true;
        m_pullLabel->setText(tr("Pulled %1.").arg(m_image));
        dialog->close();
        create();
    });
    connect(dialog, &QDialog::finished, this, [this, pulled, refusal] {
        if (!*pulled)
            fail(refusal);
    });
    dialog->open();
    dialog->startPull();
}

void RunDialog::showPullProgress(const Engine::PullProgress &state)
{
    for (const Engine::PullProgress::Layer &layer : state.layers()) {
        QProgressBar *bar = m_layerBars.value(layer.id);
        if (!bar) {
            bar = new QProgressBar(m_pullBox);
            bar->setObjectName(u"layerProgress_" + layer.id);
            bar->setAccessibleName(tr("Layer %1").arg(layer.id));
            m_layersLayout->addWidget(bar);
            m_layerBars.insert(layer.id, bar);
        }
        const qint64 total = layer.total > 0 ? layer.total : 0;
        bar->setRange(0, layer.isDone() ? 1 : int(std::min<qint64>(total / 1024, INT_MAX)));
        bar->setValue(layer.isDone() ? 1 : int(std::min<qint64>(layer.current / 1024, INT_MAX)));
        bar->setFormat(layer.id + u"  " + layer.status
                       + (total > 0 && !layer.isDone()
                              ? u"  " + Format::size(layer.current) + u" / " + Format::size(total)
                              : QString()));
    }
}

void RunDialog::create()
{
    Engine::ContainerOperations(m_session->client())
        .create(m_request)
        .then(this,
              [this](const Engine::Result<QString> &result) {
                  if (!result.ok()) {
                      fail(replicaNote() + ErrorMessages::forRun(result.error(), m_image, m_request.name));
                      return;
                  }
                  const QString id = result.value();
                  start(id, m_request.name.isEmpty() ? id.left(12) : m_request.name);
              })
        .onCanceled(this, [this] {
            fail(ErrorMessages::forRun(EngineError::make(EngineError::Kind::ConnectionLost), m_image, m_request.name));
        });
}

void RunDialog::start(const QString &id, const QString &name)
{
    Engine::ContainerOperations(m_session->client())
        .start(id)
        .then(this,
              [this, id, name](const Engine::Result<Engine::Done> &result) {
                  if (!result.ok()) {
                      startFailed(id, name, result.error());
                      return;
                  }
                  Q_EMIT containerStarted(id, name);
                  ++m_started;
                  if (m_started < m_replicas.size()) {
                      m_request = m_replicas.at(m_started);
                      create();
                      return;
                  }
                  setBusy(false);
                  m_pullBox->hide();
                  if (m_request.tty || m_request.openStdin)
                      Q_EMIT interactiveContainerStarted(id);
                  accept();
              })
        .onCanceled(this,
                    [this, id, name] { startFailed(id, name, EngineError::make(EngineError::Kind::ConnectionLost)); });
}

QString RunDialog::replicaNote() const
{
    if (m_replicas.size() <= 1)
        return {};
    return tr("%1 of %2 containers run; the next one did not. ").arg(m_started).arg(m_replicas.size());
}

RunSpec RunDialog::replicaSpec(RunSpec spec, int index, int count)
{
    if (count <= 1)
        return spec;
    if (!spec.name.isEmpty())
        spec.name += u'-' + QString::number(index + 1);
    for (RunSpec::Port &port : spec.ports) {
        if (port.hostPort > 0)
            port.hostPort += index;
    }
    return spec;
}

void RunDialog::startFailed(const QString &id, const QString &name, const Engine::EngineError &error)
{
    const QString why = replicaNote() + ErrorMessages::forRun(error, m_image, name);
    if (m_keepCheck->isChecked()) {
        fail(tr("The container %1 was created but could not start. %2 It is kept, as you asked: docker start %1 "
                "tries again, docker rm %1 removes it.")
                 .arg(name, why));
        return;
    }
    // Nothing half-made is left behind: the container just created goes.
    Engine::ContainerOperations(m_session->client())
        .remove(id, true)
        .then(
            this,
            [this, name, why](const Engine::Result<Engine::Done> &removed) {
                if (removed.ok()) {
                    fail(
                        tr("The container could not start. %1 It was removed, so nothing is left half-made.").arg(why));
                } else {
                    fail(tr("The container %1 could not start. %2 Removing it failed too: %3")
                             .arg(name, why, ErrorMessages::forContainerOperation(removed.error(), name)));
                }
            })
        .onCanceled(this, [this, name, why] {
            fail(tr("The container %1 could not start. %2 It may still be there: docker rm %1 removes it.")
                     .arg(name, why));
        });
}

}  // namespace Hublot::Ui
