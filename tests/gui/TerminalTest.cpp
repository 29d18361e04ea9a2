// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/ContainerDetails.h"
#include "engine/EngineSession.h"
#include "ui/ContainerDetailsPage.h"
#include "ui/ContainersPage.h"
#include "ui/MainWindow.h"
#include "ui/terminal/ContainerTerminalTab.h"
#include "ui/terminal/TerminalSurface.h"
#include "ui/terminal/TerminalView.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;
using Ui::ContainerTerminalTab;
using Ui::TerminalSession;

class TerminalTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineSession> m_session;

    static Engine::ContainerDetails details(const QString &name, QJsonObject *inspect = nullptr)
    {
        const QJsonObject json = TestEngine::dockerJson({u"inspect"_s, name}).array().first().toObject();
        if (inspect)
            *inspect = json;
        return Engine::ContainerDetails::fromJson(json);
    }

    static QString run(const QString &prefix, const QStringList &options = {},
                       const QStringList &command = {u"sleep"_s, u"600"_s})
    {
        const QString name = TestEngine::uniqueName(prefix);
        TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, name} + TestEngine::labels() + options
                             + QStringList {TestEngine::image()} + command);
        return name;
    }

    /// Types a line into the terminal as a user would, Enter included.
    static void typeLine(TerminalSession *session, const QString &line)
    {
        QTest::keyClicks(session->view(), line);
        QTest::keyClick(session->view(), Qt::Key_Return);
    }

    static bool screenHas(TerminalSession *session, const QString &text)
    {
        return session->surface()->screenText().contains(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 30'000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        TestEngine::cleanUp();
    }

    // The run dialog's `docker run -it`: the details open on the Terminal
    // tab, attached to the container's main process.
    void anInteractiveRunOpensItsTerminalAttached()
    {
        const QString name = run(u"hublot-term-runit"_s, {u"-it"_s}, {u"sh"_s});
        const QString id
            = QString::fromUtf8(TestEngine::dockerOk({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name})).trimmed();
        Ui::MainWindow window(m_session.get());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->containers()->find(id), 10'000);
        Q_EMIT window.interactiveContainerStarted(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.containersPage()->isShowingDetails(), 10'000);
        auto *tab = window.findChild<ContainerTerminalTab *>();
        QVERIFY(tab);
        QCOMPARE(window.containersPage()->detailsPage()->tabs()->currentWidget(), tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->sessions().size(), 1, 10'000);
        TerminalSession *session = tab->currentSession();
        QCOMPARE(session->mode(), TerminalSession::Mode::Attach);
        QTRY_VERIFY_WITH_TIMEOUT(session->isRunning(), 10'000);
        typeLine(session, u"echo via-run-$((1 + 1))"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"via-run-2"_s), qPrintable(session->surface()->screenText()),
                                  10'000);
    }

    // Notes: `docker exec -it ID bash`, then `hostname` and `hostname -i`.
    void dockerExecItRunsAShellWhoseAnswersShow()
    {
        const QString name = run(u"hublot-term"_s);
        // bash when the image has it, else sh.
        const bool hasBash = TestEngine::docker({u"exec"_s, name, u"bash"_s, u"-c"_s, u"true"_s}).exitCode == 0;
        const QString shell = hasBash ? u"bash"_s : u"sh"_s;
        QJsonObject inspect;
        const Engine::ContainerDetails container = details(name, &inspect);
        ContainerTerminalTab tab(m_session.get());
        tab.resize(900, 500);
        tab.showContainer(container, inspect);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        // Opened by itself on a running container.
        QTRY_COMPARE_WITH_TIMEOUT(tab.sessions().size(), 1, 5'000);
        TerminalSession *session = tab.currentSession();
        QTRY_COMPARE_WITH_TIMEOUT(session->command(), QStringList {shell}, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(session->isRunning() && screenHas(session, u"#"_s), 10'000);
        QCOMPARE(tab.command(), u"docker exec -it "_s + name + u' ' + shell);

        // What the terminal shows is what the same commands print through
        // the docker CLI, the independent witness.
        const auto cli = [&name](const QString &command) {
            return QString::fromUtf8(TestEngine::docker({u"exec"_s, name, u"sh"_s, u"-c"_s, command}).out).trimmed();
        };
        const QString hostname = cli(u"hostname"_s);
        QCOMPARE(hostname, inspect.value(u"Config"_s).toObject().value(u"Hostname"_s).toString());
        typeLine(session, u"hostname"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"\n"_s + hostname), qPrintable(session->surface()->screenText()),
                                  10'000);
        const QString addresses = cli(u"hostname -i 2>&1"_s);
        QVERIFY(!addresses.isEmpty());
        typeLine(session, u"hostname -i"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"\n"_s + addresses), qPrintable(session->surface()->screenText()),
                                  10'000);

        // The size follows the widget: stty inside sees the new one, after
        // one resize call for a burst of resizes.
        const int callsBefore = session->resizeCalls();
        for (int width = 700; width <= 760; width += 20)
            tab.resize(width, 420);
        QCoreApplication::processEvents();
        const int rows = session->surface()->rows();
        const int columns = session->surface()->columns();
        QTest::qWait(TerminalSession::ResizeSettleMs * 3);
        QCOMPARE(session->resizeCalls(), callsBefore + 1);
        typeLine(session, u"clear; stty size"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"%1 %2"_s.arg(rows).arg(columns)),
                                  qPrintable(session->surface()->screenText()), 10'000);

        // The exit code shows, with a way to start another shell.
        typeLine(session, u"exit 3"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session->exitCode().has_value(), 10'000);
        QCOMPARE(*session->exitCode(), 3);
        auto *end = session->findChild<QLabel *>(u"terminalEndLabel"_s);
        QVERIFY(end && end->isVisible());
        QVERIFY2(end->text().contains(u'3'), qPrintable(end->text()));
        auto *again = session->findChild<QPushButton *>(u"terminalStartAnotherButton"_s);
        QVERIFY(again && again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE(tab.sessions().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(tab.currentSession()->isRunning(), 10'000);
        grabTo(&tab, u"terminal.png"_s);
        tab.closeContainer();
        QCOMPARE(tab.sessions().size(), 0);
    }

    // A chosen command and user, as docker exec -u does.
    void aChosenCommandAndUser()
    {
        const QString name = run(u"hublot-term-user"_s);
        QJsonObject inspect;
        const Engine::ContainerDetails container = details(name, &inspect);
        ContainerTerminalTab tab(m_session.get());
        tab.showContainer(container, inspect);  // not shown: nothing opens yet
        QCOMPARE(tab.sessions().size(), 0);
        auto *command = tab.findChild<QComboBox *>(u"terminalCommandBox"_s);
        auto *user = tab.findChild<QLineEdit *>(u"terminalUserEdit"_s);
        QVERIFY(command && user);
        command->setEditText(u"sh -c \"id -u; exec sh\""_s);
        user->setText(u"1234"_s);
        tab.resize(800, 400);
        tab.show();
        QTRY_COMPARE_WITH_TIMEOUT(tab.sessions().size(), 1, 5'000);
        TerminalSession *session = tab.currentSession();
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"1234"_s), qPrintable(session->surface()->screenText()), 10'000);
        QVERIFY(tab.command().startsWith(u"docker exec -it -u 1234 "_s + name));
    }

    // Notes: `docker run -it`: the container's main process, attached.
    void dockerRunItOpensAttachedToTheMainProcess()
    {
        const QString name = run(u"hublot-term-attach"_s, {u"-it"_s}, {u"sh"_s});
        QJsonObject inspect;
        const Engine::ContainerDetails container = details(name, &inspect);
        QVERIFY(container.tty);
        ContainerTerminalTab tab(m_session.get());
        tab.showContainer(container, inspect);
        tab.resize(800, 400);
        TerminalSession *session = tab.openAttached();
        QVERIFY(session);
        tab.show();
        QTRY_VERIFY_WITH_TIMEOUT(session->isRunning(), 10'000);
        QCOMPARE(session->dockerCommand(), u"docker attach "_s + name);
        typeLine(session, u"echo attached-$((40 + 2))"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(session, u"attached-42"_s), qPrintable(session->surface()->screenText()),
                                  10'000);
        // Its end is the container's end.
        typeLine(session, u"exit"_s);
        auto *end = session->findChild<QLabel *>(u"terminalEndLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(end->isVisible(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            QString::fromUtf8(TestEngine::dockerOk({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, name})).trimmed(),
            u"exited"_s, 10'000);
    }

    void aStoppedContainerSaysSo()
    {
        const QString name = TestEngine::uniqueName(u"hublot-term-stopped"_s);
        TestEngine::dockerOk(QStringList {u"create"_s, u"--name"_s, name} + TestEngine::labels()
                             + QStringList {TestEngine::image(), u"sleep"_s, u"600"_s});
        QJsonObject inspect;
        const Engine::ContainerDetails container = details(name, &inspect);
        ContainerTerminalTab tab(m_session.get());
        tab.showContainer(container, inspect);
        tab.show();
        auto *notice = tab.findChild<QLabel *>(u"terminalNoticeLabel"_s);
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(u"not running"_s));
        QCOMPARE(tab.sessions().size(), 0);
        QVERIFY(!tab.findChild<QToolButton *>(u"newTerminalButton"_s)->isEnabled());
    }

private:
    static void grabTo(QWidget *widget, const QString &fileName)
    {
        const QString dir = qEnvironmentVariable("HUBLOT_BUILD_DIR") + u"/../screenshots"_s;
        QDir().mkpath(dir);
        widget->grab().save(dir + u'/' + fileName);
    }
};

QTEST_MAIN(TerminalTest)
#include "TerminalTest.moc"
