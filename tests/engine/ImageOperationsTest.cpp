// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "TestEngine.h"
#include "TestRegistry.h"

#include "engine/EngineClient.h"
#include "engine/ImageOperations.h"
#include "engine/ImagePull.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using Hublot::Test::await;
using Hublot::Test::TestEngine;
using Hublot::Test::why;
using Kind = Engine::EngineError::Kind;

namespace {

bool imageExists(const QString &reference)
{
    return TestEngine::docker({QStringLiteral("image"), QStringLiteral("inspect"), reference}).exitCode == 0;
}

// The test registry (Debian's docker-registry on 127.0.0.1), shared with the GUI tests.
using Registry = Hublot::Test::TestRegistry;

// Everything a pull or push stream told.
struct Transfer
{
    QList<Engine::ProgressMessage> messages;
    Engine::PullProgress state;
    Engine::Result<Engine::Done> result;
    bool finished = false;
};

Transfer run(Engine::ImagePull *stream)
{
    Transfer transfer;
    QObject::connect(stream, &Engine::ImagePull::progress, stream,
                     [&transfer](const Engine::ProgressMessage &message, const Engine::PullProgress &state) {
                         transfer.messages.append(message);
                         transfer.state = state;
                     });
    QObject::connect(stream, &Engine::ImagePull::finished, stream,
                     [&transfer](const Engine::Result<Engine::Done> &result) {
                         transfer.result = result;
                         transfer.finished = true;
                     });
    if (!QTest::qWaitFor([&transfer] { return transfer.finished; }, 120'000))
        stream->cancel();
    delete stream;
    return transfer;
}

}  // namespace

class ImageOperationsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine::EngineClient> m_client;
    std::unique_ptr<Engine::ImageOperations> m_images;
    QStringList m_registryTags;  // the cleanup's reference filter does not see tags with a registry host

    QString registryReference(const Registry &registry)
    {
        const QString reference
            = registry.address() + u'/' + TestEngine::uniqueName(QStringLiteral("hublot-test/x")) + u":1";
        m_registryTags.append(reference);
        return reference;
    }

    // Tags image (default: the test image) with reference through the operation under test.
    bool tagAs(const QString &reference, const QString &image = TestEngine::image())
    {
        const auto [repository, tag] = Engine::ImageOperations::splitReference(reference);
        return await(m_images->tag(image, repository, tag)).ok();
    }

    // An image of its own (the test image plus a layer of random bytes), so
    // that pulling it back has a layer to download. Gives its id.
    static QString makeImageWithALayerOfItsOwn()
    {
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-layer"));
        TestEngine::dockerOk(QStringList {QStringLiteral("run"), QStringLiteral("--name"), container}
                             + TestEngine::labels()
                             + QStringList {TestEngine::image(), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("head -c 300000 /dev/urandom > /blob")});
        return QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("commit"), container}).trimmed());
    }

private Q_SLOTS:
    void initTestCase()
    {
        HUBLOT_REQUIRE_ENGINE();
        m_client = std::make_unique<Engine::EngineClient>(TestEngine::endpoint());
        const auto ping = await(m_client->ping());
        QVERIFY2(ping.ok(), why(ping));
        m_images = std::make_unique<Engine::ImageOperations>(m_client.get());
    }

    void cleanupTestCase()
    {
        for (const QString &tag : std::as_const(m_registryTags))
            TestEngine::docker({QStringLiteral("rmi"), tag});
        TestEngine::cleanUp();
    }

    void inspectReadsTheTestImage()
    {
        const auto image = await(m_images->inspect(TestEngine::image()));
        QVERIFY2(image.ok(), why(image));
        const QJsonObject cli
            = TestEngine::dockerJson({QStringLiteral("image"), QStringLiteral("inspect"), TestEngine::image()})
                  .array()
                  .first()
                  .toObject();
        QCOMPARE(image->id, cli.value(u"Id").toString());
        QVERIFY(image->repoTags.contains(TestEngine::image()));
        QCOMPARE(image->cmd, QStringList {QStringLiteral("/bin/sh")});
        QVERIFY(image->env.contains(QStringLiteral("PATH=/bin")));
        QCOMPARE(image->labels.value(QStringLiteral("hublot.test")), QStringLiteral("1"));
        QCOMPARE(image->size, cli.value(u"Size").toInteger());
        QCOMPARE(image->os, QStringLiteral("linux"));
        QCOMPARE(image->layers.size(), 1);
        QVERIFY(image->created.isValid());
    }

    void historyListsTheImagesSteps()
    {
        const auto history = await(m_images->history(TestEngine::image()));
        QVERIFY2(history.ok(), why(history));
        QVERIFY(!history->isEmpty());
        const auto image = await(m_images->inspect(TestEngine::image()));
        QCOMPARE(history->first().id, image->id);
        QVERIFY(history->first().tags.contains(TestEngine::image()));
        QVERIFY(history->first().size > 0);
        QVERIFY(history->first().created.isValid());
    }

    void tagAddsAReferenceAndRemoveTakesItAway()
    {
        const QString repository = TestEngine::uniqueName(QStringLiteral("hublot-test/tagged"));
        const QString reference = repository + u":2";
        const auto tagged = await(m_images->tag(TestEngine::image(), repository, QStringLiteral("2")));
        QVERIFY2(tagged.ok(), why(tagged));
        QVERIFY(imageExists(reference));
        QVERIFY(await(m_images->inspect(reference))->repoTags.contains(reference));

        const auto removed = await(m_images->remove(reference));
        QVERIFY2(removed.ok(), why(removed));
        QCOMPARE(removed->untagged, QStringList {reference});
        QVERIFY(removed->deleted.isEmpty());  // the test image still holds the layers
        QVERIFY(!imageExists(reference));
        QVERIFY(imageExists(TestEngine::image()));
    }

    void pruneRemovesOnlyDanglingImagesWithTheLabels()
    {
        const QString mark = TestEngine::uniqueName(QStringLiteral("prune"));
        const QString container = TestEngine::uniqueName(QStringLiteral("hublot-commit"));
        TestEngine::dockerOk(QStringList {QStringLiteral("create"), QStringLiteral("--name"), container}
                             + TestEngine::labels() + QStringList {TestEngine::image()});
        // An image without a tag: dangling, with the container's labels and the mark.
        const QString id = QString::fromUtf8(TestEngine::dockerOk({QStringLiteral("commit"), QStringLiteral("--change"),
                                                                   u"LABEL hublot.prune=" + mark, container})
                                                 .trimmed());
        QVERIFY(imageExists(id));

        const auto report = await(m_images->prune({Test::ownRunFilter(), u"hublot.prune=" + mark}));
        QVERIFY2(report.ok(), why(report));
        QVERIFY2(report->deleted.contains(id), qPrintable(report->deleted.join(u',')));
        QVERIFY(!imageExists(id));
        QVERIFY(imageExists(TestEngine::image()));
    }

    void anUnknownImageIsNoSuchImage()
    {
        const QString missing = TestEngine::uniqueName(QStringLiteral("hublot-test/missing")) + u":1";
        const auto inspected = await(m_images->inspect(missing));
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().httpStatus, 404);
        QVERIFY2(inspected.error().kind == Kind::NoSuchImage, why(inspected));
        const auto removed = await(m_images->remove(missing));
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().kind == Kind::NoSuchImage, why(removed));
    }

    void searchWithoutInternetIsRegistryUnreachable()
    {
        const auto results = await(m_images->search(QStringLiteral("busybox")));
        QVERIFY2(!results.ok(), "the search reached Docker Hub: these machines are meant to have no internet");
        QVERIFY2(results.error().kind == Kind::RegistryUnreachable, why(results));
    }

    void pullingFromDockerHubWithoutInternetFailsAtOnceAsRegistryUnreachable()
    {
        QElapsedTimer timer;
        timer.start();
        const Transfer transfer = run(m_images->pull(QStringLiteral("busybox:latest"), {}, nullptr));
        QVERIFY(transfer.finished);
        QVERIFY2(!transfer.result.ok(), "the pull reached Docker Hub: these machines are meant to have no internet");
        QVERIFY2(transfer.result.error().kind == Kind::RegistryUnreachable, why(transfer.result));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    }

    void cancelStopsAPullWithKindCancelled()
    {
        Engine::ImagePull *pull = m_images->pull(QStringLiteral("busybox:latest"), {}, nullptr);
        QSignalSpy finished(pull, &Engine::ImagePull::finished);
        pull->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<Engine::Result<Engine::Done>>().error().kind, Kind::Cancelled);
        QVERIFY(!pull->isRunning());
        delete pull;
    }

    void anImagePushedToARegistryIsPulledBackWithLayerProgress()
    {
        Registry registry;
        QVERIFY2(registry.error().isEmpty(), qPrintable(registry.error()));
        const QString reference = registryReference(registry);
        const QString image = makeImageWithALayerOfItsOwn();
        QVERIFY(tagAs(reference, image));

        const Transfer push = run(m_images->push(reference, {}, nullptr));
        QVERIFY(push.finished);
        QVERIFY2(push.result.ok(), why(push.result));
        QVERIFY(!push.state.layers().isEmpty());
        QVERIFY(push.state.layers().first().isDone());
        QVERIFY2(push.state.digest().startsWith(u"sha256:"), qPrintable(push.state.digest()));

        const auto removed = await(m_images->remove(reference));
        QVERIFY2(removed.ok(), why(removed));
        QVERIFY(removed->deleted.contains(image));
        QVERIFY(!imageExists(reference));
        QVERIFY(!imageExists(image));

        const Transfer pull = run(m_images->pull(reference, {}, nullptr));
        QVERIFY(pull.finished);
        QVERIFY2(pull.result.ok(), why(pull.result));
        const bool layerMessage = std::any_of(pull.messages.cbegin(), pull.messages.cend(), [](const auto &m) {
            return !m.id.isEmpty() && !m.status.startsWith(u"Pulling from");
        });
        QVERIFY(layerMessage);
        // The layer of random bytes was downloaded, the test image's was there already.
        QVERIFY(std::any_of(pull.messages.cbegin(), pull.messages.cend(),
                            [](const auto &m) { return m.status == u"Downloading" && m.total > 0; }));
        QVERIFY(pull.state.totalBytes() > 0);
        QCOMPARE(pull.state.currentBytes(), pull.state.totalBytes());
        QVERIFY(!pull.state.layers().isEmpty());
        QVERIFY(std::all_of(pull.state.layers().cbegin(), pull.state.layers().cend(),
                            [](const auto &l) { return l.isDone(); }));
        QVERIFY2(pull.state.status().startsWith(u"Status: "), qPrintable(pull.state.status()));
        QCOMPARE(pull.state.digest(), push.state.digest());
        QVERIFY(imageExists(reference));
    }

    void aRegistryWithAuthRefusesAPullWithoutCredentialsAndAllowsOneWith()
    {
        const QString user = QStringLiteral("hublot");
        const QString password = QStringLiteral("pa55-w0rd");
        Registry registry(user, password);
        QVERIFY2(registry.error().isEmpty(), qPrintable(registry.error()));
        const QString reference = registryReference(registry);
        QVERIFY(tagAs(reference));
        const Engine::RegistryAuth auth {user, password, registry.address(), {}};

        const Transfer anonymousPush = run(m_images->push(reference, {}, nullptr));
        QVERIFY(!anonymousPush.result.ok());
        QVERIFY2(anonymousPush.result.error().kind == Kind::RegistryUnauthorized, why(anonymousPush.result));

        const Transfer push = run(m_images->push(reference, auth, nullptr));
        QVERIFY2(push.result.ok(), why(push.result));
        QVERIFY(await(m_images->remove(reference)).ok());

        const Transfer denied = run(m_images->pull(reference, {}, nullptr));
        QVERIFY(!denied.result.ok());
        QVERIFY2(denied.result.error().kind == Kind::RegistryUnauthorized, why(denied.result));
        QVERIFY(!imageExists(reference));

        const Engine::RegistryAuth wrong {user, QStringLiteral("wrong"), registry.address(), {}};
        const Transfer wrongPassword = run(m_images->pull(reference, wrong, nullptr));
        QVERIFY(!wrongPassword.result.ok());
        QVERIFY2(wrongPassword.result.error().kind == Kind::RegistryUnauthorized, why(wrongPassword.result));

        const Transfer allowed = run(m_images->pull(reference, auth, nullptr));
        QVERIFY2(allowed.result.ok(), why(allowed.result));
        QVERIFY(imageExists(reference));
    }

    void pullingATagTheRegistryDoesNotHaveIsNoSuchImage()
    {
        Registry registry;
        QVERIFY2(registry.error().isEmpty(), qPrintable(registry.error()));
        const Transfer pull = run(m_images->pull(registry.address() + u"/hublot-test/never-pushed:1", {}, nullptr));
        QVERIFY(!pull.result.ok());
        QVERIFY2(pull.result.error().kind == Kind::NoSuchImage, why(pull.result));
    }
};

QTEST_GUILESS_MAIN(ImageOperationsTest)
#include "ImageOperationsTest.moc"
