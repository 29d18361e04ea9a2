// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeEngine.h"

#include <QLocalSocket>

namespace Hublot::Test {

namespace {

// A large response goes out a slice at a time as the socket drains, so that
// the socket never holds a copy of all of it (a benchmark measures the
// memory of the process the fake runs in).
constexpr qsizetype Slice = 1024 * 1024;

void writeMore(QLocalSocket *socket, const QByteArray &response, qsizetype &sent)
{
    while (sent < response.size() && socket->bytesToWrite() < Slice) {
        const qsizetype size = std::min(Slice, response.size() - sent);
        socket->write(response.constData() + sent, size);
        sent += size;
    }
}

}  // namespace

FakeEngine::FakeEngine(QByteArray response, QObject *parent)
    : QObject(parent)
    , m_response(std::move(response))
{
    m_server.listen(socketPath());
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            auto sent = std::make_shared<qsizetype>(m_response.size());
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket, buffer, sent] {
                *buffer += socket->readAll();
                // One request at a time; requests from Hublot have no body.
                while (buffer->contains("\r\n\r\n")) {
                    buffer->remove(0, buffer->indexOf("\r\n\r\n") + 4);
                    ++m_requests;
                    if (*sent < m_response.size())
                        socket->write(m_response.constData() + *sent, m_response.size() - *sent);
                    *sent = 0;
                    writeMore(socket, m_response, *sent);
                }
            });
            connect(socket, &QLocalSocket::bytesWritten, socket,
                    [this, socket, sent] { writeMore(socket, m_response, *sent); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString FakeEngine::socketPath() const
{
    return m_dir.filePath(QStringLiteral("fake-docker.sock"));
}

QByteArray FakeEngine::response(int status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

}  // namespace Hublot::Test
