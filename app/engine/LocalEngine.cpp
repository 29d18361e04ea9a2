// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LocalEngine.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace Hublot::Engine {

namespace {

// Whether something accepts connections on the unix socket at path. A
// connect to a local socket does not wait on anything: it is taken or
// refused at once (the socket is non-blocking in case its queue is full).
bool answersAt(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address {};
    if (native.isEmpty() || size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int result = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    const bool answers = result == 0 || errno == EAGAIN;
    ::close(fd);
    return answers;
#else
    Q_UNUSED(path)
    return false;
#endif
}

QString userName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

}  // namespace

LocalEngine::Paths LocalEngine::defaultPaths()
{
    return {QStringLiteral("/run/hublot-engine"), QStringLiteral("/var/lib/hublot-engine"),
            EngineEndpoint::defaultSocketPath()};
}

LocalEngine::LocalEngine(QObject *parent)
    : LocalEngine(defaultPaths(), {}, parent)
{ }

LocalEngine::LocalEngine(Paths paths, QStringList extraArguments, QObject *parent)
    : ManagedEngine(parent)
    , m_paths(std::move(paths))
    , m_extraArguments(std::move(extraArguments))
{
    setObjectName(QStringLiteral("localEngine"));
}

EngineEndpoint LocalEngine::endpoint() const
{
    EngineEndpoint endpoint;
    endpoint.transport = EngineEndpoint::Transport::UnixSocket;
    endpoint.socketPath = m_paths.runtime + QStringLiteral("/docker.sock");
    endpoint.source = QStringLiteral("hublot-local-engine");
    return endpoint;
}

QString LocalEngine::logPath() const
{
    return m_paths.runtime + QStringLiteral("/dockerd.log");
}

ManagedEngine::Failure LocalEngine::prepare()
{
    if (program().isEmpty())
        return {Failure::Kind::ProgramMissing, QStringLiteral("dockerd"), {}, {}};
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return {Failure::Kind::NeedsAdministrator, userName(), {}, {}};
#endif
    for (const QString &socket : {m_paths.standardSocket, endpoint().socketPath}) {
        if (!socket.isEmpty() && answersAt(socket))
            return {Failure::Kind::AnotherEngineRunning, u"unix://" + socket, {}, {}};
    }
    for (const QString &folder : {m_paths.runtime, m_paths.data}) {
        if (!QDir().mkpath(folder))
            return {Failure::Kind::FileFailed, {}, folder, {}};
    }
    // The runtime folder holds the engine's socket: its owner only.
    QFile::setPermissions(m_paths.runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QString LocalEngine::program() const
{
    return programOnce(QStringLiteral("dockerd"));
}

QStringList LocalEngine::arguments() const
{
    return QStringList {QStringLiteral("--data-root"), m_paths.data, QStringLiteral("--exec-root"),
                        m_paths.runtime + QStringLiteral("/exec"), QStringLiteral("--pidfile"),
                        m_paths.runtime + QStringLiteral("/dockerd.pid"), QStringLiteral("--host"),
                        endpoint().address(),
                        // Its own containerd namespaces: a system containerd
                        // shared with another engine keeps the two apart.
                        QStringLiteral("--containerd-namespace"), QStringLiteral("hublot"),
                        QStringLiteral("--containerd-plugins-namespace"), QStringLiteral("hublot-plugins"),
                        QStringLiteral("--shutdown-timeout"), QStringLiteral("10")}
    + m_extraArguments;
}

}  // namespace Hublot::Engine
