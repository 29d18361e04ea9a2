// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PruneContainersDialog.h"

#include "engine/ContainerOperations.h"
#include "engine/EngineSession.h"
#include "ui/ContainerActions.h"
#include "ui/ContainerTreeModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hublot::Ui {

namespace {

// What the engine's prune removes: every container that is not running
// (paused and restarting ones count as running).
QStringList stoppedStates()
{
    return {QStringLiteral("created"), QStringLiteral("exited"), QStringLiteral("dead")};
}

}  // namespace

PruneContainersDialog::PruneContainersDialog(Engine::EngineSession *session, const QStringList &labelFilters,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_labelFilters(labelFilters)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_command(new QLabel(this))
    , m_result(new QLabel(this))
    , m_pruneButton(new QPushButton(tr("Remove Stopped Containers"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("pruneContainersDialog"));
    setWindowTitle(tr("Prune Stopped Containers"));
    resize(620, 440);

    auto *intro = new QLabel(tr("Removes every container that is not running, with the files written in its "
                                "writable layer. Images and volumes stay."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("pruneSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Looking for stopped containers and their sizes…"));

    m_list->setObjectName(QStringLiteral("pruneContainersList"));
    m_list->setAccessibleName(tr("Containers that will be removed"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Name"), tr("Image"), tr("State"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_command->setObjectName(QStringLiteral("pruneCommandLabel"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setText(u"$ " + ContainerActions::pruneCommand(m_labelFilters));
    m_command->setToolTip(tr("The same on the command line"));

    m_result->setObjectName(QStringLiteral("pruneResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    m_pruneButton->setEnabled(false);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pruneButton, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_pruneButton, &QPushButton::clicked, this, &PruneContainersDialog::prune);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_command);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    list();
}

void PruneContainersDialog::list()
{
    Engine::EngineClient *client = m_session->client();
    if (!client) {
        m_summary->setText(tr("Hublot is not connected to the engine."));
        m_listed = true;
        return;
    }
    Engine::ContainerOperations(client)
        .list(stoppedStates(), m_labelFilters, true)
        .then(this, [this](const Engine::Result<QList<Engine::ContainerSummary>> &result) {
            m_listed = true;
            if (!result.ok()) {
                m_summary->setText(ErrorMessages::forContainerOperation(result.error(), tr("the stopped containers")));
                return;
            }
            qint64 total = 0;
            for (const Engine::ContainerSummary &container : result.value()) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, container.name);
                item->setText(1, container.image);
                item->setText(2, ContainerTreeModel::stateText(container));
                item->setText(3, container.sizeRw >= 0 ? Format::size(container.sizeRw) : tr("unknown"));
                item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(0, container.id);
                total += std::max<qint64>(0, container.sizeRw);
            }
            const int count = int(result->size());
            if (count == 0) {
                m_summary->setText(tr("There are no stopped containers: there is nothing to prune."));
                m_closeButton->setText(tr("Close"));
                return;
            }
            m_summary->setText(tr("These %n stopped container(s) will be removed, giving back %1:", nullptr, count)
                                   .arg(Format::size(total)));
            m_pruneButton->setEnabled(true);
            m_pruneButton->setFocus();
        });
}

void PruneContainersDialog::prune()
{
    Engine::EngineClient *client = m_session->client();
    if (!client)
        return;
    m_pruneButton->setEnabled(false);
    m_result->setText(tr("Removing the stopped containers…"));
    m_result->show();
    Q_EMIT started(ContainerActions::pruneCommand(m_labelFilters));
    Engine::ContainerOperations(client)
        .prune(m_labelFilters)
        .then(this, [this](const Engine::Result<Engine::PruneReport> &result) {
            m_closeButton->setText(tr("Close"));
            m_pruneButton->hide();
            if (!result.ok()) {
                const QString message
                    = ErrorMessages::forContainerOperation(result.error(), tr("the stopped containers"));
                m_result->setText(message);
                Q_EMIT failed(message);
                return;
            }
            const int count = int(result->deleted.size());
            const QString message = count == 0 ? tr("No container was removed: none was stopped any more.")
                                               : tr("Removed %n stopped container(s) and won back %1.", nullptr, count)
                                                     .arg(Format::size(result->spaceReclaimed));
            m_result->setText(message);
            Q_EMIT pruned(message);
        });
}

}  // namespace Hublot::Ui
