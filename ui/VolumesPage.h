// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/VolumeSummary.h"

#include <QMap>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QTableView;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class CommandLineBar;
class ResourceListPage;
class VolumeTableModel;

/// The volumes page: `docker volume ls` as a live table with the
/// containers using each volume, its size when asked (`docker system df -v`),
/// and create, remove and prune, each showing its docker command.
class VolumesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesPage)

public:
    enum class Action { Create, Remove, Prune, MeasureSizes };

    explicit VolumesPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QAction *action(Action which) const { return m_actions.value(which); }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] VolumeTableModel *model() const { return m_model; }
    [[nodiscard]] CommandLineBar *commandBar() const { return m_commandBar; }
    [[nodiscard]] QList<Engine::VolumeSummary> selectedVolumes() const;

    /// Narrows the prune as `--filter label=...` does; labels also go on created volumes.
    void setLabelFilters(const QStringList &filters) { m_labelFilters = filters; }
    /// What the prune would remove now: volumes no container uses
    /// (anonymous ones only, unless allVolumes, as `docker volume prune -a`).
    [[nodiscard]] QList<Engine::VolumeSummary> pruneCandidates(bool allVolumes) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void createVolume();
    void removeSelected();
    void openPrune();
    void measureSizes();

    Engine::EngineSession *m_session;
    VolumeTableModel *m_model;
    ResourceListPage *m_list;
    QCheckBox *m_pruneAll;
    QLabel *m_message;
    CommandLineBar *m_commandBar;
    QMenu *m_menu;
    QMap<Action, QAction *> m_actions;
    QStringList m_labelFilters;
};

}  // namespace Hublot::Ui
