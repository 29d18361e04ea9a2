// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

#include <optional>

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// The parts of Docker the user's notes name (client, daemon, host,
/// images, containers, volumes, networks, registry), drawn as boxes with
/// what this engine holds right now. Clicking a box that has a page asks
/// for it. Painting only: the numbers come from the session's stores.
class ConceptsDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptsDiagram)

public:
    /// What a box stands for; the pages are MainWindow's, in its order.
    enum class Part { Client, Daemon, Images, Containers, Volumes, Networks, Registry };
    Q_ENUM(Part)

    explicit ConceptsDiagram(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// The text a box shows below its title, for tests.
    [[nodiscard]] QString detail(Part part) const;
    /// Where a box is drawn, for tests.
    [[nodiscard]] QRectF boxRect(Part part) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void partClicked(Hublot::Ui::ConceptsDiagram::Part part);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Box
    {
        Part part;
        QRectF rect;
        QString title;
        bool clickable;
    };
    [[nodiscard]] QList<Box> boxes() const;
    [[nodiscard]] std::optional<Box> boxAt(const QPointF &point) const;
    [[nodiscard]] QString definition(Part part) const;

    Engine::EngineSession *m_session;
};

}  // namespace Hublot::Ui
