// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Hublot::Test {

/// A second, real dockerd that a test starts, stops and restarts itself,
/// beside the shared test engine. It has its own data-root, exec-root,
/// pidfile, socket and containerd namespace under a temporary folder, and
/// leaves bridges and firewall rules alone (containers it runs use
/// `--network none`), so that it cannot disturb the shared engine.
class TestDaemon final
{
public:
    TestDaemon();
    ~TestDaemon();
    TestDaemon(const TestDaemon &) = delete;
    TestDaemon &operator=(const TestDaemon &) = delete;

    /// Starts dockerd with extraArguments and waits until it answers.
    /// Returns an empty string, or why it did not come up.
    QString start(const QStringList &extraArguments = {});
    /// Stops it (SIGTERM) and waits until it has exited.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    [[nodiscard]] QString socketPath() const;
    [[nodiscard]] QString dockerHost() const { return u"unix://" + socketPath(); }
    /// The end of dockerd's log, for failure messages.
    [[nodiscard]] QString logTail() const;

    /// Runs the docker CLI against this daemon; returns stdout, or fails the test.
    QByteArray docker(const QStringList &arguments);
    /// Copies the shared test image into this daemon (docker save | docker load).
    QString loadTestImage();
    /// Leaves the swarm a test made on this daemon, and removes the bridge
    /// interface the swarm added to the machine (docker_gwbridge), which
    /// would outlive the daemon. Quiet when there is no swarm.
    void leaveSwarm();
    /// start(), then loadTestImage(): an empty string, or why it went wrong.
    QString startWithTestImage(const QStringList &extraArguments = {});

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

}  // namespace Hublot::Test
