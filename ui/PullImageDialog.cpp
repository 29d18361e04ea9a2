// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PullImageDialog.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Hublot::Ui {

PullImageDialog::PullImageDialog(Engine::EngineSession *session, const QString &reference, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reference(new QLineEdit(reference, this))
    , m_command(new QLabel(this))
    , m_layersBox(new QWidget(this))
    , m_layers(new QGridLayout(m_layersBox))
    , m_status(new QLabel(this))
    , m_pullButton(new QPushButton(tr("&Pull"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("pullImageDialog"));
    setWindowTitle(tr("Pull an Image"));
    resize(560, 420);

    m_reference->setObjectName(QStringLiteral("pullReferenceField"));
    m_reference->setAccessibleName(tr("Image to pull"));
    m_reference->setPlaceholderText(tr("nginx, python:3.12, 127.0.0.1:5000/team/app:1"));
    m_command->setObjectName(QStringLiteral("pullCommandLabel"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setForegroundRole(QPalette::PlaceholderText);
    auto updateCommand = [this] {
        m_command->setText(u"$ " + command());
        m_pullButton->setEnabled(!m_reference->text().trimmed().isEmpty() && !isPulling());
    };
    connect(m_reference, &QLineEdit::textChanged, this, updateCommand);

    m_layersBox->setObjectName(QStringLiteral("pullLayersBox"));
    m_layers->setColumnStretch(1, 1);
    m_layers->setAlignment(Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_layersBox);
    scroll->setAccessibleName(tr("Layers being pulled"));

    m_status->setObjectName(QStringLiteral("pullStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Each layer of the image gets a bar: layers already on disk are not downloaded again."));

    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
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
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateCommand();
}

QString PullImageDialog::command() const
{
    const QString reference = m_reference->text().trimmed();
    return u"docker pull " + (reference.isEmpty() ? tr("NAME") : Format::shellWord(reference));
}

bool PullImageDialog::isPulling() const
{
    return m_pull && m_pull->isRunning();
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
        finish(false, tr("Hublot is not connected to the engine; nothing was pulled."));
        return;
    }
    for (auto [label, bar] : std::as_const(m_bars)) {
        delete label;
        delete bar;
    }
    m_bars.clear();
    m_pulling = reference;
    Q_EMIT started(command());
    m_status->setText(tr("Pulling %1…").arg(reference));
    m_pullButton->setEnabled(false);
    m_reference->setEnabled(false);
    m_closeButton->setText(tr("&Stop"));
    m_pull = Engine::ImageOperations(client).pull(reference, Engine::RegistryAuth {}, this);
    connect(m_pull, &Engine::ImagePull::progress, this,
            [this](const Engine::ProgressMessage &, const Engine::PullProgress &state) { showProgress(state); });
    connect(m_pull, &Engine::ImagePull::finished, this, [this](const Engine::Result<Engine::Done> &result) {
        if (result.ok()) {
            const QString status = m_pull ? m_pull->state().status() : QString();
            if (status.isEmpty())
                finish(true, tr("Pulled %1.").arg(m_pulling));
            else
                finish(true, tr("Pulled %1. The engine says: %2").arg(m_pulling, status));
        } else {
            finish(false, ErrorMessages::forPull(result.error(), m_pulling));
        }
    });
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
        label->setText(layer.id.left(12) + u"  " + layer.status);
        if (layer.isDone()) {
            bar->setRange(0, 1);
            bar->setValue(1);
            bar->setFormat(layer.status);
        } else if (layer.total > 0) {
            // Kilobytes keep the values inside an int for layers of many gigabytes.
            bar->setRange(0, int(layer.total / 1024) + 1);
            bar->setValue(int(layer.current / 1024));
            bar->setFormat(Format::size(layer.current) + u" / " + Format::size(layer.total));
        } else {
            bar->setRange(0, 0);  // busy: size not known yet
        }
    }
    if (state.totalBytes() > 0)
        m_status->setText(tr("Pulling %1: %2 of %3…")
                              .arg(m_pulling, Format::size(state.currentBytes()), Format::size(state.totalBytes())));
}

void PullImageDialog::finish(bool ok, const QString &message)
{
    m_status->setText(message);
    m_reference->setEnabled(true);
    m_pullButton->setEnabled(!m_reference->text().trimmed().isEmpty());
    m_closeButton->setText(tr("&Close"));
    if (ok)
        Q_EMIT pulled(message);
    else
        Q_EMIT failed(message);
}

void PullImageDialog::reject()
{
    if (isPulling()) {
        m_pull->cancel();  // finished() follows, with kind Cancelled
        return;
    }
    QDialog::reject();
}

}  // namespace Hublot::Ui
