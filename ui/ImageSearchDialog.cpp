// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImageSearchDialog.h"

#include "engine/EngineSession.h"
#include "engine/ImageOperations.h"
#include "engine/ImageSearchResult.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hublot::Ui {

ImageSearchDialog::ImageSearchDialog(Engine::EngineSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_term(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_pullButton(new QPushButton(tr("&Pull…"), this))
{
    setObjectName(QStringLiteral("imageSearchDialog"));
    setWindowTitle(tr("Search Docker Hub"));
    resize(680, 460);

    m_term->setObjectName(QStringLiteral("hubSearchField"));
    m_term->setAccessibleName(tr("Search term"));
    m_term->setPlaceholderText(tr("Search Docker Hub, e.g. nginx"));
    m_searchButton->setObjectName(QStringLiteral("hubSearchButton"));
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &ImageSearchDialog::search);
    connect(m_term, &QLineEdit::returnPressed, this, &ImageSearchDialog::search);

    m_results->setObjectName(QStringLiteral("hubResultsView"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({tr("Name"), tr("Stars"), tr("Official"), tr("Description")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->header()->resizeSection(0, 200);
    m_results->header()->resizeSection(1, 60);
    m_results->header()->resizeSection(2, 70);

    m_status->setObjectName(QStringLiteral("hubSearchStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The engine searches Docker Hub for you: $ docker search TERM"));

    m_pullButton->setObjectName(QStringLiteral("hubPullButton"));
    m_pullButton->setEnabled(false);
    connect(m_results, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_pullButton->setEnabled(item != nullptr); });
    connect(m_pullButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_results->currentItem())
            Q_EMIT pullRequested(item->text(0));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pullButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_term, 1);
    row->addWidget(m_searchButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QString ImageSearchDialog::command() const
{
    return u"docker search " + Format::shellWord(m_term->text().trimmed());
}

void ImageSearchDialog::search()
{
    const QString term = m_term->text().trimmed();
    if (term.isEmpty()) {
        m_status->setText(tr("Type what to look for first, for example nginx."));
        return;
    }
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        m_status->setText(tr("Hublot is not connected to the engine; nothing was searched."));
        return;
    }
    Q_EMIT started(command());
    m_searchButton->setEnabled(false);
    m_status->setText(tr("Searching Docker Hub for %1…").arg(term));
    Engine::ImageOperations(client)
        .search(term)
        .then(this,
              [this, term](const Engine::Result<QList<Engine::ImageSearchResult>> &result) {
                  m_searchButton->setEnabled(true);
                  m_results->clear();
                  if (!result.ok()) {
                      m_status->setText(result.error().kind == Engine::EngineError::Kind::RegistryUnreachable
                                            ? tr("The engine cannot reach Docker Hub (no internet connection, or "
                                                 "a proxy it does not know). Local images and registries it can "
                                                 "reach still work.")
                                            : ErrorMessages::forResourceOperation(result.error(), tr("the search")));
                      return;
                  }
                  for (const Engine::ImageSearchResult &found : result.value()) {
                      auto *item = new QTreeWidgetItem(m_results,
                                                       {found.name, QLocale().toString(found.stars),
                                                        found.official ? tr("Yes") : QString(), found.description});
                      item->setToolTip(3, found.description);
                  }
                  m_status->setText(tr("%n image(s) found for %1.", nullptr, int(result.value().size())).arg(term));
              })
        .onCanceled(this, [this] {
            m_searchButton->setEnabled(true);
            m_status->setText(tr("The search was cancelled: the engine connection closed."));
        });
}

}  // namespace Hublot::Ui
