// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LogStream.h"

#include "engine/EngineClient.h"
#include "engine/MultiplexedStreamParser.h"

#include <QNetworkReply>
#include <QUrl>

#include <utility>

namespace Hublot::Engine {

namespace {

bool isError(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 300;
}

}  // namespace

LogStream::LogStream(EngineClient *client, const QString &container, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tty(options.tty)
{
    const QString path = u"/containers/" + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u"/logs";
    m_what = u"GET " + path;
    m_address = client->endpoint().address();
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
    m_reply = client->openStream(QByteArrayLiteral("GET"), path, query);
    connect(m_reply, &QNetworkReply::readyRead, this, &LogStream::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &LogStream::onFinished);
}

LogStream::~LogStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void LogStream::cancel()
{
    if (m_ended)
        return;
    fail(EngineError::Kind::Cancelled, {});
}

void LogStream::readAvailable()
{
    // A refusal's body is the engine's message, which onFinished() reads.
    if (m_ended || !m_reply || isError(m_reply))
        return;
    if (m_tty) {
        const QByteArray bytes = m_reply->readAll();
        addOutput(StdStream::Stdout, bytes);
        return;
    }
    m_buffer += m_reply->readAll();
    qsizetype offset = 0;
    for (;;) {
        const auto step = MultiplexedStreamParser::parse(QByteArrayView(m_buffer).sliced(offset));
        if (step.status == MultiplexedStreamParser::Status::Malformed) {
            fail(EngineError::Kind::MalformedReply, step.error);
            return;
        }
        if (step.status == MultiplexedStreamParser::Status::Incomplete) {
            m_buffer.remove(0, offset);
            if (step.frameSize > m_buffer.capacity())
                m_buffer.reserve(step.frameSize);
            return;
        }
        offset += step.consumed;
        addOutput(step.stream, step.payload);
        if (m_ended)  // a receiver cancelled
            return;
    }
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

void LogStream::onFinished()
{
    if (m_ended || !m_reply)
        return;
    readAvailable();
    if (m_ended)
        return;
    if (m_reply->error() != QNetworkReply::NoError || isError(m_reply)) {
        EngineError error = m_client ? m_client->errorFor(m_reply, m_what)
                                     : EngineError::make(EngineError::Kind::ConnectionLost, {}, m_what);
        finish(error);
        return;
    }
    if (!m_buffer.isEmpty()) {
        fail(EngineError::Kind::ConnectionLost, QStringLiteral("the log ended inside a frame"));
        return;
    }
    flushLines();
    finish(std::nullopt);
}

void LogStream::fail(EngineError::Kind kind, const QString &message)
{
    EngineError error = EngineError::make(kind, message, m_what);
    error.address = m_address;
    finish(error);
}

void LogStream::finish(const std::optional<EngineError> &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_buffer.clear();
    for (QByteArray &partial : m_partialLines)
        partial.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT ended(error);
}

}  // namespace Hublot::Engine
