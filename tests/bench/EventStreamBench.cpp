// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "EngineTestSupport.h"
#include "FakeEngine.h"

#include "engine/EventStream.h"
#include "engine/ImageOperations.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;

namespace {

constexpr int FakeEventCount = 100'000;
constexpr int TagCount = 1000;

// An event as Engine 26 writes it on /events, about 600 bytes.
QByteArray eventLine(int i)
{
    const QByteArray id = QByteArray::number(i).rightJustified(64, '0');
    return R"({"status":"start","id":")" + id
        + R"(","from":"hublot-test/busybox:1","Type":"container","Action":"start","Actor":{"ID":")" + id
        + R"(","Attributes":{"hublot.test":"1","image":"hublot-test/busybox:1","name":"bench-)" + QByteArray::number(i)
        + R"(","com.example.some-label":"a value of some length"}},"scope":"local","time":1767225600,"timeNano":)"
        + QByteArray::number(1767225600'000'000'000LL + i) + "}\n";
}

// Counts the events that which() picks, and ends loop at the target count.
struct Counter
{
    int events = 0;
    int target = 0;
    QEventLoop loop;
    QElapsedTimer sinceFirst;
    double lastMs = 0;
};

void count(Engine::EventStream *stream, Counter &counter, const std::function<bool(const Engine::DockerEvent &)> &which)
{
    QObject::connect(stream, &Engine::EventStream::eventReceived, stream,
                     [&counter, which](const Engine::DockerEvent &event) {
                         if (!which(event))
                             return;
                         if (counter.events++ == 0)
                             counter.sinceFirst.start();
                         counter.lastMs = double(counter.sinceFirst.nsecsElapsed()) / 1e6;
                         if (counter.events == counter.target)
                             counter.loop.quit();
                     });
    QObject::connect(stream, &Engine::EventStream::ended, &counter.loop, &QEventLoop::quit);
}

}  // namespace

class EventStreamBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { HUBLOT_REQUIRE_ENGINE(); }

    void cleanupTestCase() { TestEngine::cleanUp(); }

    // A FAKE engine, because no real one can be made to send this many
    // events at once: it keeps only the last 256 for a replay, and makes
    // them no faster than containers change. It answers from a thread of
    // its own, so that its writing does not share the client's thread.
    void aBurstFromAFakeEngineIsParsedAtThisRate()
    {
        QByteArray body;
        for (int i = 0; i < FakeEventCount; ++i)
            body += eventLine(i);
        const QByteArray response
            = Test::FakeEngine::response(200, "Content-Type: application/json\r\nApi-Version: 1.45\r\n", body);
        QString socketPath;
        QSemaphore listening;
        std::unique_ptr<QThread> server(QThread::create([&response, &socketPath, &listening] {
            Test::FakeEngine fake(response);
            socketPath = fake.socketPath();
            listening.release();
            QEventLoop loop;
            loop.exec();
        }));
        server->start();
        listening.acquire();

        Engine::EngineClient client(Engine::EngineEndpoint::parse(u"unix://" + socketPath).value());
        Counter counter;
        counter.target = FakeEventCount;
        QElapsedTimer timer;
        timer.start();
        auto *stream = client.events(0, &client);
        count(stream, counter, [](const Engine::DockerEvent &) { return true; });
        QTimer::singleShot(600'000, &counter.loop, &QEventLoop::quit);
        counter.loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        server->quit();
        server->wait();
        QCOMPARE(counter.events, FakeEventCount);
        Bench::report("events.fake_burst_100000.hublot", double(counter.events) / seconds, "events/s");
        Bench::report("events.fake_burst_100000.mb_per_s", Bench::megabytes(body.size()) / seconds, "MB/s");
    }

    // A real burst: the engine tags an image a thousand times, then
    // removes the tags; each is an event. The rate is the engine's: the
    // figure says the stream keeps up with it.
    void aBurstOfRealEventsIsReceivedAtThisRate()
    {
        Engine::EngineClient client(TestEngine::endpoint());
        const auto ping = await(client.ping());
        QVERIFY2(ping.ok(), why(ping));
        Engine::ImageOperations images(&client);
        Counter counter;
        counter.target = 2 * TagCount;
        // Named as TestEngine::cleanUp() finds what a run left behind.
        const QString repository
            = QStringLiteral("hublot-test/bench-events-%1-tags").arg(QCoreApplication::applicationPid());
        const auto image = await(images.inspect(TestEngine::image()));
        QVERIFY2(image.ok(), why(image));
        const QString imageId = image->id;
        auto *stream = client.events(0, &client);
        // A tag event names the new tag; an untag event only the image.
        count(stream, counter, [&repository, &imageId](const Engine::DockerEvent &event) {
            return event.type == u"image"
                && ((event.action == u"tag" && event.attributes.value(QStringLiteral("name")).startsWith(repository))
                    || (event.action == u"untag" && event.actorId == imageId));
        });
        // The stream is open once the engine has answered its head; a ping
        // on the same client after it is a moment later.
        QVERIFY(await(client.ping()).ok());

        QElapsedTimer timer;
        timer.start();
        QList<QFuture<Engine::Result<Engine::Done>>> tagged;
        for (int i = 0; i < TagCount; ++i)
            tagged.append(images.tag(TestEngine::image(), repository, QStringLiteral("t%1").arg(i)));
        for (const auto &future : tagged) {
            const auto done = Bench::result(future);
            QVERIFY2(done.ok(), why(done));
        }
        QList<QFuture<Engine::Result<Engine::ImageOperations::Removal>>> removed;
        for (int i = 0; i < TagCount; ++i)
            removed.append(images.remove(repository + QStringLiteral(":t%1").arg(i)));
        for (const auto &future : removed) {
            const auto done = Bench::result(future);
            QVERIFY2(done.ok(), why(done));
        }
        const double requestSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (counter.events < counter.target) {
            QTimer::singleShot(120'000, &counter.loop, &QEventLoop::quit);
            counter.loop.exec();
        }
        QCOMPARE(counter.events, counter.target);
        Bench::report("events.real_tag_burst_2000.engine_requests", 2.0 * TagCount / requestSeconds, "requests/s");
        Bench::report("events.real_tag_burst_2000.hublot", double(counter.events) / (counter.lastMs / 1000.0),
                      "events/s");
        stream->cancel();
    }
};

QTEST_GUILESS_MAIN(EventStreamBench)
#include "EventStreamBench.moc"
