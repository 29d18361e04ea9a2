// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/ImageDetails.h"
#include "engine/ImageHistoryEntry.h"
#include "engine/ImageSearchResult.h"
#include "engine/PruneReport.h"
#include "engine/RegistryAuth.h"
#include "engine/Result.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace Hublot::Engine {

class EngineClient;
class ImagePull;

/// The operations on images, typed, over an EngineClient (listing is
/// EngineClient::listImages()). Request/response ones give futures that
/// finish on the client's thread; pull and push are ImagePull streams. The
/// client must outlive this object and the streams.
class ImageOperations final
{
public:
    /// What removing an image did: references untagged, image ids deleted.
    struct Removal
    {
        QStringList untagged;
        QStringList deleted;
        bool operator==(const Removal &) const = default;
    };

    explicit ImageOperations(EngineClient *client);

    QFuture<Result<ImageDetails>> inspect(const QString &nameOrId);
    QFuture<Result<QList<ImageHistoryEntry>>> history(const QString &nameOrId);
    /// Gives the image the reference repository:tag (tag empty: "latest").
    QFuture<Result<Done>> tag(const QString &nameOrId, const QString &repository, const QString &tag = {});
    /// force: also when containers use it or it has several tags.
    QFuture<Result<Removal>> remove(const QString &nameOrId, bool force = false);
    /// Removes dangling images; all: every image no container uses.
    /// labelFilters ("key" or "key=value") limit it.
    QFuture<Result<PruneReport>> prune(const QStringList &labelFilters = {}, bool all = false);
    /// Searches the engine's default registry (Docker Hub); fails with
    /// RegistryUnreachable when the engine cannot reach it.
    QFuture<Result<QList<ImageSearchResult>>> search(const QString &term, int limit = 25);

    /// Starts pulling reference ("repo", "repo:tag", "host:port/repo:tag",
    /// "repo@sha256:..."; no tag: "latest"). The stream is owned by parent.
    ImagePull *pull(const QString &reference, const RegistryAuth &auth, QObject *parent);
    /// Starts pushing the image's reference to its registry. The stream is owned by parent.
    ImagePull *push(const QString &reference, const RegistryAuth &auth, QObject *parent);

    /// Splits a reference into repository and tag ("host:5000/a/b:1" ->
    /// "host:5000/a/b", "1"); the tag is empty when the reference has none
    /// and holds "@sha256:..." for a digest.
    static std::pair<QString, QString> splitReference(const QString &reference);

private:
    EngineClient *m_client;
};

}  // namespace Hublot::Engine
