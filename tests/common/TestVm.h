// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEngine.h"

#include "engine/VirtualMachineEngine.h"

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Hublot::Test {

/// Hublot's real VM image, as packaging/dev/hublot-dev test builds it and
/// names it in HUBLOT_VM_IMAGE, for the tests that boot it.
class TestVm final
{
public:
    /// Empty when the image is there; else why the VM cannot be booted.
    static QString unavailableReason()
    {
        const QString image = qEnvironmentVariable("HUBLOT_VM_IMAGE");
        if (image.isEmpty())
            return QStringLiteral("HUBLOT_VM_IMAGE is not set: run the tests with packaging/dev/hublot-dev test, "
                                  "which builds the VM image (packaging/vm/make-vm-image) and sets it");
        for (const QString &file : Engine::VirtualMachineEngine::imageFiles()) {
            if (!QFileInfo::exists(image + u'/' + file))
                return u"The VM image in " + image + u" has no " + file;
        }
        return {};
    }

    /// That image, with its runtime folder and data disk in dir, and dir
    /// shared with the VM; one processor and 1 GiB, as the other tests run
    /// beside it.
    static Engine::VirtualMachineEngine::Settings settingsIn(const QTemporaryDir &dir)
    {
        Engine::VirtualMachineEngine::Settings settings = Engine::VirtualMachineEngine::defaultSettings();
        settings.runtime = dir.path() + u"/vm-run";
        settings.disk = dir.path() + u"/vm-data.img";
        settings.cpus = 1;
        settings.memoryMiB = 1024;
        // The test's folder, not the home folder, is shared with the VM.
        settings.sharedFolders = {dir.path()};
        return settings;
    }

    /// Copies the shared test image into the engine at endpoint (docker
    /// save | docker load); whether it worked.
    static bool loadTestImage(const Engine::EngineEndpoint &endpoint)
    {
        QProcess save;
        QProcess load;
        save.setStandardOutputProcess(&load);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), TestEngine::dockerHost());
        save.setProcessEnvironment(env);
        load.setProcessEnvironment(TestEngine::environmentFor(endpoint));
        save.start(QStringLiteral("docker"), {QStringLiteral("save"), TestEngine::image()});
        load.start(QStringLiteral("docker"), {QStringLiteral("load")});
        save.waitForFinished(120'000);
        load.waitForFinished(120'000);
        return save.exitCode() == 0 && load.exitCode() == 0;
    }
};

}  // namespace Hublot::Test
