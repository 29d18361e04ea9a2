// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "ui/stats/StatsHistory.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Hublot::Engine {
class EngineSession;
class StatsStream;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

/// A container's resource use (`docker stats`), live: CPU, memory, network,
/// block I/O and PIDs, each a chart over the last minutes (Qt Charts) under
/// its current value. The numbers are the docker CLI's (ContainerStats).
///
/// One stats stream while the container runs; when it stops the charts
/// stay, and a new stream opens when it starts again.
class ContainerStatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStatsView)

public:
    enum class Chart { Cpu, Memory, Network, BlockIo, Pids };
    static constexpr int ChartCount = 5;

    ContainerStatsView(Engine::EngineSession *session, const QString &containerId, QWidget *parent = nullptr);
    ~ContainerStatsView() override;

    [[nodiscard]] const StatsHistory &history() const { return m_history; }
    [[nodiscard]] QChartView *chartView(Chart chart) const;
    /// The series of a chart: one, or two (received and sent, read and written).
    [[nodiscard]] QList<QLineSeries *> series(Chart chart) const;
    [[nodiscard]] bool isStreaming() const;
    /// The value shown above a chart ("12.5 %", "45 MB of 2.1 GB").
    [[nodiscard]] QString valueText(Chart chart) const;

Q_SIGNALS:
    /// A sample was added to the charts.
    void sampleShown();

private:
    struct ChartParts
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *values = nullptr;
        QList<QLineSeries *> series;
        QLabel *value = nullptr;
    };

    void buildUi();
    ChartParts makeChart(const QString &name, const QString &title, const QStringList &seriesNames);
    void openStream();
    void onSample(const Engine::ContainerStats &stats);
    void onEnded(const std::optional<Engine::EngineError> &error);
    void onContainersChanged();
    void redraw();
    void applyTheme();
    void setNotice(const QString &text);
    [[nodiscard]] bool containerRunning() const;

    QPointer<Engine::EngineSession> m_session;
    QString m_containerId;
    StatsHistory m_history;
    QPointer<Engine::StatsStream> m_stream;
    std::array<ChartParts, ChartCount> m_charts;
    QLabel *m_notice = nullptr;
    bool m_themeDark = false;
};

}  // namespace Hublot::Ui
