// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Hublot::Test {

/// Debian's docker-registry listening on 127.0.0.1 (a free port), its
/// storage in a temporary folder; with htpasswd auth (bcrypt, made by
/// `htpasswd -B`) when given a user. Stopped with the object. error() says
/// why it could not start, empty when it listens.
class TestRegistry final
{
public:
    explicit TestRegistry(const QString &user = {}, const QString &password = {});
    ~TestRegistry();
    TestRegistry(const TestRegistry &) = delete;
    TestRegistry &operator=(const TestRegistry &) = delete;

    [[nodiscard]] QString error() const { return m_error; }
    /// "127.0.0.1:PORT", the registry host of the images it serves.
    [[nodiscard]] QString address() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

}  // namespace Hublot::Test
