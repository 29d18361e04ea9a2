// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PullProgress.h"
#include "engine/EngineError.h"
#include "engine/ProgressMessage.h"

#include <QtTest>

using namespace Hublot::Engine;

namespace {

// A pull as Engine 26 streams it, two layers, one already present.
const QByteArray pullStream = QByteArrayLiteral(
    "{\"status\":\"Pulling from hublot-test/x\",\"id\":\"1\"}"
    "\r\n"
    "{\"status\":\"Already exists\",\"progressDetail\":{},\"id\":\"aaaaaaaaaaaa\"}"
    "\r\n"
    "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":512,\"total\":2048},\"progress\":\"[====>   "
    "]\",\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":2048,\"total\":2048},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Verifying Checksum\",\"progressDetail\":{},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":1024,\"total\":2048},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"bbbbbbbbbbbb\"}"
    "\r\n"
    "{\"status\":\"Digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}"
    "\r\n"
    "{\"status\":\"Status: Downloaded newer image for 127.0.0.1:5000/hublot-test/x:1\"}"
    "\r\n");

// Feeds the stream to the parser in the chunks given, as a socket would.
struct Feed
{
    PullProgress state;
    QList<ProgressMessage> messages;
    bool malformed = false;
};

Feed feed(const QList<QByteArray> &chunks)
{
    Feed result;
    QByteArray buffer;
    for (const QByteArray &chunk : chunks) {
        buffer += chunk;
        for (;;) {
            ProgressMessage message;
            const auto step = ProgressMessage::parse(buffer, message);
            buffer.remove(0, step.consumed);
            if (step.status == ProgressMessage::Status::Incomplete)
                break;
            if (step.status == ProgressMessage::Status::Malformed) {
                result.malformed = true;
                return result;
            }
            result.messages.append(message);
            result.state.apply(message);
        }
    }
    return result;
}

}  // namespace

class PullProgressTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeStreamGivesEachLayerItsFinalStatusAndSize()
    {
        const Feed whole = feed({pullStream});
        QVERIFY(!whole.malformed);
        QCOMPARE(whole.messages.size(), 11);
        const PullProgress &state = whole.state;
        QCOMPARE(state.layers().size(), 2);
        QCOMPARE(state.layers().at(0).id, QStringLiteral("aaaaaaaaaaaa"));
        QCOMPARE(state.layers().at(0).status, QStringLiteral("Already exists"));
        QVERIFY(state.layers().at(0).isDone());
        const PullProgress::Layer *layer = state.layer(QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(layer);
        QCOMPARE(layer->status, QStringLiteral("Pull complete"));
        QCOMPARE(layer->total, 2048);
        QCOMPARE(layer->current, 2048);
        QVERIFY(layer->isDone());
        QCOMPARE(state.totalBytes(), 2048);
        QCOMPARE(state.currentBytes(), 2048);
        QCOMPARE(state.digest(),
                 QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        QCOMPARE(state.status(), QStringLiteral("Status: Downloaded newer image for 127.0.0.1:5000/hublot-test/x:1"));
        QVERIFY(state.error().isEmpty());
        QCOMPARE(state.messageCount(), 11);
    }

    void theStateWhileDownloadingCountsTheBytesSoFar()
    {
        const qsizetype cut = pullStream.indexOf("Verifying");
        const qsizetype lineStart = pullStream.lastIndexOf('\n', cut) + 1;
        const Feed partial = feed({pullStream.left(lineStart)});
        const PullProgress::Layer *layer = partial.state.layer(QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(layer);
        QCOMPARE(layer->status, QStringLiteral("Downloading"));
        QCOMPARE(layer->current, 2048);
        QVERIFY(!layer->isDone());
        QCOMPARE(partial.messages.at(3).current, 512);
        QCOMPARE(partial.messages.at(3).total, 2048);
    }

    void everyByteSplitGivesTheSameMessagesAndState()
    {
        const Feed whole = feed({pullStream});
        for (qsizetype i = 0; i <= pullStream.size(); ++i) {
            const Feed split = feed({pullStream.left(i), pullStream.mid(i)});
            QVERIFY2(!split.malformed, qPrintable(QStringLiteral("split at %1").arg(i)));
            QVERIFY2(split.messages == whole.messages, qPrintable(QStringLiteral("split at %1").arg(i)));
            QVERIFY2(split.state == whole.state, qPrintable(QStringLiteral("split at %1").arg(i)));
        }
    }

    void byteByByteGivesTheSameState()
    {
        QList<QByteArray> bytes;
        for (const char c : pullStream)
            bytes.append(QByteArray(1, c));
        QVERIFY(feed(bytes).state == feed({pullStream}).state);
    }

    void anErrorMessageIsReadFromItsDetailAndKept()
    {
        const QByteArray stream
            = QByteArrayLiteral("{\"status\":\"Pulling from library/nginx\",\"id\":\"latest\"}"
                                "\n"
                                "{\"errorDetail\":{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial "
                                "tcp: lookup registry-1.docker.io: no such host\"},\"error\":\"short\"}"
                                "\n");
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            const Feed split = feed({stream.left(i), stream.mid(i)});
            QCOMPARE(split.messages.size(), 2);
            QVERIFY(split.messages.last().isError());
            QVERIFY(split.messages.last().error.endsWith(u"no such host"));
            QCOMPARE(split.state.error(), split.messages.last().error);
            QCOMPARE(EngineError::kindFor(0, split.state.error()), EngineError::Kind::RegistryUnreachable);
        }
    }

    void pushMessagesGiveLayersAndTheDigestFromAux()
    {
        const QByteArray stream = QByteArrayLiteral(
            "{\"status\":\"The push refers to repository [127.0.0.1:5000/hublot-test/x]\"}"
            "\n"
            "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"cccccccccccc\"}"
            "\n"
            "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":100,\"total\":400},\"id\":\"cccccccccccc\"}"
            "\n"
            "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"cccccccccccc\"}"
            "\n"
            "{\"status\":\"1: digest: sha256:1111111111111111111111111111111111111111111111111111111111111111 size: "
            "527\"}"
            "\n"
            "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1\",\"Digest\":\"sha256:"
            "1111111111111111111111111111111111111111111111111111111111111111\",\"Size\":527}}"
            "\n");
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            const Feed split = feed({stream.left(i), stream.mid(i)});
            QCOMPARE(split.state.layers().size(), 1);
            QCOMPARE(split.state.layers().first().status, QStringLiteral("Pushed"));
            QCOMPARE(split.state.layers().first().current, 400);
            QCOMPARE(split.state.digest(),
                     QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111"));
        }
    }

    void aLineThatIsNotJsonIsMalformed()
    {
        const QByteArray stream = QByteArrayLiteral("{\"status\":\"ok\"}\nnot json\n");
        for (qsizetype i = 0; i <= stream.size(); ++i)
            QVERIFY(feed({stream.left(i), stream.mid(i)}).malformed);
    }

    void aMessageWithoutItsNewlineIsIncomplete()
    {
        ProgressMessage message;
        const auto step = ProgressMessage::parse(QByteArrayView("{\"status\":\"Waiting\",\"id\":\"x\"}"), message);
        QCOMPARE(step.status, ProgressMessage::Status::Incomplete);
        QCOMPARE(step.consumed, 0);
    }
};

QTEST_GUILESS_MAIN(PullProgressTest)
#include "PullProgressTest.moc"
