// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTesting.h"
#include "TestEngine.h"

#include "engine/DockerContexts.h"
#include "engine/EngineSession.h"
#include "ui/ContainerTreeModel.h"
#include "ui/EnginePage.h"
#include "ui/EngineSwitchDialog.h"
#include "ui/ImageTableModel.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;

namespace {

// The row of the table whose column shows text, or -1.
int rowWithText(const QAbstractItemView *table, int column, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString cellText(const QAbstractItemView *table, int row, int column)
{
    return row < 0 ? QString() : table->model()->index(row, column).data().toString();
}

}  // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->show();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSettled(), 30'000);
        QCOMPARE(m_session->state(), Engine::EngineSession::State::Connected);
        Test::testEveryModel(m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // People whose engines run elsewhere: File > Connect to an Engine…
    // lists the docker command's contexts and connects to the one chosen;
    // a wrong address gets a sentence and the dialog stays.
    void aDockerContextIsChosenAndConnectedTo()
    {
        // A context as `docker context create` writes it, naming the test
        // engine's socket by another path, so that the switch shows.
        QTemporaryDir config;
        const QString socket = QUrl(TestEngine::dockerHost()).path();
        QVERIFY2(!socket.isEmpty(), qPrintable(TestEngine::dockerHost()));
        const QString detour = u"unix://" + QFileInfo(socket).path() + u"/../"
            + QFileInfo(QFileInfo(socket).path()).fileName() + u'/' + QFileInfo(socket).fileName();
        const QString name = QStringLiteral("hublot-test-context");
        const QString folder = config.filePath(u"contexts/meta/"_s + Engine::DockerContexts::contextId(name));
        QVERIFY(QDir().mkpath(folder));
        QFile meta(folder + u"/meta.json");
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(QStringLiteral(R"({"Name":"%1","Metadata":{"Description":"the test engine"},)"
                                  R"("Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":false}}})")
                       .arg(name, detour)
                       .toUtf8());
        meta.close();
        qputenv("DOCKER_CONFIG", QFile::encodeName(config.path()));
        auto restore = qScopeGuard([] { qunsetenv("DOCKER_CONFIG"); });

        auto *action = m_window->findChild<QAction *>(QStringLiteral("connectToEngineAction"));
        QVERIFY(action);
        action->trigger();
        QPointer<Ui::EngineSwitchDialog> dialog;
        QTRY_VERIFY(dialog = m_window->findChild<Ui::EngineSwitchDialog *>(QStringLiteral("engineSwitchDialog")));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("engineList"));
        QStringList names;
        QTreeWidgetItem *ours = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            names.append(list->topLevelItem(i)->text(0));
            if (list->topLevelItem(i)->text(0).startsWith(name))
                ours = list->topLevelItem(i);
        }
        QVERIFY2(ours && names.first().startsWith(u"default"), qPrintable(names.join(u',')));
        QCOMPARE(ours->text(1), detour);

        // A wrong address: a sentence, and the dialog stays.
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("engineAddressEdit"));
        address->setText(QStringLiteral("htp://nowhere"));
        dialog->findChild<QPushButton *>(QStringLiteral("engineConnectButton"))->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("engineSwitchError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"htp://nowhere"), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());

        address->clear();
        list->setCurrentItem(ours);
        QCOMPARE(dialog->command(), u"docker context use "_s + name);
        dialog->findChild<QPushButton *>(QStringLiteral("engineConnectButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->address(), detour, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Engine::EngineSession::State::Connected, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSettled(), 30'000);
    }

    // Notes: `docker version` shows client and server versions, API version,
    // OS/arch, containerd and runc.
    void theEnginePageShowsTheVersionsTheEngineReports()
    {
        m_window->showPage(Ui::MainWindow::Page::Engine);
        const QJsonObject server = TestEngine::dockerJson({QStringLiteral("version"), QStringLiteral("--format"),
                                                           QStringLiteral("{{json .Server}}")})
                                       .object();
        auto value = [this](const char *name) {
            auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(name));
            return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
        };
        QCOMPARE(value("serverVersionValue"), server.value(u"Version").toString());
        QVERIFY(value("serverApiVersionValue").startsWith(server.value(u"ApiVersion").toString()));
        QCOMPARE(value("serverOsArchValue"), server.value(u"Os").toString() + u'/' + server.value(u"Arch").toString());
        QCOMPARE(value("serverKernelValue"), server.value(u"KernelVersion").toString());
        QCOMPARE(value("clientApiVersionValue"), m_session->apiVersion());
        const QString components = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("version"), QStringLiteral("--format"),
                                  QStringLiteral("{{range .Server.Components}}{{.Name}}={{.Version}}\n{{end}}")}));
        for (const QString &line : components.split(u'\n', Qt::SkipEmptyParts)) {
            const QString name = line.section(u'=', 0, 0);
            const QString version = line.section(u'=', 1);
            if (name == u"containerd")
                QVERIFY2(value("containerdVersionValue").startsWith(version),
                         qPrintable(value("containerdVersionValue")));
            if (name == u"runc")
                QVERIFY2(value("runcVersionValue").startsWith(version), qPrintable(value("runcVersionValue")));
        }
        QVERIFY(value("containerdVersionValue") != tr("unknown"));
    }

    // Notes: `docker ps -a` / `docker ps`.
    void aContainerCreatedThroughTheApiAppearsWithItsState()
    {
        auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("containersView"));
        QVERIFY(table);
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-gui"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                          QStringLiteral("-p"), QStringLiteral("127.0.0.1::80")}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        using Column = Ui::ContainerTreeModel::Column;
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(table, Column::Name, name) >= 0, 10'000);
        int row = rowWithText(table, Column::Name, name);
        QCOMPARE(cellText(table, row, Column::State), Ui::ContainerTreeModel::tr("Running"));
        QCOMPARE(cellText(table, row, Column::Image), TestEngine::image());
        const QString port = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("port"), name, QStringLiteral("80/tcp")}).trimmed());
        QCOMPARE(cellText(table, row, Column::Ports), port + u"→80/tcp");

        TestEngine::dockerOk({QStringLiteral("kill"), name});
        QTRY_COMPARE_WITH_TIMEOUT(cellText(table, rowWithText(table, Column::Name, name), Column::State),
                                  Ui::ContainerTreeModel::tr("Exited (%1)").arg(137), 10'000);

        // `docker ps` without -a: the stopped container goes out of view.
        auto *showAll = m_window->findChild<QCheckBox *>(QStringLiteral("showAllCheckBox"));
        QVERIFY(showAll);
        showAll->setChecked(false);
        QCOMPARE(rowWithText(table, Column::Name, name), -1);
        showAll->setChecked(true);
        QVERIFY(rowWithText(table, Column::Name, name) >= 0);
    }

    void searchingNarrowsTheContainersToThoseThatMatch()
    {
        auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("containersView"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("containersSearchField"));
        QVERIFY(table && search);
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-findme"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), name}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(table, 0, name) >= 0, 10'000);
        QTest::keyClicks(search, name);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cellText(table, 0, 0), name);
        QTest::keyClicks(search, QStringLiteral("-nothing-like-it"));
        QCOMPARE(table->model()->rowCount(), 0);
        auto *empty = m_window->findChild<QLabel *>(QStringLiteral("containersEmptyLabel"));
        QVERIFY(empty && empty->isVisible());
    }

    // Notes: `docker images`.
    void anImageAppearsInTheImagesPage()
    {
        m_window->showPage(Ui::MainWindow::Page::Images);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("imagesTable"));
        QVERIFY(table && table->isVisible());
        const QString repository = TestEngine::uniqueName(QStringLiteral("hublot-test/tagged"));
        TestEngine::dockerOk({QStringLiteral("tag"), TestEngine::image(), repository + u":v1"});
        using Column = Ui::ImageTableModel::Column;
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(table, Column::Repository, repository) >= 0, 10'000);
        const int row = rowWithText(table, Column::Repository, repository);
        QCOMPARE(cellText(table, row, Column::Tag), QStringLiteral("v1"));
        const QString id = QString::fromUtf8(
            TestEngine::dockerOk({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                  QStringLiteral("{{.Id}}"), TestEngine::image()})
                .trimmed());
        QCOMPARE(cellText(table, row, Column::Id), id.mid(7, 12));

        TestEngine::dockerOk({QStringLiteral("rmi"), repository + u":v1"});
        QTRY_COMPARE_WITH_TIMEOUT(rowWithText(table, Column::Repository, repository), -1, 10'000);
    }

    void theSidebarAndItsShortcutsSwitchPages()
    {
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 7);
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("conceptsPage"))->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("enginePage"))->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("servicesPage"))->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("volumesPage"))->isVisible());
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
