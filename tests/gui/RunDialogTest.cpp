// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTesting.h"
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RunCommand.h"
#include "ui/RunDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;

class RunDialogTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::RunDialog> m_dialog;

    template <typename T> T *child(const QString &objectName) const
    {
        T *found = m_dialog->findChild<T *>(objectName);
        if (!found)
            qWarning("no %s", qPrintable(objectName));
        return found;
    }

    QString text(const QString &labelName) const
    {
        auto *label = child<QLabel>(labelName);
        return label && !label->isHidden() ? label->text() : QString();
    }

    // A TCP port nothing listens on, on 127.0.0.1.
    static int freePort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        return server.serverPort();
    }

    // The labels every test resource carries, as docker run -l options.
    static QString labelOptions()
    {
        const QStringList labels = TestEngine::labels();
        QStringList options;
        for (qsizetype i = 1; i < labels.size(); i += 2)
            options.append(u"-l " + labels[i]);
        return options.join(u' ');
    }

    void paste(const QString &command)
    {
        auto *edit = child<QPlainTextEdit>(QStringLiteral("pasteCommandEdit"));
        QVERIFY(edit);
        edit->setPlainText(command);
        auto *fill = child<QPushButton>(QStringLiteral("fillFromCommandButton"));
        QVERIFY(fill);
        QTest::mouseClick(fill, Qt::LeftButton);
    }

    void clickRun()
    {
        auto *run = child<QPushButton>(QStringLiteral("runButton"));
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
    }

    static bool exists(const QString &name)
    {
        return TestEngine::docker({QStringLiteral("container"), QStringLiteral("inspect"), name}).exitCode == 0;
    }

    static QString inspect(const QString &name, const QString &format)
    {
        return QString::fromUtf8(
                   TestEngine::dockerOk({QStringLiteral("inspect"), QStringLiteral("--format"), format, name}))
            .trimmed();
    }

    // Fetches url through the published port until the page comes (httpd
    // needs a moment to listen), at most 50 tries over 10 s.
    static QByteArray fetch(const QString &url)
    {
        QNetworkAccessManager network;
        for (int attempt = 0; attempt < 50; ++attempt) {
            QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(5'000))
                reply->abort();
            const QByteArray body = reply->readAll();
            const bool ok = reply->error() == QNetworkReply::NoError;
            reply->deleteLater();
            if (ok)
                return body;
            QTest::qWait(200);
        }
        return {};
    }

    static void saveScreenshot(QWidget *widget, const QString &fileName)
    {
        const QString dir = qEnvironmentVariable("HUBLOT_BUILD_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u'/' + fileName));
    }

    // Debian's docker-registry on 127.0.0.1, storage in folder; empty
    // when it cannot start (why in error). A small cousin of the one in
    // ImageOperationsTest: the run dialog only needs a registry to pull from.
    static std::unique_ptr<QProcess> startRegistry(const QTemporaryDir &folder, int port, QString *error)
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/docker-registry"))) {
            *error = QStringLiteral("/usr/bin/docker-registry is missing: install Debian's docker-registry");
            return {};
        }
        QFile config(folder.filePath(QStringLiteral("config.yml")));
        if (!config.open(QIODevice::WriteOnly)
            || config.write(QStringLiteral("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    "
                                           "rootdirectory: %1/storage\nhttp:\n  addr: 127.0.0.1:%2\n")
                                .arg(folder.path())
                                .arg(port)
                                .toUtf8())
                < 0) {
            *error = u"cannot write " + config.fileName();
            return {};
        }
        config.close();
        auto registry = std::make_unique<QProcess>();
        registry->setProcessChannelMode(QProcess::MergedChannels);
        registry->start(QStringLiteral("/usr/bin/docker-registry"), {QStringLiteral("serve"), config.fileName()});
        for (int attempt = 0; attempt < 100 && registry->state() != QProcess::NotRunning; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (socket.waitForConnected(200))
                return registry;
            QTest::qWait(100);
        }
        *error = u"docker-registry did not listen: " + QString::fromUtf8(registry->readAll());
        return {};
    }

private Q_SLOTS:
    void init()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 30'000);
        m_dialog = std::make_unique<Ui::RunDialog>(m_session.get());
        m_dialog->show();
        Test::testEveryModel(m_dialog.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // Notes: `docker run -v ${PWD}:/usr/share/nginx/html -p 8080:80 -d nginx`,
    // through the form: a folder bind-mounted on /www, served by busybox
    // httpd on a port published on 127.0.0.1, fetched through that port.
    void dockerRunDashVAndDashPServesTheMountedFolderThroughThePublishedPort()
    {
        QTemporaryDir site;
        QVERIFY(site.isValid());
        QFile page(site.filePath(QStringLiteral("index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<h1>Hublot was here</h1>\n");
        page.close();
        const int port = freePort();
        QVERIFY(port > 0);
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-httpd"));

        child<QComboBox>(QStringLiteral("imageEdit"))->setCurrentText(TestEngine::image());
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("nameEdit")), name);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("commandEdit")), QStringLiteral("httpd -f -p 80 -h /www"));

        auto *mounts = child<QTableWidget>(QStringLiteral("mountsTable"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addVolumeButton")), Qt::LeftButton);
        QCOMPARE(mounts->rowCount(), 1);
        mounts->item(0, 0)->setText(site.path());
        mounts->item(0, 1)->setText(QStringLiteral("/www"));
        mounts->item(0, 2)->setCheckState(Qt::Checked);

        auto *ports = child<QTableWidget>(QStringLiteral("portsTable"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addPortButton")), Qt::LeftButton);
        QCOMPARE(ports->rowCount(), 1);
        ports->item(0, 0)->setText(QStringLiteral("127.0.0.1"));
        ports->item(0, 1)->setText(QString::number(port));
        ports->item(0, 2)->setText(QStringLiteral("80"));

        auto *labels = child<QTableWidget>(QStringLiteral("labelsTable"));
        const QStringList labelArguments = TestEngine::labels();
        for (qsizetype i = 1; i < labelArguments.size(); i += 2) {
            QTest::mouseClick(child<QPushButton>(QStringLiteral("addLabelButton")), Qt::LeftButton);
            labels->item(labels->rowCount() - 1, 0)->setText(labelArguments[i].section(u'=', 0, 0));
            labels->item(labels->rowCount() - 1, 1)->setText(labelArguments[i].section(u'=', 1));
        }

        // The preview is the docker run command of the form, split as the notes split it.
        const QString expected = QStringLiteral("docker run \\\n    --name %1 \\\n    -v %2:/www:ro \\\n"
                                                "    -p 127.0.0.1:%3:80 \\\n    -d \\\n")
                                     .arg(name, site.path())
                                     .arg(port);
        QVERIFY2(m_dialog->command().startsWith(expected), qPrintable(m_dialog->command()));
        QVERIFY(m_dialog->command().endsWith(TestEngine::image() + QStringLiteral(" httpd -f -p 80 -h /www")));
        // ... and reads back into the same form.
        QCOMPARE(*Ui::RunCommand::parse(m_dialog->command()).spec, m_dialog->spec());

        QSignalSpy started(m_dialog.get(), &Ui::RunDialog::containerStarted);
        QSignalSpy interactive(m_dialog.get(), &Ui::RunDialog::interactiveContainerStarted);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30'000);
        QCOMPARE(started[0][1].toString(), name);
        QCOMPARE(interactive.size(), 0);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(inspect(name, QStringLiteral("{{.State.Status}}")), QStringLiteral("running"));
        QCOMPARE(inspect(name, QStringLiteral("{{index .Config.Labels \"hublot.test\"}}")), QStringLiteral("1"));

        QCOMPARE(fetch(QStringLiteral("http://127.0.0.1:%1/index.html").arg(port)),
                 QByteArray("<h1>Hublot was here</h1>\n"));
    }

    // Notes: "La même app peut être lancée dans des différents containers
    // pour partager la charge": three replicas of one web server, named
    // NAME-1 to NAME-3 on consecutive host ports, each serving the folder.
    void theSameAppInSeveralContainersToShareTheLoad()
    {
        QTemporaryDir site;
        QFile page(site.filePath(QStringLiteral("index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("shared\n");
        page.close();
        // Three free ports in a row.
        int port = 0;
        for (int attempt = 0; attempt < 50 && port == 0; ++attempt) {
            const int first = freePort();
            QTcpServer a;
            QTcpServer b;
            if (first > 0 && first < 65000 && a.listen(QHostAddress::LocalHost, quint16(first + 1))
                && b.listen(QHostAddress::LocalHost, quint16(first + 2)))
                port = first;
        }
        QVERIFY2(port > 0, "no three free ports in a row on 127.0.0.1");
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-replica"));
        child<QComboBox>(QStringLiteral("imageEdit"))->setCurrentText(TestEngine::image());
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("nameEdit")), name);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("commandEdit")), QStringLiteral("httpd -f -p 80 -h /www"));
        auto *mounts = child<QTableWidget>(QStringLiteral("mountsTable"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addVolumeButton")), Qt::LeftButton);
        mounts->item(0, 0)->setText(site.path());
        mounts->item(0, 1)->setText(QStringLiteral("/www"));
        auto *ports = child<QTableWidget>(QStringLiteral("portsTable"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addPortButton")), Qt::LeftButton);
        ports->item(0, 0)->setText(QStringLiteral("127.0.0.1"));
        ports->item(0, 1)->setText(QString::number(port));
        ports->item(0, 2)->setText(QStringLiteral("80"));
        auto *labels = child<QTableWidget>(QStringLiteral("labelsTable"));
        const QStringList labelArguments = TestEngine::labels();
        for (qsizetype i = 1; i < labelArguments.size(); i += 2) {
            QTest::mouseClick(child<QPushButton>(QStringLiteral("addLabelButton")), Qt::LeftButton);
            labels->item(labels->rowCount() - 1, 0)->setText(labelArguments[i].section(u'=', 0, 0));
            labels->item(labels->rowCount() - 1, 1)->setText(labelArguments[i].section(u'=', 1));
        }
        child<QSpinBox>(QStringLiteral("replicasSpinBox"))->setValue(3);

        // One docker run per container, each with its name and port.
        const QStringList commands = m_dialog->command().split(u'\n');
        QCOMPARE(commands.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(commands[i].startsWith(u"docker run --name " + name + u'-' + QString::number(i + 1)),
                     qPrintable(commands[i]));
            QVERIFY2(commands[i].contains(u"-p 127.0.0.1:" + QString::number(port + i) + u":80"),
                     qPrintable(commands[i]));
        }

        QSignalSpy started(m_dialog.get(), &Ui::RunDialog::containerStarted);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 60'000);
        QTRY_VERIFY(!m_dialog->isVisible());
        for (int i = 0; i < 3; ++i) {
            const QString replica = name + u'-' + QString::number(i + 1);
            QCOMPARE(started[i][1].toString(), replica);
            QCOMPARE(inspect(replica, QStringLiteral("{{.State.Status}}")), QStringLiteral("running"));
            QCOMPARE(fetch(QStringLiteral("http://127.0.0.1:%1/index.html").arg(port + i)), QByteArray("shared\n"));
        }
    }

    // Notes: "On peut ecrire les commandes de docker sur plusieur ligne":
    // the notes' own multi-line command, pasted, fills the form, and runs
    // with ${PWD} as the chosen folder.
    void theNotesMultiLineCommandPastedFillsTheFormAndRuns()
    {
        QTemporaryDir site;
        QVERIFY(site.isValid());
        QFile page(site.filePath(QStringLiteral("index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("pasted\n");
        page.close();
        const int port = freePort();
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-paste"));
        m_dialog->setBaseFolder(site.path());
        paste(QStringLiteral("docker run \\\n    --name %1 \\\n    -v ${PWD}:/www \\\n    -p 127.0.0.1:%2:80 \\\n"
                             "    -d \\\n    --rm \\\n    %3 \\\n    %4 httpd -f -p 80 -h /www")
                  .arg(name)
                  .arg(port)
                  .arg(labelOptions(), TestEngine::image()));
        QCOMPARE(text(QStringLiteral("pasteErrorLabel")), QString());
        QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit"))->text(), name);
        QCOMPARE(child<QComboBox>(QStringLiteral("imageEdit"))->currentText(), TestEngine::image());
        QCOMPARE(child<QLineEdit>(QStringLiteral("commandEdit"))->text(), QStringLiteral("httpd -f -p 80 -h /www"));
        QCOMPARE(child<QComboBox>(QStringLiteral("modeCombo"))->currentIndex(), 0);
        QVERIFY(child<QCheckBox>(QStringLiteral("removeWhenStoppedCheckBox"))->isChecked());
        auto *mounts = child<QTableWidget>(QStringLiteral("mountsTable"));
        QCOMPARE(mounts->rowCount(), 1);
        QCOMPARE(mounts->item(0, 0)->text(), QStringLiteral("${PWD}"));
        QCOMPARE(mounts->item(0, 0)->toolTip(), u"On this computer: " + QDir::cleanPath(site.path()));
        auto *ports = child<QTableWidget>(QStringLiteral("portsTable"));
        QCOMPARE(ports->rowCount(), 1);
        QCOMPARE(ports->item(0, 1)->text(), QString::number(port));
        QCOMPARE(text(QStringLiteral("mountWarningLabel")), QString());
        // The preview is the pasted command, written the way Hublot writes it.
        QVERIFY2(m_dialog->command().startsWith(
                     QStringLiteral("docker run \\\n    --name %1 \\\n    -v ${PWD}:/www \\\n").arg(name)),
                 qPrintable(m_dialog->command()));

        QSignalSpy started(m_dialog.get(), &Ui::RunDialog::containerStarted);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30'000);
        QCOMPARE(inspect(name, QStringLiteral("{{.HostConfig.AutoRemove}}")), QStringLiteral("true"));
        QCOMPARE(fetch(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QByteArray("pasted\n"));
        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }

    // Notes: `docker run -it` and `docker run -it --rm`: the container gets a
    // terminal and stdin, and the dialog says so for the terminal tab.
    void dockerRunDashItRemoveWhenStoppedAsksForATerminal()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-it"));
        paste(QStringLiteral("docker run -it --rm --name %1 %2 %3 sh").arg(name, labelOptions(), TestEngine::image()));
        QCOMPARE(child<QComboBox>(QStringLiteral("modeCombo"))->currentIndex(), 1);
        QSignalSpy interactive(m_dialog.get(), &Ui::RunDialog::interactiveContainerStarted);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(interactive.size(), 1, 30'000);
        QCOMPARE(inspect(interactive[0][0].toString(),
                         QStringLiteral("{{.Config.Tty}} {{.Config.OpenStdin}} "
                                        "{{.HostConfig.AutoRemove}}")),
                 QStringLiteral("true true true"));
        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }

    // Notes: `docker run -d --name my_nginx nginx`: a name another
    // container has gets a sentence, and nothing new is made.
    void dockerRunDashDashNameAlreadyInUseShowsASentence()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-taken"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), name}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        paste(QStringLiteral("docker run -d --name %1 %2 %3").arg(name, labelOptions(), TestEngine::image()));
        QSignalSpy failed(m_dialog.get(), &Ui::RunDialog::runFailed);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QCOMPARE(text(QStringLiteral("runErrorLabel")),
                 QStringLiteral("The name %1 is already taken by another container. Choose another name, or remove "
                                "that container first (docker rm %1).")
                     .arg(name));
        QVERIFY(m_dialog->isVisible());
        m_dialog->resize(960, 780);
        saveScreenshot(m_dialog.get(), QStringLiteral("run-dialog-name-in-use.png"));
        const QByteArray all = TestEngine::dockerOk(
            {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), u"name=^/" + name + u'$'});
        QCOMPARE(all.trimmed().split('\n').size(), 1);
    }

    // Nothing half-made is left behind: a container created but unable to
    // start is removed, or kept when the user ticks "keep it".
    void aContainerThatCannotStartIsRemovedUnlessKept()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-broken"));
        paste(QStringLiteral("docker run -d --name %1 %2 %3 /no/such/program")
                  .arg(name, labelOptions(), TestEngine::image()));
        QSignalSpy failed(m_dialog.get(), &Ui::RunDialog::runFailed);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QVERIFY2(text(QStringLiteral("runErrorLabel")).endsWith(u"It was removed, so nothing is left half-made."),
                 qPrintable(text(QStringLiteral("runErrorLabel"))));
        QVERIFY(!exists(name));

        child<QCheckBox>(QStringLiteral("keepFailedContainerCheckBox"))->setChecked(true);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30'000);
        QVERIFY(text(QStringLiteral("runErrorLabel")).contains(u"It is kept, as you asked"));
        QVERIFY(exists(name));
        QCOMPARE(inspect(name, QStringLiteral("{{.State.Status}}")), QStringLiteral("created"));
    }

    // Before sending, a host port another container publishes is named;
    // sent anyway, the engine's refusal becomes a sentence.
    void aHostPortTakenByAnotherContainerIsNamedBeforeRunning()
    {
        const int port = freePort();
        const QString holder = TestEngine::uniqueName(QStringLiteral("hublot-run-holder"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                                          QStringLiteral("--name"), holder, QStringLiteral("-p"),
                                          QStringLiteral("127.0.0.1:%1:80").arg(port)}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-second"));
        paste(QStringLiteral("docker run -d --name %1 -p 127.0.0.1:%2:80 %3 %4 sleep 300")
                  .arg(name)
                  .arg(port)
                  .arg(labelOptions(), TestEngine::image()));
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("portWarningLabel")),
                                  QStringLiteral("Host port %1 is already published by the container %2: choose "
                                                 "another host port, or stop %2 first.")
                                      .arg(port)
                                      .arg(holder),
                                  10'000);
        QSignalSpy failed(m_dialog.get(), &Ui::RunDialog::runFailed);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QVERIFY2(text(QStringLiteral("runErrorLabel"))
                     .startsWith(QStringLiteral("The container could not start. The host port 127.0.0.1:%1 is "
                                                "already taken")
                                     .arg(port)),
                 qPrintable(text(QStringLiteral("runErrorLabel"))));
        QVERIFY(!exists(name));
    }

    // Notes: `docker run -d IMAGE` pulls a missing image first; a registry
    // that cannot be reached ends at once with a sentence.
    void dockerRunOfAMissingImagePullsItAndAFailedPullSaysWhy()
    {
        paste(QStringLiteral("docker run -d %1 127.0.0.1:9/hublot/absent:1").arg(labelOptions()));
        QSignalSpy failed(m_dialog.get(), &Ui::RunDialog::runFailed);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QCOMPARE(text(QStringLiteral("runErrorLabel")),
                 QStringLiteral("The image 127.0.0.1:9/hublot/absent:1 is not on this engine, and its registry "
                                "cannot be reached (no internet connection?). Connect and try again, or load the "
                                "image from a file first."));
    }

    // Notes: `docker run -d IMAGE` - "si l'image ... n'est pas presente
    // localement docker va chercher sur docker hub": an image the engine
    // lacks is pulled first, each layer with its progress bar, then run.
    void dockerRunDashDOfAnImageTheEngineLacksPullsItFirstWithLayerProgress()
    {
        QTemporaryDir storage;
        QVERIFY(storage.isValid());
        const int port = freePort();
        QString error;
        const auto registry = startRegistry(storage, port, &error);
        QVERIFY2(registry, qPrintable(error));
        // An image with a layer of its own, pushed, then removed here.
        const QString reference
            = QStringLiteral("127.0.0.1:%1/%2:1").arg(port).arg(TestEngine::uniqueName(QStringLiteral("hublot-pull")));
        const QString maker = TestEngine::uniqueName(QStringLiteral("hublot-pull-maker"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("--name"), maker} + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("head -c 400000 /dev/urandom > /blob")});
        TestEngine::dockerOk({QStringLiteral("commit"), maker, reference});
        TestEngine::dockerOk({QStringLiteral("rm"), maker});
        TestEngine::dockerOk({QStringLiteral("push"), reference});
        TestEngine::dockerOk({QStringLiteral("rmi"), reference});

        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-run-pulled"));
        paste(QStringLiteral("docker run -d --init --name %1 %2 %3 sleep 300").arg(name, labelOptions(), reference));
        QSignalSpy started(m_dialog.get(), &Ui::RunDialog::containerStarted);
        clickRun();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 60'000);
        QCOMPARE(text(QStringLiteral("pullStatusLabel")), u"Pulled " + reference + u'.');
        QVERIFY(child<QWidget>(QStringLiteral("pullProgress"))->isHidden());  // once the container runs
        const auto bars = m_dialog->findChildren<QProgressBar *>();
        QVERIFY(!bars.isEmpty());
        for (const QProgressBar *bar : bars) {
            QVERIFY(bar->objectName().startsWith(u"layerProgress_"));
            QVERIFY(bar->maximum() > 0);
            QCOMPARE(bar->value(), bar->maximum());
        }
        QCOMPARE(inspect(name, QStringLiteral("{{.State.Status}}")), QStringLiteral("running"));
        TestEngine::dockerOk({QStringLiteral("rm"), QStringLiteral("-f"), name});
        TestEngine::dockerOk({QStringLiteral("rmi"), reference});
    }

    // A pasted command that is wrong says which part, and leaves the form as it was.
    void anInvalidPastedCommandNamesTheWrongPart()
    {
        paste(QStringLiteral("docker run -d --name keep_me nginx"));
        paste(QStringLiteral("docker run -p 8080:99999 nginx"));
        QVERIFY(text(QStringLiteral("pasteErrorLabel")).startsWith(u"“8080:99999” is not a port mapping"));
        QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit"))->text(), QStringLiteral("keep_me"));
        // A bad name typed in the form is flagged as it is typed, and Run says why.
        child<QLineEdit>(QStringLiteral("nameEdit"))->setText(QStringLiteral("-bad name"));
        QVERIFY(!text(QStringLiteral("nameErrorLabel")).isEmpty());
        clickRun();
        QVERIFY(text(QStringLiteral("runErrorLabel")).contains(u"cannot be a container name"));
        // What cannot go together is said as soon as the form holds it.
        child<QLineEdit>(QStringLiteral("nameEdit"))->setText(QStringLiteral("good_name"));
        QCOMPARE(text(QStringLiteral("runErrorLabel")), QString());
        child<QCheckBox>(QStringLiteral("removeWhenStoppedCheckBox"))->setChecked(true);
        auto *restart = child<QComboBox>(QStringLiteral("restartCombo"));
        restart->setCurrentIndex(restart->findData(int(Engine::RestartPolicy::Mode::Always)));
        QCOMPARE(text(QStringLiteral("runErrorLabel")),
                 QStringLiteral("--rm and --restart always cannot go together: a container removed when it stops "
                                "cannot be restarted. Keep one of them."));
    }

    // ${PWD}-style and relative paths resolve against the chosen folder; a
    // folder that does not exist gets a sentence and nothing runs.
    void aMissingHostFolderGetsASentence()
    {
        QTemporaryDir base;
        m_dialog->setBaseFolder(base.path());
        paste(QStringLiteral("docker run -d -v ./site:/www %1 %2").arg(labelOptions(), TestEngine::image()));
        const QString sentence
            = QStringLiteral("The folder %1/site does not exist on this computer. Create it, or choose another "
                             "folder: the engine would otherwise make an empty one, owned by root.")
                  .arg(base.path());
        QCOMPARE(text(QStringLiteral("mountWarningLabel")), sentence);
        QSignalSpy failed(m_dialog.get(), &Ui::RunDialog::runFailed);
        clickRun();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(text(QStringLiteral("runErrorLabel")), sentence);
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("site")));
        m_dialog->setBaseFolder(base.path());  // checked again as the form changes
        child<QLineEdit>(QStringLiteral("baseFolderEdit"))->setText(base.path() + u'/');
        QCOMPARE(text(QStringLiteral("mountWarningLabel")), QString());
    }

    // File > Run a container… (Ctrl+N) opens the dialog; it is keyboard
    // reachable and looks clean at 1280x800.
    void theFileMenuOpensTheRunDialogAndItLooksClean()
    {
        m_dialog.reset();
        Ui::MainWindow window(m_session.get());
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY(window.isSettled());
        auto *action = window.findChild<QAction *>(QStringLiteral("runContainerAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        action->trigger();
        Ui::RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::RunDialog *>(QStringLiteral("runDialog"))) && dialog->isVisible());
        // The keyboard starts on the image, and Tab walks the form in order.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *image = dialog->findChild<QComboBox *>(QStringLiteral("imageEdit"));
        QTRY_VERIFY(image->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("commandEdit")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox *>(QStringLiteral("modeCombo")));
        // Every field, table and combo box has an accessible name; every button a text.
        int named = 0;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                QVERIFY2(!button->text().isEmpty(), qPrintable(widget->objectName()));
            } else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                       || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                       || qobject_cast<QAbstractSpinBox *>(widget)) {
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
                ++named;
            }
        }
        QVERIFY(named >= 15);
        dialog->fillFromCommand(QStringLiteral(
            "docker run --name my-ngnix -v ${PWD}:/usr/share/nginx/html -p 8888:80 -d --rm -e TZ=Europe/Paris "
            "-l team=web nginx"));
        dialog->resize(960, 780);
        QTest::qWait(50);
        saveScreenshot(dialog, QStringLiteral("run-dialog.png"));
        auto *scroll = dialog->findChild<QScrollArea *>(QStringLiteral("runFormScrollArea"));
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(50);
        saveScreenshot(dialog, QStringLiteral("run-dialog-end.png"));
        dialog->reject();
        // With an image named, the dialog opens on it.
        window.openRunDialog(TestEngine::image());
        QTRY_VERIFY(window.findChildren<Ui::RunDialog *>().size() == 1
                    && window.findChild<Ui::RunDialog *>()->spec().image == TestEngine::image());
    }

    // The notes are in French: so is the dialog, its sentences included.
    void theDialogSpeaksFrench()
    {
        QVERIFY(Ui::Language::install(qApp, QStringLiteral("fr")));
        auto restore = qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QLocale::setDefault(QLocale::c());
        });
        m_dialog = std::make_unique<Ui::RunDialog>(m_session.get());
        m_dialog->resize(960, 780);
        m_dialog->show();
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Lancer un conteneur"));
        paste(QStringLiteral("docker run --nme web nginx"));
        QCOMPARE(text(QStringLiteral("pasteErrorLabel")),
                 QStringLiteral("docker run n’a pas d’option --nme : vérifiez l’orthographe (docker run --help les "
                                "liste)."));
        paste(QStringLiteral("docker run --name my-ngnix -v ${PWD}:/usr/share/nginx/html -p 8888:80 -d --rm nginx"));
        QCOMPARE(text(QStringLiteral("pasteErrorLabel")), QString());
        QCOMPARE(child<QPushButton>(QStringLiteral("runButton"))->text(), QStringLiteral("&Lancer"));
        QCOMPARE(child<QPushButton>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Annuler"));
        QCOMPARE(child<QToolButton>(QStringLiteral("runCopyCommandButton"))->text(), QStringLiteral("Copier"));
        QTest::qWait(50);
        saveScreenshot(m_dialog.get(), QStringLiteral("run-dialog-fr.png"));
    }
};

QTEST_MAIN(RunDialogTest)
#include "RunDialogTest.moc"
