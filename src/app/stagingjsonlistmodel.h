// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQmlIntegration>

namespace ra {

/// The rows of one part of a staging report (StagingReport::toJson()), so that a fresh check and the report
/// kept in the journal show alike. Subclasses map the JSON fields to roles.
class StagingJsonListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    void setRows(const QJsonArray &rows);
    [[nodiscard]] QJsonObject row(int index) const;

Q_SIGNALS:
    void countChanged();

protected:
    [[nodiscard]] QJsonObject rowAt(const QModelIndex &index) const;

private:
    QJsonArray m_rows;
};

} // namespace ra
