// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/PruneReport.h"
#include "engine/Result.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Hublot::Ui {

/// A prune (`docker image prune`, `docker volume prune`, ...) shown before
/// it is done: what would go, with the space each takes where it is known,
/// and the command. Prunes when the user agrees, then says what was
/// removed and the space won back.
class PrunePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrunePreviewDialog)

public:
    struct Item
    {
        QString name;
        qint64 bytes = -1;  ///< -1: not known
    };
    using Prune = std::function<QFuture<Engine::Result<Engine::PruneReport>>()>;

    /// name prefixes the objectNames ("images" gives "pruneImagesDialog").
    PrunePreviewDialog(const QString &name, const QString &title, const QString &nothingText, const QList<Item> &items,
                       const QString &command, Prune prune, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The prune is sent: its command.
    void started(const QString &command);
    /// Done: what went and the space won back, as a sentence.
    void pruned(const QString &message);
    void failed(const QString &message);

private:
    void prune();

    QString m_command;
    Prune m_prune;
    QTreeWidget *m_list;
    QLabel *m_result;
    QPushButton *m_pruneButton;
};

}  // namespace Hublot::Ui
