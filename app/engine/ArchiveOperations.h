// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ArchiveExtraction.h"
#include "engine/Done.h"
#include "engine/Labels.h"
#include "engine/PathStat.h"
#include "engine/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <functional>

class QFileDevice;
class QObject;

namespace Hublot::Engine {

class ArchiveDownload;
class ArchiveUpload;
class EngineClient;

/// Files in and out of containers and images as tar streams, over an
/// EngineClient. Archives are never held in memory: what the engine sends
/// goes to a file, and what it receives is written with KTar to a temporary
/// file and streamed from there. Futures finish on the client's thread;
/// long transfers are ArchiveDownload and ArchiveUpload objects owned by
/// the parent given. Tars are written and extracted on Qt's thread pool (a
/// big folder takes seconds to pack), never on the client's thread. The
/// client must outlive this object and the transfers.
class ArchiveOperations final
{
public:
    struct BuildOptions
    {
        QString tag;  ///< "repo:tag", or empty
        QString dockerfile = QStringLiteral("Dockerfile");  ///< path in the context
        Labels labels;
        bool noCache = false;
    };

    explicit ArchiveOperations(EngineClient *client);

    /// HEAD /containers/{id}/archive: what path is in the container.
    QFuture<Result<PathStat>> stat(const QString &container, const QString &path);
    /// Gets path from the container as a tar, spooled to a temporary file,
    /// and extracts it under targetFolder entry by entry (see TarArchive::extract).
    QFuture<Result<ArchiveExtraction>> get(const QString &container, const QString &path, const QString &targetFolder);
    /// Puts folder's content into the container's folder path (which must exist).
    QFuture<Result<Done>> putFolder(const QString &container, const QString &folder, const QString &path);
    /// Puts the files, by their names, into the container's folder path.
    QFuture<Result<Done>> putFiles(const QString &container, const QStringList &files, const QString &path);

    /// Writes path of the container as a tar to filePath (`docker cp CTR:PATH - > FILE`).
    ArchiveDownload *download(const QString &container, const QString &path, const QString &filePath, QObject *parent);
    /// Writes the container's file system as a tar to filePath.
    ArchiveDownload *exportContainer(const QString &container, const QString &filePath, QObject *parent);
    /// Writes the images (names or ids) as one tar to filePath (`docker save`).
    ArchiveDownload *saveImages(const QStringList &images, const QString &filePath, QObject *parent);
    /// Loads the images of a `docker save` tar; gives the last image loaded.
    ArchiveUpload *loadImages(const QString &filePath, QObject *parent);
    /// Imports a root file system tar as an image repository:tag; gives its id.
    /// changes are Dockerfile instructions (`CMD ["sh"]`).
    ArchiveUpload *importImage(const QString &filePath, const QString &repository, const QString &tag,
                               const QStringList &changes, QObject *parent);
    /// Builds the image in contextFolder (a tar of it is the build context); gives its id.
    ArchiveUpload *build(const QString &contextFolder, const BuildOptions &options, QObject *parent);

private:
    QFuture<Result<Done>> put(const QString &container, const QString &path,
                              const std::function<Result<Done>(QFileDevice *)> &write);

    EngineClient *m_client;
};

}  // namespace Hublot::Engine
