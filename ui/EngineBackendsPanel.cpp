// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EngineBackendsPanel.h"

#include "ui/ManagedEnginePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hublot::Ui {

EngineBackendsPanel::EngineBackendsPanel(Engine::ManagedEngine *local, Engine::ManagedEngine *vm, const QString &name,
                                         QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name + u"BackendsPanel");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Hublot can start an engine itself, or connect to one that runs elsewhere."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new ManagedEnginePanel(vm, name + u"Vm", this));
    layout->addWidget(new ManagedEnginePanel(local, name + u"Local", this));

    auto *elsewhere = new QHBoxLayout;
    auto *label
        = new QLabel(tr("Or an engine that runs elsewhere: a Docker context, a remote host over SSH or TLS."), this);
    label->setWordWrap(true);
    auto *button = new QPushButton(tr("Connect to an &Engine…"), this);
    button->setObjectName(name + u"ConnectElsewhereButton");
    connect(button, &QPushButton::clicked, this, &EngineBackendsPanel::connectElsewhereRequested);
    elsewhere->addWidget(label, 1);
    elsewhere->addWidget(button);
    layout->addLayout(elsewhere);
}

}  // namespace Hublot::Ui
