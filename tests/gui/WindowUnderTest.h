// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QProcessEnvironment>
#include <QtTest>

#include <memory>

namespace Hublot::Test {

/// Hublot's window on its own session, as a GUI test opens it: the
/// session's automatic retries off, so that a test sees one attempt.
struct WindowUnderTest
{
    std::unique_ptr<Engine::EngineSession> session;
    std::unique_ptr<Ui::MainWindow> window;

    /// Shows the window and connects it to dockerHost (as DOCKER_HOST
    /// gives it), with these engines to start.
    static WindowUnderTest open(const QString &dockerHost, Ui::MainWindow::ManagedEngines engines = {})
    {
        WindowUnderTest screen;
        screen.session = std::make_unique<Engine::EngineSession>();
        screen.session->setAutoRetry(false);
        screen.window = std::make_unique<Ui::MainWindow>(screen.session.get(), engines);
        screen.window->show();
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        screen.session->connectTo(Engine::EngineEndpoint::fromEnvironment(env));
        return screen;
    }

    /// The window's child of type T named name; null (with a warning naming it) when there is none.
    template <typename T> T *find(const QString &name) const
    {
        T *child = window->findChild<T *>(name);
        if (!child)
            qWarning("no widget named %s", qPrintable(name));
        return child;
    }
    QString text(const QString &name) const
    {
        auto *label = find<QLabel>(name);
        return label ? label->text() : QString();
    }
    QString text(const char *name) const { return text(QString::fromLatin1(name)); }
    /// Whether the page that says no engine answers is what the window shows.
    bool problemShown() const
    {
        auto *page = window->findChild<QWidget *>(QStringLiteral("connectionProblemPage"));
        return page && page->isVisible();
    }
};

}  // namespace Hublot::Test
