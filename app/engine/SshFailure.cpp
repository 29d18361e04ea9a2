// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SshFailure.h"

#include <QStringList>

namespace Hublot::Engine {

namespace {

// Long enough for ssh's host-key-changed banner and its fingerprint; a
// remote command could write without end.
constexpr qsizetype MaxMessageLength = 4000;

bool has(const QString &text, QStringView what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return text.contains(what, cs);
}

}  // namespace

QString SshFailure::message(QByteArrayView standardError)
{
    QString text = QString::fromUtf8(standardError.left(MaxMessageLength * 2));
    text.remove(u'\r');
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        // "** WARNING: connection is not using a post-quantum key exchange
        // algorithm." and its like: advice, not the reason for a failure.
        if (line.startsWith(u"** ") || line.trimmed().isEmpty())
            continue;
        kept.append(line);
    }
    return kept.join(u'\n').left(MaxMessageLength);
}

EngineError SshFailure::classify(int exitCode, QByteArrayView standardError)
{
    using Kind = EngineError::Kind;
    const QString text = message(standardError);
    EngineError error = EngineError::make(Kind::SshFailed, text);
    // ssh's own failures are its exit status 255; the remote command's are
    // whatever it exits with, 127 for a command the shell cannot find.
    const bool sshItself = exitCode == 255;
    const bool connecting = has(text, u"ssh: connect to host");
    if (has(text, u"REMOTE HOST IDENTIFICATION HAS CHANGED") || has(text, u"POSSIBLE DNS SPOOFING DETECTED")
        || has(text, u"HOST IDENTIFICATION HAS CHANGED")) {
        error.kind = Kind::SshHostKeyChanged;
    } else if (has(text, u"Host key verification failed") || has(text, u"host key is known for")) {
        error.kind = Kind::SshHostKeyUnknown;
    } else if ((sshItself && has(text, u"Permission denied (")) || has(text, u"Too many authentication failures")
               || has(text, u"No more authentication methods")) {
        error.kind = Kind::SshAuthenticationFailed;
    } else if (connecting && has(text, u"Connection refused")) {
        error.kind = Kind::SshConnectionRefused;
    } else if (has(text, u"ssh: Could not resolve hostname")
               || (connecting && (has(text, u"No route to host") || has(text, u"Network is unreachable")))) {
        error.kind = Kind::HostUnreachable;
    } else if ((connecting && has(text, u"timed out")) || has(text, u"Connection timed out during banner exchange")) {
        error.kind = Kind::Timeout;
    } else if (exitCode == 127 && has(text, u"docker")) {
        error.kind = Kind::SshRemoteDockerMissing;
    } else if (has(text, u"permission denied while trying to connect to the docker", Qt::CaseInsensitive)) {
        error.kind = Kind::PermissionDenied;
    } else if (has(text, u"failed to open the raw stream connection")
               || has(text, u"Cannot connect to the Docker daemon", Qt::CaseInsensitive)) {
        // The remote docker ran, but its engine is not where it looked.
        if (has(text, u"no such file or directory"))
            error.kind = Kind::SocketMissing;
        else if (has(text, u"permission denied", Qt::CaseInsensitive))
            error.kind = Kind::PermissionDenied;
        else
            error.kind = Kind::EngineNotRunning;
    }
    return error;
}

}  // namespace Hublot::Engine
