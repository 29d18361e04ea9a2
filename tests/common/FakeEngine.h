// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLocalServer>
#include <QObject>
#include <QTemporaryDir>

namespace Hublot::Test {

/// A FAKE engine, for what a real one cannot be made to do here (announce
/// an API version from another era, answer garbage): a unix socket that
/// answers every request with the same canned HTTP response.
class FakeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeEngine)

public:
    explicit FakeEngine(QByteArray response, QObject *parent = nullptr);

    [[nodiscard]] QString socketPath() const;
    [[nodiscard]] QString dockerHost() const { return u"unix://" + socketPath(); }
    [[nodiscard]] int requestCount() const { return m_requests; }

    /// An HTTP response: status line, headers, and a body with its length.
    static QByteArray response(int status, const QByteArray &headers, const QByteArray &body);

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QByteArray m_response;
    int m_requests = 0;
};

}  // namespace Hublot::Test
