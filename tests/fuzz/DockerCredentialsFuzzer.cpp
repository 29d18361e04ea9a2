// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/DockerCredentials.h"

using Hublot::Engine::DockerCredentials;

// config.json as any tool or editor may leave it, and a credential helper's
// reply, read for a few registry hosts: nothing crashes, and what is found
// is usable.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString hosts[]
        = {DockerCredentials::DockerHub, QStringLiteral("127.0.0.1:5000"), QStringLiteral("registry.example"),
           DockerCredentials::registryHost(QString::fromUtf8(bytes.left(64)))};
    for (const QString &host : hosts) {
        const auto auth = DockerCredentials::credentialsIn(bytes, host);
        HUBLOT_FUZZ_CHECK(!auth || !auth->isEmpty());
        HUBLOT_FUZZ_CHECK(!auth || auth->serverAddress == DockerCredentials::configKey(host));
        // The helper's name becomes part of a program's name: never a path.
        const QString helper = DockerCredentials::helperFor(bytes, host);
        HUBLOT_FUZZ_CHECK(!helper.contains(u'/') && !helper.contains(u"..") && helper.trimmed() == helper);
        const auto reply = DockerCredentials::parseHelperReply(bytes, host);
        HUBLOT_FUZZ_CHECK(!reply || !reply->isEmpty());
        HUBLOT_FUZZ_CHECK(!host.isEmpty());
    }
    return 0;
}
