// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/PullProgress.h"
#include "engine/RegistryAuth.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace Hublot::Engine {
struct EngineError;
class EngineSession;
class ImagePull;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

/// `docker pull NAME`: a name, then one progress bar per layer as the
/// engine downloads and extracts it. A pull that fails — the registry out
/// of reach, no such image — ends with a sentence saying why.
///
/// The pull sends the credentials the user already has for the image's
/// registry (typed earlier in this session, or saved by `docker login`;
/// see Engine::DockerCredentials). When the registry refuses, a sign-in
/// form appears in the dialog, naming the registry; "Sign in and pull"
/// pulls again with what was typed, which is kept in memory for the rest
/// of the session once the registry accepts it.
///
/// With Direction::Push the same dialog does `docker push NAME` (an image
/// this engine holds, tagged with its registry's address), with the same
/// bars and the same sign-in.
class PullImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullImageDialog)

public:
    enum class Direction { Pull, Push };

    PullImageDialog(Engine::EngineSession *session, const QString &reference, QWidget *parent = nullptr,
                    Direction direction = Direction::Pull);

    /// The docker command for the name typed (`docker login -u USER
    /// REGISTRY && docker pull NAME` once the registry asked for a sign-in;
    /// never the password).
    [[nodiscard]] QString command() const;
    /// Starts the pull of the name typed (what the Pull button does), with
    /// the credentials already known for its registry, if any.
    void startPull();
    /// Pulls again with the user and password typed in the sign-in form
    /// (what "Sign in and pull" does).
    void signIn();
    [[nodiscard]] bool isPulling() const;
    /// Whether the sign-in form is showing.
    [[nodiscard]] bool isAskingToSignIn() const;

Q_SIGNALS:
    void started(const QString &command);
    /// The pull (or push) ended well: what happened, as a sentence.
    void pulled(const QString &message);
    void failed(const QString &message);

protected:
    void reject() override;

private:
    /// Where the credentials of a pull came from.
    enum class Credentials { None, Saved, Typed };

    void pullWith(const Engine::RegistryAuth &auth, Credentials source);
    void showSignIn();
    void hideSignIn();
    void updateCommand();
    void showProgress(const Engine::PullProgress &state);
    void finish(bool ok, const QString &message);
    [[nodiscard]] QString registryName() const;
    /// The sentence for a failed pull or push.
    [[nodiscard]] QString failure(const Engine::EngineError &error) const;

    [[nodiscard]] bool pushing() const { return m_direction == Direction::Push; }

    Engine::EngineSession *m_session;
    Direction m_direction;
    QLineEdit *m_reference;
    QLabel *m_command;
    QWidget *m_layersBox;
    QGridLayout *m_layers;
    QScrollArea *m_scroll;
    QGroupBox *m_signInBox;
    QLabel *m_signInLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_signInButton;
    QLabel *m_status;
    QPushButton *m_pullButton;
    QPushButton *m_closeButton;
    QPointer<Engine::ImagePull> m_pull;
    QHash<QString, std::pair<QLabel *, QProgressBar *>> m_bars;
    QString m_pulling;
    QString m_host;  ///< the registry of m_pulling ("127.0.0.1:5000", "docker.io")
    Engine::RegistryAuth m_auth;  ///< what the pull under way sends
    Credentials m_source = Credentials::None;
    bool m_signingIn = false;  ///< the registry asked for a sign-in for m_host
    bool m_lookingUp = false;  ///< finding the saved credentials before a pull
    int m_attempt = 0;  ///< bumped by Stop/Close, so a late lookup starts nothing
};

}  // namespace Hublot::Ui
