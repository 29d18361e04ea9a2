// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerInspectTab.h"

#include "ui/Format.h"
#include "ui/JsonTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Hublot::Ui {

ContainerInspectTab::ContainerInspectTab(QWidget *parent)
    : ContainerDetailsTab(parent)
    , m_model(new JsonTreeModel(this))
    , m_search(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("containerInspectTab"));

    m_search->setObjectName(QStringLiteral("inspectSearchField"));
    m_search->setPlaceholderText(tr("Search keys and values, for example IPAddress"));
    m_search->setAccessibleName(tr("Search the inspect data"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    connect(m_search, &QLineEdit::textChanged, this, &ContainerInspectTab::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ContainerInspectTab::findNext);

    m_matchLabel->setObjectName(QStringLiteral("inspectMatchLabel"));
    m_matchLabel->setForegroundRole(QPalette::PlaceholderText);

    m_previous->setObjectName(QStringLiteral("inspectPreviousMatchButton"));
    m_previous->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::GoUp, style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("inspectNextMatchButton"));
    m_next->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::GoDown, style()->standardIcon(QStyle::SP_ArrowDown)));
    m_next->setToolTip(tr("Next match (F3, or Enter in the search field)"));
    m_next->setAccessibleName(tr("Next match"));
    connect(m_previous, &QToolButton::clicked, this, &ContainerInspectTab::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &ContainerInspectTab::findNext);

    auto *expand = new QToolButton(this);
    expand->setObjectName(QStringLiteral("inspectExpandAllButton"));
    expand->setText(tr("Expand All"));
    expand->setAccessibleName(expand->text());
    connect(expand, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    auto *collapse = new QToolButton(this);
    collapse->setObjectName(QStringLiteral("inspectCollapseAllButton"));
    collapse->setText(tr("Collapse All"));
    collapse->setAccessibleName(collapse->text());
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("inspectCopyJsonButton"));
    copy->setText(tr("Copy JSON"));
    copy->setAccessibleName(tr("Copy the whole inspect data as JSON"));
    copy->setToolTip(copy->accessibleName());
    connect(copy, &QToolButton::clicked, this, [this] {
        // docker inspect prints an array of one object.
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(QJsonArray {m_inspect}).toJson(QJsonDocument::Indented)));
    });

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::FindNext);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, &ContainerInspectTab::findNext);
    auto *previousAction = new QAction(this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAction, &QAction::triggered, this, &ContainerInspectTab::findPrevious);
    addActions({findAction, nextAction, previousAction});

    m_tree->setObjectName(QStringLiteral("inspectTree"));
    m_tree->setAccessibleName(tr("Inspect data"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(JsonTreeModel::Key, 300);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(6);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    searchRow->addWidget(m_matchLabel);
    searchRow->addStretch();
    searchRow->addWidget(expand);
    searchRow->addWidget(collapse);
    searchRow->addWidget(copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);

    setTabOrder(m_search, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, expand);
    setTabOrder(expand, collapse);
    setTabOrder(collapse, copy);
    setTabOrder(copy, m_tree);
    search({});
}

void ContainerInspectTab::showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect)
{
    const bool sameContainer = details.id == m_inspect.value(u"Id").toString();
    m_name = details.name;
    m_inspect = inspect;

    // What the user opened stays open across the update.
    QStringList expanded;
    QString current;
    if (sameContainer) {
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (m_tree->isExpanded(index)) {
                    expanded.append(index.data(JsonTreeModel::PathRole).toString());
                    collect(index);
                }
            }
        };
        collect({});
        current = m_tree->currentIndex().data(JsonTreeModel::PathRole).toString();
    } else {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
    }
    m_model->setJson(inspect);
    for (const QString &path : std::as_const(expanded))
        m_tree->expand(m_model->indexOfPath(path));
    applySearch(m_search->text(), current);
}

void ContainerInspectTab::search(const QString &text)
{
    applySearch(text, {});
}

void ContainerInspectTab::applySearch(const QString &text, const QString &currentPath)
{
    m_matches = m_model->search(text);
    for (const QModelIndex &match : std::as_const(m_matches)) {
        for (QModelIndex parent = match.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
    }
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    const QModelIndex current = currentPath.isEmpty() ? QModelIndex() : m_model->indexOfPath(currentPath);
    if (current.isValid())
        m_tree->setCurrentIndex(current);
    if (m_matches.isEmpty()) {
        m_current = -1;
        m_matchLabel->setText(text.isEmpty() ? QString() : tr("No match"));
    } else {
        goToMatch(std::max(0, int(m_matches.indexOf(current))));
    }
    Q_EMIT commandChanged();
}

void ContainerInspectTab::goToMatch(int match)
{
    if (m_matches.isEmpty())
        return;
    m_current = (match + int(m_matches.size())) % int(m_matches.size());
    const QModelIndex index = m_matches.at(m_current);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_matchLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void ContainerInspectTab::findNext()
{
    goToMatch(m_current + 1);
}

void ContainerInspectTab::findPrevious()
{
    goToMatch(m_current - 1);
}

QString ContainerInspectTab::command() const
{
    if (m_name.isEmpty())
        return {};
    QString line = u"docker inspect " + Format::shellWord(m_name);
    const QString text = m_search->text();
    // The search ignores case, as grep -i does.
    if (!text.isEmpty())
        line += u" | grep -i " + Format::shellWord(text);
    return line;
}

}  // namespace Hublot::Ui
