// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MultiplexedStreamParser.h"

namespace Hublot::Engine {

MultiplexedStreamParser::Step MultiplexedStreamParser::parse(QByteArrayView buffer)
{
    Step step;
    if (buffer.isEmpty())
        return step;
    const auto type = static_cast<unsigned char>(buffer[0]);
    if (type > 2) {
        step.status = Status::Malformed;
        step.error = QStringLiteral("a frame of stream type %1").arg(type);
        return step;
    }
    for (qsizetype i = 1; i < std::min(buffer.size(), qsizetype(4)); ++i) {
        if (buffer[i] != '\0') {
            step.status = Status::Malformed;
            step.error = QStringLiteral("a frame header whose bytes 1 to 3 are not zero");
            return step;
        }
    }
    if (buffer.size() < HeaderSize)
        return step;
    const auto byte = [&buffer](qsizetype i) {
        return quint32(static_cast<unsigned char>(buffer[i]));
    };
    const quint32 length = (byte(4) << 24) | (byte(5) << 16) | (byte(6) << 8) | byte(7);
    if (qint64(length) > MaxPayloadSize) {
        step.status = Status::Malformed;
        step.error = QStringLiteral("a frame of %1 bytes, more than %2").arg(length).arg(MaxPayloadSize);
        return step;
    }
    const qsizetype frameSize = HeaderSize + qsizetype(length);
    if (buffer.size() < frameSize) {
        step.frameSize = frameSize;
        return step;
    }
    step.status = Status::Complete;
    step.stream = static_cast<StdStream>(type);
    step.payload = buffer.sliced(HeaderSize, length);
    step.consumed = frameSize;
    return step;
}

}  // namespace Hublot::Engine
