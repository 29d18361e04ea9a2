// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RemovalConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Hublot::Ui {

namespace {

// At most this many names in the text; all of them are in the details.
constexpr int NamesInText = 12;

}  // namespace

void RemovalConfirmation::ask(QWidget *parent, const Texts &texts, const QStringList &names,
                              std::function<void()> accepted)
{
    const int n = int(names.size());
    auto *box = new QMessageBox(parent);
    box->setObjectName(texts.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(texts.title);
    box->setTextFormat(Qt::RichText);
    box->setText(u"<b>" + texts.question.toHtmlEscaped() + u"</b>");
    QString details;
    if (n > 1) {
        details += QStringLiteral("<ul style=\"margin: 0\">");
        for (const QString &name : names.mid(0, NamesInText))
            details += u"<li>" + name.toHtmlEscaped() + u"</li>";
        if (n > NamesInText)
            details += u"<li>" + tr("and %n more", nullptr, n - NamesInText).toHtmlEscaped() + u"</li>";
        details += QStringLiteral("</ul>");
    }
    details += u"<p>" + texts.consequence.toHtmlEscaped() + u"</p><p>"
        + tr("The same on the command line:").toHtmlEscaped() + u"<br><code>$ " + texts.command.toHtmlEscaped()
        + u"</code></p>";
    box->setInformativeText(details);
    if (n > NamesInText)
        box->setDetailedText(names.join(u'\n'));
    QPushButton *accept = box->addButton(texts.button, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [accept, accepted](QAbstractButton *clicked) {
        if (clicked == accept)
            accepted();
    });
    box->open();
}

}  // namespace Hublot::Ui
