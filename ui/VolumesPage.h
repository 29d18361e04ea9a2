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
class VolumeBackup;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

class CommandLineBar;
class PageFooter;
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
    enum class Action { Create, Remove, Prune, MeasureSizes, BackUp, Restore };

    explicit VolumesPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QAction *action(Action which) const { return m_actions.value(which); }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] VolumeTableModel *model() const { return m_model; }
    [[nodiscard]] CommandLineBar *commandBar() const { return m_commandBar; }
    [[nodiscard]] QList<Engine::VolumeSummary> selectedVolumes() const;

    /// Narrows the prune as `--filter label=...` does; labels also go on created volumes.
    void setLabelFilters(const QStringList &filters) { m_labelFilters = filters; }
    /// Saves the volume's files to a tar file (Back Up… asks where first),
    /// through a helper container made from imageFor(); null, with a
    /// sentence shown, when there is no image to make one from.
    Engine::VolumeBackup *backUpTo(const QString &volume, const QString &filePath);
    /// Puts a backup's files back into the volume (Restore… asks which file,
    /// then asks to confirm, naming both).
    Engine::VolumeBackup *restoreFrom(const QString &volume, const QString &filePath);
    /// The image for the helper container: that of a container using the
    /// volume, else the smallest on the engine; empty when there is none.
    [[nodiscard]] QString imageFor(const QString &volume) const;

    /// What the prune would remove now: volumes no container uses
    /// (anonymous ones only, unless allVolumes, as `docker volume prune -a`).
    [[nodiscard]] QList<Engine::VolumeSummary> pruneCandidates(bool allVolumes) const;

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void createVolume();
    void removeSelected();
    void openPrune();
    void measureSizes();
    void chooseBackupFile();
    void chooseRestoreFile();
    Engine::VolumeBackup *startTransfer(const QString &volume, const QString &filePath, bool restore);

    Engine::EngineSession *m_session;
    VolumeTableModel *m_model;
    ResourceListPage *m_list;
    QCheckBox *m_pruneAll;
    CommandLineBar *m_commandBar;
    PageFooter *m_footer;
    QMenu *m_menu;
    QMap<Action, QAction *> m_actions;
    QStringList m_labelFilters;
};

}  // namespace Hublot::Ui
