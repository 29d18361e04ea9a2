// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ProgressMessage.h"

#include <QList>
#include <QString>

namespace Hublot::Engine {

/// Where a pull (or push) stands, per layer, built from its progress
/// messages in order. A value: apply() is pure state, no I/O.
class PullProgress
{
public:
    struct Layer
    {
        QString id;
        QString status;  ///< the layer's last status: "Downloading", "Pull complete", "Pushed", ...
        qint64 current = 0;  ///< bytes of the current step done
        qint64 total = 0;  ///< the layer's size, 0 until the engine says
        bool operator==(const Layer &) const = default;

        /// Whether the layer needs no more work.
        [[nodiscard]] bool isDone() const;
    };

    /// Takes one message into the state.
    void apply(const ProgressMessage &message);

    /// The layers in the order the engine first named them.
    [[nodiscard]] const QList<Layer> &layers() const { return m_layers; }
    [[nodiscard]] const Layer *layer(const QString &id) const;
    /// The last status not about one layer ("Status: Downloaded newer image for ...").
    [[nodiscard]] const QString &status() const { return m_status; }
    /// The image's digest once the engine told it ("sha256:...").
    [[nodiscard]] const QString &digest() const { return m_digest; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int messageCount() const { return m_messages; }
    /// Bytes done and in all over the layers whose size is known.
    [[nodiscard]] qint64 currentBytes() const;
    [[nodiscard]] qint64 totalBytes() const;

    bool operator==(const PullProgress &) const = default;

private:
    QList<Layer> m_layers;
    QString m_status;
    QString m_digest;
    QString m_error;
    int m_messages = 0;
};

}  // namespace Hublot::Engine
