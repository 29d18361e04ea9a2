// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorMessages.h"

#include <QRegularExpression>

#include <QString>

namespace Hublot::Ui {

using Kind = Engine::EngineError::Kind;

static QString code(const QString &text)
{
    return u"<code>" + text.toHtmlEscaped() + u"</code>";
}

ErrorMessages::Text ErrorMessages::forConnection(const Engine::EngineError &error)
{
    Text text;
    text.title = tr("Hublot cannot reach the Docker engine");
    const QString address = error.address.isEmpty() ? tr("the engine's address") : error.address;
    QString socket = address;
    if (socket.startsWith(u"unix://"))
        socket = socket.mid(7);
    switch (error.kind) {
    case Kind::InvalidDockerHost:
        text.title = tr("DOCKER_HOST is not a valid address");
        text.reason = tr("DOCKER_HOST is set to “%1”, which is not an address Hublot can use.").arg(address);
        text.hint = tr("Write it as %1 or %2, or unset it to use the default socket %3.")
                        .arg(code(QStringLiteral("unix:///path/to/docker.sock")),
                             code(QStringLiteral("tcp://host:2375")), code(QStringLiteral("/var/run/docker.sock")));
        break;
    case Kind::SocketMissing:
        text.title = tr("No Docker engine socket");
        text.reason = tr("There is no Docker engine socket at %1.").arg(socket);
        text.hint = tr("Start the engine (for example with %1), or point %2 at the engine you want to use, "
                       "such as %3 for a rootless engine.")
                        .arg(code(QStringLiteral("sudo systemctl start docker")), code(QStringLiteral("DOCKER_HOST")),
                             code(QStringLiteral("unix://$XDG_RUNTIME_DIR/docker.sock")));
        break;
    case Kind::PermissionDenied:
        text.title = tr("Permission denied");
        text.reason = tr("You are not allowed to use the Docker engine socket %1.").arg(socket);
        text.hint
            = tr("Add your user to the docker group with %1, then log out and back in (or run %2).")
                  .arg(code(QStringLiteral("sudo usermod -aG docker $USER")), code(QStringLiteral("newgrp docker")));
        break;
    case Kind::EngineNotRunning:
        text.title = tr("The Docker engine is not running");
        text.reason = tr("Nothing answers at %1: the engine is not running.").arg(address);
        text.hint = tr("Start it (for example with %1), then retry.")
                        .arg(code(QStringLiteral("sudo systemctl start docker")));
        break;
    case Kind::HostUnreachable:
        text.reason = tr("The host of %1 cannot be reached.").arg(address);
        text.hint = tr("Check the host name and port in %1, and that the engine listens there.")
                        .arg(code(QStringLiteral("DOCKER_HOST")));
        break;
    case Kind::Timeout:
        text.reason = tr("The engine at %1 did not answer in time.").arg(address);
        text.hint = tr("The engine may be overloaded or stuck. Hublot will try again.");
        break;
    case Kind::ConnectionLost:
        text.title = tr("The connection to the engine was lost");
        text.reason = tr("The engine at %1 closed the connection.").arg(address);
        text.hint = tr("It may have stopped or restarted. Hublot reconnects by itself as soon as it is back.");
        break;
    case Kind::ApiTooOld:
        text.title = tr("This Docker engine is too old");
        text.reason = tr("The engine at %1 speaks Docker API %2; Hublot needs API 1.41 (Docker 20.10) or newer.")
                          .arg(address, error.engineMessage);
        text.hint = tr("Update the Docker engine on that machine.");
        break;
    case Kind::ApiTooNew:
        text.title = tr("This Docker engine is too new");
        text.reason = tr("The engine at %1 no longer accepts the API versions Hublot speaks.").arg(address);
        text.hint = tr("Update Hublot.");
        break;
    case Kind::MalformedReply:
        text.reason = tr("Something answers at %1, but not as a Docker engine does.").arg(address);
        text.hint = tr("Check that %1 points at a Docker engine.").arg(code(QStringLiteral("DOCKER_HOST")));
        break;
    case Kind::ContextNotFound:
        text.title = tr("No such Docker context");
        text.reason = tr("The Docker context chosen by %1 or %2 does not exist.")
                          .arg(code(QStringLiteral("DOCKER_CONTEXT")), code(QStringLiteral("~/.docker/config.json")));
        text.hint
            = tr("List the contexts with %1 and choose one with %2.")
                  .arg(code(QStringLiteral("docker context ls")), code(QStringLiteral("docker context use NAME")));
        break;
    case Kind::ContextInvalid:
        text.title = tr("A Docker context cannot be read");
        text.reason = tr("The context file %1 cannot be read.").arg(error.path);
        text.hint = tr("Recreate the context with %1.").arg(code(QStringLiteral("docker context create")));
        break;
    case Kind::TlsFileMissing:
    case Kind::TlsFileInvalid:
        text.title = tr("A TLS certificate is missing");
        text.reason = error.kind == Kind::TlsFileMissing
            ? tr("The file %1 does not exist or cannot be read.").arg(error.path)
            : tr("The file %1 holds no usable certificate or key.").arg(error.path);
        text.hint = tr("Put ca.pem, cert.pem and key.pem in the folder %1 names (default %2).")
                        .arg(code(QStringLiteral("DOCKER_CERT_PATH")), code(QStringLiteral("~/.docker")));
        break;
    case Kind::TlsUntrustedCertificate:
        text.title = tr("The engine's certificate is not trusted");
        text.reason = tr("The engine at %1 shows a certificate that your CA (ca.pem) did not sign.").arg(address);
        text.hint = tr("Use the ca.pem of the CA that signed the engine's certificate.");
        break;
    case Kind::TlsCertificateExpired:
        text.title = tr("The engine's certificate has expired");
        text.reason = tr("The engine at %1 shows a certificate that is out of its validity dates.").arg(address);
        text.hint = tr("Renew the engine's certificate, and check this computer's clock.");
        break;
    case Kind::TlsHostNameMismatch:
        text.title = tr("The certificate is for another host");
        text.reason = tr("The engine at %1 shows a certificate made for another host name.").arg(address);
        text.hint = tr("Connect with the host name the certificate names, or make a certificate for this one.");
        break;
    case Kind::TlsClientCertificateRefused:
        text.title = tr("The engine refused your certificate");
        text.reason = tr("The engine at %1 does not accept the client certificate cert.pem.").arg(address);
        text.hint = tr("Use a client certificate signed by the CA the engine trusts.");
        break;
    case Kind::SshClientMissing:
        text.title = tr("No ssh client");
        text.reason = tr("Reaching %1 needs the ssh command, which cannot be started.").arg(address);
        text.hint = tr("Install OpenSSH's client.");
        break;
    case Kind::SshHostKeyUnknown:
        text.title = tr("Unknown host key");
        text.reason = tr("The host of %1 is not in your known_hosts file; Hublot never accepts a host key blindly.")
                          .arg(address);
        text.hint
            = tr("Connect once with %1 and check the key's fingerprint, then retry.").arg(code(QStringLiteral("ssh")));
        break;
    case Kind::SshHostKeyChanged:
        text.title = tr("The host key has changed");
        text.reason = tr("The host of %1 shows a key other than the one in your known_hosts file.").arg(address);
        text.hint = tr("This can be an attack. Ask the host's administrator before removing the old key with %1.")
                        .arg(code(QStringLiteral("ssh-keygen -R")));
        break;
    case Kind::SshAuthenticationFailed:
        text.title = tr("SSH login refused");
        text.reason = tr("The host of %1 refused every key ssh offered.").arg(address);
        text.hint = tr("Check the user name and that your public key is in the host's authorized_keys.");
        break;
    case Kind::SshConnectionRefused:
        text.reason = tr("Nothing answers on the SSH port of %1.").arg(address);
        text.hint = tr("Check the host name and port, and that the SSH server runs there.");
        break;
    case Kind::SshRemoteDockerMissing:
        text.title = tr("No docker command on the host");
        text.reason = tr("SSH works, but the host of %1 has no docker command.").arg(address);
        text.hint = tr("Install Docker there: Hublot runs %1 on the host.")
                        .arg(code(QStringLiteral("docker system dial-stdio")));
        break;
    default:
        text.reason = error.engineMessage.isEmpty()
            ? tr("The engine at %1 refused the connection.").arg(address)
            : tr("The engine at %1 answered: “%2”.").arg(address, error.engineMessage);
        text.hint = tr("Check the engine's logs, then retry.");
        break;
    }
    return text;
}

QString ErrorMessages::forContainerOperation(const Engine::EngineError &error, const QString &container)
{
    switch (error.kind) {
    case Kind::NoSuchContainer:
    case Kind::NotFound: return tr("The container %1 no longer exists: it was removed meanwhile.").arg(container);
    case Kind::ContainerRunning:
        return tr("The container %1 is running. Stop it first, or remove it with force.").arg(container);
    case Kind::ContainerNotRunning:
        return tr("The container %1 is not running (or not paused) any more; the list shows its state now.")
            .arg(container);
    case Kind::PortAlreadyAllocated:
        return tr("The container %1 cannot start: a host port it publishes is already taken. Stop what uses "
                  "that port, or recreate the container with another host port.")
            .arg(container);
    case Kind::NameInUse: return tr("Another container already has the name %1.").arg(container);
    case Kind::EngineNotRunning:
    case Kind::SocketMissing:
    case Kind::ConnectionLost:
    case Kind::HostUnreachable:
        return tr("The engine could not be reached while acting on %1. Hublot reconnects by itself; try again "
                  "once it is back.")
            .arg(container);
    case Kind::Timeout:
        return tr("The engine did not answer in time about %1. It may be busy; try again.").arg(container);
    case Kind::Cancelled: return tr("The operation on %1 was cancelled.").arg(container);
    default: break;
    }
    if (error.engineMessage.isEmpty())
        return tr("The engine refused the operation on %1.").arg(container);
    return tr("The engine refused the operation on %1: %2").arg(container, error.engineMessage);
}

QString ErrorMessages::forRun(const Engine::EngineError &error, const QString &image, const QString &name)
{
    switch (error.kind) {
    case Kind::NameInUse:
        return tr("The name %1 is already taken by another container. Choose another name, or remove that "
                  "container first (docker rm %1).")
            .arg(name);
    case Kind::PortAlreadyAllocated: {
        // The engine names the address: "Bind for 127.0.0.1:8080 failed: port is already allocated".
        static const QRegularExpression bind(QStringLiteral("for ([^ ]+:[0-9]+) failed"));
        const QRegularExpressionMatch match = bind.match(error.engineMessage);
        if (match.hasMatch()) {
            return tr("The host port %1 is already taken, by another container or another program. Choose another "
                      "host port, or stop what uses it.")
                .arg(match.captured(1));
        }
        return tr("A host port of this container is already taken, by another container or another program. "
                  "Choose another host port, or stop what uses it.");
    }
    case Kind::NoSuchImage:
    case Kind::NotFound:
        return tr("There is no image %1, neither on this engine nor in its registry. Check the name and the tag "
                  "(docker images lists the local ones).")
            .arg(image);
    case Kind::RegistryUnreachable:
        return tr("The image %1 is not on this engine, and its registry cannot be reached (no internet "
                  "connection?). Connect and try again, or load the image from a file first.")
            .arg(image);
    case Kind::RegistryUnauthorized:
        return tr("The registry refused to give %1: the image is private or does not exist. Sign in to the "
                  "registry by pulling the image once from Images > Pull… (or with docker login), then run it "
                  "again; or check the name.")
            .arg(image);
    case Kind::BadRequest:
    case Kind::ServerError:
    case Kind::Unknown:
        if (!error.engineMessage.isEmpty())
            return tr("The engine could not run %1: %2").arg(image, error.engineMessage);
        break;
    default: break;
    }
    return forContainerOperation(error, name.isEmpty() ? image : name);
}

QString ErrorMessages::forResourceOperation(const Engine::EngineError &error, const QString &subject)
{
    switch (error.kind) {
    case Kind::NotFound:
    case Kind::NoSuchImage:
        return tr("Could not act on %1: it no longer exists; it was removed meanwhile.").arg(subject);
    case Kind::Conflict:
    case Kind::ContainerRunning:
        return error.engineMessage.isEmpty()
            ? tr("Could not act on %1: something still uses it. Remove or stop what uses it first.").arg(subject)
            : tr("Could not act on %1: something still uses it (the engine says: %2). Remove or stop what uses it "
                 "first.")
                  .arg(subject, error.engineMessage);
    case Kind::NameInUse: return tr("Could not act on %1: that name is already taken. Choose another.").arg(subject);
    case Kind::RegistryUnreachable:
        return tr("Could not act on %1: the engine cannot reach the registry. Check the engine's internet "
                  "connection or proxy.")
            .arg(subject);
    case Kind::EngineNotRunning:
    case Kind::SocketMissing:
    case Kind::ConnectionLost:
    case Kind::HostUnreachable:
        return tr("The engine could not be reached while acting on %1. Hublot reconnects by itself; try again "
                  "once it is back.")
            .arg(subject);
    case Kind::Timeout:
        return tr("The engine did not answer in time about %1. It may be busy; try again.").arg(subject);
    case Kind::Cancelled: return tr("The operation on %1 was cancelled.").arg(subject);
    default: break;
    }
    if (error.engineMessage.isEmpty())
        return tr("The engine refused the operation on %1.").arg(subject);
    return tr("The engine refused the operation on %1: %2").arg(subject, error.engineMessage);
}

QString ErrorMessages::forPull(const Engine::EngineError &error, const QString &reference)
{
    switch (error.kind) {
    case Kind::RegistryUnreachable:
        return tr("Could not pull %1: the engine cannot reach its registry (no internet connection, or the "
                  "registry's name does not resolve). Connect the engine to the network, or pull from a registry "
                  "it can reach, such as one on 127.0.0.1.")
            .arg(reference);
    case Kind::RegistryUnauthorized:
        return tr("Could not pull %1: the registry refused access. Check the name, or log in to the registry "
                  "first (docker login).")
            .arg(reference);
    case Kind::NotFound:
    case Kind::NoSuchImage:
        return tr("Could not pull %1: the registry has no such image or tag. Check the spelling and the tag.")
            .arg(reference);
    case Kind::BadRequest:
        return error.engineMessage.isEmpty()
            ? tr("Could not pull %1: the engine does not accept this name.").arg(reference)
            : tr("Could not pull %1: the engine does not accept this name (%2).").arg(reference, error.engineMessage);
    case Kind::Cancelled: return tr("The pull of %1 was stopped.").arg(reference);
    default: break;
    }
    return forResourceOperation(error, reference);
}

QString ErrorMessages::forPush(const Engine::EngineError &error, const QString &reference)
{
    switch (error.kind) {
    case Kind::RegistryUnreachable:
        return tr("Could not push %1: the engine cannot reach its registry (no internet connection, or the "
                  "registry's name does not resolve). To push to a registry of your own, give the image a name "
                  "that starts with its address, such as 127.0.0.1:5000/team/app:1 (docker tag).")
            .arg(reference);
    case Kind::RegistryUnauthorized:
        return tr("Could not push %1: the registry refused it. Sign in to the registry, and check that the "
                  "repository is yours.")
            .arg(reference);
    case Kind::NotFound:
    case Kind::NoSuchImage:
        return tr("Could not push %1: this engine has no image by that name. Give the image that name first "
                  "(docker tag), then push it.")
            .arg(reference);
    case Kind::Cancelled: return tr("The push of %1 was stopped.").arg(reference);
    default: break;
    }
    return forResourceOperation(error, reference);
}

QString ErrorMessages::forManagedEngine(const Engine::ManagedEngine::Failure &failure, bool vm)
{
    using Failed = Engine::ManagedEngine::Failure::Kind;
    const QString log = failure.logPath.isEmpty() ? QString() : u' ' + tr("(log: %1)").arg(failure.logPath);
    switch (failure.kind) {
    case Failed::None: return {};
    case Failed::ProgramMissing:
        return vm ? tr("QEMU (%1), which runs the virtual machine, is not installed. Install it (on Debian or Ubuntu: "
                       "sudo apt install qemu-system-x86), then start again.")
                        .arg(failure.detail)
                  : tr("Docker's engine (%1) is not installed on this computer. Install it (on Debian or Ubuntu: "
                       "sudo apt install docker.io), or start an engine in a virtual machine instead.")
                        .arg(failure.detail);
    case Failed::NeedsAdministrator:
        return tr("Starting an engine on this computer needs administrator rights, and Hublot runs as %1. Start "
                  "Docker's own service instead (sudo systemctl start docker), or start an engine in a virtual "
                  "machine, which needs no rights.")
            .arg(failure.detail);
    case Failed::AnotherEngineRunning:
        return tr("An engine already answers at %1: connect to it (File > Connect to an Engine…) rather than start "
                  "a second one beside it.")
            .arg(failure.detail);
    case Failed::ImageMissing:
        return tr("Hublot's virtual machine image is not in %1 (%2 is missing). Build it with "
                  "“packaging/vm/make-vm-image %1” (as root, a few minutes), or set HUBLOT_VM_IMAGE to the folder "
                  "that holds it.")
            .arg(failure.path, failure.detail);
    case Failed::FileFailed:
        if (failure.path.isEmpty())
            return tr("Hublot could not prepare the engine: %1.").arg(failure.detail);
        return tr("Hublot could not create %1%2. Check that you may write to its folder and that the disk has room.")
            .arg(failure.path, failure.detail.isEmpty() ? QString() : u": " + failure.detail);
    case Failed::ExitedAtStart:
        return (vm ? tr("The virtual machine stopped as it started%1. The end of its logs:")
                   : tr("The engine stopped as it started%1. The end of its log:"))
                   .arg(log)
            + u'\n' + failure.detail;
    case Failed::NoAnswer:
        return tr("The engine did not answer within %1 seconds, so Hublot stopped it%2. Start it again; if it "
                  "fails again, its log says why.")
            .arg(failure.detail, log);
    case Failed::GuestFailed:
        return tr("The engine in the virtual machine could not start: %1%2.").arg(failure.detail, log);
    case Failed::CertificateMissing:
        return tr("The virtual machine did not hand over the certificate that opens its engine (%1)%2. Start it "
                  "again; its console log says what went wrong.")
            .arg(failure.path, log);
    case Failed::Crashed:
        return tr("The engine stopped by itself%1. The end of its log:").arg(log) + u'\n' + failure.detail;
    }
    return {};
}

}  // namespace Hublot::Ui
