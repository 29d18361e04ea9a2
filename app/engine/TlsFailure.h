// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace Hublot::Engine::TlsFailure {

/// The kind for what the TLS layer reported about the engine's certificate.
/// A certificate we do not trust says the most, whatever else is wrong with
/// it; then an expired one; then one for another host name.
EngineError::Kind kindForSslErrors(const QList<QSslError::SslError> &errors);

/// Whether a TLS failure's text is the engine refusing our client
/// certificate. That arrives as a TLS alert, which Qt passes on only as
/// OpenSSL's text ("tlsv13 alert certificate required", "sslv3 alert bad
/// certificate", "tlsv1 alert unknown ca").
bool isClientCertificateAlert(const QString &errorString);

/// For a stream opened although the TLS files could not be read: trusts no
/// CA at all, so that nothing falls back to the system's CAs, which would
/// trust engines ca.pem does not name.
QSslConfiguration trustNobody();

}  // namespace Hublot::Engine::TlsFailure
