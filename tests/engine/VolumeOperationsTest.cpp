// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/TarArchive.h"
#include "engine/VolumeBackup.h"
#include "engine/VolumeOperations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;

class VolumeOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::VolumeOperations> m_volumes;

    static bool exists(const QString &volume)
    {
        return TestEngine::docker({QStringLiteral("volume"), QStringLiteral("inspect"), volume}).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_volumes = std::make_unique<Engine::VolumeOperations>(m_client.get());
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    void aCreatedVolumeCarriesItsLabelsAndInspectReadsIt()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-vol"));
        Engine::Labels labels = Test::testLabels();
        labels.insert(QStringLiteral("hublot.purpose"), QStringLiteral("volume test"));
        const auto created = await(m_volumes->create(name, labels));
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(created->name, name);
        QCOMPARE(created->driver, QStringLiteral("local"));

        const QJsonObject cli = TestEngine::dockerJson({QStringLiteral("volume"), QStringLiteral("inspect"), name})
                                    .array()
                                    .first()
                                    .toObject();
        QCOMPARE(cli.value(u"Labels").toObject().value(u"hublot.purpose").toString(), QStringLiteral("volume test"));

        const auto inspected = await(m_volumes->inspect(name));
        QVERIFY2(inspected.ok(), why(inspected));
        QCOMPARE(inspected->labels, labels);
        QCOMPARE(inspected->mountpoint, cli.value(u"Mountpoint").toString());
        QVERIFY(inspected->created.isValid());
    }

    // A volume's files saved to a tar and put back, through a helper
    // container that is created, never started, and removed after.
    void aBackupRestoresTheVolumesFilesAndHelpersAreRemoved()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-vol-backup"));
        QVERIFY(await(m_volumes->create(name, Test::testLabels())).ok());
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"), name + u":/data"}
            + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo kept > /data/a.txt && mkdir /data/d && echo deep > "
                                          "/data/d/b.txt")});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.tar"));
        auto finishOf = [](Engine::VolumeBackup *job) {
            std::optional<Engine::Result<Engine::Done>> result;
            QObject::connect(job, &Engine::VolumeBackup::finished, job,
                             [&result](const Engine::Result<Engine::Done> &r) { result = r; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60'000))
                return Engine::Result<Engine::Done>(
                    Engine::EngineError::make(Engine::EngineError::Kind::Timeout, QStringLiteral("no end in 60 s")));
            return *result;
        };
        const auto saved = finishOf(
            Engine::VolumeBackup::backUp(m_client.get(), name, TestEngine::image(), file, Test::testLabels(), this));
        QVERIFY2(saved.ok(), why(saved));
        QFile tar(file);
        const auto entries = Engine::TarArchive::list(&tar);
        QVERIFY2(entries.ok(), why(entries));
        QStringList paths;
        for (const auto &entry : entries.value())
            paths.append(entry.path);
        QVERIFY2(paths.contains(u"volume/a.txt") && paths.contains(u"volume/d/b.txt"), qPrintable(paths.join(u',')));
        QCOMPARE(Engine::VolumeBackup::refusal(entries.value()), QString());

        // The files go, then come back from the backup.
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"), name + u":/data"}
            + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("rm"), QStringLiteral("-r"),
                           QStringLiteral("/data/a.txt"), QStringLiteral("/data/d")});
        const auto restored = finishOf(
            Engine::VolumeBackup::restore(m_client.get(), name, TestEngine::image(), file, Test::testLabels(), this));
        QVERIFY2(restored.ok(), why(restored));
        const QByteArray content = TestEngine::dockerOk(
            QStringList {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"), name + u":/data"}
            + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("cat"), QStringLiteral("/data/a.txt"),
                           QStringLiteral("/data/d/b.txt")});
        QCOMPARE(content, QByteArray("kept\ndeep\n"));

        // A tar that is not a volume backup is refused before anything is sent.
        const QString foreign = dir.filePath(QStringLiteral("foreign.tar"));
        QFile out(foreign);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QDir().mkpath(dir.filePath(QStringLiteral("etc")));
        QFile passwd(dir.filePath(QStringLiteral("etc/passwd")));
        QVERIFY(passwd.open(QIODevice::WriteOnly));
        passwd.write("root:x:0:0::/root:/bin/sh\n");
        passwd.close();
        QVERIFY(Engine::TarArchive::writeFiles({passwd.fileName()}, &out).ok());
        out.close();
        const auto refused = finishOf(Engine::VolumeBackup::restore(m_client.get(), name, TestEngine::image(), foreign,
                                                                    Test::testLabels(), this));
        QVERIFY2(!refused.ok() && refused.error().kind == Engine::EngineError::Kind::MalformedArchive, why(refused));
        QVERIFY2(refused.error().engineMessage.contains(u"passwd"), why(refused));

        // No helper container is left behind.
        const QByteArray helpers
            = TestEngine::dockerOk({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                    u"label="_s + QString(Engine::VolumeBackup::HelperLabel)});
        QCOMPARE(helpers.trimmed(), QByteArray());
    }

    void removeDeletesTheVolume()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-vol"));
        QVERIFY(await(m_volumes->create(name, Test::testLabels())).ok());
        QVERIFY(exists(name));
        const auto removed = await(m_volumes->remove(name));
        QVERIFY2(removed.ok(), why(removed));
        QVERIFY(!exists(name));
    }

    void aVolumeInUseIsNotRemovedWithoutForce()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-vol"));
        QVERIFY(await(m_volumes->create(name, Test::testLabels())).ok());
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("-v"), name + u":/data"}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        const auto removed = await(m_volumes->remove(name));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().httpStatus, 409);
        QCOMPARE(removed.error().kind, Kind::Conflict);
        QVERIFY(exists(name));
    }

    void anUnknownVolumeIsNotFound()
    {
        const auto inspected = await(m_volumes->inspect(TestEngine::uniqueName(QStringLiteral("hublot-none"))));
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().kind, Kind::NotFound);
    }

    void pruneRemovesOnlyUnusedVolumesWithTheLabels()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("prune"));
        Engine::Labels marked = Test::testLabels();
        marked.insert(QStringLiteral("hublot.prune"), mark);
        const QString unused = TestEngine::uniqueName(QStringLiteral("hublot-unused"));
        const QString used = TestEngine::uniqueName(QStringLiteral("hublot-used"));
        const QString other = TestEngine::uniqueName(QStringLiteral("hublot-other"));
        QVERIFY(await(m_volumes->create(unused, marked)).ok());
        QVERIFY(await(m_volumes->create(used, marked)).ok());
        QVERIFY(await(m_volumes->create(other, Test::testLabels())).ok());
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("-v"), used + u":/data"}
                             + TestEngine::labels() + QStringList {TestEngine::image()});

        const auto report = await(m_volumes->prune({Test::ownRunFilter(), u"hublot.prune=" + mark}, true));
        QVERIFY2(report.ok(), why(report));
        QCOMPARE(report->deleted, QStringList {unused});
        QVERIFY(!exists(unused));
        QVERIFY(exists(used));
        QVERIFY(exists(other));
    }
};

QTEST_GUILESS_MAIN(VolumeOperationsTest)
#include "VolumeOperationsTest.moc"
