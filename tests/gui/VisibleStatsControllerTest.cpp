// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/ContainerTreeModel.h"
#include "ui/stats/VisibleStatsController.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;
using Hublot::Ui::VisibleStatsController;

namespace {

constexpr int ContainerCount = 12;

}  // namespace

class VisibleStatsControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 30'000);
        for (int i = 0; i < ContainerCount; ++i) {
            // Named so that the table sorts them in the order they were made.
            const QString name = TestEngine::uniqueName(u"hublot-visiblestats-%1-"_s.arg(i, 2, 10, QChar(u'0')));
            const QByteArray id
                = TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels()
                                       + QStringList {TestEngine::image(), u"sleep"_s, u"600"_s});
            m_ids.append(QString::fromUtf8(id).trimmed());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_ids.cbegin(), m_ids.cend(),
                                             [this](const QString &id) {
                                                 const auto *c = m_session->containers()->find(id);
                                                 return c && c->state == Engine::ContainerSummary::State::Running;
                                             }),
                                 20'000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        TestEngine::cleanUp();
    }

    // Streams open for the running rows in sight, and close as they scroll
    // away, stop, or the list hides.
    void streamsFollowTheRowsInSight()
    {
        Ui::ContainerTreeModel model(m_session->containers());
        QSortFilterProxyModel mine;
        mine.setSourceModel(&model);
        mine.setFilterRole(Ui::KeyRole);
        mine.setFilterRegularExpression(u"^("_s + m_ids.join(u'|') + u")$"_s);
        mine.sort(Ui::ContainerTreeModel::Name);
        QTableView table;
        table.setModel(&mine);
        table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table.verticalHeader()->setDefaultSectionSize(24);
        table.verticalScrollBar()->setSingleStep(1);
        // Room for about eight rows of twelve: more than Qt's six connections a host.
        table.resize(600, table.horizontalHeader()->sizeHint().height() + 8 * 24 + 2 * table.frameWidth());
        table.show();
        QTRY_COMPARE(mine.rowCount(), ContainerCount);

        VisibleStatsController controller(m_session.get(), &table, Ui::KeyRole);
        const auto inSight = [&table, &mine] {
            QStringList ids;
            for (int row = 0; row < mine.rowCount(); ++row) {
                const QRect rect = table.visualRect(mine.index(row, 0));
                if (rect.isValid() && rect.bottom() >= 0 && rect.top() < table.viewport()->height())
                    ids.append(mine.index(row, 0).data(Ui::KeyRole).toString());
            }
            ids.sort();
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!controller.streamedIds().isEmpty(), 5'000);
        QStringList visible = inSight();
        QVERIFY2(visible.size() >= 7 && visible.size() < ContainerCount, qPrintable(visible.join(u' ')));
        QCOMPARE(controller.streamedIds(), visible);
        // Every one of them delivers samples, the seventh and later too.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(visible.cbegin(), visible.cend(),
                        [&controller](const QString &id) { return controller.latest(id).has_value(); }),
            20'000);
        QVERIFY(controller.latest(visible.first())->memoryLimit > 0);
        QVERIFY(!VisibleStatsController::memoryText(*controller.latest(visible.first())).isEmpty());

        // Scrolled to the end: the first rows' streams close, the last rows' open.
        const QString firstRow = mine.index(0, 0).data(Ui::KeyRole).toString();
        const QString lastRow = mine.index(ContainerCount - 1, 0).data(Ui::KeyRole).toString();
        QVERIFY(!controller.streamedIds().contains(lastRow));
        table.scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(controller.streamedIds().contains(lastRow), 5'000);
        QVERIFY(!controller.streamedIds().contains(firstRow));
        QCOMPARE(controller.streamedIds(), inSight());
        QVERIFY(!controller.latest(firstRow).has_value());

        // A row in sight whose container stops loses its stream.
        TestEngine::dockerOk({u"stop"_s, u"-t"_s, u"0"_s, lastRow});
        QTRY_VERIFY_WITH_TIMEOUT(!controller.streamedIds().contains(lastRow), 15'000);
        QVERIFY(controller.streamedIds().size() >= 6);

        // Hidden: nothing is streamed.
        table.hide();
        QTRY_VERIFY_WITH_TIMEOUT(controller.streamedIds().isEmpty(), 5'000);
        table.show();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.streamedIds().isEmpty(), 5'000);
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    QStringList m_ids;
};

QTEST_MAIN(VisibleStatsControllerTest)
#include "VisibleStatsControllerTest.moc"
