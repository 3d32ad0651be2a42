// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace ra::cli {

/// `notes generate | lint | render | save`: the release-notes workbench (step 4) without the editor; `save`
/// finishes step 4 through the release engine's NotesStep, as the app does.
class NotesCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    /// Why a notes file cannot be used, and what to do about it.
    struct ReadProblem {
        QString message;
        QString hint;
    };

    /// The notes in the file at \a path, or on standard input for "-"; nullopt with \a problem when the file
    /// cannot be read or is not UTF-8 (a damaged byte must not turn silently into U+FFFD in what is checked).
    [[nodiscard]] static std::optional<QString> readNotes(const QString &path, QTextStream &input,
                                                          ReadProblem *problem);

    int generate(CommandContext &context);
    int lint(CommandContext &context);
    int render(CommandContext &context);
    /// `notes save`, in notessave.cpp.
    int save(CommandContext &context);
};

} // namespace ra::cli
