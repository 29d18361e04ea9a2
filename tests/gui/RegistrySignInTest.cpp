// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTesting.h"
#include "TestEngine.h"
#include "TestRegistry.h"

#include "engine/DockerCredentials.h"
#include "engine/EngineClient.h"
#include "engine/EngineSession.h"
#include "engine/ImageOperations.h"
#include "engine/ImagePull.h"
#include "ui/CommandLineBar.h"
#include "ui/ImageFilterProxyModel.h"
#include "ui/ImageTableModel.h"
#include "ui/ImagesPage.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PullImageDialog.h"
#include "ui/RunDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Hublot;
using Engine::DockerCredentials;
using Hublot::Test::TestEngine;

// Pulling from a registry that wants a user and a password: a real
// docker-registry on 127.0.0.1 with htpasswd auth, a real engine, the real
// pull dialog driven by its objectNames. DOCKER_CONFIG points at a folder
// of the test's own, so the machine's docker login is never read.
class RegistrySignInTest final : public QObject
{
    Q_OBJECT

private:
    const QString m_user = QStringLiteral("hublot");
    const QString m_password = QStringLiteral("s3cret-pa55");
    std::unique_ptr<Test::TestRegistry> m_registry;
    QTemporaryDir m_config;
    QString m_remote;  // the private image, in the registry only
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    QString configFile() const { return m_config.filePath(QStringLiteral("config.json")); }

    // config.json as `docker login` leaves it.
    bool saveDockerLogin(const QString &password) const
    {
        const QByteArray auth = QString(m_user + u':' + password).toUtf8().toBase64();
        QFile file(configFile());
        return file.open(QIODevice::WriteOnly)
            && file.write("{\"auths\": {\"" + m_registry->address().toUtf8() + "\": {\"auth\": \"" + auth + "\"}}}")
            > 0;
    }

    static bool cliHas(const QString &reference)
    {
        return TestEngine::docker({QStringLiteral("image"), QStringLiteral("inspect"), reference}).exitCode == 0;
    }

    static QModelIndex rowOf(QTableView *table, const QString &reference)
    {
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Ui::ImageTableModel::ReferenceRole).toString() == reference)
                return index;
        }
        return {};
    }

    QString imagesCommandLine() const
    {
        for (auto *bar : m_window->findChildren<Ui::CommandLineBar *>()) {
            if (bar->findChild<QLineEdit *>(QStringLiteral("imagesCommandLine")))
                return bar->command();
        }
        return QString();
    }

    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        return parent ? parent->findChild<T *>(name) : nullptr;
    }

    // Opens Images > Pull…, types the private image's name and clicks Pull.
    Ui::PullImageDialog *pull()
    {
        m_window->showPage(Ui::MainWindow::Page::Images);
        m_window->imagesPage()->action(Ui::ImagesPage::Action::Pull)->trigger();
        Ui::PullImageDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<Ui::PullImageDialog *>(QStringLiteral("pullImageDialog"));
                return dialog && dialog->isVisible();
            },
            10'000);
        if (!dialog)
            return nullptr;
        dialog->resize(560, 420);
        child<QLineEdit>(dialog, QStringLiteral("pullReferenceField"))->setText(m_remote);
        child<QPushButton>(dialog, QStringLiteral("pullButton"))->click();
        return dialog;
    }

    // settle: let the layout finish first (not when catching a passing state).
    static void saveScreenshot(QWidget *widget, const QString &fileName, bool settle = true)
    {
        const QString dir = qEnvironmentVariable("HUBLOT_BUILD_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        if (settle)
            QTest::qWait(50);
        widget->grab().save(dir + u'/' + fileName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Ui::Language::install(qApp, QStringLiteral("en")));
        HUBLOT_REQUIRE_ENGINE();
        QVERIFY(m_config.isValid());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_config.path()));
        m_registry = std::make_unique<Test::TestRegistry>(m_user, m_password);
        QVERIFY2(m_registry->error().isEmpty(), qPrintable(m_registry->error()));

        // An image with a layer of its own, pushed with the right
        // credentials, then removed here: only the registry has it.
        m_remote = m_registry->address() + u'/' + TestEngine::uniqueName(QStringLiteral("hublot-test/private")) + u":1";
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-private"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("--name"), container}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("head -c 200000 /dev/urandom > /blob")});
        TestEngine::dockerOk({QStringLiteral("commit"), QStringLiteral("--change"),
                              QStringLiteral("LABEL hublot.test=1"), container, m_remote});
        TestEngine::dockerOk({QStringLiteral("rm"), container});
        Engine::EngineClient client(TestEngine::endpoint());
        Engine::ImagePull *push = Engine::ImageOperations(&client).push(
            m_remote, Engine::RegistryAuth {m_user, m_password, m_registry->address(), {}}, this);
        std::optional<Engine::Result<Engine::Done>> pushed;
        connect(push, &Engine::ImagePull::finished, this,
                [&pushed](const Engine::Result<Engine::Done> &result) { pushed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(pushed.has_value(), 60'000);
        delete push;
        QVERIFY2(pushed->ok(), qPrintable(pushed->ok() ? QString() : pushed->error().technicalSummary()));
        TestEngine::dockerOk({QStringLiteral("rmi"), m_remote});
    }

    void init()
    {
        DockerCredentials::forgetAll();
        QFile::remove(configFile());
        TestEngine::docker({QStringLiteral("rmi"), m_remote});
        QVERIFY(!cliHas(m_remote));
        m_session = std::make_unique<Engine::EngineSession>();
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSettled(), 30'000);
        Test::testEveryModel(m_window.get());
        auto *images = m_window->imagesPage();
        new QAbstractItemModelTester(images->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, images);
        new QAbstractItemModelTester(images->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, images);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        TestEngine::docker({QStringLiteral("rmi"), m_remote});
    }

    void cleanupTestCase()
    {
        m_registry.reset();
        qunsetenv("DOCKER_CONFIG");
        TestEngine::cleanUp();
    }

    void aPullWithoutCredentialsShowsASignInFormNamingTheRegistry()
    {
        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *box = child<QWidget>(dialog, QStringLiteral("signInBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        QVERIFY(dialog->isAskingToSignIn());
        const QString sentence = child<QLabel>(dialog, QStringLiteral("signInLabel"))->text();
        QVERIFY2(sentence.startsWith(m_registry->address() + u" wants to know who you are"), qPrintable(sentence));
        QVERIFY2(sentence.contains(m_remote), qPrintable(sentence));
        // The form replaces the empty layer list; the password is never shown.
        QVERIFY(!dialog->findChild<QScrollArea *>()->isVisible());
        auto *user = child<QLineEdit>(dialog, QStringLiteral("signInUserField"));
        auto *password = child<QLineEdit>(dialog, QStringLiteral("signInPasswordField"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(user->hasFocus() || !dialog->isActiveWindow());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(user->toolTip().contains(QStringLiteral("in memory")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("signInNoteLabel"))->text().contains(QStringLiteral("nowhere")));
        // What the user would type: docker login, then the pull.
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("pullCommandLabel"))->text(),
                 u"$ docker login " + m_registry->address() + u" && docker pull " + m_remote);
        user->setText(m_user);
        QCOMPARE(dialog->command(),
                 u"docker login -u hublot " + m_registry->address() + u" && docker pull " + m_remote);
        // The page says the pull was refused.
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("imagesMessageLabel"));
        QTRY_VERIFY(message->text().startsWith(u"Could not pull " + m_remote));
        QVERIFY(!cliHas(m_remote));
        saveScreenshot(dialog, QStringLiteral("pull-sign-in.png"));
    }

    void aWrongPasswordIsRefusedClearlyAndTheRightOnePulls()
    {
        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *box = child<QWidget>(dialog, QStringLiteral("signInBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        auto *user = child<QLineEdit>(dialog, QStringLiteral("signInUserField"));
        auto *password = child<QLineEdit>(dialog, QStringLiteral("signInPasswordField"));
        auto *signIn = child<QPushButton>(dialog, QStringLiteral("signInButton"));
        auto *label = child<QLabel>(dialog, QStringLiteral("signInLabel"));

        QTest::keyClicks(user, m_user);
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QVERIFY(signIn->isEnabled());
        signIn->click();
        QVERIFY(!box->isVisible());  // pulling: the bars' place again
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        QVERIFY2(label->text().startsWith(m_registry->address() + u" refused the user hublot with this password"),
                 qPrintable(label->text()));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(user->text(), m_user);
        QVERIFY(!cliHas(m_remote));
        // The command bar shows the sign-in and the pull, never the password.
        const QString command = imagesCommandLine();
        QCOMPARE(command, u"docker login -u hublot " + m_registry->address() + u" && docker pull " + m_remote);
        saveScreenshot(dialog, QStringLiteral("pull-sign-in-refused.png"));

        // Enter in the password field signs in.
        QTest::keyClicks(password, m_password);
        QTest::keyClick(password, Qt::Key_Return);
        auto *status = child<QLabel>(dialog, QStringLiteral("pullStatusLabel"));
        // The pull starts at once, as the user typed.
        QVERIFY2(status->isVisible() && status->text() == u"Pulling " + m_remote + u" as hublot…",
                 qPrintable(status->text()));
        saveScreenshot(dialog, QStringLiteral("pull-signed-in-progress.png"), false);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Pulled " + m_remote), 60'000);
        QVERIFY(!box->isVisible());
        QVERIFY(!dialog->isAskingToSignIn());
        QVERIFY(!imagesCommandLine().contains(m_password));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window->imagesPage()->table(), m_remote).isValid(), 10'000);
        QVERIFY(cliHas(m_remote));
        saveScreenshot(dialog, QStringLiteral("pull-signed-in-done.png"));

        // Kept for the session, in memory only: the next pull asks nothing,
        // and no file was written.
        QVERIFY(!QFile::exists(configFile()));
        QCOMPARE(DockerCredentials::remembered(m_registry->address()).username, m_user);
        TestEngine::dockerOk({QStringLiteral("rmi"), m_remote});
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(m_window->imagesPage()->table(), m_remote).isValid(), 10'000);
        child<QPushButton>(dialog, QStringLiteral("pullButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Pulled " + m_remote), 60'000);
        QVERIFY(!box->isVisible());
        QCOMPARE(imagesCommandLine(), u"docker pull " + m_remote);
        QVERIFY(cliHas(m_remote));
        QVERIFY(!QFile::exists(configFile()));
    }

    void credentialsSavedByDockerLoginAreUsedWithoutAsking()
    {
        QVERIFY(saveDockerLogin(m_password));
        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *status = child<QLabel>(dialog, QStringLiteral("pullStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Pulled " + m_remote), 60'000);
        QVERIFY(!child<QWidget>(dialog, QStringLiteral("signInBox"))->isVisible());
        QCOMPARE(imagesCommandLine(), u"docker pull " + m_remote);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window->imagesPage()->table(), m_remote).isValid(), 10'000);
        QVERIFY(cliHas(m_remote));
    }

    void savedCredentialsTheRegistryRefusesAreNamedAsDockerLogins()
    {
        QVERIFY(saveDockerLogin(QStringLiteral("an-old-password")));
        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *box = child<QWidget>(dialog, QStringLiteral("signInBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        const QString sentence = child<QLabel>(dialog, QStringLiteral("signInLabel"))->text();
        QVERIFY2(sentence.contains(QStringLiteral("docker login saved")) && sentence.contains(m_user)
                     && sentence.contains(m_registry->address()),
                 qPrintable(sentence));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("signInUserField"))->text(), m_user);
        QVERIFY(!cliHas(m_remote));
    }

    void pushingATaggedImageAsksToSignInThenPushes()
    {
        // A second name in the registry, for the test image.
        const QString repository = TestEngine::uniqueName(QStringLiteral("hublot-test/pushed"));
        const QString target = m_registry->address() + u'/' + repository + u":2";
        TestEngine::dockerOk({QStringLiteral("tag"), TestEngine::image(), target});
        auto untag = qScopeGuard([target] { TestEngine::docker({QStringLiteral("rmi"), target}); });
        m_window->showPage(Ui::MainWindow::Page::Images);
        Ui::ImagesPage *page = m_window->imagesPage();
        QTableView *table = page->table();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, target).isValid(), 10'000);
        table->setFocus();
        table->selectionModel()->setCurrentIndex(rowOf(table, target),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QAction *push = page->action(Ui::ImagesPage::Action::Push);
        QVERIFY(push->isEnabled());
        QVERIFY(push->toolTip().endsWith(u"$ docker push " + target));
        push->trigger();
        Ui::PullImageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Ui::PullImageDialog *>(QStringLiteral("pushImageDialog")))
                    && dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("pullReferenceField"))->text(), target);
        QCOMPARE(dialog->command(), u"docker push " + target);
        child<QPushButton>(dialog, QStringLiteral("pullButton"))->click();

        auto *box = child<QWidget>(dialog, QStringLiteral("signInBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        const QString sentence = child<QLabel>(dialog, QStringLiteral("signInLabel"))->text();
        QVERIFY2(sentence.startsWith(m_registry->address() + u" wants to know who you are before it takes"),
                 qPrintable(sentence));
        QCOMPARE(child<QPushButton>(dialog, QStringLiteral("signInButton"))->text(),
                 QStringLiteral("&Sign in and push"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("signInUserField")), m_user);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("signInPasswordField")), m_password);
        child<QPushButton>(dialog, QStringLiteral("signInButton"))->click();
        QCOMPARE(imagesCommandLine(),
                 u"docker login -u hublot " + m_registry->address() + u" && docker push " + target);
        auto *status = child<QLabel>(dialog, QStringLiteral("pullStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text() == u"Pushed " + target + u".", 60'000);
        saveScreenshot(dialog, QStringLiteral("push-done.png"));

        // The registry itself lists the tag (asked with the same user).
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://" + m_registry->address() + u"/v2/" + repository + u"/tags/list"));
        request.setRawHeader("Authorization", "Basic " + QString(m_user + u':' + m_password).toUtf8().toBase64());
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        const QByteArray tags = reply->readAll();
        delete reply;
        QVERIFY2(tags.contains("\"2\""), tags.constData());
    }

    // A keychain's helper that never answers holds only its own pull: the
    // dialog stays live, and Stop ends the wait at once.
    void aCredentialHelperThatHangsNeverFreezesTheDialog()
    {
        const QString bin = m_config.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile helper(bin + QStringLiteral("/docker-credential-hublot-test-hangs"));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        helper.write("#!/bin/sh\nexec sleep 20\n");
        helper.close();
        QVERIFY(helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(bin) + ':' + path));
        auto restore = qScopeGuard([path] { qputenv("PATH", path); });
        QFile config(configFile());
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"credsStore\": \"hublot-test-hangs\"}");
        config.close();

        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *status = child<QLabel>(dialog, QStringLiteral("pullStatusLabel"));
        QCOMPARE(status->text(), u"Pulling " + m_remote + u"…");
        QVERIFY(dialog->isPulling());
        // The event loop turns while the helper is silent.
        QElapsedTimer timer;
        timer.start();
        QTest::qWait(300);
        QVERIFY(timer.elapsed() < 2'000);
        QVERIFY(dialog->isPulling());
        auto *stop = child<QPushButton>(dialog, QStringLiteral("closeButton"));
        QCOMPARE(stop->text(), QStringLiteral("&Stop"));
        stop->click();
        QVERIFY(!dialog->isPulling());
        QCOMPARE(status->text(), u"The pull of " + m_remote + u" was stopped.");
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("pullButton"))->isEnabled());
        QVERIFY(!cliHas(m_remote));
    }

    // The notes are in French: so is the sign-in form.
    void theSignInFormSpeaksFrench()
    {
        QVERIFY(Ui::Language::install(qApp, QStringLiteral("fr")));
        auto restore = qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            Ui::Language::install(qApp, QStringLiteral("en"));
        });
        Ui::PullImageDialog *dialog = pull();
        QVERIFY(dialog);
        auto *box = child<QWidget>(dialog, QStringLiteral("signInBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30'000);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Télécharger une image"));
        QCOMPARE(child<QPushButton>(dialog, QStringLiteral("signInButton"))->text(),
                 QStringLiteral("&Se connecter et télécharger"));
        const QString sentence = child<QLabel>(dialog, QStringLiteral("signInLabel"))->text();
        QVERIFY2(sentence.startsWith(m_registry->address() + u" veut savoir qui vous êtes"), qPrintable(sentence));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("signInUserField")), m_user);
        saveScreenshot(dialog, QStringLiteral("pull-sign-in-fr.png"));
    }

    // Without saved credentials the run dialog asks for them through the
    // pull dialog's sign-in, then runs the container.
    void theRunDialogAsksToSignInThenRuns()
    {
        m_window->openRunDialog();
        Ui::RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Ui::RunDialog *>(QStringLiteral("runDialog")))
                    && dialog->isVisible());
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-private-signin"));
        auto *paste = child<QPlainTextEdit>(dialog, QStringLiteral("pasteCommandEdit"));
        paste->setPlainText(u"docker run -d --name " + name + u" -l hublot.test=1 " + m_remote + u" sleep 300");
        child<QPushButton>(dialog, QStringLiteral("fillFromCommandButton"))->click();
        QSignalSpy started(dialog, &Ui::RunDialog::containerStarted);
        QSignalSpy failed(dialog, &Ui::RunDialog::runFailed);
        child<QPushButton>(dialog, QStringLiteral("runButton"))->click();
        Ui::PullImageDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = dialog->findChild<Ui::PullImageDialog *>()) && signIn->isAskingToSignIn(),
                                 30'000);
        QVERIFY(failed.isEmpty());
        QTest::keyClicks(child<QLineEdit>(signIn, QStringLiteral("signInUserField")), m_user);
        QTest::keyClicks(child<QLineEdit>(signIn, QStringLiteral("signInPasswordField")), m_password);
        child<QPushButton>(signIn, QStringLiteral("signInButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 1 || failed.size() == 1, 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        QCOMPARE(started[0][1].toString(), name);
        QVERIFY(cliHas(m_remote));
        TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }

    void theRunDialogPullsAPrivateImageWithTheSavedCredentials()
    {
        QVERIFY(saveDockerLogin(m_password));
        m_window->openRunDialog();
        Ui::RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Ui::RunDialog *>(QStringLiteral("runDialog")))
                    && dialog->isVisible());
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-private-run"));
        auto *paste = child<QPlainTextEdit>(dialog, QStringLiteral("pasteCommandEdit"));
        paste->setPlainText(u"docker run -d --name " + name + u" -l hublot.test=1 " + m_remote + u" sleep 300");
        child<QPushButton>(dialog, QStringLiteral("fillFromCommandButton"))->click();
        QSignalSpy started(dialog, &Ui::RunDialog::containerStarted);
        QSignalSpy failed(dialog, &Ui::RunDialog::runFailed);
        child<QPushButton>(dialog, QStringLiteral("runButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 1 || failed.size() == 1, 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        QCOMPARE(started[0][1].toString(), name);
        QVERIFY(cliHas(m_remote));
        TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }
};

QTEST_MAIN(RegistrySignInTest)
#include "RegistrySignInTest.moc"
