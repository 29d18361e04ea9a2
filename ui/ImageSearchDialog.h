// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// `docker search TERM`: Docker Hub searched through the engine. When the
/// engine cannot reach Docker Hub it says so in a sentence.
class ImageSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSearchDialog)

public:
    explicit ImageSearchDialog(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QString command() const;
    /// Searches for the term typed (what the Search button does).
    void search();

Q_SIGNALS:
    void started(const QString &command);
    /// The user wants to pull the chosen result.
    void pullRequested(const QString &name);

private:
    Engine::EngineSession *m_session;
    QLineEdit *m_term;
    QPushButton *m_searchButton;
    QTreeWidget *m_results;
    QLabel *m_status;
    QPushButton *m_pullButton;
};

}  // namespace Hublot::Ui
