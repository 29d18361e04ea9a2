// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AttachOperations.h"

#include "engine/EngineClient.h"
#include "engine/HijackedConnection.h"

#include <QUrl>

namespace Hublot::Engine {

AttachOperations::AttachOperations(EngineClient *client)
    : m_client(client)
{ }

HijackedConnection *AttachOperations::attach(const QString &container, bool tty, QObject *parent)
{
    QUrlQuery query;
    for (const char *name : {"stream", "stdin", "stdout", "stderr"})
        query.addQueryItem(QString::fromLatin1(name), QStringLiteral("1"));
    const QString path = u"/containers/" + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u"/attach";
    if (!m_client) {
        return HijackedConnection::withoutClient(QByteArrayLiteral("POST"), path, parent);
    }
    return m_client->openHijacked(QByteArrayLiteral("POST"), path, query, {}, tty, parent);
}

QFuture<Result<std::monostate>> AttachOperations::resize(const QString &container, QSize size)
{
    const QString path = u"/containers/" + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u"/resize";
    if (!m_client) {
        return QtFuture::makeReadyValueFuture(Result<std::monostate>(
            EngineError::make(EngineError::Kind::Cancelled, QStringLiteral("the client is gone"), u"POST " + path)));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("h"), QString::number(size.height()));
    query.addQueryItem(QStringLiteral("w"), QString::number(size.width()));
    return m_client->request(QByteArrayLiteral("POST"), path, query)
        .then([](const Result<QJsonDocument> &reply) -> Result<std::monostate> {
            if (!reply.ok())
                return reply.error();
            return std::monostate {};
        });
}

}  // namespace Hublot::Engine
