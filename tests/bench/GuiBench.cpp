// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The figures of the core GUI with 1,000 containers and 300 images on the
// private engine: start to a painted containers table (beside `docker ps
// -a`), a container started by the CLI shown as running, a filter
// keystroke, and what an idle window costs over 60 s (requests to the
// engine, CPU, resident memory).
#include "TestEngine.h"

#include "engine/EngineSession.h"
#include "ui/MainWindow.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

using namespace Hublot;
using Hublot::Test::TestEngine;

namespace {

constexpr int Containers = 1000;
constexpr int Images = 300;
constexpr int Runs = 7;
constexpr int IdleSeconds = 60;

void bench(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Runs a shell line and waits for it, keeping the event loop alive.
bool shell(const QString &line, int timeoutMs = 600'000)
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

}  // namespace

// A real unix-socket relay between Hublot and the engine that counts the
// HTTP requests going through it (one Host header per request).
class CountingRelay final : public QObject
{
    Q_OBJECT

public:
    explicit CountingRelay(QString engineSocket)
        : m_engineSocket(std::move(engineSocket))
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection()) {
                auto *engine = new QLocalSocket(client);
                engine->connectToServer(m_engineSocket);
                connect(client, &QLocalSocket::readyRead, engine, [this, client, engine] {
                    const QByteArray bytes = client->readAll();
                    m_requests += bytes.count("\r\nHost:") + bytes.count("\r\nhost:");
                    engine->write(bytes);
                });
                connect(engine, &QLocalSocket::readyRead, client,
                        [client, engine] { client->write(engine->readAll()); });
                connect(engine, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
                connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }

    bool listen(const QString &path) { return m_server.listen(path); }
    [[nodiscard]] qint64 requests() const { return m_requests; }

private:
    QString m_engineSocket;
    QLocalServer m_server;
    qint64 m_requests = 0;
};

class GuiBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        const QString host = TestEngine::dockerHost();
        QVERIFY2(host.startsWith(u"unix://"), "the benchmark relays a unix socket");
        m_engineSocket = host.mid(7);
        // For the docker commands the benchmark runs through the shell.
        qputenv("DOCKER_HOST", host.toUtf8());
        const QString labels = QStringLiteral("--label hublot.test=1 --label hublot.bench=1");
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(shell(QStringLiteral("seq %1 | xargs -P 8 -I{} docker create %2 %3 true >/dev/null")
                           .arg(Containers)
                           .arg(labels, TestEngine::image())),
                 "could not create the containers");
        // Distinct images: a one-file tar imported 300 times with different content.
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            shell(QStringLiteral("cd %1 && seq %2 | xargs -P 8 -I{} sh -c "
                                 "'mkdir -p d{} && echo {} > d{}/f && tar -C d{} -c f | "
                                 "docker import --change \"LABEL hublot.test=1\" --change \"LABEL hublot.bench=1\" "
                                 "- hublot-test/bench-{}:1 >/dev/null'")
                      .arg(m_dir.path())
                      .arg(Images)),
            "could not import the images");
        bench("gui_setup_seconds", double(timer.elapsed()) / 1000.0, "s");
    }

    void cleanupTestCase()
    {
        shell(QStringLiteral("docker ps -aq --filter label=hublot.bench=1 | xargs -r docker rm -f >/dev/null"));
        shell(QStringLiteral("docker images -q --filter label=hublot.bench=1 | sort -u | xargs -r docker rmi -f "
                             ">/dev/null"));
        TestEngine::cleanUp();
    }

    // Process start to the containers table painted with its rows, beside
    // `docker ps -a` printing the same list.
    void startToPaintedTable()
    {
        QList<double> hublot;
        QList<double> cli;
        for (int run = 0; run < Runs; ++run) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HUBLOT_BENCH_FIRST_PAINT"), QStringLiteral("1"));
            env.insert(QStringLiteral("DOCKER_HOST"), TestEngine::dockerHost());
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(HUBLOT_BINARY), {});
            QByteArray out;
            while (!out.contains("hublot-first-paint")) {
                if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
                    QFAIL(qPrintable(u"hublot exited before painting: "
                                     + QString::fromUtf8(process.readAllStandardError())));
                QVERIFY2(timer.elapsed() < 60'000, "hublot did not paint its table within a minute");
                process.waitForReadyRead(5);
                out += process.readAllStandardOutput();
            }
            hublot << double(timer.nsecsElapsed()) / 1e6;
            process.waitForFinished();

            timer.restart();
            QVERIFY(shell(QStringLiteral("docker ps -a >/dev/null")));
            cli << double(timer.nsecsElapsed()) / 1e6;
        }
        bench("gui_start_to_painted_table_median", median(hublot), "ms");
        bench("cli_docker_ps_a_median", median(cli), "ms");
        bench("gui_start_vs_cli_ratio", median(hublot) / median(cli), "x");
    }

    // A window connected through the counting relay, for the measures below.
    void openWindow()
    {
        QVERIFY(m_relayDir.isValid());
        m_relay = std::make_unique<CountingRelay>(m_engineSocket);
        const QString path = m_relayDir.filePath(QStringLiteral("engine.sock"));
        QVERIFY(m_relay->listen(path));
        m_session = std::make_unique<Engine::EngineSession>();
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_session->connectTo(Engine::EngineEndpoint::parse(u"unix://" + path));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSettled(), 60'000);
        QCOMPARE(m_session->state(), Engine::EngineSession::State::Connected);
        QVERIFY(m_session->containers()->size() >= Containers);
    }

    // From the engine's start event to the row showing the container running.
    void startedContainerShownRunning()
    {
        QVERIFY(m_session);
        const QStringList ids
            = QString::fromUtf8(
                  TestEngine::dockerOk({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc"),
                                        QStringLiteral("--filter"), QStringLiteral("label=hublot.bench=1")}))
                  .split(u'\n', Qt::SkipEmptyParts)
                  .mid(0, 15);
        QCOMPARE(ids.size(), 15);
        QList<double> latencies;
        for (const QString &id : ids) {
            qint64 eventNs = 0;
            qint64 shownNs = 0;
            auto *store = m_session->containers();
            // Disconnects both at the end of each turn, however it ends.
            QObject scope;
            connect(m_session.get(), &Engine::EngineSession::eventReceived, &scope,
                    [&eventNs, &id](const Engine::DockerEvent &event) {
                        if (event.type == u"container" && event.action == u"start" && event.actorId == id)
                            eventNs = event.timeNano;
                    });
            connect(store, &Engine::StoreSignals::changed, &scope, [&] {
                const Engine::ContainerSummary *c = store->find(id);
                if (!shownNs && c && c->state == Engine::ContainerSummary::State::Running)
                    shownNs = nowNs();
            });
            QVERIFY(shell(u"docker start " + id + u" >/dev/null"));
            QTRY_VERIFY_WITH_TIMEOUT(shownNs != 0 && eventNs != 0, 10'000);
            latencies << double(shownNs - eventNs) / 1e6;
        }
        bench("gui_event_to_running_row_median", median(latencies), "ms");
        bench("gui_event_to_running_row_max", *std::max_element(latencies.begin(), latencies.end()), "ms");
    }

    // One keystroke in the search field: the proxy filters 1,000 rows and
    // the table repaints.
    void filterKeystroke()
    {
        QVERIFY(m_window);
        m_window->showPage(Ui::MainWindow::Page::Containers);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("containersSearchField"));
        auto *view = m_window->findChild<QAbstractItemView *>(QStringLiteral("containersView"));
        QVERIFY(search && view);
        QTest::qWait(200);
        QList<double> times;
        const QString keys = QStringLiteral("hublotbench");
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (i % 2 == 0)
                QTest::keyClick(search, keys.at(i / 2 % keys.size()).toLatin1());
            else
                QTest::keyClick(search, Qt::Key_Backspace);
            view->viewport()->repaint();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        search->clear();
        bench("gui_filter_keystroke_median", median(times), "ms");
        bench("gui_filter_keystroke_max", *std::max_element(times.begin(), times.end()), "ms");
    }

    // An idle window for 60 s: what it asks of the engine and what it costs.
    void idleMinute()
    {
        QVERIFY(m_window);
        QTest::qWait(2'000);
        const qint64 requestsBefore = m_relay->requests();
        const double cpuBefore = cpuSeconds();
        QTest::qWait(IdleSeconds * 1000);
        const double cpu = cpuSeconds() - cpuBefore;
        bench("gui_idle_requests_60s", double(m_relay->requests() - requestsBefore), "requests");
        bench("gui_idle_cpu_60s", 100.0 * cpu / IdleSeconds, "%");
        bench("gui_resident_memory", residentMiB(), "MiB");
        m_window.reset();
        m_session.reset();
    }

private:
    QString m_engineSocket;
    QTemporaryDir m_dir;
    QTemporaryDir m_relayDir;
    std::unique_ptr<CountingRelay> m_relay;
    std::unique_ptr<Engine::EngineSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(GuiBench)
#include "GuiBench.moc"
