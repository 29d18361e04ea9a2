// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/ConceptsDiagram.h"
#include "ui/MainWindow.h"

#include <QListWidget>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;
using Part = Ui::ConceptsDiagram::Part;

class ConceptsPageTest final : public QObject
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
        m_window->showPage(Ui::MainWindow::Page::Concepts);
        m_diagram = m_window->findChild<Ui::ConceptsDiagram *>(QStringLiteral("conceptsDiagram"));
        QVERIFY(m_diagram);
        QTRY_VERIFY(m_diagram->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // Notes: client, daemon, host, container, image, repository, registry —
    // a live picture of those parts. The numbers are the engine's own.
    void theDiagramCountsWhatTheEngineHolds()
    {
        const QString name = TestEngine::uniqueName(QStringLiteral("hublot-concepts"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sleep"), QStringLiteral("300")});
        auto lines = [](const QStringList &arguments) {
            return int(QString::fromUtf8(TestEngine::dockerOk(arguments)).split(u'\n', Qt::SkipEmptyParts).size());
        };
        const int all = lines({QStringLiteral("ps"), QStringLiteral("-aq")});
        const int running = lines({QStringLiteral("ps"), QStringLiteral("-q")});
        QTRY_COMPARE_WITH_TIMEOUT(m_diagram->detail(Part::Containers),
                                  Ui::ConceptsDiagram::tr("%1 running, %2 in all").arg(running).arg(all), 10'000);
        const int images = lines({QStringLiteral("images"), QStringLiteral("-aq")});
        QCOMPARE(m_diagram->detail(Part::Images), Ui::ConceptsDiagram::tr("%n image(s)", nullptr, images));
        QVERIFY2(m_diagram->detail(Part::Daemon).contains(m_session->version().version),
                 qPrintable(m_diagram->detail(Part::Daemon)));
        TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }

    // Clicking a box opens the page of what it stands for.
    void clickingTheImagesBoxOpensTheImagesPage()
    {
        const QRectF box = m_diagram->boxRect(Part::Images);
        QVERIFY(!box.isEmpty());
        QTest::mouseClick(m_diagram, Qt::LeftButton, {}, box.center().toPoint());
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QTRY_COMPARE(sidebar->currentRow(), int(Ui::MainWindow::Page::Images));
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ConceptsDiagram *m_diagram = nullptr;
};

QTEST_MAIN(ConceptsPageTest)
#include "ConceptsPageTest.moc"
