// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace ra::test {

/// A version spelled in one of PEP 440's many ways, with its rank in PEP 440 order (equal ranks name the
/// same version).
struct RankedVersion {
    QString text;
    int rank = 0;
};

/// Hundreds of PEP 440 versions generated in an order known by construction (the rank, independent of the
/// parser under test), each written with randomly chosen alternate spellings, then shuffled.
inline QList<RankedVersion> mixedPep440Versions(quint32 seed)
{
    QRandomGenerator random(seed);
    const auto pick = [&random](const QStringList &choices) {
        return choices.at(random.bounded(static_cast<int>(choices.size())));
    };
    const auto sep = [&]() {
        return pick({QString(), QStringLiteral("."), QStringLiteral("-"), QStringLiteral("_")});
    };
    const auto number = [](int n) {
        return QString::number(n);
    };
    // Each builder appends one part; "omit" spellings drop an implicit 0.
    const auto pre = [&](const QStringList &labels, int n) {
        QString text = sep() + pick(labels);
        return n == 0 && random.bounded(2) ? text : text + sep() + number(n);
    };
    const auto alpha = [&](int n) {
        return pre({QStringLiteral("a"), QStringLiteral("alpha"), QStringLiteral("A"), QStringLiteral("Alpha")}, n);
    };
    const auto beta = [&](int n) {
        return pre({QStringLiteral("b"), QStringLiteral("beta"), QStringLiteral("BETA")}, n);
    };
    const auto rc = [&](int n) {
        return pre({QStringLiteral("rc"), QStringLiteral("c"), QStringLiteral("pre"), QStringLiteral("preview"),
                    QStringLiteral("RC")},
                   n);
    };
    const auto post = [&](int n, bool hyphenFormAllowed) {
        QStringList forms{QStringLiteral(".post"),  QStringLiteral("post"), QStringLiteral("-post"),
                          QStringLiteral("_post_"), QStringLiteral("r"),    QStringLiteral(".rev"),
                          QStringLiteral("-r.")};
        if (hyphenFormAllowed) {
            forms.append(QStringLiteral("-"));
        }
        return pick(forms) + number(n);
    };
    const auto dev = [&](int n) {
        const QString text =
            pick({QStringLiteral(".dev"), QStringLiteral("dev"), QStringLiteral("-dev"), QStringLiteral("_DEV")});
        return n == 0 && random.bounded(2) ? text : text + number(n);
    };
    // Suffixes in ascending PEP 440 order within one release.
    const QList<std::function<QString()>> suffixes{
        [&] { return dev(0); },
        [&] { return dev(5); },
        [&] { return alpha(1) + dev(0); },
        [&] { return alpha(1); },
        [&] { return alpha(1) + post(1, false) + dev(2); },
        [&] { return alpha(1) + post(1, false); },
        [&] { return alpha(2); },
        [&] { return beta(3); },
        [&] { return rc(1) + dev(0); },
        [&] { return rc(1); },
        [&] { return rc(2); },
        [&] { return QString(); },
        [&] { return QStringLiteral("+abc"); },
        [&] { return pick({QStringLiteral("+abc.1"), QStringLiteral("+ABC-01"), QStringLiteral("+abc_1")}); },
        [&] { return QStringLiteral("+1"); },
        [&] { return post(0, false); },
        [&] { return post(1, true) + dev(0); },
        [&] { return post(1, true); },
        [&] { return post(1, true) + QStringLiteral("+x"); },
        [&] { return post(2, true); },
    };
    const QList<QList<int>> releases{{0, 9}, {1, 0}, {1, 0, 1}, {1, 1}, {1, 10}, {2, 0, 0, 1}};
    const auto spellRelease = [&](const QList<int> &release) {
        QStringList parts;
        for (int segment : release) {
            parts.append((random.bounded(4) == 0 ? QStringLiteral("0") : QString()) + number(segment));
        }
        return parts.join(u'.');
    };

    QList<RankedVersion> versions;
    int rank = 0;
    for (int epoch : {0, 1}) {
        for (const QList<int> &release : releases) {
            for (const auto &suffix : suffixes) {
                for (int copy = 0; copy < 2; ++copy) {
                    QString text = random.bounded(5) == 0 ? QStringLiteral("v") : QString();
                    if (epoch != 0) {
                        text += number(epoch) + u'!';
                    } else if (random.bounded(8) == 0) {
                        text += QStringLiteral("0!");
                    }
                    text += spellRelease(release) + suffix();
                    versions.append(RankedVersion{text, rank});
                }
                ++rank;
            }
        }
    }
    std::shuffle(versions.begin(), versions.end(), random);
    return versions;
}

} // namespace ra::test
