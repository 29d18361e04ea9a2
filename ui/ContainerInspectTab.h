// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContainerDetailsTab.h"

#include <QModelIndexList>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Hublot::Ui {

class JsonTreeModel;

/// `docker inspect` as a tree, with a search that opens the tree on every
/// key or value that holds the text and steps through them, as
/// `docker inspect X | grep IPAddress` would pick the lines out.
class ContainerInspectTab final : public ContainerDetailsTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerInspectTab)

public:
    explicit ContainerInspectTab(QWidget *parent = nullptr);

    void showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect) override;
    /// "docker inspect web", with "| grep -i TEXT" while searching.
    [[nodiscard]] QString command() const override;

    [[nodiscard]] JsonTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    /// The rows matching the search, in document order.
    [[nodiscard]] const QModelIndexList &matches() const { return m_matches; }
    /// Which of matches() is current, or -1.
    [[nodiscard]] int currentMatch() const { return m_current; }

    void findNext();
    void findPrevious();

private:
    void search(const QString &text);
    void applySearch(const QString &text, const QString &currentPath);
    void goToMatch(int match);

    JsonTreeModel *m_model;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTreeView *m_tree;
    QModelIndexList m_matches;
    int m_current = -1;
    QString m_name;
    QJsonObject m_inspect;
};

}  // namespace Hublot::Ui
