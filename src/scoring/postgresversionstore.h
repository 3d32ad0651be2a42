// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/releasechangeset.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <functional>

namespace ra::scoring {

/// The rows read from the database and a digest of them, to tell later whether the table changed.
struct TableSnapshot {
    QList<SoftwareVersion> rows;
    QByteArray digest;
};

/**
 * The live `software_versions` table of the scoring PostgreSQL, through Qt's QPSQL driver. A change set
 * is applied in one transaction that locks the table against writers, reads it again and refuses to go on
 * when its digest differs from the one the maintainer reviewed; a change set already in the table changes
 * nothing. The password comes from a callback (the keychain), never from the connection string or logs.
 */
class PostgresVersionStore
{
public:
    using PasswordProvider = std::function<QString()>;

    /// libpq's connect_timeout when the connection string sets none: a server that accepts and never answers
    /// fails the step within seconds (below the apps' 6 s patience for a database answer) instead of hanging it.
    static constexpr int ConnectTimeoutSeconds = 5;

    enum class Outcome {
        Applied,
        AlreadyApplied, ///< every row of the change set was already there: nothing written
        Conflict, ///< the table changed since it was read, or holds other values for these rows
        Failed, ///< the database could not be reached or refused a statement
    };
    struct ApplyResult {
        Outcome outcome = Outcome::Failed;
        QString message;
    };

    /// \a connectionString: libpq key=value form ("host=... port=5432 user=... dbname=... sslmode=require").
    explicit PostgresVersionStore(QString connectionString, PasswordProvider password = {},
                                  QString tableName = QStringLiteral("software_versions"));
    ~PostgresVersionStore();
    PostgresVersionStore(const PostgresVersionStore &) = delete;
    PostgresVersionStore &operator=(const PostgresVersionStore &) = delete;

    bool open(QString *error);
    /// Creates the table as aleph-scoring defines it, if it does not exist.
    bool createTable(QString *error);
    [[nodiscard]] std::optional<TableSnapshot> read(QString *error);
    /// Applies \a changes if the table still has \a expectedDigest (an empty digest skips that check; the
    /// rows the change set touches are still checked).
    [[nodiscard]] ApplyResult apply(const ReleaseChangeSet &changes, const QByteArray &expectedDigest);

    /// SHA-256 of the rows in a canonical order and form.
    [[nodiscard]] static QByteArray digest(const QList<SoftwareVersion> &rows);

private:
    [[nodiscard]] QSqlDatabase database() const;
    std::optional<QList<SoftwareVersion>> selectRows(QString *error);
    bool exec(const QString &sql, const QVariantList &values, QString *error, int *rowsAffected = nullptr);

    QString m_connectionString;
    PasswordProvider m_password;
    QString m_tableName;
    QString m_connectionName;
};

[[nodiscard]] QString outcomeName(PostgresVersionStore::Outcome outcome);

} // namespace ra::scoring
