// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineSession.h"

#include "engine/EngineClient.h"
#include "engine/EventStream.h"
#include "engine/ServiceOperations.h"

#include <QDateTime>

namespace Hublot::Engine {

namespace {

// Events that change what `docker ps -a` lists. Others (exec_*, top,
// resize, archive-path, ...) leave the list as it was.
bool changesContainerList(const QString &action)
{
    static const QStringList actions = {
        QStringLiteral("create"),        QStringLiteral("start"),   QStringLiteral("restart"),
        QStringLiteral("stop"),          QStringLiteral("die"),     QStringLiteral("kill"),
        QStringLiteral("pause"),         QStringLiteral("unpause"), QStringLiteral("rename"),
        QStringLiteral("destroy"),       QStringLiteral("update"),  QStringLiteral("oom"),
        QStringLiteral("health_status"), QStringLiteral("connect"), QStringLiteral("disconnect"),
    };
    const QString verb = action.section(u':', 0, 0);
    return actions.contains(verb);
}

}  // namespace

EngineSession::EngineSession(QObject *parent)
    : QObject(parent)
    , m_containers(new ContainerStore([this] { return m_client->listContainers(); },
                                      [this](const QStringList &ids) { return m_client->listContainers(ids); }, this))
    , m_images(new ImageStore([this] { return m_client->listImages(); }, this))
    , m_volumes(new VolumeStore([this] { return m_client->listVolumes(); }, this))
    , m_networks(new NetworkStore([this] { return m_client->listNetworks(); }, this))
    , m_services(new ServiceStore([this] { return ServiceOperations(m_client).list(); }, this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EngineSession::retry);
    m_servicesSettle.setSingleShot(true);
    m_servicesSettle.setInterval(ServicesSettleMs);
    connect(&m_servicesSettle, &QTimer::timeout, this, [this] { m_services->refresh(); });
    for (StoreSignals *store : {static_cast<StoreSignals *>(m_containers), static_cast<StoreSignals *>(m_images),
                                static_cast<StoreSignals *>(m_volumes), static_cast<StoreSignals *>(m_networks)}) {
        connect(store, &StoreSignals::changed, this, &EngineSession::checkLoaded);
    }
}

EngineSession::~EngineSession() = default;

QString EngineSession::apiVersion() const
{
    return m_client ? m_client->apiVersion() : QString();
}

QString EngineSession::address() const
{
    if (m_endpoint.ok())
        return m_endpoint->address();
    return m_endpoint.error().address;
}

bool EngineSession::isLoaded() const
{
    return m_state == State::Connected && m_containers->isLoaded() && m_images->isLoaded() && m_volumes->isLoaded()
        && m_networks->isLoaded();
}

void EngineSession::connectTo(const Result<EngineEndpoint> &endpoint)
{
    m_endpoint = endpoint;
    m_retryDelayMs = FirstRetryDelayMs;
    if (m_client && (!endpoint.ok() || !(m_client->endpoint() == endpoint.value()))) {
        delete m_client;
        m_lastEventNano = 0;  // another engine: its events are not a continuation
    }
    retry();
}

void EngineSession::retry()
{
    m_retryTimer.stop();
    if (m_events) {
        m_events->disconnect(this);
        delete m_events;
    }
    m_loadedEmitted = false;
    if (!m_endpoint.ok()) {
        fail(m_endpoint.error());
        return;
    }
    // After a failure, start from a fresh client: Qt keeps pooled
    // connections to a socket whose engine has gone, and a request queued
    // on one of them can wait until it times out.
    if (m_client && m_state == State::Unreachable)
        delete m_client;
    if (!m_client)
        m_client = new EngineClient(m_endpoint.value(), this);
    setState(State::Connecting);
    const quint64 attempt = ++m_attempt;
    m_client->ping().then(this, [this, attempt](const Result<QString> &ping) {
        if (attempt != m_attempt)
            return;
        if (!ping.ok()) {
            fail(ping.error());
            return;
        }
        m_client->version().then(this, [this, attempt](const Result<EngineVersion> &version) {
            if (attempt != m_attempt)
                return;
            if (!version.ok()) {
                fail(version.error());
            } else if (EngineClient::apiMinor(version->minApiVersion) > EngineClient::NewestApiMinor) {
                // The engine no longer accepts any version Hublot speaks.
                EngineError error = EngineError::make(EngineError::Kind::ApiTooNew, version->minApiVersion,
                                                      QStringLiteral("GET /version"));
                error.address = address();
                fail(error);
            } else {
                onConnected(version.value());
            }
        });
    });
}

void EngineSession::onConnected(const EngineVersion &version)
{
    m_version = version;
    m_lastError = {};
    m_retryDelayMs = FirstRetryDelayMs;
    // Follow the events first, then list: a change made between the two is
    // seen by the listing or by an event, never by neither.
    m_events = m_client->events(m_lastEventNano, this);
    connect(m_events, &EventStream::eventReceived, this, &EngineSession::onEvent);
    connect(m_events, &EventStream::ended, this, [this](const EngineError &error) {
        if (error.kind != EngineError::Kind::Cancelled)
            fail(error);
    });
    setState(State::Connected);
    m_containers->refresh();
    m_images->refresh();
    m_volumes->refresh();
    m_networks->refresh();
    m_services->refresh();
}

void EngineSession::onEvent(const DockerEvent &event)
{
    // A resumed stream starts with the last event already seen.
    if (event.timeNano != 0 && event.timeNano <= m_lastEventNano)
        return;
    m_lastEventNano = std::max(m_lastEventNano, event.timeNano);
    Q_EMIT eventReceived(event);
    if (event.type == u"container") {
        if (changesContainerList(event.action))
            m_containers->refreshKeys({event.actorId});
        // A service's task came or went: its running count changes, once the
        // swarm has heard from the container (a moment after the event; no
        // event says when), so the services are listed now and once more a
        // second after the last such event.
        if (changesContainerList(event.action)
            && event.attributes.contains(QStringLiteral("com.docker.swarm.service.id"))) {
            m_services->refresh();
            m_servicesSettle.start();
        }
        if (event.action == u"create" || event.action == u"destroy")
            m_images->refresh();  // the images' container counts change
    } else if (event.type == u"image") {
        m_images->refresh();
    } else if (event.type == u"volume") {
        if (event.action != u"mount" && event.action != u"unmount")
            m_volumes->refresh();
    } else if (event.type == u"service" || event.type == u"node") {
        m_services->refresh();  // a node event comes when the engine joins or leaves a swarm
    } else if (event.type == u"network") {
        m_networks->refresh();
        // A container joined or left: its list of networks changed.
        const QString container = event.attributes.value(QStringLiteral("container"));
        if ((event.action == u"connect" || event.action == u"disconnect") && !container.isEmpty())
            m_containers->refreshKeys({container});
    }
}

void EngineSession::fail(const EngineError &error)
{
    m_lastError = error;
    if (m_lastError.address.isEmpty())
        m_lastError.address = address();
    if (m_events) {
        m_events->disconnect(this);
        m_events->deleteLater();
    }
    ++m_attempt;
    m_containers->clear();
    m_images->clear();
    m_volumes->clear();
    m_networks->clear();
    m_services->clear();
    m_servicesSettle.stop();
    setState(State::Unreachable);
    if (m_autoRetry && error.kind != EngineError::Kind::InvalidDockerHost) {
        m_retryTimer.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, int(MaxRetryDelayMs));
    }
}

void EngineSession::setState(State state)
{
    if (m_state == state && state != State::Unreachable)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EngineSession::checkLoaded()
{
    if (!m_loadedEmitted && isLoaded()) {
        m_loadedEmitted = true;
        Q_EMIT loaded();
    }
}

}  // namespace Hublot::Engine
