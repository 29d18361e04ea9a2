// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerOverviewTab.h"

#include "ui/ContainerTreeModel.h"
#include "ui/Format.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::ContainerDetails;
using Engine::RestartPolicy;

namespace {

// A titled group of rows: a key on the left, selectable text on the right.
class Section final
{
public:
    Section(QVBoxLayout *page, const QString &title)
        : m_grid(new QGridLayout)
    {
        auto *heading = new QLabel(title);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setAccessibleName(title);
        page->addSpacing(page->count() == 0 ? 0 : 14);
        page->addWidget(heading);
        m_grid->setHorizontalSpacing(24);
        m_grid->setVerticalSpacing(6);
        m_grid->setColumnMinimumWidth(0, 180);
        m_grid->setColumnStretch(1, 1);
        page->addLayout(m_grid);
    }

    QLabel *row(const QString &key, const QString &value, const QString &objectName, bool fixedPitch = false)
    {
        auto *keyLabel = new QLabel(key);
        keyLabel->setForegroundRole(QPalette::PlaceholderText);
        keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        keyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        keyLabel->setWordWrap(true);
        auto *valueLabel = new QLabel(value);
        valueLabel->setObjectName(objectName);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        valueLabel->setWordWrap(true);
        valueLabel->setAccessibleName(key);
        valueLabel->setAccessibleDescription(value);
        valueLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (fixedPitch)
            valueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        keyLabel->setBuddy(valueLabel);
        const int row = m_grid->rowCount();
        m_grid->addWidget(keyLabel, row, 0);
        m_grid->addWidget(valueLabel, row, 1);
        return valueLabel;
    }

    // A sentence in place of rows, when there is nothing to list.
    void none(const QString &text)
    {
        auto *label = new QLabel(text);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(label, m_grid->rowCount(), 0, 1, 2);
    }

private:
    QGridLayout *m_grid;
};

QString when(const QDateTime &time)
{
    if (!time.isValid() || time.toSecsSinceEpoch() <= 0)
        return {};
    return ContainerOverviewTab::tr("%1 (%2)").arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
                                                   Format::age(time));
}

}  // namespace

ContainerOverviewTab::ContainerOverviewTab(QWidget *parent)
    : ContainerDetailsTab(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("containerOverviewTab"));
    m_scroll->setObjectName(QStringLiteral("overviewScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

QString ContainerOverviewTab::command() const
{
    return m_name.isEmpty() ? QString() : u"docker inspect " + Format::shellWord(m_name);
}

QString ContainerOverviewTab::commandLine(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted.append(Format::shellWord(word));
    return quoted.join(u' ');
}

QString ContainerOverviewTab::restartPolicyText(const RestartPolicy &policy)
{
    switch (policy.mode) {
    case RestartPolicy::Mode::Always: return tr("Always restarted (--restart always)");
    case RestartPolicy::Mode::UnlessStopped: return tr("Restarted unless stopped by hand (--restart unless-stopped)");
    case RestartPolicy::Mode::OnFailure:
        if (policy.maximumRetryCount > 0)
            return tr("Restarted when it fails, at most %n time(s) (--restart on-failure:%n)", nullptr,
                      policy.maximumRetryCount);
        return tr("Restarted when it fails (--restart on-failure)");
    case RestartPolicy::Mode::No: break;
    }
    return tr("Never restarted by the engine (--restart no)");
}

void ContainerOverviewTab::showContainer(const ContainerDetails &details, const QJsonObject &)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    if (m_name != details.name) {
        m_name = details.name;
        Q_EMIT commandChanged();
    }
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(4, 12, 16, 16);
    auto *page = new QVBoxLayout;
    page->setSpacing(6);
    outer->addLayout(page);
    outer->addStretch();

    Engine::ContainerSummary summary;
    summary.state = details.state;
    summary.exitCode = details.exitCode;

    Section container(page, tr("Container"));
    container.row(tr("ID"), details.id, QStringLiteral("overviewIdValue"), true);
    QString image = details.image;
    if (!details.imageId.isEmpty())
        image += u"  (" + Format::shortId(details.imageId) + u')';
    container.row(tr("Image"), image, QStringLiteral("overviewImageValue"));
    container.row(tr("Command"), commandLine(details.entrypoint + details.cmd), QStringLiteral("overviewCommandValue"),
                  true);
    QString state = ContainerTreeModel::stateText(summary);
    if (details.oomKilled)
        state += u" — " + tr("killed for lack of memory");
    container.row(tr("State"), state, QStringLiteral("overviewStateValue"));
    if (details.exitCode && details.state != Engine::ContainerSummary::State::Running)
        container.row(tr("Exit code"), QString::number(*details.exitCode), QStringLiteral("overviewExitCodeValue"));
    if (!details.error.isEmpty())
        container.row(tr("Error"), details.error, QStringLiteral("overviewErrorValue"));
    container.row(tr("Created"), when(details.created), QStringLiteral("overviewCreatedValue"));
    if (const QString started = when(details.startedAt); !started.isEmpty())
        container.row(tr("Started"), started, QStringLiteral("overviewStartedValue"));
    if (const QString finished = when(details.finishedAt); !finished.isEmpty() && !details.running)
        container.row(tr("Finished"), finished, QStringLiteral("overviewFinishedValue"));
    container.row(tr("Restart policy"), restartPolicyText(details.restartPolicy),
                  QStringLiteral("overviewRestartPolicyValue"));
    if (details.autoRemove)
        container.row(tr("When it stops"), tr("Removed (--rm)"), QStringLiteral("overviewAutoRemoveValue"));
    if (!details.hostname.isEmpty())
        container.row(tr("Host name"), details.hostname, QStringLiteral("overviewHostnameValue"), true);
    if (!details.workingDir.isEmpty())
        container.row(tr("Working directory"), details.workingDir, QStringLiteral("overviewWorkingDirValue"), true);

    Section networks(page, tr("Networks"));
    if (details.networks.isEmpty())
        networks.none(tr("Not attached to any network."));
    for (auto it = details.networks.begin(); it != details.networks.end(); ++it) {
        const Engine::ContainerDetails::NetworkAttachment &network = it.value();
        QString text = network.ipAddress.isEmpty() ? tr("no address while it is not running") : network.ipAddress;
        QLabel *label = networks.row(it.key(), text, QStringLiteral("overviewIpAddressValue"), true);
        label->setProperty("network", it.key());
        QStringList more;
        if (!network.gateway.isEmpty())
            more.append(tr("gateway %1").arg(network.gateway));
        if (!network.macAddress.isEmpty())
            more.append(tr("MAC %1").arg(network.macAddress));
        if (!more.isEmpty())
            label->setToolTip(more.join(QStringLiteral(", ")));
    }

    Section ports(page, tr("Ports"));
    QStringList published;
    for (const Engine::PortMapping &port : details.ports) {
        published.append(port.key());
        const QString host
            = (port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp) + u':' + QString::number(port.hostPort);
        QLabel *label = ports.row(port.key(), tr("published on %1").arg(host), QStringLiteral("overviewPortValue"));
        if (port.protocol == u"tcp" && port.hostPort > 0) {
            const QUrl url = ContainerTreeModel::localUrl(port.hostIp, port.hostPort);
            label->setTextFormat(Qt::RichText);
            label->setText(tr("published on %1 — open %2")
                               .arg(host.toHtmlEscaped(),
                                    u"<a href=\"" + url.toString().toHtmlEscaped() + u"\">"
                                        + url.toString().toHtmlEscaped() + u"</a>"));
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            label->setOpenExternalLinks(true);
        }
    }
    for (const QString &exposed : details.exposedPorts) {
        if (!published.contains(exposed))
            ports.row(exposed, tr("exposed, not published on the host"), QStringLiteral("overviewPortValue"));
    }
    if (details.ports.isEmpty() && details.exposedPorts.isEmpty())
        ports.none(tr("No ports: nothing outside the container's networks can reach it."));

    Section mounts(page, tr("Bind mounts and volumes"));
    if (details.mounts.isEmpty())
        mounts.none(tr("None: every file it writes stays in its writable layer."));
    for (const Engine::ContainerDetails::Mount &mount : details.mounts) {
        QString source = mount.type == u"volume" && !mount.name.isEmpty() ? tr("volume %1").arg(mount.name)
            : mount.type == u"bind"                                       ? tr("folder %1").arg(mount.source)
                                                                          : mount.type;
        if (!mount.readWrite)
            source += u' ' + tr("(read-only)");
        mounts.row(mount.destination, source, QStringLiteral("overviewMountValue"), true);
    }

    Section environment(page, tr("Environment"));
    if (details.env.isEmpty())
        environment.none(tr("No variables."));
    for (const QString &variable : details.env) {
        const qsizetype equals = variable.indexOf(u'=');
        environment.row(variable.left(equals), equals < 0 ? QString() : variable.mid(equals + 1),
                        QStringLiteral("overviewEnvValue"), true);
    }

    Section labels(page, tr("Labels"));
    if (details.labels.isEmpty())
        labels.none(tr("No labels."));
    for (auto it = details.labels.begin(); it != details.labels.end(); ++it)
        labels.row(it.key(), it.value(), QStringLiteral("overviewLabelValue"), true);

    m_scroll->setWidget(content);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

}  // namespace Hublot::Ui
