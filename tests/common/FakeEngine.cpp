// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeEngine.h"

#include <QLocalSocket>

namespace Hublot::Test {

FakeEngine::FakeEngine(QByteArray response, QObject *parent)
    : QObject(parent)
    , m_response(std::move(response))
{
    m_server.listen(socketPath());
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                // One request at a time; requests from Hublot have no body.
                while (buffer->contains("\r\n\r\n")) {
                    buffer->remove(0, buffer->indexOf("\r\n\r\n") + 4);
                    ++m_requests;
                    socket->write(m_response);
                }
            });
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
