// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// One message of the engine's JSON progress stream (pull, push):
/// {"status":"Downloading","id":"a3ed95caeb02","progressDetail":{"current":1,"total":2}}
/// or {"error":"...","errorDetail":{"message":"..."}}.
struct ProgressMessage
{
    enum class Status { Complete, Incomplete, Malformed };

    struct Step
    {
        Status status = Status::Incomplete;
        qsizetype consumed = 0;  ///< bytes to drop from the front of the buffer
        QString error;  ///< why, when Malformed
    };

    QString id;  ///< a layer's short id, or a tag; empty for whole-image messages
    QString status;  ///< "Downloading", "Pull complete", "Digest: sha256:..."
    qint64 current = -1;  ///< bytes done, -1 when the message has no figure
    qint64 total = -1;  ///< bytes in all, -1 when unknown
    QString error;  ///< the engine's error, when the operation failed
    QJsonObject aux;  ///< extra result data, e.g. the pushed digest

    [[nodiscard]] bool isError() const { return !error.isEmpty(); }

    static ProgressMessage fromJson(const QJsonObject &json);

    /// Parses the first message in buffer into message. Incomplete until
    /// its newline arrives; a line that is not a JSON object is Malformed.
    static Step parse(QByteArrayView buffer, ProgressMessage &message);

    bool operator==(const ProgressMessage &) const = default;
};

}  // namespace Hublot::Engine
