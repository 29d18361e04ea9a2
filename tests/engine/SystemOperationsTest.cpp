// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"

#include "engine/EngineClient.h"
#include "engine/StatsStream.h"
#include "engine/SystemOperations.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;

namespace {

// "1.5MiB" as the docker CLI prints sizes (binary units), in bytes; -1 if unreadable.
double cliBytes(const QString &text)
{
    static const QRegularExpression size(QStringLiteral(R"(^\s*([0-9.]+)\s*([KMGTP]i?)?B\s*$)"));
    const QRegularExpressionMatch match = size.match(text);
    if (!match.hasMatch())
        return -1;
    const QString unit = match.captured(2);
    const QString prefixes = QStringLiteral("KMGTP");
    const qsizetype power = unit.isEmpty() ? 0 : prefixes.indexOf(unit.front()) + 1;
    const double base = unit.endsWith(u'i') || unit.isEmpty() ? 1024.0 : 1000.0;
    return match.captured(1).toDouble() * std::pow(base, double(power));
}

struct Recorded
{
    QList<Engine::ContainerStats> samples;
    std::optional<std::optional<Engine::EngineError>> ended;
};

void record(Engine::StatsStream &stream, Recorded &recorded)
{
    QObject::connect(&stream, &Engine::StatsStream::sample, &stream,
                     [&recorded](const Engine::ContainerStats &stats) { recorded.samples.append(stats); });
    QObject::connect(&stream, &Engine::StatsStream::ended, &stream,
                     [&recorded](const std::optional<Engine::EngineError> &error) { recorded.ended = error; });
}

}  // namespace

class SystemOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::SystemOperations> m_system;
    QString m_busy;  ///< a container spinning in a shell loop

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_system = std::make_unique<Engine::SystemOperations>(m_client.get());
        m_busy = TestEngine::uniqueName(QStringLiteral("hublot-stats"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_busy}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("while :; do :; done")});
    }

    void cleanupTestCase()
    {
        m_system.reset();
        m_client.reset();
        TestEngine::cleanUp();
    }

    // Other test processes share the engine and may make containers
    // meanwhile: the counts are compared when nothing changed in between.
    void infoMatchesDockerInfo()
    {
        for (int attempt = 1;; ++attempt) {
            const auto info = await(m_system->info());
            QVERIFY2(info.ok(), why(info));
            const QJsonObject cli = TestEngine::dockerJson({QStringLiteral("info"), QStringLiteral("--format"),
                                                            QStringLiteral("{{json .}}")})
                                        .object();
            QCOMPARE(info->storageDriver, cli.value(u"Driver").toString());
            QCOMPARE(info->osType, cli.value(u"OSType").toString());
            QCOMPARE(info->cpus, cli.value(u"NCPU").toInt());
            QCOMPARE(info->memoryBytes, cli.value(u"MemTotal").toInteger());
            QCOMPARE(info->serverVersion, cli.value(u"ServerVersion").toString());
            QCOMPARE(info->cgroupVersion, cli.value(u"CgroupVersion").toString());
            QVERIFY(info->cpus >= 1);
            QVERIFY(info->containersRunning >= 1);  // the busy one
            QVERIFY(info->runtimes.contains(info->defaultRuntime));
            const bool sameCounts
                = info->containers == cli.value(u"Containers").toInt() && info->images == cli.value(u"Images").toInt();
            if (sameCounts) {
                QCOMPARE(info->containers, info->containersRunning + info->containersPaused + info->containersStopped);
                return;
            }
            if (attempt == 5) {
                QCOMPARE(info->containers, cli.value(u"Containers").toInt());
                QCOMPARE(info->images, cli.value(u"Images").toInt());
            }
            QTest::qWait(500);
        }
    }

    void diskUsageTotalsAreThoseOfDockerSystemDf()
    {
        for (int attempt = 1;; ++attempt) {
            const auto usage = await(m_system->diskUsage());
            QVERIFY2(usage.ok(), why(usage));
            const QByteArray out = TestEngine::dockerOk(
                {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"), QStringLiteral("json")});
            QMap<QString, QJsonObject> cli;
            for (const QByteArray &line : out.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                const QJsonObject row = QJsonDocument::fromJson(line).object();
                cli.insert(row.value(u"Type").toString(), row);
            }
            QVERIFY2(cli.contains(QStringLiteral("Images")) && cli.contains(QStringLiteral("Local Volumes")),
                     out.constData());
            const int cliImages = cli.value(QStringLiteral("Images")).value(u"TotalCount").toString().toInt();
            const int cliVolumes = cli.value(QStringLiteral("Local Volumes")).value(u"TotalCount").toString().toInt();
            const int cliContainers = cli.value(QStringLiteral("Containers")).value(u"TotalCount").toString().toInt();
            QVERIFY(usage->imagesTotal().count >= 1);  // the test image
            QVERIFY(usage->imagesTotal().size > 0);
            QVERIFY(usage->imagesTotal().reclaimable <= usage->imagesTotal().size);
            const auto busy = std::find_if(usage->containers.cbegin(), usage->containers.cend(),
                                           [this](const auto &c) { return c.name == m_busy; });
            QVERIFY(busy != usage->containers.cend());
            QCOMPARE(busy->state, u"running");
            QVERIFY(busy->sizeRootFs > 0);
            for (const auto &image : usage->images)
                QVERIFY(image.uniqueSize() <= image.size);
            const bool same = usage->imagesTotal().count == cliImages && usage->volumesTotal().count == cliVolumes
                && usage->containersTotal().count == cliContainers;
            if (same)
                return;
            if (attempt == 5) {
                QCOMPARE(usage->imagesTotal().count, cliImages);
                QCOMPARE(usage->volumesTotal().count, cliVolumes);
                QCOMPARE(usage->containersTotal().count, cliContainers);
            }
            QTest::qWait(500);
        }
    }

    void aBusyContainerStreamsSamplesAsDockerStatsShowsThem()
    {
        Engine::StatsStream stream(m_client.get(), m_busy);
        Recorded recorded;
        record(stream, recorded);
        const auto busySample = [&recorded] {
            return std::find_if(recorded.samples.cbegin(), recorded.samples.cend(),
                                [](const Engine::ContainerStats &s) { return s.cpuPercent > 10; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(busySample() != recorded.samples.cend() || recorded.ended, 15'000);
        QVERIFY2(!recorded.ended, recorded.ended->has_value() ? qPrintable((*recorded.ended)->technicalSummary()) : "");
        const Engine::ContainerStats stats = *busySample();
        QVERIFY(stats.id.startsWith(QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), m_busy})
                .trimmed())));
        QCOMPARE(stats.name, m_busy);
        QVERIFY(stats.memoryUsage > 0);
        QVERIFY(stats.memoryLimit > 0);
        QVERIFY(stats.memoryPercent > 0);
        QVERIFY(stats.pids >= 1);

        const QJsonObject cli
            = TestEngine::dockerJson({QStringLiteral("stats"), QStringLiteral("--no-stream"),
                                      QStringLiteral("--format"), QStringLiteral("{{json .}}"), m_busy})
                  .object();
        QCOMPARE(QString::number(stats.pids), cli.value(u"PIDs").toString());
        const QString memUsage = cli.value(u"MemUsage").toString();
        const double cliMemory = cliBytes(memUsage.section(u'/', 0, 0));
        QVERIFY2(cliMemory > 0, qPrintable(memUsage));
        // The latest sample, the nearest in time to the CLI's. A small
        // container's memory moves by hundreds of kB between two samples:
        // within a factor of two, or 1 MiB apart.
        const qint64 ours = recorded.samples.last().memoryUsage;
        const bool close = (double(ours) < 2 * cliMemory && 2 * double(ours) > cliMemory)
            || qAbs(double(ours) - cliMemory) <= 1024.0 * 1024.0;
        QVERIFY2(close, qPrintable(QStringLiteral("Hublot %1 bytes, docker stats %2").arg(ours).arg(memUsage)));
        const double cliLimit = cliBytes(memUsage.section(u'/', 1, 1));
        QVERIFY2(qAbs(double(stats.memoryLimit) - cliLimit) <= cliLimit * 0.01, qPrintable(memUsage));
    }

    void cancelEndsTheStream()
    {
        Engine::StatsStream stream(m_client.get(), m_busy);
        Recorded recorded;
        record(stream, recorded);
        QTRY_VERIFY_WITH_TIMEOUT(!recorded.samples.isEmpty() || recorded.ended, 15'000);
        QVERIFY(stream.isRunning());
        stream.cancel();
        QVERIFY(recorded.ended.has_value());
        QVERIFY(recorded.ended->has_value());
        QCOMPARE((*recorded.ended)->kind, Kind::Cancelled);
        QVERIFY(!stream.isRunning());
        const qsizetype count = recorded.samples.size();
        QTest::qWait(2'500);  // the engine sends one a second: none may follow
        QCOMPARE(recorded.samples.size(), count);
    }

    void theStreamEndsWhenTheContainerIsRemoved()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-stats"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("600")});
        Engine::StatsStream stream(m_client.get(), name);
        Recorded recorded;
        record(stream, recorded);
        QTRY_VERIFY_WITH_TIMEOUT(!recorded.samples.isEmpty() || recorded.ended, 15'000);
        QVERIFY(!recorded.ended);
        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), name});
        QTRY_VERIFY_WITH_TIMEOUT(recorded.ended.has_value(), 15'000);
        QVERIFY2(!recorded.ended->has_value(), qPrintable((*recorded.ended)->technicalSummary()));
    }

    void aStreamOfAMissingContainerEndsWithNoSuchContainer()
    {
        Engine::StatsStream stream(m_client.get(), QStringLiteral("hublot-no-such-container"));
        Recorded recorded;
        record(stream, recorded);
        QTRY_VERIFY_WITH_TIMEOUT(recorded.ended.has_value(), 15'000);
        QVERIFY(recorded.samples.isEmpty());
        QVERIFY(recorded.ended->has_value());
        QCOMPARE((*recorded.ended)->kind, Kind::NoSuchContainer);
    }

    void oneShotStatsGivesMemoryAndPidsAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const auto stats = await(m_system->oneShotStats(m_busy));
        QVERIFY2(stats.ok(), why(stats));
        QVERIFY(timer.elapsed() < 1'000);  // one-shot: no second-long wait for a previous reading
        QVERIFY(stats->memoryUsage > 0);
        QVERIFY(stats->memoryLimit > 0);
        QVERIFY(stats->pids >= 1);
        const auto missing = await(m_system->oneShotStats(QStringLiteral("hublot-no-such-container")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Kind::NoSuchContainer);
    }
};

QTEST_GUILESS_MAIN(SystemOperationsTest)
#include "SystemOperationsTest.moc"
