// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ManagedEngine.h"

#include <QProcessEnvironment>

class QLocalSocket;

namespace Hublot::Engine {

class GuestPortForwarder;

/// A Docker engine in a small virtual machine that Hublot starts and stops,
/// as Docker Desktop does on macOS and Windows: QEMU boots Hublot's VM image
/// (a Debian kernel and a root file system with dockerd, made by
/// packaging/vm/make-vm-image), and the engine answers on a port of
/// 127.0.0.1 that QEMU forwards into the VM, over TLS, to the client
/// certificate the VM makes and hands Hublot alone. It needs no administrator
/// rights. Images, containers and volumes live on a disk file of the
/// user's, kept from one start to the next; the VM's own root is thrown
/// away at each stop.
///
/// The guest speaks a line protocol on a virtio serial port
/// (org.hublot.control): it says `booted`, then `ready` once its dockerd
/// answers, or `failed <reason>`; Hublot says `poweroff` to stop it, and the
/// guest stops its engine, unmounts the disk and powers off.
///
/// Hardware acceleration (KVM) is used when /dev/kvm can be opened. Where it
/// opens but does not work (nested virtualisation), the first start fails
/// with QEMU's "KVM internal error" and the next one emulates the processor.
class VirtualMachineEngine final : public ManagedEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualMachineEngine)

public:
    enum class Acceleration { Automatic, Hardware, Emulation };
    Q_ENUM(Acceleration)

    struct Settings
    {
        QString image;  ///< the folder with vmlinuz, initrd.img and root.img
        QString runtime;  ///< control and QMP sockets, logs (private to the user)
        QString disk;  ///< the data disk: /var/lib/docker in the VM
        qint64 diskBytes = 64LL * 1024 * 1024 * 1024;  ///< its size when made (a sparse file)
        /// Folders of this computer the VM sees at the same paths (9p), so
        /// that `docker run -v /home/alice/site:/www` binds the folder meant.
        QStringList sharedFolders;
        int cpus = 2;
        int memoryMiB = 2048;
        Acceleration acceleration = Acceleration::Automatic;
    };

    /// The image from HUBLOT_VM_IMAGE, else the first of Hublot's data
    /// folders (share/hublot/vm) that holds one; HUBLOT_VM_ACCEL=tcg or kvm
    /// forces the acceleration. Runtime under XDG_RUNTIME_DIR, the disk
    /// under Hublot's data folder; the user's home folder is shared.
    static Settings defaultSettings(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// The files an image folder holds.
    static const QStringList &imageFiles();

    explicit VirtualMachineEngine(QObject *parent = nullptr);
    explicit VirtualMachineEngine(Settings settings, QObject *parent = nullptr);
    ~VirtualMachineEngine() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }
    /// Takes effect at the next start.
    void setSettings(const Settings &settings) { m_settings = settings; }
    /// Whether the current (or next) start uses KVM rather than emulation.
    [[nodiscard]] bool usesHardwareAcceleration() const;
    /// True once KVM opened but failed as the guest ran (nested
    /// virtualisation): the VM is emulated from then on.
    [[nodiscard]] bool hardwareAccelerationFailed() const { return m_kvmBroken; }
    /// The ports of the VM's containers reachable on 127.0.0.1 here, as
    /// "tcp:8080" (see GuestPortForwarder); empty unless Running.
    [[nodiscard]] QStringList forwardedPorts() const;
    /// settings().sharedFolders that are shared: the existing absolute ones.
    [[nodiscard]] QStringList sharedFolders() const;

    [[nodiscard]] EngineEndpoint endpoint() const override;
    /// QEMU's own messages.
    [[nodiscard]] QString logPath() const override;
    /// The VM's console: its kernel's and its init's messages.
    [[nodiscard]] QString consoleLogPath() const;
    [[nodiscard]] QString dataPath() const override { return m_settings.disk; }
    [[nodiscard]] int startTimeoutMs() const override;
    [[nodiscard]] int stopTimeoutMs() const override { return 60'000; }

Q_SIGNALS:
    void forwardedPortsChanged();
    /// A container's published port could not be forwarded here.
    void portForwardFailed(const QString &port, const QString &reason);

protected:
    Failure prepare() override;
    [[nodiscard]] QString program() const override;
    [[nodiscard]] QStringList arguments() const override;
    void processStarted() override;
    void processOutput(const QByteArray &output) override;
    void requestStop() override;
    AfterEnd processEnded() override;
    [[nodiscard]] QString endOfLogs() const override;

private:
    void connectControl();
    void onControlLine(const QByteArray &line);
    [[nodiscard]] QString controlSocketPath() const;
    [[nodiscard]] QString qmpSocketPath() const;
    [[nodiscard]] QString sharesPath() const;
    /// The CA, client certificate and key the VM hands over (ca.pem, cert.pem, key.pem).
    [[nodiscard]] QString tlsPath() const;

    Settings m_settings;
    int m_port = 0;
    bool m_kvmBroken = false;  ///< KVM opened but failed: emulate from now on
    bool m_startAgain = false;  ///< once, after KVM failed
    QLocalSocket *m_control;
    GuestPortForwarder *m_forwarder = nullptr;  ///< while Running
    QByteArray m_controlBuffer;
    int m_controlAttempts = 0;
};

}  // namespace Hublot::Engine
