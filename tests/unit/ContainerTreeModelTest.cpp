// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerTreeModel.h"
#include "ui/ContainerFilterProxyModel.h"
#include "ui/Language.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <deque>
#include <memory>

using namespace Hublot;
using Engine::ContainerStore;
using Engine::ContainerSummary;
using Engine::EngineError;
using Ui::ContainerFilterProxyModel;
using Ui::ContainerTreeModel;
using ContainerList = QList<ContainerSummary>;
using ListResult = Engine::Result<ContainerList>;
using State = ContainerSummary::State;

namespace {

// Stands in for GET /containers/json: each fetch takes the next scripted
// answer, ready at once, or, when none is scripted, stays pending until
// the test finishes it.
class ScriptedListing final
{
public:
    ContainerStore::Fetch fetch()
    {
        return [this] {
            return next();
        };
    }

    void answer(const ListResult &result) { m_answers.push_back(result); }
    [[nodiscard]] int calls() const { return m_calls; }
    [[nodiscard]] qsizetype pending() const { return qsizetype(m_pending.size()); }

    void finishOldestPending(const ListResult &result)
    {
        QPromise<ListResult> &promise = *m_pending.front();
        promise.addResult(result);
        promise.finish();
        m_pending.pop_front();
    }

private:
    QFuture<ListResult> next()
    {
        ++m_calls;
        if (!m_answers.empty()) {
            ListResult result = m_answers.front();
            m_answers.pop_front();
            return QtFuture::makeReadyValueFuture(std::move(result));
        }
        auto promise = std::make_unique<QPromise<ListResult>>();
        promise->start();
        QFuture<ListResult> future = promise->future();
        m_pending.push_back(std::move(promise));
        return future;
    }

    std::deque<ListResult> m_answers;
    std::deque<std::unique_ptr<QPromise<ListResult>>> m_pending;
    int m_calls = 0;
};

const QDateTime Now = QDateTime::currentDateTimeUtc();

QString idOf(const QString &name)
{
    return name + QStringLiteral("-0123456789abcdef");
}

ContainerSummary container(const QString &name, State state = State::Running, qint64 secondsAgo = 600)
{
    ContainerSummary c;
    c.id = idOf(name);
    c.name = name;
    c.image = QStringLiteral("busybox:1.36");
    c.command = QStringLiteral("sleep 300");
    c.created = Now.addSecs(-secondsAgo);
    c.state = state;
    c.status = state == State::Running ? QStringLiteral("Up 10 minutes") : QStringLiteral("Exited (0) 1 minute ago");
    if (state == State::Exited)
        c.exitCode = 0;
    return c;
}

ContainerList containers(const QStringList &names)
{
    ContainerList list;
    for (const QString &name : names)
        list.append(container(name));
    return list;
}

QStringList namesIn(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, ContainerTreeModel::Name, parent).data().toString());
    return names;
}

// The whole tree as text: "name" for a top-level row, "project[a,b]" for a project.
QStringList treeIn(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString name = index.data().toString();
        rows.append(model.rowCount(index) > 0 ? name + u'[' + namesIn(model, index).join(u',') + u']' : name);
    }
    return rows;
}

ContainerSummary inProject(const QString &name, const QString &project, State state = State::Running)
{
    ContainerSummary c = container(name, state);
    c.labels.insert(QStringLiteral("com.docker.compose.project"), project);
    c.labels.insert(QStringLiteral("com.docker.compose.service"), name);
    return c;
}

QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> list;
    for (const QList<QVariant> &arguments : spy)
        list.append({arguments.at(1).toInt(), arguments.at(2).toInt()});
    return list;
}

using Ranges = QList<std::pair<int, int>>;

}  // namespace

// A store fed by a scripted listing, and the model over it, checked by
// QAbstractItemModelTester after every change.
struct Fixture
{
    ScriptedListing listing;
    ContainerStore store {listing.fetch()};
    ContainerTreeModel model {&store};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    // Refreshes with list and waits until the store has applied it; only
    // for refreshes that change something.
    [[nodiscard]] bool refreshWith(const ContainerList &list)
    {
        QSignalSpy changed(&store, &Engine::StoreSignals::changed);
        listing.answer(list);
        store.refresh();
        return QTest::qWaitFor([&changed] { return changed.size() == 1; });
    }
};

class ContainerTreeModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English plurals ("2 containers") come from hublot_en.qm, as in the app.
    void initTestCase() { QVERIFY(Hublot::Ui::Language::install(qApp, QStringLiteral("en"))); }

    void theFirstRefreshInsertsEveryContainer()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 0);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")})));
        QCOMPARE(ranges(inserted), (Ranges {{0, 2}}));
        QCOMPARE(namesIn(f.model),
                 (QStringList {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")}));
        QCOMPARE(f.model.columnCount(), int(ContainerTreeModel::ColumnCount));
        QCOMPARE(f.model.index(1, 0).data(Ui::KeyRole).toString(), container(QStringLiteral("db")).id);
        QCOMPARE(f.model.containerAt(f.model.index(2, 0))->name, QStringLiteral("cache"));
        QVERIFY(!f.model.index(3, 0).isValid());
        QCOMPARE(f.model.rowCount(f.model.index(0, 0)), 0);
    }

    void aModelOverALoadedStoreShowsItsRows()
    {
        ScriptedListing listing;
        ContainerStore store(listing.fetch());
        QSignalSpy changed(&store, &Engine::StoreSignals::changed);
        listing.answer(containers({QStringLiteral("web"), QStringLiteral("db")}));
        store.refresh();
        QTRY_COMPARE(changed.size(), 1);

        ContainerTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(namesIn(model), (QStringList {QStringLiteral("web"), QStringLiteral("db")}));
    }

    void newContainersAreAppended()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db")})));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QVERIFY(f.refreshWith(containers(
            {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("queue")})));
        QCOMPARE(ranges(inserted), (Ranges {{2, 3}}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(namesIn(f.model),
                 (QStringList {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache"),
                               QStringLiteral("queue")}));
    }

    void aChangedContainerUpdatesItsRowOnly()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")})));
        QCOMPARE(f.model.index(1, ContainerTreeModel::State).data().toString(), QStringLiteral("Running"));

        QSignalSpy dataChanged(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        ContainerList list = containers({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")});
        list[1].state = State::Exited;
        list[1].status = QStringLiteral("Exited (137) 1 second ago");
        list[1].exitCode = 137;
        QVERIFY(f.refreshWith(list));

        QCOMPARE(dataChanged.size(), 1);
        const auto topLeft = dataChanged.first().at(0).value<QModelIndex>();
        const auto bottomRight = dataChanged.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, f.model.index(1, 0));
        QCOMPARE(bottomRight, f.model.index(1, ContainerTreeModel::ColumnCount - 1));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(f.model.index(1, ContainerTreeModel::State).data().toString(), QStringLiteral("Exited (137)"));
        QCOMPARE(f.model.index(1, ContainerTreeModel::State).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Exited (137) 1 second ago"));
    }

    void aRefreshThatChangesNothingSignalsNothing()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db")})));
        QSignalSpy dataChanged(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&f.store, &Engine::StoreSignals::changed);

        // The same listing, then one with a newcomer: the first is applied
        // before the second, so once the newcomer shows, both are done.
        f.listing.answer(containers({QStringLiteral("web"), QStringLiteral("db")}));
        f.store.refresh();
        f.listing.answer(containers({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache")}));
        f.store.refresh();
        QTRY_COMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.listing.calls(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ranges(inserted), (Ranges {{2, 2}}));
        QCOMPARE(dataChanged.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void nonAdjacentRowsAreRemoved()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                          QStringLiteral("d"), QStringLiteral("e")})));
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")})));
        QCOMPARE(ranges(removed), (Ranges {{3, 3}, {1, 1}}));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(namesIn(f.model), (QStringList {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")}));
    }

    void adjacentRowsAreRemovedInOneGo()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                          QStringLiteral("d"), QStringLiteral("e")})));
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("e")})));
        QCOMPARE(ranges(removed), (Ranges {{1, 3}}));
        QCOMPARE(namesIn(f.model), (QStringList {QStringLiteral("a"), QStringLiteral("e")}));
    }

    void rowsRemovedInSuccessiveRefreshesAllLeave()
    {
        Fixture f;
        QVERIFY(f.refreshWith(
            containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})));
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")})));
        QCOMPARE(namesIn(f.model), (QStringList {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));

        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        f.listing.answer(containers({QStringLiteral("c")}));
        f.store.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(namesIn(f.model), QStringList {QStringLiteral("c")}, 1000);
        QCOMPARE(ranges(removed), (Ranges {{2, 2}, {0, 0}}));
    }

    void theStoreKeepsTheKeysThatRemainAfterARemoval()
    {
        Fixture f;
        QVERIFY(f.refreshWith(
            containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})));
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("x")})));
        QCOMPARE(f.store.size(), 3);
        QCOMPARE(f.store.keys(),
                 (QStringList {container(QStringLiteral("a")).id, container(QStringLiteral("c")).id,
                               container(QStringLiteral("x")).id}));
    }

    void addingAndRemovingInOneRefresh()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})));
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.refreshWith(containers({QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("c")})));
        QCOMPARE(ranges(removed), (Ranges {{0, 0}}));
        QCOMPARE(ranges(inserted), (Ranges {{2, 2}}));
        QCOMPARE(namesIn(f.model), (QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x")}));
    }

    void clearingTheStoreEmptiesTheTable()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})));
        f.store.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.store.isLoaded());
    }

    void theSortRoleGivesRawValues()
    {
        Fixture f;
        ContainerSummary web = container(QStringLiteral("web"), State::Running, 600);
        web.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
                     {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")}};
        QVERIFY(f.refreshWith({web}));

        const QModelIndex created = f.model.index(0, ContainerTreeModel::Created);
        const QVariant sortValue = created.data(Ui::SortRole);
        QCOMPARE(sortValue.typeId(), QMetaType::LongLong);
        QCOMPARE(sortValue.toLongLong(), web.created.toSecsSinceEpoch());
        QCOMPARE(created.data().typeId(), QMetaType::QString);  // the display is text ("10 minutes ago")

        QCOMPARE(f.model.index(0, ContainerTreeModel::Ports).data(Ui::SortRole).toInt(), 8080);
        QCOMPARE(f.model.index(0, ContainerTreeModel::State).data(Ui::SortRole).toInt(), int(State::Running));
        QCOMPARE(f.model.index(0, ContainerTreeModel::Name).data(Ui::SortRole).toString(), QStringLiteral("web"));
    }

    void sortingOnCreatedFollowsTimeNotText()
    {
        Fixture f;
        // As text, "10 minutes ago" < "2 days ago" < "3 hours ago".
        QVERIFY(f.refreshWith({container(QStringLiteral("hours"), State::Running, 3 * 3600),
                               container(QStringLiteral("days"), State::Running, 2 * 86400),
                               container(QStringLiteral("minutes"), State::Running, 10 * 60)}));
        ContainerFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.model);
        proxy.sort(ContainerTreeModel::Created, Qt::AscendingOrder);
        QCOMPARE(namesIn(proxy),
                 (QStringList {QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("minutes")}));
        proxy.sort(ContainerTreeModel::Created, Qt::DescendingOrder);
        QCOMPARE(namesIn(proxy),
                 (QStringList {QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("days")}));
    }

    void runningOnlyHidesStoppedContainers()
    {
        Fixture f;
        QVERIFY(f.refreshWith(
            {container(QStringLiteral("web"), State::Running), container(QStringLiteral("job"), State::Exited),
             container(QStringLiteral("fresh"), State::Created), container(QStringLiteral("db"), State::Running)}));
        ContainerFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.model);
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setRunningOnly(true);
        QVERIFY(proxy.runningOnly());
        QCOMPARE(namesIn(proxy), (QStringList {QStringLiteral("web"), QStringLiteral("db")}));

        proxy.setRunningOnly(false);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void aContainerThatStopsLeavesTheRunningOnlyView()
    {
        Fixture f;
        QVERIFY(f.refreshWith({container(QStringLiteral("web")), container(QStringLiteral("db"))}));
        ContainerFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.model);
        proxy.setRunningOnly(true);
        QCOMPARE(proxy.rowCount(), 2);

        QVERIFY(f.refreshWith({container(QStringLiteral("web")), container(QStringLiteral("db"), State::Exited)}));
        QCOMPARE(namesIn(proxy), QStringList {QStringLiteral("web")});
    }

    void theTextFilterMatchesNameOrImage()
    {
        Fixture f;
        ContainerSummary proxyContainer = container(QStringLiteral("front"));
        proxyContainer.image = QStringLiteral("nginx:1.27");
        QVERIFY(f.refreshWith(
            {proxyContainer, container(QStringLiteral("web-api")), container(QStringLiteral("db"), State::Exited)}));
        ContainerFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.model);

        proxy.setFilterFixedString(QStringLiteral("NGINX"));
        QCOMPARE(namesIn(proxy), QStringList {QStringLiteral("front")});
        proxy.setFilterFixedString(QStringLiteral("api"));
        QCOMPARE(namesIn(proxy), QStringList {QStringLiteral("web-api")});
        proxy.setFilterFixedString(QStringLiteral("busybox"));
        QCOMPARE(namesIn(proxy), (QStringList {QStringLiteral("web-api"), QStringLiteral("db")}));

        proxy.setRunningOnly(true);
        QCOMPARE(namesIn(proxy), QStringList {QStringLiteral("web-api")});
        proxy.setFilterFixedString(QStringLiteral("nothing like it"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void aFailedRefreshKeepsTheRows()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db")})));
        QSignalSpy failed(&f.store, &Engine::StoreSignals::refreshFailed);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

        f.listing.answer(EngineError::make(EngineError::Kind::ConnectionLost, QStringLiteral("unexpected EOF"),
                                           QStringLiteral("GET /containers/json")));
        f.store.refresh();
        QTRY_COMPARE(failed.size(), 1);
        const auto error = failed.first().at(0).value<EngineError>();
        QCOMPARE(error.kind, EngineError::Kind::ConnectionLost);
        QCOMPARE(error.engineMessage, QStringLiteral("unexpected EOF"));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(namesIn(f.model), (QStringList {QStringLiteral("web"), QStringLiteral("db")}));
        QVERIFY(f.store.isLoaded());

        // And the next refresh goes ahead as usual.
        QVERIFY(f.refreshWith(containers({QStringLiteral("web")})));
        QCOMPARE(namesIn(f.model), QStringList {QStringLiteral("web")});
    }

    void refreshesAskedForInFlightRunOnceAfterIt()
    {
        Fixture f;
        f.store.refresh();
        QCOMPARE(f.listing.calls(), 1);
        f.store.refresh();
        f.store.refresh();
        f.store.refresh();
        QCOMPARE(f.listing.calls(), 1);

        f.listing.finishOldestPending(containers({QStringLiteral("web")}));
        QTRY_COMPARE(f.listing.calls(), 2);
        QCOMPARE(namesIn(f.model), QStringList {QStringLiteral("web")});
        QCOMPARE(f.listing.pending(), 1);

        f.listing.finishOldestPending(containers({QStringLiteral("web"), QStringLiteral("db")}));
        QTRY_COMPARE(f.model.rowCount(), 2);
        // The three asked for during the first made one fetch, not three.
        QCOMPARE(f.listing.calls(), 2);
        QCOMPARE(f.listing.pending(), 0);

        f.store.refresh();
        QCOMPARE(f.listing.calls(), 3);
    }

    void aListingFromBeforeAClearIsIgnored()
    {
        Fixture f;
        f.store.refresh();
        QCOMPARE(f.listing.pending(), 1);
        f.store.clear();
        f.listing.finishOldestPending(containers({QStringLiteral("stale")}));

        // A fresh refresh is not held back by the stale one and shows only its own answer.
        QVERIFY(f.refreshWith(containers({QStringLiteral("web")})));
        QCOMPARE(f.listing.calls(), 2);
        QCOMPARE(namesIn(f.model), QStringList {QStringLiteral("web")});
    }

    void everyColumnHasAHeader()
    {
        Fixture f;
        QStringList headers;
        for (int column = 0; column < f.model.columnCount(); ++column)
            headers.append(f.model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        QCOMPARE(headers,
                 (QStringList {QStringLiteral("Name"), QStringLiteral("Image"), QStringLiteral("State"),
                               QStringLiteral("Ports"), QStringLiteral("Created"), QStringLiteral("IP address"),
                               QStringLiteral("CPU"), QStringLiteral("Memory")}));
    }

    // CPU and memory show for running containers with a sample, and a new
    // sample repaints only those two cells of its row.
    void cpuAndMemoryComeFromTheStatsLookup()
    {
        Fixture f;
        QVERIFY(f.refreshWith(containers({QStringLiteral("web"), QStringLiteral("db")})));
        const QModelIndex web = f.model.indexOf(idOf(QStringLiteral("web")));
        QVERIFY(web.isValid());
        QVERIFY(web.siblingAtColumn(ContainerTreeModel::Cpu).data().toString().isEmpty());
        Engine::ContainerStats sample;
        sample.cpuPercent = 12.5;
        sample.memoryUsage = 3 * 1024 * 1024;
        sample.memoryLimit = 1024 * 1024 * 1024;
        f.model.setStatsLookup([&sample](const QString &id) -> std::optional<Engine::ContainerStats> {
            if (id == idOf(QStringLiteral("web")))
                return sample;
            return std::nullopt;
        });
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.statsChanged(idOf(QStringLiteral("web")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), web.siblingAtColumn(ContainerTreeModel::Cpu));
        QCOMPARE(changed.first().at(1).toModelIndex(), web.siblingAtColumn(ContainerTreeModel::Memory));
        QCOMPARE(web.siblingAtColumn(ContainerTreeModel::Cpu).data().toString(), QStringLiteral("12.5 %"));
        QVERIFY(web.siblingAtColumn(ContainerTreeModel::Memory).data().toString().startsWith(u'3'));
        QCOMPARE(web.siblingAtColumn(ContainerTreeModel::Cpu).data(Ui::SortRole).toDouble(), 12.5);
        const QModelIndex db = f.model.indexOf(idOf(QStringLiteral("db")));
        QVERIFY(db.siblingAtColumn(ContainerTreeModel::Memory).data().toString().isEmpty());
    }

    void containersOfAComposeProjectAreGroupedUnderIt()
    {
        Fixture f;
        QVERIFY(
            f.refreshWith({container(QStringLiteral("loose")), inProject(QStringLiteral("web"), QStringLiteral("shop")),
                           inProject(QStringLiteral("db"), QStringLiteral("shop")),
                           inProject(QStringLiteral("api"), QStringLiteral("blog"), State::Exited)}));
        QCOMPARE(treeIn(f.model),
                 (QStringList {QStringLiteral("loose"), QStringLiteral("shop[web,db]"), QStringLiteral("blog[api]")}));
        const QModelIndex shop = f.model.index(1, 0);
        QVERIFY(shop.data(ContainerTreeModel::IsProjectRole).toBool());
        QVERIFY(!f.model.containerAt(shop));
        QCOMPARE(shop.siblingAtColumn(ContainerTreeModel::Image).data().toString(), QStringLiteral("2 containers"));
        QCOMPARE(shop.siblingAtColumn(ContainerTreeModel::State).data().toString(), QStringLiteral("2 of 2 running"));
        const QModelIndex db = f.model.index(1, 0, shop);
        QCOMPARE(db.parent(), shop);
        QCOMPARE(f.model.containerAt(db)->name, QStringLiteral("db"));
        QCOMPARE(f.model.indexOf(db.data(Ui::KeyRole).toString()), db);
        QCOMPARE(db.data(ContainerTreeModel::ProjectRole).toString(), QStringLiteral("shop"));
        QCOMPARE(f.model.indexOf(container(QStringLiteral("loose")).id), f.model.index(0, 0));
    }

    void aProjectFollowsItsContainersInAndOut()
    {
        Fixture f;
        QVERIFY(f.refreshWith({inProject(QStringLiteral("web"), QStringLiteral("shop"))}));
        QVERIFY(
            f.refreshWith({inProject(QStringLiteral("web"), QStringLiteral("shop")), container(QStringLiteral("a"))}));
        QCOMPARE(treeIn(f.model), (QStringList {QStringLiteral("shop[web]"), QStringLiteral("a")}));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.refreshWith({inProject(QStringLiteral("web"), QStringLiteral("shop")), container(QStringLiteral("a")),
                               inProject(QStringLiteral("db"), QStringLiteral("shop"))}));
        // One row into the project, none at the top.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), f.model.index(0, 0));
        QCOMPARE(treeIn(f.model), (QStringList {QStringLiteral("shop[web,db]"), QStringLiteral("a")}));

        // A project's container stops: its row and the project's summary change.
        QSignalSpy dataChanged(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            f.refreshWith({inProject(QStringLiteral("web"), QStringLiteral("shop"), State::Exited),
                           container(QStringLiteral("a")), inProject(QStringLiteral("db"), QStringLiteral("shop"))}));
        QCOMPARE(dataChanged.size(), 2);
        QCOMPARE(f.model.index(0, ContainerTreeModel::State).data().toString(), QStringLiteral("1 of 2 running"));

        QVERIFY(
            f.refreshWith({container(QStringLiteral("a")), inProject(QStringLiteral("db"), QStringLiteral("shop"))}));
        QCOMPARE(treeIn(f.model), (QStringList {QStringLiteral("shop[db]"), QStringLiteral("a")}));
        // The last one goes: so does the project, and the row below moves up.
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.refreshWith({container(QStringLiteral("a"))}));
        QCOMPARE(ranges(removed), (Ranges {{0, 0}}));
        QCOMPARE(treeIn(f.model), QStringList {QStringLiteral("a")});
        QCOMPARE(f.model.indexOf(container(QStringLiteral("a")).id), f.model.index(0, 0));

        // And it comes back as a new project.
        QVERIFY(
            f.refreshWith({container(QStringLiteral("a")), inProject(QStringLiteral("db"), QStringLiteral("shop"))}));
        QCOMPARE(treeIn(f.model), (QStringList {QStringLiteral("a"), QStringLiteral("shop[db]")}));
    }

    void removingProjectsAndLooseContainersTogetherKeepsTheTreeSound()
    {
        Fixture f;
        QVERIFY(f.refreshWith({container(QStringLiteral("a")), inProject(QStringLiteral("w1"), QStringLiteral("p1")),
                               container(QStringLiteral("b")), inProject(QStringLiteral("w2"), QStringLiteral("p2")),
                               inProject(QStringLiteral("w3"), QStringLiteral("p2")), container(QStringLiteral("c"))}));
        QCOMPARE(treeIn(f.model),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("p1[w1]"),
                               QStringLiteral("p2[w2,w3]")}));
        QVERIFY(f.refreshWith({container(QStringLiteral("b")), inProject(QStringLiteral("w3"), QStringLiteral("p2"))}));
        QCOMPARE(treeIn(f.model), (QStringList {QStringLiteral("b"), QStringLiteral("p2[w3]")}));
        const QModelIndex w3 = f.model.index(0, 0, f.model.index(1, 0));
        QCOMPARE(f.model.indexOf(w3.data(Ui::KeyRole).toString()), w3);
        f.store.clear();
        QCOMPARE(f.model.rowCount(), 0);
    }

    void theFilterShowsAProjectThroughItsContainers()
    {
        Fixture f;
        QVERIFY(f.refreshWith({container(QStringLiteral("loose"), State::Exited),
                               inProject(QStringLiteral("web"), QStringLiteral("shop")),
                               inProject(QStringLiteral("db"), QStringLiteral("shop"), State::Exited),
                               inProject(QStringLiteral("api"), QStringLiteral("blog"), State::Exited)}));
        ContainerFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.model);
        QCOMPARE(treeIn(proxy),
                 (QStringList {QStringLiteral("loose"), QStringLiteral("shop[web,db]"), QStringLiteral("blog[api]")}));
        proxy.setRunningOnly(true);
        QCOMPARE(treeIn(proxy), QStringList {QStringLiteral("shop[web]")});
        proxy.setRunningOnly(false);
        // A project's name finds its containers; a container's name, its project with it alone.
        proxy.setFilterFixedString(QStringLiteral("SHOP"));
        QCOMPARE(treeIn(proxy), QStringList {QStringLiteral("shop[web,db]")});
        proxy.setFilterFixedString(QStringLiteral("api"));
        QCOMPARE(treeIn(proxy), QStringList {QStringLiteral("blog[api]")});
    }

    void publishedTcpPortsAreLinksToLocalhost()
    {
        ContainerSummary c = container(QStringLiteral("web"));
        c.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
                   {QStringLiteral("127.0.0.1"), 53, 5353, QStringLiteral("udp")},
                   {QStringLiteral("192.168.1.5"), 443, 8443, QStringLiteral("tcp")},
                   {QString(), 9000, 0, QStringLiteral("tcp")}};
        const QList<ContainerTreeModel::PortLink> links = ContainerTreeModel::portLinks(c);
        QCOMPARE(links.size(), 4);
        QCOMPARE(links.at(0).url, QUrl(QStringLiteral("http://localhost:8080/")));
        QVERIFY(!links.at(1).url.isValid());  // udp
        QCOMPARE(links.at(2).url, QUrl(QStringLiteral("http://192.168.1.5:8443/")));
        QVERIFY(!links.at(3).url.isValid());  // not published
        QCOMPARE(links.at(3).text, QStringLiteral("9000/tcp"));
        QCOMPARE(ContainerTreeModel::localUrl(QStringLiteral("::"), 80), QUrl(QStringLiteral("http://localhost:80/")));
    }

    void portsReadAsDockerPsWritesThem()
    {
        ContainerSummary c = container(QStringLiteral("web"));
        c.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
                   {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")},
                   {QString(), 443, 0, QStringLiteral("tcp")}};
        QCOMPARE(ContainerTreeModel::portsText(c), QStringLiteral("0.0.0.0:8080→80/tcp, [::]:8080→80/tcp, 443/tcp"));
    }
};

QTEST_MAIN(ContainerTreeModelTest)
#include "ContainerTreeModelTest.moc"
