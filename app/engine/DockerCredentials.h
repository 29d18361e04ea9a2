// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/RegistryAuth.h"
#include "engine/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Hublot::Engine {

/// The registry credentials a user already has: those typed into Hublot
/// during this session (kept in memory only, never written anywhere), then
/// those `docker login` saved, read as the docker CLI reads them:
/// config.json in DOCKER_CONFIG (else ~/.docker), `credHelpers.<host>`,
/// then `credsStore` (a `docker-credential-<name>` program asked with
/// `get`), then `auths.<host>.auth` (base64 "user:password").
///
/// Registry hosts are written as the docker CLI shows them:
/// "127.0.0.1:5000", "registry.example", and "docker.io" for Docker Hub
/// (whose key in config.json is "https://index.docker.io/v1/").
class DockerCredentials final
{
public:
    /// The host Docker Hub is called by.
    static const QString DockerHub;
    /// Docker Hub's key in config.json and in credential helpers.
    static const QString DockerHubKey;

    explicit DockerCredentials(QProcessEnvironment env);

    /// The registry host a reference belongs to: "registry:5000/x/y:tag"
    /// gives "registry:5000"; "nginx", "team/app" and "docker.io/x" give
    /// DockerHub. The first part is a host when it holds a dot or a colon,
    /// is "localhost", or has capitals (the rule of the docker CLI).
    static QString registryHost(const QString &reference);
    static bool isDockerHub(const QString &host);
    /// The key the CLI stores host under (DockerHubKey for Docker Hub).
    static QString configKey(const QString &host);

    /// Pure parse of config.json's bytes: the credentials `auths` holds
    /// for host, nullopt when it holds none or the file, the entry or its
    /// base64 is malformed.
    static std::optional<RegistryAuth> credentialsIn(const QByteArray &configJson, const QString &host);
    /// Pure parse of config.json's bytes: the credential helper for host
    /// (`credHelpers.<host>`, else `credsStore`), empty when there is none.
    static QString helperFor(const QByteArray &configJson, const QString &host);
    /// Pure parse of what `docker-credential-<name> get` printed:
    /// {"ServerURL", "Username", "Secret"}; a Username of "<token>" means
    /// Secret is an identity token. nullopt when malformed or empty.
    static std::optional<RegistryAuth> parseHelperReply(const QByteArray &reply, const QString &host);

    /// Credentials typed during this session, kept in this process's memory
    /// only (thread-safe). Empty when none.
    static void remember(const QString &host, const RegistryAuth &auth);
    static RegistryAuth remembered(const QString &host);
    static void forget(const QString &host);
    static void forgetAll();

    /// DOCKER_CONFIG/config.json, else $HOME/.docker/config.json.
    [[nodiscard]] QString configFile() const;

    /// How long a credential helper may take before it is stopped (ms).
    void setHelperTimeout(int milliseconds) { m_helperTimeout = milliseconds; }

    /// The credentials for host: remembered ones, else saved ones, else an
    /// empty RegistryAuth (anonymous). config.json is read on the calling
    /// thread (a small file); a credential helper runs as a separate
    /// process without blocking, and the future finishes on the calling
    /// thread once it has answered, failed to start, or overrun the timeout
    /// (kinds Unknown with the helper's message, or Timeout). Needs an
    /// event loop on the calling thread.
    [[nodiscard]] QFuture<Result<RegistryAuth>> find(const QString &host) const;

private:
    QProcessEnvironment m_env;
    int m_helperTimeout = 15'000;
};

}  // namespace Hublot::Engine
