// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::review {

/// A file of the release as the reviewers saw it.
struct ReviewedAsset {
    QString name;
    /// Lower-case hex sha256; empty when GitHub reported no digest.
    QString sha256;
    qint64 size = 0;
};

/// What an approval is given to: the version, the exact notes and the asset list of one draft.
struct ReviewSubject {
    QString tag;
    QString notes;
    QList<ReviewedAsset> assets;

    /// The canonical form hashed by digest(): versioned, every field length-prefixed (so no two subjects
    /// share a form), assets sorted by name, notes with CRLF read as LF (github.com stores web edits with
    /// CRLF; the text the reader sees is the same).
    [[nodiscard]] QByteArray canonicalForm() const;
    /// "sha256:<64 hex>" of canonicalForm(): changing one character of the notes changes it.
    [[nodiscard]] QString digest() const;
};

/// True when \a text is "sha256:" followed by 64 lower-case hex digits.
[[nodiscard]] bool isDigest(const QString &text);

} // namespace ra::review
