// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/SafeArchivePath.h"

#include <QStringList>

using Hublot::Engine::SafeArchivePath;

namespace {

bool looksAbsolute(const QString &path)
{
    // "C:..." is a Windows drive; "1:x" or "\uFFFD:x" is a plain name.
    return path.startsWith(u'/') || path.startsWith(u'\\')
        || (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter());
}

}  // namespace

// An entry of a hostile tar: its name, and after a newline the target it
// would link to. What check() lets through must be a plain relative path
// that stays under the extraction folder; what checkLink() lets through
// must not resolve above it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = Hublot::Fuzz::bytesOf(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(newline < 0 ? input : input.first(newline));
    const QString target = newline < 0 ? QString() : QString::fromUtf8(input.sliced(newline + 1));

    const SafeArchivePath::Verdict entry = SafeArchivePath::check(name);
    if (!entry.ok()) {
        HUBLOT_FUZZ_CHECK(entry.path.isEmpty());
        return 0;
    }
    HUBLOT_FUZZ_CHECK(!entry.path.isEmpty());
    HUBLOT_FUZZ_CHECK(!looksAbsolute(entry.path));
    for (const QString &part : entry.path.split(u'/'))
        HUBLOT_FUZZ_CHECK(!part.isEmpty() && part != u"." && part != u"..");
    // A normalised path is its own normal form.
    const SafeArchivePath::Verdict again = SafeArchivePath::check(entry.path);
    HUBLOT_FUZZ_CHECK(again.ok() && again.path == entry.path);

    const SafeArchivePath::Verdict link = SafeArchivePath::checkLink(entry.path, target);
    if (!link.ok())
        return 0;
    HUBLOT_FUZZ_CHECK(!looksAbsolute(target));
    // Resolve the target from the link's folder the way a file system
    // would: it must never climb above the extraction folder.
    QStringList resolved = entry.path.split(u'/');
    resolved.removeLast();
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..") {
            HUBLOT_FUZZ_CHECK(!resolved.isEmpty());
            resolved.removeLast();
        } else if (part != u".") {
            resolved.append(part);
        }
    }
    return 0;
}
