// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RunCommand.h"

#include "ui/ShellWords.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace Hublot::Ui {

using Engine::RestartPolicy;

namespace {

// The options of docker run that Hublot reads. The example goes into the
// sentence that says a value is missing.
struct Option
{
    QStringView longName;
    char16_t shortName;  ///< 0: none
    bool takesValue;
    QStringView example;
};

constexpr Option kOptions[] = {
    {u"name", 0, true, u"--name my_nginx"},
    {u"detach", u'd', false, {}},
    {u"interactive", u'i', false, {}},
    {u"tty", u't', false, {}},
    {u"rm", 0, false, {}},
    {u"read-only", 0, false, {}},
    {u"init", 0, false, {}},
    {u"publish", u'p', true, u"-p 8080:80"},
    {u"volume", u'v', true, u"-v ${PWD}:/usr/share/nginx/html"},
    {u"env", u'e', true, u"-e KEY=VALUE"},
    {u"env-file", 0, true, u"--env-file ./app.env"},
    {u"label", u'l', true, u"-l key=value"},
    {u"restart", 0, true, u"--restart unless-stopped"},
    {u"network", 0, true, u"--network my-network"},
    {u"net", 0, true, u"--net my-network"},
    {u"workdir", u'w', true, u"-w /app"},
    {u"user", u'u', true, u"-u 1000"},
    {u"hostname", u'h', true, u"-h web"},
    {u"entrypoint", 0, true, u"--entrypoint sh"},
};

// Real docker run options that the run dialog has no field for: named, so
// that the sentence says "not yet" rather than "no such option".
constexpr QStringView kUnsupported[] = {
    u"mount",
    u"publish-all",
    u"P",
    u"cpus",
    u"memory",
    u"m",
    u"gpus",
    u"privileged",
    u"cap-add",
    u"cap-drop",
    u"device",
    u"add-host",
    u"dns",
    u"expose",
    u"platform",
    u"pull",
    u"shm-size",
    u"ulimit",
    u"log-driver",
    u"log-opt",
    u"health-cmd",
    u"link",
    u"ip",
    u"volumes-from",
    u"tmpfs",
    u"sig-proxy",
    u"stop-signal",
    u"stop-timeout",
    u"attach",
    u"a",
    u"cidfile",
    u"security-opt",
    u"sysctl",
    u"label-file",
    u"network-alias",
    u"pid",
    u"ipc",
    u"uts",
    u"userns",
    u"group-add",
    u"memory-swap",
    u"cpu-shares",
    u"runtime",
    u"isolation",
    u"detach-keys",
    u"quiet",
    u"q",
    u"c",
    u"storage-opt",
    u"oom-kill-disable",
    u"pids-limit",
    u"cgroupns",
    u"cpuset-cpus",
    u"health-interval",
};

const Option *findLong(QStringView name)
{
    for (const Option &option : kOptions) {
        if (option.longName == name)
            return &option;
    }
    return nullptr;
}

const Option *findShort(QChar name)
{
    for (const Option &option : kOptions) {
        if (option.shortName != 0 && option.shortName == name.unicode())
            return &option;
    }
    return nullptr;
}

bool isUnsupported(QStringView name)
{
    return std::find(std::begin(kUnsupported), std::end(kUnsupported), name) != std::end(kUnsupported);
}

std::optional<bool> boolValue(const QString &value)
{
    if (value.isNull() || value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    return std::nullopt;
}

std::optional<int> portNumber(QStringView text, int minimum)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > 65535 || text.startsWith(u'+') || text.startsWith(u'-'))
        return std::nullopt;
    return number;
}

std::optional<RestartPolicy> parseRestart(const QString &text)
{
    RestartPolicy policy;
    const QString mode = text.section(u':', 0, 0);
    const QString count = text.section(u':', 1);
    if (mode == u"no")
        policy.mode = RestartPolicy::Mode::No;
    else if (mode == u"always")
        policy.mode = RestartPolicy::Mode::Always;
    else if (mode == u"unless-stopped")
        policy.mode = RestartPolicy::Mode::UnlessStopped;
    else if (mode == u"on-failure")
        policy.mode = RestartPolicy::Mode::OnFailure;
    else
        return std::nullopt;
    if (text.contains(u':')) {
        bool ok = false;
        policy.maximumRetryCount = count.toInt(&ok);
        if (policy.mode != RestartPolicy::Mode::OnFailure || !ok || policy.maximumRetryCount < 0)
            return std::nullopt;
    }
    return policy;
}

QString restartText(const RestartPolicy &policy)
{
    QString text = RestartPolicy::modeName(policy.mode);
    if (policy.mode == RestartPolicy::Mode::OnFailure && policy.maximumRetryCount > 0)
        text += u':' + QString::number(policy.maximumRetryCount);
    return text;
}

QString quoted(const QString &text)
{
    return u'“' + text + u'”';
}

}  // namespace

bool RunSpec::Mount::isBind() const
{
    if (source.isEmpty())
        return false;
    const QChar first = source.front();
    return first == u'/' || first == u'.' || first == u'~' || first == u'$' || source.contains(u'/')
        || source.contains(u'\\');
}

bool RunCommand::isValidName(const QString &name)
{
    // The engine's own rule (daemon/names): [a-zA-Z0-9][a-zA-Z0-9_.-]+
    return name.size() >= 2 && isValidObjectName(name);
}

bool RunCommand::isValidObjectName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    return pattern.match(name).hasMatch();
}

bool RunCommand::isValidImage(const QString &image)
{
    // A reference as the distribution library reads it: an optional
    // registry host (its dot-separated parts begin and end with a letter or
    // a digit), lower-case path components, a tag, a digest.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
                       "(?::[0-9]+)?/)?"
                       "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
                       "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$"));
    return pattern.match(image).hasMatch();
}

std::optional<RunSpec::Port> RunCommand::parsePort(const QString &text)
{
    RunSpec::Port port;
    QString rest = text;
    if (const qsizetype slash = rest.lastIndexOf(u'/'); slash >= 0) {
        port.protocol = rest.mid(slash + 1);
        rest.truncate(slash);
        if (port.protocol != u"tcp" && port.protocol != u"udp" && port.protocol != u"sctp")
            return std::nullopt;
    }
    if (rest.startsWith(u'[')) {
        // An IPv6 host address: [::1]:8080:80
        const qsizetype close = rest.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return std::nullopt;
        port.hostIp = rest.mid(1, close - 1);
        rest = rest.mid(close + 2);
        const QStringList parts = rest.split(u':');
        if (parts.size() != 2)
            return std::nullopt;
        rest = parts.join(u':');
    }
    const QStringList parts = rest.split(u':');
    QString host;
    QString container;
    if (parts.size() == 1) {
        container = parts[0];
    } else if (parts.size() == 2) {
        host = parts[0];
        container = parts[1];
    } else if (parts.size() == 3 && port.hostIp.isEmpty()) {
        port.hostIp = parts[0];
        host = parts[1];
        container = parts[2];
        if (port.hostIp.isEmpty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    const auto containerPort = portNumber(container, 1);
    if (!containerPort)
        return std::nullopt;
    port.containerPort = *containerPort;
    if (!host.isEmpty()) {
        const auto hostPort = portNumber(host, 0);
        if (!hostPort)
            return std::nullopt;
        port.hostPort = *hostPort;
    }
    if (!port.hostIp.isEmpty()) {
        static const QRegularExpression address(QStringLiteral("^[0-9A-Za-z.:%]+$"));
        if (!address.match(port.hostIp).hasMatch())
            return std::nullopt;
    }
    return port;
}

QString RunCommand::portText(const RunSpec::Port &port)
{
    QString text;
    const QString host = port.hostPort ? QString::number(port.hostPort) : QString();
    if (!port.hostIp.isEmpty()) {
        text = (port.hostIp.contains(u':') ? u'[' + port.hostIp + u']' : port.hostIp) + u':' + host + u':';
    } else if (port.hostPort) {
        text = host + u':';
    }
    text += QString::number(port.containerPort);
    if (port.protocol != u"tcp")
        text += u'/' + port.protocol;
    return text;
}

QString RunCommand::mountText(const RunSpec::Mount &mount)
{
    QString text = mount.source.isEmpty() ? mount.target : mount.source + u':' + mount.target;
    if (mount.readOnly)
        text += QStringLiteral(":ro");
    return text;
}

QString RunCommand::toCommand(const RunSpec &spec, Layout layout)
{
    // The options in the order of the notes' example: name, volumes, ports,
    // then how it runs.
    QStringList options;
    auto add = [&options](const QString &flag, const QString &value) {
        // A value that looks like an option is glued on with =, so that it
        // reads back as this option's value.
        options.append(flag + (value.startsWith(u'-') ? u'=' : u' ') + ShellWords::quote(value));
    };
    if (!spec.name.isEmpty())
        add(QStringLiteral("--name"), spec.name);
    for (const RunSpec::Mount &mount : spec.mounts)
        add(QStringLiteral("-v"), mountText(mount));
    for (const RunSpec::Port &port : spec.ports)
        add(QStringLiteral("-p"), portText(port));
    if (spec.detach || spec.interactive || spec.tty) {
        options.append(u'-' + QString(spec.detach ? u"d" : u"") + QString(spec.interactive ? u"i" : u"")
                       + QString(spec.tty ? u"t" : u""));
    }
    if (spec.autoRemove)
        options.append(QStringLiteral("--rm"));
    if (spec.readOnly)
        options.append(QStringLiteral("--read-only"));
    if (spec.init)
        options.append(QStringLiteral("--init"));
    for (const QString &variable : spec.env)
        add(QStringLiteral("-e"), variable);
    for (const QString &file : spec.envFiles)
        add(QStringLiteral("--env-file"), file);
    for (const QString &label : spec.labels)
        add(QStringLiteral("-l"), label);
    if (spec.restart.mode != RestartPolicy::Mode::No)
        add(QStringLiteral("--restart"), restartText(spec.restart));
    if (!spec.network.isEmpty())
        add(QStringLiteral("--network"), spec.network);
    if (!spec.workdir.isEmpty())
        add(QStringLiteral("-w"), spec.workdir);
    if (!spec.user.isEmpty())
        add(QStringLiteral("-u"), spec.user);
    if (!spec.hostname.isEmpty())
        add(QStringLiteral("-h"), spec.hostname);
    if (!spec.entrypoint.isEmpty())
        add(QStringLiteral("--entrypoint"), spec.entrypoint);

    QStringList last {spec.image.isEmpty() ? QStringLiteral("IMAGE") : ShellWords::quote(spec.image)};
    for (const QString &word : spec.command)
        last.append(ShellWords::quote(word));
    const QString tail = last.join(u' ');

    const QString oneLine = (QStringList {QStringLiteral("docker run")} + options + QStringList {tail}).join(u' ');
    if (layout == Layout::OneLine || (layout == Layout::Auto && oneLine.size() <= LineWidth))
        return oneLine;
    QString text = QStringLiteral("docker run \\\n");
    for (const QString &option : std::as_const(options))
        text += QStringLiteral("    ") + option + QStringLiteral(" \\\n");
    return text + QStringLiteral("    ") + tail;
}

RunCommand::Parsed RunCommand::parse(const QString &text)
{
    auto fail = [](const QString &error) {
        return Parsed {std::nullopt, error};
    };
    if (text.trimmed().isEmpty())
        return fail(tr("Paste a docker run command here, for example: docker run -d nginx"));

    const ShellWords::Split split = ShellWords::split(text);
    switch (split.status) {
    case ShellWords::Status::Ok: break;
    case ShellWords::Status::UnterminatedSingleQuote:
        return fail(tr("A single quote (') is opened but never closed: close it, or remove it."));
    case ShellWords::Status::UnterminatedDoubleQuote:
        return fail(tr("A double quote (\") is opened but never closed: close it, or remove it."));
    case ShellWords::Status::UnterminatedSubstitution:
        return fail(tr("A $( is opened but never closed with ): close it, or write the path itself."));
    }
    QStringList words = split.words;
    // What a tutorial or a terminal puts before the command itself.
    while (!words.isEmpty() && (words.front() == u"$" || words.front() == u"#" || words.front() == u"sudo"))
        words.removeFirst();
    qsizetype i = 0;
    if (words.value(0) == u"docker" && words.value(1) == u"run")
        i = 2;
    else if (words.value(0) == u"docker" && words.value(1) == u"container" && words.value(2) == u"run")
        i = 3;
    else
        return fail(tr("This is not a docker run command: it should begin with docker run."));

    RunSpec spec;
    // Applies one option; gives the sentence when its value is wrong.
    auto apply = [&spec](const Option &option, const QString &written, const QString &value) -> QString {
        const QStringView name = option.longName;
        if (!option.takesValue) {
            const auto on = boolValue(value);
            if (!on)
                return tr("%1 takes true or false, not %2.").arg(written, quoted(value));
            if (name == u"detach")
                spec.detach = *on;
            else if (name == u"interactive")
                spec.interactive = *on;
            else if (name == u"tty")
                spec.tty = *on;
            else if (name == u"rm")
                spec.autoRemove = *on;
            else if (name == u"read-only")
                spec.readOnly = *on;
            else if (name == u"init")
                spec.init = *on;
            return {};
        }
        if (name == u"name") {
            spec.name = value;
        } else if (name == u"publish") {
            if (value.contains(u'-') && !value.contains(u'['))
                return tr("Port ranges such as %1 are not handled yet: publish each port on its own.")
                    .arg(quoted(value));
            const auto port = parsePort(value);
            if (!port) {
                return tr("%1 is not a port mapping: write CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER, with "
                          "ports from 1 to 65535 and an optional /tcp or /udp, for example -p 8080:80.")
                    .arg(quoted(value));
            }
            spec.ports.append(*port);
        } else if (name == u"volume") {
            QStringList parts = value.split(u':');
            RunSpec::Mount mount;
            if (parts.size() == 3) {
                for (const QString &flag : parts.takeLast().split(u',')) {
                    if (flag == u"ro")
                        mount.readOnly = true;
                    else if (flag != u"rw")
                        return tr("%1 is not an option of -v here: only ro (read-only) and rw are understood.")
                            .arg(quoted(flag));
                }
            }
            if (parts.size() == 2) {
                mount.source = parts[0];
                mount.target = parts[1];
            } else if (parts.size() == 1) {
                mount.target = parts[0];
            } else {
                return tr("%1 is not a volume or a bind mount: write SOURCE:TARGET or SOURCE:TARGET:ro, for example "
                          "-v ${PWD}:/usr/share/nginx/html or -v data:/var/lib/data.")
                    .arg(quoted(value));
            }
            if (parts.size() == 2 && mount.source.isEmpty())
                return tr("%1 names no source before the colon: write a host folder or a volume name.")
                    .arg(quoted(value));
            spec.mounts.append(mount);
        } else if (name == u"env") {
            spec.env.append(value);
        } else if (name == u"env-file") {
            spec.envFiles.append(value);
        } else if (name == u"label") {
            spec.labels.append(value);
        } else if (name == u"restart") {
            const auto policy = parseRestart(value);
            if (!policy)
                return tr("%1 is not a restart policy: use no, always, unless-stopped or on-failure (on-failure:3 "
                          "for at most 3 tries).")
                    .arg(quoted(value));
            spec.restart = *policy;
        } else if (name == u"network" || name == u"net") {
            spec.network = value;
        } else if (name == u"workdir") {
            spec.workdir = value;
        } else if (name == u"user") {
            spec.user = value;
        } else if (name == u"hostname") {
            spec.hostname = value;
        } else if (name == u"entrypoint") {
            spec.entrypoint = value;
        }
        return {};
    };
    auto missing = [](const QString &written, const Option &option) {
        return tr("The option %1 needs a value after it, for example %2.").arg(written, option.example.toString());
    };
    auto unknown = [](const QString &written, QStringView bare) {
        if (isUnsupported(bare))
            return tr("Hublot's run dialog does not handle %1 yet: remove it, or run the command in a terminal.")
                .arg(written);
        return tr("docker run has no option %1: check its spelling (docker run --help lists them).").arg(written);
    };

    while (i < words.size()) {
        const QString word = words[i];
        if (word == u"--") {
            ++i;
            break;
        }
        if (!word.startsWith(u'-') || word == u"-")
            break;
        ++i;
        if (word.startsWith(u"--")) {
            const qsizetype equals = word.indexOf(u'=');
            const QString flag = equals < 0 ? word : word.left(equals);
            const Option *option = findLong(QStringView(flag).mid(2));
            if (!option)
                return fail(unknown(flag, QStringView(flag).mid(2)));
            QString value;
            if (equals >= 0) {
                value = word.mid(equals + 1);
            } else if (option->takesValue) {
                if (i >= words.size() || (words[i].startsWith(u'-') && words[i].size() > 1))
                    return fail(missing(flag, *option));
                value = words[i++];
            }
            if (const QString error = apply(*option, flag, value); !error.isEmpty())
                return fail(error);
            continue;
        }
        // A cluster of short options: -dit, -p8080:80, -it.
        for (qsizetype j = 1; j < word.size(); ++j) {
            const QString flag = u'-' + word[j];
            const Option *option = findShort(word[j]);
            if (!option)
                return fail(unknown(flag, QStringView(word).mid(j, 1)));
            if (!option->takesValue) {
                (void)apply(*option, flag, {});
                continue;
            }
            QString value = word.mid(j + 1);
            if (value.startsWith(u'='))
                value.remove(0, 1);
            if (value.isEmpty()) {
                if (i >= words.size() || (words[i].startsWith(u'-') && words[i].size() > 1))
                    return fail(missing(flag, *option));
                value = words[i++];
            }
            if (const QString error = apply(*option, flag, value); !error.isEmpty())
                return fail(error);
            break;
        }
    }
    if (i >= words.size())
        return fail(tr("The command names no image: add one at the end, for example docker run -d nginx."));
    spec.image = words[i++];
    spec.command = words.mid(i);
    if (const QString error = validate(spec); !error.isEmpty())
        return fail(error);
    return Parsed {spec, {}};
}

QString RunCommand::validate(const RunSpec &spec)
{
    if (spec.image.isEmpty())
        return tr("Choose an image to run, for example nginx or busybox.");
    if (!isValidImage(spec.image)) {
        return tr("%1 is not an image name: names use lower-case letters, digits and . _ - / with an optional "
                  ":tag, for example nginx or nginx:1.27.")
            .arg(quoted(spec.image));
    }
    if (!spec.name.isEmpty() && !isValidName(spec.name)) {
        return tr("%1 cannot be a container name: it must begin with a letter or a digit and hold only letters, "
                  "digits and _ . - (two characters at least).")
            .arg(quoted(spec.name));
    }
    for (const RunSpec::Port &port : spec.ports) {
        if (port.containerPort < 1 || port.containerPort > 65535)
            return tr("The container port must be between 1 and 65535.");
        if (port.hostPort < 0 || port.hostPort > 65535)
            return tr("The host port must be between 1 and 65535, or empty to let the engine pick one.");
    }
    for (const RunSpec::Mount &mount : spec.mounts) {
        if (!mount.target.startsWith(u'/'))
            return tr("The path inside the container must be absolute (begin with /): %1.").arg(quoted(mount.target));
        if (!mount.source.isEmpty() && !mount.isBind()) {
            if (!isValidObjectName(mount.source))
                return tr("%1 is neither a host folder nor a volume name.").arg(quoted(mount.source));
        }
    }
    for (const QString &variable : spec.env) {
        if (variable.isEmpty() || variable.startsWith(u'='))
            return tr("%1 is not an environment variable: write KEY=VALUE.").arg(quoted(variable));
    }
    for (const QString &label : spec.labels) {
        if (label.isEmpty() || label.startsWith(u'='))
            return tr("A label needs a key: write key=value, not %1.").arg(quoted(label));
    }
    if (!spec.workdir.isEmpty() && !spec.workdir.startsWith(u'/'))
        return tr("The working directory must be an absolute path (begin with /): %1.").arg(quoted(spec.workdir));
    if (spec.autoRemove && spec.restart.mode != RestartPolicy::Mode::No) {
        return tr("--rm and --restart %1 cannot go together: a container removed when it stops cannot be "
                  "restarted. Keep one of them.")
            .arg(restartText(spec.restart));
    }
    return {};
}

QString RunCommand::resolveHostPath(const QString &source, const QString &baseFolder, const QString &home)
{
    QString path = source;
    for (const QString &pwd : {QStringLiteral("${PWD}"), QStringLiteral("$(pwd)"), QStringLiteral("$PWD")})
        path.replace(pwd, baseFolder);
    for (const QString &reference : {QStringLiteral("${HOME}"), QStringLiteral("$HOME")})
        path.replace(reference, home);
    if (path == u"~" || path.startsWith(u"~/"))
        path = home + path.mid(1);
    if (QDir::isRelativePath(path))
        path = baseFolder + u'/' + path;
    return QDir::cleanPath(path);
}

QStringList RunCommand::parseEnvFile(const QByteArray &contents)
{
    QStringList variables;
    for (const QByteArray &rawLine : contents.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (line.contains(u'=')) {
            // docker keeps the value as written, spaces and quotes included.
            qsizetype start = 0;
            while (start < line.size() && line[start].isSpace())
                ++start;
            variables.append(line.mid(start));
        } else if (qEnvironmentVariableIsSet(qPrintable(trimmed))) {
            variables.append(trimmed + u'=' + qEnvironmentVariable(qPrintable(trimmed)));
        }
    }
    return variables;
}

Engine::CreateContainerRequest RunCommand::toRequest(const RunSpec &spec, const QString &baseFolder,
                                                     const QStringList &envFromFiles)
{
    Engine::CreateContainerRequest request;
    request.name = spec.name;
    request.image = spec.image;
    request.cmd = spec.command;
    if (!spec.entrypoint.isEmpty())
        request.entrypoint = QStringList {spec.entrypoint};
    request.env = envFromFiles;
    for (const QString &variable : spec.env) {
        if (variable.contains(u'='))
            request.env.append(variable);
        else if (qEnvironmentVariableIsSet(qPrintable(variable)))
            request.env.append(variable + u'=' + qEnvironmentVariable(qPrintable(variable)));
    }
    request.workingDir = spec.workdir;
    request.user = spec.user;
    request.hostname = spec.hostname;
    for (const RunSpec::Port &port : spec.ports)
        request.ports.append({port.containerPort, port.protocol, port.hostIp, port.hostPort});
    for (const RunSpec::Mount &mount : spec.mounts) {
        if (mount.isBind()) {
            request.binds.append(resolveHostPath(mount.source, baseFolder, QDir::homePath()) + u':' + mount.target
                                 + (mount.readOnly ? QStringLiteral(":ro") : QString()));
        } else {
            request.volumes.append({mount.source, mount.target, mount.readOnly});
        }
    }
    request.readOnlyRootfs = spec.readOnly;
    request.restartPolicy = spec.restart;
    request.tty = spec.tty;
    request.openStdin = spec.interactive;
    request.autoRemove = spec.autoRemove;
    request.init = spec.init;
    for (const QString &label : spec.labels)
        request.labels.insert(label.section(u'=', 0, 0), label.section(u'=', 1));
    request.network = spec.network;
    return request;
}

}  // namespace Hublot::Ui
