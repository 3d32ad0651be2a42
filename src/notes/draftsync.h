// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ra::notes {

/// What saving the notes to the GitHub draft must do, decided from three texts: the notes in the editor, the
/// draft's body now, and the hash of the text at the last sync.
enum class SyncAction {
    Create, ///< no draft exists yet: create it with the notes
    UpToDate, ///< editor and draft hold the same text
    Save, ///< only the editor changed since the last sync: update the draft
    Load, ///< only the draft changed (edited on github.com): load it into the editor
    Conflict, ///< both changed: show both and let the maintainer merge; never overwrite either
};

/// SHA-256 (hex) of the UTF-8 text, line endings normalised to "\n" (GitHub returns "\r\n" for web edits).
[[nodiscard]] QString syncHash(const QString &text);

/// \a remoteBody is std::nullopt when there is no draft; \a lastSyncedHash is empty before the first sync.
[[nodiscard]] SyncAction decideSync(const QString &localText, const std::optional<QString> &remoteBody,
                                    const QString &lastSyncedHash);

/// Both versions in one text for the maintainer to merge: common lines once, each differing run as
/// "<<<<<<< your notes", the editor's lines, "=======", the draft's lines, ">>>>>>> GitHub draft".
[[nodiscard]] QString conflictText(const QString &localText, const QString &remoteBody);

} // namespace ra::notes
