// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hublot::Engine {

/// One entry of a tar archive, as listed.
struct ArchiveEntry
{
    enum class Type { File, Directory, SymLink };

    QString path;  ///< the entry's path in the archive ("etc/passwd")
    qint64 size = 0;
    quint32 permissions = 0;  ///< the mode's permission bits (0755)
    Type type = Type::File;
    QString linkTarget;  ///< for a symbolic link

    bool operator==(const ArchiveEntry &) const = default;
};

}  // namespace Hublot::Engine
