// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// What `docker version` shows: the client (Hublot) and the server (the
/// engine and its components: containerd, runc, docker-init).
class EnginePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginePage)

public:
    explicit EnginePage(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// The value label of a field, by the objectName suffix it was made with
    /// ("serverVersion" gives the label named "serverVersionValue").
    [[nodiscard]] QLabel *valueLabel(const QString &field) const { return m_values.value(field); }

private:
    QLabel *addField(QFormLayout *form, const QString &field, const QString &label);
    void refresh();

    Engine::EngineSession *m_session;
    QLabel *m_heading;
    QHash<QString, QLabel *> m_values;
};

}  // namespace Hublot::Ui
