// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Hublot::Ui {

/// A page listing one kind of engine object: a title with a count, a
/// search field, a sortable table, and a sentence in its place when there
/// is nothing to show.
class ResourceListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListPage)

public:
    struct Texts
    {
        QString title;
        QString searchPlaceholder;
        QString emptyText;  ///< when the engine has none
        QString noMatchText;  ///< when the search hides them all
        std::function<QString(int)> countText;  ///< "3 containers"
    };

    /// name prefixes the children's objectNames ("containers" gives
    /// "containersTable", "containersSearchField", ...).
    ResourceListPage(const QString &name, QAbstractItemModel *model, QSortFilterProxyModel *proxy, Texts texts,
                     QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Where a page adds its own controls, right of the search field.
    [[nodiscard]] QHBoxLayout *toolBar() const { return m_toolBar; }
    /// The title's row: a page adds its action toolbar here, at the right.
    [[nodiscard]] QHBoxLayout *heading() const { return m_heading; }

    /// Puts banner between the search field and the list (a page says there
    /// what the list needs before it can hold anything).
    void addBanner(QWidget *banner);

    /// The model's rows the user selected, top to bottom.
    [[nodiscard]] QList<int> selectedSourceRows() const;

    /// Sets the relative widths of the columns (fractions of the view's width).
    void setColumnStretch(const QList<int> &weights);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void applyColumnWidths();

    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Texts m_texts;
    QLabel *m_countLabel;
    QLineEdit *m_search;
    QHBoxLayout *m_toolBar;
    QHBoxLayout *m_heading = nullptr;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QList<int> m_weights;
};

}  // namespace Hublot::Ui
