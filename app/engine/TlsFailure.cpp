// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TlsFailure.h"

#include <QSslSocket>

namespace Hublot::Engine::TlsFailure {

EngineError::Kind kindForSslErrors(const QList<QSslError::SslError> &errors)
{
    bool expired = false;
    bool otherHost = false;
    for (const QSslError::SslError error : errors) {
        switch (error) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToDecryptCertificateSignature:
        case QSslError::UnableToDecodeIssuerPublicKey:
        case QSslError::CertificateSignatureFailed:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::SubjectIssuerMismatch:
        case QSslError::AuthorityIssuerSerialNumberMismatch:
        case QSslError::NoPeerCertificate: return EngineError::Kind::TlsUntrustedCertificate;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid: expired = true; break;
        case QSslError::HostNameMismatch: otherHost = true; break;
        default: break;
        }
    }
    if (expired)
        return EngineError::Kind::TlsCertificateExpired;
    if (otherHost)
        return EngineError::Kind::TlsHostNameMismatch;
    return EngineError::Kind::TlsUntrustedCertificate;
}

bool isClientCertificateAlert(const QString &errorString)
{
    const QString text = errorString.toLower();
    return text.contains(u"alert") && (text.contains(u"certificate") || text.contains(u"unknown ca"));
}

QSslConfiguration trustNobody()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

}  // namespace Hublot::Engine::TlsFailure
