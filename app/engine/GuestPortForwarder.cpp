// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/GuestPortForwarder.h"

#include "engine/EngineClient.h"
#include "engine/EventStream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTimer>

namespace Hublot::Engine {

namespace {

constexpr int FollowAgainMs = 1'000;

// Container events after which the published ports may have changed.
bool changesPorts(const DockerEvent &event)
{
    static const QStringList actions {QStringLiteral("start"), QStringLiteral("die"),     QStringLiteral("stop"),
                                      QStringLiteral("kill"),  QStringLiteral("destroy"), QStringLiteral("restart")};
    return event.type == u"container" && actions.contains(event.action);
}

// Addresses a port published on that this computer's loopback stands for.
bool reachableFromHere(const QString &ip)
{
    return ip.isEmpty() || ip == u"0.0.0.0" || ip == u"::" || ip == u"127.0.0.1" || ip == u"::1";
}

// "tcp:8080" -> QEMU's rule "tcp:127.0.0.1:8080-:8080" (or just the host
// side, to remove it).
QString rule(const QString &port, bool withGuest)
{
    const QString protocol = port.section(u':', 0, 0);
    const QString number = port.section(u':', 1, 1);
    QString text = protocol + u":127.0.0.1:" + number;
    if (withGuest)
        text += u"-:" + number;
    return text;
}

}  // namespace

GuestPortForwarder::GuestPortForwarder(const EngineEndpoint &endpoint, const QString &qmpSocket, const QString &netdev,
                                       QObject *parent)
    : QObject(parent)
    , m_client(new EngineClient(endpoint, this))
    , m_qmp(new QLocalSocket(this))
    , m_netdev(netdev)
{
    connect(m_qmp, &QLocalSocket::readyRead, this, &GuestPortForwarder::readQmp);
    m_qmp->connectToServer(qmpSocket);
    follow();
}

void GuestPortForwarder::follow()
{
    // The API version first; then the events, and the containers running now.
    m_client->ping().then(this, [this](const Result<QString> &answer) {
        if (!answer.ok()) {
            followAgainLater();
            return;
        }
        EventStream *events = m_client->events(0, this);
        connect(events, &EventStream::eventReceived, this, [this](const DockerEvent &event) {
            if (changesPorts(event))
                reconcile();
        });
        // Should the stream end while the VM runs, it is opened again (and
        // what changed meanwhile is read from the list).
        connect(events, &EventStream::ended, this, [this, events] {
            events->deleteLater();
            followAgainLater();
        });
        reconcile();
    });
}

void GuestPortForwarder::followAgainLater()
{
    // At most once a second; the VM engine owns this object only while it runs.
    QTimer::singleShot(FollowAgainMs, this, &GuestPortForwarder::follow);
}

GuestPortForwarder::~GuestPortForwarder() = default;

QStringList GuestPortForwarder::forwarded() const
{
    QStringList ports(m_forwarded.cbegin(), m_forwarded.cend());
    ports.sort();
    return ports;
}

void GuestPortForwarder::reconcile()
{
    if (m_listing) {
        m_again = true;
        return;
    }
    m_listing = true;
    m_client->listContainers().then(this, [this](const Result<QList<ContainerSummary>> &listed) {
        m_listing = false;
        if (listed.ok()) {
            QSet<QString> wanted;
            for (const ContainerSummary &container : listed.value()) {
                if (container.state != ContainerSummary::State::Running)
                    continue;
                for (const ContainerSummary::Port &port : container.ports) {
                    if (port.publicPort > 0 && reachableFromHere(port.ip)
                        && (port.type == u"tcp" || port.type == u"udp"))
                        wanted.insert(port.type + u':' + QString::number(port.publicPort));
                }
            }
            apply(wanted);
        }
        if (std::exchange(m_again, false))
            reconcile();
    });
}

void GuestPortForwarder::apply(const QSet<QString> &wanted)
{
    // A port that failed is tried again once no container wants it any more.
    m_failed.intersect(wanted);
    for (const QString &port : wanted) {
        if (!m_forwarded.contains(port) && !m_failed.contains(port))
            sendQmp(u"hostfwd_add " + m_netdev + u' ' + rule(port, true), port, true);
    }
    for (const QString &port : std::as_const(m_forwarded)) {
        if (!wanted.contains(port))
            sendQmp(u"hostfwd_remove " + m_netdev + u' ' + rule(port, false), port, false);
    }
}

void GuestPortForwarder::sendQmp(const QString &command, const QString &port, bool adding)
{
    // Not sent twice while an answer is awaited.
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.port == port && pending.adding == adding)
            return;
    }
    if (!m_greeted) {
        // QMP wants its capabilities negotiated once, before any command.
        m_qmp->write(R"({"execute":"qmp_capabilities"})"
                     "\n");
        m_pending.append(Pending {});
        m_greeted = true;
    }
    const QJsonObject request {{QStringLiteral("execute"), QStringLiteral("human-monitor-command")},
                               {QStringLiteral("arguments"), QJsonObject {{QStringLiteral("command-line"), command}}}};
    m_qmp->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_pending.append({port, adding});
}

void GuestPortForwarder::readQmp()
{
    m_buffer += m_qmp->readAll();
    qsizetype end = 0;
    bool changed = false;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        // The greeting and QEMU's own events answer no command.
        if (!message.contains(QStringLiteral("return")) && !message.contains(QStringLiteral("error")))
            continue;
        if (m_pending.isEmpty())
            continue;
        const Pending pending = m_pending.takeFirst();
        if (pending.port.isEmpty())
            continue;  // the capabilities
        // A monitor command answers with its output: empty when it worked.
        const QString output = message.value(QStringLiteral("return")).toString().trimmed();
        const bool worked = message.contains(QStringLiteral("return")) && output.isEmpty();
        if (pending.adding && worked) {
            m_forwarded.insert(pending.port);
            changed = true;
        } else if (pending.adding) {
            m_failed.insert(pending.port);
            const QString reason = output.isEmpty()
                ? message.value(QStringLiteral("error")).toObject().value(QStringLiteral("desc")).toString()
                : output;
            Q_EMIT forwardFailed(pending.port, reason);
        } else {
            m_forwarded.remove(pending.port);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT forwardedChanged();
}

}  // namespace Hublot::Engine
