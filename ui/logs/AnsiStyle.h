// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Hublot::Ui {

/// The look an ANSI SGR sequence ("\e[1;31m") gives the text after it:
/// colours and attributes, as a value. Fits in 64 bits (pack()), which is
/// how a log stores it.
struct AnsiStyle
{
    struct Color
    {
        enum class Kind : quint8 { Default, Indexed, Rgb };
        Kind kind = Kind::Default;
        quint32 value = 0;  ///< 0-255 when Indexed, 0xRRGGBB when Rgb

        static Color indexed(int index) { return {Kind::Indexed, quint32(index & 0xff)}; }
        static Color rgb(int red, int green, int blue)
        {
            return {Kind::Rgb, (quint32(red & 0xff) << 16) | (quint32(green & 0xff) << 8) | quint32(blue & 0xff)};
        }
        bool operator==(const Color &) const = default;
    };

    enum Attribute : quint8 {
        Bold = 0x01,
        Dim = 0x02,
        Italic = 0x04,
        Underline = 0x08,
        Inverse = 0x10,
        Strike = 0x20,
    };

    Color foreground;
    Color background;
    quint8 attributes = 0;

    [[nodiscard]] bool isDefault() const { return *this == AnsiStyle {}; }

    /// 26 bits per colour (kind, value) and 6 of attributes.
    [[nodiscard]] quint64 pack() const
    {
        const auto color = [](const Color &c) {
            return (quint64(c.kind) << 24) | (c.value & 0xffffff);
        };
        return color(foreground) | (color(background) << 26) | (quint64(attributes & 0x3f) << 52);
    }

    static AnsiStyle unpack(quint64 packed)
    {
        const auto color = [](quint64 bits) {
            return Color {static_cast<Color::Kind>((bits >> 24) & 0x3), quint32(bits & 0xffffff)};
        };
        AnsiStyle style;
        style.foreground = color(packed);
        style.background = color(packed >> 26);
        style.attributes = quint8((packed >> 52) & 0x3f);
        return style;
    }

    bool operator==(const AnsiStyle &) const = default;
};

}  // namespace Hublot::Ui
