// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionProblemPage.h"

#include "ui/ErrorMessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    }
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionProblemPage::retryRequested);

    // One centred column, at most ColumnWidth wide: its labels take its
    // whole width, so that they wrap (and grow) as it does.
    constexpr int ColumnWidth = 760;
    auto *column = new QWidget;
    column->setMaximumWidth(ColumnWidth);
    auto *layout = new QVBoxLayout(column);
    m_layout = layout;
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addSpacing(16);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);

    auto *centred = new QWidget;
    auto *row = new QHBoxLayout(centred);
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addStretch(2);
    pageLayout->addWidget(centred);
    pageLayout->addStretch(3);

    // A small window scrolls rather than squeezes the text.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ConnectionProblemPage::showError(const Engine::EngineError &error)
{
    const ErrorMessages::Text text = ErrorMessages::forConnection(error);
    m_title->setText(text.title);
    m_reason->setText(text.reason);
    m_hint->setText(text.hint);
    setRetrying(false);
}

void ConnectionProblemPage::addBelow(QWidget *widget)
{
    m_layout->addSpacing(24);
    m_layout->addWidget(widget);
}

void ConnectionProblemPage::setRetrying(bool retrying)
{
    m_retry->setEnabled(!retrying);
    m_retry->setText(retrying ? tr("Connecting…") : tr("&Retry"));
}

}  // namespace Hublot::Ui
