// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEndpoint.h"

#include "engine/DockerContexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <algorithm>

namespace Hublot::Engine {

namespace {

EngineError fileError(EngineError::Kind kind, const QString &path, const QString &why)
{
    EngineError error = EngineError::make(kind, why);
    error.path = path;
    return error;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(EngineError::Kind::TlsFileMissing, path, file.errorString());
    return file.readAll();
}

// A name or path a person could have typed: no control characters, no replacement
// character (bytes that were not UTF-8) and no noncharacters, which QUrl
// does not read back as it wrote them (found by EngineEndpointFuzzer).
bool isPlainName(const QString &name)
{
    for (const uint c : name.toUcs4()) {
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        const bool nonCharacter = (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
        const bool surrogate = c >= 0xd800 && c <= 0xdfff;
        if (control || nonCharacter || surrogate || c == 0xfffd)
            return false;
    }
    return true;
}

}  // namespace

QString EngineEndpoint::address() const
{
    switch (transport) {
    case Transport::UnixSocket:
#ifdef Q_OS_WIN
        return u"npipe://" + socketPath;
#else
        return u"unix://" + socketPath;
#endif
    case Transport::Tcp: break;
    case Transport::Ssh: {
        QUrl url;
        url.setScheme(QStringLiteral("ssh"));
        url.setUserName(user);
        url.setHost(host);
        if (port > 0)
            url.setPort(port);
        url.setPath(socketPath);
        return url.toString(QUrl::FullyEncoded);
    }
    }
    // An IPv6 address is written in brackets, or its colons would read as the port's.
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    return u"tcp://" + hostPart + u':' + QString::number(port);
}

QString EngineEndpoint::defaultSocketPath()
{
#ifdef Q_OS_WIN
    return QStringLiteral("//./pipe/docker_engine");
#else
    return QStringLiteral("/var/run/docker.sock");
#endif
}

QString EngineEndpoint::defaultSocketPath(const QProcessEnvironment &env)
{
#ifdef Q_OS_WIN
    Q_UNUSED(env);
    return defaultSocketPath();
#else
    QStringList candidates {defaultSocketPath()};
    const QString runtimeDir = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtimeDir.isEmpty()) {
        candidates.append(runtimeDir + u"/docker.sock");
        candidates.append(runtimeDir + u"/podman/podman.sock");
    }
    candidates.append(QStringLiteral("/run/podman/podman.sock"));
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).exists())
            return candidate;
    }
    return defaultSocketPath();
#endif
}

Result<EngineEndpoint> EngineEndpoint::parse(const QString &dockerHost, bool tls)
{
    const QString value = dockerHost.trimmed();
    auto invalid = [&value](const QString &why) {
        EngineError error = EngineError::make(EngineError::Kind::InvalidDockerHost, why);
        error.address = value;
        return error;
    };

    EngineEndpoint endpoint;
    if (value.startsWith(u'/')) {
        endpoint.socketPath = value;
        return endpoint;
    }
    if (value.startsWith(u"unix://")) {
        endpoint.socketPath = value.mid(7);
        if (!endpoint.socketPath.startsWith(u'/'))
            return invalid(QStringLiteral("a unix socket path must be absolute"));
        return endpoint;
    }
    if (value.startsWith(u"npipe://")) {
#ifdef Q_OS_WIN
        // npipe:////./pipe/docker_engine names the pipe \\.\pipe\docker_engine.
        endpoint.socketPath = value.mid(8);
        if (!endpoint.socketPath.startsWith(u"//./pipe/"))
            return invalid(QStringLiteral("a named pipe is written npipe:////./pipe/NAME"));
        return endpoint;
#else
        return invalid(QStringLiteral("named pipes (npipe://) exist only on Windows"));
#endif
    }
    if (value.startsWith(u"tcp://")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(QStringLiteral("no host name in the address"));
        if (!url.path().isEmpty() && url.path() != u"/")
            return invalid(QStringLiteral("a tcp address has no path"));
        if (url.port() == 0)
            return invalid(QStringLiteral("port 0 is not a port an engine can listen on"));
        endpoint.transport = Transport::Tcp;
        endpoint.host = url.host();
        // The docker CLI's defaults: 2376 is the TLS port, 2375 the plain one.
        endpoint.port = url.port(tls ? 2376 : 2375);
        return endpoint;
    }
    if (value.startsWith(u"ssh://")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid())
            return invalid(u"not a valid address: " + url.errorString());
        if (url.host().isEmpty())
            return invalid(QStringLiteral("no host name in the address"));
        if (!url.password().isEmpty())
            return invalid(QStringLiteral("a password in an ssh address is not supported"));
        if (url.hasQuery())
            return invalid(QStringLiteral("an ssh address has no query"));
        if (url.hasFragment())
            return invalid(QStringLiteral("an ssh address has no fragment"));
        // ssh would read a host or user that starts with '-' as an option.
        if (url.host().startsWith(u'-') || url.userName().startsWith(u'-'))
            return invalid(QStringLiteral("a host or user name cannot start with '-'"));
        if (!isPlainName(url.userName()) || !isPlainName(url.host()) || !isPlainName(url.path()))
            return invalid(QStringLiteral("the address holds control characters or bytes that are not UTF-8 text"));
        const QString path = url.path();
        if (!path.isEmpty() && path != u"/" && !path.startsWith(u'/'))
            return invalid(QStringLiteral("the remote socket path must be absolute"));
        endpoint.transport = Transport::Ssh;
        endpoint.user = url.userName();
        endpoint.host = url.host();
        endpoint.port = std::max(url.port(0), 0);
        endpoint.socketPath = path == u"/" ? QString() : path;
        return endpoint;
    }
    if (value.isEmpty())
        return invalid(QStringLiteral("the address is empty"));
    const qsizetype schemeEnd = value.indexOf(u"://");
    if (schemeEnd > 0)
        return invalid(u"unsupported scheme \"" + value.left(schemeEnd) + u'"');
    return invalid(QStringLiteral("no scheme (expected unix://, tcp:// or ssh://)"));
}

Result<EngineEndpoint> EngineEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    Result<EngineEndpoint> active = DockerContexts(env).activeEndpoint();
    if (!active.ok() || active->transport != Transport::Ssh)
        return active;
    EngineEndpoint endpoint = std::move(active).value();
    endpoint.sshOptions = QProcess::splitCommand(env.value(QStringLiteral("HUBLOT_SSH_OPTIONS")));
    return endpoint;
}

Result<EngineEndpoint> EngineEndpoint::fromDockerHost(const QProcessEnvironment &env)
{
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    EngineEndpoint endpoint;
    endpoint.context = QStringLiteral("default");
    if (dockerHost.isEmpty()) {
        endpoint.socketPath = defaultSocketPath(env);
        endpoint.source = QStringLiteral("default");
        return endpoint;
    }
    // As the docker CLI reads them: any non-empty value turns these on, "0" too.
    const bool tlsVerify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = tlsVerify || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    Result<EngineEndpoint> parsed = parse(dockerHost, tls);
    if (!parsed.ok())
        return parsed;
    endpoint = std::move(parsed).value();
    endpoint.context = QStringLiteral("default");
    endpoint.source = QStringLiteral("DOCKER_HOST");
    if (!tls || endpoint.transport != Transport::Tcp)
        return endpoint;

    QString certPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (certPath.isEmpty())
        certPath = DockerContexts::configDir(env);
    const QDir certDir(certPath);
    endpoint.tls.enabled = true;
    endpoint.tls.verifyPeer = tlsVerify;
    if (tlsVerify) {
        endpoint.tls.caFile = certDir.filePath(QStringLiteral("ca.pem"));
        endpoint.tls.certFile = certDir.filePath(QStringLiteral("cert.pem"));
        endpoint.tls.keyFile = certDir.filePath(QStringLiteral("key.pem"));
    } else {
        // Without verification the CLI shows a client certificate only when it finds one.
        const QString cert = certDir.filePath(QStringLiteral("cert.pem"));
        const QString key = certDir.filePath(QStringLiteral("key.pem"));
        if (QFile::exists(cert) || QFile::exists(key)) {
            endpoint.tls.certFile = cert;
            endpoint.tls.keyFile = key;
        }
    }
    // Checked now, so that a missing file is reported before any connection.
    const Result<QSslConfiguration> ssl = endpoint.sslConfiguration();
    if (!ssl.ok()) {
        EngineError error = ssl.error();
        error.address = endpoint.address();
        return error;
    }
    return endpoint;
}

Result<QSslConfiguration> EngineEndpoint::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(tls.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (!tls.caFile.isEmpty()) {
        const Result<QByteArray> bytes = readFile(tls.caFile);
        if (!bytes.ok())
            return bytes.error();
        const QList<QSslCertificate> cas = QSslCertificate::fromData(bytes.value(), QSsl::Pem);
        if (cas.isEmpty())
            return fileError(EngineError::Kind::TlsFileInvalid, tls.caFile, QStringLiteral("no PEM certificate"));
        // Setting them also turns off loading the system's CAs on demand.
        config.setCaCertificates(cas);
    }
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty()) {
        const QString &given = tls.certFile.isEmpty() ? tls.keyFile : tls.certFile;
        return fileError(EngineError::Kind::TlsFileMissing, given,
                         QStringLiteral("a client certificate needs both cert.pem and key.pem"));
    }
    if (!tls.certFile.isEmpty()) {
        const Result<QByteArray> certBytes = readFile(tls.certFile);
        if (!certBytes.ok())
            return certBytes.error();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(certBytes.value(), QSsl::Pem);
        if (certs.isEmpty())
            return fileError(EngineError::Kind::TlsFileInvalid, tls.certFile, QStringLiteral("no PEM certificate"));
        const Result<QByteArray> keyBytes = readFile(tls.keyFile);
        if (!keyBytes.ok())
            return keyBytes.error();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyBytes.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return fileError(EngineError::Kind::TlsFileInvalid, tls.keyFile,
                             QStringLiteral("no PEM private key (RSA, EC or DSA), or one protected by a passphrase"));
        config.setLocalCertificateChain(certs);
        config.setPrivateKey(key);
    }
    return config;
}

}  // namespace Hublot::Engine
