// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContainerDetailsTab.h"

class QGridLayout;
class QScrollArea;

namespace Hublot::Ui {

/// What matters about one container, in plain words and selectable text:
/// image, command, state and exit code, the IP address on each network,
/// ports, mounts, environment, labels and restart policy.
class ContainerOverviewTab final : public ContainerDetailsTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerOverviewTab)

public:
    explicit ContainerOverviewTab(QWidget *parent = nullptr);

    void showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect) override;
    /// "docker inspect web": the overview reads it.
    [[nodiscard]] QString command() const override;

    /// The command and arguments as a shell would take them: "sh -c 'echo hi'".
    static QString commandLine(const QStringList &words);
    /// The restart policy in words, with docker run's --restart value.
    static QString restartPolicyText(const Engine::RestartPolicy &policy);

private:
    QScrollArea *m_scroll;
    QString m_name;
};

}  // namespace Hublot::Ui
