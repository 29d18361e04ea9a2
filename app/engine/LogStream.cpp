// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LogStream.h"

#include "engine/EngineClient.h"
#include "engine/HijackedConnection.h"

#include <QUrlQuery>

#include <utility>

namespace Hublot::Engine {

LogStream::LogStream(EngineClient *client, const QString &container, const Options &options, QObject *parent)
    : QObject(parent)
{
    const auto flag = [](bool on) {
        return on ? QStringLiteral("1") : QStringLiteral("0");
    };
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("follow"), flag(options.follow));
    query.addQueryItem(QStringLiteral("stdout"), flag(options.stdOut));
    query.addQueryItem(QStringLiteral("stderr"), flag(options.stdErr));
    query.addQueryItem(QStringLiteral("timestamps"), flag(options.timestamps));
    query.addQueryItem(QStringLiteral("tail"),
                       options.tail < 0 ? QStringLiteral("all") : QString::number(options.tail));
    if (options.sinceSeconds > 0)
        query.addQueryItem(QStringLiteral("since"), QString::number(options.sinceSeconds));
    m_connection = client->openHijacked(QByteArrayLiteral("GET"), u"/containers/" + container + u"/logs", query, {},
                                        options.tty, this);
    connect(m_connection, &HijackedConnection::data, this,
            [this](const QByteArray &bytes) { addOutput(StdStream::Stdout, bytes); });
    connect(m_connection, &HijackedConnection::frame, this,
            [this](StdStream stream, const QByteArray &payload) { addOutput(stream, payload); });
    connect(m_connection, &HijackedConnection::ended, this, &LogStream::onConnectionEnded);
    m_connection->start();
}

LogStream::~LogStream()
{
    if (m_connection)
        m_connection->disconnect(this);
}

void LogStream::cancel()
{
    if (m_ended)
        return;
    // The connection ends at once, as Cancelled.
    if (m_connection)
        m_connection->cancel();
}

void LogStream::addOutput(StdStream stream, QByteArrayView bytes)
{
    QByteArray &partial = m_partialLines.at(std::size_t(stream));
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0) {
            partial.append(bytes);
            if (partial.size() >= MaxLineLength)
                Q_EMIT lineReceived(stream, std::exchange(partial, {}));
            return;
        }
        QByteArray line = std::exchange(partial, {});
        line.append(bytes.first(newline));
        bytes = bytes.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineReceived(stream, line);
        if (m_ended)
            return;
    }
}

void LogStream::flushLines()
{
    for (std::size_t i = 0; i < m_partialLines.size() && !m_ended; ++i) {
        if (!m_partialLines.at(i).isEmpty())
            Q_EMIT lineReceived(static_cast<StdStream>(i), std::exchange(m_partialLines.at(i), {}));
    }
}

void LogStream::onConnectionEnded(const std::optional<EngineError> &error)
{
    if (!error)
        flushLines();
    finish(error);
}

void LogStream::finish(const std::optional<EngineError> &error)
{
    if (m_ended)
        return;
    m_ended = true;
    for (QByteArray &partial : m_partialLines)
        partial.clear();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->cancel();
        m_connection->deleteLater();
    }
    Q_EMIT ended(error);
}

}  // namespace Hublot::Engine
