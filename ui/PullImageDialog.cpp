// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PullImageDialog.h"

#include "engine/DockerCredentials.h"
#include "engine/EngineSession.h"
#include "engine/ImageOperations.h"
#include "engine/ImagePull.h"
#include "engine/RegistryAuth.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hublot::Ui {

PullImageDialog::PullImageDialog(Engine::EngineSession *session, const QString &reference, QWidget *parent,
                                 Direction direction)
    : QDialog(parent)
    , m_session(session)
    , m_direction(direction)
    , m_reference(new QLineEdit(reference, this))
    , m_command(new QLabel(this))
    , m_layersBox(new QWidget(this))
    , m_layers(new QGridLayout(m_layersBox))
    , m_scroll(new QScrollArea(this))
    , m_signInBox(new QGroupBox(this))
    , m_signInLabel(new QLabel(m_signInBox))
    , m_user(new QLineEdit(m_signInBox))
    , m_password(new QLineEdit(m_signInBox))
    , m_signInButton(new QPushButton(direction == Direction::Push ? tr("&Sign in and push") : tr("&Sign in and pull"),
                                     m_signInBox))
    , m_status(new QLabel(this))
    , m_pullButton(new QPushButton(direction == Direction::Push ? tr("&Push") : tr("&Pull"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this))
{
    setObjectName(pushing() ? QStringLiteral("pushImageDialog") : QStringLiteral("pullImageDialog"));
    setWindowTitle(pushing() ? tr("Push an Image") : tr("Pull an Image"));
    resize(560, 420);

    m_reference->setObjectName(QStringLiteral("pullReferenceField"));
    m_reference->setAccessibleName(pushing() ? tr("Image to push") : tr("Image to pull"));
    m_reference->setPlaceholderText(pushing() ? tr("127.0.0.1:5000/team/app:1")
                                              : tr("nginx, python:3.12, 127.0.0.1:5000/team/app:1"));
    m_command->setObjectName(QStringLiteral("pullCommandLabel"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);  // docker login ... && docker pull ... is long
    m_command->setForegroundRole(QPalette::PlaceholderText);
    connect(m_reference, &QLineEdit::textChanged, this, [this] {
        // Another registry asks afresh; the same one keeps the form.
        if (m_signingIn && Engine::DockerCredentials::registryHost(m_reference->text()) != m_host)
            hideSignIn();
        updateCommand();
    });

    m_layersBox->setObjectName(QStringLiteral("pullLayersBox"));
    m_layers->setColumnStretch(1, 1);
    m_layers->setAlignment(Qt::AlignTop);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_layersBox);
    m_scroll->setAccessibleName(pushing() ? tr("Layers being pushed") : tr("Layers being pulled"));

    // The sign-in form, shown when the registry refuses an anonymous pull
    // or the credentials sent.
    m_signInBox->setObjectName(QStringLiteral("signInBox"));
    m_signInLabel->setObjectName(QStringLiteral("signInLabel"));
    m_signInLabel->setWordWrap(true);
    m_signInLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString memoryOnly = tr("Hublot keeps this user and password in memory until it quits, and writes them "
                                  "nowhere. To save them for every tool, run docker login in a terminal.");
    m_user->setObjectName(QStringLiteral("signInUserField"));
    m_user->setAccessibleName(tr("User name on the registry"));
    m_user->setToolTip(memoryOnly);
    m_password->setObjectName(QStringLiteral("signInPasswordField"));
    m_password->setAccessibleName(tr("Password or access token"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(memoryOnly);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setToolTip(memoryOnly);
    auto *note = new QLabel(memoryOnly, m_signInBox);
    note->setObjectName(QStringLiteral("signInNoteLabel"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *signInForm = new QFormLayout;
    signInForm->addRow(tr("&User:"), m_user);
    signInForm->addRow(tr("Pass&word:"), m_password);
    auto *signInButtonRow = new QHBoxLayout;
    signInButtonRow->addStretch(1);
    signInButtonRow->addWidget(m_signInButton);
    auto *signInLayout = new QVBoxLayout(m_signInBox);
    signInLayout->addWidget(m_signInLabel);
    signInLayout->addLayout(signInForm);
    signInLayout->addLayout(signInButtonRow);
    signInLayout->addWidget(note);
    m_signInBox->hide();
    auto updateSignInButton = [this] {
        m_signInButton->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                                   && !isPulling());
    };
    connect(m_user, &QLineEdit::textChanged, this, updateSignInButton);
    connect(m_user, &QLineEdit::textChanged, this, &PullImageDialog::updateCommand);
    connect(m_password, &QLineEdit::textChanged, this, updateSignInButton);
    connect(m_signInButton, &QPushButton::clicked, this, &PullImageDialog::signIn);
    updateSignInButton();

    m_status->setObjectName(QStringLiteral("pullStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(pushing() ? tr("Each layer of the image gets a bar: layers the registry already has are not "
                                     "sent again. The image's name says which registry it goes to.")
                                : tr("Each layer of the image gets a bar: layers already on disk are not downloaded "
                                     "again."));

    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // It becomes Stop during a pull: Enter must not press it when the focus
    // lands on it as the sign-in form hides (Escape still stops and closes).
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pullButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_pullButton, &QPushButton::clicked, this, &PullImageDialog::startPull);
    connect(m_closeButton, &QPushButton::clicked, this, &PullImageDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_command);
    layout->addSpacing(4);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_signInBox);
    layout->addStretch(0);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_reference, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_signInButton);
    setTabOrder(m_signInButton, m_pullButton);
    setTabOrder(m_pullButton, m_closeButton);
    updateCommand();
}

QString PullImageDialog::command() const
{
    const QString reference = m_reference->text().trimmed();
    const QString pull = (pushing() ? u"docker push "_s : u"docker pull "_s)
        + (reference.isEmpty() ? tr("NAME") : Format::shellWord(reference));
    if (!m_signingIn)
        return pull;
    // What the user would type to sign in: the password is asked by docker
    // login itself, never written on the command line.
    QString login = QStringLiteral("docker login");
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty())
        login += u" -u " + Format::shellWord(user);
    if (!Engine::DockerCredentials::isDockerHub(m_host))
        login += u' ' + Format::shellWord(m_host);
    return login + u" && " + pull;
}

void PullImageDialog::updateCommand()
{
    m_command->setText(u"$ " + command());
    m_pullButton->setEnabled(!m_reference->text().trimmed().isEmpty() && !isPulling());
}

bool PullImageDialog::isPulling() const
{
    return m_lookingUp || (m_pull && m_pull->isRunning());
}

bool PullImageDialog::isAskingToSignIn() const
{
    return m_signingIn && !m_signInBox->isHidden();
}

QString PullImageDialog::registryName() const
{
    return Engine::DockerCredentials::isDockerHub(m_host) ? tr("Docker Hub") : m_host;
}

void PullImageDialog::startPull()
{
    const QString reference = m_reference->text().trimmed();
    if (reference.isEmpty() || isPulling())
        return;
    if (reference.contains(u' ')) {
        finish(false, tr("An image name has no spaces: write it as repository:tag, for example nginx:1.27."));
        return;
    }
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        finish(false,
               pushing() ? tr("Hublot is not connected to the engine; nothing was pushed.")
                         : tr("Hublot is not connected to the engine; nothing was pulled."));
        return;
    }
    m_pulling = reference;
    m_host = Engine::DockerCredentials::registryHost(reference);
    m_signingIn = false;  // a plain pull again; the registry may ask once more
    // Credentials typed earlier in this session, else those docker login
    // saved; finding them may ask a credential helper, which takes a moment.
    const bool typed = !Engine::DockerCredentials::remembered(m_host).isEmpty();
    m_lookingUp = true;
    m_pullButton->setEnabled(false);
    m_reference->setEnabled(false);
    m_closeButton->setText(tr("&Stop"));
    m_status->setText(pushing() ? tr("Pushing %1…").arg(reference) : tr("Pulling %1…").arg(reference));
    const int attempt = ++m_attempt;
    Engine::DockerCredentials(QProcessEnvironment::systemEnvironment())
        .find(m_host)
        .then(this, [this, attempt, typed](const Engine::Result<Engine::RegistryAuth> &found) {
            if (attempt != m_attempt)
                return;  // stopped meanwhile
            m_lookingUp = false;
            // A helper that fails leaves the pull anonymous; the registry
            // then says whether it needs a sign-in.
            const Engine::RegistryAuth auth = found.ok() ? found.value() : Engine::RegistryAuth {};
            pullWith(auth, auth.isEmpty() ? Credentials::None : (typed ? Credentials::Typed : Credentials::Saved));
        });
}

void PullImageDialog::signIn()
{
    if (!m_signingIn || isPulling() || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    const QString reference = m_reference->text().trimmed();
    if (reference.isEmpty() || reference.contains(u' '))
        return;
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        finish(false,
               pushing() ? tr("Hublot is not connected to the engine; nothing was pushed.")
                         : tr("Hublot is not connected to the engine; nothing was pulled."));
        return;
    }
    m_pulling = reference;
    pullWith(
        Engine::RegistryAuth {
            m_user->text().trimmed(), m_password->text(), Engine::DockerCredentials::configKey(m_host), {}},
        Credentials::Typed);
}

void PullImageDialog::pullWith(const Engine::RegistryAuth &auth, Credentials source)
{
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        finish(false,
               pushing() ? tr("Hublot is not connected to the engine; nothing was pushed.")
                         : tr("Hublot is not connected to the engine; nothing was pulled."));
        return;
    }
    for (auto [label, bar] : std::as_const(m_bars)) {
        delete label;
        delete bar;
    }
    m_bars.clear();
    m_auth = auth;
    m_source = source;
    Q_EMIT started(command());
    m_signInBox->hide();
    m_scroll->show();
    m_status->show();
    if (pushing())
        m_status->setText(auth.isEmpty() ? tr("Pushing %1…").arg(m_pulling)
                                         : tr("Pushing %1 as %2…").arg(m_pulling, auth.username));
    else
        m_status->setText(auth.isEmpty() ? tr("Pulling %1…").arg(m_pulling)
                                         : tr("Pulling %1 as %2…").arg(m_pulling, auth.username));
    m_pullButton->setEnabled(false);
    m_signInButton->setEnabled(false);
    m_reference->setEnabled(false);
    m_closeButton->setText(tr("&Stop"));
    m_pull = pushing() ? Engine::ImageOperations(client).push(m_pulling, auth, this)
                       : Engine::ImageOperations(client).pull(m_pulling, auth, this);
    connect(m_pull, &Engine::ImagePull::progress, this,
            [this](const Engine::ProgressMessage &, const Engine::PullProgress &state) { showProgress(state); });
    connect(m_pull, &Engine::ImagePull::finished, this, [this](const Engine::Result<Engine::Done> &result) {
        if (result.ok()) {
            // The registry took them: keep typed credentials for the session.
            if (m_source == Credentials::Typed)
                Engine::DockerCredentials::remember(m_host, m_auth);
            hideSignIn();
            updateCommand();
            const QString status = m_pull ? m_pull->state().status() : QString();
            if (pushing())
                finish(true, tr("Pushed %1.").arg(m_pulling));
            else if (status.isEmpty())
                finish(true, tr("Pulled %1.").arg(m_pulling));
            else
                finish(true, tr("Pulled %1. The engine says: %2").arg(m_pulling, status));
        } else if (result.error().kind == Engine::EngineError::Kind::RegistryUnauthorized) {
            // Typed credentials the registry no longer takes are not tried again.
            if (m_source == Credentials::Typed)
                Engine::DockerCredentials::forget(m_host);
            showSignIn();
            finish(false, failure(result.error()));
            m_status->hide();  // the sign-in form says it, and better
        } else {
            finish(false, failure(result.error()));
        }
    });
}

QString PullImageDialog::failure(const Engine::EngineError &error) const
{
    return pushing() ? ErrorMessages::forPush(error, m_pulling) : ErrorMessages::forPull(error, m_pulling);
}

void PullImageDialog::showSignIn()
{
    const QString registry = registryName();
    switch (m_source) {
    case Credentials::None:
        if (pushing()) {
            m_signInLabel->setText(tr("%1 wants to know who you are before it takes %2. Sign in with your account on "
                                      "that registry.")
                                       .arg(registry, m_pulling));
            break;
        }
        m_signInLabel->setText(tr("%1 wants to know who you are before it gives %2. Sign in with your account on "
                                  "that registry. (Registries answer the same for an image they do not have: check "
                                  "the name too.)")
                                   .arg(registry, m_pulling));
        break;
    case Credentials::Saved:
        m_signInLabel->setText(tr("%1 refused the credentials docker login saved for it (user %2). Sign in with "
                                  "the right ones, or check the image's name.")
                                   .arg(registry, m_auth.username));
        break;
    case Credentials::Typed:
        m_signInLabel->setText(tr("%1 refused the user %2 with this password. Check both and sign in again, or "
                                  "check the image's name.")
                                   .arg(registry, m_auth.username));
        break;
    }
    // A refusal of credentials sent reads as a warning; a first request does not.
    const bool refused = m_source != Credentials::None;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_signInLabel->setStyleSheet(refused ? QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#ff7b72" : u"#cf222e")
                                         : QString());
    if (m_user->text().trimmed().isEmpty())
        m_user->setText(m_auth.username);
    m_password->clear();
    m_signingIn = true;
    m_signInBox->setTitle(tr("Sign in to %1").arg(registry));
    m_scroll->hide();
    m_signInBox->show();
    m_pullButton->setDefault(false);
    m_signInButton->setDefault(true);
    updateCommand();
    if (m_user->text().trimmed().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void PullImageDialog::hideSignIn()
{
    m_signingIn = false;
    m_signInBox->hide();
    m_scroll->show();
    m_status->show();
    m_signInButton->setDefault(false);
    m_pullButton->setDefault(true);
}

void PullImageDialog::showProgress(const Engine::PullProgress &state)
{
    for (const Engine::PullProgress::Layer &layer : state.layers()) {
        auto it = m_bars.find(layer.id);
        if (it == m_bars.end()) {
            const int row = int(m_bars.size());
            auto *label = new QLabel(m_layersBox);
            label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            auto *bar = new QProgressBar(m_layersBox);
            bar->setObjectName(u"layerProgress_" + layer.id);
            bar->setAccessibleName(tr("Layer %1").arg(layer.id));
            bar->setTextVisible(true);
            m_layers->addWidget(label, row, 0);
            m_layers->addWidget(bar, row, 1);
            it = m_bars.insert(layer.id, {label, bar});
        }
        auto [label, bar] = it.value();
        // The id beside the bar, the status inside it: a long status
        // ("Mounted from team/base") must not squeeze the bar.
        label->setText(layer.id.left(12));
        bar->setToolTip(layer.status);
        if (layer.isDone()) {
            bar->setRange(0, 1);
            bar->setValue(1);
            bar->setFormat(layer.status);
        } else if (layer.total > 0) {
            // Kilobytes keep the values inside an int for layers of many gigabytes.
            bar->setRange(0, int(layer.total / 1024) + 1);
            bar->setValue(int(layer.current / 1024));
            bar->setFormat(layer.status + u"  " + Format::size(layer.current) + u" / " + Format::size(layer.total));
        } else {
            bar->setRange(0, 0);  // busy: size not known yet
        }
    }
    if (state.totalBytes() > 0)
        m_status->setText((pushing() ? tr("Pushing %1: %2 of %3…") : tr("Pulling %1: %2 of %3…"))
                              .arg(m_pulling, Format::size(state.currentBytes()), Format::size(state.totalBytes())));
}

void PullImageDialog::finish(bool ok, const QString &message)
{
    m_lookingUp = false;
    m_status->show();
    m_status->setText(message);
    m_reference->setEnabled(true);
    m_pullButton->setEnabled(!m_reference->text().trimmed().isEmpty());
    m_signInButton->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    m_closeButton->setText(tr("&Close"));
    if (ok)
        Q_EMIT pulled(message);
    else
        Q_EMIT failed(message);
}

void PullImageDialog::reject()
{
    if (m_lookingUp) {
        ++m_attempt;  // the lookup's answer starts nothing now
        finish(false, failure(Engine::EngineError::make(Engine::EngineError::Kind::Cancelled)));
        return;
    }
    if (isPulling()) {
        m_pull->cancel();  // finished() follows, with kind Cancelled
        return;
    }
    QDialog::reject();
}

}  // namespace Hublot::Ui
