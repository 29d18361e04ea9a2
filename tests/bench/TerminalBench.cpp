// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "engine/EngineSession.h"
#include "engine/ExecSession.h"
#include "ui/terminal/TerminalSurface.h"
#include "ui/terminal/TerminalView.h"

#include <QtTest>

// The terminal's throughput: `cat` of a 50 MB text file through exec with a
// TTY, into the surface alone and into the surface with its view painting
// (offscreen), beside `docker exec -t CTR cat FILE`; the surface fed the same
// text from memory; and the time from a key typed to its echo on the screen.

using namespace Hublot;
using namespace Qt::StringLiterals;
using Hublot::Test::TestEngine;

namespace {

constexpr qint64 FileBytes = 50LL * 1024 * 1024;
constexpr double Megabyte = 1024.0 * 1024.0;

/// Lines as a build log writes them: text with a colour now and then.
QByteArray sampleText(qint64 bytes)
{
    QByteArray text;
    text.reserve(bytes + 128);
    for (int i = 0; text.size() < bytes; ++i) {
        if (i % 7 == 0)
            text += "\x1b[32mok\x1b[0m ";
        text += "step " + QByteArray::number(i) + ": compiling src/module" + QByteArray::number(i % 97)
            + ".cpp with some flags -O2 -Wall\r\n";
    }
    text.truncate(bytes);
    return text;
}

}  // namespace

class TerminalBench final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineSession> m_session;
    QString m_container;
    QString m_file;

    /// Runs `cat FILE` through exec into surface; gives MB/s of output.
    double catInto(Ui::TerminalSurface *surface)
    {
        Engine::ExecOperations::Config config;
        config.command = {u"cat"_s, m_file};
        config.tty = true;
        config.attachStdin = false;
        config.consoleSize = QSize(surface->columns(), surface->rows());
        Engine::ExecSession exec(m_session->client(), m_container, config);
        qint64 received = 0;
        QObject::connect(&exec, &Engine::ExecSession::output, surface,
                         [surface, &received](Engine::StdStream, const QByteArray &bytes) {
                             received += bytes.size();
                             surface->feed(bytes);
                         });
        QElapsedTimer timer;
        timer.start();
        exec.start();
        if (!Bench::waitForSignal(&exec, &Engine::ExecSession::finished))
            return 0;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        return received >= FileBytes ? double(received) / Megabyte / seconds : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_session = std::make_unique<Engine::EngineSession>();
        m_session->connectTo(TestEngine::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoaded(), 30'000);
        m_container = TestEngine::uniqueName(u"hublot-termbench"_s);
        TestEngine::dockerOk(QStringList {u"run"_s, u"-d"_s, u"--name"_s, m_container} + TestEngine::labels()
                             + QStringList {TestEngine::image(), u"sleep"_s, u"3600"_s});
        m_file = u"/tmp/"_s + m_container + u".txt"_s;
        // The file is written through docker exec with the text on stdin.
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, TestEngine::dockerHost());
        writer.setProcessEnvironment(env);
        writer.start(u"docker"_s, {u"exec"_s, u"-i"_s, m_container, u"sh"_s, u"-c"_s, u"cat > "_s + m_file});
        QVERIFY(writer.waitForStarted());
        const QByteArray text = sampleText(FileBytes);
        for (qsizetype at = 0; at < text.size(); at += 1 << 20) {
            writer.write(text.mid(at, 1 << 20));
            QVERIFY(writer.waitForBytesWritten(60'000));
        }
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(120'000));
        QCOMPARE(writer.exitCode(), 0);
    }

    void cleanupTestCase()
    {
        if (!m_container.isEmpty())
            TestEngine::docker({u"exec"_s, m_container, u"rm"_s, u"-f"_s, m_file});
        m_session.reset();
        TestEngine::cleanUp();
    }

    void surfaceFedFromMemory()
    {
        const QByteArray text = sampleText(FileBytes);
        Ui::TerminalSurface surface(40, 120);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < text.size(); at += 64 * 1024)
            surface.feed(QByteArrayView(text).sliced(at, std::min<qsizetype>(64 * 1024, text.size() - at)));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        Bench::report("terminal.surface_from_memory", double(text.size()) / Megabyte / seconds, "MB/s");
        QVERIFY(surface.scrollbackSize() > 0);
    }

    void catThroughExec()
    {
        // The surface alone.
        Ui::TerminalSurface bare(40, 120);
        const double surfaceOnly = catInto(&bare);
        QVERIFY(surfaceOnly > 0);
        Bench::report("terminal.exec_cat_50mb.surface_only", surfaceOnly, "MB/s");

        // With a view painting it, as a user sees it.
        Ui::TerminalSurface shown(40, 120);
        Ui::TerminalView view(&shown);
        view.resize(1000, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int paintsBefore = view.paintCount();
        QElapsedTimer timer;
        timer.start();
        const double painted = catInto(&shown);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY(painted > 0);
        Bench::report("terminal.exec_cat_50mb.with_painting", painted, "MB/s");
        Bench::report("terminal.exec_cat_50mb.paints_per_second", double(view.paintCount() - paintsBefore) / seconds,
                      "paints/s");

        // The docker CLI doing the same, its output thrown away.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, TestEngine::dockerHost());
        cli.setProcessEnvironment(env);
        cli.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        cli.start(u"docker"_s, {u"exec"_s, u"-t"_s, m_container, u"cat"_s, m_file});
        QVERIFY(cli.waitForFinished(600'000));
        const double theirs = double(FileBytes) / Megabyte / (double(timer.nsecsElapsed()) / 1e9);
        Bench::report("terminal.exec_cat_50mb.docker_cli", theirs, "MB/s");
        Bench::report("terminal.exec_cat_50mb.ratio_painted_to_cli", painted / theirs, "x");
    }

    void keystrokeToEcho()
    {
        Ui::TerminalSurface surface(24, 80);
        Engine::ExecOperations::Config config;
        config.command = {u"sh"_s};
        config.tty = true;
        config.consoleSize = QSize(80, 24);
        Engine::ExecSession exec(m_session->client(), m_container, config);
        QObject::connect(&exec, &Engine::ExecSession::output, &surface,
                         [&surface](Engine::StdStream, const QByteArray &bytes) { surface.feed(bytes); });
        QObject::connect(&surface, &Ui::TerminalSurface::writeRequested, &exec,
                         [&exec](const QByteArray &bytes) { exec.write(bytes); });
        exec.start();
        QTRY_VERIFY_WITH_TIMEOUT(surface.screenText().contains(u'#') || surface.screenText().contains(u'$'), 10'000);
        QList<double> samples;
        for (int i = 0; i < 30; ++i) {
            const char32_t key = U'a' + char32_t(i % 26);
            const int column = surface.cursor().x();
            QElapsedTimer timer;
            timer.start();
            surface.typeCharacter(key);
            QEventLoop loop;
            QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
            QMetaObject::Connection done = QObject::connect(&surface, &Ui::TerminalSurface::changed, &loop, [&] {
                if (surface.cursor().x() > column)
                    loop.quit();
            });
            loop.exec();
            QObject::disconnect(done);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        // Clean the line, then leave.
        surface.typeCharacter(U'u', 4 /* Ctrl */);
        exec.write("exit\r");
        Bench::report("terminal.keystroke_to_echo_median", Bench::median(samples), "ms");
        QVERIFY(Bench::median(samples) < 5'000);
    }
};

QTEST_MAIN(TerminalBench)
#include "TerminalBench.moc"
