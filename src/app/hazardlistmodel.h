// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taghazardchecker.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// The hazards of a planned tag, most severe first, for the tag page.
class HazardListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TagStepController.hazards")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole,
        MessageRole,
    };
    Q_ENUM(Role)

    enum Severity {
        Info = int(HazardSeverity::Info),
        Warning = int(HazardSeverity::Warning),
        Error = int(HazardSeverity::Error),
    };
    Q_ENUM(Severity)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setHazards(QList<TagHazard> hazards);
    [[nodiscard]] const QList<TagHazard> &hazards() const;
    [[nodiscard]] bool hasErrors() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<TagHazard> m_hazards;
};

} // namespace ra
