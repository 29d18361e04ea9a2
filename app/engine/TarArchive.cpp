// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TarArchive.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <memory>

namespace Hublot::Engine {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
constexpr int BlockSize = 512;

EngineError localError(const QString &path, const QString &message)
{
    EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, message);
    error.path = path;
    return error;
}

EngineError malformed(const QString &path, const QString &message)
{
    EngineError error = EngineError::make(EngineError::Kind::MalformedArchive, message);
    error.path = path;
    return error;
}

mode_t modeOf(const QFileInfo &info)
{
    const QFileDevice::Permissions p = info.permissions();
    mode_t mode = 0;
    mode |= (p & QFileDevice::ReadOwner) ? 0400 : 0;
    mode |= (p & QFileDevice::WriteOwner) ? 0200 : 0;
    mode |= (p & QFileDevice::ExeOwner) ? 0100 : 0;
    mode |= (p & QFileDevice::ReadGroup) ? 040 : 0;
    mode |= (p & QFileDevice::WriteGroup) ? 020 : 0;
    mode |= (p & QFileDevice::ExeGroup) ? 010 : 0;
    mode |= (p & QFileDevice::ReadOther) ? 04 : 0;
    mode |= (p & QFileDevice::WriteOther) ? 02 : 0;
    mode |= (p & QFileDevice::ExeOther) ? 01 : 0;
    return mode;
}

QFileDevice::Permissions permissionsOf(quint32 mode)
{
    QFileDevice::Permissions p;
    const std::pair<quint32, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner}, {0100, QFileDevice::ExeOwner},
        {040, QFileDevice::ReadGroup},  {020, QFileDevice::WriteGroup},  {010, QFileDevice::ExeGroup},
        {04, QFileDevice::ReadOther},   {02, QFileDevice::WriteOther},   {01, QFileDevice::ExeOther},
    };
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            p |= permission;
    }
    // Whatever the archive says, we can still read and replace what we wrote.
    return p | QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

const QString Root = QStringLiteral("root");

bool writeLocalFile(KTar &tar, const QString &name, const QFileInfo &info, QString &error)
{
    QFile in(info.filePath());
    if (!in.open(QIODevice::ReadOnly)) {
        error = in.errorString();
        return false;
    }
    const qint64 size = in.size();
    if (!tar.prepareWriting(name, Root, Root, size, 0100000 | modeOf(info), info.lastRead(), info.lastModified(),
                            info.birthTime())) {
        error = tar.errorString();
        return false;
    }
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    qint64 written = 0;
    while (written < size) {
        const qint64 got = in.read(chunk.data(), std::min(ChunkSize, size - written));
        if (got <= 0 || !tar.writeData(chunk.constData(), got)) {
            error = got <= 0 ? in.errorString() : tar.errorString();
            return false;
        }
        written += got;
    }
    return tar.finishWriting(size);
}

// KTar writes every entry with uid 501 and gid 100 whatever user it is
// given; the engine keeps numeric ids (import, build), so we set them to 0
// in each header, and its checksum, once the archive is written.
bool giveEntriesToRoot(QFileDevice *file)
{
    if (!file->seek(0))
        return false;
    for (;;) {
        const qint64 at = file->pos();
        QByteArray header = file->read(BlockSize);
        if (header.size() < BlockSize)
            return true;  // KTar pads the end; a short tail is that padding
        if (header.count('\0') == BlockSize)
            return true;
        const QByteArray sizeField = header.mid(124, 12);
        bool ok = false;
        const qint64 size = QByteArray(sizeField.constData()).trimmed().toLongLong(&ok, 8);
        if (!ok && !sizeField.startsWith('\0'))
            return false;
        header.replace(108, 8, QByteArrayLiteral("0000000\0"));
        header.replace(116, 8, QByteArrayLiteral("0000000\0"));
        header.replace(148, 8, QByteArray(8, ' '));
        unsigned sum = 0;
        for (const char c : std::as_const(header))
            sum += static_cast<unsigned char>(c);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2);
        header.replace(148, 8, checksum);
        if (!file->seek(at) || file->write(header) != BlockSize)
            return false;
        const qint64 next = at + BlockSize + (ok ? (size + BlockSize - 1) / BlockSize * BlockSize : 0);
        if (!file->seek(next))
            return false;
    }
}

Result<Done> writeTar(QFileDevice *out, const std::function<bool(KTar &, QString &, QString &)> &fill)
{
    const QString outName = out->fileName();
    {
        KTar tar(out);
        if (!tar.open(QIODevice::WriteOnly))
            return localError(outName, tar.errorString());
        QString failedPath;
        QString error;
        if (!fill(tar, failedPath, error))
            return localError(failedPath, error);
        if (!tar.close())
            return localError(outName, tar.errorString());
    }
    if (!out->isOpen() && !out->open(QIODevice::ReadWrite))
        return localError(outName, out->errorString());
    if (!giveEntriesToRoot(out) || !out->flush() || !out->seek(0))
        return localError(outName, out->errorString());
    return Done {};
}

}  // namespace

Result<Done> TarArchive::writeFolder(const QString &folder, QFileDevice *out)
{
    const QDir root(folder);
    if (!root.exists())
        return localError(folder, QStringLiteral("no such folder"));
    return writeTar(out, [&root](KTar &tar, QString &failedPath, QString &error) {
        QDirIterator it(root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            const QString name = root.relativeFilePath(info.filePath());
            failedPath = info.filePath();
            if (info.isSymLink()) {
                if (!tar.writeSymLink(name, info.readSymLink(), Root, Root, 0120777)) {
                    error = tar.errorString();
                    return false;
                }
            } else if (info.isDir()) {
                if (!tar.writeDir(name, Root, Root, 040000 | modeOf(info), info.lastRead(), info.lastModified())) {
                    error = tar.errorString();
                    return false;
                }
            } else if (!writeLocalFile(tar, name, info, error)) {
                return false;
            }
        }
        return true;
    });
}

Result<Done> TarArchive::writeFiles(const QStringList &files, QFileDevice *out)
{
    return writeTar(out, [&files](KTar &tar, QString &failedPath, QString &error) {
        for (const QString &path : files) {
            const QFileInfo info(path);
            failedPath = path;
            if (!info.isFile()) {
                error = QStringLiteral("not a file");
                return false;
            }
            if (!writeLocalFile(tar, info.fileName(), info, error))
                return false;
        }
        return true;
    });
}

namespace {

// Calls visit for every entry below directory, depth first, with its path in the archive.
void walk(const KArchiveDirectory *directory, const QString &prefix,
          const std::function<void(const QString &, const KArchiveEntry *)> &visit)
{
    QStringList names = directory->entries();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const KArchiveEntry *entry = directory->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        visit(path, entry);
        if (entry->isDirectory() && entry->symLinkTarget().isEmpty())
            walk(static_cast<const KArchiveDirectory *>(entry), path, visit);
    }
}

ArchiveEntry entryFor(const QString &path, const KArchiveEntry *entry)
{
    ArchiveEntry result;
    result.path = path;
    result.permissions = entry->permissions() & 07777;
    result.linkTarget = entry->symLinkTarget();
    if (!result.linkTarget.isEmpty())
        result.type = ArchiveEntry::Type::SymLink;
    else if (entry->isDirectory())
        result.type = ArchiveEntry::Type::Directory;
    else
        result.size = static_cast<const KArchiveFile *>(entry)->size();
    return result;
}

std::unique_ptr<KTar> openForReading(QFileDevice *file, EngineError &error)
{
    if (file->isOpen())
        file->close();
    auto tar = std::make_unique<KTar>(file);
    if (!tar->open(QIODevice::ReadOnly)) {
        error = malformed(file->fileName(), tar->errorString());
        return nullptr;
    }
    return tar;
}

// True when a folder on the way to relative (under root) is a link on disk:
// writing there would land wherever the link points.
bool passesThroughLink(const QString &root, const QString &relative)
{
    const QStringList parts = relative.split(u'/');
    QString path = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path += u'/' + parts.at(i);
        if (QFileInfo(path).isSymLink())
            return true;
    }
    return false;
}

}  // namespace

Result<QList<ArchiveEntry>> TarArchive::list(QFileDevice *file)
{
    EngineError error;
    const std::unique_ptr<KTar> tar = openForReading(file, error);
    if (!tar)
        return error;
    QList<ArchiveEntry> entries;
    walk(tar->directory(), {},
         [&entries](const QString &path, const KArchiveEntry *entry) { entries.append(entryFor(path, entry)); });
    return entries;
}

Result<ArchiveExtraction> TarArchive::extract(QFileDevice *file, const QString &targetFolder)
{
    EngineError error;
    const std::unique_ptr<KTar> tar = openForReading(file, error);
    if (!tar)
        return error;
    if (!QDir().mkpath(targetFolder))
        return localError(targetFolder, QStringLiteral("cannot create the folder"));
    const QString root = QFileInfo(targetFolder).absoluteFilePath();
    ArchiveExtraction extraction;
    std::optional<EngineError> failure;
    walk(tar->directory(), {}, [&](const QString &name, const KArchiveEntry *entry) {
        if (failure)
            return;
        const SafeArchivePath::Verdict verdict = SafeArchivePath::check(name);
        if (!verdict.ok()) {
            extraction.refused.append({name, verdict.refusal});
            return;
        }
        if (passesThroughLink(root, verdict.path)) {
            extraction.refused.append({name, SafeArchivePath::Refusal::ThroughLink});
            return;
        }
        const QString destination = root + u'/' + verdict.path;
        ArchiveEntry written = entryFor(verdict.path, entry);
        const QFileInfo existing(destination);
        // Never follow what is already there: a link is replaced, not written through.
        if (existing.isSymLink() || (existing.exists() && written.type != ArchiveEntry::Type::Directory))
            QFile::remove(destination);
        switch (written.type) {
        case ArchiveEntry::Type::SymLink: {
            const SafeArchivePath::Verdict link = SafeArchivePath::checkLink(verdict.path, written.linkTarget);
            if (!link.ok()) {
                extraction.refused.append({name, link.refusal});
                return;
            }
            if (!QFile::link(link.path, destination)) {
                failure = localError(destination, QStringLiteral("cannot create the link"));
                return;
            }
            break;
        }
        case ArchiveEntry::Type::Directory:
            if (!QDir().mkpath(destination)) {
                failure = localError(destination, QStringLiteral("cannot create the folder"));
                return;
            }
            QFile::setPermissions(destination, permissionsOf(written.permissions));
            break;
        case ArchiveEntry::Type::File: {
            QDir().mkpath(QFileInfo(destination).path());
            QFile out(destination);
            const std::unique_ptr<QIODevice> in(static_cast<const KArchiveFile *>(entry)->createDevice());
            if (!in || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                failure = localError(destination, out.errorString());
                return;
            }
            QByteArray chunk(ChunkSize, Qt::Uninitialized);
            for (;;) {
                const qint64 got = in->read(chunk.data(), ChunkSize);
                if (got < 0) {
                    failure = malformed(file->fileName(), in->errorString());
                    return;
                }
                if (got == 0)
                    break;
                if (out.write(chunk.constData(), got) != got) {
                    failure = localError(destination, out.errorString());
                    return;
                }
            }
            out.close();
            out.setPermissions(permissionsOf(written.permissions));
            break;
        }
        }
        extraction.written.append(written);
    });
    if (failure)
        return *failure;
    return extraction;
}

}  // namespace Hublot::Engine
