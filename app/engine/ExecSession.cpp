// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ExecSession.h"

#include "engine/HijackedConnection.h"

#include <QTimer>

#include <utility>

namespace Hublot::Engine {

namespace {

// The stream can close a moment before the engine has recorded the exit
// code: inspect again, briefly, until it has.
constexpr int InspectAttempts = 50;
constexpr int InspectIntervalMs = 100;

}  // namespace

ExecSession::ExecSession(EngineClient *client, QString container, ExecOperations::Config config, QObject *parent)
    : QObject(parent)
    , m_operations(client)
    , m_container(std::move(container))
    , m_config(std::move(config))
{ }

ExecSession::~ExecSession()
{
    if (m_connection)
        m_connection->disconnect(this);
}

void ExecSession::start()
{
    if (m_startRequested)
        return;
    m_startRequested = true;
    m_operations.create(m_container, m_config).then(this, [this](const Result<QString> &id) {
        if (m_finished)
            return;
        if (!id.ok()) {
            finish(id.error());
            return;
        }
        m_execId = id.value();
        startStream();
    });
}

void ExecSession::startStream()
{
    m_connection = m_operations.start(m_execId, m_config.tty, m_config.consoleSize, this);
    connect(m_connection, &HijackedConnection::established, this, [this] {
        // Engines before API 1.42 ignore the size in the start request.
        if (m_config.tty && m_config.consoleSize)
            m_operations.resize(m_execId, *m_config.consoleSize);
        Q_EMIT started();
    });
    connect(m_connection, &HijackedConnection::data, this,
            [this](const QByteArray &bytes) { Q_EMIT output(StdStream::Stdout, bytes); });
    connect(m_connection, &HijackedConnection::frame, this, &ExecSession::output);
    connect(m_connection, &HijackedConnection::ended, this, &ExecSession::onStreamEnded);
    m_connection->write(std::exchange(m_pendingInput, {}));
    if (m_closeWriteWanted)
        m_connection->closeWrite();
    m_connection->start();
}

void ExecSession::write(const QByteArray &bytes)
{
    if (m_finished)
        return;
    if (m_connection)
        m_connection->write(bytes);
    else
        m_pendingInput += bytes;
}

void ExecSession::closeWrite()
{
    m_closeWriteWanted = true;
    if (m_connection)
        m_connection->closeWrite();
}

QFuture<Result<std::monostate>> ExecSession::resize(QSize size)
{
    if (!m_connection || !m_connection->isEstablished()) {
        m_config.consoleSize = size;
        return QtFuture::makeReadyValueFuture(Result<std::monostate>(std::monostate {}));
    }
    return m_operations.resize(m_execId, size);
}

void ExecSession::cancel()
{
    if (m_finished)
        return;
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->cancel();
    }
    finish(EngineError::make(EngineError::Kind::Cancelled, {}, u"exec in " + m_container));
}

void ExecSession::onStreamEnded(const std::optional<EngineError> &error)
{
    if (m_connection)
        m_connection->deleteLater();
    if (error) {
        finish(*error);
        return;
    }
    inspectExit(1);
}

void ExecSession::inspectExit(int attempt)
{
    m_operations.inspect(m_execId).then(this, [this, attempt](const Result<ExecOperations::State> &state) {
        if (m_finished)
            return;
        if (!state.ok()) {
            finish(state.error());
        } else if (state->exitCode) {
            finish(*state->exitCode);
        } else if (attempt < InspectAttempts) {
            QTimer::singleShot(InspectIntervalMs, this, [this, attempt] { inspectExit(attempt + 1); });
        } else {
            finish(EngineError::make(EngineError::Kind::MalformedReply,
                                     QStringLiteral("the stream ended but the process still runs"),
                                     u"GET /exec/" + m_execId + u"/json"));
        }
    });
}

void ExecSession::finish(const Result<int> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

}  // namespace Hublot::Engine
