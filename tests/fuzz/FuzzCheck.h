// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the libFuzzer entry point and a check of a
// property the parser promises. A broken property aborts, so that libFuzzer
// keeps the input as a crash, exactly as it does for a sanitizer's report.

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

#define HUBLOT_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace Hublot::Fuzz {

inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

// The first byte of an input says how a socket would cut the rest (1 to 64
// bytes a read), so that every target can compare a parse of the whole with
// a parse of the same bytes arriving in pieces.
struct Cut
{
    qsizetype chunk = 1;
    QByteArrayView rest;
};

inline Cut cutOf(QByteArrayView input)
{
    if (input.isEmpty())
        return {};
    return {1 + qsizetype(static_cast<unsigned char>(input.front()) % 64), input.sliced(1)};
}

}  // namespace Hublot::Fuzz
