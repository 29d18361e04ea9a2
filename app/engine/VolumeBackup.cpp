// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VolumeBackup.h"

#include "engine/ArchiveDownload.h"
#include "engine/ArchiveOperations.h"
#include "engine/ContainerOperations.h"
#include "engine/CreateContainerRequest.h"
#include "engine/EngineClient.h"
#include "engine/TarArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrentRun>

namespace Hublot::Engine {

VolumeBackup *VolumeBackup::backUp(EngineClient *client, const QString &volume, const QString &image,
                                   const QString &filePath, const Labels &labels, QObject *parent)
{
    return new VolumeBackup(client, Direction::Backup, volume, image, filePath, labels, parent);
}

VolumeBackup *VolumeBackup::restore(EngineClient *client, const QString &volume, const QString &image,
                                    const QString &filePath, const Labels &labels, QObject *parent)
{
    return new VolumeBackup(client, Direction::Restore, volume, image, filePath, labels, parent);
}

QString VolumeBackup::refusal(const QList<ArchiveEntry> &entries)
{
    const QString top = MountPoint.mid(1);
    if (entries.isEmpty())
        return QStringLiteral("the archive is empty");
    for (const ArchiveEntry &entry : entries) {
        QString path = entry.path;
        while (path.startsWith(u"./"))
            path = path.mid(2);
        if (path != top && path != top + u'/' && !path.startsWith(top + u'/'))
            return u"\"" + entry.path + u"\" is not under " + top + u"/";
    }
    return {};
}

VolumeBackup::VolumeBackup(EngineClient *client, Direction direction, QString volume, QString image, QString filePath,
                           Labels labels, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_direction(direction)
    , m_volume(std::move(volume))
    , m_image(std::move(image))
    , m_filePath(std::move(filePath))
    , m_labels(std::move(labels))
{
    // From the event loop: receivers are connected by then.
    QMetaObject::invokeMethod(this, &VolumeBackup::start, Qt::QueuedConnection);
}

VolumeBackup::~VolumeBackup() = default;

std::optional<EngineError> VolumeBackup::unpack(const QString &filePath, const QString &folder)
{
    const auto fail = [&filePath](EngineError error) {
        if (error.path.isEmpty())
            error.path = filePath;
        return error;
    };
    QFile file(filePath);
    const Result<QList<ArchiveEntry>> entries = TarArchive::list(&file);
    if (!entries.ok())
        return fail(entries.error());
    if (const QString why = refusal(entries.value()); !why.isEmpty())
        return fail(EngineError::make(EngineError::Kind::MalformedArchive, why));
    const Result<ArchiveExtraction> extracted = TarArchive::extract(&file, folder);
    if (!extracted.ok())
        return fail(extracted.error());
    if (!extracted->refused.isEmpty()) {
        return fail(EngineError::make(EngineError::Kind::MalformedArchive,
                                      u"\"" + extracted->refused.first().name + u"\" leaves the volume's folder"));
    }
    return std::nullopt;
}

void VolumeBackup::start()
{
    if (!m_client) {
        Q_EMIT finished(EngineError::make(EngineError::Kind::Cancelled, QStringLiteral("the client is gone")));
        return;
    }
    if (m_direction == Direction::Backup) {
        createHelper();
        return;
    }
    // A restore checks its backup before anything is made on the engine,
    // unpacking it on the thread pool (a big backup takes a while).
    m_unpacked = std::make_shared<QTemporaryDir>();
    if (!m_unpacked->isValid()) {
        EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, m_unpacked->errorString());
        error.path = m_unpacked->path();
        Q_EMIT finished(error);
        return;
    }
    // The worker holds the folder too: should this object go first, the
    // folder is removed only once the worker is done with it.
    QtConcurrent::run([file = m_filePath, folder = m_unpacked] {
        return unpack(file, folder->path());
    }).then(this, [this](const std::optional<EngineError> &error) {
        if (error)
            Q_EMIT finished(*error);
        else if (!m_client)
            Q_EMIT finished(EngineError::make(EngineError::Kind::Cancelled, QStringLiteral("the client is gone")));
        else
            createHelper();
    });
}

void VolumeBackup::createHelper()
{
    CreateContainerRequest request;
    request.image = m_image;
    // Never started; a command is still needed for images that have none.
    request.cmd = {QStringLiteral("true")};
    request.volumes = {{m_volume, QString(MountPoint), m_direction == Direction::Backup}};
    request.labels = m_labels;
    request.labels.insert(QString(HelperLabel),
                          m_direction == Direction::Backup ? QStringLiteral("backup") : QStringLiteral("restore"));
    ContainerOperations(m_client).create(request).then(this, [this](const Result<QString> &created) {
        if (!created.ok()) {
            Q_EMIT finished(created.error());
            return;
        }
        transfer(created.value());
    });
}

void VolumeBackup::transfer(const QString &helper)
{
    ArchiveOperations archives(m_client);
    if (m_direction == Direction::Backup) {
        ArchiveDownload *download = archives.download(helper, QString(MountPoint), m_filePath, this);
        connect(download, &ArchiveDownload::finished, this, [this, helper, download](const Result<Done> &result) {
            download->deleteLater();
            removeHelper(helper, result);
        });
        return;
    }
    archives.putFolder(helper, m_unpacked->filePath(MountPoint.mid(1)), QString(MountPoint))
        .then(this, [this, helper](const Result<Done> &result) { removeHelper(helper, result); });
}

void VolumeBackup::removeHelper(const QString &helper, const Result<Done> &result)
{
    if (!m_client) {
        Q_EMIT finished(result);
        return;
    }
    ContainerOperations(m_client).remove(helper, true).then(this, [this, result](const Result<Done> &removed) {
        // The transfer's failure says more than the removal's.
        Q_EMIT finished(result.ok() && !removed.ok() ? Result<Done>(removed.error()) : result);
    });
}

}  // namespace Hublot::Engine
