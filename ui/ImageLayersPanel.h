// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// The details of one image: its history step by step (the instruction,
/// the size it added, empty steps marked), each step's read-only layer and,
/// for each layer, the other local images that share it: a layer is on
/// disk once, however many images and containers use it.
class ImageLayersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLayersPanel)

public:
    enum Column { Step, Size, Layer, SharedWith, ColumnCount };

    explicit ImageLayersPanel(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// Shows the image with this id; reference names it to the user.
    void showImage(const QString &id, const QString &reference);
    void clear();
    [[nodiscard]] QString imageId() const { return m_id; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    /// The docker commands that show the same.
    [[nodiscard]] QString command() const;

Q_SIGNALS:
    /// The history and the shared layers are on screen (or an error sentence).
    void loaded();

private:
    void fetchOthers();
    void render();
    void fail(const QString &message);

    Engine::EngineSession *m_session;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_view;
    QString m_id;
    QString m_reference;
    int m_generation = 0;
    bool m_loaded = false;
    int m_pending = 0;
    QStringList m_layers;
    struct Entry
    {
        QString createdBy;
        qint64 size = 0;
    };
    QList<Entry> m_history;  ///< oldest first
    /// Image id -> its RootFS layers. Ids name content, so an entry never goes stale.
    QHash<QString, QStringList> m_layersOf;
};

}  // namespace Hublot::Ui
