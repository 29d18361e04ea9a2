// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hublot::Engine {

/// Decides whether an entry of an untrusted tar may be written under an
/// extraction folder: a pure check over names, no file system access.
struct SafeArchivePath
{
    enum class Refusal {
        None,
        Empty,  ///< the name is empty or names the archive's root only
        Absolute,  ///< "/etc/passwd", or a Windows drive or UNC name
        ParentReference,  ///< a ".." component ("../x", "a/../../b")
        LinkTargetAbsolute,  ///< a link to "/etc"
        LinkLeavesTarget,  ///< a link whose target resolves above the extraction folder
        ThroughLink,  ///< the entry would be written through a link on disk (found while extracting)
    };

    struct Verdict
    {
        QString path;  ///< the normalised relative path ("a/b"), when allowed
        Refusal refusal = Refusal::None;
        [[nodiscard]] bool ok() const { return refusal == Refusal::None; }
    };

    /// An entry's name: "./a//b/" gives "a/b"; any ".." or absolute name is refused.
    static Verdict check(const QString &name);

    /// A symbolic link named entryPath (already checked) pointing at target:
    /// allowed when the target, resolved from the link's folder, stays inside.
    /// The verdict's path is the link's normalised target.
    static Verdict checkLink(const QString &entryPath, const QString &target);
};

}  // namespace Hublot::Engine
