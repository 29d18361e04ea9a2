// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace Hublot::Test {

QString TestEngine::dockerHost()
{
    return qEnvironmentVariable("HUBLOT_TEST_DOCKER_HOST");
}

QString TestEngine::unavailableReason()
{
    static const QString reason = []() -> QString {
        const QString startError = qEnvironmentVariable("HUBLOT_TEST_ENGINE_ERROR");
        if (!startError.isEmpty())
            return u"The test engine could not be started: " + startError;
        if (dockerHost().isEmpty())
            return QStringLiteral("HUBLOT_TEST_DOCKER_HOST is not set. Run the tests with "
                                  "`packaging/dev/hublot-dev test`, which starts a private engine, or set "
                                  "HUBLOT_TEST_DOCKER_HOST to an engine the tests may use.");
        const Output version = docker(
            {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, 20'000);
        if (version.exitCode != 0)
            return u"The test engine at " + dockerHost() + u" does not answer `docker version`: "
                + QString::fromUtf8(version.err).trimmed();
        return QString();
    }();
    return reason;
}

Engine::EngineEndpoint TestEngine::endpoint()
{
    const auto parsed = Engine::EngineEndpoint::parse(dockerHost());
    return parsed.ok() ? parsed.value() : Engine::EngineEndpoint {};
}

namespace {

TestEngine::Output runDocker(const QProcessEnvironment &env, const QStringList &arguments, int timeoutMs)
{
    using Output = TestEngine::Output;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("docker"), arguments);
    Output output;
    if (!process.waitForStarted(10'000)) {
        output.err = "the docker CLI could not be started: " + process.errorString().toUtf8();
        return output;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        output.err = "docker " + arguments.join(u' ').toUtf8() + " did not finish in time";
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

}  // namespace

TestEngine::Output TestEngine::docker(const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    return runDocker(env, arguments, timeoutMs);
}

TestEngine::Output TestEngine::dockerOn(const Engine::EngineEndpoint &endpoint, const QStringList &arguments,
                                        int timeoutMs)
{
    return runDocker(environmentFor(endpoint), arguments, timeoutMs);
}

QProcessEnvironment TestEngine::environmentFor(const Engine::EngineEndpoint &endpoint)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), endpoint.address());
    env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    env.remove(QStringLiteral("DOCKER_CERT_PATH"));
    if (endpoint.tls.enabled) {
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), QFileInfo(endpoint.tls.caFile).absolutePath());
    }
    return env;
}

QByteArray TestEngine::dockerOk(const QStringList &arguments)
{
    const Output output = docker(arguments);
    if (output.exitCode != 0) {
        QTest::qFail(qPrintable(u"docker " + arguments.join(u' ') + u" failed: " + QString::fromUtf8(output.err)),
                     __FILE__, __LINE__);
    }
    return output.out;
}

QJsonDocument TestEngine::dockerJson(const QStringList &arguments)
{
    return QJsonDocument::fromJson(dockerOk(arguments));
}

QString TestEngine::uniqueName(const QString &prefix)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
}

QStringList TestEngine::labels()
{
    return {QStringLiteral("--label"), QStringLiteral("hublot.test=1"), QStringLiteral("--label"),
            QStringLiteral("hublot.test.run=%1").arg(QCoreApplication::applicationPid())};
}

void TestEngine::cleanUp()
{
    if (!unavailableReason().isEmpty())
        return;
    const QString filter = QStringLiteral("label=hublot.test.run=%1").arg(QCoreApplication::applicationPid());
    auto ids = [&filter](const QStringList &list) {
        const Output output = docker(list + QStringList {QStringLiteral("--filter"), filter});
        return QString::fromUtf8(output.out).split(u'\n', Qt::SkipEmptyParts);
    };
    const QStringList containers = ids({QStringLiteral("ps"), QStringLiteral("-aq")});
    if (!containers.isEmpty())
        docker(QStringList {QStringLiteral("rm"), QStringLiteral("-f")} + containers);
    const QStringList volumes = ids({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q")});
    if (!volumes.isEmpty())
        docker(QStringList {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + volumes);
    // Tags carry no labels: the tests name theirs hublot-test/<name>-<pid>-<n>.
    const QString pidPart = QStringLiteral("-%1-").arg(QCoreApplication::applicationPid());
    const Output tags
        = docker({QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}"),
                  QStringLiteral("--filter"), QStringLiteral("reference=hublot-test/*")});
    for (const QString &tag : QString::fromUtf8(tags.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (tag.contains(pidPart))
            docker({QStringLiteral("rmi"), tag});
    }
    const QStringList networks = ids({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q")});
    if (!networks.isEmpty())
        docker(QStringList {QStringLiteral("network"), QStringLiteral("rm")} + networks);
}

}  // namespace Hublot::Test
