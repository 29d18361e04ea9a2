// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ImageSummary.h"

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
class PageFooter;
class ImageFilterProxyModel;
class ImageLayersPanel;
class ImageTableModel;
class ResourceListPage;

/// The images page: `docker images` as a live table (repository, tag, id,
/// size, shared size, age, containers made from it), a dangling-only
/// filter and a search; pull with a bar per layer, Docker Hub search, tag,
/// remove and prune, each showing its docker command; below the table the
/// chosen image's layers and the other images sharing them.
class ImagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesPage)

public:
    enum class Action { Pull, SearchHub, Run, Tag, Remove, Prune, Push };

    explicit ImagesPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QAction *action(Action which) const;
    /// The Image menu for the window's menu bar.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] ImageTableModel *model() const { return m_model; }
    [[nodiscard]] ImageFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] ImageLayersPanel *layersPanel() const { return m_layers; }
    [[nodiscard]] CommandLineBar *commandBar() const { return m_commandBar; }
    /// The rows chosen, in the order shown.
    [[nodiscard]] QList<Engine::ImageSummary> selectedImages() const;

    /// Narrows the prune as `--filter label=...` does (tests keep to their own images).
    void setPruneLabelFilters(const QStringList &filters) { m_pruneFilters = filters; }
    /// What the prune would remove now: dangling images no container uses.
    [[nodiscard]] QList<Engine::ImageSummary> pruneCandidates() const;
    /// "docker rmi web:1 db:2" (with -f when force).
    static QString removeCommand(const QList<Engine::ImageSummary> &images, bool force);

Q_SIGNALS:
    /// The user wants to run a container from image (a reference or id).
    void runImageRequested(const QString &image);

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void commandStarted(const QString &command);
    void openPull(const QString &reference = {});
    void openPush(const QString &reference);
    void openHubSearch();
    void tagSelected();
    void removeSelected();
    void openPrune();
    [[nodiscard]] int containersUsing(const QString &imageId) const;
    /// Whether removing images needs force: the last name of an image containers use.
    [[nodiscard]] bool needsForce(const QList<Engine::ImageSummary> &images) const;

    Engine::EngineSession *m_session;
    ImageTableModel *m_model;
    ImageFilterProxyModel *m_proxy;
    ResourceListPage *m_list;
    ImageLayersPanel *m_layers;
    QCheckBox *m_danglingOnly;
    CommandLineBar *m_commandBar;
    PageFooter *m_footer;
    QMenu *m_menu;
    QMap<Action, QAction *> m_actions;
    QStringList m_pruneFilters;
};

}  // namespace Hublot::Ui
