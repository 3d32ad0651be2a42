// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.syntaxhighlighting

// Markdown highlighting in colours that suit the text area: KSyntaxHighlighting's Breeze Dark where the text is
// light (a dark colour scheme), Breeze Light otherwise.
SyntaxHighlighter {
    // The colour of the highlighted text area's plain text.
    required property color textColor

    definition: "Markdown"
    theme: Kirigami.ColorUtils.brightnessForColor(textColor) === Kirigami.ColorUtils.Light ? "Breeze Dark" : "Breeze Light"
}
