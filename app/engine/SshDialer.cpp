// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SshDialer.h"

#include "engine/SshFailure.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace Hublot::Engine {

namespace {

// Below the client's 30 s request timeout, so that a host that does not
// answer is reported with ssh's own words.
constexpr int ConnectTimeoutSeconds = 20;
// How long an ssh process may take to end once its connection was closed.
constexpr int StopGraceMs = 5'000;
// Qt's HTTP stack opens a connection again at once when one closes before
// any reply, and a server may hold each refused login against this address:
// a failure answers the connections opened this soon after it, without
// running ssh again.
constexpr int FailureHoldMs = 1'000;
// What is kept of a run's stderr: enough for any message of ssh's.
constexpr qsizetype MaxErrorOutput = 64 * 1024;

// The remote side runs the command through the user's shell.
QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

}  // namespace

struct SshDialer::Link
{
    bool carried = false;  // the engine's bytes came through
    bool socketGone = false;  // Qt closed the connection first
    QByteArray errorOutput;
};

SshDialer::SshDialer(EngineEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_directory(std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/hublot-ssh-XXXXXX"))
    , m_server(new QLocalServer(this))
{
    // QTemporaryDir makes its folder with mode 0700: no other user can reach
    // the socket, whatever its own mode.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SshDialer::acceptConnections);
    if (!m_directory->isValid()) {
        m_lastFailure
            = EngineError::make(EngineError::Kind::SshFailed,
                                u"cannot make a private folder for the ssh socket: " + m_directory->errorString());
    } else if (!m_server->listen(m_directory->filePath(QStringLiteral("engine.sock")))) {
        m_lastFailure = EngineError::make(EngineError::Kind::SshFailed,
                                          u"cannot listen on a local socket for ssh: " + m_server->errorString());
    }
    if (m_lastFailure)
        m_lastFailure->address = m_endpoint.address();
}

SshDialer::~SshDialer()
{
    m_server->close();
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
            continue;
        process->kill();
        // Reaps the process just sent SIGKILL, which takes no measurable time;
        // QProcess's destructor would wait the same way, with a warning.
        process->waitForFinished(1'000);
    }
}

QString SshDialer::socketPath() const
{
    return m_server->isListening() ? m_server->fullServerName() : QString();
}

QString SshDialer::program()
{
    return QStringLiteral("ssh");
}

QStringList SshDialer::arguments(const EngineEndpoint &endpoint)
{
    // For ssh the first value given for an option wins: these come before
    // the endpoint's own options so that nothing turns them off.
    QStringList arguments {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                           QStringLiteral("BatchMode=yes")};
    arguments += endpoint.sshOptions;
    arguments
        += {QStringLiteral("-o"), QStringLiteral("ConnectTimeout=%1").arg(ConnectTimeoutSeconds), QStringLiteral("-T")};
    if (!endpoint.user.isEmpty())
        arguments += {QStringLiteral("-l"), endpoint.user};
    if (endpoint.port > 0)
        arguments += {QStringLiteral("-p"), QString::number(endpoint.port)};
    arguments += {QStringLiteral("--"), endpoint.host, QStringLiteral("docker")};
    if (!endpoint.socketPath.isEmpty())
        arguments += {QStringLiteral("--host"), shellQuoted(u"unix://" + endpoint.socketPath)};
    arguments += {QStringLiteral("system"), QStringLiteral("dial-stdio")};
    return arguments;
}

int SshDialer::runningCount() const
{
    int count = 0;
    for (const QProcess *process : findChildren<QProcess *>())
        count += process->state() != QProcess::NotRunning ? 1 : 0;
    return count;
}

void SshDialer::recordFailure(const EngineError &error)
{
    m_lastFailure = error;
    m_lastFailure->address = m_endpoint.address();
    m_failureHold.setRemainingTime(FailureHoldMs);
    Q_EMIT failed(*m_lastFailure);
}

void SshDialer::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection())
        startLink(socket);
}

void SshDialer::startLink(QLocalSocket *socketPointer)
{
    const QPointer<QLocalSocket> socket(socketPointer);
    socket->setParent(this);
    if (m_lastFailure && !m_failureHold.hasExpired()) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_runCount;
    auto *process = new QProcess(this);
    auto link = std::make_shared<Link>();
    process->setProgram(program());
    process->setArguments(arguments(m_endpoint));

    connect(socket, &QLocalSocket::readyRead, process, [socket, process] {
        if (process->state() != QProcess::NotRunning)
            process->write(socket->readAll());
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, socket, process, link] {
        const QByteArray bytes = process->readAllStandardOutput();
        if (bytes.isEmpty())
            return;
        if (!link->carried) {
            link->carried = true;
            m_lastFailure.reset();
        }
        if (socket)
            socket->write(bytes);
    });
    connect(process, &QProcess::readyReadStandardError, process, [process, link] {
        const QByteArray bytes = process->readAllStandardError();
        link->errorOutput += bytes.left(MaxErrorOutput - link->errorOutput.size());
    });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::disconnected, process, [process, link] {
        link->socketGone = true;
        if (process->state() == QProcess::NotRunning)
            return;
        // The remote dial-stdio ends when its input does; if it does not, ssh goes.
        process->closeWriteChannel();
        QTimer::singleShot(StopGraceMs, process, [process] { process->kill(); });
    });
    connect(process, &QProcess::finished, this, [this, socket, process, link](int exitCode, QProcess::ExitStatus) {
        process->deleteLater();
        const QByteArray rest = process->readAllStandardOutput();
        if (!rest.isEmpty()) {
            link->carried = true;
            m_lastFailure.reset();
            if (socket)
                socket->write(rest);
        }
        link->errorOutput += process->readAllStandardError().left(MaxErrorOutput - link->errorOutput.size());
        // Recorded before the socket closes, so that the reply Qt fails next
        // finds the reason here.
        if (!link->carried && !link->socketGone)
            recordFailure(SshFailure::classify(exitCode, link->errorOutput));
        if (socket)
            socket->disconnectFromServer();
    });
    connect(process, &QProcess::errorOccurred, this, [this, socket, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        recordFailure(
            EngineError::make(EngineError::Kind::SshClientMissing, program() + u": " + process->errorString()));
        if (socket)
            socket->abort();
    });

    process->start(QIODevice::ReadWrite);
    // Qt may have written its request before this connection was accepted.
    if (socket->bytesAvailable() > 0 && process->state() != QProcess::NotRunning)
        process->write(socket->readAll());
}

}  // namespace Hublot::Engine
