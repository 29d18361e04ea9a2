// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// Credentials for a registry, sent to the engine as the X-Registry-Auth
/// header of a pull or push (the engine logs in to the registry itself).
struct RegistryAuth
{
    QString username;
    QString password;
    QString serverAddress;  ///< "127.0.0.1:5000"; empty: the one the image names
    QString identityToken;  ///< instead of a password, from a previous login

    [[nodiscard]] bool isEmpty() const { return username.isEmpty() && identityToken.isEmpty(); }

    /// The header's value: the JSON of the credentials, base64url-encoded
    /// ("{}" when empty, which the engine reads as anonymous).
    [[nodiscard]] QByteArray headerValue() const
    {
        QJsonObject json;
        if (!username.isEmpty())
            json.insert(QStringLiteral("username"), username);
        if (!password.isEmpty())
            json.insert(QStringLiteral("password"), password);
        if (!serverAddress.isEmpty())
            json.insert(QStringLiteral("serveraddress"), serverAddress);
        if (!identityToken.isEmpty())
            json.insert(QStringLiteral("identitytoken"), identityToken);
        return QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
    }

    bool operator==(const RegistryAuth &) const = default;
};

}  // namespace Hublot::Engine
