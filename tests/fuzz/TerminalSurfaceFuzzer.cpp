// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"
#include "GuardedAllocator.h"

#include "ui/terminal/TerminalSurface.h"

using Hublot::Ui::TerminalSurface;

// A program's output, as bytes, into a terminal whose size the first two
// bytes choose, fed in two reads cut where the third byte says, with a
// resize between them. Whatever comes, the screen keeps its size, the
// cursor stays on it and the scrollback within its limit. (This is the
// input that once crashed libvterm: a CSI sequence with thousands of
// arguments; EscapeScanner cuts it.) libvterm's memory is guarded and
// checked after each step: see GuardedAllocator.h.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace Guarded = Hublot::Fuzz::GuardedAllocator;
    static const bool guarded
        = (TerminalSurface::setVtermAllocator(Guarded::allocate, Guarded::release, nullptr), true);
    Q_UNUSED(guarded);
    if (size < 3)
        return 0;
    const int rows = 1 + data[0] % 40;
    const int columns = 1 + data[1] % 160;
    const QByteArrayView bytes = Hublot::Fuzz::bytesOf(data + 3, size - 3);
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[2]) % (bytes.size() + 1);
    TerminalSurface surface(rows, columns);
    surface.setScrollbackLimit(50);
    const auto check = [&surface] {
        Guarded::check();
        HUBLOT_FUZZ_CHECK(surface.cursor().x() >= 0 && surface.cursor().x() < surface.columns());
        HUBLOT_FUZZ_CHECK(surface.cursor().y() >= 0 && surface.cursor().y() < surface.rows());
        for (int row = 0; row < surface.rows(); ++row)
            HUBLOT_FUZZ_CHECK(int(surface.screenLine(row).size()) == surface.columns());
        HUBLOT_FUZZ_CHECK(surface.scrollbackSize() <= 50);
    };
    surface.feed(bytes.first(cut));
    check();
    surface.resize(1 + data[1] % 30, 1 + data[0] % 120);
    check();
    surface.feed(bytes.sliced(cut));
    check();
    return 0;
}
