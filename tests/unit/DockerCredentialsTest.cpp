// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DockerCredentials.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hublot;
using namespace Qt::StringLiterals;
using Engine::DockerCredentials;
using Engine::RegistryAuth;
using Kind = Engine::EngineError::Kind;

namespace {

// config.json as `docker login` leaves it: base64 of "user:password".
QByteArray configWith(const QString &key, const QString &user, const QString &password)
{
    const QByteArray auth = QString(user + u':' + password).toUtf8().toBase64();
    return "{\"auths\": {\"" + key.toUtf8() + "\": {\"auth\": \"" + auth + "\"}}}";
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return permissions == QFile::Permissions {} || file.setPermissions(permissions);
}

Engine::Result<RegistryAuth> await(QFuture<Engine::Result<RegistryAuth>> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20'000))
        return Engine::EngineError::make(Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return future.result();
}

}  // namespace

class DockerCredentialsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configDir() const { return m_dir.filePath(QStringLiteral("docker-config")); }
    QString binDir() const { return m_dir.filePath(QStringLiteral("bin")); }

    // The environment of a user whose docker config is ours and whose PATH
    // starts with our folder of credential helpers.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), configDir());
        env.insert(QStringLiteral("PATH"), binDir() + QDir::listSeparator() + env.value(QStringLiteral("PATH")));
        return env;
    }

    // A credential helper: a real program speaking the helper protocol (read
    // the server on stdin, print JSON), standing in for a keychain, which
    // this machine has none of.
    void writeHelper(const QString &name, const QByteArray &script)
    {
        QVERIFY(writeFile(binDir() + u"/docker-credential-" + name, "#!/bin/sh\n" + script,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { DockerCredentials::forgetAll(); }

    void theRegistryHostOfAReferenceIsItsFirstPartWhenThatNamesAHost_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("host");
        QTest::newRow("official image") << u"nginx"_s << u"docker.io"_s;
        QTest::newRow("official image with tag") << u"nginx:1.27"_s << u"docker.io"_s;
        QTest::newRow("user repository") << u"team/app:1"_s << u"docker.io"_s;
        QTest::newRow("docker.io spelled out") << u"docker.io/library/alpine:latest"_s << u"docker.io"_s;
        QTest::newRow("index.docker.io") << u"index.docker.io/team/app"_s << u"docker.io"_s;
        QTest::newRow("host and port") << u"registry:5000/x/y:tag"_s << u"registry:5000"_s;
        QTest::newRow("loopback") << u"127.0.0.1:5000/team/app:1"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("domain") << u"ghcr.io/owner/app@sha256:abc"_s << u"ghcr.io"_s;
        QTest::newRow("localhost") << u"localhost/app"_s << u"localhost"_s;
        QTest::newRow("capitals make a host") << u"MyRegistry/app"_s << u"MyRegistry"_s;
    }

    void theRegistryHostOfAReferenceIsItsFirstPartWhenThatNamesAHost()
    {
        QFETCH(QString, reference);
        QFETCH(QString, host);
        QCOMPARE(DockerCredentials::registryHost(reference), host);
    }

    void dockerHubIsKeyedByItsIndexUrl()
    {
        QCOMPARE(DockerCredentials::configKey(u"docker.io"_s), u"https://index.docker.io/v1/"_s);
        QCOMPARE(DockerCredentials::configKey(u"127.0.0.1:5000"_s), u"127.0.0.1:5000"_s);
        QVERIFY(DockerCredentials::isDockerHub(u"registry-1.docker.io"_s));
        QVERIFY(!DockerCredentials::isDockerHub(u"ghcr.io"_s));
    }

    void theAuthOfAHostIsDecoded()
    {
        const auto auth = DockerCredentials::credentialsIn(configWith(u"127.0.0.1:5000"_s, u"hublot"_s, u"pa55"_s),
                                                           u"127.0.0.1:5000"_s);
        QVERIFY(auth);
        QCOMPARE(auth->username, u"hublot"_s);
        QCOMPARE(auth->password, u"pa55"_s);
        QCOMPARE(auth->serverAddress, u"127.0.0.1:5000"_s);
    }

    void aPasswordMayHoldColons()
    {
        const auto auth
            = DockerCredentials::credentialsIn(configWith(u"r.example"_s, u"me"_s, u"a:b:c"_s), u"r.example"_s);
        QVERIFY(auth);
        QCOMPARE(auth->username, u"me"_s);
        QCOMPARE(auth->password, u"a:b:c"_s);
    }

    void dockerHubsCredentialsAreFoundUnderItsIndexUrl()
    {
        const QByteArray config = configWith(DockerCredentials::DockerHubKey, u"hubuser"_s, u"secret"_s);
        const auto auth = DockerCredentials::credentialsIn(config, DockerCredentials::registryHost(u"python:3.12"_s));
        QVERIFY(auth);
        QCOMPARE(auth->username, u"hubuser"_s);
        QCOMPARE(auth->serverAddress, DockerCredentials::DockerHubKey);
        QVERIFY(!DockerCredentials::credentialsIn(config, u"127.0.0.1:5000"_s));
    }

    void aKeyWithASchemeOrAPathNamesTheSameHost()
    {
        const QByteArray config = configWith(u"https://127.0.0.1:5000/v2/"_s, u"u"_s, u"p"_s);
        const auto auth = DockerCredentials::credentialsIn(config, u"127.0.0.1:5000"_s);
        QVERIFY(auth);
        QCOMPARE(auth->username, u"u"_s);
        QVERIFY(!DockerCredentials::credentialsIn(config, u"127.0.0.1:5001"_s));
    }

    void anIdentityTokenIsKept()
    {
        const QByteArray config = "{\"auths\": {\"r.example\": {\"auth\": \"" + QByteArray("me:").toBase64()
            + "\", \"identitytoken\": \"tok-123\"}}}";
        const auto auth = DockerCredentials::credentialsIn(config, u"r.example"_s);
        QVERIFY(auth);
        QCOMPARE(auth->username, u"me"_s);
        QCOMPARE(auth->identityToken, u"tok-123"_s);
    }

    void malformedFilesAndEntriesGiveNothing_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("auths = yes");
        QTest::newRow("truncated") << configWith(u"r.example"_s, u"u"_s, u"p"_s).chopped(3);
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("auths not an object") << QByteArray("{\"auths\": \"r.example\"}");
        QTest::newRow("entry not an object") << QByteArray("{\"auths\": {\"r.example\": 7}}");
        QTest::newRow("empty entry") << QByteArray("{\"auths\": {\"r.example\": {}}}");
        QTest::newRow("auth not base64") << QByteArray(
            "{\"auths\": {\"r.example\": {\"auth\": \"%%%not base64%%%\"}}}");
        QTest::newRow("auth without colon")
            << QByteArray("{\"auths\": {\"r.example\": {\"auth\": \"" + QByteArray("nocolon").toBase64() + "\"}}}");
        QTest::newRow("auth a number") << QByteArray("{\"auths\": {\"r.example\": {\"auth\": 12}}}");
        QTest::newRow("other host") << configWith(u"other.example"_s, u"u"_s, u"p"_s);
    }

    void malformedFilesAndEntriesGiveNothing()
    {
        QFETCH(QByteArray, config);
        QVERIFY(!DockerCredentials::credentialsIn(config, u"r.example"_s));
        QVERIFY(DockerCredentials::helperFor(config, u"r.example"_s).isEmpty());
    }

    void everyTruncationOfAConfigGivesNothingOrTheRightCredentials()
    {
        const QByteArray config = configWith(u"r.example"_s, u"u"_s, u"p"_s);
        for (qsizetype size = 0; size <= config.size(); ++size) {
            const auto auth = DockerCredentials::credentialsIn(config.left(size), u"r.example"_s);
            if (auth)
                QCOMPARE(auth->password, u"p"_s);
        }
        QVERIFY(DockerCredentials::credentialsIn(config, u"r.example"_s));
    }

    void aHostsCredentialHelperComesBeforeTheStore()
    {
        const QByteArray config = "{\"credsStore\": \"desktop\", \"credHelpers\": {\"r.example\": \"pass\"}}";
        QCOMPARE(DockerCredentials::helperFor(config, u"r.example"_s), u"pass"_s);
        QCOMPARE(DockerCredentials::helperFor(config, u"docker.io"_s), u"desktop"_s);
        QVERIFY(DockerCredentials::helperFor("{\"auths\": {}}", u"docker.io"_s).isEmpty());
    }

    void aHelperNameThatLeavesPathIsRefused()
    {
        QVERIFY(DockerCredentials::helperFor("{\"credsStore\": \"../../bin/evil\"}", u"r.example"_s).isEmpty());
        QVERIFY(DockerCredentials::helperFor("{\"credsStore\": \"/tmp/x\"}", u"r.example"_s).isEmpty());
    }

    void aHelpersReplyIsRead()
    {
        const auto auth = DockerCredentials::parseHelperReply(
            "{\"ServerURL\": \"r.example\", \"Username\": \"me\", \"Secret\": \"s3\"}", u"r.example"_s);
        QVERIFY(auth);
        QCOMPARE(auth->username, u"me"_s);
        QCOMPARE(auth->password, u"s3"_s);
        const auto token = DockerCredentials::parseHelperReply(
            "{\"ServerURL\": \"r.example\", \"Username\": \"<token>\", \"Secret\": \"tok\"}", u"r.example"_s);
        QVERIFY(token);
        QVERIFY(token->username.isEmpty());
        QCOMPARE(token->identityToken, u"tok"_s);
        QVERIFY(!DockerCredentials::parseHelperReply("credentials not found in native keychain", u"r.example"_s));
        QVERIFY(!DockerCredentials::parseHelperReply("{}", u"r.example"_s));
    }

    void findReadsTheConfigInDockerConfig()
    {
        QVERIFY(writeFile(configDir() + u"/config.json", configWith(u"127.0.0.1:5000"_s, u"saved"_s, u"pw"_s)));
        const DockerCredentials credentials(environment());
        QCOMPARE(credentials.configFile(), configDir() + u"/config.json");
        const auto found = await(credentials.find(u"127.0.0.1:5000"_s));
        QVERIFY(found.ok());
        QCOMPARE(found->username, u"saved"_s);
        const auto none = await(credentials.find(u"docker.io"_s));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void typedCredentialsComeFirstAndAreForgotten()
    {
        QVERIFY(writeFile(configDir() + u"/config.json", configWith(u"127.0.0.1:5000"_s, u"saved"_s, u"pw"_s)));
        DockerCredentials::remember(u"127.0.0.1:5000"_s, RegistryAuth {u"typed"_s, u"t"_s, u"127.0.0.1:5000"_s, {}});
        const DockerCredentials credentials(environment());
        QCOMPARE(await(credentials.find(u"127.0.0.1:5000"_s))->username, u"typed"_s);
        DockerCredentials::remember(u"other.example"_s, RegistryAuth {u"other"_s, u"o"_s, {}, {}});
        DockerCredentials::forget(u"127.0.0.1:5000"_s);
        QCOMPARE(await(credentials.find(u"127.0.0.1:5000"_s))->username, u"saved"_s);
        QCOMPARE(DockerCredentials::remembered(u"other.example"_s).username, u"other"_s);
        DockerCredentials::forgetAll();
        QVERIFY(DockerCredentials::remembered(u"other.example"_s).isEmpty());
    }

    void aMissingConfigMeansNoCredentials()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("nowhere")));
        const auto found = await(DockerCredentials(env).find(u"127.0.0.1:5000"_s));
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());
    }

    void aCredentialHelperIsAskedForTheServerItIsGiven()
    {
        // Answers only for the server it reads on stdin.
        writeHelper(u"hublot-test"_s,
                    "read server\n"
                    "if [ \"$1\" = get ] && [ \"$server\" = 127.0.0.1:5000 ]; then\n"
                    "  echo '{\"ServerURL\":\"127.0.0.1:5000\",\"Username\":\"fromhelper\","
                    "\"Secret\":\"hs\"}'\n"
                    "else echo 'credentials not found in native keychain'; exit 1; fi\n");
        QVERIFY(writeFile(configDir() + u"/config.json",
                          "{\"credsStore\": \"hublot-test\", \"auths\": {\"127.0.0.1:5000\": {}}}"));
        const DockerCredentials credentials(environment());
        const auto found = await(credentials.find(u"127.0.0.1:5000"_s));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().technicalSummary()));
        QCOMPARE(found->username, u"fromhelper"_s);
        QCOMPARE(found->password, u"hs"_s);
        const auto none = await(credentials.find(u"docker.io"_s));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void aHelperThatHangsIsStoppedAtTheTimeout()
    {
        writeHelper(u"hublot-test-hangs"_s, "exec sleep 30\n");
        QVERIFY(writeFile(configDir() + u"/config.json", "{\"credsStore\": \"hublot-test-hangs\"}"));
        DockerCredentials credentials(environment());
        credentials.setHelperTimeout(300);
        QElapsedTimer timer;
        timer.start();
        const auto found = await(credentials.find(u"127.0.0.1:5000"_s));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, Kind::Timeout);
        QVERIFY2(timer.elapsed() < 10'000, "the hung helper was not stopped");
    }

    void aHelperThatFailsOrIsMissingIsAnError()
    {
        writeHelper(u"hublot-test-broken"_s, "echo 'gpg: decryption failed' >&2; exit 2\n");
        QVERIFY(writeFile(configDir() + u"/config.json", "{\"credsStore\": \"hublot-test-broken\"}"));
        const auto broken = await(DockerCredentials(environment()).find(u"127.0.0.1:5000"_s));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().engineMessage.contains(u"decryption failed"_s));

        QVERIFY(writeFile(configDir() + u"/config.json", "{\"credsStore\": \"hublot-test-not-installed\"}"));
        const auto missing = await(DockerCredentials(environment()).find(u"127.0.0.1:5000"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().engineMessage.contains(u"docker-credential-hublot-test-not-installed"_s));
    }
};

QTEST_GUILESS_MAIN(DockerCredentialsTest)
#include "DockerCredentialsTest.moc"
