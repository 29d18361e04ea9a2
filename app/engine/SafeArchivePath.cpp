// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SafeArchivePath.h"

#include <QStringList>

namespace Hublot::Engine {

namespace {

bool looksAbsolute(const QString &name)
{
    // Names written on Windows can be absolute as "C:..." or "\\server\share".
    return name.startsWith(u'/') || name.startsWith(u'\\')
        || (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter());
}

}  // namespace

SafeArchivePath::Verdict SafeArchivePath::check(const QString &name)
{
    if (looksAbsolute(name))
        return {{}, Refusal::Absolute};
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..")
            return {{}, Refusal::ParentReference};
        parts.append(part);
    }
    if (parts.isEmpty())
        return {{}, Refusal::Empty};
    // "./C:/x" becomes "C:/x" once the "." is gone: look again.
    const QString path = parts.join(u'/');
    if (looksAbsolute(path))
        return {{}, Refusal::Absolute};
    return {path, Refusal::None};
}

SafeArchivePath::Verdict SafeArchivePath::checkLink(const QString &entryPath, const QString &target)
{
    if (target.isEmpty())
        return {{}, Refusal::Empty};
    if (looksAbsolute(target))
        return {{}, Refusal::LinkTargetAbsolute};
    QStringList resolved = entryPath.split(u'/', Qt::SkipEmptyParts);
    if (!resolved.isEmpty())
        resolved.removeLast();  // a link's target is relative to the folder holding it
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (resolved.isEmpty())
                return {{}, Refusal::LinkLeavesTarget};
            resolved.removeLast();
        } else {
            resolved.append(part);
        }
    }
    return {target, Refusal::None};
}

}  // namespace Hublot::Engine
