// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerActions.h"
#include "ui/ContainerOverviewTab.h"

#include <QtTest>

using namespace Hublot;
using Engine::ContainerSummary;
using Kind = Ui::ContainerActions::Kind;
using State = ContainerSummary::State;
using Ui::ContainerActions;

namespace {

ContainerSummary container(const QString &name, State state)
{
    ContainerSummary c;
    c.id = name + QStringLiteral("0123456789abcdef");
    c.name = name;
    c.state = state;
    return c;
}

const QList<ContainerSummary> Mixed {
    container(QStringLiteral("web"), State::Running), container(QStringLiteral("job"), State::Exited),
    container(QStringLiteral("frozen"), State::Paused), container(QStringLiteral("fresh"), State::Created)};

}  // namespace

class ContainerActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Notes: docker stop / docker kill on several ids.
    void eachActionNamesTheContainersItAppliesTo()
    {
        QCOMPARE(ContainerActions::command(Kind::Start, Mixed), QStringLiteral("docker start job fresh"));
        QCOMPARE(ContainerActions::command(Kind::Stop, Mixed), QStringLiteral("docker stop web frozen"));
        QCOMPARE(ContainerActions::command(Kind::Kill, Mixed), QStringLiteral("docker kill web frozen"));
        QCOMPARE(ContainerActions::command(Kind::Restart, Mixed), QStringLiteral("docker restart web job fresh"));
        QCOMPARE(ContainerActions::command(Kind::Pause, Mixed), QStringLiteral("docker pause web"));
        QCOMPARE(ContainerActions::command(Kind::Unpause, Mixed), QStringLiteral("docker unpause frozen"));
    }

    // Notes: docker rm ID, with force when running.
    void removingARunningContainerTakesForce()
    {
        QCOMPARE(ContainerActions::command(Kind::Remove, Mixed), QStringLiteral("docker rm -f web job frozen fresh"));
        const QList<ContainerSummary> stopped {Mixed.at(1), Mixed.at(3)};
        QCOMPARE(ContainerActions::command(Kind::Remove, stopped), QStringLiteral("docker rm job fresh"));
        QVERIFY(!ContainerActions::needsForce(stopped));
    }

    void anActionThatAppliesToNoneHasNoCommand()
    {
        const QList<ContainerSummary> stopped {Mixed.at(1)};
        QVERIFY(ContainerActions::command(Kind::Stop, stopped).isEmpty());
        QVERIFY(ContainerActions::command(Kind::Pause, {}).isEmpty());
        QVERIFY(ContainerActions::applicable(Kind::Unpause, stopped).isEmpty());
    }

    void pruneFiltersAreQuotedForTheShell()
    {
        QCOMPARE(ContainerActions::pruneCommand(), QStringLiteral("docker container prune"));
        QCOMPARE(
            ContainerActions::pruneCommand({QStringLiteral("hublot.test=1"), QStringLiteral("note=it's mine")}),
            QStringLiteral("docker container prune --filter label=hublot.test=1 --filter 'label=note=it'\\''s mine'"));
    }

    void theOverviewWritesTheCommandAsAShellReadsIt()
    {
        QCOMPARE(Ui::ContainerOverviewTab::commandLine(
                     {QStringLiteral("httpd"), QStringLiteral("-f"), QStringLiteral("-p"), QStringLiteral("80")}),
                 QStringLiteral("httpd -f -p 80"));
        QCOMPARE(Ui::ContainerOverviewTab::commandLine(
                     {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello; hostname")}),
                 QStringLiteral("sh -c 'echo hello; hostname'"));
    }
};

QTEST_MAIN(ContainerActionsTest)
#include "ContainerActionsTest.moc"
