// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"

#include "engine/ArchiveDownload.h"
#include "engine/ArchiveOperations.h"
#include "engine/ArchiveUpload.h"
#include "engine/EngineClient.h"
#include "engine/SafeArchivePath.h"
#include "engine/TarArchive.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Waits for a transfer's finished() and gives its result.
template <typename T, typename Transfer> Engine::Result<T> finishedResult(Transfer *transfer, int timeoutMs = 120'000)
{
    QSignalSpy spy(transfer, &Transfer::finished);
    if (!spy.wait(timeoutMs))
        return Engine::EngineError::make(Kind::Timeout, u"no finished() in time"_s);
    return spy.first().first().template value<Engine::Result<T>>();
}

// What the container makes for the tests as it starts. The docker CLI is the
// witness, through `docker cp` (here `docker exec` runs outside the container's
// mount namespace, so it cannot be the witness).
const QString SetUp = u"busybox mkdir -p /put /hostile && printf 'twelve bytes' > /stat.txt "
                      u"&& busybox chmod 640 /stat.txt && echo kept > /hostile/kept.txt "
                      u"&& busybox ln -s /etc /hostile/etc && busybox ln -s ../../outside /hostile/up "
                      u"&& busybox ln -s kept.txt /hostile/inside && exec busybox sleep 3600"_s;

// The entry `docker cp CONTAINER:PATH -` gives for a file: its content, size and mode.
struct Witness
{
    QByteArray content;
    qint64 size = -1;
    quint32 permissions = 0;
};

Witness witness(const QString &container, const QString &path)
{
    Witness result;
    QTemporaryFile file;
    if (!file.open())
        return result;
    file.write(TestEngine::dockerOk({u"cp"_s, container + u':' + path, u"-"_s}));
    file.close();
    KTar tar(&file);
    if (!tar.open(QIODevice::ReadOnly))
        return result;
    const auto *entry = tar.directory()->entry(QFileInfo(path).fileName());
    if (!entry || !entry->isFile())
        return result;
    const auto *archived = static_cast<const KArchiveFile *>(entry);
    result.content = archived->data();
    result.size = archived->size();
    result.permissions = archived->permissions() & 07777;
    return result;
}

}  // namespace

class ArchiveOperationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_archives = std::make_unique<Engine::ArchiveOperations>(m_client.get());
        m_container = TestEngine::uniqueName(u"hublot-archive"_s);
        TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, m_container} + TestEngine::labels()
                             + QStringList {TestEngine::image(), u"sh"_s, u"-c"_s, SetUp});
    }

    void cleanupTestCase()
    {
        for (const QString &image : std::as_const(m_images))
            TestEngine::docker({u"rmi"_s, u"-f"_s, image});
        TestEngine::cleanUp();
    }

    void aFolderPutIntoAContainerHoldsTheSameFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
        QVERIFY(writeFile(dir.filePath(u"one.txt"_s), "first file\n"));
        QVERIFY(writeFile(dir.filePath(u"two.txt"_s), "second file\n"));
        QVERIFY(writeFile(dir.filePath(u"sub/three.txt"_s), "in the subfolder\n"));
        const auto put = await(m_archives->putFolder(m_container, dir.path(), u"/put"_s));
        QVERIFY2(put.ok(), why(put));
        QCOMPARE(witness(m_container, u"/put/one.txt"_s).content, "first file\n");
        QCOMPARE(witness(m_container, u"/put/two.txt"_s).content, "second file\n");
        QCOMPARE(witness(m_container, u"/put/sub/three.txt"_s).content, "in the subfolder\n");
    }

    void aPathsStatMatchesWhatStatSaysInTheContainer()
    {
        const auto stat = await(m_archives->stat(m_container, u"/stat.txt"_s));
        QVERIFY2(stat.ok(), why(stat));
        const Witness file = witness(m_container, u"/stat.txt"_s);
        QCOMPARE(stat->name, u"stat.txt"_s);
        QCOMPARE(stat->size, file.size);
        QCOMPARE(stat->size, 12);
        QCOMPARE(stat->permissions(), file.permissions);
        QCOMPARE(stat->permissions(), 0640U);
        QVERIFY(!stat->isDirectory());
        QVERIFY(stat->modified.isValid());

        const auto folder = await(m_archives->stat(m_container, u"/etc"_s));
        QVERIFY2(folder.ok(), why(folder));
        QVERIFY(folder->isDirectory());
    }

    void statOfAMissingPathIsNotFound()
    {
        const auto stat = await(m_archives->stat(m_container, u"/no/such/path"_s));
        QVERIFY(!stat.ok());
        QCOMPARE(stat.error().httpStatus, 404);
    }

    void aFolderGotFromAContainerIsExtractedWithTheSameContents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto got = await(m_archives->get(m_container, u"/etc"_s, dir.path()));
        QVERIFY2(got.ok(), why(got));
        // Only links that point out of the folder are kept out (/etc/mtab -> /proc/mounts).
        for (const auto &entry : got->refused)
            QVERIFY2(entry.refusal == Engine::SafeArchivePath::Refusal::LinkTargetAbsolute, qPrintable(entry.name));
        QCOMPARE(readFile(dir.filePath(u"etc/hostname"_s)), witness(m_container, u"/etc/hostname"_s).content);
        QCOMPARE(readFile(dir.filePath(u"etc/hosts"_s)), witness(m_container, u"/etc/hosts"_s).content);
        QVERIFY(!witness(m_container, u"/etc/hosts"_s).content.isEmpty());
    }

    void linksInAContainerThatLeaveTheTargetAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"target"_s);
        const auto got = await(m_archives->get(m_container, u"/hostile"_s, target));
        QVERIFY2(got.ok(), why(got));
        QStringList refused;
        for (const auto &entry : got->refused)
            refused.append(entry.name);
        refused.sort();
        QCOMPARE(refused, (QStringList {u"hostile/etc"_s, u"hostile/up"_s}));
        QVERIFY(!QFileInfo::exists(target + u"/hostile/etc"_s));
        QVERIFY(!QFileInfo(target + u"/hostile/up"_s).isSymLink());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"outside"_s)));
        QCOMPARE(readFile(target + u"/hostile/inside"_s), "kept\n");
    }

    void anExportedContainerListsBusybox()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"export.tar"_s);
        auto *download = m_archives->exportContainer(m_container, path, this);
        QSignalSpy progress(download, &Engine::ArchiveDownload::progress);
        const auto done = finishedResult<Engine::Done>(download);
        QVERIFY2(done.ok(), why(done));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toLongLong(), QFileInfo(path).size());
        QFile file(path);
        const auto entries = Engine::TarArchive::list(&file);
        QVERIFY2(entries.ok(), why(entries));
        bool busybox = false;
        for (const Engine::ArchiveEntry &entry : *entries)
            busybox = busybox || (entry.path == u"bin/busybox" && entry.size > 100'000);
        QVERIFY(busybox);
        delete download;
    }

    void anExportToAnUnwritablePathFailsWithItsPath()
    {
        auto *download = m_archives->exportContainer(m_container, u"/no/such/folder/x.tar"_s, this);
        const auto done = finishedResult<Engine::Done>(download);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, Kind::LocalFileFailed);
        QCOMPARE(done.error().path, u"/no/such/folder/x.tar"_s);
        delete download;
    }

    void aSavedImageLoadsBackUnderItsTag()
    {
        const QString tag = u"hublot-archive-test/saved:"_s + QString::number(QCoreApplication::applicationPid());
        TestEngine::dockerOk({u"tag"_s, TestEngine::image(), tag});
        m_images.append(tag);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"saved.tar"_s);
        auto *save = m_archives->saveImages({tag}, path, this);
        const auto saved = finishedResult<Engine::Done>(save);
        QVERIFY2(saved.ok(), why(saved));
        delete save;
        TestEngine::dockerOk({u"rmi"_s, tag});
        QVERIFY(TestEngine::docker({u"image"_s, u"inspect"_s, tag}).exitCode != 0);

        auto *load = m_archives->loadImages(path, this);
        const auto loaded = finishedResult<QString>(load);
        QVERIFY2(loaded.ok(), why(loaded));
        QCOMPARE(*loaded, tag);
        delete load;
        QCOMPARE(TestEngine::docker({u"image"_s, u"inspect"_s, tag}).exitCode, 0);
    }

    void aRootFileSystemMadeWithKTarImportsAndRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"root/bin"_s));
        QVERIFY(QFile::copy(u"/bin/busybox"_s, dir.filePath(u"root/bin/busybox"_s)));
        QVERIFY(QFile::link(u"busybox"_s, dir.filePath(u"root/bin/sh"_s)));
        QVERIFY(QFile::link(u"busybox"_s, dir.filePath(u"root/bin/echo"_s)));
        QFile tar(dir.filePath(u"rootfs.tar"_s));
        QVERIFY(tar.open(QIODevice::ReadWrite));
        const auto written = Engine::TarArchive::writeFolder(dir.filePath(u"root"_s), &tar);
        QVERIFY2(written.ok(), why(written));
        tar.close();

        const QString repository = u"hublot-archive-test/imported"_s;
        const QString tag = QString::number(QCoreApplication::applicationPid());
        m_images.append(repository + u':' + tag);
        auto *import = m_archives->importImage(
            tar.fileName(), repository, tag, {u"LABEL hublot.test=1"_s, u"CMD [\"/bin/echo\", \"imported\"]"_s}, this);
        const auto imported = finishedResult<QString>(import);
        QVERIFY2(imported.ok(), why(imported));
        QVERIFY2(imported->startsWith(u"sha256:"), qPrintable(*imported));
        delete import;
        QCOMPARE(TestEngine::dockerOk(QStringList {u"run"_s, u"--rm"_s} + TestEngine::labels()
                                      + QStringList {repository + u':' + tag})
                     .trimmed(),
                 "imported");
    }

    void aFolderWithADockerfileBuildsAnImageThatRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(
            writeFile(dir.filePath(u"Dockerfile"_s),
                      "FROM " + TestEngine::image().toUtf8() + "\nRUN echo built > /built.txt\nCMD cat /built.txt\n"));
        Engine::ArchiveOperations::BuildOptions options;
        options.tag = u"hublot-archive-test/built:"_s + QString::number(QCoreApplication::applicationPid());
        options.labels = Test::testLabels();
        m_images.append(options.tag);
        auto *build = m_archives->build(dir.path(), options, this);
        QSignalSpy output(build, &Engine::ArchiveUpload::output);
        const auto built = finishedResult<QString>(build);
        QVERIFY2(built.ok(), why(built));
        QVERIFY2(built->startsWith(u"sha256:"), qPrintable(*built));
        QVERIFY(!output.isEmpty());
        delete build;
        const QString name = TestEngine::uniqueName(u"hublot-built"_s);
        // What the container prints, as docker run shows it (its log can
        // still be settling when run returns on a loaded machine).
        const QByteArray printed = TestEngine::dockerOk(QStringList {u"run"_s, u"--name"_s, name} + TestEngine::labels()
                                                        + QStringList {options.tag});
        QCOMPARE(printed.trimmed(), "built");
    }

    void aFailingRunGivesTheEnginesBuildError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), "FROM " + TestEngine::image().toUtf8() + "\nRUN exit 3\n"));
        Engine::ArchiveOperations::BuildOptions options;
        options.labels = Test::testLabels();
        auto *build = m_archives->build(dir.path(), options, this);
        const auto built = finishedResult<QString>(build);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().kind, Kind::BuildFailed);
        QVERIFY2(built.error().engineMessage.contains(u"non-zero code: 3"), qPrintable(built.error().engineMessage));
        delete build;
    }

    // The context is packed on the thread pool while the event loop goes
    // on: a build cancelled before it is sent ends at once as cancelled,
    // and the engine is never asked (no image with its tag appears).
    void aBuildCancelledWhileItsContextIsPackedSendsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), "FROM " + TestEngine::image().toUtf8() + "\n"));
        QVERIFY(writeFile(dir.filePath(u"data.bin"_s), QByteArray(32 * 1024 * 1024, 'x')));
        Engine::ArchiveOperations::BuildOptions options;
        options.tag = u"hublot-archive-test/cancelled:"_s + QString::number(QCoreApplication::applicationPid());
        options.labels = Test::testLabels();
        m_images.append(options.tag);
        auto *build = m_archives->build(dir.path(), options, this);
        // build() came back at once: 32 MB are still being packed, elsewhere.
        QVERIFY(QThreadPool::globalInstance()->activeThreadCount() > 0);
        QSignalSpy finished(build, &Engine::ArchiveUpload::finished);
        build->cancel();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<Engine::Result<QString>>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::Cancelled);
        // Once the packing is over, still nothing was sent.
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(TestEngine::docker({u"image"_s, u"inspect"_s, options.tag}).exitCode != 0);
        delete build;
    }

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::ArchiveOperations> m_archives;
    QString m_container;
    QStringList m_images;
};

QTEST_GUILESS_MAIN(ArchiveOperationsTest)
#include "ArchiveOperationsTest.moc"
