// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTesting.h"
#include "TestEngine.h"
#include "WidgetTesting.h"

#include "engine/EngineSession.h"
#include "engine/VolumeBackup.h"
#include "ui/CommandLineBar.h"
#include "ui/ImageFilterProxyModel.h"
#include "ui/ImageLayersPanel.h"
#include "ui/ImageTableModel.h"
#include "ui/ImagesPage.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/NetworkTableModel.h"
#include "ui/NetworksPage.h"
#include "ui/VolumeTableModel.h"
#include "ui/VolumesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;

// The Images, Volumes and Networks pages against the real engine. Each test
// is named after the line of the user's notes it covers.
class ResourcePagesTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    static QString runLabel() { return QStringLiteral("hublot.test.run=%1").arg(QCoreApplication::applicationPid()); }

    // Runs the test image detached with this run's labels.
    static QString run(const QString &prefix, const QStringList &options = {},
                       const QStringList &command = {QStringLiteral("sleep"), QStringLiteral("300")})
    {
        const QString name = TestEngine::uniqueName(prefix);
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                                          QStringLiteral("--name"), name}
                             + TestEngine::labels() + options + QStringList {TestEngine::image()} + command);
        return name;
    }

    // An image made of the test image plus one layer holding a file, named
    // reference and labelled as this run's.
    static void commitImage(const QString &reference, const QString &content)
    {
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-commit"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("--name"), container}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            u"echo " + content + u" > /hello"});
        TestEngine::dockerOk({QStringLiteral("commit"), QStringLiteral("--change"),
                              QStringLiteral("LABEL hublot.test=1 ") + runLabel(), container, reference});
        TestEngine::dockerOk({QStringLiteral("rm"), container});
    }

    static bool cliHas(const QStringList &inspect) { return TestEngine::docker(inspect).exitCode == 0; }

    template <typename T> T *waitFor(const QString &objectName)
    {
        return Test::waitForVisible<T>(m_window.get(), objectName);
    }

    // The proxy row of table whose column 0 (or role) holds text.
    static QModelIndex rowOf(QTableView *table, const QString &text, int role = Qt::DisplayRole, int column = 0)
    {
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(role).toString() == text)
                return index;
        }
        return {};
    }

    static bool select(QTableView *table, const QString &text, int role = Qt::DisplayRole)
    {
        const QModelIndex index = rowOf(table, text, role);
        if (!index.isValid())
            return false;
        table->setFocus();
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }

    QString text(const QString &labelName) const
    {
        auto *label = m_window->findChild<QLabel *>(labelName);
        return label && label->isVisible() ? label->text() : QString();
    }

    QString commandLine(const QString &page) const
    {
        auto *bar = m_window->findChild<Ui::CommandLineBar *>();
        for (auto *candidate : m_window->findChildren<Ui::CommandLineBar *>()) {
            if (candidate->findChild<QLineEdit *>(page + u"CommandLine"))
                bar = candidate;
        }
        return bar ? bar->command() : QString();
    }

    // Accepts the confirmation called objectName after checking it names every name.
    void confirm(const QString &objectName, const QStringList &names)
    {
        auto *box = waitFor<QMessageBox>(objectName);
        QVERIFY2(box, qPrintable(objectName));
        for (const QString &name : names)
            QVERIFY2(QString(box->text() + box->informativeText()).contains(name), qPrintable(name));
        auto *accept = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(accept);
        accept->click();
    }

    static void saveScreenshot(QWidget *widget, const QString &fileName)
    {
        const QString dir = qEnvironmentVariable("HUBLOT_BUILD_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        widget->grab().save(dir + u'/' + fileName);
    }

private Q_SLOTS:
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
        Test::testEveryModel(m_window.get());
        auto *images = m_window->imagesPage();
        auto *volumes = m_window->findChild<Ui::VolumesPage *>();
        auto *networks = m_window->findChild<Ui::NetworksPage *>();
        QVERIFY(images && volumes && networks);
        using Tester = QAbstractItemModelTester;
        new Tester(images->model(), Tester::FailureReportingMode::QtTest, images);
        new Tester(images->proxy(), Tester::FailureReportingMode::QtTest, images);
        new Tester(volumes->model(), Tester::FailureReportingMode::QtTest, volumes);
        new Tester(networks->model(), Tester::FailureReportingMode::QtTest, networks);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // Notes: `docker images ###lister toutes les images locales`, and "si on
    // cree plusieur container à partir d'une seul image ... une seul partie du
    // disk": an image built on another shares its read-only layers.
    void dockerImagesListsLocalImagesAndTheLayersTheyShare()
    {
        const QString derived = TestEngine::uniqueName(QStringLiteral("hublot-test/layers")) + u":1";
        commitImage(derived, QStringLiteral("derived"));
        const QString user = run(QStringLiteral("hublot-image-user"));
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        QTableView *table = page->table();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, derived, Ui::ImageTableModel::ReferenceRole).isValid(), 10'000);
        QCOMPARE(commandLine(QStringLiteral("images")), QStringLiteral("docker images"));

        // The test image has a container made from it; the new one none.
        const QModelIndex base = rowOf(table, TestEngine::image(), Ui::ImageTableModel::ReferenceRole);
        QVERIFY(base.isValid());
        QTRY_VERIFY(base.siblingAtColumn(Ui::ImageTableModel::Containers).data(Ui::SortRole).toInt() >= 1);
        const QModelIndex mine = rowOf(table, derived, Ui::ImageTableModel::ReferenceRole);
        QCOMPARE(mine.siblingAtColumn(Ui::ImageTableModel::Containers).data().toString(), QStringLiteral("0"));
        // The shared size is the test image's layer, as docker system df -v counts it.
        QVERIFY(mine.siblingAtColumn(Ui::ImageTableModel::SharedSize).data(Ui::SortRole).toLongLong() > 0);

        QVERIFY(select(table, derived, Ui::ImageTableModel::ReferenceRole));
        Ui::ImageLayersPanel *layers = page->layersPanel();
        QTRY_VERIFY_WITH_TIMEOUT(layers->isLoaded(), 10'000);
        QVERIFY(commandLine(QStringLiteral("images")).startsWith(u"docker image history " + derived));
        const QJsonArray cliLayers
            = TestEngine::dockerJson({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                      QStringLiteral("{{json .RootFS.Layers}}"), derived})
                  .array();
        QCOMPARE(cliLayers.size(), 2);
        QTreeWidget *view = layers->view();
        QStringList shownLayers;
        QTreeWidgetItem *bottom = nullptr;
        QTreeWidgetItem *top = nullptr;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = view->topLevelItem(i);
            if (item->toolTip(Ui::ImageLayersPanel::Layer).startsWith(u"sha256:")) {
                shownLayers.append(item->toolTip(Ui::ImageLayersPanel::Layer));
                (bottom ? top : bottom) = item;
            }
        }
        QCOMPARE(shownLayers, (QStringList {cliLayers.at(0).toString(), cliLayers.at(1).toString()}));
        // The bottom layer is the test image's: on disk once, shared.
        QVERIFY2(bottom->text(Ui::ImageLayersPanel::SharedWith).contains(TestEngine::image()),
                 qPrintable(bottom->text(Ui::ImageLayersPanel::SharedWith)));
        QCOMPARE(top->text(Ui::ImageLayersPanel::SharedWith), QStringLiteral("only this image"));
        QVERIFY(top->text(Ui::ImageLayersPanel::Step).contains(QStringLiteral("sh -c echo derived"))
                || top->text(Ui::ImageLayersPanel::Step).contains(QStringLiteral("echo derived")));
        saveScreenshot(m_window.get(), QStringLiteral("images-page.png"));

        // Run… hands the image to the run dialog.
        QSignalSpy runs(page, &Ui::ImagesPage::runImageRequested);
        page->action(Ui::ImagesPage::Action::Run)->trigger();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).at(0).toString(), derived);
        Q_UNUSED(user)
    }

    // Notes: `docker rm` for images: docker rmi, with a confirmation naming it.
    void dockerRmiRemovesAnImageAfterAConfirmationNamingIt()
    {
        const QString tag = TestEngine::uniqueName(QStringLiteral("hublot-test/rmi")) + u":1";
        TestEngine::dockerOk({QStringLiteral("tag"), TestEngine::image(), tag});
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), tag, Ui::ImageTableModel::ReferenceRole).isValid(), 10'000);
        QVERIFY(select(page->table(), tag, Ui::ImageTableModel::ReferenceRole));
        // By keyboard: Delete on the table.
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(page->table(), Qt::Key_Delete);
        confirm(QStringLiteral("confirmRemoveImagesDialog"), {tag, u"docker rmi " + tag});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(page->table(), tag, Ui::ImageTableModel::ReferenceRole).isValid(), 10'000);
        QCOMPARE(commandLine(QStringLiteral("images")), u"docker rmi " + tag);
        QVERIFY(!cliHas({QStringLiteral("image"), QStringLiteral("inspect"), tag}));
        QVERIFY(cliHas({QStringLiteral("image"), QStringLiteral("inspect"), TestEngine::image()}));
        QTRY_VERIFY(text(QStringLiteral("imagesMessageLabel")).contains(u"Removed " + tag));
    }

    // Notes: `docker images` — giving an image another name (docker tag).
    void dockerTagGivesAnImageAnotherName()
    {
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        QTRY_VERIFY(select(page->table(), TestEngine::image(), Ui::ImageTableModel::ReferenceRole));
        page->action(Ui::ImagesPage::Action::Tag)->trigger();
        auto *dialog = waitFor<QInputDialog>(QStringLiteral("tagImageDialog"));
        QVERIFY(dialog);
        // A bad name first: a sentence, nothing done.
        dialog->setTextValue(QStringLiteral("Bad Name"));
        dialog->accept();
        QTRY_VERIFY(text(QStringLiteral("imagesMessageLabel")).contains(QStringLiteral("not a valid image name")));

        const QString target = TestEngine::uniqueName(QStringLiteral("hublot-test/tagged")) + u":2";
        page->action(Ui::ImagesPage::Action::Tag)->trigger();
        dialog = waitFor<QInputDialog>(QStringLiteral("tagImageDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(target);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), target, Ui::ImageTableModel::ReferenceRole).isValid(), 10'000);
        QCOMPARE(commandLine(QStringLiteral("images")), u"docker tag " + TestEngine::image() + u' ' + target);
        QVERIFY(cliHas({QStringLiteral("image"), QStringLiteral("inspect"), target}));
    }

    // Notes: "une image et statique": images left without a name pile up;
    // docker image prune shows them first, then says the space won back.
    void dockerImagePruneShowsWhatGoesAndTheSpaceWonBack()
    {
        const QString tag = TestEngine::uniqueName(QStringLiteral("hublot-test/dangling")) + u":1";
        commitImage(tag, QStringLiteral("first"));
        const QString danglingId
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("image"), QStringLiteral("inspect"),
                                                      QStringLiteral("--format"), QStringLiteral("{{.Id}}"), tag}))
                  .trimmed();
        commitImage(tag, QStringLiteral("second"));  // takes the name: the first is dangling now
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        page->setPruneLabelFilters({runLabel()});
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(page->table(), danglingId, Ui::KeyRole).isValid()
                || rowOf(page->table(), danglingId.mid(7, 12), Qt::DisplayRole, Ui::ImageTableModel::Id).isValid(),
            10'000);

        auto *dangling = m_window->findChild<QCheckBox *>(QStringLiteral("imagesDanglingCheckBox"));
        QVERIFY(dangling);
        dangling->setChecked(true);
        QVERIFY(rowOf(page->table(), danglingId.mid(7, 12), Qt::DisplayRole, Ui::ImageTableModel::Id).isValid());
        QVERIFY(!rowOf(page->table(), TestEngine::image(), Ui::ImageTableModel::ReferenceRole).isValid());
        QCOMPARE(commandLine(QStringLiteral("images")), QStringLiteral("docker images --filter dangling=true"));

        page->action(Ui::ImagesPage::Action::Prune)->trigger();
        auto *dialog = waitFor<QDialog>(QStringLiteral("pruneImagesDialog"));
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("pruneList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), danglingId.mid(7, 12));
        QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pruneSummaryLabel"))->text().contains(u"about"));
        saveScreenshot(dialog, QStringLiteral("prune-images.png"));
        dialog->findChild<QPushButton *>(QStringLiteral("pruneButton"))->click();
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("pruneResultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10'000);
        QVERIFY2(result->text().contains(QStringLiteral("winning back")), qPrintable(result->text()));
        QCOMPARE(commandLine(QStringLiteral("images")), u"docker image prune --filter label=" + runLabel());
        QVERIFY(!cliHas({QStringLiteral("image"), QStringLiteral("inspect"), danglingId}));
        QVERIFY(cliHas({QStringLiteral("image"), QStringLiteral("inspect"), tag}));
        dialog->close();
    }

    // Notes: "on peut telecharger une image (python par ex) à partir de docker
    // hub": here there is no internet, so the pull must end at once with a
    // sentence, and Docker Hub search says it cannot reach it.
    void pullingFromDockerHubWithoutInternetEndsAtOnceWithASentence()
    {
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        page->action(Ui::ImagesPage::Action::Pull)->trigger();
        auto *dialog = waitFor<QDialog>(QStringLiteral("pullImageDialog"));
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("pullReferenceField"));
        field->setText(QStringLiteral("docker.io/library/alpine:latest"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pullCommandLabel"))->text(),
                 QStringLiteral("$ docker pull docker.io/library/alpine:latest"));
        QElapsedTimer timer;
        timer.start();
        dialog->findChild<QPushButton *>(QStringLiteral("pullButton"))->click();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("pullStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Could not pull")), 15'000);
        qInfo("bench: pull-without-internet-fails-in %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 15'000, "the failed pull took too long");
        QVERIFY2(status->text().contains(QStringLiteral("cannot reach")), qPrintable(status->text()));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled());
        QTRY_VERIFY(text(QStringLiteral("imagesMessageLabel")).startsWith(QStringLiteral("Could not pull")));
        saveScreenshot(dialog, QStringLiteral("pull-failed.png"));
        dialog->close();

        page->action(Ui::ImagesPage::Action::SearchHub)->trigger();
        auto *search = waitFor<QDialog>(QStringLiteral("imageSearchDialog"));
        QVERIFY(search);
        search->findChild<QLineEdit *>(QStringLiteral("hubSearchField"))->setText(QStringLiteral("python"));
        search->findChild<QPushButton *>(QStringLiteral("hubSearchButton"))->click();
        auto *searchStatus = search->findChild<QLabel *>(QStringLiteral("hubSearchStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(searchStatus->text().contains(QStringLiteral("cannot reach Docker Hub")), 20'000);
        QCOMPARE(commandLine(QStringLiteral("images")), QStringLiteral("docker search python"));
        search->close();
    }

    // Notes: "on peut telecharger une image ... à partir de docker hub": the
    // same pull from a registry on 127.0.0.1, with a bar per layer.
    void pullingFromAReachableRegistryShowsABarPerLayer()
    {
        const QString registry = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        QVERIFY2(!registry.isEmpty(), "docker-registry (Debian package docker-registry) is not installed");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %1\nhttp:\n  addr: "
                                    "127.0.0.1:%2\n")
                         .arg(dir.filePath(QStringLiteral("data")))
                         .arg(port)
                         .toUtf8());
        config.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(registry, {QStringLiteral("serve"), config.fileName()});
        QVERIFY(server.waitForStarted());
        auto stop = qScopeGuard([&server] {
            server.terminate();
            server.waitForFinished(5'000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            [port] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(200);
            }(),
            10'000);
        const QString remote = QStringLiteral("127.0.0.1:%1/").arg(port)
            + TestEngine::uniqueName(QStringLiteral("hublot-test/pulled")) + u":1";
        // An image with a layer of its own, so that the pull downloads something.
        const QString source = TestEngine::uniqueName(QStringLiteral("hublot-test/topush")) + u":1";
        commitImage(source, TestEngine::uniqueName(QStringLiteral("unique")));
        TestEngine::dockerOk({QStringLiteral("tag"), source, remote});
        TestEngine::dockerOk({QStringLiteral("push"), remote});
        TestEngine::dockerOk({QStringLiteral("rmi"), remote, source});

        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        page->action(Ui::ImagesPage::Action::Pull)->trigger();
        auto *dialog = waitFor<QDialog>(QStringLiteral("pullImageDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("pullReferenceField"))->setText(remote);
        dialog->findChild<QPushButton *>(QStringLiteral("pullButton"))->click();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("pullStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Pulled " + remote), 30'000);
        const QList<QProgressBar *> bars = dialog->findChildren<QProgressBar *>();
        QVERIFY(!bars.isEmpty());
        for (QProgressBar *bar : bars) {
            QVERIFY(bar->objectName().startsWith(QStringLiteral("layerProgress_")));
            QCOMPARE(bar->value(), bar->maximum());
        }
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), remote, Ui::ImageTableModel::ReferenceRole).isValid(), 10'000);
        QVERIFY(cliHas({QStringLiteral("image"), QStringLiteral("inspect"), remote}));
        saveScreenshot(dialog, QStringLiteral("pull-done.png"));
        dialog->close();
        TestEngine::docker({QStringLiteral("rmi"), remote});
    }

    // Notes: `docker run -v ${PWD}:/usr/share/nginx/html ...`: data kept
    // outside the container. Named volumes: create, see who uses one,
    // measure, remove and prune.
    void dockerVolumeCreateUsedByRemoveAndPrune()
    {
        m_window->showPage(Ui::MainWindow::Page::Volumes);
        auto *page = m_window->findChild<Ui::VolumesPage *>();
        page->setLabelFilters({QStringLiteral("hublot.test=1"), runLabel()});
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-volume"));
        page->action(Ui::VolumesPage::Action::Create)->trigger();
        auto *dialog = waitFor<QInputDialog>(QStringLiteral("createVolumeDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(name);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), name).isValid(), 10'000);
        QCOMPARE(commandLine(QStringLiteral("volumes")),
                 u"docker volume create --label hublot.test=1 --label " + runLabel() + u' ' + name);
        QCOMPARE(QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("volume"), QStringLiteral("inspect"),
                                                         QStringLiteral("--format"),
                                                         QStringLiteral("{{index .Labels \"hublot.test\"}}"), name}))
                     .trimmed(),
                 QStringLiteral("1"));

        const QString user = run(QStringLiteral("hublot-volume-user"), {QStringLiteral("-v"), name + u":/data"},
                                 {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("head -c 300000 /dev/zero > /data/blob; sleep 300")});
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(page->table(), name).siblingAtColumn(Ui::VolumeTableModel::UsedBy).data().toString(), user, 10'000);

        // Size only on demand.
        QVERIFY(rowOf(page->table(), name).siblingAtColumn(Ui::VolumeTableModel::Size).data().toString().isEmpty());
        QTest::qWait(500);  // the file is written
        page->action(Ui::VolumesPage::Action::MeasureSizes)->trigger();
        QCOMPARE(commandLine(QStringLiteral("volumes")), QStringLiteral("docker system df -v"));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(page->table(), name).siblingAtColumn(Ui::VolumeTableModel::Size).data(Ui::SortRole).toLongLong()
                >= 300'000,
            20'000);
        saveScreenshot(m_window.get(), QStringLiteral("volumes-page.png"));

        // In use: the confirmation says who uses it, and the engine refuses in a sentence.
        QVERIFY(select(page->table(), name));
        page->action(Ui::VolumesPage::Action::Remove)->trigger();
        confirm(QStringLiteral("confirmRemoveVolumesDialog"), {name, user, u"docker volume rm " + name});
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("volumesMessageLabel")).contains(QStringLiteral("still uses")),
                                 10'000);
        QVERIFY(!text(QStringLiteral("volumesMessageLabel")).contains(u'{'));
        QVERIFY(cliHas({QStringLiteral("volume"), QStringLiteral("inspect"), name}));

        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), user});
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(page->table(), name).siblingAtColumn(Ui::VolumeTableModel::UsedBy).data().toString().isEmpty(),
            10'000);
        QVERIFY(select(page->table(), name));
        page->action(Ui::VolumesPage::Action::Remove)->trigger();
        confirm(QStringLiteral("confirmRemoveVolumesDialog"), {name});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(page->table(), name).isValid(), 10'000);
        QVERIFY(!cliHas({QStringLiteral("volume"), QStringLiteral("inspect"), name}));

        // Prune: an unused named volume of this run goes with "named too".
        const QString unused = TestEngine::uniqueName(QStringLiteral("hublot-unused"));
        TestEngine::dockerOk(QStringList {QStringLiteral("volume"), QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {unused});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), unused).isValid(), 10'000);
        m_window->findChild<QCheckBox *>(QStringLiteral("pruneNamedVolumesCheckBox"))->setChecked(true);
        page->action(Ui::VolumesPage::Action::Prune)->trigger();
        auto *prune = waitFor<QDialog>(QStringLiteral("pruneVolumesDialog"));
        QVERIFY(prune);
        auto *list = prune->findChild<QTreeWidget *>(QStringLiteral("pruneList"));
        QStringList listed;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed.append(list->topLevelItem(i)->text(0));
        QCOMPARE(listed, QStringList {unused});
        prune->findChild<QPushButton *>(QStringLiteral("pruneButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(prune->findChild<QLabel *>(QStringLiteral("pruneResultLabel"))->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(page->table(), unused).isValid(), 10'000);
        QVERIFY(!cliHas({QStringLiteral("volume"), QStringLiteral("inspect"), unused}));
        QVERIFY(commandLine(QStringLiteral("volumes")).startsWith(QStringLiteral("docker volume prune -a --filter")));
        prune->close();
    }

    // Notes: "La BDD peut être installée à l'intérieur de container": a
    // database keeps its data in a volume, which Back Up… saves to a file
    // and Restore… (after a confirmation naming both) puts back.
    void aVolumesDataIsBackedUpAndRestored()
    {
        m_window->showPage(Ui::MainWindow::Page::Volumes);
        auto *page = m_window->findChild<Ui::VolumesPage *>();
        page->setLabelFilters({QStringLiteral("hublot.test=1"), runLabel()});
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-db-data"));
        TestEngine::dockerOk(QStringList {QStringLiteral("volume"), QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {name});
        const QStringList mount {QStringLiteral("--rm"), QStringLiteral("-v"), name + u":/data"};
        TestEngine::dockerOk(QStringList {QStringLiteral("run")} + mount + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("echo 'row 1' > /data/table.db")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), name).isValid(), 10'000);
        QVERIFY(!page->action(Ui::VolumesPage::Action::BackUp)->isEnabled());
        QVERIFY(select(page->table(), name));
        QVERIFY(page->action(Ui::VolumesPage::Action::BackUp)->isEnabled());
        QVERIFY(!page->imageFor(name).isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("db.tar"));
        Engine::VolumeBackup *backup = page->backUpTo(name, file);
        QVERIFY(backup);
        QVERIFY(commandLine(QStringLiteral("volumes")).contains(u"docker cp hublot-backup:/volume - > " + file));
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("volumesMessageLabel")).startsWith(QStringLiteral("Backed up")),
                                 30'000);
        QVERIFY(QFileInfo(file).size() > 0);

        // The data is lost, then comes back through the menu's Restore….
        TestEngine::dockerOk(
            QStringList {QStringLiteral("run")} + mount + TestEngine::labels()
            + QStringList {TestEngine::image(), QStringLiteral("rm"), QStringLiteral("/data/table.db")});
        QVERIFY(select(page->table(), name));
        page->action(Ui::VolumesPage::Action::Restore)->trigger();
        auto *chooser = waitFor<QFileDialog>(QStringLiteral("volumeRestoreFileDialog"));
        QVERIFY(chooser);
        chooser->selectFile(file);
        QMetaObject::invokeMethod(chooser, "accept");
        confirm(QStringLiteral("volumeRestoreConfirmation"), {name, QStringLiteral("db.tar")});
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("volumesMessageLabel")).startsWith(QStringLiteral("Restored")),
                                 30'000);
        QCOMPARE(TestEngine::dockerOk(
                     QStringList {QStringLiteral("run")} + mount + TestEngine::labels()
                     + QStringList {TestEngine::image(), QStringLiteral("cat"), QStringLiteral("/data/table.db")}),
                 QByteArray("row 1\n"));
        QVERIFY(commandLine(QStringLiteral("volumes")).startsWith(u"tar -xf " + file));

        // Any other tar is refused with a sentence, and nothing is left behind.
        const QString other = dir.filePath(QStringLiteral("other.tar"));
        QFile notABackup(other);
        QVERIFY(notABackup.open(QIODevice::WriteOnly));
        notABackup.write(QByteArray(1024, '\0'));
        notABackup.close();
        page->restoreFrom(name, other);
        QTRY_VERIFY_WITH_TIMEOUT(
            text(QStringLiteral("volumesMessageLabel")).contains(QStringLiteral("is not a volume backup")), 30'000);
        QVERIFY(text(QStringLiteral("volumesMessageLabel")).contains(QStringLiteral("“other.tar”")));
        QCOMPARE(TestEngine::dockerOk({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                       u"label="_s + QString(Engine::VolumeBackup::HelperLabel)})
                     .trimmed(),
                 QByteArray());
    }

    // Notes: "hostname -i ... permet avoir des info comme le ipaddress":
    // a container's addresses come from its networks. Create one, connect a
    // container, disconnect it, remove the network; bridge cannot go.
    void dockerNetworkCreateConnectDisconnectRemove()
    {
        m_window->showPage(Ui::MainWindow::Page::Networks);
        auto *page = m_window->findChild<Ui::NetworksPage *>();
        page->setCreateLabels({QStringLiteral("hublot.test=1"), runLabel()});

        // The engine's own networks stay, with a sentence.
        QTRY_VERIFY(select(page->table(), QStringLiteral("bridge")));
        page->action(Ui::NetworksPage::Action::Remove)->trigger();
        QTRY_VERIFY(text(QStringLiteral("networksMessageLabel"))
                        .contains(QStringLiteral("The engine makes the networks bridge")));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmRemoveNetworksDialog")));

        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-net"));
        page->action(Ui::NetworksPage::Action::Create)->trigger();
        auto *dialog = waitFor<QDialog>(QStringLiteral("createNetworkDialog"));
        QVERIFY(dialog);
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        dialog->findChild<QLineEdit *>(QStringLiteral("networkNameField"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("networkSubnetField"))->setText(QStringLiteral("10.213.7.0/24"));
        dialog->findChild<QLineEdit *>(QStringLiteral("networkGatewayField"))->setText(QStringLiteral("10.9.9.1"));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("createNetworkProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("not inside the subnet")));
        dialog->findChild<QLineEdit *>(QStringLiteral("networkGatewayField"))->setText(QStringLiteral("10.213.7.1"));
        QVERIFY(create->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("createNetworkCommandLabel"))->text(),
                 u"$ docker network create --label hublot.test=1 --label " + runLabel()
                     + u" --subnet 10.213.7.0/24 --gateway 10.213.7.1 " + name);
        saveScreenshot(dialog, QStringLiteral("create-network.png"));
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->table(), name).isValid(), 10'000);
        const QModelIndex row = rowOf(page->table(), name);
        QCOMPARE(row.siblingAtColumn(Ui::NetworkTableModel::Subnet).data().toString(), QStringLiteral("10.213.7.0/24"));
        QCOMPARE(row.siblingAtColumn(Ui::NetworkTableModel::Gateway).data().toString(), QStringLiteral("10.213.7.1"));
        QCOMPARE(commandLine(QStringLiteral("networks")),
                 u"docker network create --label hublot.test=1 --label " + runLabel()
                     + u" --subnet 10.213.7.0/24 --gateway 10.213.7.1 " + name);

        const QString container = run(QStringLiteral("hublot-net-user"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto keys = m_session->containers()->keys();
                return std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
                    return m_session->containers()->find(key)->name == container;
                });
            }(),
            10'000);
        QVERIFY(select(page->table(), name));
        page->action(Ui::NetworksPage::Action::Connect)->trigger();
        auto *connect = waitFor<QInputDialog>(QStringLiteral("connectContainerDialog"));
        QVERIFY(connect);
        QVERIFY(connect->comboBoxItems().contains(container));
        connect->setTextValue(container);
        connect->accept();
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(page->table(), name).siblingAtColumn(Ui::NetworkTableModel::Containers).data().toString(), container,
            10'000);
        QCOMPARE(commandLine(QStringLiteral("networks")), u"docker network connect " + name + u' ' + container);
        const QString address
            = QString::fromUtf8(TestEngine::dockerOk(
                                    {QStringLiteral("inspect"), QStringLiteral("--format"),
                                     u"{{(index .NetworkSettings.Networks \"" + name + u"\").IPAddress}}", container}))
                  .trimmed();
        QVERIFY2(address.startsWith(QStringLiteral("10.213.7.")), qPrintable(address));
        saveScreenshot(m_window.get(), QStringLiteral("networks-page.png"));

        // Removing it while attached: the confirmation names the container.
        QVERIFY(select(page->table(), name));
        page->action(Ui::NetworksPage::Action::Disconnect)->trigger();
        auto *disconnect = waitFor<QInputDialog>(QStringLiteral("disconnectContainerDialog"));
        QVERIFY(disconnect);
        disconnect->setTextValue(container);
        disconnect->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(page->table(), name).siblingAtColumn(Ui::NetworkTableModel::Containers).data().toString().isEmpty(),
            10'000);
        QCOMPARE(commandLine(QStringLiteral("networks")), u"docker network disconnect " + name + u' ' + container);

        QVERIFY(select(page->table(), name));
        page->action(Ui::NetworksPage::Action::Remove)->trigger();
        confirm(QStringLiteral("confirmRemoveNetworksDialog"), {name, u"docker network rm " + name});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(page->table(), name).isValid(), 10'000);
        QVERIFY(!cliHas({QStringLiteral("network"), QStringLiteral("inspect"), name}));
    }
};

QTEST_MAIN(ResourcePagesTest)
#include "ResourcePagesTest.moc"
