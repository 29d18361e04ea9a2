// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDaemon.h"

#include "TestEngine.h"

#include <QFile>
#include <QtTest>

namespace Hublot::Test {

TestDaemon::TestDaemon()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

TestDaemon::~TestDaemon()
{
    stop();
}

QString TestDaemon::socketPath() const
{
    return m_dir.filePath(QStringLiteral("docker.sock"));
}

QString TestDaemon::start(const QStringList &extraArguments)
{
    if (isRunning())
        return {};
    const QString root = m_dir.path();
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("dockerd.log")), QIODevice::Append);
    m_process.start(
        QStringLiteral("dockerd"),
        QStringList {QStringLiteral("--data-root"), root + u"/data", QStringLiteral("--exec-root"), root + u"/exec",
                     QStringLiteral("--pidfile"), root + u"/dockerd.pid", QStringLiteral("--host"), dockerHost(),
                     QStringLiteral("--containerd-namespace"), QStringLiteral("hublot-second"),
                     QStringLiteral("--containerd-plugins-namespace"), QStringLiteral("hublot-second-plugins"),
                     QStringLiteral("--bridge"), QStringLiteral("none"), QStringLiteral("--iptables=false"),
                     QStringLiteral("--ip6tables=false"), QStringLiteral("--shutdown-timeout"), QStringLiteral("2")}
            + extraArguments);
    if (!m_process.waitForStarted(10'000))
        return u"dockerd could not be started: " + m_process.errorString();
    for (int i = 0; i < 120; ++i) {
        if (!isRunning())
            return u"dockerd exited at start: " + logTail();
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("docker"),
                    {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
        if (probe.waitForFinished(5'000) && probe.exitCode() == 0)
            return {};
        QTest::qWait(250);
    }
    return u"dockerd did not answer within 30 s: " + logTail();
}

void TestDaemon::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QString TestDaemon::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("dockerd.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(1500));
}

QByteArray TestDaemon::docker(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("docker"), arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(u"docker " + arguments.join(u' ') + u" on the second engine failed: "
                                + QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
    }
    return process.readAllStandardOutput();
}

void TestDaemon::leaveSwarm()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")},
          QStringList {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("docker_gwbridge")}}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("docker"), arguments);
        process.waitForFinished(60'000);
    }
}

QString TestDaemon::loadTestImage()
{
    // docker save from the shared engine, piped into docker load here.
    QProcess save;
    QProcess load;
    QProcessEnvironment saveEnv = QProcessEnvironment::systemEnvironment();
    saveEnv.insert(QStringLiteral("DOCKER_HOST"), TestEngine::dockerHost());
    save.setProcessEnvironment(saveEnv);
    QProcessEnvironment loadEnv = QProcessEnvironment::systemEnvironment();
    loadEnv.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    load.setProcessEnvironment(loadEnv);
    save.setStandardOutputProcess(&load);
    save.start(QStringLiteral("docker"), {QStringLiteral("save"), TestEngine::image()});
    load.start(QStringLiteral("docker"), {QStringLiteral("load"), QStringLiteral("-q")});
    if (!save.waitForFinished(60'000) || save.exitCode() != 0)
        return u"docker save failed: " + QString::fromUtf8(save.readAllStandardError());
    if (!load.waitForFinished(60'000) || load.exitCode() != 0)
        return u"docker load failed: " + QString::fromUtf8(load.readAllStandardError());
    return {};
}

QString TestDaemon::startWithTestImage(const QStringList &extraArguments)
{
    const QString started = start(extraArguments);
    return started.isEmpty() ? loadTestImage() : started;
}

}  // namespace Hublot::Test
