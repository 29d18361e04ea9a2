// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/ManagedEngine.h"

#include <QCoreApplication>
#include <QString>

namespace Hublot::Ui {

/// Turns the engine layer's typed errors into sentences for the user:
/// what is wrong, and what to do about it.
class ErrorMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Hublot::Ui::ErrorMessages)

public:
    struct Text
    {
        QString title;  ///< one short line
        QString reason;  ///< what is wrong, naming the address
        QString hint;  ///< how to fix it; may hold <code> and <br> (rich text)
    };

    static Text forConnection(const Engine::EngineError &error);
    /// Why an operation on the container named container failed (start,
    /// stop, remove, ...): one or two plain sentences, the fix included.
    static QString forContainerOperation(const Engine::EngineError &error, const QString &container);
    /// Why running image failed (pulling it, creating the container called
    /// name, or starting it), with the fix: port already allocated, name in
    /// use, no such image, registry unreachable, ...
    static QString forRun(const Engine::EngineError &error, const QString &image, const QString &name);
    /// Why an operation on an image, volume or network failed; subject
    /// names it ("the image web:1", "the volume data").
    static QString forResourceOperation(const Engine::EngineError &error, const QString &subject);
    /// Why pulling reference failed (no registry, no such image, refused).
    static QString forPull(const Engine::EngineError &error, const QString &reference);
    /// Why an engine Hublot starts itself could not start or stopped by
    /// itself; vm: the engine in a virtual machine, else dockerd on this computer.
    static QString forManagedEngine(const Engine::ManagedEngine::Failure &failure, bool vm);
    /// Why pushing reference failed (no registry, refused, no such local image).
    static QString forPush(const Engine::EngineError &error, const QString &reference);
};

}  // namespace Hublot::Ui
