// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringeditor.h"

#include "app/releasesession.h"
#include "app/scoringeditor_p.h"
#include "sandbox/demoenvironment.h"
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ra::scoring;

namespace ra {

namespace {

/// A file dialog hands over file:// URLs; people type plain paths.
QString localPath(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(u"file:"_s) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl.trimmed();
}

const QString kTablePathSetting = u"scoring/tablePath"_s;
const QString kConnectionSetting = u"scoring/connectionString"_s;

} // namespace

ScoringEditor::ScoringEditor(QObject *parent)
    : StepController(ReleaseStep::ScoringTable, parent)
    , d(std::make_unique<Private>())
{
    // The playbook says which software the release is and how long the grace period lasts.
    d->target = ReleaseSession::fallbackPlaybook().scoring;
    d->table = new ScoringTableModel(this);
    d->plan = new ScoringReleasePlan(d->table, d->target.software.isEmpty() ? u"aleph-vm"_s : d->target.software, this);
    connect(d->plan, &ScoringReleasePlan::changed, this, &ScoringEditor::updateScheduled);
    d->rows = new ScoringTableProxy(d->table, this);
    d->timeline = new ScoringTimelineModel(d->table, this);
    d->database = new ScoringDatabase(this);
    d->database->setTableName(d->target.table);
    connect(d->database, &ScoringDatabase::busyChanged, this, &ScoringEditor::stateChanged);
    connect(d->rows, &ScoringTableProxy::softwareChanged, this,
            [this] { d->timeline->setSoftware(d->rows->software()); });
    openSample();
}

ScoringEditor::~ScoringEditor() = default;

void ScoringEditor::classBegin()
{
}

void ScoringEditor::componentComplete()
{
    if (d->tablePath.isEmpty() && d->connectionString.isEmpty()) {
        const QSettings settings;
        d->tablePath = settings.value(kTablePathSetting).toString();
        d->connectionString = settings.value(kConnectionSetting, d->target.database).toString();
        Q_EMIT tablePathChanged();
        Q_EMIT connectionStringChanged();
    }
    if (!d->tablePath.isEmpty()) {
        openFile(d->tablePath);
    }
}

ScoringTableModel *ScoringEditor::table() const
{
    return d->table;
}

ScoringTableProxy *ScoringEditor::rows() const
{
    return d->rows;
}

ScoringTimelineModel *ScoringEditor::timeline() const
{
    return d->timeline;
}

ScoringReleasePlan *ScoringEditor::plan() const
{
    return d->plan;
}

ScoringEditor::Source ScoringEditor::source() const
{
    return d->source;
}

QString ScoringEditor::sourceText() const
{
    switch (d->source) {
    case Sample:
        return tr("Sample rows from aleph-scoring's tests, not a live table");
    case File:
        return tr("File %1").arg(d->tablePath);
    case Database:
        return tr("Scoring database (%1), table %2").arg(d->connectionString, d->target.table);
    }
    return {};
}

QString ScoringEditor::tablePath() const
{
    return d->tablePath;
}

void ScoringEditor::setTablePath(const QString &path)
{
    if (d->tablePath != path) {
        d->tablePath = path;
        Q_EMIT tablePathChanged();
    }
}

QString ScoringEditor::connectionString() const
{
    return d->connectionString;
}

void ScoringEditor::setConnectionString(const QString &connectionString)
{
    if (d->connectionString != connectionString) {
        d->connectionString = connectionString.trimmed();
        Q_EMIT connectionStringChanged();
    }
}

int ScoringEditor::graceDays() const
{
    return d->target.graceDays;
}

bool ScoringEditor::canApply() const
{
    return !d->database->busy() && d->plan->hasChanges() && (d->source != Database || !d->digest.isEmpty());
}

bool ScoringEditor::canSchedule() const
{
    return canApply() && d->source == Database;
}

bool ScoringEditor::scheduled() const
{
    return d->scheduled;
}

bool ScoringEditor::busy() const
{
    return d->database->busy();
}

QString ScoringEditor::status() const
{
    return d->status;
}

QString ScoringEditor::error() const
{
    return d->error;
}

void ScoringEditor::openSample()
{
    VersionTable table(sampleTable());
    table.setGracePeriod(std::chrono::days{d->target.graceDays});
    d->table->setTable(table);
    d->loadedRows.clear();
    d->digest.clear();
    setSource(Sample);
    setMessages({}, {});
}

bool ScoringEditor::openFile(const QString &path)
{
    const QString file = localPath(path);
    QString why;
    const std::optional<QList<SoftwareVersion>> rows = loadTableFile(file, &why);
    if (!rows) {
        setMessages({}, tr("Cannot open the table file: %1").arg(why));
        return false;
    }
    VersionTable table(*rows);
    table.setGracePeriod(std::chrono::days{d->target.graceDays});
    d->table->setTable(table);
    d->loadedRows = *rows;
    d->digest.clear();
    setTablePath(file);
    setSource(File);
    remember();
    setMessages(tr("Opened %1: %n row(s).", nullptr, int(rows->size())).arg(file), {});
    return true;
}

void ScoringEditor::connectDatabase()
{
    if (d->database->busy()) {
        return;
    }
    if (d->connectionString.isEmpty()) {
        setMessages(
            {}, tr("Type the scoring database's connection string first, e.g. host=db.example port=5432 user=scoring "
                   "dbname=ccn sslmode=require (the password goes in the keychain, not here)."));
        return;
    }
    setMessages(tr("Reading the scoring table…"), {});
    d->database->read(d->connectionString, [this](const ScoringDatabase::ReadResult &result) {
        if (!result.snapshot) {
            setMessages({}, result.error);
            return;
        }
        showSnapshot(*result.snapshot);
        setSource(Database);
        remember();
        setMessages(tr("Read %n row(s) from the scoring database.", nullptr, int(result.snapshot->rows.size())), {});
        settleOpenApply(result.snapshot->rows);
    });
}

void ScoringEditor::reload()
{
    switch (d->source) {
    case Sample:
        openSample();
        break;
    case File:
        openFile(d->tablePath);
        break;
    case Database:
        connectDatabase();
        break;
    }
}

bool ScoringEditor::save()
{
    if (d->source != File) {
        setMessages({}, tr("These rows come from %1; choose a file with “Save as…” to write them.")
                            .arg(d->source == Sample ? tr("the sample") : tr("the database")));
        return false;
    }
    QString why;
    const std::optional<QList<SoftwareVersion>> onDisk = loadTableFile(d->tablePath, &why);
    if (onDisk && *onDisk != d->loadedRows) {
        setMessages(
            {}, tr("%1 changed on disk since it was opened; nothing was written. Reload it (the edits made here are "
                   "dropped) or save under another name.")
                    .arg(d->tablePath));
        return false;
    }
    return saveTo(d->tablePath);
}

bool ScoringEditor::saveAs(const QString &path)
{
    const QString file = localPath(path);
    if (!formatFromPath(file)) {
        setMessages({}, tr("Name the file .sql, .csv, .json or .md: its extension says how to write it."));
        return false;
    }
    if (!saveTo(file)) {
        return false;
    }
    setTablePath(file);
    setSource(File);
    remember();
    return true;
}

bool ScoringEditor::saveTo(const QString &path)
{
    QString why;
    const QList<SoftwareVersion> rows = d->table->table().rows();
    if (!saveTableFile(path, rows, &why)) {
        setMessages({}, tr("Cannot write the table file: %1").arg(why));
        return false;
    }
    d->loadedRows = rows;
    d->table->markSaved();
    setMessages(tr("Wrote %n row(s) to %1.", nullptr, int(rows.size())).arg(path), {});
    return true;
}

void ScoringEditor::storePassword(const QString &password)
{
    d->database->storePassword(password, [this](const QString &error) {
        setMessages(error.isEmpty() ? tr("The database password is in the keychain.") : QString(), error);
    });
}

void ScoringEditor::setSecretStore(secrets::SecretStore *store)
{
    d->database->setSecretStore(store);
}

QString ScoringEditor::defaultScheduleDirectory()
{
    return release::ScoringStep::defaultScheduleDirectory();
}

QString ScoringEditor::scheduleDirectory() const
{
    return d->scheduleDirectory;
}

void ScoringEditor::setScheduleDirectory(const QString &directory)
{
    d->scheduleDirectory = directory;
    updateScheduled();
}

void ScoringEditor::setNow(const QDateTime &now)
{
    d->table->setNow(now);
    d->timeline->setNow(now);
}

void ScoringEditor::setSource(Source source)
{
    d->source = source;
    Q_EMIT sourceChanged();
    Q_EMIT stateChanged();
}

void ScoringEditor::projectChanged()
{
    if (const auto playbook = openPlaybook()) {
        d->target = playbook->scoring;
        if (!d->target.software.isEmpty()) {
            d->plan->setSoftware(d->target.software);
        }
        d->database->setTableName(d->target.table);
    }
    // The demo keeps its table in its folder (its playbook's kind is sql-file): it is opened, as the command-line
    // tool's demo names it, instead of leaving the maintainer to look for it in a file dialog.
    if (const ReleaseSession *current = session(); current && current->demo() && d->source != File) {
        openFile(current->demo()->scoringTablePath());
    }
    releaseChanged();
}

void ScoringEditor::releaseChanged()
{
    d->plan->setRelease(release());
}

void ScoringEditor::updateScheduled()
{
    const QString release = d->plan->release().trimmed();
    d->scheduled = !release.isEmpty() && ScheduledApplyQueue(d->scheduleDirectory).pending(release).has_value();
    Q_EMIT stateChanged();
}

void ScoringEditor::setMessages(const QString &status, const QString &error)
{
    d->status = status;
    d->error = error;
    Q_EMIT messageChanged();
}

void ScoringEditor::remember() const
{
    QSettings settings;
    settings.setValue(kTablePathSetting, d->source == File ? d->tablePath : QString());
    settings.setValue(kConnectionSetting, d->connectionString);
}

void ScoringEditor::showSnapshot(const TableSnapshot &snapshot)
{
    VersionTable table(snapshot.rows);
    table.setGracePeriod(std::chrono::days{d->target.graceDays});
    d->table->setTable(table, true);
    d->digest = snapshot.digest;
}

} // namespace ra
