// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DiskUsage.h"

#include <QWidget>

#include <array>
#include <optional>

class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QBarSet;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// What the engine's data takes on disk (`docker system df`), asked for
/// only when the user presses the button: the engine walks every layer and
/// volume to answer, which takes seconds on a large host.
///
/// The point it makes (from the user's notes): containers made from one
/// image share its read-only layers, and images share layers with each
/// other, so what is on disk is less than the sum of the sizes. Each row
/// and the chart split a kind of data into what is shared and what is
/// unique.
class DiskUsagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskUsagePanel)

public:
    /// One row of the panel and one bar of the chart.
    struct Row
    {
        int count = 0;
        int active = 0;
        qint64 unique = 0;  ///< on disk once, for this kind of data only
        qint64 shared = 0;  ///< counted again by each user of shared layers
        qint64 reclaimable = 0;
    };
    enum RowKind { Images, Containers, Volumes, BuildCache, RowCount };

    explicit DiskUsagePanel(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// Splits the engine's answer into the panel's rows.
    static std::array<Row, RowCount> rows(const Engine::DiskUsage &usage);

    /// The last answer shown, for tests.
    [[nodiscard]] const std::optional<Engine::DiskUsage> &usage() const { return m_usage; }

Q_SIGNALS:
    /// The panel shows a new answer, or a sentence saying why there is none.
    void updated();

public Q_SLOTS:
    /// Asks the engine (GET /system/df); the button does the same.
    void compute();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const Engine::DiskUsage &usage);
    void applyPalette();

    Engine::EngineSession *m_session;
    QPushButton *m_computeButton;
    QLabel *m_status;
    QGridLayout *m_table;
    QLabel *m_sharing;
    QChartView *m_chart;
    QBarSet *m_uniqueSet;
    QBarSet *m_sharedSet;
    std::optional<Engine::DiskUsage> m_usage;
    quint64 m_request = 0;
};

}  // namespace Hublot::Ui
