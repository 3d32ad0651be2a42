// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

namespace {

/// Each command and its subcommands (sorted); a command without subcommands maps to an empty list.
using CommandTable = QMap<QString, QStringList>;

QString completionsDir()
{
    return QDir::cleanPath(QStringLiteral(RA_TEST_DATA_DIR "/../../resources/completions"));
}

QStringList sortedWords(const QString &text)
{
    QStringList words = text.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    words.removeAll(u"or"_s);
    words.sort();
    return words;
}

/// The commands of `--help`, and for each the subcommands its own help lists: the words indented by exactly
/// two spaces (or, for the commands that take them as a positional "action", the values listed after it).
CommandTable tableFromHelp()
{
    CommandTable table;
    const CliRun run = runCli({u"--help"_s});
    const QString commands = run.out.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    static const QRegularExpression commandLine(u"^  (\\S+)\\s"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression subcommandLine(u"^  ([a-z][a-z-]*)(?:\\s+(.*))?$"_s,
                                                   QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &command : commandLine.globalMatch(commands)) {
        const QString name = command.captured(1);
        QStringList subcommands;
        const CliRun help = runCli({u"help"_s, name});
        for (const QRegularExpressionMatch &line : subcommandLine.globalMatch(help.out)) {
            if (line.captured(1) == u"action"_s) {
                subcommands += sortedWords(line.captured(2));
            } else {
                subcommands.append(line.captured(1));
            }
        }
        subcommands.sort();
        table.insert(name, subcommands);
    }
    return table;
}

/// The table of a completion file: \a commandPattern captures one command per match (or a space-separated list),
/// \a subcommandPattern a command and its space-separated subcommands.
CommandTable tableFromCompletion(const QString &text, const QString &commandPattern, const QString &subcommandPattern)
{
    CommandTable table;
    const QRegularExpression commands(commandPattern, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : commands.globalMatch(text)) {
        for (const QString &name : sortedWords(match.captured(1))) {
            table.insert(name, {});
        }
    }
    const QRegularExpression subcommands(subcommandPattern, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : subcommands.globalMatch(text)) {
        table.insert(match.captured(1), sortedWords(match.captured(2)));
    }
    return table;
}

} // namespace

// The shell completions list the commands and subcommands by hand; they are held to the CLI's own help so that a
// command or subcommand added to the CLI cannot be forgotten there.
class TestCliCompletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_help = tableFromHelp();
        // Guards the help parsing itself: were the help's layout to change, the comparison below would be empty.
        QVERIFY2(m_help.size() >= 12, qPrintable(m_help.keys().join(u' ')));
        QCOMPARE(m_help.value(u"release"_s), (QStringList{u"plan"_s, u"run"_s, u"status"_s}));
        QCOMPARE(m_help.value(u"tag"_s), (QStringList{u"create"_s, u"plan"_s, u"push"_s}));
        QVERIFY(m_help.contains(u"steps"_s) && m_help.value(u"steps"_s).isEmpty());
    }

    void completionMatchesTheHelp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("commandPattern");
        QTest::addColumn<QString>("subcommandPattern");
        QTest::newRow("bash") << u"release-assistant-cli.bash"_s << u"^\\s*local commands=\"([^\"]*)\""_s
                              << u"^\\s+([a-z-]+)\\) subcommands=\"([^\"]*)\""_s;
        QTest::newRow("zsh") << u"_release-assistant-cli"_s << u"^\\s+'([a-z][a-z-]*):"_s
                             << u"^\\s+([a-z-]+)\\) subcommands=\\(([a-z -]*)\\)"_s;
        QTest::newRow("fish") << u"release-assistant-cli.fish"_s
                              << u"-n __release_assistant_cli_needs_command -f -a ([a-z][a-z-]*) -d"_s
                              << u"__fish_seen_subcommand_from ([a-z-]+); and not [^']*' -f -a '([^']*)'"_s;
    }

    void completionMatchesTheHelp()
    {
        QFETCH(QString, file);
        QFETCH(QString, commandPattern);
        QFETCH(QString, subcommandPattern);
        QFile completion(completionsDir() + u'/' + file);
        QVERIFY2(completion.open(QIODevice::ReadOnly), qPrintable(completion.fileName()));
        CommandTable table =
            tableFromCompletion(QString::fromUtf8(completion.readAll()), commandPattern, subcommandPattern);
        // 'help <command>' is the CLI's own, not a command of the list.
        table.remove(u"help"_s);
        QStringList missing;
        QStringList unknown;
        for (const QString &command : m_help.keys()) {
            if (!table.contains(command)) {
                missing.append(command);
            }
        }
        for (const QString &command : table.keys()) {
            if (!m_help.contains(command)) {
                unknown.append(command);
            }
        }
        QVERIFY2(missing.isEmpty() && unknown.isEmpty(),
                 qPrintable(u"%1 lacks the commands '%2' of --help and offers '%3' that --help does not list"_s.arg(
                     completion.fileName(), missing.join(u' '), unknown.join(u' '))));
        for (auto it = m_help.cbegin(); it != m_help.cend(); ++it) {
            QVERIFY2(table.value(it.key()) == it.value(),
                     qPrintable(u"%1: the completion offers '%2', the help lists '%3'"_s.arg(
                         it.key(), table.value(it.key()).join(u' '), it.value().join(u' '))));
        }
    }

private:
    CommandTable m_help;
};

QTEST_GUILESS_MAIN(TestCliCompletions)
#include "tst_cli_completions.moc"
