// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SafeArchivePath.h"
#include "engine/TarArchive.h"

#include <KTar>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Hublot::Engine;
using Refusal = SafeArchivePath::Refusal;

class SafeArchivePathTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInsideTheFolderAreAllowedAndNormalised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << u"etc/passwd"_s << u"etc/passwd"_s;
        QTest::newRow("dot prefix") << u"./etc/passwd"_s << u"etc/passwd"_s;
        QTest::newRow("folder slash") << u"etc/"_s << u"etc"_s;
        QTest::newRow("double slash") << u"a//b/./c"_s << u"a/b/c"_s;
        QTest::newRow("dots in a name") << u"a/..b/c.."_s << u"a/..b/c.."_s;
    }
    void namesInsideTheFolderAreAllowedAndNormalised()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        const SafeArchivePath::Verdict verdict = SafeArchivePath::check(name);
        QVERIFY(verdict.ok());
        QCOMPARE(verdict.path, path);
    }

    void hostileNamesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Refusal>("refusal");
        QTest::newRow("parent") << u"../x"_s << Refusal::ParentReference;
        QTest::newRow("absolute") << u"/etc/passwd"_s << Refusal::Absolute;
        QTest::newRow("climbs out") << u"a/../../b"_s << Refusal::ParentReference;
        QTest::newRow("climbs back in") << u"a/../b"_s << Refusal::ParentReference;
        QTest::newRow("dot dot alone") << u".."_s << Refusal::ParentReference;
        QTest::newRow("windows drive") << u"C:/Windows/x"_s << Refusal::Absolute;
        QTest::newRow("windows drive after ./") << u"./C:/Windows/x"_s << Refusal::Absolute;
        QTest::newRow("unc") << u"\\\\server\\share"_s << Refusal::Absolute;
        QTest::newRow("root only") << u"./"_s << Refusal::Empty;
        QTest::newRow("empty") << QString() << Refusal::Empty;
    }
    void hostileNamesAreRefusedWithTheirReason()
    {
        QFETCH(QString, name);
        QFETCH(Refusal, refusal);
        const SafeArchivePath::Verdict verdict = SafeArchivePath::check(name);
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.refusal, refusal);
    }

    void linksAreAllowedOnlyWhenTheirTargetStaysInside_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Refusal>("refusal");
        QTest::newRow("sibling") << u"a/link"_s << u"file"_s << Refusal::None;
        QTest::newRow("up one, still inside") << u"a/link"_s << u"../b/file"_s << Refusal::None;
        QTest::newRow("up to the root") << u"a/b/link"_s << u"../../x"_s << Refusal::None;
        QTest::newRow("absolute") << u"a/link"_s << u"/etc"_s << Refusal::LinkTargetAbsolute;
        QTest::newRow("above the root") << u"hostile/up"_s << u"../../outside"_s << Refusal::LinkLeavesTarget;
        QTest::newRow("from the root") << u"link"_s << u"../x"_s << Refusal::LinkLeavesTarget;
        QTest::newRow("out and back in") << u"a/link"_s << u"../../a/x"_s << Refusal::LinkLeavesTarget;
        QTest::newRow("empty") << u"a/link"_s << QString() << Refusal::Empty;
    }
    void linksAreAllowedOnlyWhenTheirTargetStaysInside()
    {
        QFETCH(QString, entry);
        QFETCH(QString, target);
        QFETCH(Refusal, refusal);
        QCOMPARE(SafeArchivePath::checkLink(entry, target).refusal, refusal);
    }

    void extractingAHostileTarWritesNothingOutsideTheTarget()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTemporaryFile file;
        QVERIFY(file.open());
        {
            KTar tar(&file);
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeFile(u"good/file.txt"_s, "inside"));
            QVERIFY(tar.writeSymLink(u"good/etc"_s, u"/etc"_s));
            QVERIFY(tar.writeSymLink(u"good/up"_s, u"../../outside"_s));
            QVERIFY(tar.writeSymLink(u"good/here"_s, u"file.txt"_s));
            QVERIFY(tar.writeFile(u"../escaped.txt"_s, "outside"));
            QVERIFY(tar.writeFile(u"good/pre/written-through.txt"_s, "through"));
            QVERIFY(tar.close());
        }
        const QString target = dir.filePath(u"target"_s);
        // A link already in the target folder, pointing out of it, is never written through.
        QVERIFY(QDir().mkpath(target + u"/good"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"elsewhere"_s)));
        QVERIFY(QFile::link(dir.filePath(u"elsewhere"_s), target + u"/good/pre"_s));
        const Result<ArchiveExtraction> extraction = TarArchive::extract(&file, target);
        QVERIFY2(extraction.ok(), qPrintable(extraction.ok() ? QString() : extraction.error().technicalSummary()));

        QFile inside(target + u"/good/file.txt"_s);
        QVERIFY(inside.open(QIODevice::ReadOnly));
        QCOMPARE(inside.readAll(), "inside");
        QCOMPARE(QFile::symLinkTarget(target + u"/good/here"_s), QFileInfo(inside).absoluteFilePath());
        QVERIFY(!QFileInfo(target + u"/good/up"_s).isSymLink());
        QVERIFY(!QFileInfo(dir.filePath(u"escaped.txt"_s)).exists());
        QVERIFY(!QFileInfo(dir.filePath(u"outside"_s)).exists());
        QVERIFY(!QFileInfo(target + u"/good/etc"_s).isSymLink());
        QVERIFY(!QFile::exists(dir.filePath(u"elsewhere/written-through.txt"_s)));

        QStringList refused;
        for (const ArchiveExtraction::Refused &entry : extraction->refused)
            refused.append(entry.name);
        refused.sort();
        QVERIFY2(refused.contains(u"good/etc"_s), qPrintable(refused.join(u", ")));
        QVERIFY2(refused.contains(u"good/up"_s), qPrintable(refused.join(u", ")));
        QVERIFY2(refused.contains(u"../escaped.txt"_s), qPrintable(refused.join(u", ")));
        // The link already there was replaced by the archive's folder, not followed.
        QVERIFY(!QFileInfo(target + u"/good/pre"_s).isSymLink());
        QVERIFY(QFile::exists(target + u"/good/pre/written-through.txt"_s));
    }

    void aFolderWrittenAsTarListsItsEntriesOwnedByRoot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
        QFile a(dir.filePath(u"a.txt"_s));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("alpha");
        a.close();
        QVERIFY(a.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                 | QFile::ReadOther));
        QTemporaryFile file;
        QVERIFY(file.open());
        const Result<Done> written = TarArchive::writeFolder(dir.path(), &file);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().technicalSummary()));
        const Result<QList<ArchiveEntry>> entries = TarArchive::list(&file);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).path, u"a.txt"_s);
        QCOMPARE(entries->at(0).size, 5);
        QCOMPARE(entries->at(0).permissions, 0744U);
        QCOMPARE(entries->at(1).type, ArchiveEntry::Type::Directory);

        // Every header says uid 0, gid 0 (KTar alone writes 501 and 100).
        QVERIFY(file.open());
        const QByteArray header = file.read(512);
        QCOMPARE(header.mid(108, 7), "0000000");
        QCOMPARE(header.mid(116, 7), "0000000");
    }
};

QTEST_GUILESS_MAIN(SafeArchivePathTest)
#include "SafeArchivePathTest.moc"
