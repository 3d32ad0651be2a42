// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// One card per announcement channel: its text, how the network counts it, the posts it becomes, and
/// where its sending stands (with the links of the posts).
class ChannelCardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AnnouncementComposer")

public:
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        TextRole,
        LengthRole,
        LimitRole,
        UnitRole,
        OverLimitRole,
        ProblemRole,
        PartsRole,
        PostCountRole,
        StateRole,
        MessageRole,
        LinksRole,
        BusyRole,
    };
    Q_ENUM(Role)

    struct Card {
        channels::ChannelConfig config;
        QString title;
        Network network = Network::X;
        QString text;
        bool edited = false;
        int length = 0;
        int limit = 0;
        QString unit;
        QString problem;
        QStringList parts;
        QString state = QStringLiteral("not-sent");
        QString message;
        QStringList links;
        bool busy = false;
    };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setCards(QList<Card> cards);
    [[nodiscard]] const Card &card(int row) const;
    /// Replaces row \a row and reports only the roles that changed, so typing does not rebuild the view.
    void updateCard(int row, const Card &card);

private:
    QList<Card> m_cards;
};

} // namespace ra
