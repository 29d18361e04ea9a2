// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Hublot::Ui {

namespace {

const auto SettingsKey = QStringLiteral("ui/theme");

// The style and palette the platform gave before any choice was applied,
// to go back to when the choice returns to System.
struct Original
{
    QString style;
    QPalette palette;
    bool known = false;
};

Original &original()
{
    static Original o;
    return o;
}

void followSystem()
{
    QStyleHints *hints = QGuiApplication::styleHints();
    const bool systemDark = hints->colorScheme() == Qt::ColorScheme::Dark;
    const Original &o = original();
    // A platform theme that knows the scheme hands over a matching palette;
    // where it does not (a bare X server, some desktops), Hublot supplies one.
    if (Theme::isDark(o.palette) == systemDark) {
        QApplication::setStyle(o.style);
        QApplication::setPalette(o.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(systemDark ? Theme::darkPalette() : Theme::lightPalette());
    }
}

}  // namespace

Theme::Choice Theme::saved()
{
    return fromName(QSettings().value(SettingsKey).toString());
}

void Theme::save(Choice choice)
{
    QSettings settings;
    if (choice == Choice::System)
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, choice == Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

Theme::Choice Theme::fromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == u"light")
        return Choice::Light;
    if (name == u"dark")
        return Choice::Dark;
    if (ok)
        *ok = name.isEmpty() || name == u"system";
    return Choice::System;
}

void Theme::apply(Choice choice)
{
    Original &o = original();
    if (!o.known) {
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.known = true;
    }
    static QMetaObject::Connection following;
    QObject::disconnect(following);
    switch (choice) {
    case Choice::System:
        followSystem();
        following = QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp,
                                     [] { followSystem(); });
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

namespace {

// Whether a pixmap is a dark glyph: its visible pixels dark and grey.
bool isDarkGlyph(const QImage &image)
{
    double lightness = 0;
    int counted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 64)
                continue;
            if (colour.hslSaturationF() > 0.3)
                return false;  // a coloured icon keeps its colours
            lightness += colour.lightnessF();
            ++counted;
        }
    }
    return counted > 0 && lightness / counted < 0.35;
}

// Paints the style's icon, tinted with the text's colour when the palette
// in use at that moment is dark and the icon is a dark glyph.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QIcon base)
        : m_base(std::move(base))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm = m_base.pixmap(size, mode, state);
        const QPalette palette = QApplication::palette();
        if (pm.isNull() || !Theme::isDark(palette))
            return pm;
        QImage image = pm.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (!isDarkGlyph(image))
            return pm;
        QPainter tint(&image);
        tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
        tint.fillRect(
            image.rect(),
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText));
        tint.end();
        return QPixmap::fromImage(image);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.availableSizes(mode, state);
    }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_base); }
    QString key() const override { return QStringLiteral("hublot-palette"); }

private:
    QIcon m_base;
};

}  // namespace

QIcon Theme::actionIcon(QIcon::ThemeIcon themed, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(themed))
        return QIcon::fromTheme(themed);
    return QIcon(new PaletteIconEngine(QApplication::style()->standardIcon(fallback)));
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette Theme::lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x3d, 0x8b, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    const QColor disabled(0x7a, 0x7d, 0x83);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return p;
}

}  // namespace Hublot::Ui
