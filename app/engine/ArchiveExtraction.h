// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ArchiveEntry.h"
#include "engine/SafeArchivePath.h"

#include <QList>

namespace Hublot::Engine {

/// What extracting an untrusted tar did: the entries written, and those
/// refused (kept out of the target folder) with why.
struct ArchiveExtraction
{
    struct Refused
    {
        QString name;  ///< the entry's name as the archive gives it
        SafeArchivePath::Refusal refusal = SafeArchivePath::Refusal::None;
    };

    QList<ArchiveEntry> written;
    QList<Refused> refused;
};

}  // namespace Hublot::Engine
