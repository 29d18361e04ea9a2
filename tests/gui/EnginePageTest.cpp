// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/DiskUsagePanel.h"
#include "ui/EnginePage.h"

#include <QBarSet>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::TestEngine;

class EnginePageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_page = std::make_unique<Ui::EnginePage>(m_session.get());
        m_page->resize(1000, 1400);
        m_page->show();
        QSignalSpy shown(m_page.get(), &Ui::EnginePage::infoShown);
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30'000);
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // Notes: `docker version` (the server half, `docker info`): the host and
    // what the engine holds, as the CLI reports them.
    void theHostSectionShowsWhatDockerInfoReports()
    {
        const QJsonObject info
            = TestEngine::dockerJson({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{json .}}")})
                  .object();
        auto text = [this](const char *field) {
            QLabel *label = m_page->valueLabel(QString::fromLatin1(field));
            return label ? label->text() : QStringLiteral("<no field %1>").arg(QString::fromLatin1(field));
        };
        QCOMPARE(text("hostName"), info.value(u"Name").toString());
        QCOMPARE(text("hostStorageDriver"), info.value(u"Driver").toString());
        QCOMPARE(text("hostRootDir"), info.value(u"DockerRootDir").toString());
        QCOMPARE(text("hostImages"), QString::number(info.value(u"Images").toInt()));
        QVERIFY2(text("hostOs").contains(info.value(u"OperatingSystem").toString()), qPrintable(text("hostOs")));
        QVERIFY2(text("hostContainers").startsWith(QString::number(info.value(u"Containers").toInt())),
                 qPrintable(text("hostContainers")));
        QVERIFY2(text("hostRuntimes").contains(info.value(u"DefaultRuntime").toString()),
                 qPrintable(text("hostRuntimes")));
    }

    // `docker info` counts change with the engine's events, without polling.
    void theContainerCountFollowsTheEngine()
    {
        const int before = m_page->info().containers;
        QSignalSpy shown(m_page.get(), &Ui::EnginePage::infoShown);
        TestEngine::dockerOk(QStringList {QStringLiteral("create")} + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("true")});
        QTRY_VERIFY_WITH_TIMEOUT(m_page->info().containers >= before + 1, 15'000);
        QVERIFY(!shown.isEmpty());
    }

    // Notes: containers from one image share its layers on disk. An image
    // committed from a container of the test image shares the test image's
    // layer: the panel counts it once and says it is shared.
    void diskUsageShowsTheLayersImagesShare()
    {
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-df"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("--name"), container}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("echo hublot > /added")});
        const QString image = u"hublot-test/" + TestEngine::uniqueName(QStringLiteral("df")) + u":1";
        TestEngine::dockerOk({QStringLiteral("commit"), QStringLiteral("--change"),
                              QStringLiteral("LABEL hublot.test=1"), container, image});
        const qint64 baseSize
            = TestEngine::dockerOk({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                    QStringLiteral("{{.Size}}"), TestEngine::image()})
                  .trimmed()
                  .toLongLong();
        QVERIFY(baseSize > 0);

        Ui::DiskUsagePanel *panel = m_page->diskUsagePanel();
        QSignalSpy updated(panel, &Ui::DiskUsagePanel::updated);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("computeDiskUsageButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 60'000);
        QVERIFY2(panel->usage().has_value(),
                 qPrintable(panel->findChild<QLabel *>(QStringLiteral("diskUsageStatusLabel"))->text()));

        const auto rows = Ui::DiskUsagePanel::rows(*panel->usage());
        const Ui::DiskUsagePanel::Row &images = rows[Ui::DiskUsagePanel::Images];
        QVERIFY2(images.shared >= baseSize,
                 qPrintable(QStringLiteral("shared %1, base image %2").arg(images.shared).arg(baseSize)));
        QCOMPARE(images.unique + images.shared, panel->usage()->layersSize);

        // The same counts as `docker system df`.
        const QStringList lines
            = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("system"), QStringLiteral("df"),
                                                      QStringLiteral("--format"), QStringLiteral("{{json .}}")}))
                  .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QHash<QString, QString> keys {{QStringLiteral("Images"), QStringLiteral("images")},
                                            {QStringLiteral("Containers"), QStringLiteral("containers")},
                                            {QStringLiteral("Local Volumes"), QStringLiteral("volumes")},
                                            {QStringLiteral("Build Cache"), QStringLiteral("buildCache")}};
        for (const QString &line : lines) {
            const QJsonObject row = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString key = keys.value(row.value(u"Type").toString());
            QVERIFY2(!key.isEmpty(), qPrintable(line));
            auto label = [panel, &key](const char *field) {
                auto *l = panel->findChild<QLabel *>(key + QString::fromLatin1(field) + u"Label");
                return l ? l->text() : QString();
            };
            QCOMPARE(label("Count"), row.value(u"TotalCount").toString());
            QCOMPARE(label("Active"), row.value(u"Active").toString());
        }

        auto *sharing = panel->findChild<QLabel *>(QStringLiteral("diskUsageSharingLabel"));
        QVERIFY(sharing && sharing->isVisible());
        auto *chart = panel->findChild<QChartView *>(QStringLiteral("diskUsageChart"));
        QVERIFY(chart && chart->isVisible());
        const auto series = chart->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto sets = qobject_cast<QHorizontalStackedBarSeries *>(series.first())->barSets();
        QCOMPARE(sets.size(), 2);
        // Images are the top bar, the last value of each set.
        QVERIFY(sets[1]->at(sets[1]->count() - 1) > 0);
        // For a person to look at: HUBLOT_TEST_GRAB_DIR=folder saves the page.
        if (const QString dir = qEnvironmentVariable("HUBLOT_TEST_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(m_page->grab().save(dir + u"/engine-page.png"));

        TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), container});
        TestEngine::docker({QStringLiteral("rmi"), image});
    }

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::EnginePage> m_page;
};

QTEST_MAIN(EnginePageTest)
#include "EnginePageTest.moc"
