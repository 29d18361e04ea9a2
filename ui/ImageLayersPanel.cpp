// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImageLayersPanel.h"

#include "engine/EngineSession.h"
#include "engine/ImageDetails.h"
#include "engine/ImageHistoryEntry.h"
#include "engine/ImageOperations.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/ImageTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hublot::Ui {

namespace {

// "/bin/sh -c #(nop)  CMD [\"sh\"]" reads better as "CMD [\"sh\"]".
QString instruction(QString createdBy)
{
    createdBy = createdBy.trimmed();
    const QString nop = QStringLiteral("/bin/sh -c #(nop)");
    if (createdBy.startsWith(nop))
        return createdBy.mid(nop.size()).trimmed();
    const QString shell = QStringLiteral("/bin/sh -c ");
    if (createdBy.startsWith(shell))
        return u"RUN " + createdBy.mid(shell.size()).trimmed();
    return createdBy;
}

}  // namespace

ImageLayersPanel::ImageLayersPanel(Engine::EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("imageLayersPanel"));
    m_title->setObjectName(QStringLiteral("imageLayersTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("imageLayersSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("imageLayersView"));
    m_view->setAccessibleName(tr("Layers and history of the image"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Step"), tr("Size"), tr("Layer"), tr("Shared with")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Step, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(Size, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(Layer, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(SharedWith, QHeaderView::Interactive);
    m_view->header()->resizeSection(Size, 90);
    m_view->header()->resizeSection(Layer, 130);
    m_view->header()->resizeSection(SharedWith, 260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 8, 20, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    clear();
}

void ImageLayersPanel::clear()
{
    ++m_generation;
    m_id.clear();
    m_reference.clear();
    m_loaded = false;
    m_view->clear();
    m_title->setText(tr("Layers"));
    m_summary->setText(tr("Choose an image to see its layers, the step that made each one, and the other images "
                          "sharing it."));
}

QString ImageLayersPanel::command() const
{
    if (m_reference.isEmpty())
        return {};
    const QString name = Format::shellWord(m_reference);
    return u"docker image history " + name + u" && docker image inspect --format '{{json .RootFS.Layers}}' " + name;
}

void ImageLayersPanel::showImage(const QString &id, const QString &reference)
{
    clear();
    m_id = id;
    m_reference = reference;
    m_title->setText(tr("Layers of %1").arg(reference));
    m_summary->setText(tr("Reading the image's history…"));
    Engine::EngineClient *client = m_session->client();
    if (!client) {
        fail(tr("Hublot is not connected to the engine."));
        return;
    }
    const int generation = m_generation;
    Engine::ImageOperations operations(client);
    auto state = std::make_shared<int>(2);
    auto done = [this, generation, state] {
        if (generation == m_generation && --*state == 0)
            fetchOthers();
    };
    operations.inspect(id).then(this, [this, generation, done](const Engine::Result<Engine::ImageDetails> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(ErrorMessages::forResourceOperation(result.error(), tr("the image %1").arg(m_reference)));
            return;
        }
        m_layers = result.value().layers;
        m_layersOf.insert(m_id, m_layers);
        done();
    });
    operations.history(id).then(
        this, [this, generation, done](const Engine::Result<QList<Engine::ImageHistoryEntry>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                fail(ErrorMessages::forResourceOperation(result.error(), tr("the image %1").arg(m_reference)));
                return;
            }
            m_history.clear();
            // The engine lists the newest step first; layers go bottom first.
            for (auto it = result.value().crbegin(); it != result.value().crend(); ++it)
                m_history.append({it->createdBy.isEmpty() ? it->comment : instruction(it->createdBy), it->size});
            done();
        });
}

void ImageLayersPanel::fetchOthers()
{
    // The other images' layers, asked once per image id.
    QSet<QString> missing;
    const Engine::ImageStore *images = m_session->images();
    for (const QString &key : images->keys()) {
        const Engine::ImageSummary *image = images->find(key);
        if (image && !m_layersOf.contains(image->id))
            missing.insert(image->id);
    }
    m_pending = int(missing.size());
    if (m_pending == 0) {
        render();
        return;
    }
    const int generation = m_generation;
    Engine::ImageOperations operations(m_session->client());
    for (const QString &other : std::as_const(missing)) {
        operations.inspect(other).then(
            this, [this, generation, other](const Engine::Result<Engine::ImageDetails> &result) {
                // An image removed meanwhile shares nothing: remember it as empty.
                m_layersOf.insert(other, result.ok() ? result.value().layers : QStringList());
                if (generation == m_generation && --m_pending == 0)
                    render();
            });
    }
}

void ImageLayersPanel::render()
{
    // Names of the other images by id: "repo:tag" for each of their tags.
    QHash<QString, QStringList> namesOf;
    const Engine::ImageStore *images = m_session->images();
    for (const QString &key : images->keys()) {
        const Engine::ImageSummary *image = images->find(key);
        if (image && image->id != m_id)
            namesOf[image->id].append(ImageTableModel::reference(*image));
    }

    m_view->clear();
    int layerIndex = 0;
    int shared = 0;
    for (const Entry &entry : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(Step, entry.createdBy);
        item->setToolTip(Step, entry.createdBy);
        item->setText(Size, Format::size(entry.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        // A step that wrote no file adds no layer: only metadata (CMD, ENV, ...).
        if (entry.size == 0 || layerIndex >= m_layers.size()) {
            item->setText(Layer, tr("empty layer"));
            item->setForeground(Layer, palette().brush(QPalette::PlaceholderText));
            continue;
        }
        const QString layer = m_layers.at(layerIndex++);
        item->setText(Layer, Format::shortId(layer));
        item->setToolTip(Layer, layer);
        QStringList sharers;
        for (auto it = namesOf.cbegin(); it != namesOf.cend(); ++it) {
            if (m_layersOf.value(it.key()).contains(layer))
                sharers.append(it.value());
        }
        sharers.sort();
        if (!sharers.isEmpty())
            ++shared;
        item->setText(SharedWith, sharers.isEmpty() ? tr("only this image") : sharers.join(QStringLiteral(", ")));
        item->setToolTip(SharedWith, sharers.join(u'\n'));
        if (sharers.isEmpty())
            item->setForeground(SharedWith, palette().brush(QPalette::PlaceholderText));
    }
    m_summary->setText(tr("%n step(s). Layers on disk: %1, of which %2 shared with other local images (stored once, "
                          "read-only).",
                          nullptr, int(m_history.size()))
                           .arg(m_layers.size())
                           .arg(shared));
    m_loaded = true;
    Q_EMIT loaded();
}

void ImageLayersPanel::fail(const QString &message)
{
    ++m_generation;
    m_summary->setText(message);
    m_loaded = true;
    Q_EMIT loaded();
}

}  // namespace Hublot::Ui
