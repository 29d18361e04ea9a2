// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerDetails.h"

#include <QJsonObject>
#include <QWidget>

namespace Hublot::Ui {

/// One tab of the container details page. Overview and Inspect are two;
/// Logs, Terminal, Stats and Files join them through
/// ContainerDetailsPage::addTab(). Everything runs on the GUI thread.
class ContainerDetailsTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetailsTab)

public:
    using QWidget::QWidget;
    ~ContainerDetailsTab() override = default;

    /// The page shows this container: first when it opens, then again
    /// after every change the engine reports (start, stop, rename, ...).
    /// inspect is the engine's whole reply, details its typed reading.
    virtual void showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect) = 0;
    /// The page no longer shows a container (back to the list, or it was
    /// removed): streams the tab holds should stop.
    virtual void closeContainer() { }
    /// The docker command that shows what the tab shows ("docker logs -f
    /// web"); empty when there is none. Emit commandChanged() when it changes.
    [[nodiscard]] virtual QString command() const { return {}; }

Q_SIGNALS:
    void commandChanged();
};

}  // namespace Hublot::Ui
