// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FuzzCheck.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <set>

// An allocator for code built without the sanitizers (libvterm, from the
// system), so that its writes out of bounds are caught at the input that
// makes them: AddressSanitizer only sees them much later, if ever, as a
// damaged block it recycles (how the first one showed up in CI).
//
// Each block has guard bytes before and after it; a freed block is filled
// with a pattern and kept a while. check() looks at every guard and every
// kept block, and aborts, naming the block's size, when one was written.
// Hand-written: a few lines, and no library does this for an allocator
// handed to a C library.
namespace Hublot::Fuzz::GuardedAllocator {

inline constexpr std::size_t Guard = 512;
inline constexpr unsigned char Before = 0xab, After = 0xcd, Freed = 0xee;
inline constexpr std::size_t KeptFreed = 64;

struct Blocks
{
    std::set<unsigned char *> live;
    std::deque<unsigned char *> freed;
};

inline Blocks &blocks()
{
    // Never destroyed: the leak check at exit must still see the kept blocks.
    static Blocks *b = new Blocks;
    return *b;
}

inline std::size_t sizeOf(const unsigned char *base)
{
    std::size_t size;
    std::memcpy(&size, base, sizeof size);
    return size;
}

inline bool filledWith(const unsigned char *from, std::size_t count, unsigned char value)
{
    // memcmp against a filled page: a byte loop here, instrumented by the
    // sanitizer, made the fuzzer ten times slower.
    static unsigned char pages[3][4096];
    static const bool filled = [] {
        std::memset(pages[0], Before, sizeof pages[0]);
        std::memset(pages[1], After, sizeof pages[1]);
        std::memset(pages[2], Freed, sizeof pages[2]);
        return true;
    }();
    Q_UNUSED(filled);
    const unsigned char *page = pages[value == Before ? 0 : value == After ? 1 : 2];
    for (std::size_t done = 0; done < count;) {
        const std::size_t chunk = std::min(count - done, sizeof pages[0]);
        if (std::memcmp(from + done, page, chunk) != 0)
            return false;
        done += chunk;
    }
    return true;
}

inline bool guardsHold(const unsigned char *base)
{
    return filledWith(base + sizeof(std::size_t), Guard - sizeof(std::size_t), Before)
        && filledWith(base + Guard + sizeOf(base), Guard, After);
}

inline void *allocate(std::size_t size, void *)
{
    auto *base = static_cast<unsigned char *>(std::malloc(size + 2 * Guard));
    std::memset(base, Before, Guard);
    std::memcpy(base, &size, sizeof size);
    std::memset(base + Guard, 0, size);  // libvterm expects zeroed memory
    std::memset(base + Guard + size, After, Guard);
    blocks().live.insert(base);
    return base + Guard;
}

inline void checkFreed(unsigned char *base)
{
    if (!guardsHold(base) || !filledWith(base + Guard, sizeOf(base), Freed)) {
        std::fprintf(stderr, "freed block of %zu bytes written to\n", sizeOf(base));
        std::abort();
    }
}

inline void release(void *block, void *)
{
    if (!block)
        return;
    auto *base = static_cast<unsigned char *>(block) - Guard;
    if (!guardsHold(base)) {
        std::fprintf(stderr, "block of %zu bytes written out of bounds\n", sizeOf(base));
        std::abort();
    }
    blocks().live.erase(base);
    std::memset(base + Guard, Freed, sizeOf(base));
    blocks().freed.push_back(base);
    if (blocks().freed.size() > KeptFreed) {
        checkFreed(blocks().freed.front());
        std::free(blocks().freed.front());
        blocks().freed.pop_front();
    }
}

/// Aborts if any block's guard, or a kept freed block, was written.
inline void check()
{
    for (unsigned char *base : blocks().live) {
        if (!guardsHold(base)) {
            std::fprintf(stderr, "block of %zu bytes written out of bounds\n", sizeOf(base));
            std::abort();
        }
    }
    for (unsigned char *base : blocks().freed)
        checkFreed(base);
}

}  // namespace Hublot::Fuzz::GuardedAllocator
