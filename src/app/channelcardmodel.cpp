// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channelcardmodel.h"

namespace ra {

int ChannelCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant ChannelCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Card &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case ChannelIdRole:
        return c.config.id;
    case KindRole:
        return c.config.kind;
    case TextRole:
        return c.text;
    case LengthRole:
        return c.length;
    case LimitRole:
        return c.limit;
    case UnitRole:
        return c.unit;
    case OverLimitRole:
        return c.length > c.limit;
    case ProblemRole:
        return c.problem;
    case PartsRole:
        return c.parts;
    case PostCountRole:
        return int(c.parts.size());
    case StateRole:
        return c.state;
    case MessageRole:
        return c.message;
    case LinksRole:
        return c.links;
    case BusyRole:
        return c.busy;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelCardModel::roleNames() const
{
    return {{ChannelIdRole, "channelId"}, {KindRole, "kind"},           {TitleRole, "title"},
            {TextRole, "text"},           {LengthRole, "length"},       {LimitRole, "limit"},
            {UnitRole, "unit"},           {OverLimitRole, "overLimit"}, {ProblemRole, "problem"},
            {PartsRole, "parts"},         {PostCountRole, "postCount"}, {StateRole, "deliveryState"},
            {MessageRole, "message"},     {LinksRole, "links"},         {BusyRole, "busy"}};
}

void ChannelCardModel::setCards(QList<Card> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

const ChannelCardModel::Card &ChannelCardModel::card(int row) const
{
    return m_cards.at(row);
}

void ChannelCardModel::updateCard(int row, const Card &card)
{
    if (row < 0 || row >= m_cards.size()) {
        return;
    }
    const Card old = m_cards.at(row);
    m_cards[row] = card;
    QList<int> roles;
    const auto changed = [&](bool differs, int role) {
        if (differs) {
            roles.append(role);
        }
    };
    changed(old.text != card.text, TextRole);
    changed(old.length != card.length, LengthRole);
    changed(old.limit != card.limit, LimitRole);
    changed((old.length > old.limit) != (card.length > card.limit), OverLimitRole);
    changed(old.problem != card.problem, ProblemRole);
    changed(old.parts != card.parts, PartsRole);
    changed(old.parts.size() != card.parts.size(), PostCountRole);
    changed(old.state != card.state, StateRole);
    changed(old.message != card.message, MessageRole);
    changed(old.links != card.links, LinksRole);
    changed(old.busy != card.busy, BusyRole);
    if (!roles.isEmpty()) {
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, roles);
    }
}

} // namespace ra
