// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class QFileDevice;
class QNetworkReply;

namespace Hublot::Engine {

class EngineClient;

/// A tar sent as a request's body from a file (image build, load, import),
/// made by ArchiveOperations; the engine answers with JSON lines read as
/// they come. Lives on the client's thread. Emits sent() as the body goes
/// out, output() for each line of text the engine reports ("stream" or
/// "status"), and finished() exactly once: with the image the engine names
/// (build: the id from its "aux" line; import: the id it reports; load: the
/// loaded reference or id), else with the error: the engine's error line
/// (kind BuildFailed for a build), an HTTP error, a dropped connection, or
/// cancel() (kind Cancelled).
class ArchiveUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveUpload)

public:
    enum class Kind { Build, Load, Import };

    /// Takes ownership of reply and body (the file the reply reads).
    ArchiveUpload(EngineClient *client, QNetworkReply *reply, QFileDevice *body, Kind kind, QString what,
                  QObject *parent = nullptr);
    /// A transfer that could not start (its tar or file could not be made):
    /// finished() gives error from the event loop, once receivers are connected.
    ArchiveUpload(EngineClient *client, const EngineError &error, QObject *parent = nullptr);
    /// A transfer whose body is still being written: start() it once the
    /// body is ready, or fail() it. cancel() before then finishes it at once.
    ArchiveUpload(EngineClient *client, Kind kind, QString what, QObject *parent = nullptr);
    ~ArchiveUpload() override;

    /// Sends: takes ownership of reply and body (the file the reply reads).
    void start(QNetworkReply *reply, QFileDevice *body);
    /// Finishes with error, unless finished already.
    void fail(const EngineError &error);

    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_finished; }

Q_SIGNALS:
    void sent(qint64 bytes, qint64 total);
    void output(const QString &text);
    void finished(const Hublot::Engine::Result<QString> &image);

private:
    void readAvailable();
    void handle(const QJsonObject &line);
    void replyFinished();
    void finish(const Result<QString> &result);
    EngineError makeError(EngineError::Kind kind, const QString &message) const;

    QPointer<EngineClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QFileDevice *m_body;
    Kind m_kind;
    QString m_what;
    QByteArray m_buffer;
    QString m_image;
    bool m_finished = false;
};

}  // namespace Hublot::Engine
