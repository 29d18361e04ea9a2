// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSshServer.h"

#include "TestEngine.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace Hublot::Test {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + u' ' + arguments.join(u' ') + u" failed: " + process.errorString() + u' '
            + QString::fromUtf8(process.readAllStandardError());
    return QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

TestSshServer::TestSshServer() = default;

TestSshServer::~TestSshServer()
{
    stop();
}

QString TestSshServer::makeKeys()
{
    if (m_keysMade)
        return QString();
    if (!m_directory.isValid())
        return u"no temporary folder: " + m_directory.errorString();
    for (const char *name : {"host_key", "other_host_key", "client_key", "stranger_key"}) {
        const QString error = run(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                   QStringLiteral("-N"), QString(), QStringLiteral("-C"), QString::fromLatin1(name),
                                   QStringLiteral("-f"), filePath(QString::fromLatin1(name))});
        if (!error.isEmpty())
            return error;
    }
    if (!writeFile(filePath(QStringLiteral("authorized_keys")), readFile(filePath(QStringLiteral("client_key.pub")))))
        return QStringLiteral("cannot write authorized_keys");
    m_keysMade = true;
    return QString();
}

QString TestSshServer::start(const QMap<QString, QString> &env)
{
    const QString keys = makeKeys();
    if (!keys.isEmpty())
        return keys;
    // sshd's privilege separation needs this folder; /run is a fresh tmpfs in the test root.
    if (!QDir().mkpath(QStringLiteral("/run/sshd")))
        return QStringLiteral("cannot make /run/sshd (sshd needs it; the tests run as root)");
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0)
        return QStringLiteral("no free port on 127.0.0.1");
    QMap<QString, QString> sessionEnv = env;
    if (!sessionEnv.contains(QStringLiteral("DOCKER_HOST")))
        sessionEnv.insert(QStringLiteral("DOCKER_HOST"), TestEngine::dockerHost());
    QString setEnv;
    for (auto it = sessionEnv.cbegin(); it != sessionEnv.cend(); ++it)
        setEnv += u" \"" + it.key() + u'=' + it.value() + u'"';
    const QString config = QStringLiteral("ListenAddress 127.0.0.1\n"
                                          "Port %1\n"
                                          "HostKey %2\n"
                                          "AuthorizedKeysFile %3\n"
                                          "PidFile %4\n"
                                          "StrictModes no\n"
                                          "UsePAM no\n"
                                          "PermitRootLogin prohibit-password\n"
                                          "PasswordAuthentication no\n"
                                          "KbdInteractiveAuthentication no\n"
                                          // The tests fail logins on purpose: no penalty for them.
                                          "PerSourcePenalties no\n"
                                          "SetEnv%5\n")
                               .arg(m_port)
                               .arg(filePath(QStringLiteral("host_key")), filePath(QStringLiteral("authorized_keys")),
                                    filePath(QStringLiteral("sshd.pid")), setEnv);
    if (!writeFile(filePath(QStringLiteral("sshd_config")), config.toUtf8()))
        return QStringLiteral("cannot write sshd_config");

    m_log.clear();
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::SeparateChannels);
    m_sshd->start(
        QStringLiteral("/usr/sbin/sshd"),
        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd->waitForStarted(10'000))
        return u"/usr/sbin/sshd could not be started: " + m_sshd->errorString();
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() == QProcess::NotRunning)
            return u"sshd exited at start: " + log();
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(500))
            return QString();
        QTest::qWait(100);
    }
    return u"sshd did not listen on 127.0.0.1:" + QString::number(m_port) + u" in 20 s: " + log();
}

void TestSshServer::stop()
{
    if (!m_sshd)
        return;
    if (m_sshd->state() != QProcess::NotRunning) {
        m_sshd->terminate();
        if (!m_sshd->waitForFinished(10'000)) {
            m_sshd->kill();
            m_sshd->waitForFinished(5'000);
        }
    }
    log();
    m_sshd.reset();
}

QString TestSshServer::log()
{
    if (m_sshd)
        m_log += m_sshd->readAllStandardError();
    return QString::fromUtf8(m_log);
}

QString TestSshServer::knownHostsLine(bool otherKey) const
{
    const QByteArray publicKey
        = readFile(filePath(otherKey ? QStringLiteral("other_host_key.pub") : QStringLiteral("host_key.pub")));
    // "ssh-ed25519 AAAA... comment": the type and the key, without the comment.
    const QList<QByteArray> fields = publicKey.trimmed().split(' ');
    if (fields.size() < 2)
        return QString();
    return QStringLiteral("[127.0.0.1]:%1 %2 %3")
        .arg(m_port)
        .arg(QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]));
}

QString TestSshServer::clientConfig(const QStringList &knownHostsLines, bool authorizedKey)
{
    QByteArray knownHosts;
    for (const QString &line : knownHostsLines)
        knownHosts += line.toUtf8() + '\n';
    writeFile(knownHostsPath(), knownHosts);
    const QString identity = filePath(authorizedKey ? QStringLiteral("client_key") : QStringLiteral("stranger_key"));
    const QString config = QStringLiteral("Host *\n"
                                          "  UserKnownHostsFile \"%1\"\n"
                                          "  GlobalKnownHostsFile /dev/null\n"
                                          "  IdentityFile \"%2\"\n"
                                          "  IdentitiesOnly yes\n"
                                          "  IdentityAgent none\n"
                                          "  PasswordAuthentication no\n"
                                          "  KbdInteractiveAuthentication no\n")
                               .arg(knownHostsPath(), identity);
    const QString path = filePath(QStringLiteral("ssh_config"));
    writeFile(path, config.toUtf8());
    return path;
}

}  // namespace Hublot::Test
