// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ResourceStore.h"

#include <QPromise>
#include <QSignalSpy>
#include <QtTest>

using namespace Hublot::Engine;

namespace {

struct Item
{
    QString id;
    QString state;
    [[nodiscard]] QString key() const { return id; }
    bool operator==(const Item &) const = default;
};

using Store = ResourceStore<Item>;
using Answer = QPromise<Result<QList<Item>>>;

// The engine side of the store, answered by the test when it chooses: a
// pending full list or a pending filtered list, each a promise.
struct Lists
{
    QList<std::shared_ptr<Answer>> full;
    QList<std::pair<QStringList, std::shared_ptr<Answer>>> some;

    Store::Fetch fetch()
    {
        return [this] {
            auto promise = std::make_shared<Answer>();
            promise->start();
            full.append(promise);
            return promise->future();
        };
    }
    Store::FetchSome fetchSome()
    {
        return [this](const QStringList &keys) {
            auto promise = std::make_shared<Answer>();
            promise->start();
            some.append({keys, promise});
            return promise->future();
        };
    }
};

void answer(const std::shared_ptr<Answer> &promise, const QList<Item> &items)
{
    promise->addResult(Result<QList<Item>>(items));
    promise->finish();
    QCoreApplication::processEvents();
}

QString stateOf(const Store &store, const QString &key)
{
    const Item *item = store.find(key);
    return item ? item->state : QStringLiteral("<absent>");
}

}  // namespace

class ResourceStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEventRefreshesOnlyTheObjectItNames()
    {
        Lists lists;
        Store store(lists.fetch(), lists.fetchSome());
        store.refresh();
        answer(lists.full.takeFirst(),
               {{QStringLiteral("a"), QStringLiteral("exited")}, {QStringLiteral("b"), QStringLiteral("exited")}});
        QSignalSpy changed(&store, &StoreSignals::changed);
        store.refreshKeys({QStringLiteral("a")});
        QVERIFY(lists.full.isEmpty());
        QCOMPARE(lists.some.size(), 1);
        QCOMPARE(lists.some.first().first, QStringList {QStringLiteral("a")});
        answer(lists.some.takeFirst().second, {{QStringLiteral("a"), QStringLiteral("running")}});
        QCOMPARE(stateOf(store, QStringLiteral("a")), QStringLiteral("running"));
        QCOMPARE(stateOf(store, QStringLiteral("b")), QStringLiteral("exited"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<StoreChange>().updated, QStringList {QStringLiteral("a")});
    }

    void aKeyTheEngineNoLongerListsIsRemovedAndANewOneAdded()
    {
        Lists lists;
        Store store(lists.fetch(), lists.fetchSome());
        store.refresh();
        answer(lists.full.takeFirst(), {{QStringLiteral("a"), QStringLiteral("exited")}});
        store.refreshKeys({QStringLiteral("a"), QStringLiteral("c")});
        QCOMPARE(lists.some.size(), 1);
        answer(lists.some.takeFirst().second, {{QStringLiteral("c"), QStringLiteral("created")}});
        QCOMPARE(stateOf(store, QStringLiteral("a")), QStringLiteral("<absent>"));
        QCOMPARE(stateOf(store, QStringLiteral("c")), QStringLiteral("created"));
        QCOMPARE(store.keys(), QStringList {QStringLiteral("c")});
    }

    // A full list that left before an event must not undo what the event's
    // own list brings: fetches never overlap, and the keys wait.
    void fetchesNeverOverlapSoAnOlderAnswerCannotWin()
    {
        Lists lists;
        Store store(lists.fetch(), lists.fetchSome());
        store.refresh();
        answer(lists.full.takeFirst(), {{QStringLiteral("a"), QStringLiteral("exited")}});
        store.refresh();
        store.refreshKeys({QStringLiteral("a")});
        QCOMPARE(lists.full.size(), 1);
        QVERIFY(lists.some.isEmpty());
        answer(lists.full.takeFirst(), {{QStringLiteral("a"), QStringLiteral("exited")}});
        QCOMPARE(lists.some.size(), 1);
        answer(lists.some.takeFirst().second, {{QStringLiteral("a"), QStringLiteral("running")}});
        QCOMPARE(stateOf(store, QStringLiteral("a")), QStringLiteral("running"));
    }

    void manyWaitingKeysBecomeOneFullList()
    {
        Lists lists;
        Store store(lists.fetch(), lists.fetchSome());
        store.refresh();
        answer(lists.full.takeFirst(), {});
        store.refreshKeys({QStringLiteral("first")});
        QCOMPARE(lists.some.size(), 1);
        for (int i = 0; i <= Store::MaxKeysPerFetch; ++i)
            store.refreshKeys({QString::number(i)});
        answer(lists.some.takeFirst().second, {});
        QVERIFY(lists.some.isEmpty());
        QCOMPARE(lists.full.size(), 1);
    }

    void beforeTheFirstListAnEventAsksForTheWholeList()
    {
        Lists lists;
        Store store(lists.fetch(), lists.fetchSome());
        store.refreshKeys({QStringLiteral("a")});
        QCOMPARE(lists.full.size(), 1);
        QVERIFY(lists.some.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ResourceStoreTest)
#include "ResourceStoreTest.moc"
