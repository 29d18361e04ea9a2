// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDaemon.h"
#include "TestEngine.h"
#include "WidgetTesting.h"

#include "engine/EngineSession.h"
#include "ui/CommandLineBar.h"
#include "ui/MainWindow.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServicesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestDaemon;
using Hublot::Test::TestEngine;

// The Services page, on a dockerd of the test's own (the swarm it turns on
// stays there and goes with it). Covers the notes' line "the same app in
// several containers to share the load": as a Swarm service.
class ServicesPageTest final : public QObject
{
    Q_OBJECT

private:
    TestDaemon m_daemon;
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ServicesPage *m_page = nullptr;

    template <typename T> T *waitFor(const QString &objectName)
    {
        return Test::waitForVisible<T>(m_window.get(), objectName);
    }

    QString cell(const QString &service, int column) const
    {
        const QAbstractItemModel *model = m_page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Ui::ServiceTableModel::Name).data().toString() == service)
                return model->index(row, column).data().toString();
        }
        return u"absent"_s;
    }

    bool select(const QString &service)
    {
        const QAbstractItemModel *model = m_page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, Ui::ServiceTableModel::Name);
            if (index.data().toString() == service) {
                m_page->table()->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString started = m_daemon.startWithTestImage();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(Engine::EngineEndpoint::parse(m_daemon.dockerHost()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 20'000);
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_window->showPage(Ui::MainWindow::Page::Services);
        m_page = m_window->findChild<Ui::ServicesPage *>(u"servicesPage"_s);
        QVERIFY(m_page);
        m_page->setCreateLabels(TestEngine::labels().filter(u"="_s));
        new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_daemon.leaveSwarm();
        m_daemon.stop();
    }

    // Outside a swarm the page says what a service needs and offers
    // `docker swarm init`; a service of three replicas then runs 3/3,
    // scales to one, and goes after a confirmation that names it. The
    // docker CLI is the witness.
    void theSameAppInSeveralContainersAsASwarmService()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QWidget *>(u"outsideSwarmPanel"_s)->isVisible(), 10'000);
        QVERIFY(!m_page->action(Ui::ServicesPage::Action::Create)->isEnabled());
        m_window->findChild<QPushButton *>(u"initSwarmButton"_s)->click();
        auto *init = waitFor<QInputDialog>(u"initSwarmDialog"_s);
        QVERIFY(init);
        QCOMPARE(init->textValue(), u"127.0.0.1"_s);
        init->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(!m_window->findChild<QWidget *>(u"outsideSwarmPanel"_s)->isVisible(),
                                  qPrintable(m_window->findChild<QLabel *>(u"servicesMessageLabel"_s)->text()), 30'000);
        QVERIFY(m_page->action(Ui::ServicesPage::Action::Create)->isEnabled());
        QCOMPARE(m_page->commandBar()->command(), u"docker swarm init --advertise-addr 127.0.0.1"_s);
        QCOMPARE(
            QString::fromUtf8(m_daemon.docker({u"info"_s, u"--format"_s, u"{{.Swarm.LocalNodeState}}"_s})).trimmed(),
            u"active"_s);

        m_page->action(Ui::ServicesPage::Action::Create)->trigger();
        auto *dialog = waitFor<QDialog>(u"createServiceDialog"_s);
        QVERIFY(dialog);
        auto *create = dialog->findChild<QPushButton *>(u"createButton"_s);
        QVERIFY(!create->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(u"createServiceProblemLabel"_s)->text(), u"Give the service a name."_s);
        dialog->findChild<QLineEdit *>(u"serviceNameField"_s)->setText(u"web"_s);
        dialog->findChild<QComboBox *>(u"serviceImageField"_s)->setCurrentText(TestEngine::image());
        dialog->findChild<QLineEdit *>(u"serviceCommandField"_s)->setText(u"sleep 600"_s);
        dialog->findChild<QSpinBox *>(u"serviceReplicasSpinBox"_s)->setValue(3);
        QVERIFY(create->isEnabled());
        const QString expected = u"docker service create --name web --replicas 3 "_s + TestEngine::labels().join(u' ')
            + u' ' + TestEngine::image() + u" sleep 600"_s;
        QCOMPARE(dialog->findChild<QLabel *>(u"createServiceCommandLabel"_s)->text(), u"$ "_s + expected);
        create->click();
        QCOMPARE(m_page->commandBar()->command(), expected);
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, Ui::ServiceTableModel::Replicas), u"3/3"_s, 60'000);
        QCOMPARE(cell(u"web"_s, Ui::ServiceTableModel::Image), TestEngine::image());
        QCOMPARE(cell(u"web"_s, Ui::ServiceTableModel::Mode), u"replicated"_s);
        QCOMPARE(
            QString::fromUtf8(m_daemon.docker({u"service"_s, u"ls"_s, u"--format"_s, u"{{.Name}} {{.Replicas}}"_s}))
                .trimmed(),
            u"web 3/3"_s);

        QVERIFY(select(u"web"_s));
        QVERIFY(m_page->action(Ui::ServicesPage::Action::Scale)->isEnabled());
        m_page->action(Ui::ServicesPage::Action::Scale)->trigger();
        auto *scale = waitFor<QInputDialog>(u"scaleServiceDialog"_s);
        QVERIFY(scale);
        QCOMPARE(scale->intValue(), 3);
        scale->setIntValue(1);
        scale->accept();
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, Ui::ServiceTableModel::Replicas), u"1/1"_s, 60'000);
        QCOMPARE(m_page->commandBar()->command(), u"docker service scale web=1"_s);

        QVERIFY(select(u"web"_s));
        m_page->action(Ui::ServicesPage::Action::Remove)->trigger();
        auto *box = waitFor<QMessageBox>(u"confirmRemoveServicesDialog"_s);
        QVERIFY(box);
        QVERIFY(QString(box->text() + box->informativeText()).contains(u"web"_s));
        box->findChild<QPushButton *>(u"confirmButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, Ui::ServiceTableModel::Name), u"absent"_s, 20'000);
        QCOMPARE(m_page->commandBar()->command(), u"docker service rm web"_s);
        QCOMPARE(QString::fromUtf8(m_daemon.docker({u"service"_s, u"ls"_s, u"-q"_s})).trimmed(), QString());
    }
};

QTEST_MAIN(ServicesPageTest)
#include "ServicesPageTest.moc"
