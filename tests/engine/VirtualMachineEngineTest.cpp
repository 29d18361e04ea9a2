// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The engine in a virtual machine: Hublot's real VM image (built by
// packaging/dev/hublot-dev into HUBLOT_VM_IMAGE) booted by a real QEMU
// through VirtualMachineEngine; the docker CLI is the witness.
#include "TestEngine.h"
#include "TestVm.h"

#include "engine/VirtualMachineEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using Engine::ManagedEngine;
using Engine::VirtualMachineEngine;

namespace {

// Runs the docker CLI against the engine at endpoint; its standard output, trimmed.
QString docker(const Engine::EngineEndpoint &endpoint, const QStringList &arguments, int *exitCode = nullptr)
{
    const Test::TestEngine::Output output = Test::TestEngine::dockerOn(endpoint, arguments, 120'000);
    if (exitCode)
        *exitCode = output.exitCode;
    return QString::fromUtf8(output.out).trimmed();
}

// A free port on 127.0.0.1 here.
int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// GET path on 127.0.0.1:port, plain HTTP; the whole answer, empty when
// nothing answers.
QByteArray rawGet(int port, const QByteArray &path = "/")
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(10'000))
        answer += socket.readAll();
    return answer;
}

// GET /_ping over TLS, trusting the engine's CA, with or without Hublot's
// client certificate; the whole answer, empty when refused.
QByteArray tlsGet(const Engine::EngineEndpoint &endpoint, bool withCertificate)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(endpoint.tls.caFile));
    if (withCertificate) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(endpoint.tls.certFile);
        if (!certificates.isEmpty())
            config.setLocalCertificate(certificates.constFirst());
        QFile key(endpoint.tls.keyFile);
        if (key.open(QIODevice::ReadOnly))
            config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    }
    QSslSocket socket;
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(endpoint.host, quint16(endpoint.port));
    if (!socket.waitForEncrypted(10'000))
        return {};
    socket.write("GET /_ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(10'000))
        answer += socket.readAll();
    return answer;
}

}  // namespace

class VirtualMachineEngineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = Test::TestVm::unavailableReason();
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
    }

    void bootsServesKeepsItsDiskAndPowersOff()
    {
        HUBLOT_REQUIRE_ENGINE();
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-vm-XXXXXX"));
        QVERIFY(dir.isValid());
        VirtualMachineEngine engine(Test::TestVm::settingsIn(dir));
        QList<ManagedEngine::Stage> stages;
        connect(&engine, &ManagedEngine::stageChanged, this,
                [&stages](ManagedEngine::Stage stage) { stages << stage; });

        QElapsedTimer clock;
        clock.start();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != ManagedEngine::State::Starting, engine.startTimeoutMs() + 5'000);
        QVERIFY2(engine.state() == ManagedEngine::State::Running,
                 qPrintable(engine.failure().detail + u"\nlogs: " + engine.logPath() + u' ' + engine.consoleLogPath()));
        qInfo("VM engine answered %lld ms after the start (%s%s)", qint64(clock.elapsed()),
              engine.usesHardwareAcceleration() ? "KVM" : "emulated processor",
              engine.hardwareAccelerationFailed() ? ", after KVM failed" : "");
        // The guest said it booted, then that its engine was ready.
        QCOMPARE(stages,
                 (QList<ManagedEngine::Stage> {ManagedEngine::Stage::Booting, ManagedEngine::Stage::StartingEngine,
                                               ManagedEngine::Stage::WaitingForAnswer}));
        // A sparse 64 GiB disk was made for it, and the VM formatted it.
        QCOMPARE(QFileInfo(engine.dataPath()).size(), 64LL * 1024 * 1024 * 1024);

        const Engine::EngineEndpoint endpoint = engine.endpoint();
        QCOMPARE(endpoint.host, QStringLiteral("127.0.0.1"));
        // Only Hublot's certificate opens it: plain HTTP, or TLS without
        // the certificate, is refused.
        QVERIFY(endpoint.tls.enabled && QFileInfo::exists(endpoint.tls.keyFile));
        QVERIFY(!rawGet(endpoint.port, "/_ping").contains(" 200 "));
        QVERIFY(!tlsGet(endpoint, false).contains(" 200 "));
        QVERIFY(tlsGet(endpoint, true).contains(" 200 "));
        QCOMPARE(docker(endpoint, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")}),
                 QStringLiteral("hublot-vm"));
        QVERIFY(Test::TestVm::loadTestImage(endpoint));
        QCOMPARE(docker(endpoint,
                        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--label"),
                         QStringLiteral("hublot.test=1"), Test::TestEngine::image(), QStringLiteral("echo"),
                         QStringLiteral("hello from the VM")}),
                 QStringLiteral("hello from the VM"));

        // The notes' `docker run -v ${PWD}:/usr/share/nginx/html -p 8080:80`,
        // in the VM: a folder of this computer (shared with the VM at its
        // path) served by a container whose published port answers on
        // 127.0.0.1 here; the port goes with the container.
        const QString site = dir.path() + u"/site";
        QVERIFY(QDir().mkpath(site));
        QFile page(site + u"/index.html");
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<p>Served from a folder of this computer</p>\n");
        page.close();
        const int port = freeLoopbackPort();
        QVERIFY(port > 0);
        const QString web = docker(endpoint,
                                   {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--label"),
                                    QStringLiteral("hublot.test=1"), QStringLiteral("-v"), site + u":/www",
                                    QStringLiteral("-p"), QStringLiteral("%1:80").arg(port), Test::TestEngine::image(),
                                    QStringLiteral("httpd"), QStringLiteral("-f"), QStringLiteral("-p"),
                                    QStringLiteral("80"), QStringLiteral("-h"), QStringLiteral("/www")});
        QVERIFY(!web.isEmpty());
        const QString forward = QStringLiteral("tcp:%1").arg(port);
        QTRY_VERIFY2_WITH_TIMEOUT(engine.forwardedPorts().contains(forward),
                                  qPrintable(u"forwarded: " + engine.forwardedPorts().join(u' ') + u"; docker ps -a: "
                                             + docker(endpoint, {QStringLiteral("ps"), QStringLiteral("-a")})),
                                  60'000);
        const QByteArray answer = rawGet(port);
        QVERIFY2(answer.contains("Served from a folder of this computer"), answer.constData());
        docker(endpoint, {QStringLiteral("rm"), QStringLiteral("-f"), web});
        QTRY_VERIFY_WITH_TIMEOUT(!engine.forwardedPorts().contains(forward), 60'000);
        QVERIFY(rawGet(port).isEmpty());

        // What a container writes in a shared folder is on this computer.
        docker(endpoint,
               {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--label"),
                QStringLiteral("hublot.test=1"), QStringLiteral("-v"), site + u":/out", Test::TestEngine::image(),
                QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo written in the VM > /out/note")});
        QFile note(site + u"/note");
        QVERIFY(note.open(QIODevice::ReadOnly));
        QCOMPARE(note.readAll(), QByteArray("written in the VM\n"));

        // Stopped by asking the guest: well before the deadline that kills QEMU.
        clock.restart();
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Stopped, engine.stopTimeoutMs() + 5'000);
        QVERIFY2(clock.elapsed() < engine.stopTimeoutMs(), "QEMU had to be killed");
        qInfo("VM stopped %lld ms after it was asked", qint64(clock.elapsed()));
        int exitCode = 0;
        docker(endpoint, {QStringLiteral("version")}, &exitCode);
        QVERIFY2(exitCode != 0, "the engine still answers after the VM was stopped");

        // What the engine held is on the disk at the next start.
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != ManagedEngine::State::Starting, engine.startTimeoutMs() + 5'000);
        QVERIFY2(engine.state() == ManagedEngine::State::Running, qPrintable(engine.failure().detail));
        QCOMPARE(docker(engine.endpoint(),
                        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                         QStringLiteral("{{index .RepoTags 0}}"), Test::TestEngine::image()}),
                 Test::TestEngine::image());
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), ManagedEngine::State::Stopped, engine.stopTimeoutMs() + 5'000);
    }

    void theHomeFolderIsSharedByDefault()
    {
        const VirtualMachineEngine engine;
        QCOMPARE(engine.settings().sharedFolders, QStringList {QDir::homePath()});
        QCOMPARE(engine.sharedFolders(), QStringList {QDir::homePath()});
        const QStringList command = engine.command();
        const qsizetype virtfs = command.indexOf(QStringLiteral("-virtfs"));
        QVERIFY(virtfs > 0);
        QVERIFY2(command.at(virtfs + 1).startsWith(u"local,path=" + QDir::homePath() + u",mount_tag=share0"),
                 qPrintable(command.at(virtfs + 1)));
        QVERIFY(command.contains(QStringLiteral("-fw_cfg")));
    }

    void aMissingImageIsNamedAndNothingStarts()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-vm-XXXXXX"));
        VirtualMachineEngine::Settings settings = Test::TestVm::settingsIn(dir);
        settings.image = dir.path() + u"/no-image-here";
        VirtualMachineEngine engine(settings);
        engine.start();
        QCOMPARE(engine.state(), ManagedEngine::State::Failed);
        QCOMPARE(engine.failure().kind, ManagedEngine::Failure::Kind::ImageMissing);
        QCOMPARE(engine.failure().path, settings.image);
        QCOMPARE(engine.failure().detail, QStringLiteral("vmlinuz"));
        QVERIFY(!QFileInfo::exists(settings.disk));
    }
};

QTEST_GUILESS_MAIN(VirtualMachineEngineTest)
#include "VirtualMachineEngineTest.moc"
