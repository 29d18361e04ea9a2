// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RunCommand.h"
#include "ui/ShellWords.h"

#include <QtTest>

using namespace Hublot;
using Ui::RunCommand;
using Ui::RunSpec;
using Ui::ShellWords;
using namespace Qt::StringLiterals;

class RunCommandTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // command -> form -> command: each valid command reads into a RunSpec
    // whose command line is the canonical one, and that line reads back
    // into the same RunSpec. The notes' own examples come first.
    void aPastedCommandReadsBackToTheSameCommand_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &input, const QString &expected = {}) {
            QTest::newRow(name) << input << (expected.isEmpty() ? input : expected);
        };
        // The notes, line by line.
        row("notes: docker run -d IMAGE", QStringLiteral("docker run -d nginx"));
        row("notes: docker run -d --name my_nginx nginx", QStringLiteral("docker run -d --name my_nginx nginx"),
            QStringLiteral("docker run --name my_nginx -d nginx"));
        row("notes: docker run -it", QStringLiteral("docker run -it busybox"));
        row("notes: docker run -v ${PWD}:... -p 8080:80 -d nginx",
            QStringLiteral("docker run -v ${PWD}:/usr/share/nginx/html -p 8080:80 -d nginx"));
        row("notes: docker run -it --rm", QStringLiteral("docker run -it --rm busybox"));
        row("notes: the command split over lines with \\",
            QStringLiteral("docker run \\\n        --name my-ngnix \\\n        -v ${PWD}:/usr/share/nginx/html \\\n"
                           "        -p 8888:80 \\\n        -d \\\n        --rm \\\n        nginx"),
            QStringLiteral("docker run --name my-ngnix -v ${PWD}:/usr/share/nginx/html -p 8888:80 -d --rm nginx"));
        row("issue: httpd on a bind-mounted folder",
            QStringLiteral("docker run -v /tmp/site:/www -p 127.0.0.1:8080:80 -d hublot-test/busybox:1 httpd -f -p "
                           "80 -h /www"));
        // Other ways of writing it.
        row("docker container run", QStringLiteral("docker container run --rm busybox echo hi"),
            QStringLiteral("docker run --rm busybox echo hi"));
        row("a prompt and a cluster", QStringLiteral("$ docker run -dit busybox sh"),
            QStringLiteral("docker run -dit busybox sh"));
        row("sudo", QStringLiteral("sudo docker run -p 80 nginx"), QStringLiteral("docker run -p 80 nginx"));
        row("a host address and a free host port", QStringLiteral("docker run -p 127.0.0.1::80 nginx"));
        row("udp, and tcp said aloud", QStringLiteral("docker run -p 53:53/udp -p 8080:80/tcp dns"),
            QStringLiteral("docker run -p 53:53/udp -p 8080:80 dns"));
        // Quoted: [ ] are glob characters to the shell.
        row("an IPv6 host address", QStringLiteral("docker run -p [::1]:8080:80 nginx"),
            QStringLiteral("docker run -p '[::1]:8080:80' nginx"));
        row("long options with =", QStringLiteral("docker run --publish=8080:80 --detach nginx"),
            QStringLiteral("docker run -p 8080:80 -d nginx"));
        row("a short option glued to its value", QStringLiteral("docker run -p8080:80 nginx"),
            QStringLiteral("docker run -p 8080:80 nginx"));
        row("environment, quoted and passed through",
            QStringLiteral("docker run -e \"GREETING=hello world\" -e DEBUG busybox env"),
            QStringLiteral("docker run -e 'GREETING=hello world' -e DEBUG busybox env"));
        row("an env file", QStringLiteral("docker run --env-file ./app.env busybox"));
        row("labels", QStringLiteral("docker run -l com.example.team=web --label tier busybox"),
            QStringLiteral("docker run -l com.example.team=web -l tier busybox"));
        row("restart policy", QStringLiteral("docker run --restart unless-stopped -d nginx"),
            QStringLiteral("docker run -d --restart unless-stopped nginx"));
        row("on-failure with a count", QStringLiteral("docker run --restart=on-failure:3 busybox false"),
            QStringLiteral("docker run --restart on-failure:3 busybox false"));
        row("--net", QStringLiteral("docker run --net=host busybox"),
            QStringLiteral("docker run --network host busybox"));
        row("workdir, user, hostname", QStringLiteral("docker run -w /app -u 1000:1000 -h box busybox pwd"));
        row("entrypoint and a quoted argument", QStringLiteral("docker run --entrypoint sh busybox -c 'echo $HOME'"));
        row("a read-only named volume", QStringLiteral("docker run -v data:/var/lib/data:ro --read-only busybox"));
        row("an anonymous volume", QStringLiteral("docker run -v /cache busybox"));
        row("$(pwd) in quotes", QStringLiteral("docker run -v \"$(pwd)/site\":/www busybox"),
            QStringLiteral("docker run -v $(pwd)/site:/www busybox"));
        row("a boolean set to false", QStringLiteral("docker run --rm=false -d nginx"),
            QStringLiteral("docker run -d nginx"));
        row("init", QStringLiteral("docker run --init -d busybox sleep 60"),
            QStringLiteral("docker run -d --init busybox sleep 60"));
        row("a comment after the command", QStringLiteral("docker run -d nginx # the web server"),
            QStringLiteral("docker run -d nginx"));
        row("a folder with a space", QStringLiteral("docker run -v \"/home/me/My Site\":/www nginx"),
            QStringLiteral("docker run -v '/home/me/My Site:/www' nginx"));
        row("-- before the image", QStringLiteral("docker run --name=web -- nginx"),
            QStringLiteral("docker run --name web nginx"));
        row("a home folder", QStringLiteral("docker run -v ~/site:/www:ro nginx"));
        row("a registry with a port and a tag", QStringLiteral("docker run -d 127.0.0.1:5000/team/app:1.2"));
        // Found by RunCommandFuzzer: written back with =, it stays the option's value.
        row("a value that looks like an option", QStringLiteral("docker run -h--entrypoint busybox"),
            QStringLiteral("docker run -h=--entrypoint busybox"));
        row("Windows line ends", QStringLiteral("docker run \\\r\n  -d \\\r\n  nginx"),
            QStringLiteral("docker run -d nginx"));
    }

    void aPastedCommandReadsBackToTheSameCommand()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const RunCommand::Parsed parsed = RunCommand::parse(input);
        QVERIFY2(parsed.spec, qPrintable(parsed.error));
        QCOMPARE(RunCommand::toCommand(*parsed.spec, RunCommand::Layout::OneLine), expected);
        // And back: the command Hublot writes, in either layout, is the same run.
        for (auto layout : {RunCommand::Layout::OneLine, RunCommand::Layout::Split, RunCommand::Layout::Auto}) {
            const RunCommand::Parsed again = RunCommand::parse(RunCommand::toCommand(*parsed.spec, layout));
            QVERIFY2(again.spec, qPrintable(again.error));
            QCOMPARE(*again.spec, *parsed.spec);
        }
    }

    // Invalid commands get a sentence naming the part that is wrong.
    void anInvalidCommandGetsASentenceNamingWhatIsWrong_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        const QString imageName = QStringLiteral(
            "%1 is not an image name: names use lower-case letters, digits and . _ - / with an optional :tag, for "
            "example nginx or nginx:1.27.");
        const QString noImage
            = QStringLiteral("The command names no image: add one at the end, for example docker run -d nginx.");
        const QString containerName = QStringLiteral(
            "%1 cannot be a container name: it must begin with a letter or a digit and hold only letters, digits "
            "and _ . - (two characters at least).");
        const QString port = QStringLiteral(
            "%1 is not a port mapping: write CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER, with ports from 1 to "
            "65535 and an optional /tcp or /udp, for example -p 8080:80.");
        auto row = [](const char *name, const QString &input, const QString &error) {
            QTest::newRow(name) << input << error;
        };
        // After --, a word that begins with - is still no image (found by fuzzing).
        row("-- before a dash", QStringLiteral("docker run --name web -- -ea/mn -v /mn"),
            imageName.arg(QStringLiteral("“-ea/mn”")));
        // The notes write placeholders where the image goes.
        row("notes: docker run -d \"nom de l'image\"", QStringLiteral("docker run -d \"nom de l'image\""),
            imageName.arg(QStringLiteral("“nom de l'image”")));
        row("notes: docker run -it --rm \"container id/nom du container\"",
            QStringLiteral("docker run -it --rm \"container id/nom du container\""),
            imageName.arg(QStringLiteral("“container id/nom du container”")));
        row("notes: docker run -it, alone", QStringLiteral("docker run -it"), noImage);
        row("a name but no image", QStringLiteral("docker run --name my_nginx"), noImage);
        row("nothing", QStringLiteral("  \n"),
            QStringLiteral("Paste a docker run command here, for example: docker run -d nginx"));
        row("another command", QStringLiteral("docker ps -a"),
            QStringLiteral("This is not a docker run command: it should begin with docker run."));
        row("an option without its value", QStringLiteral("docker run --name"),
            QStringLiteral("The option --name needs a value after it, for example --name my_nginx."));
        row("an option followed by another", QStringLiteral("docker run -p -d nginx"),
            QStringLiteral("The option -p needs a value after it, for example -p 8080:80."));
        row("a port that is a name", QStringLiteral("docker run -p nginx"), port.arg(QStringLiteral("“nginx”")));
        row("a port out of range", QStringLiteral("docker run -p 8080:99999 nginx"),
            port.arg(QStringLiteral("“8080:99999”")));
        row("an unknown protocol", QStringLiteral("docker run -p 8080:80/http nginx"),
            port.arg(QStringLiteral("“8080:80/http”")));
        row("a port range", QStringLiteral("docker run -p 8000-8010:80 nginx"),
            QStringLiteral("Port ranges such as “8000-8010:80” are not handled yet: publish each port on its own."));
        row("a misspelt option", QStringLiteral("docker run --nme web nginx"),
            QStringLiteral("docker run has no option --nme: check its spelling (docker run --help lists them)."));
        row("an unknown short option", QStringLiteral("docker run -x nginx"),
            QStringLiteral("docker run has no option -x: check its spelling (docker run --help lists them)."));
        row("an option Hublot does not handle", QStringLiteral("docker run --mount type=bind,src=.,dst=/x nginx"),
            QStringLiteral("Hublot's run dialog does not handle --mount yet: remove it, or run the command in a "
                           "terminal."));
        row("a name with a space", QStringLiteral("docker run --name 'my nginx' nginx"),
            containerName.arg(QStringLiteral("“my nginx”")));
        row("a name beginning with _", QStringLiteral("docker run --name _web nginx"),
            containerName.arg(QStringLiteral("“_web”")));
        row("a relative path in the container", QStringLiteral("docker run -v /data:relative nginx"),
            QStringLiteral("The path inside the container must be absolute (begin with /): “relative”."));
        row("an unknown -v option", QStringLiteral("docker run -v /a:/b:z nginx"),
            QStringLiteral("“z” is not an option of -v here: only ro (read-only) and rw are understood."));
        row("too many colons in -v", QStringLiteral("docker run -v /a:/b:ro:x nginx"),
            QStringLiteral("“/a:/b:ro:x” is not a volume or a bind mount: write SOURCE:TARGET or SOURCE:TARGET:ro, "
                           "for example -v ${PWD}:/usr/share/nginx/html or -v data:/var/lib/data."));
        row("an unknown restart policy", QStringLiteral("docker run --restart sometimes nginx"),
            QStringLiteral("“sometimes” is not a restart policy: use no, always, unless-stopped or on-failure "
                           "(on-failure:3 for at most 3 tries)."));
        row("--rm with --restart", QStringLiteral("docker run --rm --restart always nginx"),
            QStringLiteral("--rm and --restart always cannot go together: a container removed when it stops cannot "
                           "be restarted. Keep one of them."));
        row("a variable without a name", QStringLiteral("docker run -e =x busybox"),
            QStringLiteral("“=x” is not an environment variable: write KEY=VALUE."));
        row("a relative working directory", QStringLiteral("docker run -w app busybox"),
            QStringLiteral("The working directory must be an absolute path (begin with /): “app”."));
        row("an unclosed quote", QStringLiteral("docker run -e 'unclosed busybox"),
            QStringLiteral("A single quote (') is opened but never closed: close it, or remove it."));
        row("an unclosed double quote", QStringLiteral("docker run -e \"unclosed busybox"),
            QStringLiteral("A double quote (\") is opened but never closed: close it, or remove it."));
        row("an unclosed $(", QStringLiteral("docker run -v $(pwd:/x nginx"),
            QStringLiteral("A $( is opened but never closed with ): close it, or write the path itself."));
        row("a boolean that is not one", QStringLiteral("docker run --detach=maybe nginx"),
            QStringLiteral("--detach takes true or false, not “maybe”."));
        row("an upper-case image", QStringLiteral("docker run -d Nginx"), imageName.arg(QStringLiteral("“Nginx”")));
    }

    void anInvalidCommandGetsASentenceNamingWhatIsWrong()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const RunCommand::Parsed parsed = RunCommand::parse(input);
        QVERIFY(!parsed.spec);
        QCOMPARE(parsed.error, error);
    }

    // Notes: "On peut ecrire les commandes de docker sur plusieur ligne" -
    // Hublot writes a long command exactly as the notes do.
    void aLongCommandIsSplitOverLinesAsInTheNotes()
    {
        const auto parsed = RunCommand::parse(
            QStringLiteral("docker run --name my-ngnix -v ${PWD}:/usr/share/nginx/html -p 8888:80 -d --rm nginx"));
        QVERIFY(parsed.spec);
        QCOMPARE(RunCommand::toCommand(*parsed.spec),
                 QStringLiteral("docker run \\\n    --name my-ngnix \\\n    -v ${PWD}:/usr/share/nginx/html \\\n"
                                "    -p 8888:80 \\\n    -d \\\n    --rm \\\n    nginx"));
        // A short one stays on one line, as the notes write docker run -d --name my_nginx nginx.
        QCOMPARE(RunCommand::toCommand(*RunCommand::parse(QStringLiteral("docker run -d --name my_nginx nginx")).spec),
                 QStringLiteral("docker run --name my_nginx -d nginx"));
    }

    // Notes: "${PWD} peut etre remplaçé par la route absolut".
    void theNotesBindMountBecomesTheEnginesRequestWithPwdResolved()
    {
        const auto parsed
            = RunCommand::parse(QStringLiteral("docker run -v ${PWD}:/usr/share/nginx/html -p 8080:80 -d nginx"));
        QVERIFY(parsed.spec);
        const Engine::CreateContainerRequest request
            = RunCommand::toRequest(*parsed.spec, QStringLiteral("/home/me/site"));
        QCOMPARE(request.image, QStringLiteral("nginx"));
        QCOMPARE(request.binds, QStringList {QStringLiteral("/home/me/site:/usr/share/nginx/html")});
        QCOMPARE(request.ports.size(), 1);
        QCOMPARE(request.ports[0].containerPort, 80);
        QCOMPARE(request.ports[0].hostPort, 8080);
        QCOMPARE(request.ports[0].protocol, QStringLiteral("tcp"));
        QVERIFY(!request.tty && !request.openStdin && !request.autoRemove);

        const auto interactive = RunCommand::parse(
            QStringLiteral("docker run -it --rm -v data:/data:ro -v /cache -v ./conf:/etc/app:ro -e A=1 -l x=y "
                           "--restart no --init busybox sh"));
        QVERIFY2(interactive.spec, qPrintable(interactive.error));
        const auto second = RunCommand::toRequest(*interactive.spec, QStringLiteral("/base"), {QStringLiteral("F=2")});
        QVERIFY(second.tty && second.openStdin && second.autoRemove && second.init);
        QCOMPARE(second.cmd, QStringList {QStringLiteral("sh")});
        QCOMPARE(second.env, (QStringList {QStringLiteral("F=2"), QStringLiteral("A=1")}));
        QCOMPARE(second.labels.value(QStringLiteral("x")), QStringLiteral("y"));
        QCOMPARE(second.binds, QStringList {QStringLiteral("/base/conf:/etc/app:ro")});
        QCOMPARE(second.volumes.size(), 2);
        QCOMPARE(second.volumes[0].volume, QStringLiteral("data"));
        QVERIFY(second.volumes[0].readOnly);
        QCOMPARE(second.volumes[1].volume, QString());
        QCOMPARE(second.volumes[1].destination, QStringLiteral("/cache"));
        QVERIFY(second.toJson().value(u"HostConfig").toObject().value(u"Init").toBool());
    }

    void hostPathsResolveAgainstTheChosenFolder_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("${PWD}") << QStringLiteral("${PWD}") << QStringLiteral("/work/site");
        QTest::newRow("$PWD/sub") << QStringLiteral("$PWD/sub") << QStringLiteral("/work/site/sub");
        QTest::newRow("$(pwd)/../x") << QStringLiteral("$(pwd)/../x") << QStringLiteral("/work/x");
        QTest::newRow("relative") << QStringLiteral("./html") << QStringLiteral("/work/site/html");
        QTest::newRow("home") << QStringLiteral("~/notes") << QStringLiteral("/home/me/notes");
        QTest::newRow("$HOME") << QStringLiteral("$HOME/notes") << QStringLiteral("/home/me/notes");
        QTest::newRow("absolute") << QStringLiteral("/srv//www/") << QStringLiteral("/srv/www");
    }

    void hostPathsResolveAgainstTheChosenFolder()
    {
        QFETCH(QString, source);
        QFETCH(QString, resolved);
        QCOMPARE(RunCommand::resolveHostPath(source, QStringLiteral("/work/site"), QStringLiteral("/home/me")),
                 resolved);
    }

    void containerNamesFollowTheEnginesRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("my_nginx") << QStringLiteral("my_nginx") << true;
        QTest::newRow("my-ngnix") << QStringLiteral("my-ngnix") << true;
        QTest::newRow("web.1") << QStringLiteral("web.1") << true;
        QTest::newRow("1web") << QStringLiteral("1web") << true;
        QTest::newRow("one letter") << QStringLiteral("w") << false;
        QTest::newRow("leading dash") << QStringLiteral("-web") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("accent") << QStringLiteral("café") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void containerNamesFollowTheEnginesRule()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(RunCommand::isValidName(name), valid);
    }

    // Volumes, networks and services: the same characters, one will do.
    void objectNamesFollowTheEnginesRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one letter") << QStringLiteral("w") << true;
        QTest::newRow("one digit") << QStringLiteral("7") << true;
        QTest::newRow("db_data.v-2") << QStringLiteral("db_data.v-2") << true;
        QTest::newRow("leading dot") << QStringLiteral(".data") << false;
        QTest::newRow("leading underscore") << QStringLiteral("_data") << false;
        QTest::newRow("space") << QStringLiteral("my data") << false;
        QTest::newRow("colon") << QStringLiteral("data:ro") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void objectNamesFollowTheEnginesRule()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(RunCommand::isValidObjectName(name), valid);
    }

    void shellWordsReadQuotesEscapesAndContinuations()
    {
        const auto split = ShellWords::split(
            u"a \"b c\" 'd \"e\"' f\\ g \"h\\\"i\" \\\n j$(echo \"k l\")m \"x\\\\y\" '' # comment\n last");
        QCOMPARE(split.status, ShellWords::Status::Ok);
        QCOMPARE(split.words,
                 (QStringList {u"a"_s, u"b c"_s, u"d \"e\""_s, u"f g"_s, u"h\"i"_s, u"j$(echo \"k l\")m"_s, u"x\\y"_s,
                               QString(), u"last"_s}));
        // Written back, each word reads as itself.
        for (const QString &word : split.words) {
            const auto again = ShellWords::split(ShellWords::quote(word));
            QCOMPARE(again.words, QStringList {word});
        }
        QCOMPARE(ShellWords::quote(QStringLiteral("${PWD}/my site")), QStringLiteral("\"${PWD}/my site\""));
        QCOMPARE(ShellWords::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    }

    void anEnvFileGivesItsVariables()
    {
        qputenv("HUBLOT_RUN_TEST_FROM_HOST", "here");
        const QStringList variables = RunCommand::parseEnvFile(
            "# settings\n\nA=1\n  B=two words \r\nHUBLOT_RUN_TEST_FROM_HOST\nHUBLOT_RUN_TEST_UNSET\nC=\"q\"\n");
        QCOMPARE(variables,
                 (QStringList {u"A=1"_s, u"B=two words "_s, u"HUBLOT_RUN_TEST_FROM_HOST=here"_s, u"C=\"q\""_s}));
    }
};

QTEST_GUILESS_MAIN(RunCommandTest)
#include "RunCommandTest.moc"
