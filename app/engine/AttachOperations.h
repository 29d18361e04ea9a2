// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"

#include <QFuture>
#include <QPointer>
#include <QSize>

#include <variant>

namespace Hublot::Engine {

class EngineClient;
class HijackedConnection;

/// Attaching to a container's main process (`docker attach`) and sizing its
/// TTY. Runs on the client's thread; the futures finish there.
class AttachOperations
{
public:
    explicit AttachOperations(EngineClient *client);

    /// POST /containers/{id}/attach?stream=1&stdin=1&stdout=1&stderr=1 as a
    /// hijacked connection (not yet started: connect its signals, then call
    /// start()). tty says whether the container has a TTY: its output is
    /// then raw, else demultiplexed frames. Owned by parent.
    HijackedConnection *attach(const QString &container, bool tty, QObject *parent);
    /// POST /containers/{id}/resize: size is rows x columns as height x width.
    QFuture<Result<std::monostate>> resize(const QString &container, QSize size);

private:
    QPointer<EngineClient> m_client;
};

}  // namespace Hublot::Engine
