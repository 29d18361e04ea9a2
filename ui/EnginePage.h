// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineInfo.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QTimer;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class DiskUsagePanel;

/// What `docker version` shows: the client (Hublot) and the server (the
/// engine and its components: containerd, runc, docker-init).
class EnginePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginePage)

public:
    explicit EnginePage(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// Adds a framed section under the others (the backend manager).
    void addSection(const QString &title, QWidget *widget);

    /// The value label of a field, by the objectName suffix it was made with
    /// ("serverVersion" gives the label named "serverVersionValue").
    [[nodiscard]] QLabel *valueLabel(const QString &field) const { return m_values.value(field); }

    /// The last `docker info` shown, for tests.
    [[nodiscard]] const Engine::EngineInfo &info() const { return m_info; }
    [[nodiscard]] DiskUsagePanel *diskUsagePanel() const { return m_diskUsage; }

Q_SIGNALS:
    /// A new `docker info` answer is shown.
    void infoShown();

private:
    QLabel *addField(QFormLayout *form, const QString &field, const QString &label);
    void refresh();
    void refreshInfo();
    void showInfo(const Engine::EngineInfo &info);

    Engine::EngineSession *m_session;
    QLabel *m_heading;
    QHash<QString, QLabel *> m_values;
    QLabel *m_warnings = nullptr;
    DiskUsagePanel *m_diskUsage = nullptr;
    QTimer *m_infoTimer = nullptr;
    Engine::EngineInfo m_info;
    quint64 m_infoRequest = 0;
    QVBoxLayout *m_layout = nullptr;
};

}  // namespace Hublot::Ui
