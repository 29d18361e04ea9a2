// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace Hublot::Test {

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

}  // namespace

TestRegistry::TestRegistry(const QString &user, const QString &password)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder for the registry");
        return;
    }
    const QString registry = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (registry.isEmpty()) {
        m_error = QStringLiteral("docker-registry is missing: install Debian's docker-registry");
        return;
    }
    m_port = freePort();
    QString config = QStringLiteral("version: 0.1\n"
                                    "log:\n  level: warn\n"
                                    "storage:\n  filesystem:\n    rootdirectory: %1/storage\n"
                                    "http:\n  addr: 127.0.0.1:%2\n")
                         .arg(m_dir.path())
                         .arg(m_port);
    if (!user.isEmpty()) {
        QProcess htpasswd;
        htpasswd.start(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), user, password});
        if (!htpasswd.waitForFinished(20'000) || htpasswd.exitCode() != 0) {
            m_error = u"htpasswd (Debian's apache2-utils) failed: " + QString::fromUtf8(htpasswd.readAllStandardError())
                + htpasswd.errorString();
            return;
        }
        QFile file(m_dir.filePath(QStringLiteral("htpasswd")));
        if (!file.open(QIODevice::WriteOnly) || file.write(htpasswd.readAllStandardOutput()) < 0) {
            m_error = u"cannot write " + file.fileName();
            return;
        }
        config += QStringLiteral("auth:\n  htpasswd:\n    realm: hublot-test\n    path: %1\n").arg(file.fileName());
    }
    QFile configFile(m_dir.filePath(QStringLiteral("config.yml")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) < 0) {
        m_error = u"cannot write " + configFile.fileName();
        return;
    }
    configFile.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(registry, {QStringLiteral("serve"), configFile.fileName()});
    if (!m_process.waitForStarted(10'000)) {
        m_error = u"docker-registry did not start: " + m_process.errorString();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20'000) {
        if (m_process.state() != QProcess::Running) {
            m_error = u"docker-registry exited: " + QString::fromUtf8(m_process.readAll());
            return;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(500))
            return;
        QTest::qWait(100);
    }
    m_error = QStringLiteral("docker-registry did not listen on 127.0.0.1:%1 within 20 s").arg(m_port);
}

TestRegistry::~TestRegistry()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

QString TestRegistry::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

}  // namespace Hublot::Test
