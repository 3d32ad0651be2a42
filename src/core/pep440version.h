// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace ra {

/// A version as PEP 440 defines it ("Version specifiers", packaging.python.org): parsing accepts every
/// spelling PEP 440 allows (case, "v" prefix, alternate pre-release names, ".", "-", "_" separators,
/// implicit numbers, "-N" post-releases), normalized() gives the canonical form, and the ordering is the
/// one pip and the node's own version check apply.
class Pep440Version
{
public:
    enum class PreKind { Alpha, Beta, ReleaseCandidate };
    struct Pre {
        PreKind kind = PreKind::Alpha;
        qint64 number = 0;
        friend bool operator==(const Pre &, const Pre &) = default;
    };

    /// Parses \a text; on failure returns std::nullopt and, if \a error is given, says what is wrong. Every
    /// number must fit a qint64: a longer one is refused ("version segment too large"), never wrapped or clamped.
    [[nodiscard]] static std::optional<Pep440Version> parse(const QString &text, QString *error = nullptr);
    /// Builds a plain release "X.Y.Z..." (epoch 0, no suffix). \a release must not be empty.
    [[nodiscard]] static Pep440Version fromRelease(const QList<qint64> &release);

    [[nodiscard]] qint64 epoch() const
    {
        return m_epoch;
    }
    /// The release segments exactly as written (trailing zeros kept: "1.0" stays {1, 0}).
    [[nodiscard]] const QList<qint64> &release() const
    {
        return m_release;
    }
    /// Segment \a index of the release, 0 when the version has fewer segments.
    [[nodiscard]] qint64 releaseSegment(qsizetype index) const;
    /// What messages call release segment \a index: "the major number", "the minor number", "the patch
    /// number", then "release segment 4" and on.
    [[nodiscard]] static QString releaseSegmentName(qsizetype index);
    [[nodiscard]] const std::optional<Pre> &pre() const
    {
        return m_pre;
    }
    [[nodiscard]] const std::optional<qint64> &post() const
    {
        return m_post;
    }
    [[nodiscard]] const std::optional<qint64> &dev() const
    {
        return m_dev;
    }
    /// The local label's segments, lower-cased ("ubuntu.1" -> {"ubuntu", "1"}); empty when there is none.
    [[nodiscard]] const QStringList &local() const
    {
        return m_local;
    }

    /// A pre-release or a development release (what pip excludes unless asked).
    [[nodiscard]] bool isPrerelease() const
    {
        return m_pre.has_value() || m_dev.has_value();
    }
    [[nodiscard]] bool isPostRelease() const
    {
        return m_post.has_value();
    }
    [[nodiscard]] bool isDevRelease() const
    {
        return m_dev.has_value();
    }

    /// The canonical PEP 440 spelling ("1.0.0-RC1" -> "1.0.0rc1", "1.0-1" -> "1.0.post1").
    [[nodiscard]] QString normalized() const;
    /// normalized() without the local label.
    [[nodiscard]] QString publicVersion() const;
    /// Epoch and release only ("1!2.0rc1.post3" -> "1!2.0").
    [[nodiscard]] QString baseVersion() const;

    /// Copies with one part replaced or removed, for building proposals.
    [[nodiscard]] Pep440Version withRelease(const QList<qint64> &release) const;
    [[nodiscard]] Pep440Version withEpoch(qint64 epoch) const;
    [[nodiscard]] Pep440Version withPre(std::optional<Pre> pre) const;
    [[nodiscard]] Pep440Version withPost(std::optional<qint64> post) const;
    [[nodiscard]] Pep440Version withDev(std::optional<qint64> dev) const;
    [[nodiscard]] Pep440Version withoutLocal() const;

    /// PEP 440 ordering: -1, 0 or 1. Versions that normalize alike compare equal ("1.0" == "1.0.0").
    [[nodiscard]] static int compare(const Pep440Version &a, const Pep440Version &b);

    friend std::strong_ordering operator<=>(const Pep440Version &a, const Pep440Version &b)
    {
        return compare(a, b) <=> 0;
    }
    friend bool operator==(const Pep440Version &a, const Pep440Version &b)
    {
        return compare(a, b) == 0;
    }

    /// "a", "b" or "rc".
    [[nodiscard]] static QString preKindKey(PreKind kind);

private:
    qint64 m_epoch = 0;
    QList<qint64> m_release{0};
    std::optional<Pre> m_pre;
    std::optional<qint64> m_post;
    std::optional<qint64> m_dev;
    QStringList m_local;
};

} // namespace ra
