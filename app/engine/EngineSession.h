// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"
#include "engine/DockerEvent.h"
#include "engine/EngineClient.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"
#include "engine/EngineVersion.h"
#include "engine/ImageSummary.h"
#include "engine/NetworkSummary.h"
#include "engine/ResourceStore.h"
#include "engine/ServiceSummary.h"
#include "engine/VolumeSummary.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Hublot::Engine {

class EventStream;

using ContainerStore = ResourceStore<ContainerSummary>;
using ImageStore = ResourceStore<ImageSummary>;
using VolumeStore = ResourceStore<VolumeSummary>;
using NetworkStore = ResourceStore<NetworkSummary>;
using ServiceStore = ResourceStore<ServiceSummary>;

/// The connection to one engine and the state Hublot holds of it.
///
/// Connects (ping, version), follows the engine's event stream and refreshes
/// the stores the events name; it never polls. When the engine cannot be
/// reached or the stream drops, the session becomes Unreachable and tries
/// again with a growing delay (at most one attempt every MaxRetryDelayMs).
/// Lives on the GUI thread; every signal is emitted there.
class EngineSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSession)

public:
    enum class State { Idle, Connecting, Connected, Unreachable };
    Q_ENUM(State)

    static constexpr int FirstRetryDelayMs = 1'000;
    static constexpr int MaxRetryDelayMs = 8'000;
    /// How long after a service's container starts or stops the services
    /// are listed once more (see onEvent()).
    static constexpr int ServicesSettleMs = 1'000;

    explicit EngineSession(QObject *parent = nullptr);
    ~EngineSession() override;

    /// Connects to endpoint, or reports why the address itself is wrong.
    /// Ends with stateChanged() to Connected or Unreachable.
    void connectTo(const Result<EngineEndpoint> &endpoint);
    /// Tries the same endpoint again now.
    void retry();
    /// Turns automatic retries off (tests that look at one failure) or on.
    void setAutoRetry(bool enabled) { m_autoRetry = enabled; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const EngineError &lastError() const { return m_lastError; }
    [[nodiscard]] const EngineVersion &version() const { return m_version; }
    [[nodiscard]] QString apiVersion() const;
    [[nodiscard]] QString address() const;
    /// The client of the current endpoint, null before connectTo().
    [[nodiscard]] EngineClient *client() const { return m_client; }

    [[nodiscard]] ContainerStore *containers() const { return m_containers; }
    [[nodiscard]] ImageStore *images() const { return m_images; }
    [[nodiscard]] VolumeStore *volumes() const { return m_volumes; }
    [[nodiscard]] NetworkStore *networks() const { return m_networks; }
    /// Swarm services (empty when the engine is not a swarm manager). Not
    /// part of isLoaded(): an engine without Swarm (Podman) must not hold
    /// the rest back.
    [[nodiscard]] ServiceStore *services() const { return m_services; }

    /// True once every store has loaded after the last connection.
    [[nodiscard]] bool isLoaded() const;

Q_SIGNALS:
    void stateChanged(Hublot::Engine::EngineSession::State state);
    /// Every store has its first snapshot since the session connected.
    void loaded();
    /// Each event of the engine, once: after a reconnection the stream
    /// resumes where it stopped, without losing or repeating an event the
    /// engine still holds.
    void eventReceived(const Hublot::Engine::DockerEvent &event);

private:
    void setState(State state);
    void fail(const EngineError &error);
    void onConnected(const EngineVersion &version);
    void onEvent(const DockerEvent &event);
    void checkLoaded();

    State m_state = State::Idle;
    EngineError m_lastError;
    EngineVersion m_version;
    Result<EngineEndpoint> m_endpoint;
    QPointer<EngineClient> m_client;
    QPointer<EventStream> m_events;
    ContainerStore *m_containers;
    ImageStore *m_images;
    VolumeStore *m_volumes;
    NetworkStore *m_networks;
    ServiceStore *m_services;
    QTimer m_retryTimer;
    QTimer m_servicesSettle;  ///< see onEvent()
    int m_retryDelayMs = FirstRetryDelayMs;
    bool m_autoRetry = true;
    bool m_loadedEmitted = false;
    quint64 m_attempt = 0;
    qint64 m_lastEventNano = 0;
};

}  // namespace Hublot::Engine
