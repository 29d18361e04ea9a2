// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMetaEnum>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Hublot;

namespace {

constexpr int ScreenshotTimeoutMs = 60'000;

// --lang must be known before the help text is written, so it is read
// ahead of the full parse.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == u"--lang" || arg == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// For the start-up benchmark (tests/bench/GuiBench): once the window has
// its data and the containers view has painted rows, print one line and
// quit. The benchmark times the process from its start to that line.
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0 && !m_done) {
            m_done = true;
            // After this paint event has been handled.
            QTimer::singleShot(0, this, [] {
                std::fputs("hublot-first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    bool m_done = false;
};

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hublot"));
    QApplication::setOrganizationName(QStringLiteral("Hublot"));
    QApplication::setApplicationVersion(QStringLiteral(HUBLOT_VERSION));

    const QString requested = languageArgument(app.arguments());
    if (!requested.isEmpty() && !Ui::Language::available().contains(requested)) {
        Ui::Language::install(&app, Ui::Language::resolve(Ui::Language::saved()));
        printError(QCoreApplication::translate("main", "Unknown language “%1”: use one of %2.")
                       .arg(requested, Ui::Language::available().join(QStringLiteral(", "))));
        return 2;
    }
    Ui::Language::install(&app, Ui::Language::resolve(requested.isEmpty() ? Ui::Language::saved() : requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Hublot: a native window into your Docker containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the interface: en or fr."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main",
            "Render the main window once the first data has loaded, save it as a PNG image to <file>, and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main", "Page to open: containers, images, volumes, networks, services, engine or concepts."),
        QCoreApplication::translate("main", "page"), QStringLiteral("containers"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QCoreApplication::translate("main", "Colours: system, light or dark."),
                                         QCoreApplication::translate("main", "theme"));
    parser.addOptions({langOption, screenshotOption, pageOption, themeOption});
    parser.process(app);

    const QMetaEnum pages = QMetaEnum::fromType<Ui::MainWindow::Page>();
    const QString pageName = parser.value(pageOption);
    bool pageOk = false;
    const int page = pages.keyToValue(qPrintable(pageName.left(1).toUpper() + pageName.mid(1).toLower()), &pageOk);
    if (!pageOk) {
        printError(
            QCoreApplication::translate(
                "main", "Unknown page “%1”: use containers, images, volumes, networks, services, engine or concepts.")
                .arg(pageName));
        return 2;
    }

    Ui::Theme::Choice theme = Ui::Theme::saved();
    if (parser.isSet(themeOption)) {
        bool themeOk = false;
        theme = Ui::Theme::fromName(parser.value(themeOption), &themeOk);
        if (!themeOk) {
            printError(QCoreApplication::translate("main", "Unknown theme “%1”: use system, light or dark.")
                           .arg(parser.value(themeOption)));
            return 2;
        }
    }
    Ui::Theme::apply(theme);

    Engine::EngineSession session;
    Ui::MainWindow window(&session);
    window.showPage(Ui::MainWindow::Page(page));

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        const QString path = QDir::current().absoluteFilePath(screenshot);
        auto save = [&window, path](int exitCode) {
            if (!window.grab().save(path, "PNG")) {
                printError(QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(path));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(exitCode);
        };
        // Let the window lay out and paint the data it just received.
        QObject::connect(&window, &Ui::MainWindow::settled, &window,
                         [&window, save] { QTimer::singleShot(250, &window, [save] { save(0); }); });
        QTimer::singleShot(ScreenshotTimeoutMs, &window, [save] {
            printError(QCoreApplication::translate(
                "main", "The engine did not answer within a minute; the screenshot shows the window as it is."));
            save(3);
        });
    }

    if (qEnvironmentVariableIsSet("HUBLOT_BENCH_FIRST_PAINT")) {
        if (auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("containersView")))
            new FirstPaintReporter(view);
    }

    window.show();
    session.connectTo(Engine::EngineEndpoint::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    // An engine Hublot starts itself, when the user asked for it at every start.
    window.startManagedEnginesAsSet();
    return QApplication::exec();
}
