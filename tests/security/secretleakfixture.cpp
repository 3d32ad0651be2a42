// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretleakfixture.h"

#include <QDir>
#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QStringList homeFolders{u"config"_s, u"data"_s, u"cache"_s, u"state"_s, u"runtime"_s, u"tmp"_s, u"work"_s};

} // namespace

SecretLeakFixture::SecretLeakFixture() = default;

SecretLeakFixture::~SecretLeakFixture()
{
    tearDown();
}

void SecretLeakFixture::captureLogs()
{
    m_log = std::make_unique<LogCapture>();
}

bool SecretLeakFixture::setUp(QString *error)
{
    tearDown();
    m_home = std::make_unique<QTemporaryDir>();
    if (!m_home->isValid()) {
        *error = u"cannot create a home: %1"_s.arg(m_home->errorString());
        return false;
    }
    for (const QString &folder : homeFolders) {
        if (!QDir(m_home->path()).mkpath(folder)) {
            *error = u"cannot create %1 in %2"_s.arg(folder, m_home->path());
            return false;
        }
    }
    QFile::setPermissions(path(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QList<std::pair<const char *, QString>> variables{
        {"HOME", m_home->path()},
        {"XDG_CONFIG_HOME", path(u"config"_s)},
        {"XDG_DATA_HOME", path(u"data"_s)},
        {"XDG_CACHE_HOME", path(u"cache"_s)},
        {"XDG_STATE_HOME", path(u"state"_s)},
        {"XDG_RUNTIME_DIR", path(u"runtime"_s)},
    };
    for (const auto &[name, value] : variables) {
        qputenv(name, QFile::encodeName(value));
    }
    // QSettings keeps the folder it found first; the app's settings of this case must land in this home.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(u"config"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path(u"config"_s));
    // Files a command writes relative to where it runs, core dumps among them, land in the home too.
    m_previousDirectory = QDir::currentPath();
    QDir::setCurrent(path(u"work"_s));

    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"TMPDIR"_s, path(u"tmp"_s));
    m_environment.insert(u"QT_LOGGING_RULES"_s, u"ra.*=true"_s);
    m_environment.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category} %{type}: %{message}"_s);
    for (const QString &name : {u"SSH_AUTH_SOCK"_s, u"PGPASSWORD"_s, u"PGPASSFILE"_s, u"GIT_ASKPASS"_s}) {
        m_environment.remove(name);
    }
    m_environment.insert(u"GITHUB_TOKEN"_s, canary::githubToken);
    m_environment.insert(u"RA_GIT_TOKEN"_s, canary::gitToken);
    m_environment.insert(u"RA_SECRET_TELEGRAM_BOT_TOKEN"_s, canary::telegramBotToken);
    m_environment.insert(u"RA_SECRET_X_CONSUMER_KEY"_s, canary::xConsumerKey);
    m_environment.insert(u"RA_SECRET_X_CONSUMER_SECRET"_s, canary::xConsumerSecret);
    m_environment.insert(u"RA_SECRET_X_ACCESS_TOKEN"_s, canary::xAccessToken);
    m_environment.insert(u"RA_SECRET_X_ACCESS_TOKEN_SECRET"_s, canary::xAccessTokenSecret);
    m_environment.insert(u"RA_SECRET_MASTODON_ACCESS_TOKEN"_s, canary::mastodonToken);
    m_environment.insert(u"RA_SECRET_BLUESKY_APP_PASSWORD"_s, canary::blueskyAppPassword);
    m_environment.insert(
        u"RA_SECRET_DISCORD_WEBHOOK_URL"_s,
        u"https://discord.com/api/webhooks/%1/%2"_s.arg(canary::discordWebhookId, canary::discordWebhookToken));
    m_environment.insert(u"RA_SCORING_DB_PASSWORD"_s, canary::scoringPassword);
    m_environment.insert(u"RA_SSH_PASSPHRASE"_s, canary::sshPassphrase);

    m_scanner.clear();
    m_runs = 0;
    if (m_log) {
        (void)m_log->take();
    }
    return true;
}

void SecretLeakFixture::tearDown()
{
    if (!m_previousDirectory.isEmpty()) {
        QDir::setCurrent(m_previousDirectory);
        m_previousDirectory.clear();
    }
    m_home.reset();
}

QString SecretLeakFixture::home() const
{
    return m_home ? m_home->path() : QString();
}

QString SecretLeakFixture::path(const QString &relative) const
{
    return QDir(home()).filePath(relative);
}

QProcessEnvironment &SecretLeakFixture::environment()
{
    return m_environment;
}

CliRun SecretLeakFixture::run(const QString &label, const QStringList &arguments)
{
    return run(label, arguments, m_environment);
}

CliRun SecretLeakFixture::run(const QString &label, const QStringList &arguments,
                              const QProcessEnvironment &environment)
{
    const CliRun result = runCliServing(arguments, environment);
    const QString name = u"run %1 (%2, exit %3)"_s.arg(++m_runs).arg(label).arg(result.exitCode);
    m_scanner.scanText(name + u" stdout"_s, result.out);
    m_scanner.scanText(name + u" stderr"_s, result.err);
    return result;
}

LeakScanner &SecretLeakFixture::scanner()
{
    return m_scanner;
}

QStringList SecretLeakFixture::leaks(int minimumJournals)
{
    QStringList problems;
    if (m_home) {
        m_scanner.scanTree(m_home->path());
        const int journals = m_scanner.scanJournals(m_home->path());
        if (journals < minimumJournals) {
            problems.append(u"only %1 release journal(s) under %2, %3 expected: the scan proves nothing"_s.arg(journals)
                                .arg(m_home->path())
                                .arg(minimumJournals));
        }
    }
    if (m_log) {
        const QStringList messages = m_log->take();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            m_scanner.scanText(u"log message %1 of the test process"_s.arg(i + 1), messages.at(i));
        }
    }
    return m_scanner.hits() + problems;
}

QString SecretLeakFixture::report(const QStringList &leaks)
{
    return u"%1 leak(s) found:\n"_s.arg(leaks.size()) + leaks.join(u'\n');
}

} // namespace ra::test
