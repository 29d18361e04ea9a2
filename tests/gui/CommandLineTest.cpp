// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Hublot::Test::TestEngine;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run hublot(const QStringList &arguments, const QString &dockerHost = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!dockerHost.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HUBLOT_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("hublot did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace

class CommandLineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsTheVersion()
    {
        const Run run = hublot({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Hublot " HUBLOT_VERSION));
    }

    void helpListsTheOptions()
    {
        const Run run = hublot({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--screenshot", "--lang", "--page", "--version"})
            QVERIFY2(run.out.contains(QLatin1StringView(option)), option);
    }

    void helpSpeaksFrenchWhenAsked()
    {
        const Run run = hublot({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Langue de l’interface"), qPrintable(run.out));
    }

    void anUnknownLanguageIsASentenceNotACrash()
    {
        const Run run = hublot({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"xx") && run.err.contains(u"en, fr"), qPrintable(run.err));
    }

    void screenshotWritesThePngOnceTheDataHasLoaded()
    {
        HUBLOT_REQUIRE_ENGINE();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const Run run = hublot({QStringLiteral("--screenshot"), file}, TestEngine::dockerHost());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank window: the page drew text and a table.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void screenshotOfAnUnreachableEngineShowsTheProblemAndSucceeds()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("problem.png"));
        const Run run
            = hublot({QStringLiteral("--screenshot"), file}, u"unix://" + dir.filePath(QStringLiteral("none.sock")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(file));
    }

    void anUnknownPageIsRefusedWithTheChoices()
    {
        const Run run = hublot({QStringLiteral("--page"), QStringLiteral("kittens")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"kittens") && run.err.contains(u"containers"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
