// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The engines Hublot starts itself: how long dockerd and the VM take to
// answer and to stop, what the VM costs in memory and disk, and a container
// run through the VM beside the same run on the engine of this computer.
#include "BenchSupport.h"
#include "TestVm.h"

#include "engine/LocalEngine.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Hublot;
using Engine::ManagedEngine;

namespace {

constexpr int LocalRounds = 3;
constexpr int VmRounds = 2;
constexpr int ContainerRuns = 5;

// Milliseconds from start() to Running (-1 if it did not get there).
double timeStart(ManagedEngine &engine)
{
    QElapsedTimer timer;
    timer.start();
    engine.start();
    while (engine.state() == ManagedEngine::State::Starting)
        Bench::waitForSignal(&engine, &ManagedEngine::stateChanged, engine.startTimeoutMs());
    return engine.state() == ManagedEngine::State::Running ? double(timer.elapsed()) : -1;
}

double timeStop(ManagedEngine &engine)
{
    QElapsedTimer timer;
    timer.start();
    engine.stop();
    while (engine.state() == ManagedEngine::State::Stopping)
        Bench::waitForSignal(&engine, &ManagedEngine::stateChanged, engine.stopTimeoutMs() + 5'000);
    return engine.state() == ManagedEngine::State::Stopped ? double(timer.elapsed()) : -1;
}

// Resident memory of a process, from /proc/PID/status (VmRSS, in kB).
qint64 residentBytesOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return 0;
}

// The bytes a (sparse) file takes on disk.
qint64 allocatedBytes(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_blocks) * 512 : 0;
}

QList<double> timeContainerRuns(const Engine::EngineEndpoint &endpoint)
{
    QList<double> times;
    for (int i = 0; i < ContainerRuns; ++i) {
        times << Bench::timeDockerOn(endpoint,
                                     {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--label"),
                                      QStringLiteral("hublot.test=1"), Test::TestEngine::image(),
                                      QStringLiteral("true")});
    }
    return times;
}

}  // namespace

class ManagedEngineBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localEngine()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bench-XXXXXX"));
        QVERIFY(dir.isValid());
        Engine::LocalEngine engine({dir.path() + u"/run", dir.path() + u"/data", {}},
                                   {QStringLiteral("--bridge"), QStringLiteral("none"),
                                    QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false")});
        QList<double> starts;
        QList<double> stops;
        for (int round = 0; round < LocalRounds; ++round) {
            starts << timeStart(engine);
            QVERIFY2(starts.constLast() >= 0, qPrintable(engine.failure().detail));
            stops << timeStop(engine);
            QVERIFY(stops.constLast() >= 0);
        }
        Bench::report("local_engine_start_to_answer_median", Bench::median(starts), "ms");
        Bench::report("local_engine_stop_median", Bench::median(stops), "ms");
    }

    void virtualMachine()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString reason = Test::TestVm::unavailableReason();
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bench-XXXXXX"));
        Engine::VirtualMachineEngine::Settings settings = Test::TestVm::settingsIn(dir);
        settings.cpus = 2;
        settings.memoryMiB = 2048;
        Engine::VirtualMachineEngine engine(settings);
        for (int round = 0; round < VmRounds; ++round) {
            const double start = timeStart(engine);
            QVERIFY2(start >= 0, qPrintable(engine.failure().detail));
            // The first start also makes the disk's file system.
            Bench::report(round == 0 ? "vm_first_start_to_answer" : "vm_start_to_answer", start, "ms");
            if (round == 0) {
                const Engine::EngineEndpoint endpoint = engine.endpoint();
                QVERIFY(Test::TestVm::loadTestImage(endpoint));
                const double inVm = Bench::median(timeContainerRuns(endpoint));
                const double here = Bench::median(timeContainerRuns(Test::TestEngine::endpoint()));
                QVERIFY(inVm > 0 && here > 0);
                Bench::report("vm_docker_run_rm_median", inVm, "ms");
                Bench::report("local_docker_run_rm_median", here, "ms");
                Bench::report("vm_docker_run_rm_ratio_to_local", inVm / here, "x");
                Bench::report("vm_qemu_resident", Bench::megabytes(residentBytesOf(engine.processId())), "MiB");
            }
            const double stop = timeStop(engine);
            QVERIFY(stop >= 0);
            Bench::report("vm_stop", stop, "ms");
        }
        Bench::report("vm_data_disk_on_disk", Bench::megabytes(allocatedBytes(settings.disk)), "MiB");
        Bench::report("vm_emulated_processor", engine.usesHardwareAcceleration() ? 0 : 1, "bool");
    }
};

QTEST_GUILESS_MAIN(ManagedEngineBench)
#include "ManagedEngineBench.moc"
