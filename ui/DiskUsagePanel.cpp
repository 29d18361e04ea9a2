// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DiskUsagePanel.h"

#include "engine/EngineSession.h"
#include "engine/SystemOperations.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Hublot::Ui {

using Engine::DiskUsage;

std::array<DiskUsagePanel::Row, DiskUsagePanel::RowCount> DiskUsagePanel::rows(const DiskUsage &usage)
{
    std::array<Row, RowCount> rows {};

    // Images: the layers are on disk once (LayersSize). What one image alone
    // holds is its unique size; the rest is layers several images share.
    const DiskUsage::Total images = usage.imagesTotal();
    qint64 unique = 0;
    for (const DiskUsage::Image &image : usage.images)
        unique += std::max<qint64>(0, image.uniqueSize());
    rows[Images] = {images.count, images.active, std::min(unique, images.size),
                    std::max<qint64>(0, images.size - unique), images.reclaimable};

    // Containers: each adds only its writable layer; the image layers under
    // it are the images' (counted above), never copied.
    const DiskUsage::Total containers = usage.containersTotal();
    rows[Containers] = {containers.count, containers.active, containers.size, 0, containers.reclaimable};

    // Volumes: one used by several containers is shared between them.
    const DiskUsage::Total volumes = usage.volumesTotal();
    qint64 sharedVolumes = 0;
    for (const DiskUsage::Volume &volume : usage.volumes) {
        if (volume.refCount > 1 && volume.size > 0)
            sharedVolumes += volume.size;
    }
    rows[Volumes] = {volumes.count, volumes.active, volumes.size - sharedVolumes, sharedVolumes, volumes.reclaimable};

    // Build cache: records marked shared are counted once, apart.
    const DiskUsage::Total cache = usage.buildCacheTotal();
    qint64 sharedCache = 0;
    for (const DiskUsage::BuildCacheEntry &entry : usage.buildCache) {
        if (entry.shared)
            sharedCache += entry.size;
    }
    rows[BuildCache] = {cache.count, cache.active, cache.size, sharedCache, cache.reclaimable};
    return rows;
}

DiskUsagePanel::DiskUsagePanel(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_computeButton(new QPushButton(tr("&Compute disk usage"), this))
    , m_status(new QLabel(this))
    , m_table(new QGridLayout)
    , m_sharing(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_uniqueSet(new QBarSet(tr("Used by one")))
    , m_sharedSet(new QBarSet(tr("Shared")))
{
    setObjectName(QStringLiteral("diskUsagePanel"));
    m_computeButton->setObjectName(QStringLiteral("computeDiskUsageButton"));
    m_computeButton->setToolTip(tr("The engine measures every layer and volume: this can take a few seconds."));
    m_status->setObjectName(QStringLiteral("diskUsageStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_sharing->setObjectName(QStringLiteral("diskUsageSharingLabel"));
    m_sharing->setWordWrap(true);
    m_sharing->setVisible(false);

    auto *command = new QLabel(QStringLiteral("$ docker system df -v"), this);
    command->setObjectName(QStringLiteral("equivalentCommandLabel"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setForegroundRole(QPalette::PlaceholderText);
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_computeButton);
    top->addSpacing(12);
    top->addWidget(command);
    top->addStretch();

    // The table: one row per kind of data, as `docker system df` prints it,
    // plus the shared part.
    const QStringList headers {tr("Type"), tr("Total"), tr("In use"), tr("On disk"), tr("Shared"), tr("Reclaimable")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], this);
        QFont font = header->font();
        font.setWeight(QFont::DemiBold);
        header->setFont(font);
        m_table->addWidget(header, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    const QStringList kinds {tr("Images"), tr("Containers (writable layers)"), tr("Local volumes"), tr("Build cache")};
    const QStringList keys {QStringLiteral("images"), QStringLiteral("containers"), QStringLiteral("volumes"),
                            QStringLiteral("buildCache")};
    const QStringList fields {QStringLiteral("Count"), QStringLiteral("Active"), QStringLiteral("Size"),
                              QStringLiteral("Shared"), QStringLiteral("Reclaimable")};
    for (int row = 0; row < RowCount; ++row) {
        m_table->addWidget(new QLabel(kinds[row], this), row + 1, 0);
        for (int column = 0; column < fields.size(); ++column) {
            auto *value = new QLabel(QStringLiteral("–"), this);
            value->setObjectName(keys[row] + fields[column] + u"Label");
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_table->addWidget(value, row + 1, column + 1);
        }
    }
    m_table->setHorizontalSpacing(24);
    m_table->setColumnStretch(0, 1);

    auto *series = new QHorizontalStackedBarSeries;
    series->append(m_uniqueSet);
    series->append(m_sharedSet);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    // Bottom to top, so that images come first as in the table.
    categories->append({tr("Build cache"), tr("Volumes"), tr("Containers"), tr("Images")});
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setObjectName(QStringLiteral("diskUsageChart"));
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setVisible(false);
    applyPalette();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(m_table);
    layout->addWidget(m_sharing);
    layout->addWidget(m_chart);

    connect(m_computeButton, &QPushButton::clicked, this, &DiskUsagePanel::compute);
    m_status->setText(tr("Press the button to see what images, containers, volumes and the build cache take on disk."));
}

void DiskUsagePanel::compute()
{
    Engine::EngineClient *client = m_session->client();
    if (!client || m_session->state() != Engine::EngineSession::State::Connected) {
        m_status->setText(tr("Hublot is not connected to an engine."));
        Q_EMIT updated();
        return;
    }
    m_computeButton->setEnabled(false);
    m_status->setText(tr("The engine is measuring its layers and volumes…"));
    const quint64 request = ++m_request;
    Engine::SystemOperations(client).diskUsage().then(this, [this, request](const Engine::Result<DiskUsage> &usage) {
        if (request != m_request)
            return;
        m_computeButton->setEnabled(true);
        if (!usage) {
            const ErrorMessages::Text text = ErrorMessages::forConnection(usage.error());
            m_status->setText(text.reason + u' ' + text.hint);
            Q_EMIT updated();
            return;
        }
        show(usage.value());
    });
}

void DiskUsagePanel::show(const DiskUsage &usage)
{
    m_usage = usage;
    const std::array<Row, RowCount> all = rows(usage);
    const QStringList keys {QStringLiteral("images"), QStringLiteral("containers"), QStringLiteral("volumes"),
                            QStringLiteral("buildCache")};
    auto set = [this](const QString &name, const QString &text) {
        if (auto *label = findChild<QLabel *>(name + u"Label"))
            label->setText(text);
    };
    qint64 largest = 0;
    for (int row = 0; row < RowCount; ++row) {
        const Row &r = all[row];
        const qint64 onDisk = r.unique + r.shared;
        largest = std::max(largest, onDisk);
        set(keys[row] + u"Count", QString::number(r.count));
        set(keys[row] + u"Active", QString::number(r.active));
        set(keys[row] + u"Size", Format::size(onDisk));
        set(keys[row] + u"Shared", row == Containers ? QStringLiteral("–") : Format::size(r.shared));
        const int percent = onDisk > 0 ? int(std::lround(100.0 * double(r.reclaimable) / double(onDisk))) : 0;
        set(keys[row] + u"Reclaimable", tr("%1 (%2%)").arg(Format::size(r.reclaimable)).arg(percent));
    }

    // The notes' point, in numbers: what sharing saves.
    qint64 separately = 0;
    for (const DiskUsage::Image &image : usage.images)
        separately += std::max<qint64>(0, image.size);
    qint64 throughImages = 0;
    for (const DiskUsage::Container &container : usage.containers)
        throughImages += std::max<qint64>(0, container.sizeRootFs - container.sizeRw);
    QStringList sentences;
    if (!usage.images.isEmpty())
        sentences << tr("Images share their read-only layers: counted one by one, the %n image(s) would take %1; "
                        "on disk they take %2.",
                        nullptr, int(usage.images.size()))
                         .arg(Format::size(separately), Format::size(usage.layersSize));
    if (!usage.containers.isEmpty())
        sentences << tr("The %n container(s) read %1 of image layers without copying them: each adds only its own "
                        "writable layer (%2 in all).",
                        nullptr, int(usage.containers.size()))
                         .arg(Format::size(throughImages), Format::size(all[Containers].unique));
    m_sharing->setText(sentences.join(u' '));
    m_sharing->setVisible(!sentences.isEmpty());

    // The chart, in the unit that suits the largest bar.
    static constexpr std::array<qint64, 4> Units {1, 1'000, 1'000'000, 1'000'000'000};
    int unit = 0;
    while (unit + 1 < int(Units.size()) && largest >= Units[unit + 1])
        ++unit;
    const std::array<QString, 4> unitNames {tr("bytes"), tr("kB"), tr("MB"), tr("GB")};
    const double scale = double(Units[unit]);
    m_uniqueSet->remove(0, m_uniqueSet->count());
    m_sharedSet->remove(0, m_sharedSet->count());
    for (int row = RowCount - 1; row >= 0; --row) {
        *m_uniqueSet << double(all[row].unique) / scale;
        *m_sharedSet << double(all[row].shared) / scale;
    }
    const auto axes = m_chart->chart()->axes(Qt::Horizontal);
    if (auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first())) {
        axis->setRange(0, std::max(1.0, double(largest) / scale * 1.05));
        axis->setTitleText(unitNames[unit]);
        axis->applyNiceNumbers();
    }
    m_chart->setVisible(true);
    m_status->setText(tr("Measured at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT updated();
}

void DiskUsagePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// The chart follows the light or dark colours of the rest of the window.
void DiskUsagePanel::applyPalette()
{
    QChart *chart = m_chart->chart();
    chart->setTheme(Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    m_uniqueSet->setColor(palette().color(QPalette::Highlight));
    m_sharedSet->setColor(palette().color(QPalette::Highlight).lighter(160));
}

}  // namespace Hublot::Ui
