// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/PullProgress.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Hublot::Engine {
class EngineSession;
class ImagePull;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

/// `docker pull NAME`: a name, then one progress bar per layer as the
/// engine downloads and extracts it. A pull that fails — the registry out
/// of reach, no such image — ends with a sentence saying why.
class PullImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullImageDialog)

public:
    PullImageDialog(Engine::EngineSession *session, const QString &reference, QWidget *parent = nullptr);

    /// The docker command for the name typed.
    [[nodiscard]] QString command() const;
    /// Starts the pull of the name typed (what the Pull button does).
    void startPull();
    [[nodiscard]] bool isPulling() const;

Q_SIGNALS:
    void started(const QString &command);
    /// The pull ended: what happened, as a sentence.
    void pulled(const QString &message);
    void failed(const QString &message);

protected:
    void reject() override;

private:
    void showProgress(const Engine::PullProgress &state);
    void finish(bool ok, const QString &message);

    Engine::EngineSession *m_session;
    QLineEdit *m_reference;
    QLabel *m_command;
    QWidget *m_layersBox;
    QGridLayout *m_layers;
    QLabel *m_status;
    QPushButton *m_pullButton;
    QPushButton *m_closeButton;
    QPointer<Engine::ImagePull> m_pull;
    QHash<QString, std::pair<QLabel *, QProgressBar *>> m_bars;
    QString m_pulling;
};

}  // namespace Hublot::Ui
