// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"
#include "WindowUnderTest.h"

#include "engine/EngineSession.h"
#include "ui/ErrorMessages.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QLocalServer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Kind = Engine::EngineError::Kind;

class ConnectionProblemTest final : public QObject
{
    Q_OBJECT

private:
    using Screen = Test::WindowUnderTest;

    // Opens a window on dockerHost; its first attempt ends soon after.
    static Screen open(const QString &dockerHost) { return Screen::open(dockerHost); }

    static QString expectedHint(Kind kind, const QString &address)
    {
        Engine::EngineError error;
        error.kind = kind;
        error.address = address;
        return Ui::ErrorMessages::forConnection(error).hint;
    }

private Q_SLOTS:
    void aMissingSocketShowsWhereItWasLookedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        Screen screen = open(u"unix://" + path);
        QTRY_VERIFY_WITH_TIMEOUT(screen.window->isSettled(), 10'000);
        QVERIFY(screen.problemShown());
        QCOMPARE(screen.session->lastError().kind, Kind::SocketMissing);
        QVERIFY(screen.text("problemReasonLabel").contains(path));
        QCOMPARE(screen.text("problemHintLabel"), expectedHint(Kind::SocketMissing, u"unix://" + path));
        QVERIFY(screen.text("problemHintLabel").contains(u"systemctl start docker"));
    }

    void aSocketWithoutPermissionShowsTheDockerGroupHint()
    {
        const QString childSocket = qEnvironmentVariable("HUBLOT_CHILD_SOCKET");
        if (!childSocket.isEmpty()) {
            // The unprivileged half, run by the root half below.
            Screen screen = open(u"unix://" + childSocket);
            QTRY_VERIFY_WITH_TIMEOUT(screen.window->isSettled(), 10'000);
            QCOMPARE(screen.session->lastError().kind, Kind::PermissionDenied);
            QVERIFY(screen.problemShown());
            QVERIFY2(screen.text("problemHintLabel").contains(u"usermod -aG docker"),
                     qPrintable(screen.text("problemHintLabel")));
            return;
        }
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        QLocalServer server;
        QVERIFY(server.listen(path));
        // Like the engine's socket: only its owner (and the docker group) may use it.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        if (::getuid() != 0) {
            QVERIFY(QFile::setPermissions(path, {}));  // not even its owner, then
            qputenv("HUBLOT_CHILD_SOCKET", path.toLocal8Bit());
            aSocketWithoutPermissionShowsTheDockerGroupHint();
            qunsetenv("HUBLOT_CHILD_SOCKET");
            return;
        }
        // Root passes every file permission: run the check as nobody.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUBLOT_CHILD_SOCKET"), path);
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                     QCoreApplication::applicationFilePath(),
                     QStringLiteral("aSocketWithoutPermissionShowsTheDockerGroupHint")});
        QVERIFY2(child.waitForStarted(), qPrintable(u"setpriv could not be started: " + child.errorString()));
        // The server must keep running while the child connects: wait on the event loop.
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 60'000);
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : ConnectionProblemTest::aSocketWithoutPermissionShowsTheDockerGroupHint"),
                 qPrintable(output));
    }

    void aSocketNobodyListensOnSaysTheEngineIsNotRunning()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("docker.sock")));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()) + 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        Screen screen = open(u"unix://" + QString::fromLocal8Bit(path));
        QTRY_VERIFY_WITH_TIMEOUT(screen.window->isSettled(), 10'000);
        ::close(fd);
        QCOMPARE(screen.session->lastError().kind, Kind::EngineNotRunning);
        QVERIFY(screen.problemShown());
        QCOMPARE(screen.text("problemTitleLabel"), Ui::ErrorMessages::tr("The Docker engine is not running"));
    }

    void aWrongDockerHostSaysHowToWriteIt()
    {
        Screen screen = open(QStringLiteral("htp://localhost:2375"));
        QTRY_VERIFY_WITH_TIMEOUT(screen.window->isSettled(), 10'000);
        QCOMPARE(screen.session->lastError().kind, Kind::InvalidDockerHost);
        QVERIFY(screen.problemShown());
        QVERIFY(screen.text("problemReasonLabel").contains(u"htp://localhost:2375"));
        QVERIFY(screen.text("problemHintLabel").contains(u"unix:///path/to/docker.sock"));
    }

    void retryConnectsOnceTheEngineIsThere()
    {
        HUBLOT_REQUIRE_ENGINE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        Screen screen = open(u"unix://" + path);
        QTRY_VERIFY_WITH_TIMEOUT(screen.problemShown(), 10'000);
        QVERIFY(QFile::link(TestEngine::endpoint().socketPath, path));
        auto *retry = screen.window->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(screen.session->state(), Engine::EngineSession::State::Connected, 10'000);
        QTRY_VERIFY(!screen.problemShown());
        QVERIFY(screen.window->findChild<QWidget *>(QStringLiteral("containersPage"))->isVisible());
    }
};

QTEST_MAIN(ConnectionProblemTest)
#include "ConnectionProblemTest.moc"
