// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VirtualMachineEngine.h"

#include "engine/GuestPortForwarder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

namespace Hublot::Engine {

namespace {

// The engine's port inside the VM (TLS, client certificates), which QEMU
// forwards from 127.0.0.1.
constexpr int GuestEnginePort = 2376;
// QEMU makes its control socket just after it starts: a bounded number of
// tries to reach it, this far apart.
constexpr int ControlAttempts = 100;
constexpr int ControlRetryMs = 100;
// A first answer takes a few seconds with KVM; emulated, a few minutes on a
// slow machine (boot and dockerd's start measured in packaging/vm/README.md).
constexpr int HardwareStartTimeoutMs = 120'000;
constexpr int EmulatedStartTimeoutMs = 600'000;
// Emulated: a translation cache of 256 MiB rather than QEMU's 1 GiB (it
// held the VM's resident memory 118 MiB lower, and ran no slower, in
// ManagedEngineBench).
const auto EmulationAccelerator = QStringLiteral("tcg,tb-size=256");
// The id of the VM's user-mode network in QEMU's arguments.
const auto NetworkId = QStringLiteral("net0");

// QEMU reads "," as the end of an option's value; a path keeps its commas doubled.
QString qemuValue(const QString &path)
{
    QString escaped = path;
    return escaped.replace(u',', QStringLiteral(",,"));
}

// A free port on 127.0.0.1 for the engine: the system gives one to a
// listening socket that is closed again at once. (QEMU fails with a clear
// message in the rare case another program takes it in between.)
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

const QStringList &VirtualMachineEngine::imageFiles()
{
    static const QStringList files {QStringLiteral("vmlinuz"), QStringLiteral("initrd.img"),
                                    QStringLiteral("root.img")};
    return files;
}

VirtualMachineEngine::Settings VirtualMachineEngine::defaultSettings(const QProcessEnvironment &env)
{
    Settings settings;
    QStringList candidates;
    if (env.contains(QStringLiteral("HUBLOT_VM_IMAGE")))
        candidates << env.value(QStringLiteral("HUBLOT_VM_IMAGE"));
    candidates << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("hublot/vm"),
                                            QStandardPaths::LocateDirectory);
    candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hublot/vm"));
    settings.image = candidates.constFirst();
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate + QStringLiteral("/root.img"))) {
            settings.image = candidate;
            break;
        }
    }
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    settings.runtime = runtime + QStringLiteral("/hublot-vm");
    settings.disk
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/hublot/vm/data.img");
    // As Docker Desktop shares /Users: `docker run -v ~/site:/www` then works.
    settings.sharedFolders = {QDir::homePath()};
    const QString acceleration = env.value(QStringLiteral("HUBLOT_VM_ACCEL"));
    if (acceleration == u"tcg")
        settings.acceleration = Acceleration::Emulation;
    else if (acceleration == u"kvm")
        settings.acceleration = Acceleration::Hardware;
    return settings;
}

VirtualMachineEngine::VirtualMachineEngine(QObject *parent)
    : VirtualMachineEngine(defaultSettings(), parent)
{ }

VirtualMachineEngine::VirtualMachineEngine(Settings settings, QObject *parent)
    : ManagedEngine(parent)
    , m_settings(std::move(settings))
    , m_control(new QLocalSocket(this))
{
    setObjectName(QStringLiteral("virtualMachineEngine"));
    connect(m_control, &QLocalSocket::readyRead, this, [this] {
        m_controlBuffer += m_control->readAll();
        qsizetype end = 0;
        while ((end = m_controlBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_controlBuffer.left(end).trimmed();
            m_controlBuffer.remove(0, end + 1);
            onControlLine(line);
        }
    });
    connect(m_control, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (state() != State::Starting || m_control->state() == QLocalSocket::ConnectedState)
            return;
        if ((error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
            && ++m_controlAttempts < ControlAttempts) {
            QTimer::singleShot(ControlRetryMs, this, &VirtualMachineEngine::connectControl);
            return;
        }
        // No word from the guest: its engine is waited for all the same.
        waitForAnswer();
    });
    connect(this, &ManagedEngine::stateChanged, this, [this](State state) {
        if (state == State::Running && !m_forwarder) {
            m_forwarder = new GuestPortForwarder(endpoint(), qmpSocketPath(), NetworkId, this);
            connect(m_forwarder, &GuestPortForwarder::forwardedChanged, this,
                    &VirtualMachineEngine::forwardedPortsChanged);
            connect(m_forwarder, &GuestPortForwarder::forwardFailed, this, &VirtualMachineEngine::portForwardFailed);
        } else if (state != State::Running && m_forwarder) {
            delete m_forwarder;
            m_forwarder = nullptr;
            Q_EMIT forwardedPortsChanged();
        }
    });
}

VirtualMachineEngine::~VirtualMachineEngine() = default;

QStringList VirtualMachineEngine::forwardedPorts() const
{
    return m_forwarder ? m_forwarder->forwarded() : QStringList();
}

bool VirtualMachineEngine::usesHardwareAcceleration() const
{
    switch (m_settings.acceleration) {
    case Acceleration::Hardware: return true;
    case Acceleration::Emulation: return false;
    case Acceleration::Automatic: break;
    }
#ifdef Q_OS_LINUX
    const QFileInfo kvm(QStringLiteral("/dev/kvm"));
    return !m_kvmBroken && kvm.exists() && kvm.isReadable() && kvm.isWritable();
#else
    return false;
#endif
}

EngineEndpoint VirtualMachineEngine::endpoint() const
{
    EngineEndpoint endpoint;
    endpoint.transport = EngineEndpoint::Transport::Tcp;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = m_port;
    endpoint.source = QStringLiteral("hublot-virtual-machine");
    // Any user of this computer can open a port of 127.0.0.1: the engine
    // takes only the client certificate the VM handed Hublot (see
    // onControlLine()), named as the docker CLI expects in DOCKER_CERT_PATH.
    endpoint.tls.enabled = true;
    endpoint.tls.verifyPeer = true;
    endpoint.tls.caFile = tlsPath() + QStringLiteral("/ca.pem");
    endpoint.tls.certFile = tlsPath() + QStringLiteral("/cert.pem");
    endpoint.tls.keyFile = tlsPath() + QStringLiteral("/key.pem");
    return endpoint;
}

QString VirtualMachineEngine::tlsPath() const
{
    return m_settings.runtime + QStringLiteral("/tls");
}

QString VirtualMachineEngine::logPath() const
{
    return m_settings.runtime + QStringLiteral("/qemu.log");
}

QString VirtualMachineEngine::consoleLogPath() const
{
    return m_settings.runtime + QStringLiteral("/console.log");
}

QString VirtualMachineEngine::controlSocketPath() const
{
    return m_settings.runtime + QStringLiteral("/control.sock");
}

QString VirtualMachineEngine::qmpSocketPath() const
{
    return m_settings.runtime + QStringLiteral("/qmp.sock");
}

QString VirtualMachineEngine::sharesPath() const
{
    return m_settings.runtime + QStringLiteral("/shares.txt");
}

int VirtualMachineEngine::startTimeoutMs() const
{
    return usesHardwareAcceleration() ? HardwareStartTimeoutMs : EmulatedStartTimeoutMs;
}

QString VirtualMachineEngine::endOfLogs() const
{
    const QString qemu = tailOf(logPath(), 4);
    const QString console = tailOf(consoleLogPath(), 8);
    return qemu.isEmpty() ? console : console.isEmpty() ? qemu : qemu + u'\n' + console;
}

ManagedEngine::Failure VirtualMachineEngine::prepare()
{
    if (program().isEmpty())
        return {Failure::Kind::ProgramMissing, QStringLiteral("qemu-system-x86_64"), {}, {}};
    for (const QString &file : imageFiles()) {
        if (!QFileInfo(m_settings.image + u'/' + file).isReadable())
            return {Failure::Kind::ImageMissing, file, m_settings.image, {}};
    }
    if (!QDir().mkpath(m_settings.runtime))
        return {Failure::Kind::FileFailed, {}, m_settings.runtime, {}};
    // The runtime folder holds the sockets that control the VM: the user's only.
    QFile::setPermissions(m_settings.runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &socket : {controlSocketPath(), qmpSocketPath()})
        QFile::remove(socket);  // left by a VM that did not end cleanly
    // The VM hands the TLS files over at each start: none is kept from an
    // earlier one (its disk may have been another).
    QDir(tlsPath()).removeRecursively();
    if (!QDir().mkpath(tlsPath()))
        return {Failure::Kind::FileFailed, {}, tlsPath(), {}};
    QFile::setPermissions(tlsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::remove(consoleLogPath());
    if (!QFileInfo::exists(m_settings.disk)) {
        // A sparse file: it takes room on this computer's disk only as the
        // VM writes to it. The VM makes its file system at the first boot.
        QFile disk(m_settings.disk);
        if (!QDir().mkpath(QFileInfo(m_settings.disk).absolutePath())
            || !disk.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !disk.resize(m_settings.diskBytes)) {
            const QString reason = disk.errorString();
            disk.remove();
            return {Failure::Kind::FileFailed, reason, m_settings.disk, {}};
        }
    }
    // The shared folders, for the VM's init (handed over with -fw_cfg):
    // "TAG<tab>PATH" lines, the tags matching the -virtfs arguments.
    QFile shares(sharesPath());
    if (!shares.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {Failure::Kind::FileFailed, shares.errorString(), sharesPath(), {}};
    const QStringList folders = sharedFolders();
    for (qsizetype i = 0; i < folders.size(); ++i)
        shares.write(QStringLiteral("share%1\t%2\n").arg(i).arg(folders.at(i)).toUtf8());
    shares.close();
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return {Failure::Kind::FileFailed, QStringLiteral("no free port on 127.0.0.1"), {}, {}};
    m_controlAttempts = 0;
    m_controlBuffer.clear();
    return {};
}

QString VirtualMachineEngine::program() const
{
    return programOnce(QStringLiteral("qemu-system-x86_64"));
}

QStringList VirtualMachineEngine::arguments() const
{
    const QString image = m_settings.image + u'/';
    const bool hardware = usesHardwareAcceleration();
    QStringList arguments {
        QStringLiteral("-name"), QStringLiteral("hublot-engine"), QStringLiteral("-machine"), QStringLiteral("q35"),
        QStringLiteral("-accel"), hardware ? QStringLiteral("kvm") : EmulationAccelerator, QStringLiteral("-cpu"),
        hardware ? QStringLiteral("host") : QStringLiteral("max"), QStringLiteral("-smp"),
        QString::number(m_settings.cpus), QStringLiteral("-m"), QString::number(m_settings.memoryMiB),
        QStringLiteral("-nodefaults"), QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-no-reboot"),
        // Memory the VM frees goes back to this computer.
        QStringLiteral("-device"), QStringLiteral("virtio-balloon-pci,free-page-reporting=on"),
        QStringLiteral("-kernel"), image + QStringLiteral("vmlinuz"), QStringLiteral("-initrd"),
        image + QStringLiteral("initrd.img"), QStringLiteral("-append"),
        QStringLiteral("root=/dev/vda ro console=ttyS0 panic=-1 quiet init=/sbin/hublot-init"),
        QStringLiteral("-drive"),
        // The VM's root: its writes are thrown away when it stops.
        u"file=" + qemuValue(image + QStringLiteral("root.img")) + u",format=raw,if=virtio,snapshot=on",
        QStringLiteral("-drive"), u"file=" + qemuValue(m_settings.disk) + u",format=raw,if=virtio",
        QStringLiteral("-netdev"),
        // (Before the first start, no port is chosen yet: PORT shows where it goes.)
        QStringLiteral("user,id=%1,hostfwd=tcp:127.0.0.1:%2-:%3")
            .arg(NetworkId, m_port > 0 ? QString::number(m_port) : QStringLiteral("PORT"))
            .arg(GuestEnginePort),
        QStringLiteral("-device"), u"virtio-net-pci,netdev=" + NetworkId, QStringLiteral("-device"),
        QStringLiteral("virtio-serial-pci"), QStringLiteral("-chardev"),
        u"socket,id=control,path=" + qemuValue(controlSocketPath()) + u",server=on,wait=off", QStringLiteral("-device"),
        QStringLiteral("virtserialport,chardev=control,name=org.hublot.control"), QStringLiteral("-qmp"),
        u"unix:" + qemuValue(qmpSocketPath()) + u",server=on,wait=off", QStringLiteral("-serial"),
        u"file:" + qemuValue(consoleLogPath())};
    const QStringList folders = sharedFolders();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        arguments << QStringLiteral("-virtfs")
                  << u"local,path=" + qemuValue(folders.at(i)) + u",mount_tag=share" + QString::number(i)
                + u",security_model=none";
    }
    if (!folders.isEmpty())
        arguments << QStringLiteral("-fw_cfg") << u"name=opt/org.hublot/shares,file=" + qemuValue(sharesPath());
    return arguments;
}

QStringList VirtualMachineEngine::sharedFolders() const
{
    // Only existing folders, each once, without a tab or line break that
    // would break the list the VM reads.
    QStringList folders;
    for (const QString &folder : m_settings.sharedFolders) {
        const QString clean = QDir::cleanPath(folder);
        if (QFileInfo(clean).isDir() && QDir::isAbsolutePath(clean) && clean != u"/" && !folders.contains(clean)
            && !clean.contains(u'\t') && !clean.contains(u'\n'))
            folders << clean;
    }
    return folders;
}

void VirtualMachineEngine::processStarted()
{
    setStage(Stage::Booting);
    connectControl();
}

void VirtualMachineEngine::connectControl()
{
    if (state() != State::Starting)
        return;
    m_control->abort();
    m_control->connectToServer(controlSocketPath());
}

void VirtualMachineEngine::onControlLine(const QByteArray &line)
{
    if (state() != State::Starting)
        return;
    static const QList<std::pair<QByteArray, QString>> tlsFiles {{"tls-ca ", QStringLiteral("ca.pem")},
                                                                 {"tls-cert ", QStringLiteral("cert.pem")},
                                                                 {"tls-key ", QStringLiteral("key.pem")}};
    for (const auto &[prefix, name] : tlsFiles) {
        if (!line.startsWith(prefix))
            continue;
        // Readable by this user only: the key opens the engine.
        QFile file(tlsPath() + u'/' + name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(QByteArray::fromBase64(line.mid(prefix.size()))) <= 0) {
            fail({Failure::Kind::FileFailed, file.errorString(), file.fileName(), {}});
        }
        return;
    }
    if (line == "booted") {
        setStage(Stage::StartingEngine);
    } else if (line == "ready") {
        const EngineEndpoint::Tls tls = endpoint().tls;
        for (const QString &file : {tls.caFile, tls.certFile, tls.keyFile}) {
            if (!QFileInfo::exists(file)) {
                fail({Failure::Kind::CertificateMissing, {}, file, {}});
                return;
            }
        }
        waitForAnswer();
    } else if (line.startsWith("failed")) {
        fail({Failure::Kind::GuestFailed, QString::fromUtf8(line.mid(6).trimmed()), {}, {}});
    }
}

void VirtualMachineEngine::processOutput(const QByteArray &output)
{
    // Nested virtualisation can open /dev/kvm and then fail as the guest
    // runs; QEMU then stops the VM and stays. Emulate the next start.
    if (state() == State::Starting && usesHardwareAcceleration() && output.contains("KVM internal error")) {
        m_kvmBroken = true;
        m_startAgain = true;
        process()->kill();
    }
}

void VirtualMachineEngine::requestStop()
{
    if (m_control->state() == QLocalSocket::ConnectedState) {
        m_control->write("poweroff\n");
        return;
    }
    // No way to ask the guest: QEMU ends on SIGTERM (as a power cut would).
    process()->terminate();
}

ManagedEngine::AfterEnd VirtualMachineEngine::processEnded()
{
    m_control->abort();
    m_controlBuffer.clear();
    const bool again = std::exchange(m_startAgain, false);
    return again && state() == State::Starting ? AfterEnd::StartAgain : AfterEnd::Report;
}

}  // namespace Hublot::Engine
