// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"
#include "engine/DiskUsage.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"
#include "engine/ExecOperations.h"
#include "engine/FileChange.h"
#include "engine/ImageDetails.h"
#include "engine/ImageHistoryEntry.h"
#include "engine/ImageSearchResult.h"
#include "engine/ImageSummary.h"
#include "engine/NetworkDetails.h"
#include "engine/PathStat.h"
#include "engine/ProcessList.h"
#include "engine/PruneReport.h"
#include "engine/VolumeSummary.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Hublot::Engine;

namespace {

// Every reader of the engine's JSON replies, given one object: a reply is
// untrusted, so none may crash or loop on any shape of JSON.
void readAll(const QJsonObject &json)
{
    const ContainerSummary container = ContainerSummary::fromJson(json);
    HUBLOT_FUZZ_CHECK(container == ContainerSummary::fromJson(json));
    const QList<ImageSummary> images = ImageSummary::fromJson(json);
    HUBLOT_FUZZ_CHECK(!images.isEmpty());
    VolumeSummary::fromJson(json);
    NetworkSummary::fromJson(json);
    NetworkDetails::fromJson(json);
    ContainerDetails::fromJson(json);
    ImageDetails::fromJson(json);
    EngineInfo::fromJson(json);
    EngineVersion::fromJson(json);
    PruneReport::fromJson(json);
    ExecOperations::State::fromJson(json);
    ProcessList::fromJson(json);
    FileChange::fromJson(json);
    ImageHistoryEntry::fromJson(json);
    ImageSearchResult::fromJson(json);
    RestartPolicy::fromJson(json);

    const DiskUsage usage = DiskUsage::fromJson(json);
    for (const DiskUsage::Total &total :
         {usage.imagesTotal(), usage.containersTotal(), usage.volumesTotal(), usage.buildCacheTotal()}) {
        HUBLOT_FUZZ_CHECK(total.size >= 0 && total.reclaimable >= 0);
        HUBLOT_FUZZ_CHECK(total.active >= 0 && total.active <= total.count);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Hublot::Fuzz::bytesOf(data, size).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject()) {
        readAll(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array)
            readAll(value.toObject());
    }
    // The archive stat header: base64 of a JSON object.
    PathStat::fromHeader(input);
    PathStat::fromHeader(input.toBase64());
    return 0;
}
