// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JsonTreeModel.h"
#include "ui/Language.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using Hublot::Ui::JsonTreeModel;

namespace {

// The shape of `docker inspect` on a container attached to two networks.
QJsonObject inspectLike()
{
    return QJsonDocument::fromJson(R"({
        "Id": "4f1e",
        "Name": "/web",
        "State": {"Status": "running", "Running": true, "Pid": 4242, "ExitCode": 0},
        "Mounts": [{"Type": "bind", "Source": "/srv/site", "Destination": "/www", "RW": false}],
        "NetworkSettings": {
            "IPAddress": "172.17.0.2",
            "SecondaryIPAddresses": null,
            "Networks": {
                "bridge": {"IPAddress": "172.17.0.2", "Gateway": "172.17.0.1"},
                "backend": {"IPAddress": "10.1.0.5", "Gateway": "10.1.0.1"}
            }
        }
    })")
        .object();
}

QStringList paths(const QModelIndexList &indexes)
{
    QStringList list;
    for (const QModelIndex &index : indexes)
        list.append(index.data(JsonTreeModel::PathRole).toString());
    return list;
}

}  // namespace

class JsonTreeModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English plurals ("2 containers") come from hublot_en.qm, as in the app.
    void initTestCase() { QVERIFY(Hublot::Ui::Language::install(qApp, QStringLiteral("en"))); }

    void membersAndElementsBecomeRowsWithTheirValues()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(inspectLike());
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex state = model.indexOfPath(QStringLiteral(".State"));
        QVERIFY(state.isValid());
        QCOMPARE(state.data().toString(), QStringLiteral("State"));
        QCOMPARE(state.siblingAtColumn(JsonTreeModel::Value).data().toString(), QStringLiteral("{4 fields}"));
        QCOMPARE(
            model.indexOfPath(QStringLiteral(".State.Pid")).siblingAtColumn(JsonTreeModel::Value).data().toString(),
            QStringLiteral("4242"));
        QCOMPARE(model.indexOfPath(QStringLiteral(".State.Running")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("true"));
        QCOMPARE(model.indexOfPath(QStringLiteral(".NetworkSettings.SecondaryIPAddresses"))
                     .siblingAtColumn(1)
                     .data()
                     .toString(),
                 QStringLiteral("null"));
        const QModelIndex source = model.indexOfPath(QStringLiteral(".Mounts[0].Source"));
        QCOMPARE(source.siblingAtColumn(1).data().toString(), QStringLiteral("/srv/site"));
        QCOMPARE(source.parent().data().toString(), QStringLiteral("[0]"));
        QCOMPARE(source.parent().parent(), model.indexOfPath(QStringLiteral(".Mounts")));
        QVERIFY(!model.indexOfPath(QStringLiteral(".Nothing")).isValid());
    }

    // Notes: docker inspect X | grep IPAddress.
    void searchingIpAddressFindsEveryIpAddressInDocumentOrder()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(inspectLike());
        const QModelIndexList found = model.search(QStringLiteral("ipaddress"));
        // QJsonObject keeps its keys sorted, as docker inspect prints them.
        QCOMPARE(paths(found),
                 (QStringList {QStringLiteral(".NetworkSettings.IPAddress"),
                               QStringLiteral(".NetworkSettings.Networks.backend.IPAddress"),
                               QStringLiteral(".NetworkSettings.Networks.bridge.IPAddress"),
                               QStringLiteral(".NetworkSettings.SecondaryIPAddresses")}));
        QVERIFY(found.first().data(JsonTreeModel::MatchRole).toBool());
        QVERIFY(found.first().data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.indexOfPath(QStringLiteral(".State")).data(JsonTreeModel::MatchRole).toBool());
    }

    void valuesMatchToo()
    {
        JsonTreeModel model;
        model.setJson(inspectLike());
        QCOMPARE(paths(model.search(QStringLiteral("10.1.0"))),
                 (QStringList {QStringLiteral(".NetworkSettings.Networks.backend.Gateway"),
                               QStringLiteral(".NetworkSettings.Networks.backend.IPAddress")}));
        QVERIFY(model.search(QStringLiteral("no such thing")).isEmpty());
        QVERIFY(model.search({}).isEmpty());
    }

    void aNewDocumentKeepsTheSearch()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(inspectLike());
        model.search(QStringLiteral("Gateway"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QJsonObject changed = inspectLike();
        changed.insert(QStringLiteral("Gateway"), QStringLiteral("top"));
        model.setJson(changed);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.searchText(), QStringLiteral("Gateway"));
        QVERIFY(model.indexOfPath(QStringLiteral(".Gateway")).data(JsonTreeModel::MatchRole).toBool());
    }
};

QTEST_MAIN(JsonTreeModelTest)
#include "JsonTreeModelTest.moc"
