// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CreateContainerRequest.h"
#include "engine/RestartPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hublot::Ui {

/// What a `docker run` asks for, as the user wrote it: paths keep their
/// `${PWD}`, environment variables without a value keep their name only.
/// RunCommand turns it into the command line, reads it back from one, and
/// makes the engine's request from it.
struct RunSpec
{
    struct Port
    {
        QString hostIp;  ///< empty: every address of the host
        int hostPort = 0;  ///< 0: a free port the engine picks
        int containerPort = 0;
        QString protocol = QStringLiteral("tcp");
        bool operator==(const Port &) const = default;
    };

    /// A bind mount (source is a host path), a named volume (source is a
    /// name) or an anonymous volume (source empty).
    struct Mount
    {
        QString source;
        QString target;
        bool readOnly = false;
        bool operator==(const Mount &) const = default;

        [[nodiscard]] bool isBind() const;
    };

    QString image;
    QString name;
    QStringList command;  ///< empty: the image's
    QString entrypoint;  ///< empty: the image's
    bool detach = false;  ///< -d
    bool interactive = false;  ///< -i
    bool tty = false;  ///< -t
    bool autoRemove = false;  ///< --rm
    bool readOnly = false;  ///< --read-only
    bool init = false;  ///< --init
    QList<Port> ports;
    QList<Mount> mounts;
    QStringList env;  ///< "KEY=VALUE", or "KEY" to pass this computer's value
    QStringList envFiles;
    Engine::RestartPolicy restart;
    QStringList labels;  ///< "key=value" or "key", in the order given
    QString network;
    QString workdir;
    QString user;
    QString hostname;

    bool operator==(const RunSpec &) const = default;
};

/// `docker run` as text: the command line of a RunSpec, split over lines
/// with `\` as the notes write it, and the RunSpec of a pasted command, or
/// a sentence naming what is wrong in it. Pure functions: no I/O apart from
/// reading this process's environment for variables given without a value.
class RunCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Hublot::Ui::RunCommand)

public:
    enum class Layout {
        Auto,  ///< one line when it fits in LineWidth characters, else Split
        OneLine,
        Split,  ///< one option per line, each line but the last ending in ` \`
    };
    static constexpr int LineWidth = 72;

    struct Parsed
    {
        std::optional<RunSpec> spec;
        QString error;  ///< a sentence, when spec is empty
    };

    [[nodiscard]] static QString toCommand(const RunSpec &spec, Layout layout = Layout::Auto);
    /// Reads `docker run ...` (or `docker container run ...`), as pasted
    /// from a terminal or a tutorial: quotes, `\` continuations, a leading
    /// `$ ` prompt or `sudo` are fine.
    [[nodiscard]] static Parsed parse(const QString &text);
    /// The first thing wrong in spec, as a sentence; empty when it can run.
    [[nodiscard]] static QString validate(const RunSpec &spec);

    /// Whether the engine takes name as a container name.
    [[nodiscard]] static bool isValidName(const QString &name);
    /// Whether the engine takes name for a volume, network or service: a
    /// letter or digit, then letters, digits and _ . - (one character will do).
    [[nodiscard]] static bool isValidObjectName(const QString &name);
    [[nodiscard]] static bool isValidImage(const QString &image);
    /// A port mapping as -p writes it ("127.0.0.1:8080:80/udp"), or empty.
    [[nodiscard]] static std::optional<RunSpec::Port> parsePort(const QString &text);
    [[nodiscard]] static QString portText(const RunSpec::Port &port);
    [[nodiscard]] static QString mountText(const RunSpec::Mount &mount);

    /// The host path source names, with `${PWD}`, `$PWD`, `$(pwd)` and
    /// relative paths taken from baseFolder, and `~`, `$HOME` from home.
    [[nodiscard]] static QString resolveHostPath(const QString &source, const QString &baseFolder, const QString &home);
    /// The variables of an --env-file: KEY=VALUE lines as they are, a KEY
    /// alone with this process's value, blank lines and # comments skipped.
    [[nodiscard]] static QStringList parseEnvFile(const QByteArray &contents);
    /// The engine's request for spec. envFromFiles come first, as docker
    /// puts --env-file before -e; relative bind sources are taken from baseFolder.
    [[nodiscard]] static Engine::CreateContainerRequest toRequest(const RunSpec &spec, const QString &baseFolder,
                                                                  const QStringList &envFromFiles = {});
};

}  // namespace Hublot::Ui
