// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Hublot::Ui {

/// The question Hublot asks before removing images, volumes or networks:
/// it names each one, says what goes with it, and shows the docker command
/// that does the same. Window-modal and not blocking: accepted runs
/// when the user agrees, nothing happens otherwise.
class RemovalConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(Hublot::Ui::RemovalConfirmation)

public:
    struct Texts
    {
        QString objectName;  ///< of the message box ("confirmRemoveImagesDialog")
        QString title;
        QString question;  ///< "Remove the image web:1?"
        QString consequence;  ///< what goes with it
        QString command;  ///< the docker command doing the same
        QString button;  ///< the destructive button's text
    };

    static void ask(QWidget *parent, const Texts &texts, const QStringList &names, std::function<void()> accepted);
};

}  // namespace Hublot::Ui
