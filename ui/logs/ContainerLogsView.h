// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/EngineSession.h"
#include "engine/Result.h"
#include "ui/logs/LogLineStore.h"
#include "ui/logs/LogSearch.h"
#include "ui/logs/LogSource.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Hublot::Ui {

class LogLoader;
class LogViewport;

/// The log of a container (`docker logs`), or the merged logs of several
/// (`docker compose logs`: each line tagged with its container's name).
///
/// Follow, the last N lines, since a time; timestamps, ANSI colours and
/// wrapping on or off; stdout and stderr told apart; a search that
/// highlights, steps from match to match and can hide the other lines;
/// save to a file; clear. Built for big logs: the last lines show first
/// and earlier ones are put in front as they come (LogLoader), the lines
/// are held compactly (LogLineStore), only what is in sight is painted
/// (LogViewport), and a search scans the whole log on the thread pool.
class ContainerLogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLogsView)

public:
    /// Text kept before the oldest lines are dropped (per view).
    static constexpr qint64 DefaultByteLimit = 1024LL * 1024 * 1024;

    ContainerLogsView(Engine::EngineSession *session, const QString &containerId, QWidget *parent = nullptr);
    /// A merged view of several containers' logs.
    ContainerLogsView(Engine::EngineSession *session, const QStringList &containerIds, QWidget *parent = nullptr);
    ~ContainerLogsView() override;

    /// The containers of a compose project (label com.docker.compose.project), by name.
    static QStringList projectContainers(const Engine::ContainerStore &store, const QString &project);

    [[nodiscard]] const LogLineStore &store() const { return m_store; }
    [[nodiscard]] LogViewport *viewport() const { return m_viewport; }
    [[nodiscard]] const QList<LogSource> &sources() const { return m_sources; }
    /// The lines (store indexes) that hold the searched text.
    [[nodiscard]] const QList<qsizetype> &matchingLines() const { return m_matches; }
    /// Index in matchingLines() of the current match; -1: none.
    [[nodiscard]] qsizetype currentMatch() const { return m_currentMatch; }
    [[nodiscard]] bool isSearching() const { return m_searchRunning; }
    [[nodiscard]] QString statusText() const;

    void findNext();
    void findPrevious();
    /// Writes the lines shown (only the matching ones while they alone are
    /// shown), as copied: container, time when shown, text. Gives how many
    /// lines were written.
    QFuture<Engine::Result<qsizetype>> saveTo(const QString &path);
    /// Empties the view; lines that come after still show.
    void clear();
    /// Reads the logs again with the current options.
    void reload();

Q_SIGNALS:
    /// The last lines are shown; earlier ones may still be coming.
    void tailShown();
    /// The whole log asked for is in (followed lines go on coming).
    void historyLoaded();
    void searchFinished();
    void saved(const QString &path, qsizetype lines);
    void saveFailed(const QString &path, const QString &message);

private:
    void buildUi();
    void start();
    void onTick();
    void updateStatus();
    void showError(const QString &text);
    void shiftMatches(qsizetype shift);
    void scheduleReload();
    void scheduleSearch();
    void startSearch();
    void searchNewLines();
    void updateFilter();
    void goToMatch(qsizetype index);
    void updateMatchLabel();
    void onPrepended(qsizetype count);
    void askWhereToSave();
    [[nodiscard]] qint64 sinceSeconds() const;
    [[nodiscard]] QString defaultFileName() const;

    QPointer<Engine::EngineSession> m_session;
    QStringList m_ids;
    QList<LogSource> m_sources;
    bool m_started = false;
    LogLineStore m_store;
    LogLoader *m_loader = nullptr;
    LogViewport *m_viewport = nullptr;
    QTimer m_frameTimer;
    QTimer m_reloadTimer;
    QTimer m_searchTimer;
    qsizetype m_shownLines = 0;
    qsizetype m_seenDropped = 0;

    LogSearch m_search;
    QList<qsizetype> m_matches;
    qsizetype m_searchedLines = 0;  ///< store lines the matches cover
    qsizetype m_currentMatch = -1;
    qsizetype m_currentMatchLine = -1;  ///< store index of the current match, kept across searches
    bool m_searchIsNew = false;  ///< the text changed: go to the match nearest the view
    quint64 m_searchGeneration = 0;
    bool m_searchRunning = false;

    QString m_error;
    QString m_notice;

    QAction *m_follow = nullptr;
    QAction *m_timestamps = nullptr;
    QAction *m_colors = nullptr;
    QAction *m_wrap = nullptr;
    QSpinBox *m_tail = nullptr;
    QComboBox *m_since = nullptr;
    QDateTimeEdit *m_sinceTime = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QAction *m_matchCase = nullptr;
    QAction *m_onlyMatching = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
};

}  // namespace Hublot::Ui
