// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/ContainerLogsView.h"

#include "engine/ContainerOperations.h"
#include "ui/Format.h"
#include "ui/logs/LogLoader.h"
#include "ui/logs/LogTimestamp.h"
#include "ui/logs/LogViewport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <algorithm>

namespace Hublot::Ui {

using Engine::EngineError;
using Engine::Result;

namespace {

constexpr int FrameMs = 16;

QAction *addToggle(QToolBar *bar, const QString &name, const QString &text, const QString &tip, bool checked)
{
    QAction *action = bar->addAction(text);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setChecked(checked);
    action->setToolTip(tip);
    return action;
}

}  // namespace

ContainerLogsView::ContainerLogsView(Engine::EngineSession *session, const QString &containerId, QWidget *parent)
    : ContainerLogsView(session, QStringList {containerId}, parent)
{ }

ContainerLogsView::ContainerLogsView(Engine::EngineSession *session, const QStringList &containerIds, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ids(containerIds)
{
    setObjectName(QStringLiteral("containerLogsView"));
    m_store.setByteLimit(DefaultByteLimit);
    buildUi();
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(FrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &ContainerLogsView::onTick);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ContainerLogsView::reload);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_searchIsNew = true;
        startSearch();
    });
    connect(session, &Engine::EngineSession::stateChanged, this, [this](Engine::EngineSession::State state) {
        if (state == Engine::EngineSession::State::Connected && !m_started)
            start();
    });
    if (session->state() == Engine::EngineSession::State::Connected)
        start();
    updateStatus();
}

ContainerLogsView::~ContainerLogsView() = default;

QStringList ContainerLogsView::projectContainers(const Engine::ContainerStore &store, const QString &project)
{
    QList<std::pair<QString, QString>> named;
    for (const QString &key : store.keys()) {
        const Engine::ContainerSummary *container = store.find(key);
        if (container && container->labels.value(QStringLiteral("com.docker.compose.project")) == project)
            named.append({container->name, container->id});
    }
    std::sort(named.begin(), named.end());
    QStringList ids;
    for (const auto &[name, id] : named)
        ids.append(id);
    return ids;
}

void ContainerLogsView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *options = new QToolBar(this);
    options->setObjectName(QStringLiteral("logOptionsBar"));
    options->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow = addToggle(options, QStringLiteral("followAction"), tr("Follow"),
                         tr("Show new lines as the container writes them (docker logs --follow)"), true);
    connect(m_follow, &QAction::toggled, this, [this](bool follow) {
        if (m_loader)
            m_loader->setFollowing(follow);
        if (follow)
            m_viewport->scrollToBottom();
        m_notice.clear();
        updateStatus();
    });
    options->addSeparator();
    auto *tailLabel = new QLabel(tr("Last"), options);
    options->addWidget(tailLabel);
    m_tail = new QSpinBox(options);
    m_tail->setObjectName(QStringLiteral("tailSpinBox"));
    m_tail->setRange(0, 100'000'000);
    m_tail->setSingleStep(100);
    m_tail->setSpecialValueText(tr("all lines"));
    m_tail->setSuffix(tr(" lines"));
    m_tail->setValue(0);
    m_tail->setToolTip(tr("Only the last lines of the log (docker logs --tail)"));
    m_tail->setAccelerated(true);
    tailLabel->setBuddy(m_tail);
    options->addWidget(m_tail);
    connect(m_tail, &QSpinBox::valueChanged, this, &ContainerLogsView::scheduleReload);
    m_since = new QComboBox(options);
    m_since->setObjectName(QStringLiteral("sinceComboBox"));
    m_since->setToolTip(tr("Only the lines written since then (docker logs --since)"));
    m_since->addItem(tr("From the start"), 0);
    m_since->addItem(tr("Last 5 minutes"), 5 * 60);
    m_since->addItem(tr("Last 15 minutes"), 15 * 60);
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last 6 hours"), 6 * 3600);
    m_since->addItem(tr("Last 24 hours"), 24 * 3600);
    m_since->addItem(tr("Since a time…"), -1);
    options->addWidget(m_since);
    m_sinceTime = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), options);
    m_sinceTime->setObjectName(QStringLiteral("sinceTimeEdit"));
    m_sinceTime->setCalendarPopup(true);
    m_sinceTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QAction *sinceTimeAction = options->addWidget(m_sinceTime);
    sinceTimeAction->setVisible(false);
    connect(m_since, &QComboBox::currentIndexChanged, this, [this, sinceTimeAction] {
        sinceTimeAction->setVisible(m_since->currentData().toInt() < 0);
        scheduleReload();
    });
    connect(m_sinceTime, &QDateTimeEdit::dateTimeChanged, this, &ContainerLogsView::scheduleReload);
    options->addSeparator();
    m_timestamps = addToggle(options, QStringLiteral("timestampsAction"), tr("Timestamps"),
                             tr("Show when each line was written (docker logs --timestamps)"), false);
    m_colors = addToggle(options, QStringLiteral("colorsAction"), tr("Colours"),
                         tr("Show the colours programs write with ANSI escape sequences, or plain text"), true);
    m_wrap = addToggle(options, QStringLiteral("wrapAction"), tr("Wrap"), tr("Wrap long lines"), false);
    auto *spacer = new QWidget(options);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    options->addWidget(spacer);
    QAction *save = options->addAction(tr("Save…"), this, &ContainerLogsView::askWhereToSave);
    save->setObjectName(QStringLiteral("saveLogAction"));
    save->setToolTip(tr("Save the lines shown to a file"));
    QAction *clearAction = options->addAction(tr("Clear"), this, &ContainerLogsView::clear);
    clearAction->setObjectName(QStringLiteral("clearLogAction"));
    clearAction->setToolTip(tr("Empty the view; new lines still show (the container's log is not changed)"));
    layout->addWidget(options);

    auto *searchBar = new QToolBar(this);
    searchBar->setObjectName(QStringLiteral("logSearchBar"));
    searchBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_searchEdit = new QLineEdit(searchBar);
    m_searchEdit->setObjectName(QStringLiteral("logSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the log"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(420);
    searchBar->addWidget(m_searchEdit);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ContainerLogsView::scheduleSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ContainerLogsView::findNext);
    QAction *previous = searchBar->addAction(tr("Previous"), this, &ContainerLogsView::findPrevious);
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    previous->setShortcuts(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *next = searchBar->addAction(tr("Next"), this, &ContainerLogsView::findNext);
    next->setObjectName(QStringLiteral("findNextAction"));
    next->setShortcuts(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_matchCase = addToggle(searchBar, QStringLiteral("matchCaseAction"), tr("Match case"),
                            tr("Tell capitals from small letters"), false);
    connect(m_matchCase, &QAction::toggled, this, &ContainerLogsView::scheduleSearch);
    m_onlyMatching = addToggle(searchBar, QStringLiteral("onlyMatchingAction"), tr("Only matching lines"),
                               tr("Hide the lines that do not hold the searched text"), false);
    connect(m_onlyMatching, &QAction::toggled, this, &ContainerLogsView::updateFilter);
    m_matchLabel = new QLabel(searchBar);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setContentsMargins(8, 0, 8, 0);
    searchBar->addWidget(m_matchLabel);
    layout->addWidget(searchBar);

    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(find);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("logErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setContentsMargins(6, 2, 6, 2);
    m_errorLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_viewport = new LogViewport(&m_store, this);
    m_viewport->setObjectName(QStringLiteral("logViewport"));
    layout->addWidget(m_viewport, 1);
    connect(m_timestamps, &QAction::toggled, m_viewport, &LogViewport::setShowTimestamps);
    connect(m_colors, &QAction::toggled, m_viewport, &LogViewport::setColorsEnabled);
    connect(m_wrap, &QAction::toggled, m_viewport, &LogViewport::setWrap);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatusLabel"));
    m_status->setContentsMargins(6, 0, 6, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

void ContainerLogsView::start()
{
    Engine::EngineClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    m_started = true;
    m_sources.clear();
    m_sources.resize(m_ids.size());
    auto pending = std::make_shared<int>(int(m_ids.size()));
    auto failed = std::make_shared<QStringList>();
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        m_sources[i].id = m_ids.at(i);
        m_sources[i].name = m_ids.at(i);
        Engine::ContainerOperations(client)
            .inspect(m_ids.at(i))
            .then(this, [this, i, pending, failed](const Result<Engine::ContainerDetails> &details) {
                if (details.ok()) {
                    m_sources[i].name = details->name;
                    m_sources[i].tty = details->tty;
                } else {
                    failed->append(m_sources[i].id);
                }
                if (--*pending > 0)
                    return;
                if (!failed->isEmpty()) {
                    m_sources.removeIf([&failed](const LogSource &source) { return failed->contains(source.id); });
                    showError(tr("No container %1 on this engine: it was removed, or the id is wrong.")
                                  .arg(failed->join(QStringLiteral(", "))));
                }
                reload();
            });
    }
}

void ContainerLogsView::reload()
{
    m_reloadTimer.stop();
    delete m_loader;
    m_loader = nullptr;
    m_store.clear();
    m_shownLines = 0;
    m_seenDropped = 0;
    m_notice.clear();
    QStringList names;
    for (const LogSource &source : std::as_const(m_sources))
        names.append(source.name);
    m_viewport->setSourceNames(names);
    m_viewport->scrollToBottom();
    startSearch();
    Engine::EngineClient *client = m_session ? m_session->client() : nullptr;
    if (!client || m_sources.isEmpty()) {
        updateStatus();
        return;
    }
    LogLoader::Options options;
    options.follow = m_follow->isChecked();
    options.tail = m_tail->value() == 0 ? -1 : m_tail->value();
    options.sinceSeconds = sinceSeconds();
    m_loader = new LogLoader(client, m_sources, options, &m_store, this);
    connect(m_loader, &LogLoader::linesAppended, this, [this] {
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
    });
    connect(m_loader, &LogLoader::tailLoaded, this, [this] {
        onTick();
        Q_EMIT tailShown();
    });
    connect(m_loader, &LogLoader::prepended, this, &ContainerLogsView::onPrepended);
    connect(m_loader, &LogLoader::historyLoaded, this, [this] {
        updateStatus();
        Q_EMIT historyLoaded();
    });
    connect(m_loader, &LogLoader::followEnded, this, [this] {
        m_notice = m_sources.size() > 1 ? tr("The containers stopped: their logs end here.")
                                        : tr("The container stopped: its log ends here.");
        updateStatus();
    });
    connect(m_loader, &LogLoader::sourceFailed, this, [this](int source, const EngineError &error) {
        const QString name = m_sources.value(source).name;
        if (error.kind == EngineError::Kind::NoSuchContainer || error.kind == EngineError::Kind::NotFound)
            showError(tr("No container %1 on this engine: it was removed, or the id is wrong.").arg(name));
        else
            showError(tr("Could not read the log of %1: %2").arg(name, error.technicalSummary()));
    });
    connect(m_loader, &LogLoader::activityChanged, this, &ContainerLogsView::updateStatus);
    updateStatus();
}

void ContainerLogsView::scheduleReload()
{
    if (m_started)
        m_reloadTimer.start();
}

qint64 ContainerLogsView::sinceSeconds() const
{
    const int ago = m_since->currentData().toInt();
    if (ago < 0)
        return m_sinceTime->dateTime().toSecsSinceEpoch();
    if (ago == 0)
        return 0;
    return QDateTime::currentSecsSinceEpoch() - ago;
}

void ContainerLogsView::onTick()
{
    const qsizetype dropped = m_store.droppedLines() - m_seenDropped;
    if (dropped > 0) {
        m_seenDropped = m_store.droppedLines();
        shiftMatches(-dropped);
        if (m_searchRunning)
            startSearch();
    }
    if (m_store.lineCount() != m_shownLines || dropped > 0) {
        searchNewLines();
        m_shownLines = m_store.lineCount();
        m_viewport->rowsChanged(-dropped);
        updateStatus();
    }
}

void ContainerLogsView::shiftMatches(qsizetype shift)
{
    if (shift < 0) {
        const auto kept = std::lower_bound(m_matches.begin(), m_matches.end(), -shift);
        const qsizetype removed = kept - m_matches.begin();
        m_matches.erase(m_matches.begin(), kept);
        if (m_currentMatch >= 0)
            m_currentMatch = m_currentMatch >= removed ? m_currentMatch - removed : -1;
    }
    for (qsizetype &line : m_matches)
        line += shift;
    m_searchedLines = std::max<qsizetype>(0, m_searchedLines + shift);
    if (m_currentMatchLine >= 0)
        m_currentMatchLine = m_currentMatchLine + shift >= 0 ? m_currentMatchLine + shift : -1;
}

void ContainerLogsView::onPrepended(qsizetype count)
{
    shiftMatches(count);
    m_shownLines = m_store.lineCount();
    m_viewport->rowsChanged(count);
    if (!m_search.isEmpty())
        startSearch();
    updateStatus();
}

void ContainerLogsView::scheduleSearch()
{
    m_searchTimer.start();
}

void ContainerLogsView::startSearch()
{
    m_searchTimer.stop();
    m_search = LogSearch(m_searchEdit->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    m_viewport->setSearch(m_search);
    const quint64 generation = ++m_searchGeneration;
    if (m_search.isEmpty()) {
        m_searchRunning = false;
        m_matches.clear();
        m_currentMatch = m_currentMatchLine = -1;
        m_viewport->setCurrentLine(-1);
        updateFilter();
        updateMatchLabel();
        Q_EMIT searchFinished();
        return;
    }
    m_searchRunning = true;
    updateMatchLabel();
    const qsizetype lines = m_store.lineCount();
    const qsizetype dropped = m_store.droppedLines();
    LogSearch::run(m_store.snapshot(), m_search).then(this, [this, generation, lines, dropped](QList<qsizetype> found) {
        if (generation != m_searchGeneration)
            return;  // a newer search runs
        m_searchRunning = false;
        m_matches = std::move(found);
        m_searchedLines = lines;
        m_currentMatch = -1;
        if (const qsizetype since = m_store.droppedLines() - dropped; since > 0)
            shiftMatches(-since);
        searchNewLines();
        if (m_currentMatchLine >= 0 && !m_searchIsNew) {
            const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_currentMatchLine);
            m_currentMatch = it != m_matches.cend() && *it == m_currentMatchLine ? it - m_matches.cbegin() : -1;
        }
        updateFilter();
        if (m_searchIsNew && !m_matches.isEmpty()) {
            m_searchIsNew = false;
            // The match nearest the lines in sight: the first below the top,
            // or the last one.
            const QList<qsizetype> visible = m_viewport->visibleLines();
            const qsizetype top = visible.isEmpty() ? 0 : visible.first();
            const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), top);
            goToMatch(it == m_matches.cend() ? m_matches.size() - 1 : it - m_matches.cbegin());
        }
        m_viewport->setCurrentLine(m_currentMatch >= 0 ? m_matches.at(m_currentMatch) : -1);
        updateMatchLabel();
        Q_EMIT searchFinished();
    });
}

void ContainerLogsView::searchNewLines()
{
    if (m_search.isEmpty() || m_searchRunning)
        return;
    const qsizetype count = m_store.lineCount();
    for (qsizetype i = m_searchedLines; i < count; ++i) {
        if (m_search.matches(m_store.line(i).text))
            m_matches.append(i);
    }
    m_searchedLines = count;
    updateMatchLabel();
}

void ContainerLogsView::updateFilter()
{
    const bool only = m_onlyMatching->isChecked() && !m_search.isEmpty();
    m_viewport->setFilter(only ? &m_matches : nullptr);
    m_viewport->rowsChanged();
}

void ContainerLogsView::goToMatch(qsizetype index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_currentMatch = index;
    m_currentMatchLine = m_matches.at(index);
    m_viewport->setCurrentLine(m_currentMatchLine);
    m_viewport->scrollToLine(m_currentMatchLine);
    updateMatchLabel();
}

void ContainerLogsView::findNext()
{
    if (m_searchTimer.isActive()) {
        m_searchIsNew = true;
        startSearch();
        return;
    }
    if (m_matches.isEmpty())
        return;
    goToMatch(m_currentMatch < 0 ? 0 : (m_currentMatch + 1) % m_matches.size());
}

void ContainerLogsView::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    goToMatch(m_currentMatch <= 0 ? m_matches.size() - 1 : m_currentMatch - 1);
}

void ContainerLogsView::updateMatchLabel()
{
    if (m_search.isEmpty())
        m_matchLabel->clear();
    else if (m_searchRunning)
        m_matchLabel->setText(tr("Searching…"));
    else if (m_matches.isEmpty())
        m_matchLabel->setText(tr("No line holds it"));
    else if (m_currentMatch >= 0)
        m_matchLabel->setText(tr("%1 of %Ln matching line(s)", nullptr, int(m_matches.size()))
                                  .arg(QLocale().toString(m_currentMatch + 1)));
    else
        m_matchLabel->setText(tr("%Ln matching line(s)", nullptr, int(m_matches.size())));
}

QString ContainerLogsView::statusText() const
{
    return m_status->text();
}

void ContainerLogsView::updateStatus()
{
    QStringList parts;
    if (!m_started)
        parts.append(tr("Waiting for the engine…"));
    else if (m_loader && m_loader->isLoadingTail())
        parts.append(tr("Reading the log…"));
    else
        parts.append(tr("%Ln line(s)", nullptr, int(std::min<qsizetype>(m_store.lineCount(), INT_MAX))) + u" · "
                     + Format::size(m_store.textBytes()));
    if (m_loader && m_loader->isLoadingHistory())
        parts.append(tr("reading earlier lines…"));
    if (m_loader && m_loader->isFollowing())
        parts.append(tr("following"));
    if (m_store.droppedLines() > 0)
        parts.append(tr("%Ln older line(s) let go to save memory", nullptr,
                        int(std::min<qsizetype>(m_store.droppedLines(), INT_MAX))));
    if (!m_notice.isEmpty())
        parts.append(m_notice);
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ContainerLogsView::showError(const QString &text)
{
    m_error = text;
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ContainerLogsView::clear()
{
    m_store.clear();
    m_shownLines = 0;
    m_seenDropped = 0;
    m_matches.clear();
    m_searchedLines = 0;
    m_currentMatch = m_currentMatchLine = -1;
    m_viewport->setCurrentLine(-1);
    m_viewport->scrollToBottom();
    m_viewport->rowsChanged();
    updateMatchLabel();
    updateStatus();
}

QString ContainerLogsView::defaultFileName() const
{
    QString name = m_sources.size() == 1 ? m_sources.first().name : QStringLiteral("containers");
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir::home().filePath(name + u".log");
}

void ContainerLogsView::askWhereToSave()
{
    auto *dialog
        = new QFileDialog(this, tr("Save the Log"), defaultFileName(), tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveLogDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

QFuture<Result<qsizetype>> ContainerLogsView::saveTo(const QString &path)
{
    struct Job
    {
        LogLineStore::Snapshot chunks;
        QList<qsizetype> only;
        bool filtered = false;
        QStringList names;
        bool timestamps = false;
    };
    Job job;
    job.chunks = m_store.snapshot();
    job.filtered = m_onlyMatching->isChecked() && !m_search.isEmpty();
    if (job.filtered)
        job.only = m_matches;
    if (m_sources.size() > 1) {
        for (const LogSource &source : std::as_const(m_sources))
            job.names.append(source.name);
    }
    job.timestamps = m_timestamps->isChecked();
    m_notice = tr("Saving the log to %1…").arg(QDir::toNativeSeparators(path));
    updateStatus();
    // On the thread pool: a big log takes a while to write, and the lines
    // to write are a snapshot the view keeps adding to meanwhile.
    QFuture<Result<qsizetype>> written = QtConcurrent::run([job = std::move(job), path]() -> Result<qsizetype> {
        const auto failure = [&path](const QString &why) {
            EngineError error = EngineError::make(EngineError::Kind::LocalFileFailed, why);
            error.path = path;
            return error;
        };
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failure(file.errorString());
        qsizetype lines = 0;
        const bool plain = job.names.isEmpty() && !job.timestamps && !job.filtered;
        QByteArray buffer;
        qsizetype next = 0;  // in job.only
        qsizetype firstLine = 0;
        for (const LogLineStore::Chunk &chunk : job.chunks) {
            if (plain) {
                // The chunk's text is the lines, each with its line feed.
                file.write(chunk.text);
                lines += chunk.lineCount();
            } else {
                for (qsizetype i = 0; i < chunk.lineCount(); ++i) {
                    if (job.filtered) {
                        if (next >= job.only.size() || job.only.at(next) != firstLine + i)
                            continue;
                        ++next;
                    }
                    const LogLineStore::Line line = chunk.line(i);
                    if (!job.names.isEmpty())
                        buffer += job.names.value(line.source).toUtf8() + " | ";
                    if (job.timestamps && line.timestamp != 0)
                        buffer += LogTimestamp::toDisplay(line.timestamp).toUtf8() + ' ';
                    buffer += line.text;
                    buffer += '\n';
                    ++lines;
                    if (buffer.size() >= 1024 * 1024) {
                        file.write(buffer);
                        buffer.clear();
                    }
                }
            }
            firstLine += chunk.lineCount();
        }
        file.write(buffer);
        if (!file.commit())
            return failure(file.errorString());
        return lines;
    });
    return written.then(this, [this, path](const Result<qsizetype> &result) {
        const QString where = QDir::toNativeSeparators(path);
        if (result.ok()) {
            m_notice
                = tr("Saved %Ln line(s) to %1", nullptr, int(std::min<qsizetype>(result.value(), INT_MAX))).arg(where);
            Q_EMIT saved(path, result.value());
        } else {
            const QString message = tr("Could not save the log to %1: %2. Choose another folder, or free some space.")
                                        .arg(where, result.error().engineMessage);
            m_notice.clear();
            showError(message);
            Q_EMIT saveFailed(path, message);
        }
        updateStatus();
        return result;
    });
}

}  // namespace Hublot::Ui
