// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PullProgress.h"

#include <QRegularExpression>

namespace Hublot::Engine {

namespace {

bool isFinalStatus(const QString &status)
{
    return status == u"Pull complete" || status == u"Already exists" || status == u"Download complete"
        || status == u"Pushed" || status == u"Layer already exists" || status.startsWith(u"Mounted from");
}

}  // namespace

bool PullProgress::Layer::isDone() const
{
    return status == u"Pull complete" || status == u"Already exists" || status == u"Pushed"
        || status == u"Layer already exists" || status.startsWith(u"Mounted from");
}

const PullProgress::Layer *PullProgress::layer(const QString &id) const
{
    for (const Layer &l : m_layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

void PullProgress::apply(const ProgressMessage &message)
{
    ++m_messages;
    if (message.isError()) {
        m_error = message.error;
        return;
    }
    if (const QString digest = message.aux.value(u"Digest").toString(); !digest.isEmpty())
        m_digest = digest;
    // "Pulling from repo" names the tag in id; it is about the whole image.
    if (message.id.isEmpty() || message.status.startsWith(u"Pulling from")) {
        if (!message.status.isEmpty())
            m_status = message.status;
        static const QRegularExpression digestPattern(QStringLiteral("(?:^Digest: |digest: )(sha256:[0-9a-f]{64})"));
        if (const auto match = digestPattern.match(message.status); match.hasMatch())
            m_digest = match.captured(1);
        return;
    }
    auto it = std::find_if(m_layers.begin(), m_layers.end(), [&message](const Layer &l) { return l.id == message.id; });
    if (it == m_layers.end()) {
        m_layers.append(Layer {message.id, {}, 0, 0});
        it = m_layers.end() - 1;
    }
    it->status = message.status;
    if (message.total > 0)
        it->total = message.total;
    if (message.current >= 0)
        it->current = message.current;
    if (isFinalStatus(message.status) && it->total > 0)
        it->current = it->total;
}

qint64 PullProgress::currentBytes() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers)
        sum += l.total > 0 ? std::min(l.current, l.total) : 0;
    return sum;
}

qint64 PullProgress::totalBytes() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers)
        sum += l.total;
    return sum;
}

}  // namespace Hublot::Engine
