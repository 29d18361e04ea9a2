// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QStringList>

class QLocalSocket;

namespace Hublot::Engine {

class EngineClient;

/// Makes the ports that containers in the VM publish reachable on this
/// computer, as Docker Desktop does: `docker run -p 8080:80 ...` in the VM,
/// and http://localhost:8080 answers here. It follows the VM engine's
/// events (no polling): when a container starts or stops, it lists the
/// running ones and asks QEMU, through its QMP socket, to add or remove
/// forwards of 127.0.0.1:PORT to the same port in the VM (`hostfwd_add`,
/// `hostfwd_remove` of QEMU's user-mode network).
///
/// Ports are forwarded on 127.0.0.1 only, whatever address the container
/// published on: other machines do not reach the VM's containers.
class GuestPortForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestPortForwarder)

public:
    /// endpoint: the VM's engine; qmpSocket: QEMU's QMP socket; netdev:
    /// the id of the VM's user-mode network.
    GuestPortForwarder(const EngineEndpoint &endpoint, const QString &qmpSocket, const QString &netdev,
                       QObject *parent = nullptr);
    ~GuestPortForwarder() override;

    /// The forwards in place, as "tcp:8080", "udp:5353".
    [[nodiscard]] QStringList forwarded() const;

Q_SIGNALS:
    /// The forwards changed (one was added or removed).
    void forwardedChanged();
    /// A port could not be forwarded (another program here holds it);
    /// reason is QEMU's message.
    void forwardFailed(const QString &port, const QString &reason);

private:
    void follow();
    void followAgainLater();
    void reconcile();
    void apply(const QSet<QString> &wanted);
    void sendQmp(const QString &command, const QString &port, bool adding);
    void readQmp();

    EngineClient *m_client;
    QLocalSocket *m_qmp;
    QString m_netdev;
    QByteArray m_buffer;
    bool m_greeted = false;
    struct Pending
    {
        QString port;
        bool adding = false;
    };
    QList<Pending> m_pending;  ///< QMP answers come in the order of the commands
    QSet<QString> m_forwarded;
    QSet<QString> m_failed;  ///< not tried again until the container goes
    bool m_listing = false;
    bool m_again = false;  ///< an event came while listing: list once more after
};

}  // namespace Hublot::Engine
