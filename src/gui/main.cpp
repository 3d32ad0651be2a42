// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/releasesession.h"
#include "icontheme.h"
#include "secrets/logfilter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("aleph.im"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("aleph.im"));
    QGuiApplication::setApplicationName(QStringLiteral("Release Assistant"));
    QGuiApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.aleph.ReleaseAssistant"));
    // Tokens and passwords pass through the app; no log line may carry one.
    ra::secrets::installSecretLogFilter();
    ra::useBreezeIconsWhereNoThemeIsSet();
    // KDE's desktop style draws with the system's colour scheme and fonts (Kirigami's theme follows it);
    // Fusion where it is not installed. QT_QUICK_CONTROLS_STYLE still overrides both.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        const bool kdeStyle = QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::QmlImportsPath) +
                                                QStringLiteral("/org/kde/desktop/qmldir"));
        QQuickStyle::setStyle(kdeStyle ? QStringLiteral("org.kde.desktop") : QStringLiteral("Fusion"));
    }

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("release-assistant"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Takes maintainers through a project's seven-step release."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo: a sample project released against local stand-ins of "
                                            "its services on 127.0.0.1; nothing leaves this machine."));
    parser.addOption(demoOption);
    parser.process(app);
    if (parser.isSet(demoOption)) {
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        session->startDemo();
        if (!session->demoMode()) {
            qCritical().noquote() << session->lastError();
            return 1;
        }
    }

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.loadFromModule("ReleaseAssistant", "Main");
    // The packaging test starts the installed app headless and needs it to end on its own once it has drawn.
    if (qEnvironmentVariableIsSet("RA_QUIT_AFTER_FIRST_FRAME")) {
        const QList<QObject *> roots = engine.rootObjects();
        auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
        if (!window) {
            return 1;
        }
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}
