// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/EngineEndpoint.h"

using Hublot::Engine::EngineEndpoint;

// A DOCKER_HOST value as a user (or a context's meta.json) may give it. The
// first byte says whether DOCKER_TLS_VERIFY is set.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool tls = (data[0] & 1) != 0;
    const QString host = QString::fromUtf8(Hublot::Fuzz::bytesOf(data + 1, size - 1));
    const auto endpoint = EngineEndpoint::parse(host, tls);
    if (!endpoint.ok()) {
        HUBLOT_FUZZ_CHECK(endpoint.error().kind == Hublot::Engine::EngineError::Kind::InvalidDockerHost);
        return 0;
    }
    switch (endpoint->transport) {
    case EngineEndpoint::Transport::UnixSocket: HUBLOT_FUZZ_CHECK(!endpoint->socketPath.isEmpty()); break;
    case EngineEndpoint::Transport::Tcp:
        HUBLOT_FUZZ_CHECK(!endpoint->host.isEmpty());
        HUBLOT_FUZZ_CHECK(endpoint->port > 0 && endpoint->port <= 65535);
        break;
    case EngineEndpoint::Transport::Ssh:
        HUBLOT_FUZZ_CHECK(!endpoint->host.isEmpty());
        HUBLOT_FUZZ_CHECK(endpoint->port >= 0 && endpoint->port <= 65535);
        break;
    }
    // The address an endpoint is shown as reads back as the same endpoint.
    const auto again = EngineEndpoint::parse(endpoint->address(), tls);
    HUBLOT_FUZZ_CHECK(again.ok());
    HUBLOT_FUZZ_CHECK(again->transport == endpoint->transport && again->socketPath == endpoint->socketPath
                      && again->host == endpoint->host && again->port == endpoint->port
                      && again->user == endpoint->user);
    return 0;
}
