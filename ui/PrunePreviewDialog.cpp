// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PrunePreviewDialog.h"

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

PrunePreviewDialog::PrunePreviewDialog(const QString &name, const QString &title, const QString &nothingText,
                                       const QList<Item> &items, const QString &command, Prune prune, QWidget *parent)
    : QDialog(parent)
    , m_command(command)
    , m_prune(std::move(prune))
    , m_list(new QTreeWidget(this))
    , m_result(new QLabel(this))
    , m_pruneButton(new QPushButton(tr("&Prune"), this))
{
    QString capitalized = name;
    capitalized[0] = capitalized[0].toUpper();
    setObjectName(u"prune" + capitalized + u"Dialog");
    setWindowTitle(title);
    resize(560, 420);

    qint64 total = 0;
    bool allKnown = true;
    for (const Item &item : items) {
        auto *row = new QTreeWidgetItem(m_list, {item.name, item.bytes < 0 ? QString() : Format::size(item.bytes)});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (item.bytes >= 0)
            total += item.bytes;
        else
            allKnown = false;
    }
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("pruneSummaryLabel"));
    summary->setWordWrap(true);
    if (items.isEmpty())
        summary->setText(nothingText);
    else if (allKnown)
        summary->setText(tr("%n item(s) will be removed, winning back about %1.", nullptr, int(items.size()))
                             .arg(Format::size(total)));
    else
        summary->setText(tr("%n item(s) will be removed.", nullptr, int(items.size())));

    m_list->setObjectName(QStringLiteral("pruneList"));
    m_list->setAccessibleName(tr("What the prune removes"));
    m_list->setHeaderLabels({tr("Name"), tr("Space")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setVisible(!items.isEmpty());

    auto *commandLabel = new QLabel(u"$ " + command, this);
    commandLabel->setObjectName(QStringLiteral("pruneCommandLabel"));
    commandLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    commandLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    commandLabel->setWordWrap(true);

    m_result->setObjectName(QStringLiteral("pruneResultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    m_pruneButton->setEnabled(!items.isEmpty());
    buttons->addButton(m_pruneButton, QDialogButtonBox::DestructiveRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(m_pruneButton, &QPushButton::clicked, this, &PrunePreviewDialog::prune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    if (items.isEmpty())
        layout->addStretch(1);
    layout->addWidget(commandLabel);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

void PrunePreviewDialog::prune()
{
    m_pruneButton->setEnabled(false);
    Q_EMIT started(m_command);
    m_prune()
        .then(this,
              [this](const Engine::Result<Engine::PruneReport> &result) {
                  QString message;
                  if (result.ok()) {
                      const Engine::PruneReport &report = result.value();
                      const int count = int(report.deleted.size() + report.untagged.size());
                      message = tr("Pruned %n item(s), winning back %1.", nullptr, count)
                                    .arg(Format::size(report.spaceReclaimed));
                      Q_EMIT pruned(message);
                  } else {
                      message = ErrorMessages::forResourceOperation(result.error(), tr("the prune"));
                      Q_EMIT failed(message);
                  }
                  m_result->setText(message);
                  m_result->show();
                  m_list->setEnabled(false);
              })
        .onCanceled(this, [this] {
            m_result->setText(tr("The prune was cancelled: the engine connection closed."));
            m_result->show();
        });
}

}  // namespace Hublot::Ui
