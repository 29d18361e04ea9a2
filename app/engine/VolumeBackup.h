// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ArchiveEntry.h"
#include "engine/Done.h"
#include "engine/Labels.h"
#include "engine/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Hublot::Engine {

class EngineClient;

/// A volume's files saved to a tar file, or a saved tar put back into a
/// volume, as the docker CLI does it: a container that mounts the volume
/// on /volume is created from an image already on the engine (never
/// started), `docker cp` reads or writes /volume through it, and it is
/// removed after, whatever happened. A backup's entries are all under
/// volume/, and a restore takes only such a tar: it is unpacked here first
/// (refusing entries that would leave the folder, see TarArchive), then its
/// volume/ folder is copied into the volume, replacing files with the same
/// names and keeping the others.
///
/// Lives on the client's thread (the backup is unpacked on the thread pool);
/// finished() comes once, from the event loop.
class VolumeBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeBackup)

public:
    /// Where the helper container mounts the volume.
    static constexpr QLatin1StringView MountPoint {"/volume"};
    /// The label that marks the helper containers ("backup" or "restore").
    static constexpr QLatin1StringView HelperLabel {"hublot.volume-helper"};

    /// Saves volume to filePath. labels go on the helper container too.
    static VolumeBackup *backUp(EngineClient *client, const QString &volume, const QString &image,
                                const QString &filePath, const Labels &labels, QObject *parent);
    /// Puts the backup in filePath back into volume.
    static VolumeBackup *restore(EngineClient *client, const QString &volume, const QString &image,
                                 const QString &filePath, const Labels &labels, QObject *parent);

    /// Why a tar's entries are not a volume backup (an entry outside
    /// volume/), empty when they are.
    static QString refusal(const QList<ArchiveEntry> &entries);

Q_SIGNALS:
    void finished(const Hublot::Engine::Result<Hublot::Engine::Done> &result);

private:
    enum class Direction { Backup, Restore };
    VolumeBackup(EngineClient *client, Direction direction, QString volume, QString image, QString filePath,
                 Labels labels, QObject *parent);
    ~VolumeBackup() override;
    /// For a restore: checks the backup in filePath and unpacks it into
    /// folder; empty when done. Runs on the thread pool.
    static std::optional<EngineError> unpack(const QString &filePath, const QString &folder);
    void start();
    void createHelper();
    void transfer(const QString &helper);
    void removeHelper(const QString &helper, const Result<Done> &result);

    QPointer<EngineClient> m_client;
    Direction m_direction;
    QString m_volume;
    QString m_image;
    QString m_filePath;
    Labels m_labels;
    std::shared_ptr<QTemporaryDir> m_unpacked;  ///< for a restore: the backup, unpacked (shared with the worker)
};

}  // namespace Hublot::Engine
