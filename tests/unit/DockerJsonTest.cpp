// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerSummary.h"
#include "engine/DockerEvent.h"
#include "engine/EngineError.h"
#include "engine/EngineVersion.h"
#include "engine/ImageSummary.h"
#include "engine/NetworkSummary.h"
#include "engine/VolumeSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace Hublot::Engine;
using Port = ContainerSummary::Port;

namespace {

QJsonObject parse(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("a fixture is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::UTC);
}

// Entries as Docker Engine 27 (API 1.45) lists them on GET /containers/json?all=1.
constexpr QByteArrayView RunningContainer = R"({
  "Id": "8dfafdbc3a40c8a4b8f6e0f1a4e4cd2a8a3b1f9c2c6d7e8f9a0b1c2d3e4f5a6b",
  "Names": ["/web"],
  "Image": "nginx:1.27",
  "ImageID": "sha256:3f8a4339aadda5897b744682f5f774dc69991a81af8d715d37a616bb4c99edf5",
  "Command": "/docker-entrypoint.sh nginx -g 'daemon off;'",
  "Created": 1767225600,
  "Ports": [
    {"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},
    {"IP": "::", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},
    {"PrivatePort": 443, "Type": "tcp"}
  ],
  "Labels": {"com.docker.compose.project": "shop", "maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"},
  "State": "running",
  "Status": "Up 3 minutes",
  "HostConfig": {"NetworkMode": "bridge"},
  "NetworkSettings": {"Networks": {
    "bridge": {"IPAMConfig": null, "Links": null, "Aliases": null, "MacAddress": "02:42:ac:11:00:02",
               "NetworkID": "f2de39df4171b0dc801e8002d1d999b77256983dfc63041c0f34030aa3977566",
               "EndpointID": "2cdc4edb1ded3631c81f57966563e5c8525b81121bb3706a9a9a3ae102711f3f",
               "Gateway": "172.17.0.1", "IPAddress": "172.17.0.2", "IPPrefixLen": 16, "IPv6Gateway": "",
               "GlobalIPv6Address": "", "GlobalIPv6PrefixLen": 0, "DriverOpts": null, "DNSNames": null},
    "shop_default": {"IPAMConfig": null, "Links": null, "Aliases": null, "MacAddress": "02:42:ac:12:00:03",
               "NetworkID": "7a1c9e1ba3b5f0d2", "EndpointID": "", "Gateway": "172.18.0.1",
               "IPAddress": "172.18.0.3", "IPPrefixLen": 16, "DNSNames": ["web", "8dfafdbc3a40"]}
  }},
  "Mounts": []
})";

constexpr QByteArrayView ExitedContainer = R"({
  "Id": "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
  "Names": ["/batch-job"],
  "Image": "busybox",
  "ImageID": "sha256:65ad0d468eb1c558bf7f4e64e790f586e9eda649ee9f130cd0e835b292bbc5ac",
  "Command": "sh -c 'sleep 1000'",
  "Created": 1767222000,
  "Ports": [],
  "Labels": {},
  "State": "exited",
  "Status": "Exited (137) 2 minutes ago",
  "HostConfig": {"NetworkMode": "none"},
  "NetworkSettings": {"Networks": {"none": {"IPAMConfig": null, "NetworkID": "c0ffee", "Gateway": "",
                                             "IPAddress": "", "IPPrefixLen": 0}}},
  "Mounts": []
})";

constexpr QByteArrayView CreatedContainer = R"({
  "Id": "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100",
  "Names": ["/never-started"],
  "Image": "alpine:3.20",
  "ImageID": "sha256:91ef0af61f39ece4d6710e465df5ed6ca12112358344fd51ae6a3b886634148b",
  "Command": "/bin/sh",
  "Created": 1767229200,
  "Ports": [{"PrivatePort": 5432, "Type": "tcp"}],
  "Labels": null,
  "State": "created",
  "Status": "Created",
  "HostConfig": {"NetworkMode": "bridge"},
  "NetworkSettings": {"Networks": {"bridge": {"NetworkID": "", "Gateway": "", "IPAddress": "", "IPPrefixLen": 0}}},
  "Mounts": []
})";

}  // namespace

class DockerJsonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunningContainerReadsAsTheEngineListsIt()
    {
        const ContainerSummary c = ContainerSummary::fromJson(parse(RunningContainer));
        QCOMPARE(c.id, QStringLiteral("8dfafdbc3a40c8a4b8f6e0f1a4e4cd2a8a3b1f9c2c6d7e8f9a0b1c2d3e4f5a6b"));
        QCOMPARE(c.key(), c.id);
        QCOMPARE(c.name, QStringLiteral("web"));
        QCOMPARE(c.image, QStringLiteral("nginx:1.27"));
        QCOMPARE(c.imageId, QStringLiteral("sha256:3f8a4339aadda5897b744682f5f774dc69991a81af8d715d37a616bb4c99edf5"));
        QCOMPARE(c.command, QStringLiteral("/docker-entrypoint.sh nginx -g 'daemon off;'"));
        QCOMPARE(c.created, utc(1767225600));
        QCOMPARE(c.state, ContainerSummary::State::Running);
        QCOMPARE(c.status, QStringLiteral("Up 3 minutes"));
        QVERIFY(!c.exitCode.has_value());
    }

    void publishedPortsIncludingIPv6AreAllKept()
    {
        const ContainerSummary c = ContainerSummary::fromJson(parse(RunningContainer));
        const QList<Port> expected {
            {QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
            {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")},
            {QString(), 443, 0, QStringLiteral("tcp")},
        };
        QCOMPARE(c.ports, expected);
    }

    void labelsAndNetworkAddressesAreRead()
    {
        const ContainerSummary c = ContainerSummary::fromJson(parse(RunningContainer));
        QCOMPARE(c.labels.size(), 2);
        QCOMPARE(c.labels.value(QStringLiteral("com.docker.compose.project")), QStringLiteral("shop"));
        QCOMPARE(c.labels.value(QStringLiteral("maintainer")),
                 QStringLiteral("NGINX Docker Maintainers <docker-maint@nginx.com>"));
        const QMap<QString, QString> addresses {{QStringLiteral("bridge"), QStringLiteral("172.17.0.2")},
                                                {QStringLiteral("shop_default"), QStringLiteral("172.18.0.3")}};
        QCOMPARE(c.ipAddresses, addresses);
    }

    void anExitedContainerKeepsItsExitCode()
    {
        const ContainerSummary c = ContainerSummary::fromJson(parse(ExitedContainer));
        QCOMPARE(c.name, QStringLiteral("batch-job"));
        QCOMPARE(c.state, ContainerSummary::State::Exited);
        QCOMPARE(c.status, QStringLiteral("Exited (137) 2 minutes ago"));
        QVERIFY(c.exitCode.has_value());
        QCOMPARE(*c.exitCode, 137);
        QVERIFY(c.ports.isEmpty());
        QVERIFY(c.labels.isEmpty());
        // A network without an address ("none") gives no entry.
        QVERIFY(c.ipAddresses.isEmpty());
    }

    void anExitCodeOfZeroIsStillAnExitCode()
    {
        QJsonObject json = parse(ExitedContainer);
        json.insert(u"Status", QStringLiteral("Exited (0) 5 seconds ago"));
        const ContainerSummary c = ContainerSummary::fromJson(json);
        QVERIFY(c.exitCode.has_value());
        QCOMPARE(*c.exitCode, 0);
    }

    void aCreatedContainerHasNoExitCodeNorAddress()
    {
        const ContainerSummary c = ContainerSummary::fromJson(parse(CreatedContainer));
        QCOMPARE(c.name, QStringLiteral("never-started"));
        QCOMPARE(c.state, ContainerSummary::State::Created);
        QCOMPARE(c.status, QStringLiteral("Created"));
        QVERIFY(!c.exitCode.has_value());
        QCOMPARE(c.ports, (QList<Port> {{QString(), 5432, 0, QStringLiteral("tcp")}}));
        QVERIFY(c.labels.isEmpty());  // "Labels": null
        QVERIFY(c.ipAddresses.isEmpty());
        QCOMPARE(c.created, utc(1767229200));
    }

    void everyStateTheEngineNamesIsKnown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ContainerSummary::State>("state");
        QTest::newRow("created") << QStringLiteral("created") << ContainerSummary::State::Created;
        QTest::newRow("running") << QStringLiteral("running") << ContainerSummary::State::Running;
        QTest::newRow("paused") << QStringLiteral("paused") << ContainerSummary::State::Paused;
        QTest::newRow("restarting") << QStringLiteral("restarting") << ContainerSummary::State::Restarting;
        QTest::newRow("removing") << QStringLiteral("removing") << ContainerSummary::State::Removing;
        QTest::newRow("exited") << QStringLiteral("exited") << ContainerSummary::State::Exited;
        QTest::newRow("dead") << QStringLiteral("dead") << ContainerSummary::State::Dead;
        QTest::newRow("something new") << QStringLiteral("hibernating") << ContainerSummary::State::Unknown;
        QTest::newRow("empty") << QString() << ContainerSummary::State::Unknown;
    }

    void everyStateTheEngineNamesIsKnown()
    {
        QFETCH(QString, name);
        QFETCH(ContainerSummary::State, state);
        QCOMPARE(ContainerSummary::stateFromString(name), state);
    }

    void anImageWithSeveralTagsGivesARowPerTag()
    {
        const QList<ImageSummary> rows = ImageSummary::fromJson(parse(R"({
          "Id": "sha256:3f8a4339aadda5897b744682f5f774dc69991a81af8d715d37a616bb4c99edf5",
          "ParentId": "",
          "RepoTags": ["nginx:1.27", "nginx:latest", "registry.example.org/web/nginx:stable"],
          "RepoDigests": ["nginx@sha256:0f2ab24c6aba5d96fcf6e7a736333f26dca1acf5fa8def4c276f6efc7d56251f"],
          "Created": 1767139200,
          "Size": 191670474,
          "SharedSize": -1,
          "VirtualSize": 191670474,
          "Labels": {"maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"},
          "Containers": 2
        })"));
        QCOMPARE(rows.size(), 3);
        QStringList repositoryTags;
        for (const ImageSummary &row : rows) {
            repositoryTags.append(row.repository + u' ' + row.tag);
            QCOMPARE(row.id, QStringLiteral("sha256:3f8a4339aadda5897b744682f5f774dc69991a81af8d715d37a616bb4c99edf5"));
            QCOMPARE(row.size, 191670474);
            QCOMPARE(row.sharedSize, -1);
            QCOMPARE(row.containers, 2);
            QCOMPARE(row.created, utc(1767139200));
            QCOMPARE(row.labels.value(QStringLiteral("maintainer")),
                     QStringLiteral("NGINX Docker Maintainers <docker-maint@nginx.com>"));
            QVERIFY(!row.isDangling());
        }
        QCOMPARE(repositoryTags,
                 (QStringList {QStringLiteral("nginx 1.27"), QStringLiteral("nginx latest"),
                               QStringLiteral("registry.example.org/web/nginx stable")}));
        // Each row is its own item in the store.
        QCOMPARE(QSet<QString>({rows[0].key(), rows[1].key(), rows[2].key()}).size(), 3);
    }

    void aRegistryPortIsNotATag_data()
    {
        QTest::addColumn<QString>("repoTag");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("port and tag") << QStringLiteral("localhost:5000/app:1") << QStringLiteral("localhost:5000/app")
                                      << QStringLiteral("1");
        QTest::newRow("port, no tag") << QStringLiteral("localhost:5000/app") << QStringLiteral("localhost:5000/app")
                                      << QStringLiteral("latest");
        QTest::newRow("port, nested path") << QStringLiteral("registry:5000/team/app:v2.1")
                                           << QStringLiteral("registry:5000/team/app") << QStringLiteral("v2.1");
        QTest::newRow("plain") << QStringLiteral("busybox:1.36") << QStringLiteral("busybox") << QStringLiteral("1.36");
    }

    void aRegistryPortIsNotATag()
    {
        QFETCH(QString, repoTag);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QJsonObject json = parse(R"({"Id": "sha256:0123", "RepoTags": [], "Created": 1767139200, "Size": 4261550})");
        json.insert(u"RepoTags", QJsonArray {repoTag});
        const QList<ImageSummary> rows = ImageSummary::fromJson(json);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().repository, repository);
        QCOMPARE(rows.first().tag, tag);
    }

    void aDanglingImageGivesOneNoneRow()
    {
        const QList<ImageSummary> rows = ImageSummary::fromJson(parse(R"({
          "Id": "sha256:9c7a54a9a43cca047013b82af109fe963fde787f63f9e016fdc3384500c2823d",
          "ParentId": "",
          "RepoTags": null,
          "RepoDigests": ["busybox@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7"],
          "Created": 1767052800,
          "Size": 4261550,
          "SharedSize": -1,
          "Labels": null,
          "Containers": -1
        })"));
        QCOMPARE(rows.size(), 1);
        const ImageSummary &row = rows.first();
        QCOMPARE(row.id, QStringLiteral("sha256:9c7a54a9a43cca047013b82af109fe963fde787f63f9e016fdc3384500c2823d"));
        QCOMPARE(row.tag, QStringLiteral("<none>"));
        QCOMPARE(row.size, 4261550);
        QCOMPARE(row.containers, -1);
        QVERIFY(row.labels.isEmpty());
        QCOMPARE(row.repository, QStringLiteral("busybox"));
        QVERIFY(row.isDangling());  // no tag: `docker images -f dangling=true` lists it
    }

    void anImageTaggedNoneNoneIsDangling()
    {
        // Older engines (before API 1.43) list an untagged image this way.
        const QList<ImageSummary> rows = ImageSummary::fromJson(
            parse(R"({"Id": "sha256:77aa", "RepoTags": ["<none>:<none>"], "RepoDigests": ["<none>@<none>"],
                      "Created": 1767052800, "Size": 1024})"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().repository, QStringLiteral("<none>"));
        QCOMPARE(rows.first().tag, QStringLiteral("<none>"));
        QVERIFY(rows.first().isDangling());
    }

    void theEngineVersionAndItsComponentsAreRead()
    {
        const EngineVersion v = EngineVersion::fromJson(parse(R"({
          "Platform": {"Name": "Docker Engine - Community"},
          "Components": [
            {"Name": "Engine", "Version": "27.1.1",
             "Details": {"ApiVersion": "1.46", "Arch": "amd64", "BuildTime": "2024-07-23T18:01:35.000000000+00:00",
                         "Experimental": "false", "GitCommit": "cc13f95", "GoVersion": "go1.21.12",
                         "KernelVersion": "6.1.0-23-amd64", "MinAPIVersion": "1.24", "Os": "linux"}},
            {"Name": "containerd", "Version": "1.7.19",
             "Details": {"GitCommit": "2bf793ef6dc9a18e00cb12efb64355c2c9d5eb41"}},
            {"Name": "runc", "Version": "1.7.19", "Details": {"GitCommit": "v1.1.13-0-g58aa920"}},
            {"Name": "docker-init", "Version": "0.19.0", "Details": {"GitCommit": "de40ad0"}}
          ],
          "Version": "27.1.1",
          "ApiVersion": "1.46",
          "MinAPIVersion": "1.24",
          "GitCommit": "cc13f95",
          "GoVersion": "go1.21.12",
          "Os": "linux",
          "Arch": "amd64",
          "KernelVersion": "6.1.0-23-amd64",
          "BuildTime": "2024-07-23T18:01:35.000000000+00:00"
        })"));
        QCOMPARE(v.platformName, QStringLiteral("Docker Engine - Community"));
        QCOMPARE(v.version, QStringLiteral("27.1.1"));
        QCOMPARE(v.apiVersion, QStringLiteral("1.46"));
        QCOMPARE(v.minApiVersion, QStringLiteral("1.24"));
        QCOMPARE(v.gitCommit, QStringLiteral("cc13f95"));
        QCOMPARE(v.goVersion, QStringLiteral("go1.21.12"));
        QCOMPARE(v.os, QStringLiteral("linux"));
        QCOMPARE(v.arch, QStringLiteral("amd64"));
        QCOMPARE(v.kernelVersion, QStringLiteral("6.1.0-23-amd64"));
        QCOMPARE(v.buildTime, QStringLiteral("2024-07-23T18:01:35.000000000+00:00"));
        QCOMPARE(v.components.size(), 4);

        const EngineVersion::Component containerd = v.component(QStringLiteral("containerd"));
        QCOMPARE(containerd.version, QStringLiteral("1.7.19"));
        QCOMPARE(containerd.gitCommit, QStringLiteral("2bf793ef6dc9a18e00cb12efb64355c2c9d5eb41"));
        QCOMPARE(v.component(QStringLiteral("runc")).gitCommit, QStringLiteral("v1.1.13-0-g58aa920"));
        QCOMPARE(v.component(QStringLiteral("docker-init")).version, QStringLiteral("0.19.0"));
        QCOMPARE(v.component(QStringLiteral("engine")).version, QStringLiteral("27.1.1"));  // any case
        QCOMPARE(v.component(QStringLiteral("buildkit")), EngineVersion::Component());
    }

    void aVolumeIsRead()
    {
        const VolumeSummary v = VolumeSummary::fromJson(parse(R"({
          "CreatedAt": "2026-01-01T10:30:00Z",
          "Driver": "local",
          "Labels": {"com.docker.volume.anonymous": ""},
          "Mountpoint": "/var/lib/docker/volumes/shop_data/_data",
          "Name": "shop_data",
          "Options": null,
          "Scope": "local"
        })"));
        QCOMPARE(v.name, QStringLiteral("shop_data"));
        QCOMPARE(v.key(), QStringLiteral("shop_data"));
        QCOMPARE(v.driver, QStringLiteral("local"));
        QCOMPARE(v.mountpoint, QStringLiteral("/var/lib/docker/volumes/shop_data/_data"));
        QCOMPARE(v.scope, QStringLiteral("local"));
        QCOMPARE(v.created, QDateTime(QDate(2026, 1, 1), QTime(10, 30), QTimeZone::UTC));
        QCOMPARE(v.labels, (Labels {{QStringLiteral("com.docker.volume.anonymous"), QString()}}));
    }

    void aNetworkWithItsAddressPlanIsRead()
    {
        const NetworkSummary n = NetworkSummary::fromJson(parse(R"({
          "Name": "shop_default",
          "Id": "7a1c9e1ba3b5f0d2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0",
          "Created": "2026-01-01T10:30:00.123456789+01:00",
          "Scope": "local",
          "Driver": "bridge",
          "EnableIPv6": true,
          "IPAM": {"Driver": "default", "Options": null, "Config": [
            {"Subnet": "172.18.0.0/16", "Gateway": "172.18.0.1"},
            {"Subnet": "fd00:dead:beef::/64"}
          ]},
          "Internal": true,
          "Attachable": false,
          "Ingress": false,
          "ConfigFrom": {"Network": ""},
          "ConfigOnly": false,
          "Containers": {},
          "Options": {},
          "Labels": {"com.docker.compose.network": "default", "com.docker.compose.project": "shop"}
        })"));
        QCOMPARE(n.name, QStringLiteral("shop_default"));
        QCOMPARE(n.id, QStringLiteral("7a1c9e1ba3b5f0d2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0"));
        QCOMPARE(n.key(), n.id);
        QCOMPARE(n.driver, QStringLiteral("bridge"));
        QCOMPARE(n.scope, QStringLiteral("local"));
        QVERIFY(n.internal);
        QCOMPARE(n.subnets, (QStringList {QStringLiteral("172.18.0.0/16"), QStringLiteral("fd00:dead:beef::/64")}));
        QCOMPARE(n.gateways, QStringList {QStringLiteral("172.18.0.1")});
        QVERIFY(n.created.isValid());
        QCOMPARE(n.created.toUTC(), QDateTime(QDate(2026, 1, 1), QTime(9, 30, 0, 123), QTimeZone::UTC));
        QCOMPARE(n.labels.value(QStringLiteral("com.docker.compose.project")), QStringLiteral("shop"));
    }

    void aNetworkWithoutAddressPlanHasNoSubnet()
    {
        const NetworkSummary n = NetworkSummary::fromJson(parse(R"({
          "Name": "none", "Id": "c0ffee", "Created": "2026-01-01T10:00:00Z", "Scope": "local", "Driver": "null",
          "IPAM": {"Driver": "default", "Options": null, "Config": null}, "Internal": false, "Labels": {}
        })"));
        QVERIFY(n.subnets.isEmpty());
        QVERIFY(n.gateways.isEmpty());
        QVERIFY(!n.internal);
        QVERIFY(n.labels.isEmpty());
    }

    void anEventIsRead()
    {
        const DockerEvent e = DockerEvent::fromJson(parse(R"({
          "status": "die", "id": "8dfafdbc3a40", "from": "nginx:1.27",
          "Type": "container", "Action": "die",
          "Actor": {"ID": "8dfafdbc3a40", "Attributes": {"exitCode": "137", "image": "nginx:1.27", "name": "web"}},
          "scope": "local", "time": 1767225660, "timeNano": 1767225660123456789
        })"));
        QCOMPARE(e.type, QStringLiteral("container"));
        QCOMPARE(e.action, QStringLiteral("die"));
        QCOMPARE(e.actorId, QStringLiteral("8dfafdbc3a40"));
        QCOMPARE(e.attributes.value(QStringLiteral("exitCode")), QStringLiteral("137"));
        QCOMPARE(e.attributes.value(QStringLiteral("name")), QStringLiteral("web"));
        QCOMPARE(e.attributes.size(), 3);
        QCOMPARE(e.timeNano, Q_INT64_C(1767225660123456789));
    }

    void anExecEventKeepsItsWholeAction()
    {
        const DockerEvent e = DockerEvent::fromJson(parse(
            R"({"Type": "container", "Action": "exec_start: sh -c ls", "Actor": {"ID": "8dfa", "Attributes": null}})"));
        QCOMPARE(e.action, QStringLiteral("exec_start: sh -c ls"));
        QVERIFY(e.attributes.isEmpty());
        QCOMPARE(e.timeNano, 0);
    }

    void anHttpStatusMapsToAKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<EngineError::Kind>("kind");
        QTest::newRow("400") << 400 << EngineError::Kind::BadRequest;
        QTest::newRow("404") << 404 << EngineError::Kind::NotFound;
        QTest::newRow("409") << 409 << EngineError::Kind::Conflict;
        QTest::newRow("500") << 500 << EngineError::Kind::ServerError;
        QTest::newRow("503") << 503 << EngineError::Kind::ServerError;
        QTest::newRow("401") << 401 << EngineError::Kind::Unknown;
        QTest::newRow("304") << 304 << EngineError::Kind::Unknown;
    }

    void anHttpStatusMapsToAKind()
    {
        QFETCH(int, status);
        QFETCH(EngineError::Kind, kind);
        QCOMPARE(EngineError::kindForStatus(status), kind);
    }
};

QTEST_GUILESS_MAIN(DockerJsonTest)
#include "DockerJsonTest.moc"
