// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

namespace Hublot::Ui {

/// Light or dark colours: the system's choice by default, or one the user
/// picks in the settings (or with --theme).
class Theme final
{
public:
    enum class Choice { System, Light, Dark };

    /// The choice saved in the settings (System when none is).
    static Choice saved();
    static void save(Choice choice);
    /// "system" (or empty), "light", "dark"; ok is false for anything else,
    /// which gives System.
    static Choice fromName(const QString &name, bool *ok = nullptr);

    /// Applies a choice to the running application, and keeps following the
    /// system's colour scheme when the choice is System.
    static void apply(Choice choice);

    /// True when a palette draws light text on a dark window.
    static bool isDark(const QPalette &palette);

    /// The icon theme's icon for an action, else the style's own. Drawn with
    /// the palette in use when painted: on dark colours, a fallback drawn
    /// as a black glyph (Fusion's media icons) takes the text's colour, so
    /// that it does not vanish into the window.
    static QIcon actionIcon(QIcon::ThemeIcon themed, QStyle::StandardPixmap fallback);

    /// The palettes Hublot uses when it chooses itself (on Qt's Fusion style).
    static QPalette lightPalette();
    static QPalette darkPalette();
};

}  // namespace Hublot::Ui
