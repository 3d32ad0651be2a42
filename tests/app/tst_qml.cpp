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
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(releaseassistant, Setup)
#include "tst_qml.moc"
