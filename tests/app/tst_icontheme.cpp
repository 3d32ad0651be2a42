// SPDX-License-Identifier: GPL-3.0-or-later
// The app's icon theme: where the platform names none (offscreen, a bare X11 session) Breeze's icons draw, as
// Kirigami and KDE's desktop style expect, even where Qt searches no system folder for themes (offscreen); a theme
// the desktop chose stays; without Breeze nothing changes.
#include "icontheme.h"

#include <QGuiApplication>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIconTheme : public QObject
{
    Q_OBJECT

private:
    QString m_theme;
    QString m_fallback;
    QStringList m_searchPaths;

private Q_SLOTS:
    void init()
    {
        m_theme = QIcon::themeName();
        m_fallback = QIcon::fallbackThemeName();
        m_searchPaths = QIcon::themeSearchPaths();
        // What a platform without an icon theme of its own gives.
        QIcon::setThemeName(u"hicolor"_s);
        QIcon::setFallbackThemeName(u"hicolor"_s);
    }

    void cleanup()
    {
        QIcon::setThemeSearchPaths(m_searchPaths);
        QIcon::setThemeName(m_theme);
        QIcon::setFallbackThemeName(m_fallback);
    }

    void withoutAThemeBreezeIconsDraw()
    {
        QVERIFY2(!QIcon::hasThemeIcon(u"configure"_s), "hicolor has no 'configure': the test proves nothing");
        ra::useBreezeIconsWhereNoThemeIsSet();
        QCOMPARE(QIcon::themeName(), u"breeze"_s);
        QCOMPARE(QIcon::fallbackThemeName(), u"breeze"_s);
        // The icons of the sidebar and the tool bars, drawn from Breeze's SVGs (the SVG icon engine is installed).
        for (const QString &name : {u"configure"_s, u"folder-git"_s, u"view-refresh"_s, u"sidebar-expand-left"_s}) {
            const QIcon icon = QIcon::fromTheme(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QVERIFY2(!icon.pixmap(22, 22).isNull(), qPrintable(name));
        }
    }

    void aThemeTheDesktopChoseStays()
    {
        QIcon::setThemeName(u"breeze-dark"_s);
        ra::useBreezeIconsWhereNoThemeIsSet();
        QCOMPARE(QIcon::themeName(), u"breeze-dark"_s);
        // What that theme lacks comes from Breeze.
        QCOMPARE(QIcon::fallbackThemeName(), u"breeze"_s);
    }

    void withoutBreezeNothingChanges()
    {
        // Neither the search paths nor the XDG data folders hold Breeze.
        const QTemporaryDir noThemes;
        QVERIFY(noThemes.isValid());
        const QByteArray dataDirs = qgetenv("XDG_DATA_DIRS");
        const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_DIRS", noThemes.path().toUtf8());
        qputenv("XDG_DATA_HOME", noThemes.path().toUtf8());
        QIcon::setThemeSearchPaths({noThemes.path()});
        ra::useBreezeIconsWhereNoThemeIsSet();
        for (const auto &[name, value] : {std::pair{"XDG_DATA_DIRS", dataDirs}, std::pair{"XDG_DATA_HOME", dataHome}}) {
            if (value.isNull()) {
                qunsetenv(name);
            } else {
                qputenv(name, value);
            }
        }
        QCOMPARE(QIcon::themeSearchPaths(), QStringList{noThemes.path()});
        QCOMPARE(QIcon::themeName(), u"hicolor"_s);
        QCOMPARE(QIcon::fallbackThemeName(), u"hicolor"_s);
    }
};

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"
