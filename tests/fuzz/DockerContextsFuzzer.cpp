// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/DockerContexts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using Hublot::Engine::DockerContexts;

namespace {

// A docker config folder made once: contexts/meta/<id>/meta.json is
// rewritten with each input, as a user's editor or another tool may leave it.
struct ConfigFolder
{
    QTemporaryDir dir;
    QString metaFile;

    ConfigFolder()
    {
        const QString meta = dir.filePath(u"contexts/meta/" + DockerContexts::contextId(QStringLiteral("fuzzed")));
        if (!dir.isValid() || !QDir().mkpath(meta))
            qFatal("cannot make a docker config folder under %s", qPrintable(dir.path()));
        metaFile = meta + u"/meta.json";
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static ConfigFolder folder;
    QFile meta(folder.metaFile);
    if (!meta.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || meta.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        qFatal("cannot write %s", qPrintable(folder.metaFile));
    meta.close();

    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_CONFIG"), folder.dir.path());
    env.insert(QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("fuzzed"));
    const DockerContexts contexts(env);
    const auto list = contexts.list();
    if (!list.ok()) {
        HUBLOT_FUZZ_CHECK(list.error().kind == Hublot::Engine::EngineError::Kind::ContextInvalid);
        return 0;
    }
    HUBLOT_FUZZ_CHECK(!list->isEmpty());
    for (const DockerContexts::Context &context : *list) {
        HUBLOT_FUZZ_CHECK(!context.name.isEmpty());
        // Reading the endpoint parses the context's host as DOCKER_HOST.
        const auto endpoint = contexts.endpoint(context.name);
        HUBLOT_FUZZ_CHECK(!endpoint.ok() || !endpoint->address().isEmpty());
    }
    const auto active = contexts.activeEndpoint();
    HUBLOT_FUZZ_CHECK(!active.ok() || active->context == QStringLiteral("fuzzed"));
    return 0;
}
