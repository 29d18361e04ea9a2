// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTesting.h"
#include "TestEngine.h"
#include "WidgetTesting.h"

#include "engine/EngineSession.h"
#include "ui/CommandLineBar.h"
#include "ui/ContainerActions.h"
#include "ui/ContainerDetailsPage.h"
#include "ui/ContainerInspectTab.h"
#include "ui/ContainerLiveTabs.h"
#include "ui/ContainerTreeModel.h"
#include "ui/ContainersPage.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/JsonTreeModel.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PruneContainersDialog.h"
#include "ui/StatePillDelegate.h"
#include "ui/logs/ContainerLogsView.h"
#include "ui/stats/ContainerStatsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Column = Ui::ContainerTreeModel::Column;
using Kind = Ui::ContainerActions::Kind;
using State = Engine::ContainerSummary::State;

// Stands in for the desktop's browser: QDesktopServices hands it the URLs
// Hublot opens.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void openUrl(const QUrl &url) { urls.append(url); }
};

class ContainersPageTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ContainersPage *m_page = nullptr;
    QTreeView *m_view = nullptr;

    // Runs the test image detached with this run's labels; --init passes
    // SIGTERM on to sleep, so that docker stop is quick.
    static QString run(const QString &prefix, const QStringList &options = {},
                       const QStringList &command = {QStringLiteral("sleep"), QStringLiteral("300")})
    {
        const QString name = TestEngine::uniqueName(prefix);
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                                          QStringLiteral("--name"), name}
                             + TestEngine::labels() + options + QStringList {TestEngine::image()} + command);
        return name;
    }

    static QString cliState(const QString &name)
    {
        const auto output = TestEngine::docker(
            {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.State.Status}}"), name});
        return output.exitCode == 0 ? QString::fromUtf8(output.out).trimmed() : QStringLiteral("<gone>");
    }

    static QString cliFormat(const QString &name, const QString &format)
    {
        return QString::fromUtf8(
                   TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"), format, name}))
            .trimmed();
    }

    // The row (column 0) showing the container or project called name, or invalid.
    QModelIndex rowOf(const QString &name, const QModelIndex &parent = {}) const
    {
        const QAbstractItemModel *model = m_view->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString() == name)
                return index;
            if (const QModelIndex inside = rowOf(name, index); inside.isValid())
                return inside;
        }
        return {};
    }

    QString cell(const QString &name, int column) const
    {
        const QModelIndex index = rowOf(name);
        return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
    }

    // Clicks the row's name, with Ctrl to add it to the selection.
    void click(const QString &name, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QModelIndex index = rowOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        m_view->scrollTo(index);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, modifiers, m_view->visualRect(index).center());
    }

    void clickToolBar(Kind kind)
    {
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("containersToolBar"));
        QVERIFY(toolBar);
        QWidget *button = toolBar->widgetForAction(m_page->actions()->action(kind));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    template <typename T> T *waitFor(const QString &objectName)
    {
        return Test::waitForVisible<T>(m_window.get(), objectName);
    }

    QString commandLine() const
    {
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("containersCommandLine"));
        return field ? field->text() : QString();
    }

    QString message() const
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("containersMessageLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

    // How many pixels of the State cell carry the pill's colour for state.
    int pillPixels(const QString &name, State state, std::optional<int> exitCode = {}) const
    {
        const QModelIndex index = rowOf(name).siblingAtColumn(Column::State);
        if (!index.isValid())
            return 0;
        const QRect rect = m_view->visualRect(index);
        const QImage image = m_view->viewport()->grab(rect).toImage();
        const QRgb wanted = Ui::StatePillDelegate::color(state, exitCode).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                    ++count;
            }
        }
        return count;
    }

    static void saveScreenshot(QWidget *widget, const QString &fileName)
    {
        const QString dir = qEnvironmentVariable("HUBLOT_BUILD_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        widget->grab().save(dir + u'/' + fileName);
    }

private Q_SLOTS:
    // English plurals ("2 containers") come from hublot_en.qm, as in the app.
    void initTestCase() { QVERIFY(Hublot::Ui::Language::install(qApp, QStringLiteral("en"))); }

    void init()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSettled(), 30'000);
        QCOMPARE(m_session->state(), Engine::EngineSession::State::Connected);
        m_page = m_window->containersPage();
        QVERIFY(m_page && m_page->isVisible());
        m_view = m_window->findChild<QTreeView *>(QStringLiteral("containersView"));
        QVERIFY(m_view);
        new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
        Test::testEveryModel(m_window.get());
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_window.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // Notes: `docker ps` / `docker ps -a`.
    void dockerPsShowsTheRunningOnesAndDockerPsDashAEveryContainer()
    {
        const QString running = run(QStringLiteral("hublot-ps-up"));
        const QString stopped = TestEngine::uniqueName(QStringLiteral("hublot-ps-down"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), stopped}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("600")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(running).isValid() && rowOf(stopped).isValid(), 10'000);
        QCOMPARE(commandLine(), QStringLiteral("$ docker ps -a"));

        auto *showAll = m_window->findChild<QCheckBox *>(QStringLiteral("showAllCheckBox"));
        QVERIFY(showAll && showAll->isChecked());
        QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
        QVERIFY(!showAll->isChecked());
        QVERIFY(rowOf(running).isValid());
        QVERIFY(!rowOf(stopped).isValid());
        QCOMPARE(commandLine(), QStringLiteral("$ docker ps"));
        // What docker ps lists, the page shows.
        const QStringList cliRunning
            = QString::fromUtf8(TestEngine::dockerOk(
                                    {QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")}))
                  .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(cliRunning.contains(running));
        QVERIFY(!cliRunning.contains(stopped));

        // Started by the CLI while only running ones show: it comes into view.
        TestEngine::dockerOk({QStringLiteral("start"), stopped});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(stopped).isValid(), 10'000);
        TestEngine::dockerOk({QStringLiteral("kill"), stopped});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(stopped).isValid(), 10'000);

        QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
        QVERIFY(rowOf(stopped).isValid());
        QCOMPARE(commandLine(), QStringLiteral("$ docker ps -a"));
    }

    // Notes: `docker rm ID`, with confirmation; force when running.
    void dockerRmAsksFirstNamingTheContainerAndForcesARunningOne()
    {
        const QString name = run(QStringLiteral("hublot-rm"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid(), 10'000);
        click(name);
        QCOMPARE(m_page->actions()->targets().size(), 1);

        // Delete asks first; Cancel keeps the container.
        QTest::keyClick(m_view, Qt::Key_Delete);
        auto *box = waitFor<QMessageBox>(QStringLiteral("confirmRemoveContainersDialog"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(name), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"docker rm -f " + name), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QStringLiteral("force")));
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmRemoveContainersDialog")));
        QCOMPARE(cliState(name), QStringLiteral("running"));

        // From the toolbar, confirmed: removed with force.
        clickToolBar(Kind::Remove);
        box = waitFor<QMessageBox>(QStringLiteral("confirmRemoveContainersDialog"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cliState(name), QStringLiteral("<gone>"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(name).isValid(), 10'000);
        QCOMPARE(commandLine(), u"$ docker rm -f " + name);
        QTRY_COMPARE(message(), Ui::ContainerActions::tr("Removed %1.", nullptr, 1).arg(name));

        // A stopped container needs no force.
        const QString stopped = TestEngine::uniqueName(QStringLiteral("hublot-rm-stopped"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), stopped}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(stopped).isValid(), 10'000);
        click(stopped);
        QCOMPARE(m_page->actions()->targets().size(), 1);
        QVERIFY(m_page->actions()->action(Kind::Remove)->isEnabled());
        // The confirmation closed above took the focus with it offscreen.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Delete);
        box = waitFor<QMessageBox>(QStringLiteral("confirmRemoveContainersDialog"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"docker rm " + stopped));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cliState(stopped), QStringLiteral("<gone>"), 10'000);
        QCOMPARE(commandLine(), u"$ docker rm " + stopped);
    }

    // Notes: `docker stop` / `docker kill` on several ids.
    void dockerStopAndDockerKillActOnEveryContainerSelected()
    {
        const QStringList names {run(QStringLiteral("hublot-multi")), run(QStringLiteral("hublot-multi")),
                                 run(QStringLiteral("hublot-multi")), run(QStringLiteral("hublot-multi"))};
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(names.cbegin(), names.cend(), [this](const QString &name) { return rowOf(name).isValid(); }),
            10'000);

        // Two chosen with Ctrl+click, stopped with the shortcut.
        click(names.at(0));
        click(names.at(1), Qt::ControlModifier);
        QCOMPARE(m_page->actions()->targets().size(), 2);
        QAction *stop = m_page->actions()->action(Kind::Stop);
        QVERIFY(stop->isEnabled());
        QVERIFY(stop->toolTip().contains(QStringLiteral("docker stop ")));
        QTest::keySequence(m_window.get(), stop->shortcut());
        QTRY_VERIFY_WITH_TIMEOUT(cliState(names.at(0)) == u"exited" && cliState(names.at(1)) == u"exited", 20'000);
        QCOMPARE(cliState(names.at(2)), QStringLiteral("running"));
        QVERIFY(commandLine() == u"$ docker stop " + names.at(0) + u' ' + names.at(1)
                || commandLine() == u"$ docker stop " + names.at(1) + u' ' + names.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(cell(names.at(0), Column::State).startsWith(QStringLiteral("Exited")), true, 10'000);

        // The other two, killed from the toolbar after a confirmation naming both.
        click(names.at(2));
        click(names.at(3), Qt::ControlModifier);
        clickToolBar(Kind::Kill);
        auto *box = waitFor<QMessageBox>(QStringLiteral("confirmKillContainersDialog"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(names.at(2)) && box->informativeText().contains(names.at(3)));
        QVERIFY(box->informativeText().contains(QStringLiteral("docker kill ")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cliState(names.at(2)) == u"exited" && cliState(names.at(3)) == u"exited", 20'000);
        QCOMPARE(cliFormat(names.at(2), QStringLiteral("{{.State.ExitCode}}")), QStringLiteral("137"));
        for (const QString &name : {names.at(2), names.at(3)})
            QTRY_COMPARE_WITH_TIMEOUT(cell(name, Column::State), QStringLiteral("Exited (137)"), 10'000);
        QVERIFY(commandLine().startsWith(QStringLiteral("$ docker kill ")));
        QVERIFY(message().startsWith(QStringLiteral("Killed ")));

        // The Container menu holds the same actions.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("containerMenu"));
        QVERIFY(menu);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(menu->actions().contains(stop));
        QVERIFY(menu->actions().contains(m_page->actions()->action(Kind::Kill)));
        QVERIFY(menu->actions().contains(m_page->actions()->pruneAction()));
    }

    // Notes: `docker container prune`.
    void dockerContainerPruneListsWhatGoesAndTheSpaceWonBack()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("prune"));
        const QStringList markLabel {QStringLiteral("--label"), u"hublot.prune=" + mark};
        const QString big
            = run(QStringLiteral("hublot-prune-big"), markLabel,
                  {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("head -c 300000 /bin/busybox > /big")});
        const QString empty = TestEngine::uniqueName(QStringLiteral("hublot-prune-empty"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), empty}
                             + TestEngine::labels() + markLabel + QStringList {TestEngine::image()});
        const QString running = run(QStringLiteral("hublot-prune-running"), markLabel);
        TestEngine::dockerOk({QStringLiteral("wait"), big});
        const qint64 bigSize = TestEngine::dockerJson({QStringLiteral("inspect"), QStringLiteral("--size"), big})
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(u"SizeRw")
                                   .toInteger();
        QVERIFY2(bigSize >= 300'000, QByteArray::number(bigSize));

        const QStringList filters {QStringLiteral("hublot.test.run=%1").arg(QCoreApplication::applicationPid()),
                                   u"hublot.prune=" + mark};
        m_page->actions()->openPruneDialog(filters);
        auto *dialog = waitFor<Ui::PruneContainersDialog>(QStringLiteral("pruneContainersDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isListed(), 20'000);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("pruneContainersList"));
        QVERIFY(list);
        QStringList listed;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed.append(list->topLevelItem(i)->text(0));
        listed.sort();
        QStringList expected {big, empty};
        expected.sort();
        QCOMPARE(listed, expected);
        const QList<QTreeWidgetItem *> bigItem = list->findItems(big, Qt::MatchExactly, 0);
        QCOMPARE(bigItem.first()->text(3), Ui::Format::size(bigSize));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("pruneSummaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("2 stopped containers")), qPrintable(summary));
        QVERIFY2(summary.contains(Ui::Format::size(bigSize)), qPrintable(summary));
        const QString command = dialog->findChild<QLabel *>(QStringLiteral("pruneCommandLabel"))->text();
        QCOMPARE(command,
                 u"$ docker container prune --filter label=" + filters.at(0) + u" --filter label=" + filters.at(1));
        saveScreenshot(dialog, QStringLiteral("prune-containers.png"));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pruneButton")), Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("pruneResultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Removed")), 20'000);
        QVERIFY2(result->text().contains(QStringLiteral("2 stopped containers")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(Ui::Format::size(bigSize)), qPrintable(result->text()));
        QCOMPARE(cliState(big), QStringLiteral("<gone>"));
        QCOMPARE(cliState(empty), QStringLiteral("<gone>"));
        QCOMPARE(cliState(running), QStringLiteral("running"));
        QCOMPARE(commandLine(), command);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<Ui::PruneContainersDialog *>());
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(big).isValid(), 10'000);
    }

    // Notes: `docker inspect X | grep IPAddress`.
    void dockerInspectGrepIpAddressFindsEveryMatchAndTheOverviewShowsTheIp()
    {
        const QString name
            = run(QStringLiteral("hublot-inspect"), {QStringLiteral("-e"), QStringLiteral("GREETING=hello")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid() && !cell(name, Column::IpAddress).isEmpty(), 10'000);
        const QString ip = cliFormat(name, QStringLiteral("{{.NetworkSettings.IPAddress}}"));
        QVERIFY(!ip.isEmpty());
        QCOMPARE(cell(name, Column::IpAddress), ip);

        // Enter on the row opens its details.
        click(name);
        QTest::keyClick(m_view, Qt::Key_Return);
        auto *details = m_page->detailsPage();
        QTRY_VERIFY(details->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(details->isLoaded(), 10'000);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("containerDetailsNameLabel"))->text(), name);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("containerDetailsStateLabel"))->text(),
                 QStringLiteral("Running"));

        // The Overview says the IP plainly, on the network it belongs to.
        QList<QLabel *> addresses;
        for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("overviewIpAddressValue"))) {
            if (label->isVisible())
                addresses.append(label);
        }
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first()->text(), ip);
        QCOMPARE(addresses.first()->property("network").toString(), QStringLiteral("bridge"));
        QVERIFY(addresses.first()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("overviewImageValue"))->text().section(u' ', 0, 0),
                 TestEngine::image());
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("overviewCommandValue"))->text(),
                 QStringLiteral("sleep 300"));
        bool greeting = false;
        for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("overviewEnvValue")))
            greeting = greeting || label->text() == u"hello";
        QVERIFY(greeting);
        QCOMPARE(commandLine(), u"$ docker inspect " + name);
        saveScreenshot(m_window.get(), QStringLiteral("container-details.png"));

        // The Inspect tab: searching IPAddress opens every match, as grep picks its lines.
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("containerDetailsTabs"));
        QVERIFY(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        auto *inspect = qobject_cast<Ui::ContainerInspectTab *>(tabs->currentWidget());
        QVERIFY(inspect);
        auto *search = inspect->findChild<QLineEdit *>(QStringLiteral("inspectSearchField"));
        QTest::keyClicks(search, QStringLiteral("IPAddress"));
        const QString pretty = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("inspect"), name}));
        const QStringList prettyLines = pretty.split(u'\n');
        const qsizetype grepLines = std::count_if(prettyLines.cbegin(), prettyLines.cend(), [](const QString &line) {
            return line.contains(QStringLiteral("IPAddress"), Qt::CaseInsensitive);
        });
        QVERIFY(grepLines >= 3);
        QCOMPARE(inspect->matches().size(), grepLines);
        bool sawTheAddress = false;
        for (const QModelIndex &match : inspect->matches()) {
            for (QModelIndex parent = match.parent(); parent.isValid(); parent = parent.parent())
                QVERIFY2(inspect->tree()->isExpanded(parent),
                         qPrintable(parent.data(Ui::JsonTreeModel::PathRole).toString()));
            sawTheAddress = sawTheAddress || match.siblingAtColumn(1).data().toString() == ip;
        }
        QVERIFY(sawTheAddress);
        auto *matchLabel = inspect->findChild<QLabel *>(QStringLiteral("inspectMatchLabel"));
        QCOMPARE(matchLabel->text(), QStringLiteral("1 of %1").arg(grepLines));
        QCOMPARE(inspect->tree()->currentIndex(), inspect->matches().first());
        QTest::mouseClick(inspect->findChild<QToolButton *>(QStringLiteral("inspectNextMatchButton")), Qt::LeftButton);
        QCOMPARE(inspect->currentMatch(), 1);
        QCOMPARE(inspect->tree()->currentIndex(), inspect->matches().at(1));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(inspect->currentMatch(), 2);
        QTest::mouseClick(inspect->findChild<QToolButton *>(QStringLiteral("inspectPreviousMatchButton")),
                          Qt::LeftButton);
        QCOMPARE(inspect->currentMatch(), 1);
        QCOMPARE(commandLine(), u"$ docker inspect " + name + u" | grep -i IPAddress");
        saveScreenshot(m_window.get(), QStringLiteral("container-inspect.png"));

        // Escape goes back to the list, with the container still chosen.
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(m_view->isVisible());
        QVERIFY(!m_page->isShowingDetails());
        QCOMPARE(m_view->currentIndex().data().toString(), name);
        QCOMPARE(commandLine(), QStringLiteral("$ docker ps -a"));
    }

    void theDetailsFollowAContainerTheCliKills()
    {
        const QString name = run(QStringLiteral("hublot-follow"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid(), 10'000);
        const QModelIndex row = rowOf(name);
        m_view->scrollTo(row);
        // A double-click is a press, a release, then the double-click event:
        // the view opens only the row the press was on.
        const QPoint center = m_view->visualRect(row).center();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, center);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, center);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingDetails(), 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailsPage()->isLoaded(), 10'000);
        auto *state = m_window->findChild<QLabel *>(QStringLiteral("overviewStateValue"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Running"));

        TestEngine::dockerOk({QStringLiteral("kill"), name});
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("overviewStateValue"))->text(),
                                  QStringLiteral("Exited (137)"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("containerDetailsStateLabel"))->text(),
                                  QStringLiteral("Exited (137)"), 10'000);
        // The actions follow the state: it can be started, not stopped.
        QVERIFY(m_page->actions()->action(Kind::Start)->isEnabled());
        QVERIFY(!m_page->actions()->action(Kind::Stop)->isEnabled());

        TestEngine::dockerOk({QStringLiteral("rm"), name});
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("containerDetailsStateLabel"))->text(),
                                  QStringLiteral("Removed"), 10'000);
        // The list learns of the removal with its next refresh, just after the event.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->actions()->action(Kind::Remove)->isEnabled(), 10'000);
    }

    // Notes: `docker logs` and `docker stats`, from the container's details.
    void theLogsAndStatsTabsFollowTheContainer()
    {
        const QString name = run(QStringLiteral("hublot-tabs"), {},
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("echo hello from the logs tab; echo oops >&2; sleep 300")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid(), 10'000);
        click(name);
        QTest::keyClick(m_view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailsPage()->isLoaded(), 10'000);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("containerDetailsTabs"));
        QVERIFY(tabs);
        auto *logsTab = m_window->findChild<Ui::ContainerLogsTab *>();
        auto *statsTab = m_window->findChild<Ui::ContainerStatsTab *>();
        QVERIFY(logsTab && statsTab);
        // Nothing streams before a tab is shown.
        QVERIFY(!logsTab->logsView() && !statsTab->statsView());

        tabs->setCurrentWidget(logsTab);
        QTRY_VERIFY_WITH_TIMEOUT(logsTab->logsView() && logsTab->logsView()->store().lineCount() >= 2, 10'000);
        QStringList lines;
        for (qsizetype i = 0; i < logsTab->logsView()->store().lineCount(); ++i)
            lines.append(QString::fromUtf8(logsTab->logsView()->store().line(i).text));
        QVERIFY2(lines.contains(QStringLiteral("hello from the logs tab")), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.contains(QStringLiteral("oops")), qPrintable(lines.join(u'|')));
        QCOMPARE(commandLine(), u"$ docker logs --follow " + name);
        saveScreenshot(m_window.get(), QStringLiteral("container-logs.png"));

        tabs->setCurrentWidget(statsTab);
        QTRY_VERIFY_WITH_TIMEOUT(statsTab->statsView() && statsTab->statsView()->history().latest().has_value(),
                                 15'000);
        QVERIFY(statsTab->statsView()->history().latest()->memoryLimit > 0);
        QCOMPARE(commandLine(), u"$ docker stats " + name);
        saveScreenshot(m_window.get(), QStringLiteral("container-stats.png"));

        // Back to the list: the tabs let their streams go.
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_page->isShowingDetails());
    }

    // The state changes live: the store follows /events.
    void theStatePillFollowsAContainerStartedByTheCli()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-pill"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("create"), QStringLiteral("--init"), QStringLiteral("--name"), name}
            + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid(), 10'000);
        QCOMPARE(cell(name, Column::State), QStringLiteral("Created"));
        QVERIFY(pillPixels(name, State::Created) > 40);

        TestEngine::dockerOk({QStringLiteral("start"), name});
        QTRY_COMPARE_WITH_TIMEOUT(cell(name, Column::State), QStringLiteral("Running"), 10'000);
        QCOMPARE(rowOf(name).siblingAtColumn(Column::State).data(Ui::ContainerTreeModel::StateRole).toInt(),
                 int(State::Running));
        QTRY_VERIFY(pillPixels(name, State::Running) > 40);
        QCOMPARE(pillPixels(name, State::Created), 0);

        TestEngine::dockerOk({QStringLiteral("pause"), name});
        QTRY_COMPARE_WITH_TIMEOUT(cell(name, Column::State), QStringLiteral("Paused"), 10'000);
        QTRY_VERIFY(pillPixels(name, State::Paused) > 40);
        TestEngine::dockerOk({QStringLiteral("unpause"), name});
        QTRY_COMPARE_WITH_TIMEOUT(cell(name, Column::State), QStringLiteral("Running"), 10'000);
    }

    // Notes: `-p 8080:80` ... a link opens http://localhost:8080.
    void aPublishedPortIsALinkThatOpensLocalhost()
    {
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
        const QString name = run(QStringLiteral("hublot-link"), {QStringLiteral("-p"), QStringLiteral("127.0.0.1::80")},
                                 {QStringLiteral("httpd"), QStringLiteral("-f"), QStringLiteral("-p"),
                                  QStringLiteral("80"), QStringLiteral("-h"), QStringLiteral("/www")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid() && !cell(name, Column::Ports).isEmpty(), 10'000);
        const int port
            = cliFormat(name, QStringLiteral("{{(index (index .NetworkSettings.Ports \"80/tcp\") 0).HostPort}}"))
                  .toInt();
        QVERIFY(port > 0);
        const QModelIndex ports = rowOf(name).siblingAtColumn(Column::Ports);
        m_view->scrollTo(ports);
        const QRect rect = m_view->visualRect(ports);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 12, rect.center().y()));
        QTRY_COMPARE(browser.urls.size(), 1);
        QCOMPARE(browser.urls.first(), QUrl(QStringLiteral("http://localhost:%1/").arg(port)));

        // And the link leads to the container's web server.
        QNetworkAccessManager network;
        QUrl url = browser.urls.first();
        url.setHost(QStringLiteral("127.0.0.1"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->readAll().contains("Hello from Hublot"));
        reply->deleteLater();
    }

    void composeProjectsAreCollapsibleGroups()
    {
        const QString project = TestEngine::uniqueName(QStringLiteral("shop"));
        const QStringList label {QStringLiteral("--label"), u"com.docker.compose.project=" + project};
        const QString web = run(QStringLiteral("hublot-shop-web"), label);
        const QString db = run(QStringLiteral("hublot-shop-db"), label);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(web).isValid() && rowOf(db).isValid(), 10'000);
        const QModelIndex group = rowOf(project);
        QVERIFY(group.isValid());
        QVERIFY(!group.parent().isValid());
        QCOMPARE(m_view->model()->rowCount(group), 2);
        QCOMPARE(rowOf(web).parent(), group);
        QVERIFY(m_view->isExpanded(group));
        QCOMPARE(group.siblingAtColumn(Column::State).data().toString(), QStringLiteral("2 of 2 running"));

        // Choosing the project chooses its containers.
        click(project);
        QCOMPARE(m_page->actions()->targets().size(), 2);
        QVERIFY(m_page->actions()->action(Kind::Stop)->toolTip().contains(QStringLiteral("docker stop ")));

        // Left folds it, Right opens it again.
        QTest::keyClick(m_view, Qt::Key_Left);
        QVERIFY(!m_view->isExpanded(group));
        QTest::keyClick(m_view, Qt::Key_Right);
        QVERIFY(m_view->isExpanded(group));

        // Notes: `docker compose logs`: the project's logs, merged, each line
        // tagged with its container.
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("projectLogsAction"))->isEnabled());
        QTest::keySequence(m_view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        auto *logsWindow = waitFor<QDialog>(QStringLiteral("projectLogsWindow"));
        QVERIFY(logsWindow);
        QVERIFY(logsWindow->windowTitle().contains(project));
        auto *logs = logsWindow->findChild<Ui::ContainerLogsView *>();
        QVERIFY(logs);
        QStringList expected {web, db};
        expected.sort();
        const auto sourceNames = [logs] {
            QStringList names;
            for (const Ui::LogSource &source : logs->sources())
                names.append(source.name);
            names.sort();
            return names;
        };
        // Named once each container's inspect is in.
        QTRY_COMPARE_WITH_TIMEOUT(sourceNames(), expected, 10'000);
        auto *command = logsWindow->findChild<Ui::CommandLineBar *>(QStringLiteral("projectLogsCommandBar"));
        QVERIFY(command);
        QVERIFY2(command->command().contains(u"docker compose -p " + project + u" logs"),
                 qPrintable(command->command()));
        logsWindow->close();

        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), web, db});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(project).isValid(), 10'000);
    }

    void anEngineErrorIsShownAsASentence()
    {
        // A host port taken by something else: the engine refuses the start.
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-taken"));
        TestEngine::dockerOk(
            QStringList {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("-p"),
                         QStringLiteral("127.0.0.1:%1:80").arg(holder.serverPort())}
            + TestEngine::labels() + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name).isValid(), 10'000);
        click(name);
        clickToolBar(Kind::Start);
        QTRY_VERIFY_WITH_TIMEOUT(!message().isEmpty() && !message().startsWith(QStringLiteral("Starting")), 20'000);
        Engine::EngineError error;
        error.kind = Engine::EngineError::Kind::PortAlreadyAllocated;
        QCOMPARE(message(), Ui::ErrorMessages::forContainerOperation(error, name));
        QVERIFY(!message().contains(u'{'));
        QCOMPARE(commandLine(), u"$ docker start " + name);
    }
};

QTEST_MAIN(ContainersPageTest)
#include "ContainersPageTest.moc"
