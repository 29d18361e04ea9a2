// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionProblemPage.h"

#include "ui/ErrorMessages.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Hublot::Ui {

ConnectionProblemPage::ConnectionProblemPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("connectionProblemPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    m_title->setObjectName(QStringLiteral("problemTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_reason->setObjectName(QStringLiteral("problemReasonLabel"));
    m_hint->setObjectName(QStringLiteral("problemHintLabel"));
    m_hint->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_title, m_reason, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMaximumWidth(640);
    }
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionProblemPage::retryRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(m_reason, 0, Qt::AlignHCenter);
    layout->addWidget(m_hint, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void ConnectionProblemPage::showError(const Engine::EngineError &error)
{
    const ErrorMessages::Text text = ErrorMessages::forConnection(error);
    m_title->setText(text.title);
    m_reason->setText(text.reason);
    m_hint->setText(text.hint);
    setRetrying(false);
}

void ConnectionProblemPage::setRetrying(bool retrying)
{
    m_retry->setEnabled(!retrying);
    m_retry->setText(retrying ? tr("Connecting…") : tr("&Retry"));
}

}  // namespace Hublot::Ui
