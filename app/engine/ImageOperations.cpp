// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ImageOperations.h"

#include "engine/EngineClient.h"
#include "engine/ImagePull.h"
#include "engine/OperationReply.h"

#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonObject>

namespace Hublot::Engine {

namespace {

QHttpHeaders authHeaders(const RegistryAuth &auth)
{
    QHttpHeaders headers;
    headers.append(QByteArrayView("X-Registry-Auth"), auth.headerValue());
    return headers;
}

}  // namespace

ImageOperations::ImageOperations(EngineClient *client)
    : m_client(client)
{ }

std::pair<QString, QString> ImageOperations::splitReference(const QString &reference)
{
    if (const qsizetype at = reference.indexOf(u'@'); at >= 0)
        return {reference.left(at), reference.mid(at)};
    // A colon after the last slash starts the tag; one before it is a registry's port.
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash)
        return {reference.left(colon), reference.mid(colon + 1)};
    return {reference, QString()};
}

QFuture<Result<ImageDetails>> ImageOperations::inspect(const QString &nameOrId)
{
    return OperationReply::map<ImageDetails>(
        m_client->request(QByteArrayLiteral("GET"), u"/images/" + nameOrId + u"/json"),
        [](const QJsonDocument &json) { return ImageDetails::fromJson(json.object()); });
}

QFuture<Result<QList<ImageHistoryEntry>>> ImageOperations::history(const QString &nameOrId)
{
    return OperationReply::map<QList<ImageHistoryEntry>>(
        m_client->request(QByteArrayLiteral("GET"), u"/images/" + nameOrId + u"/history"),
        [](const QJsonDocument &json) {
            QList<ImageHistoryEntry> entries;
            for (const QJsonValue &value : json.array())
                entries.append(ImageHistoryEntry::fromJson(value.toObject()));
            return entries;
        });
}

QFuture<Result<Done>> ImageOperations::tag(const QString &nameOrId, const QString &repository, const QString &tag)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("repo"), repository);
    if (!tag.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), tag);
    return OperationReply::done(m_client->request(QByteArrayLiteral("POST"), u"/images/" + nameOrId + u"/tag", query));
}

QFuture<Result<ImageOperations::Removal>> ImageOperations::remove(const QString &nameOrId, bool force)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    return OperationReply::map<Removal>(m_client->request(QByteArrayLiteral("DELETE"), u"/images/" + nameOrId, query),
                                        [](const QJsonDocument &json) {
                                            Removal removal;
                                            for (const QJsonValue &value : json.array()) {
                                                const QJsonObject item = value.toObject();
                                                if (item.contains(u"Untagged"))
                                                    removal.untagged.append(item.value(u"Untagged").toString());
                                                if (item.contains(u"Deleted"))
                                                    removal.deleted.append(item.value(u"Deleted").toString());
                                            }
                                            return removal;
                                        });
}

QFuture<Result<PruneReport>> ImageOperations::prune(const QStringList &labelFilters, bool all)
{
    QMap<QString, QStringList> filters {{QStringLiteral("label"), labelFilters}};
    if (all)
        filters.insert(QStringLiteral("dangling"), {QStringLiteral("false")});
    return OperationReply::map<PruneReport>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/images/prune"), OperationReply::filters(filters)),
        [](const QJsonDocument &json) { return PruneReport::fromJson(json.object()); });
}

QFuture<Result<QList<ImageSearchResult>>> ImageOperations::search(const QString &term, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("term"), term);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return OperationReply::map<QList<ImageSearchResult>>(
        m_client->request(QByteArrayLiteral("GET"), QStringLiteral("/images/search"), query),
        [](const QJsonDocument &json) {
            QList<ImageSearchResult> results;
            for (const QJsonValue &value : json.array())
                results.append(ImageSearchResult::fromJson(value.toObject()));
            return results;
        });
}

ImagePull *ImageOperations::pull(const QString &reference, const RegistryAuth &auth, QObject *parent)
{
    const auto [repository, tag] = splitReference(reference);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fromImage"), tag.startsWith(u'@') ? repository + tag : repository);
    if (!tag.startsWith(u'@'))
        query.addQueryItem(QStringLiteral("tag"), tag.isEmpty() ? QStringLiteral("latest") : tag);
    const QString path = QStringLiteral("/images/create");
    QNetworkReply *reply = m_client->openStream(QByteArrayLiteral("POST"), path, query, nullptr, {}, authHeaders(auth));
    return new ImagePull(m_client, reply, u"POST " + path, parent);
}

ImagePull *ImageOperations::push(const QString &reference, const RegistryAuth &auth, QObject *parent)
{
    const auto [repository, tag] = splitReference(reference);
    QUrlQuery query;
    if (!tag.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), tag);
    const QString path = u"/images/" + repository + u"/push";
    QNetworkReply *reply = m_client->openStream(QByteArrayLiteral("POST"), path, query, nullptr, {}, authHeaders(auth));
    return new ImagePull(m_client, reply, u"POST " + path, parent);
}

}  // namespace Hublot::Engine
