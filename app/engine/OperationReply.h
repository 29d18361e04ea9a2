// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/Result.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>

namespace Hublot::Engine::OperationReply {

// What the operation classes share: a JSON reply turned into a typed value,
// with the engine's error refined to its precise kind. The continuation runs
// on the client's thread, where the request's future finishes.
template <typename T, typename Parse> QFuture<Result<T>> map(QFuture<Result<QJsonDocument>> reply, Parse parse)
{
    return reply.then([parse](const Result<QJsonDocument> &json) -> Result<T> {
        if (!json.ok())
            return json.error().refined();
        return parse(json.value());
    });
}

inline QFuture<Result<Done>> done(QFuture<Result<QJsonDocument>> reply)
{
    return map<Done>(std::move(reply), [](const QJsonDocument &) { return Done {}; });
}

/// A query with the engine's "filters" parameter: {"label": ["a=b"], ...};
/// empty lists are left out, and so is the parameter when nothing is left.
inline QUrlQuery filters(const QMap<QString, QStringList> &byKey, QUrlQuery query = {})
{
    QJsonObject json;
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        if (!it.value().isEmpty())
            json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    if (!json.isEmpty())
        query.addQueryItem(QStringLiteral("filters"),
                           QString::fromUtf8(QUrl::toPercentEncoding(
                               QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))));
    return query;
}

}  // namespace Hublot::Engine::OperationReply
