// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/scoringreleaseplan.h"
#include "app/scoringtablemodel.h"
#include "app/scoringtableproxy.h"
#include "app/scoringtimelinemodel.h"
#include "app/stepcontroller.h"
#include "release/scoringstep.h"
#include "scoring/postgresversionstore.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

namespace secrets {
class SecretStore;
}

/**
 * Step 3: the node-scoring version table, from a file or from the live scoring database, with the change
 * set a release makes to it shown as a diff before anything is written, then applied (the file saved, or
 * one PostgreSQL transaction that refuses to write when the table changed since it was read) or scheduled
 * for the publish step. Without a file or database it shows aleph-scoring's sample rows.
 */
class ScoringEditor : public StepController, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(ScoringTableModel *table READ table CONSTANT)
    Q_PROPERTY(ScoringTableProxy *rows READ rows CONSTANT)
    Q_PROPERTY(ScoringTimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(ScoringReleasePlan *plan READ plan CONSTANT)
    Q_PROPERTY(Source source READ source NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY sourceChanged)
    Q_PROPERTY(QString tablePath READ tablePath WRITE setTablePath NOTIFY tablePathChanged)
    Q_PROPERTY(QString connectionString READ connectionString WRITE setConnectionString NOTIFY connectionStringChanged)
    Q_PROPERTY(int graceDays READ graceDays CONSTANT)
    Q_PROPERTY(bool canApply READ canApply NOTIFY stateChanged)
    Q_PROPERTY(bool canSchedule READ canSchedule NOTIFY stateChanged)
    Q_PROPERTY(bool scheduled READ scheduled NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString status READ status NOTIFY messageChanged)
    Q_PROPERTY(QString error READ error NOTIFY messageChanged)
    /// Where the release's apply stands (release::scoringStateKey(): "ready-to-apply", "scheduled", "uncertain",
    /// "applied", ...); empty when the release is not in the journal.
    Q_PROPERTY(QString applyState READ applyState NOTIFY stateChanged)
    /// The exact statements an apply to the database sends, in order (empty unless reading the database).
    Q_PROPERTY(QStringList plannedStatements READ plannedStatements NOTIFY stateChanged)

public:
    enum Source {
        Sample, ///< aleph-scoring's sample rows, in memory only
        File,
        Database,
    };
    Q_ENUM(Source)

    explicit ScoringEditor(QObject *parent = nullptr);
    ~ScoringEditor() override;

    void classBegin() override;
    /// Opens the file named by tablePath (or the one opened last time); otherwise keeps the sample rows.
    void componentComplete() override;

    [[nodiscard]] ScoringTableModel *table() const;
    [[nodiscard]] ScoringTableProxy *rows() const;
    [[nodiscard]] ScoringTimelineModel *timeline() const;
    /// The release's change set, planned against the rows shown.
    [[nodiscard]] ScoringReleasePlan *plan() const;
    [[nodiscard]] Source source() const;
    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] QString tablePath() const;
    void setTablePath(const QString &path);
    [[nodiscard]] QString connectionString() const;
    void setConnectionString(const QString &connectionString);
    [[nodiscard]] int graceDays() const;
    [[nodiscard]] bool canApply() const;
    [[nodiscard]] bool canSchedule() const;
    [[nodiscard]] bool scheduled() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString error() const;
    [[nodiscard]] QString applyState() const;
    [[nodiscard]] QStringList plannedStatements() const;

    /// Shows aleph-scoring's sample rows (nothing is written anywhere).
    Q_INVOKABLE void openSample();
    /// Opens a table file (.sql, .csv, .json, .md); \a path may be a file:// URL from a file dialog.
    Q_INVOKABLE bool openFile(const QString &path);
    /// Reads the live table (password from the keychain), in the background.
    Q_INVOKABLE void connectDatabase();
    /// Reads the file or the database again; unsaved edits are dropped.
    Q_INVOKABLE void reload();
    /// Writes the rows to the file they came from, unless it changed on disk since it was read.
    Q_INVOKABLE bool save();
    /// Writes the rows to \a path (format from its extension) and keeps working on that file.
    Q_INVOKABLE bool saveAs(const QString &path);
    /// Applies the release's change set: to the rows and the file, or to the database in one transaction through
    /// release::ScoringStep (journal intent and result; a lost answer is settled from the table when it is read).
    Q_INVOKABLE void apply();
    /// Records the change set to be applied to the database by the publish step.
    Q_INVOKABLE bool schedule();
    Q_INVOKABLE bool cancelSchedule();
    /// Keeps the database password in the keychain.
    Q_INVOKABLE void storePassword(const QString &password);

    /// Uses \a store for the password instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// Where scheduled applies wait for the publish step (a ScheduledApplyQueue); defaults to
    /// defaultScheduleDirectory(), which the publish step reads.
    [[nodiscard]] QString scheduleDirectory() const;
    [[nodiscard]] static QString defaultScheduleDirectory();
    void setScheduleDirectory(const QString &directory);
    /// Fixes "now" for the labels and the timeline (tests).
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void sourceChanged();
    void tablePathChanged();
    void connectionStringChanged();
    void stateChanged();
    void messageChanged();
    /// A change set reached its destination (file saved, database written or already holding it).
    void applied();

private:
    void setSource(Source source);
    void updateScheduled();
    void setMessages(const QString &status, const QString &error);
    /// Follows the session's release: its change set is the one shown.
    void releaseChanged() override;
    void projectChanged() override;
    void showSnapshot(const scoring::TableSnapshot &snapshot);
    /// Step 3's use case for the release typed in the plan; std::nullopt with \a error when a journal is open and
    /// the release is not in it (its work could not be recorded).
    [[nodiscard]] std::optional<release::ScoringStep> scoringStep(QString *error) const;
    [[nodiscard]] release::ScoringStep::Request changeRequest() const;
    /// Settles an apply left open (a crash, a lost answer) from the rows just read.
    void settleOpenApply(const QList<scoring::SoftwareVersion> &rows);
    void reloadSteps() const;
    void remember() const;
    bool saveTo(const QString &path);
    void applyToRows();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ra
