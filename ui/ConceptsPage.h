// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ConceptsDiagram.h"

#include <QWidget>

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// For people learning Docker: a live picture of its parts (client,
/// daemon, host, images, containers, volumes, networks, registry) and a
/// glossary of the words the notes use, each with the command it goes with.
class ConceptsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptsPage)

public:
    explicit ConceptsPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] ConceptsDiagram *diagram() const { return m_diagram; }

Q_SIGNALS:
    /// A box of the diagram that has a page was clicked.
    void partClicked(Hublot::Ui::ConceptsDiagram::Part part);

private:
    ConceptsDiagram *m_diagram;
};

}  // namespace Hublot::Ui
