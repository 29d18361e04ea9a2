// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerActions.h"

#include "engine/ContainerOperations.h"
#include "engine/EngineSession.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/PruneContainersDialog.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

#include <memory>

namespace Hublot::Ui {

using Engine::ContainerSummary;
using State = ContainerSummary::State;

namespace {

// At most this many names in a confirmation's text; all of them are in its details.
constexpr int NamesInText = 12;

QString displayName(const ContainerSummary &container)
{
    return container.name.isEmpty() ? Format::shortId(container.id) : container.name;
}

QStringList displayNames(const QList<ContainerSummary> &containers)
{
    QStringList names;
    for (const ContainerSummary &container : containers)
        names.append(displayName(container));
    return names;
}

}  // namespace

ContainerActions::ContainerActions(Engine::EngineSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_prune(new QAction(tr("P&rune Stopped Containers…"), this))
{
    struct Spec
    {
        Kind kind;
        QString text;
        QString name;
        QKeySequence shortcut;
        QIcon icon;
        QString toolTip;
    };
    const QList<Spec> specs {
        {Kind::Start, tr("&Start"), QStringLiteral("startContainersAction"), QKeySequence(tr("Ctrl+Shift+S")),
         Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay),
         tr("Start the chosen containers")},
        {Kind::Stop, tr("S&top"), QStringLiteral("stopContainersAction"), QKeySequence(tr("Ctrl+Shift+X")),
         Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStop, QStyle::SP_MediaStop),
         tr("Stop the chosen containers: SIGTERM, then SIGKILL after 10 seconds")},
        {Kind::Restart, tr("&Restart"), QStringLiteral("restartContainersAction"), QKeySequence(tr("Ctrl+Shift+R")),
         Theme::actionIcon(QIcon::ThemeIcon::ViewRefresh, QStyle::SP_BrowserReload),
         tr("Stop, then start the chosen containers")},
        {Kind::Pause, tr("&Pause"), QStringLiteral("pauseContainersAction"), QKeySequence(tr("Ctrl+Shift+P")),
         Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackPause, QStyle::SP_MediaPause),
         tr("Freeze every process of the chosen containers")},
        {Kind::Unpause, tr("&Unpause"), QStringLiteral("unpauseContainersAction"), QKeySequence(tr("Ctrl+Shift+U")),
         Theme::actionIcon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay),
         tr("Let the processes of the paused containers run again")},
        {Kind::Kill, tr("&Kill…"), QStringLiteral("killContainersAction"), QKeySequence(tr("Ctrl+Shift+K")),
         Theme::actionIcon(QIcon::ThemeIcon::ProcessStop, QStyle::SP_DialogCancelButton),
         tr("Stop the chosen containers at once with SIGKILL")},
        {Kind::Remove, tr("Re&move…"), QStringLiteral("removeContainersAction"), QKeySequence(QKeySequence::Delete),
         Theme::actionIcon(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon), tr("Remove the chosen containers")},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.icon, spec.text, this);
        action->setObjectName(spec.name);
        action->setShortcut(spec.shortcut);
        action->setStatusTip(spec.toolTip);
        const Kind kind = spec.kind;
        connect(action, &QAction::triggered, this, [this, kind] { trigger(kind); });
        m_actions.insert(kind, action);
    }
    m_prune->setObjectName(QStringLiteral("pruneContainersAction"));
    m_prune->setIcon(Theme::actionIcon(QIcon::ThemeIcon::EditClear, QStyle::SP_DialogResetButton));
    m_prune->setIconText(tr("Prune…"));
    m_prune->setStatusTip(tr("Remove every stopped container, after showing which"));
    m_prune->setToolTip(m_prune->statusTip() + u'\n' + pruneCommand());
    connect(m_prune, &QAction::triggered, this, [this] { openPruneDialog(); });
    updateActions();
}

QList<ContainerActions::Kind> ContainerActions::kinds()
{
    return {Kind::Start, Kind::Stop, Kind::Restart, Kind::Pause, Kind::Unpause, Kind::Kill, Kind::Remove};
}

void ContainerActions::addTo(QMenu *menu, bool withPrune) const
{
    for (Kind kind : kinds()) {
        if (kind == Kind::Kill)
            menu->addSeparator();
        menu->addAction(action(kind));
    }
    if (withPrune) {
        menu->addSeparator();
        menu->addAction(m_prune);
    }
}

void ContainerActions::setTargets(const QList<ContainerSummary> &targets)
{
    m_targets = targets;
    updateActions();
}

void ContainerActions::setActive(bool active)
{
    m_active = active;
    updateActions();
}

void ContainerActions::updateActions()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString line = command(it.key(), m_targets);
        QAction *action = it.value();
        action->setEnabled(m_active && !line.isEmpty());
        // The tooltip teaches the command for what is chosen now.
        action->setToolTip(line.isEmpty() ? action->statusTip() : QString(action->statusTip() + u"\n$ " + line));
    }
    m_prune->setEnabled(m_active);
}

bool ContainerActions::appliesTo(Kind kind, State state)
{
    const bool running = state == State::Running || state == State::Restarting;
    switch (kind) {
    case Kind::Start: return state == State::Created || state == State::Exited;
    case Kind::Stop: return running || state == State::Paused;
    case Kind::Restart: return running || state == State::Created || state == State::Exited;
    case Kind::Pause: return state == State::Running;
    case Kind::Unpause: return state == State::Paused;
    case Kind::Kill: return running || state == State::Paused;
    case Kind::Remove: return state != State::Removing;
    }
    return false;
}

QList<ContainerSummary> ContainerActions::applicable(Kind kind, const QList<ContainerSummary> &targets)
{
    QList<ContainerSummary> list;
    for (const ContainerSummary &container : targets) {
        if (appliesTo(kind, container.state))
            list.append(container);
    }
    return list;
}

bool ContainerActions::needsForce(const QList<ContainerSummary> &targets)
{
    return std::any_of(targets.cbegin(), targets.cend(), [](const ContainerSummary &container) {
        return container.state == State::Running || container.state == State::Paused
            || container.state == State::Restarting;
    });
}

QString ContainerActions::command(Kind kind, const QList<ContainerSummary> &targets)
{
    const QList<ContainerSummary> chosen = applicable(kind, targets);
    if (chosen.isEmpty())
        return {};
    QString verb;
    switch (kind) {
    case Kind::Start: verb = QStringLiteral("start"); break;
    case Kind::Stop: verb = QStringLiteral("stop"); break;
    case Kind::Restart: verb = QStringLiteral("restart"); break;
    case Kind::Pause: verb = QStringLiteral("pause"); break;
    case Kind::Unpause: verb = QStringLiteral("unpause"); break;
    case Kind::Kill: verb = QStringLiteral("kill"); break;
    case Kind::Remove: verb = needsForce(chosen) ? QStringLiteral("rm -f") : QStringLiteral("rm"); break;
    }
    return u"docker " + verb + u' ' + displayNames(chosen).join(u' ');
}

QString ContainerActions::pruneCommand(const QStringList &labelFilters)
{
    QString line = QStringLiteral("docker container prune");
    for (const QString &filter : labelFilters)
        line += u" --filter " + Format::shellWord(u"label=" + filter);
    return line;
}

void ContainerActions::trigger(Kind kind)
{
    if (!m_active)
        return;
    const QList<ContainerSummary> chosen = applicable(kind, m_targets);
    if (chosen.isEmpty())
        return;
    if (kind == Kind::Remove || kind == Kind::Kill)
        confirm(kind, chosen);
    else
        run(kind, chosen);
}

void ContainerActions::confirm(Kind kind, const QList<ContainerSummary> &targets)
{
    const QStringList names = displayNames(targets);
    const int n = int(names.size());
    const bool force = kind == Kind::Remove && needsForce(targets);
    QString question;
    QString consequence;
    QString button;
    if (kind == Kind::Remove) {
        question = n == 1 ? tr("Remove the container %1?").arg(names.first())
                          : tr("Remove these %n containers?", nullptr, n);
        consequence = force ? tr("Running ones are stopped at once (force). Each container's writable layer, "
                                 "with every file written in it, is deleted; volumes stay.")
                            : tr("Each container's writable layer, with every file written in it, is deleted; "
                                 "volumes stay.");
        button = tr("Remove");
    } else {
        question
            = n == 1 ? tr("Kill the container %1?").arg(names.first()) : tr("Kill these %n containers?", nullptr, n);
        consequence = tr("Their processes get SIGKILL and stop at once, without a chance to save their work.");
        button = tr("Kill");
    }
    QStringList shown = names.mid(0, NamesInText);
    if (n > NamesInText)
        shown.append(tr("and %n more", nullptr, n - NamesInText));

    auto *box = new QMessageBox(m_window);
    box->setObjectName(kind == Kind::Remove ? QStringLiteral("confirmRemoveContainersDialog")
                                            : QStringLiteral("confirmKillContainersDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(kind == Kind::Remove ? tr("Remove Containers") : tr("Kill Containers"));
    box->setTextFormat(Qt::RichText);
    box->setText(u"<b>" + question.toHtmlEscaped() + u"</b>");
    QString details;
    if (n > 1) {
        details += QStringLiteral("<ul style=\"margin: 0\">");
        for (const QString &name : std::as_const(shown))
            details += u"<li>" + name.toHtmlEscaped() + u"</li>";
        details += QStringLiteral("</ul>");
    }
    details += u"<p>" + consequence.toHtmlEscaped() + u"</p><p>" + tr("The same on the command line:").toHtmlEscaped()
        + u"<br><code>$ " + command(kind, targets).toHtmlEscaped() + u"</code></p>";
    box->setInformativeText(details);
    if (n > NamesInText)
        box->setDetailedText(names.join(u'\n'));
    QPushButton *accept = box->addButton(button, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, kind, targets, accept](QAbstractButton *clicked) {
        if (clicked == accept)
            run(kind, targets);
    });
    box->open();
}

void ContainerActions::run(Kind kind, const QList<ContainerSummary> &targets)
{
    const QString line = command(kind, targets);
    Q_EMIT commandStarted(line);
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        Q_EMIT finished(tr("Hublot is not connected to the engine; nothing was done."), true);
        return;
    }
    const QStringList names = displayNames(targets);
    const QString list = QLocale().createSeparatedList(names);
    const int n = int(names.size());
    switch (kind) {
    case Kind::Start: Q_EMIT progress(tr("Starting %1…").arg(list)); break;
    case Kind::Stop: Q_EMIT progress(tr("Stopping %1…").arg(list)); break;
    case Kind::Restart: Q_EMIT progress(tr("Restarting %1…").arg(list)); break;
    case Kind::Pause: Q_EMIT progress(tr("Pausing %1…").arg(list)); break;
    case Kind::Unpause: Q_EMIT progress(tr("Unpausing %1…").arg(list)); break;
    case Kind::Kill: Q_EMIT progress(tr("Killing %1…").arg(list)); break;
    case Kind::Remove: Q_EMIT progress(tr("Removing %1…").arg(list)); break;
    }

    struct Batch
    {
        int pending = 0;
        QStringList done;
        QStringList failures;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = n;
    auto report = [this, kind, batch] {
        if (--batch->pending > 0)
            return;
        if (!batch->failures.isEmpty()) {
            Q_EMIT finished(batch->failures.join(u' '), true);
            return;
        }
        const QString doneList = QLocale().createSeparatedList(batch->done);
        const int count = int(batch->done.size());
        QString message;
        switch (kind) {
        case Kind::Start: message = tr("Started %1.", nullptr, count); break;
        case Kind::Stop: message = tr("Stopped %1.", nullptr, count); break;
        case Kind::Restart: message = tr("Restarted %1.", nullptr, count); break;
        case Kind::Pause: message = tr("Paused %1.", nullptr, count); break;
        case Kind::Unpause: message = tr("Unpaused %1.", nullptr, count); break;
        case Kind::Kill: message = tr("Killed %1.", nullptr, count); break;
        case Kind::Remove: message = tr("Removed %1.", nullptr, count); break;
        }
        Q_EMIT finished(message.arg(doneList), false);
    };

    Engine::ContainerOperations operations(client);
    const bool force = kind == Kind::Remove && needsForce(targets);
    for (const ContainerSummary &container : targets) {
        QFuture<Engine::Result<Engine::Done>> future;
        switch (kind) {
        case Kind::Start: future = operations.start(container.id); break;
        case Kind::Stop: future = operations.stop(container.id); break;
        case Kind::Restart: future = operations.restart(container.id); break;
        case Kind::Pause: future = operations.pause(container.id); break;
        case Kind::Unpause: future = operations.unpause(container.id); break;
        case Kind::Kill: future = operations.kill(container.id); break;
        case Kind::Remove: future = operations.remove(container.id, force); break;
        }
        const QString name = displayName(container);
        future
            .then(this,
                  [batch, name, report](const Engine::Result<Engine::Done> &result) {
                      if (result.ok())
                          batch->done.append(name);
                      else
                          batch->failures.append(ErrorMessages::forContainerOperation(result.error(), name));
                      report();
                  })
            .onCanceled(this, [batch, name, report] {
                batch->failures.append(ErrorMessages::forContainerOperation(
                    Engine::EngineError::make(Engine::EngineError::Kind::ConnectionLost), name));
                report();
            });
    }
}

void ContainerActions::openPruneDialog(const QStringList &labelFilters)
{
    if (!m_active)
        return;
    auto *dialog = new PruneContainersDialog(m_session, labelFilters, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneContainersDialog::started, this, &ContainerActions::commandStarted);
    connect(dialog, &PruneContainersDialog::pruned, this,
            [this](const QString &message) { Q_EMIT finished(message, false); });
    connect(dialog, &PruneContainersDialog::failed, this,
            [this](const QString &message) { Q_EMIT finished(message, true); });
    dialog->open();
}

}  // namespace Hublot::Ui
