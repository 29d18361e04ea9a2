// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerStats.h"
#include "engine/DiskUsage.h"
#include "engine/EngineInfo.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace Hublot::Engine;

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test input: %s", qPrintable(error.errorString()));
    return json.object();
}

// A cgroup v1 host as the Engine API documents it (GET /containers/{id}/stats):
// percpu_usage is there, online_cpus is not, memory stats have total_* keys.
const char *const CgroupV1Sample = R"json({
  "read": "2026-01-10T10:00:01.000000000Z",
  "preread": "2026-01-10T10:00:00.000000000Z",
  "id": "aaaa1111",
  "name": "/web",
  "pids_stats": {"current": 3},
  "networks": {
    "eth0": {"rx_bytes": 5338, "rx_packets": 36, "tx_bytes": 648, "tx_packets": 8},
    "eth5": {"rx_bytes": 4641, "rx_packets": 26, "tx_bytes": 690, "tx_packets": 9}
  },
  "memory_stats": {
    "stats": {"total_inactive_file": 1048576, "cache": 2097152, "rss": 6537216},
    "max_usage": 9437184,
    "usage": 8388608,
    "failcnt": 0,
    "limit": 67108864
  },
  "blkio_stats": {
    "io_service_bytes_recursive": [
      {"major": 8, "minor": 0, "op": "Read", "value": 4096},
      {"major": 8, "minor": 0, "op": "Write", "value": 8192},
      {"major": 8, "minor": 0, "op": "Sync", "value": 12288},
      {"major": 8, "minor": 0, "op": "Total", "value": 12288},
      {"major": 8, "minor": 16, "op": "Read", "value": 1000},
      {"major": 8, "minor": 16, "op": "Write", "value": 24}
    ]
  },
  "cpu_stats": {
    "cpu_usage": {
      "percpu_usage": [8646879, 24472255, 36438778, 30657443],
      "usage_in_usermode": 50000000,
      "total_usage": 300000000,
      "usage_in_kernelmode": 30000000
    },
    "system_cpu_usage": 739306590000000,
    "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0}
  },
  "precpu_stats": {
    "cpu_usage": {
      "percpu_usage": [8646879, 24350896, 36438778, 30657443],
      "total_usage": 100000000
    },
    "system_cpu_usage": 739302590000000
  }
})json";

// A cgroup v2 host: no percpu_usage, online_cpus given, memory stats
// with the cgroup v2 names, block I/O ops in lower case.
const char *const CgroupV2Sample = R"json({
  "read": "2026-01-10T10:00:02.5Z",
  "preread": "2026-01-10T10:00:01.5Z",
  "id": "bbbb2222",
  "name": "/busy",
  "pids_stats": {"current": 1, "limit": 18446744073709551615},
  "networks": {"eth0": {"rx_bytes": 1000000, "tx_bytes": 2000}},
  "memory_stats": {
    "usage": 3145728,
    "limit": 8589934592,
    "stats": {"active_anon": 1048576, "anon": 2097152, "file": 1048576, "inactive_file": 524288,
              "active_file": 524288}
  },
  "blkio_stats": {
    "io_service_bytes_recursive": [
      {"major": 254, "minor": 0, "op": "read", "value": 1048576},
      {"major": 254, "minor": 0, "op": "write", "value": 65536}
    ]
  },
  "cpu_stats": {
    "cpu_usage": {"total_usage": 5000000000, "usage_in_kernelmode": 10000, "usage_in_usermode": 4999990000},
    "system_cpu_usage": 100000000000,
    "online_cpus": 8
  },
  "precpu_stats": {
    "cpu_usage": {"total_usage": 4000000000},
    "system_cpu_usage": 92000000000,
    "online_cpus": 8
  }
})json";

}  // namespace

class ContainerStatsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCgroupV1SampleReadsItsCounters()
    {
        const StatsSample s = StatsSample::fromJson(parse(CgroupV1Sample));
        QCOMPARE(s.id, u"aaaa1111");
        QCOMPARE(s.name, u"/web");
        QCOMPARE(s.read, QDateTime(QDate(2026, 1, 10), QTime(10, 0, 1), QTimeZone::UTC));
        QCOMPARE(s.cpu.totalUsage, 300000000u);
        QCOMPARE(s.cpu.systemUsage, 739306590000000u);
        QCOMPARE(s.cpu.onlineCpus, 0u);
        QCOMPARE(s.cpu.perCpuCount, 4);
        QCOMPARE(s.preCpu.totalUsage, 100000000u);
        QCOMPARE(s.memoryUsage, 8388608u);
        QCOMPARE(s.memoryLimit, 67108864u);
        QCOMPARE(s.memoryStats.value(QStringLiteral("total_inactive_file")), 1048576u);
        QCOMPARE(s.networks.size(), 2);
        QCOMPARE(s.ioServiceBytes.size(), 6);
        QCOMPARE(s.pids, 3u);
    }

    // cpu: 0.2 s used in 4 s of system time: (2e8 / 4e9) * 4 CPUs (from
    // percpu_usage) * 100 = 20 %. memory: 8 MiB - 1 MiB of inactive file
    // cache = 7 MiB of a 64 MiB limit = 10.9375 %.
    void aCgroupV1SampleComesToWhatDockerStatsShows()
    {
        const ContainerStats stats = ContainerStats::fromSample(StatsSample::fromJson(parse(CgroupV1Sample)));
        QCOMPARE(stats.name, u"web");
        QCOMPARE(stats.cpuPercent, 20.0);
        QCOMPARE(stats.memoryUsage, 7u * 1024 * 1024);
        QCOMPARE(stats.memoryLimit, 64u * 1024 * 1024);
        QCOMPARE(stats.memoryPercent, 10.9375);
        QCOMPARE(stats.networkRx, 5338u + 4641u);
        QCOMPARE(stats.networkTx, 648u + 690u);
        QCOMPARE(stats.blockRead, 4096u + 1000u);
        QCOMPARE(stats.blockWrite, 8192u + 24u);
        QCOMPARE(stats.pids, 3u);
    }

    // cpu: 1 s of 8 s of system time on 8 online CPUs = 100 %: one CPU busy.
    // memory: 3 MiB - 512 KiB inactive_file = 2.5 MiB of 8 GiB.
    void aCgroupV2SampleComesToWhatDockerStatsShows()
    {
        const StatsSample sample = StatsSample::fromJson(parse(CgroupV2Sample));
        QCOMPARE(sample.cpu.onlineCpus, 8u);
        QCOMPARE(sample.cpu.perCpuCount, 0);
        const ContainerStats stats = ContainerStats::fromSample(sample);
        QCOMPARE(stats.cpuPercent, 100.0);
        QCOMPARE(stats.memoryUsage, 2621440u);
        QCOMPARE(stats.memoryLimit, 8589934592u);
        QCOMPARE(stats.memoryPercent, 2621440.0 / 8589934592.0 * 100.0);
        QCOMPARE(stats.networkRx, 1000000u);
        QCOMPARE(stats.networkTx, 2000u);
        QCOMPARE(stats.blockRead, 1048576u);
        QCOMPARE(stats.blockWrite, 65536u);
        QCOMPARE(stats.pids, 1u);
    }

    // The first sample of a stream has an empty precpu_stats; a stopped
    // container has an all-zero one: neither divides by zero.
    void noPreviousReadingGivesNoCpuPercent()
    {
        QJsonObject json = parse(CgroupV2Sample);
        json.insert(QStringLiteral("precpu_stats"), QJsonObject {});
        json.insert(QStringLiteral("cpu_stats"), QJsonObject {});
        json.insert(QStringLiteral("memory_stats"), QJsonObject {});
        const ContainerStats stats = ContainerStats::fromSample(StatsSample::fromJson(json));
        QCOMPARE(stats.cpuPercent, 0.0);
        QCOMPARE(stats.memoryUsage, 0u);
        QCOMPARE(stats.memoryPercent, 0.0);
    }

    // The CLI keeps the whole usage when the cache figure is not below it.
    void aCacheFigureAboveTheUsageIsNotTakenOff()
    {
        StatsSample sample;
        sample.memoryUsage = 1000;
        sample.memoryStats.insert(QStringLiteral("inactive_file"), 2000);
        QCOMPARE(ContainerStats::memoryUsageOf(sample), 1000u);
        sample.memoryStats.clear();
        sample.memoryStats.insert(QStringLiteral("cache"), 300);
        QCOMPARE(ContainerStats::memoryUsageOf(sample), 700u);
    }

    void engineInfoReadsTheFieldsDockerInfoShows()
    {
        const EngineInfo info = EngineInfo::fromJson(parse(R"json({
            "Name": "host1", "OperatingSystem": "Debian GNU/Linux 13 (trixie)", "OSType": "linux",
            "KernelVersion": "6.1.0", "Architecture": "x86_64", "NCPU": 8, "MemTotal": 16663339008,
            "Containers": 5, "ContainersRunning": 2, "ContainersPaused": 1, "ContainersStopped": 2,
            "Images": 7, "Driver": "overlay2", "DockerRootDir": "/var/lib/docker",
            "CgroupDriver": "systemd", "CgroupVersion": "2", "Swarm": {"LocalNodeState": "inactive"},
            "ServerVersion": "26.1.5", "Runtimes": {"runc": {"path": "runc"}, "io.containerd.runc.v2": {}},
            "DefaultRuntime": "runc", "SecurityOptions": ["name=seccomp,profile=builtin", "name=cgroupns"],
            "Warnings": ["WARNING: bridge-nf-call-iptables is disabled"]})json"));
        QCOMPARE(info.cpus, 8);
        QCOMPARE(info.memoryBytes, 16663339008);
        QCOMPARE(info.containersPaused, 1);
        QCOMPARE(info.images, 7);
        QCOMPARE(info.storageDriver, u"overlay2");
        QCOMPARE(info.swarmState, u"inactive");
        QCOMPARE(info.runtimes.value(QStringLiteral("runc")), u"runc");
        QVERIFY(info.runtimes.contains(QStringLiteral("io.containerd.runc.v2")));
        QCOMPARE(info.securityOptions.size(), 2);
        QCOMPARE(info.warnings.size(), 1);
    }

    // Two images sharing 100 bytes; the first used by a container. Totals as
    // `docker system df` counts them.
    void diskUsageTotalsCountAsTheDockerCliDoes()
    {
        const DiskUsage usage = DiskUsage::fromJson(parse(R"json({
            "LayersSize": 1000,
            "Images": [
                {"Id": "sha256:a", "RepoTags": ["a:1"], "Created": 1700000000, "Size": 600, "SharedSize": 100,
                 "Containers": 1},
                {"Id": "sha256:b", "RepoTags": [], "Created": 1700000001, "Size": 500, "SharedSize": 100,
                 "Containers": 0}],
            "Containers": [
                {"Id": "c1", "Names": ["/one"], "Image": "a:1", "State": "running", "SizeRw": 10,
                 "SizeRootFs": 610},
                {"Id": "c2", "Names": ["/two"], "Image": "a:1", "State": "exited", "SizeRw": 20,
                 "SizeRootFs": 620}],
            "Volumes": [
                {"Name": "v1", "Driver": "local", "UsageData": {"Size": 300, "RefCount": 1}},
                {"Name": "v2", "Driver": "local", "UsageData": {"Size": 40, "RefCount": 0}},
                {"Name": "v3", "Driver": "local", "UsageData": {"Size": -1, "RefCount": -1}}],
            "BuildCache": [
                {"ID": "x", "Type": "regular", "Size": 70, "InUse": false, "Shared": false},
                {"ID": "y", "Type": "regular", "Size": 30, "InUse": true, "Shared": false},
                {"ID": "z", "Type": "regular", "Size": 99, "InUse": false, "Shared": true}]})json"));
        QCOMPARE(usage.images.at(0).uniqueSize(), 500);
        QCOMPARE(usage.images.at(0).created, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));
        QCOMPARE(usage.containers.at(1).name, u"two");
        QCOMPARE(usage.containers.at(1).sizeRootFs, 620);
        QCOMPARE(usage.imagesTotal(), (DiskUsage::Total {2, 1, 1000, 500}));
        QCOMPARE(usage.containersTotal(), (DiskUsage::Total {2, 1, 30, 20}));
        QCOMPARE(usage.volumesTotal(), (DiskUsage::Total {3, 1, 340, 40}));
        QCOMPARE(usage.buildCacheTotal(), (DiskUsage::Total {3, 1, 100, 70}));
    }
};

QTEST_GUILESS_MAIN(ContainerStatsTest)
#include "ContainerStatsTest.moc"
