// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stats/ContainerStatsView.h"

#include "engine/EngineSession.h"
#include "engine/StatsStream.h"
#include "ui/Format.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace Hublot::Ui {

using Engine::EngineError;

namespace {

constexpr qint64 MinimumSpanMs = 60'000;

struct Unit
{
    double divisor = 1;
    QString name;
};

// Decimal units, as the docker CLI writes sizes.
Unit byteUnit(double max, bool perSecond)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Hublot::Ui::ContainerStatsView", "B"),
                                        QT_TRANSLATE_NOOP("Hublot::Ui::ContainerStatsView", "kB"),
                                        QT_TRANSLATE_NOOP("Hublot::Ui::ContainerStatsView", "MB"),
                                        QT_TRANSLATE_NOOP("Hublot::Ui::ContainerStatsView", "GB"),
                                        QT_TRANSLATE_NOOP("Hublot::Ui::ContainerStatsView", "TB")};
    int index = 0;
    double divisor = 1;
    while (index < 4 && max >= divisor * 1000) {
        divisor *= 1000;
        ++index;
    }
    QString name = QCoreApplication::translate("Hublot::Ui::ContainerStatsView", names[index]);
    if (perSecond)
        name = QCoreApplication::translate("Hublot::Ui::ContainerStatsView", "%1/s").arg(name);
    return {divisor, name};
}

// The smallest of 1, 2, 5 times a power of ten at or above value.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

}  // namespace

ContainerStatsView::ContainerStatsView(Engine::EngineSession *session, const QString &containerId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_containerId(containerId)
{
    setObjectName(QStringLiteral("containerStatsView"));
    buildUi();
    connect(session->containers(), &Engine::StoreSignals::changed, this, &ContainerStatsView::onContainersChanged);
    connect(session, &Engine::EngineSession::stateChanged, this, &ContainerStatsView::onContainersChanged);
    onContainersChanged();
    redraw();
}

ContainerStatsView::~ContainerStatsView() = default;

void ContainerStatsView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("statsNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    layout->addLayout(grid, 1);
    const auto place = [this, grid](Chart which, ChartParts parts, int row, int column) {
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        auto *heading = new QHBoxLayout;
        auto *title = new QLabel(parts.chart->title(), this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        parts.chart->setTitle({});
        heading->addWidget(title);
        heading->addStretch(1);
        heading->addWidget(parts.value);
        cell->addLayout(heading);
        cell->addWidget(parts.view, 1);
        grid->addLayout(cell, row, column);
        m_charts.at(std::size_t(which)) = parts;
    };
    place(Chart::Cpu, makeChart(QStringLiteral("cpu"), tr("CPU"), {tr("CPU")}), 0, 0);
    place(Chart::Memory, makeChart(QStringLiteral("memory"), tr("Memory"), {tr("Memory")}), 0, 1);
    place(Chart::Network, makeChart(QStringLiteral("network"), tr("Network"), {tr("Received"), tr("Sent")}), 1, 0);
    place(Chart::BlockIo, makeChart(QStringLiteral("blockIo"), tr("Block I/O"), {tr("Read"), tr("Written")}), 1, 1);
    place(Chart::Pids, makeChart(QStringLiteral("pids"), tr("Processes (PIDs)"), {tr("PIDs")}), 2, 0);
    auto *explanation = new QLabel(tr("Computed as <code>docker stats</code> does. CPU: 100 % is one CPU busy all "
                                      "the time. Memory: without the page cache the kernel can take back. Network "
                                      "and block I/O: bytes a second, and all of them since the container started."),
                                   this);
    explanation->setObjectName(QStringLiteral("statsExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    explanation->setContentsMargins(8, 24, 8, 8);
    QPalette muted = explanation->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    explanation->setPalette(muted);
    grid->addWidget(explanation, 2, 1);
    for (int row = 0; row < 3; ++row)
        grid->setRowStretch(row, 1);
    applyTheme();
}

ContainerStatsView::ChartParts ContainerStatsView::makeChart(const QString &name, const QString &title,
                                                             const QStringList &seriesNames)
{
    ChartParts parts;
    parts.chart = new QChart;
    parts.chart->setTitle(title);
    parts.chart->setMargins(QMargins(2, 2, 2, 2));
    parts.chart->setBackgroundRoundness(0);
    parts.chart->layout()->setContentsMargins(0, 0, 0, 0);
    parts.time = new QDateTimeAxis(parts.chart);
    parts.time->setFormat(QStringLiteral("HH:mm:ss"));
    parts.time->setTickCount(5);
    parts.values = new QValueAxis(parts.chart);
    parts.values->setMin(0);
    parts.values->setTickType(QValueAxis::TicksDynamic);
    parts.values->setTickAnchor(0);
    parts.values->setLabelFormat(QStringLiteral("%g"));
    parts.chart->addAxis(parts.time, Qt::AlignBottom);
    parts.chart->addAxis(parts.values, Qt::AlignLeft);
    for (const QString &seriesName : seriesNames) {
        auto *series = new QLineSeries(parts.chart);
        series->setName(seriesName);
        parts.chart->addSeries(series);
        series->attachAxis(parts.time);
        series->attachAxis(parts.values);
        parts.series.append(series);
    }
    parts.chart->legend()->setVisible(seriesNames.size() > 1);
    parts.chart->legend()->setAlignment(Qt::AlignTop);
    parts.view = new QChartView(parts.chart, this);
    parts.view->setObjectName(name + u"Chart");
    parts.view->setRenderHint(QPainter::Antialiasing);
    parts.view->setMinimumSize(240, 150);
    parts.value = new QLabel(this);
    parts.value->setObjectName(name + u"Value");
    parts.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return parts;
}

QChartView *ContainerStatsView::chartView(Chart chart) const
{
    return m_charts.at(std::size_t(chart)).view;
}

QList<QLineSeries *> ContainerStatsView::series(Chart chart) const
{
    return m_charts.at(std::size_t(chart)).series;
}

QString ContainerStatsView::valueText(Chart chart) const
{
    return m_charts.at(std::size_t(chart)).value->text();
}

bool ContainerStatsView::isStreaming() const
{
    return m_stream && m_stream->isRunning();
}

bool ContainerStatsView::containerRunning() const
{
    if (!m_session)
        return false;
    const Engine::ContainerStore *store = m_session->containers();
    const Engine::ContainerSummary *container = store->find(m_containerId);
    if (!container) {
        for (const QString &key : store->keys()) {
            const Engine::ContainerSummary *candidate = store->find(key);
            if (candidate->name == m_containerId || key.startsWith(m_containerId)) {
                container = candidate;
                break;
            }
        }
    }
    return container && container->state == Engine::ContainerSummary::State::Running;
}

void ContainerStatsView::onContainersChanged()
{
    if (!m_session || m_session->state() != Engine::EngineSession::State::Connected
        || !m_session->containers()->isLoaded())
        return;
    if (containerRunning()) {
        if (!m_stream)
            openStream();
    } else if (m_stream) {
        // The engine goes on sending empty samples of a stopped container.
        m_stream->cancel();
    } else {
        setNotice(tr("The container is not running: its stats show while it runs."));
    }
}

void ContainerStatsView::openStream()
{
    Engine::EngineClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    setNotice({});
    m_stream = new Engine::StatsStream(client, m_containerId, this);
    connect(m_stream, &Engine::StatsStream::sample, this, &ContainerStatsView::onSample);
    connect(m_stream, &Engine::StatsStream::ended, this, &ContainerStatsView::onEnded);
}

void ContainerStatsView::onSample(const Engine::ContainerStats &stats)
{
    if (!m_history.add(stats)) {
        setNotice(tr("The container is not running: its stats show while it runs."));
        return;
    }
    setNotice({});
    redraw();
    Q_EMIT sampleShown();
}

void ContainerStatsView::onEnded(const std::optional<EngineError> &error)
{
    if (m_stream)
        m_stream->deleteLater();
    m_stream = nullptr;
    if (error && error->kind == EngineError::Kind::NoSuchContainer)
        setNotice(tr("The container was removed."));
    else if (error && error->kind != EngineError::Kind::Cancelled)
        setNotice(tr("The stats stopped: %1").arg(error->technicalSummary()));
    else
        setNotice(tr("The container is not running: its stats show while it runs."));
    // It may have started again meanwhile.
    if (!error && containerRunning())
        openStream();
}

void ContainerStatsView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ContainerStatsView::redraw()
{
    const QList<StatsHistory::Point> &points = m_history.points();
    const qint64 end = points.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : points.last().msecs;
    // The charts span what there is, a minute at least, the window at most.
    const qint64 span = points.isEmpty() ? MinimumSpanMs
                                         : std::clamp(end - points.first().msecs, MinimumSpanMs, m_history.windowMs());
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(end - span);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(end);

    const auto fill = [&](Chart which, const QList<std::function<double(const StatsHistory::Point &)>> &values,
                          double divisor, const QString &unit, double minimumTop, double minimumStep = 0) {
        ChartParts &parts = m_charts.at(std::size_t(which));
        double top = 0;
        for (qsizetype s = 0; s < parts.series.size(); ++s) {
            QList<QPointF> line;
            line.reserve(points.size());
            for (const StatsHistory::Point &point : points) {
                const double value = values.at(s)(point) / divisor;
                top = std::max(top, value);
                line.append(QPointF(double(point.msecs), value));
            }
            parts.series.at(s)->replace(line);
        }
        parts.time->setRange(from, to);
        // About four round steps up to a little above the highest value.
        const double step = std::max(niceStep(std::max(top * 1.1, minimumTop) / 4), minimumStep);
        parts.values->setTickInterval(step);
        parts.values->setRange(0, std::max(1.0, std::ceil(top * 1.1 / step)) * step);
        parts.values->setTitleText(unit);
    };

    double cpuTop = 0, memoryTop = 0, networkTop = 0, blockTop = 0;
    for (const StatsHistory::Point &point : points) {
        cpuTop = std::max(cpuTop, point.cpuPercent);
        memoryTop = std::max(memoryTop, double(point.memoryUsage));
        networkTop = std::max({networkTop, point.networkRxRate, point.networkTxRate});
        blockTop = std::max({blockTop, point.blockReadRate, point.blockWriteRate});
    }
    fill(Chart::Cpu, {[](const StatsHistory::Point &p) {
             return p.cpuPercent;
         }},
         1, tr("%"), 1);
    const Unit memoryUnit = byteUnit(memoryTop, false);
    fill(Chart::Memory, {[](const StatsHistory::Point &p) {
             return double(p.memoryUsage);
         }},
         memoryUnit.divisor, memoryUnit.name, 1);
    const Unit networkUnit = byteUnit(networkTop, true);
    fill(Chart::Network,
         {[](const StatsHistory::Point &p) { return p.networkRxRate; },
          [](const StatsHistory::Point &p) {
              return p.networkTxRate;
          }},
         networkUnit.divisor, networkUnit.name, 1);
    const Unit blockUnit = byteUnit(blockTop, true);
    fill(Chart::BlockIo,
         {[](const StatsHistory::Point &p) { return p.blockReadRate; },
          [](const StatsHistory::Point &p) {
              return p.blockWriteRate;
          }},
         blockUnit.divisor, blockUnit.name, 1);
    fill(Chart::Pids, {[](const StatsHistory::Point &p) {
             return double(p.pids);
         }},
         1, {}, 4, 1);

    const std::optional<Engine::ContainerStats> &latest = m_history.latest();
    const auto setValue = [this](Chart which, const QString &text) {
        m_charts.at(std::size_t(which)).value->setText(text);
    };
    if (!latest) {
        for (ChartParts &parts : m_charts)
            parts.value->setText(QStringLiteral("–"));
        return;
    }
    const QLocale locale;
    setValue(Chart::Cpu, tr("%1 %").arg(locale.toString(latest->cpuPercent, 'f', 1)));
    setValue(Chart::Memory,
             tr("%1 of %2 (%3 %)")
                 .arg(Format::size(qint64(latest->memoryUsage)), Format::size(qint64(latest->memoryLimit)),
                      locale.toString(latest->memoryPercent, 'f', 1)));
    setValue(Chart::Network,
             tr("%1 received, %2 sent in all")
                 .arg(Format::size(qint64(latest->networkRx)), Format::size(qint64(latest->networkTx))));
    setValue(Chart::BlockIo,
             tr("%1 read, %2 written in all")
                 .arg(Format::size(qint64(latest->blockRead)), Format::size(qint64(latest->blockWrite))));
    setValue(Chart::Pids, locale.toString(latest->pids));
}

void ContainerStatsView::applyTheme()
{
    m_themeDark = palette().color(QPalette::Window).lightness() < 128;
    for (ChartParts &parts : m_charts) {
        if (!parts.chart)
            continue;
        parts.chart->setTheme(m_themeDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        parts.chart->setBackgroundBrush(palette().brush(QPalette::Base));
        parts.chart->setBackgroundRoundness(0);
        parts.chart->setMargins(QMargins(2, 2, 2, 2));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        parts.time->setLabelsFont(small);
        parts.values->setLabelsFont(small);
        parts.values->setTitleFont(small);
        parts.chart->legend()->setFont(small);
    }
}

}  // namespace Hublot::Ui
