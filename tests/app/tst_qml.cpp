// SPDX-License-Identifier: GPL-3.0-or-later
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // The app's style: Kirigami finds its desktop theme for it (it has none for Fusion).
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(releaseassistant, Setup)
#include "tst_qml.moc"
