// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConceptsDiagram.h"

#include "engine/EngineSession.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Hublot::Ui {

using Engine::ContainerSummary;

namespace {

constexpr qreal DiagramHeight = 270;

void drawArrow(QPainter &painter, QPointF from, QPointF to, const QString &label, bool bothWays = false)
{
    painter.drawLine(from, to);
    auto head = [&painter](QPointF tip, QPointF tail) {
        const QLineF line(tip, tail);
        QLineF a = line;
        a.setLength(9);
        a.setAngle(line.angle() + 25);
        QLineF b = line;
        b.setLength(9);
        b.setAngle(line.angle() - 25);
        QPainterPath path(tip);
        path.lineTo(a.p2());
        path.lineTo(b.p2());
        path.closeSubpath();
        painter.fillPath(path, painter.pen().color());
    };
    head(to, from);
    if (bothWays)
        head(from, to);
    if (!label.isEmpty()) {
        const QPointF middle = (from + to) / 2;
        const QFontMetrics metrics(painter.font());
        const int width = metrics.horizontalAdvance(label);
        painter.drawText(
            QRectF(middle.x() - width / 2.0 - 4, middle.y() - metrics.height() - 2, width + 8, metrics.height()),
            Qt::AlignCenter, label);
    }
}

}  // namespace

ConceptsDiagram::ConceptsDiagram(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conceptsDiagram"));
    setAccessibleName(tr("Docker's parts, with what this engine holds"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto repaint = [this] {
        update();
    };
    connect(session->containers(), &Engine::StoreSignals::changed, this, repaint);
    connect(session->images(), &Engine::StoreSignals::changed, this, repaint);
    connect(session->volumes(), &Engine::StoreSignals::changed, this, repaint);
    connect(session->networks(), &Engine::StoreSignals::changed, this, repaint);
    connect(session, &Engine::EngineSession::stateChanged, this, repaint);
}

QSize ConceptsDiagram::sizeHint() const
{
    return {900, int(DiagramHeight)};
}

QSize ConceptsDiagram::minimumSizeHint() const
{
    return {640, int(DiagramHeight)};
}

QList<ConceptsDiagram::Box> ConceptsDiagram::boxes() const
{
    // Three columns: the client on this computer, the host the engine runs
    // on (with what it holds), and the registry images come from.
    const qreal w = width();
    const qreal side = std::max<qreal>(130, w * 0.17);
    const qreal gap = std::max<qreal>(50, w * 0.07);
    const QRectF host(side + gap, 8, w - 2 * (side + gap), DiagramHeight - 16);
    const qreal inner = 16;
    const qreal half = (host.width() - 3 * inner) / 2;
    const qreal row = 52;
    return {
        {Part::Client, QRectF(0, 100, side, 70), tr("Client"), false},
        {Part::Daemon, QRectF(host.left() + inner, host.top() + 34, host.width() - 2 * inner, row), tr("Daemon"), true},
        {Part::Images, QRectF(host.left() + inner, host.top() + 34 + row + 16, half, row), tr("Images"), true},
        {Part::Containers, QRectF(host.left() + 2 * inner + half, host.top() + 34 + row + 16, half, row),
         tr("Containers"), true},
        {Part::Volumes, QRectF(host.left() + inner, host.top() + 34 + 2 * (row + 16), half, row), tr("Volumes"), true},
        {Part::Networks, QRectF(host.left() + 2 * inner + half, host.top() + 34 + 2 * (row + 16), half, row),
         tr("Networks"), true},
        {Part::Registry, QRectF(w - side, 100, side, 70), tr("Registry"), false},
    };
}

QRectF ConceptsDiagram::boxRect(Part part) const
{
    for (const Box &box : boxes()) {
        if (box.part == part)
            return box.rect;
    }
    return {};
}

std::optional<ConceptsDiagram::Box> ConceptsDiagram::boxAt(const QPointF &point) const
{
    for (const Box &box : boxes()) {
        if (box.rect.contains(point))
            return box;
    }
    return std::nullopt;
}

QString ConceptsDiagram::detail(Part part) const
{
    const bool connected = m_session->state() == Engine::EngineSession::State::Connected;
    switch (part) {
    case Part::Client: return tr("Hublot, or docker");
    case Part::Daemon:
        return connected ? tr("Docker Engine %1, at %2").arg(m_session->version().version, m_session->address())
                         : tr("not connected");
    case Part::Images: return tr("%n image(s)", nullptr, int(m_session->images()->size()));
    case Part::Containers: {
        int running = 0;
        const Engine::ContainerStore *store = m_session->containers();
        for (const QString &key : store->keys()) {
            if (const ContainerSummary *c = store->find(key); c && c->state == ContainerSummary::State::Running)
                ++running;
        }
        return tr("%1 running, %2 in all").arg(running).arg(store->size());
    }
    case Part::Volumes: return tr("%n volume(s)", nullptr, int(m_session->volumes()->size()));
    case Part::Networks: return tr("%n network(s)", nullptr, int(m_session->networks()->size()));
    case Part::Registry: return tr("Docker Hub, or your own");
    }
    return {};
}

QString ConceptsDiagram::definition(Part part) const
{
    switch (part) {
    case Part::Client: return tr("The program you give orders with. It sends them to the daemon over its API.");
    case Part::Daemon:
        return tr("The Docker engine (dockerd): it runs on the host, keeps the images and runs the containers.");
    case Part::Images: return tr("Read-only templates made of layers. Open the Images page.");
    case Part::Containers:
        return tr("Running instances of images, each with its own writable layer. Open the Containers page.");
    case Part::Volumes: return tr("Storage that outlives containers. Open the Volumes page.");
    case Part::Networks: return tr("How containers reach each other and the outside. Open the Networks page.");
    case Part::Registry:
        return tr("A server that stores images in repositories; docker pull and docker push talk to it.");
    }
    return {};
}

void ConceptsDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QList<Box> all = boxes();
    const QRectF daemon = boxRect(Part::Daemon);

    // The host around the daemon and what it holds.
    const QRectF host(daemon.left() - 16, 8, daemon.width() + 32, DiagramHeight - 16);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(host, 10, 10);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString hostTitle = tr("Host");
    painter.drawText(host.adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop, hostTitle);
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(host.adjusted(12 + QFontMetrics(bold).horizontalAdvance(hostTitle) + 10, 6, -12, 0),
                     Qt::AlignLeft | Qt::AlignTop, tr("the machine the engine runs on"));

    const QPointF mouse = mapFromGlobal(QCursor::pos());
    for (const Box &box : all) {
        const bool hover = box.clickable && box.rect.contains(mouse) && underMouse();
        QColor fill = pal.color(QPalette::Base);
        QColor edge = pal.color(QPalette::Mid);
        if (box.part == Part::Daemon)
            fill = pal.color(QPalette::AlternateBase);
        if (hover)
            edge = pal.color(QPalette::Highlight);
        painter.setPen(QPen(edge, hover ? 2 : 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box.rect, 8, 8);
        const QRectF text = box.rect.adjusted(10, 6, -10, -6);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, box.title);
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QFontMetrics metrics(font());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         metrics.elidedText(detail(box.part), Qt::ElideMiddle, int(text.width())));
    }

    // What flows between them.
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1.2));
    painter.setFont(font());
    const QRectF client = boxRect(Part::Client);
    const QRectF registry = boxRect(Part::Registry);
    const QRectF images = boxRect(Part::Images);
    const QRectF containers = boxRect(Part::Containers);
    drawArrow(painter, QPointF(client.right() + 2, client.center().y()), QPointF(host.left() - 2, client.center().y()),
              tr("API"), true);
    drawArrow(painter, QPointF(registry.left() - 2, registry.center().y()),
              QPointF(host.right() + 2, registry.center().y()), tr("pull, push"), true);
    drawArrow(painter, QPointF(images.right() + 1, images.center().y()),
              QPointF(containers.left() - 1, containers.center().y()), {});
}

void ConceptsDiagram::mouseMoveEvent(QMouseEvent *event)
{
    const std::optional<Box> box = boxAt(event->position());
    setCursor(box && box->clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void ConceptsDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const std::optional<Box> box = boxAt(event->position()); box && box->clickable)
        Q_EMIT partClicked(box->part);
}

bool ConceptsDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Box> box = boxAt(help->pos()))
            QToolTip::showText(help->globalPos(), definition(box->part), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave)
        update();
    return QWidget::event(event);
}

}  // namespace Hublot::Ui
