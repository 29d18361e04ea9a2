// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ResourceListPage.h"

#include "ui/StoreTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Hublot::Ui {

ResourceListPage::ResourceListPage(const QString &name, QAbstractItemModel *model, QSortFilterProxyModel *proxy,
                                   Texts texts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_texts(std::move(texts))
    , m_countLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(name + u"Page");
    m_proxy->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *title = new QLabel(m_texts.title, this);
    title->setObjectName(name + u"TitleLabel");
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_countLabel->setObjectName(name + u"CountLabel");
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_search->setObjectName(name + u"SearchField");
    m_search->setPlaceholderText(m_texts.searchPlaceholder);
    m_search->setAccessibleName(m_texts.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });

    m_table->setObjectName(name + u"Table");
    m_table->setAccessibleName(m_texts.title);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_emptyLabel->setObjectName(name + u"EmptyLabel");
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto *heading = new QHBoxLayout;
    m_heading = heading;
    heading->addWidget(title);
    heading->addSpacing(8);
    heading->addWidget(m_countLabel, 0, Qt::AlignBaseline);
    heading->addStretch();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_search, 1);
    controls->addLayout(m_toolBar);
    controls->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ResourceListPage::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourceListPage::updateState);
    updateState();
}

void ResourceListPage::addBanner(QWidget *banner)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_stack), banner);
}

QList<int> ResourceListPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(row).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ResourceListPage::setColumnStretch(const QList<int> &weights)
{
    m_weights = weights;
    applyColumnWidths();
}

bool ResourceListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        applyColumnWidths();
    return QWidget::eventFilter(watched, event);
}

void ResourceListPage::applyColumnWidths()
{
    if (m_weights.isEmpty())
        return;
    int total = 0;
    for (int weight : std::as_const(m_weights))
        total += weight;
    const int width = m_table->width() - 2 * m_table->frameWidth();
    for (int column = 0; column < m_weights.size() - 1; ++column)
        m_table->setColumnWidth(column, width * m_weights.at(column) / total);
}

void ResourceListPage::updateState()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(m_texts.countText ? m_texts.countText(all) : QString());
    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_emptyLabel->setText(all == 0 ? m_texts.emptyText : m_texts.noMatchText);
    m_stack->setCurrentWidget(m_emptyLabel);
}

}  // namespace Hublot::Ui
