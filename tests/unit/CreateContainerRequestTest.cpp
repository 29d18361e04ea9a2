// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/CreateContainerRequest.h"
#include "engine/EngineError.h"
#include "engine/ImageOperations.h"
#include "engine/RegistryAuth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Hublot::Engine;

class CreateContainerRequestTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullRequestIsWrittenAsTheEngineApiReadsIt()
    {
        CreateContainerRequest request;
        request.name = QStringLiteral("web");  // goes in the query, not the body
        request.image = QStringLiteral("hublot-test/busybox:1");
        request.cmd = {QStringLiteral("httpd"), QStringLiteral("-f")};
        request.entrypoint = {QStringLiteral("/bin/env")};
        request.env = {QStringLiteral("A=1")};
        request.ports = {PortMapping {80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 8080},
                         PortMapping {80, QStringLiteral("tcp"), QStringLiteral("::1"), 0},
                         PortMapping {53, QStringLiteral("udp"), QString(), 0}};
        request.binds = {QStringLiteral("/srv:/srv:ro")};
        request.volumes = {{QStringLiteral("data"), QStringLiteral("/data"), true}};
        request.readOnlyRootfs = true;
        request.restartPolicy = {RestartPolicy::Mode::OnFailure, 5};
        request.tty = true;
        request.openStdin = true;
        request.autoRemove = true;
        request.labels = {{QStringLiteral("a"), QStringLiteral("b")}};
        request.network = QStringLiteral("backend");

        const QJsonObject expected
            = QJsonDocument::fromJson(
                  "{"
                  "            \"Image\": \"hublot-test/busybox:1\","
                  "            \"Cmd\": [\"httpd\", \"-f\"],"
                  "            \"Entrypoint\": [\"/bin/env\"],"
                  "            \"Env\": [\"A=1\"],"
                  "            \"Tty\": true, \"OpenStdin\": true, \"StdinOnce\": false,"
                  "            \"AttachStdin\": false, \"AttachStdout\": false, \"AttachStderr\": false,"
                  "            \"Labels\": {\"a\": \"b\"},"
                  "            \"ExposedPorts\": {\"80/tcp\": {}, \"53/udp\": {}},"
                  "            \"HostConfig\": {"
                  "                \"PortBindings\": {"
                  "                    \"80/tcp\": [{\"HostIp\": \"127.0.0.1\", \"HostPort\": \"8080\"}, {\"HostIp\": "
                  "\"::1\", \"HostPort\": \"\"}],"
                  "                    \"53/udp\": [{\"HostIp\": \"\", \"HostPort\": \"\"}]"
                  "                },"
                  "                \"Binds\": [\"/srv:/srv:ro\"],"
                  "                \"Mounts\": [{\"Type\": \"volume\", \"Source\": \"data\", \"Target\": \"/data\", "
                  "\"ReadOnly\": true}],"
                  "                \"ReadonlyRootfs\": true,"
                  "                \"AutoRemove\": true,"
                  "                \"RestartPolicy\": {\"Name\": \"on-failure\", \"MaximumRetryCount\": 5},"
                  "                \"NetworkMode\": \"backend\""
                  "            },"
                  "            \"NetworkingConfig\": {\"EndpointsConfig\": {\"backend\": {}}}"
                  "        }")
                  .object();
        const QJsonObject actual = request.toJson();
        QCOMPARE(QJsonDocument(actual).toJson(), QJsonDocument(expected).toJson());
    }

    void aMinimalRequestLeavesTheImagesDefaultsAlone()
    {
        CreateContainerRequest request;
        request.image = QStringLiteral("busybox");
        const QJsonObject json = request.toJson();
        QVERIFY(!json.contains(u"Cmd"));
        QVERIFY(!json.contains(u"Entrypoint"));
        QVERIFY(!json.contains(u"Env"));
        QVERIFY(!json.contains(u"ExposedPorts"));
        QVERIFY(!json.contains(u"NetworkingConfig"));
        const QJsonObject host = json.value(u"HostConfig").toObject();
        QVERIFY(!host.contains(u"PortBindings"));
        QVERIFY(!host.contains(u"NetworkMode"));
        QCOMPARE(host.value(u"RestartPolicy").toObject(),
                 (QJsonObject {{QStringLiteral("Name"), QStringLiteral("no")}}));
    }

    void registryCredentialsAreBase64UrlJson()
    {
        RegistryAuth auth {QStringLiteral("hublot"), QStringLiteral("s3cret?>"), QStringLiteral("127.0.0.1:5000"), {}};
        const QByteArray header = auth.headerValue();
        QVERIFY(!header.contains('+') && !header.contains('/'));
        const QJsonObject json
            = QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(json.value(u"username").toString(), QStringLiteral("hublot"));
        QCOMPARE(json.value(u"password").toString(), QStringLiteral("s3cret?>"));
        QCOMPARE(json.value(u"serveraddress").toString(), QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(RegistryAuth {}.headerValue(), QByteArray("e30="));
    }

    void aReferenceSplitsIntoRepositoryAndTag()
    {
        using P = std::pair<QString, QString>;
        QCOMPARE(ImageOperations::splitReference(QStringLiteral("busybox")), P(QStringLiteral("busybox"), QString()));
        QCOMPARE(ImageOperations::splitReference(QStringLiteral("a/b:1")),
                 P(QStringLiteral("a/b"), QStringLiteral("1")));
        QCOMPARE(ImageOperations::splitReference(QStringLiteral("127.0.0.1:5000/a/b")),
                 P(QStringLiteral("127.0.0.1:5000/a/b"), QString()));
        QCOMPARE(ImageOperations::splitReference(QStringLiteral("127.0.0.1:5000/a/b:2")),
                 P(QStringLiteral("127.0.0.1:5000/a/b"), QStringLiteral("2")));
        QCOMPARE(ImageOperations::splitReference(QStringLiteral("a@sha256:00")),
                 P(QStringLiteral("a"), QStringLiteral("@sha256:00")));
    }

    void theEnginesMessagesMapToPreciseKinds()
    {
        using Kind = EngineError::Kind;
        // The messages Engine 26 sends, as the engine tests see them.
        QCOMPARE(EngineError::kindFor(409,
                                      QStringLiteral("Conflict. The container name \"/x\" is already in use by "
                                                     "container \"abc\". You have to remove (or rename) that "
                                                     "container to be able to reuse that name.")),
                 Kind::NameInUse);
        QCOMPARE(EngineError::kindFor(500,
                                      QStringLiteral("driver failed programming external connectivity on "
                                                     "endpoint x: Bind for 127.0.0.1:8080 failed: port is "
                                                     "already allocated")),
                 Kind::PortAlreadyAllocated);
        QCOMPARE(EngineError::kindFor(404, QStringLiteral("No such container: x")), Kind::NoSuchContainer);
        QCOMPARE(EngineError::kindFor(404, QStringLiteral("No such image: x:1")), Kind::NoSuchImage);
        QCOMPARE(EngineError::kindFor(409,
                                      QStringLiteral("cannot remove container \"/x\": container is running: "
                                                     "stop the container before removing or force remove")),
                 Kind::ContainerRunning);
        QCOMPARE(EngineError::kindFor(409, QStringLiteral("Container abc is not running")), Kind::ContainerNotRunning);
        QCOMPARE(EngineError::kindFor(404, QStringLiteral("No such volume: v")), Kind::NotFound);
        QCOMPARE(EngineError::kindFor(500,
                                      QStringLiteral("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup "
                                                     "registry-1.docker.io on 10.0.0.1:53: no such host")),
                 Kind::RegistryUnreachable);
        QCOMPARE(EngineError::kindFor(401,
                                      QStringLiteral("Head \"http://127.0.0.1:5000/v2/x/manifests/1\": no basic "
                                                     "auth credentials")),
                 Kind::RegistryUnauthorized);
        QCOMPARE(EngineError::kindFor(409, QStringLiteral("container ce8685cb2e8c is not running")),
                 Kind::ContainerNotRunning);
        QCOMPARE(EngineError::kindFor(500,
                                      QStringLiteral("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup "
                                                     "registry-1.docker.io on 10.255.255.53:53: dial udp "
                                                     "10.255.255.53:53: connect: network is unreachable")),
                 Kind::RegistryUnreachable);
        QCOMPARE(EngineError::kindFor(500, QStringLiteral("unauthorized: authentication required")),
                 Kind::RegistryUnauthorized);
        // Inside a push's stream, after its 200 header: no status to go by.
        QCOMPARE(EngineError::kindFor(0, QStringLiteral("no basic auth credentials")), Kind::RegistryUnauthorized);
        QCOMPARE(EngineError::kindFor(404,
                                      QStringLiteral("manifest for 127.0.0.1:5000/x:1 not found: manifest "
                                                     "unknown: manifest unknown")),
                 Kind::NoSuchImage);
        QCOMPARE(EngineError::kindFor(500, QStringLiteral("something else")), Kind::ServerError);
        QCOMPARE(EngineError::kindFor(0, QStringLiteral("something else")), Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(CreateContainerRequestTest)
#include "CreateContainerRequestTest.moc"
