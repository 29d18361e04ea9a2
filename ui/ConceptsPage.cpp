// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConceptsPage.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Hublot::Ui {

ConceptsPage::ConceptsPage(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_diagram(new ConceptsDiagram(session, this))
{
    setObjectName(QStringLiteral("conceptsPage"));
    connect(m_diagram, &ConceptsDiagram::partClicked, this, &ConceptsPage::partClicked);

    auto *heading = new QLabel(tr("How Docker fits together"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("The parts below are live: the numbers are what your engine holds now. "
                                "Click a box to open its page."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    struct Term
    {
        QString name;
        QString definition;
        QString command;
    };
    const QList<Term> terms {
        {tr("Client"), tr("The program you give orders with: the docker command, or Hublot. It talks to the daemon."),
         QStringLiteral("docker version")},
        {tr("Daemon (engine)"),
         tr("The background service that does the work: it pulls images, runs containers, keeps volumes."),
         QStringLiteral("dockerd")},
        {tr("Host"), tr("The machine the daemon runs on. It can be this computer, a virtual machine or a server."),
         QStringLiteral("docker info")},
        {tr("Image"),
         tr("A read-only template: a set of files in layers, plus the command to start. An image is static."),
         QStringLiteral("docker images")},
        {tr("Layer"),
         tr("One read-only slice of an image. Images and containers made from the same image share their layers "
            "on disk instead of copying them."),
         QStringLiteral("docker history IMAGE")},
        {tr("Container"),
         tr("A running (or stopped) instance of an image, isolated from the others, with its own writable layer on "
            "top of the image's layers. A container is dynamic. One image can start many containers."),
         QStringLiteral("docker run IMAGE")},
        {tr("Repository"),
         tr("The versions (tags) of one image under one name, like a repository on GitHub: nginx, python…"),
         QStringLiteral("docker pull nginx:latest")},
        {tr("Registry"),
         tr("A server that stores repositories. Docker Hub is the default one; it has official and community images."),
         QStringLiteral("docker search nginx")},
        {tr("Volume"), tr("Storage managed by Docker that outlives containers: the place for a database's data."),
         QStringLiteral("docker volume ls")},
        {tr("Bind mount"), tr("A folder of the host shown inside a container, such as the current folder with ${PWD}."),
         QStringLiteral("docker run -v ${PWD}:/usr/share/nginx/html nginx")},
        {tr("Port mapping"), tr("A port of the host that leads to a port of a container, so a browser can reach it."),
         QStringLiteral("docker run -p 8080:80 nginx")},
        {tr("Network"), tr("How containers reach each other by name, and the outside world."),
         QStringLiteral("docker network ls")},
        {tr("Detached"), tr("A container started in the background: the command gives your terminal back at once."),
         QStringLiteral("docker run -d nginx")},
        {tr("Interactive"),
         tr("A container started with a terminal you can type into; with --rm it is removed when it stops."),
         QStringLiteral("docker run -it --rm busybox sh")},
        {tr("Docker Desktop"),
         tr("On macOS and Windows the daemon needs Linux, so Docker Desktop runs it inside a small virtual machine."),
         QString()},
    };

    auto *glossary = new QWidget(this);
    glossary->setObjectName(QStringLiteral("glossary"));
    auto *grid = new QGridLayout(glossary);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(10);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const Term &term : terms) {
        auto *name = new QLabel(term.name, glossary);
        QFont bold = name->font();
        bold.setWeight(QFont::DemiBold);
        name->setFont(bold);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *definition = new QLabel(term.definition, glossary);
        definition->setWordWrap(true);
        definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *command = new QLabel(term.command.isEmpty() ? QString() : u"$ " + term.command, glossary);
        command->setFont(mono);
        command->setForegroundRole(QPalette::PlaceholderText);
        command->setTextInteractionFlags(Qt::TextSelectableByMouse);
        command->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 0);
        grid->addWidget(definition, row, 1);
        grid->addWidget(command, row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    auto *glossaryTitle = new QLabel(tr("Glossary"), this);
    QFont titleFont = glossaryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    glossaryTitle->setFont(titleFont);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_diagram);
    layout->addSpacing(8);
    layout->addWidget(glossaryTitle);
    layout->addWidget(glossary);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

}  // namespace Hublot::Ui
