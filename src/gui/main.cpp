// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/logfilter.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
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
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

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

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.loadFromModule("ReleaseAssistant", "Main");
    return QGuiApplication::exec();
}
