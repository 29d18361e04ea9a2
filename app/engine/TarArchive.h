// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ArchiveEntry.h"
#include "engine/ArchiveExtraction.h"
#include "engine/Done.h"
#include "engine/Result.h"

#include <QList>
#include <QStringList>

class QFileDevice;

namespace Hublot::Engine {

/// Tar files on local disk, with KTar: written from folders for the engine,
/// and read from what the engine sent, spooled to a file first (KTar reads
/// only from a seekable device). Files are copied in chunks, never held
/// whole. Runs on the calling thread; errors have kind LocalFileFailed
/// (path: the file) or MalformedArchive.
class TarArchive final
{
public:
    /// Writes folder's content (its entries at the archive's root, hidden
    /// ones and symbolic links as links included) to out, an open, empty
    /// file. Entries belong to root (uid and gid 0) with their local
    /// permissions, as the engine expects of a build context or an upload.
    static Result<Done> writeFolder(const QString &folder, QFileDevice *out);
    /// Writes the files (each at the archive's root, under its file name) to out.
    static Result<Done> writeFiles(const QStringList &files, QFileDevice *out);

    /// Every entry of the tar in file (seekable, open or not).
    static Result<QList<ArchiveEntry>> list(QFileDevice *file);

    /// Extracts the untrusted tar in file under targetFolder (created if
    /// needed), entry by entry: refuses absolute names, "..", links that
    /// leave the folder and writing through links, and reports what it refused.
    static Result<ArchiveExtraction> extract(QFileDevice *file, const QString &targetFolder);
};

}  // namespace Hublot::Engine
