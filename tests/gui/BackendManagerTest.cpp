// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The notes' line "Docker Desktop runs the daemon in a VM on macOS/Windows"
// -> the backend manager: local engine, VM, remote. A newcomer with no
// engine lands on the page that says so, and starts one from there: a real
// dockerd, or Hublot's real VM image in a real QEMU; the window then shows
// that engine. Closing the window stops what Hublot started.
#include "TestEngine.h"
#include "TestVm.h"
#include "WindowUnderTest.h"

#include "engine/EngineSession.h"
#include "engine/LocalEngine.h"
#include "engine/VirtualMachineEngine.h"
#include "ui/ContainersPage.h"
#include "ui/MainWindow.h"
#include "ui/ManagedEnginePanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using Engine::ManagedEngine;

namespace {

// With an emulated processor, the VM takes a minute or two to answer.
constexpr int VmStartMs = 600'000;

}  // namespace

class BackendManagerTest final : public QObject
{
    Q_OBJECT

private:
    using Screen = Test::WindowUnderTest;

    // A window whose engine is nowhere (a socket path in dir that does
    // not exist), with these engines to start.
    static Screen open(const QTemporaryDir &dir, Ui::MainWindow::ManagedEngines engines)
    {
        return Screen::open(u"unix://" + dir.path() + u"/nothing-here.sock", engines);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Hublot keeps the VM's processors and memory in its settings: the
        // test's own, not the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void aNewcomerStartsAnEngineOnThisComputerAndSeesIt()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bm-XXXXXX"));
        QVERIFY(dir.isValid());
        // Its own bridge-less dockerd, as the tests' other second engines.
        auto *local
            = new Engine::LocalEngine({dir.path() + u"/run", dir.path() + u"/data", {}},
                                      {QStringLiteral("--bridge"), QStringLiteral("none"),
                                       QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false")});
        Screen screen = open(dir, {local, nullptr});
        local->setParent(screen.window.get());
        QTRY_VERIFY_WITH_TIMEOUT(screen.window->isSettled(), 10'000);
        QVERIFY(screen.problemShown());
        QCOMPARE(screen.text(QStringLiteral("problemLocalStatusLabel")).contains(u"Stopped."), true);

        auto *start = screen.find<QPushButton>(QStringLiteral("problemLocalStartButton"));
        QVERIFY(start && start->isVisible() && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!start->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(screen.session->state(), Engine::EngineSession::State::Connected, 60'000);
        const QString address = local->endpoint().address();
        QCOMPARE(screen.session->address(), address);
        QTRY_VERIFY(!screen.problemShown());
        QVERIFY(screen.window->containersPage()->isVisible());

        // The Engine page says where the engine runs, and how the CLI reaches it.
        screen.window->showPage(Ui::MainWindow::Page::Engine);
        QTRY_VERIFY(screen.find<QLabel>(QStringLiteral("engineLocalStatusLabel"))->isVisible());
        QVERIFY(screen.text(QStringLiteral("engineLocalStatusLabel")).contains(address));
        auto *cli = screen.find<QWidget>(QStringLiteral("engineLocalDockerCommandLine"));
        QVERIFY(cli && cli->isVisible());
        QVERIFY(cli->property("text").toString().contains(u"export DOCKER_HOST=" + address));
        auto *stop = screen.find<QPushButton>(QStringLiteral("engineLocalStopButton"));
        QVERIFY(stop->isEnabled());

        // Closing the window stops the engine first; the window closes after.
        screen.window->close();
        QVERIFY(screen.window->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(local->state(), ManagedEngine::State::Stopped, 40'000);
        QTRY_VERIFY(!screen.window->isVisible());
    }

    void anEngineSetToStartWithHublotStartsWithIt()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bm-XXXXXX"));
        const auto makeLocal = [&dir] {
            return new Engine::LocalEngine({dir.path() + u"/run", dir.path() + u"/data", {}},
                                           {QStringLiteral("--bridge"), QStringLiteral("none"),
                                            QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false")});
        };
        {
            // The user ticks the box; nothing starts now.
            auto *local = makeLocal();
            Screen screen = open(dir, {local, nullptr});
            local->setParent(screen.window.get());
            QTRY_VERIFY_WITH_TIMEOUT(screen.problemShown(), 10'000);
            auto *box = screen.find<QCheckBox>(QStringLiteral("problemLocalStartWithHublotCheckBox"));
            QVERIFY(box && !box->isChecked());
            box->click();
            QVERIFY(box->isChecked());
            QCOMPARE(local->state(), ManagedEngine::State::Stopped);
            // Kept in the settings, where the next window reads it.
            QCOMPARE(QSettings().value(Ui::ManagedEnginePanel::startWithHublotKey(local)).toBool(), true);
        }
        // The next time Hublot starts, so does the engine, and it is shown.
        auto *local = makeLocal();
        Screen screen = open(dir, {local, nullptr});
        local->setParent(screen.window.get());
        screen.window->startManagedEnginesAsSet();
        QCOMPARE(local->state(), ManagedEngine::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(screen.session->state(), Engine::EngineSession::State::Connected, 60'000);
        QCOMPARE(screen.session->address(), local->endpoint().address());
        screen.window->close();
        QTRY_COMPARE_WITH_TIMEOUT(local->state(), ManagedEngine::State::Stopped, 40'000);
        QSettings().remove(Ui::ManagedEnginePanel::startWithHublotKey(local));
    }

    void aVmWithoutItsImageSaysWhereItLookedAndHowToMakeIt()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bm-XXXXXX"));
        Engine::VirtualMachineEngine::Settings settings = Test::TestVm::settingsIn(dir);
        settings.image = dir.path() + u"/no-image";
        auto *vm = new Engine::VirtualMachineEngine(settings);
        Screen screen = open(dir, {nullptr, vm});
        vm->setParent(screen.window.get());
        QTRY_VERIFY_WITH_TIMEOUT(screen.problemShown(), 10'000);
        QTest::mouseClick(screen.find<QPushButton>(QStringLiteral("problemVmStartButton")), Qt::LeftButton);
        const QString status = screen.text(QStringLiteral("problemVmStatusLabel"));
        QVERIFY2(status.contains(settings.image) && status.contains(u"make-vm-image"), qPrintable(status));
        QVERIFY(screen.find<QPushButton>(QStringLiteral("problemVmStartButton"))->isEnabled());
    }

    void aNewcomerStartsAnEngineInAVirtualMachineAndSeesIt()
    {
        const QString reason = Test::TestVm::unavailableReason();
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
        QTemporaryDir dir(QStringLiteral("/tmp/hublot-bm-XXXXXX"));
        auto *vm = new Engine::VirtualMachineEngine(Test::TestVm::settingsIn(dir));
        Screen screen = open(dir, {nullptr, vm});
        vm->setParent(screen.window.get());
        QTRY_VERIFY_WITH_TIMEOUT(screen.problemShown(), 10'000);

        auto *cpus = screen.find<QWidget>(QStringLiteral("problemVmCpusSpinBox"));
        QVERIFY(cpus && cpus->isEnabled());
        QTest::mouseClick(screen.find<QPushButton>(QStringLiteral("problemVmStartButton")), Qt::LeftButton);
        QVERIFY(!cpus->isEnabled());
        // While it boots, the page says so.
        QTRY_VERIFY(screen.text(QStringLiteral("problemVmStatusLabel")).contains(u"Booting"));
        QTRY_COMPARE_WITH_TIMEOUT(screen.session->state(), Engine::EngineSession::State::Connected, VmStartMs);
        QCOMPARE(screen.session->address(), vm->endpoint().address());
        QVERIFY(screen.session->address().startsWith(u"tcp://127.0.0.1:"));
        QTRY_VERIFY(screen.window->containersPage()->isVisible());
        QCOMPARE(screen.session->version().os, QStringLiteral("linux"));

        screen.window->close();
        QTRY_COMPARE_WITH_TIMEOUT(vm->state(), ManagedEngine::State::Stopped, vm->stopTimeoutMs() + 5'000);
        QTRY_VERIFY(!screen.window->isVisible());
    }
};

QTEST_MAIN(BackendManagerTest)
#include "BackendManagerTest.moc"
