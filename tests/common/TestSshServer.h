// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Hublot::Test {

/// An sshd the test starts on 127.0.0.1, on a port it picks free, with a
/// host key and user keys it makes with ssh-keygen in a folder of its own.
/// Its sessions get DOCKER_HOST set to the test engine (SetEnv), so a remote
/// `docker system dial-stdio` reaches TestEngine::dockerHost(). Nothing of
/// the user's ~/.ssh is read or written: clients get a config file of their
/// own (clientConfig()).
class TestSshServer final
{
    Q_DISABLE_COPY_MOVE(TestSshServer)

public:
    TestSshServer();
    ~TestSshServer();

    /// Makes the keys (once) and starts sshd, with env set in its sessions
    /// (DOCKER_HOST is the test engine's unless env says otherwise). Empty
    /// when sshd answers on port(); else why it does not.
    QString start(const QMap<QString, QString> &env = {});
    /// Stops sshd and waits until it has gone.
    void stop();

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString filePath(const QString &name) const { return m_directory.filePath(name); }

    /// The known_hosts line for this server's host key, or for a key of
    /// another host (to play a server whose key changed).
    [[nodiscard]] QString knownHostsLine(bool otherKey = false) const;

    /// Writes a known_hosts file holding lines (none: empty) and an ssh_config
    /// that uses it and the identity (the authorized client key, or a key
    /// the server does not know), and nothing else: no agent, no other
    /// known_hosts, no password. Gives the config's path.
    QString clientConfig(const QStringList &knownHostsLines, bool authorizedKey = true);
    [[nodiscard]] QString knownHostsPath() const { return filePath(QStringLiteral("known_hosts")); }

    /// What sshd wrote to stderr so far (its log, with -e).
    QString log();

private:
    QString makeKeys();

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_sshd;
    QByteArray m_log;
    int m_port = 0;
    bool m_keysMade = false;
};

}  // namespace Hublot::Test
