// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/Result.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Hublot::Engine {

/// The docker CLI's contexts, read from its config folder as the CLI writes
/// them: contexts/meta/<sha256 of the name>/meta.json and the TLS material in
/// contexts/tls/<sha256 of the name>/docker/{ca,cert,key}.pem, plus the
/// implicit "default" context (DOCKER_HOST, or the default socket).
///
/// A value over an environment (DOCKER_CONFIG, HOME, DOCKER_HOST,
/// DOCKER_CONTEXT, ...): every call reads files afresh on the calling
/// thread, never the network. The files are small; reading them does not
/// block for long.
class DockerContexts final
{
public:
    /// Why a context is the active one, in the docker CLI's order of precedence.
    enum class Source {
        DockerHost,  ///< DOCKER_HOST is set: the default context, whatever else says
        DockerContext,  ///< DOCKER_CONTEXT names it
        ConfigFile,  ///< currentContext in config.json names it
        Default,  ///< nothing names one
    };

    struct Context
    {
        QString name;
        QString description;  ///< Metadata.Description
        QString host;  ///< Endpoints.docker.Host, e.g. "tcp://10.0.0.2:2376"
        bool skipTlsVerify = false;  ///< Endpoints.docker.SkipTLSVerify
        QString tlsFolder;  ///< the folder holding its ca.pem, cert.pem, key.pem; empty when it has none
        QString metaFile;  ///< its meta.json; empty for "default"
        bool active = false;

        bool operator==(const Context &) const = default;
    };

    explicit DockerContexts(QProcessEnvironment env);

    /// DOCKER_CONFIG, else $HOME/.docker.
    static QString configDir(const QProcessEnvironment &env);
    /// The folder name the CLI stores a context under: the hex SHA-256 of its name.
    static QString contextId(const QString &name);

    [[nodiscard]] QString configDir() const { return m_configDir; }
    [[nodiscard]] QString activeName() const;
    [[nodiscard]] Source activeSource() const;

    /// Every context, "default" included, sorted by name, the active one
    /// marked. A meta.json that cannot be read or parsed is a ContextInvalid
    /// error naming it, as `docker context ls` fails on it.
    [[nodiscard]] Result<QList<Context>> list() const;
    /// One context by name: ContextNotFound when there is no such context.
    [[nodiscard]] Result<Context> context(const QString &name) const;

    /// The endpoint a context names, with its TLS material; the TLS files
    /// are read to report a missing or broken one now (TlsFileMissing,
    /// TlsFileInvalid). source says "context".
    [[nodiscard]] Result<EngineEndpoint> endpoint(const QString &name) const;
    /// The endpoint of the active context, source saying why it is active.
    [[nodiscard]] Result<EngineEndpoint> activeEndpoint() const;

private:
    [[nodiscard]] Context defaultContext() const;
    [[nodiscard]] QString currentContextInConfig() const;
    [[nodiscard]] Result<Context> readMeta(const QString &metaFile) const;

    QProcessEnvironment m_env;
    QString m_configDir;
};

}  // namespace Hublot::Engine
