// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// `docker container prune`, shown before it is done: lists the stopped
/// containers that would go with the space each one's writable layer
/// takes (asked of the engine for this preview only), then prunes when
/// the user agrees and says what was removed and won back.
class PruneContainersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PruneContainersDialog)

public:
    /// labelFilters narrow the prune as `--filter label=...` does.
    PruneContainersDialog(Engine::EngineSession *session, const QStringList &labelFilters, QWidget *parent = nullptr);

    /// True once the preview has arrived (or failed).
    [[nodiscard]] bool isListed() const { return m_listed; }

Q_SIGNALS:
    /// The prune is sent: its command.
    void started(const QString &command);
    /// The prune is done: what went and the space won back, as a sentence.
    void pruned(const QString &message);
    void failed(const QString &message);

private:
    void list();
    void prune();

    Engine::EngineSession *m_session;
    QStringList m_labelFilters;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_command;
    QLabel *m_result;
    QPushButton *m_pruneButton;
    QPushButton *m_closeButton;
    bool m_listed = false;
};

}  // namespace Hublot::Ui
