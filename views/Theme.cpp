#include "Theme.h"

#include "ThemedIcons.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace pca::views {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe7, 0xe9);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x2b, 0x7b, 0xd6));
    p.setColor(QPalette::Link, QColor(0x1c, 0x5f, 0xb8));
    return p;
}

} // namespace

void Theme::apply(ThemeChoice choice)
{
    static const QPalette systemPalette = QApplication::palette();
    switch (choice) {
    case ThemeChoice::System:
        QApplication::setPalette(systemPalette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    ThemedIcons::clearCache();
}

ThemeChoice Theme::fromSettingsValue(const QString &value)
{
    if (value == QLatin1StringView("light"))
        return ThemeChoice::Light;
    if (value == QLatin1StringView("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QString Theme::settingsValue(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

BadgeColors Theme::badge(BadgeTone tone, const QPalette &palette)
{
    // Hue per tone; light theme: pale fill, dark text; dark theme: deep fill, light text.
    QColor hue;
    switch (tone) {
    case BadgeTone::Positive:
        hue = QColor(0x2e, 0x9e, 0x5b);
        break;
    case BadgeTone::Pending:
        hue = QColor(0xd9, 0x8a, 0x00);
        break;
    case BadgeTone::Info:
        hue = QColor(0x2b, 0x7b, 0xd6);
        break;
    case BadgeTone::Neutral:
        hue = QColor(0x6b, 0x72, 0x80);
        break;
    case BadgeTone::Warning:
        hue = QColor(0xc2, 0x5b, 0x12);
        break;
    case BadgeTone::Negative:
        hue = QColor(0xd6, 0x45, 0x45);
        break;
    }
    BadgeColors colors;
    if (isDark(palette)) {
        colors.background = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 160), 52);
        colors.foreground = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 200), 205);
        colors.border = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 160), 90);
    } else {
        colors.background = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 200), 235);
        colors.foreground = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 220), 62);
        colors.border = QColor::fromHsl(hue.hslHue(), qMin(hue.hslSaturation(), 160), 200);
    }
    if (tone == BadgeTone::Neutral) {
        colors.background.setHsl(colors.background.hslHue(), 20, colors.background.lightness());
        colors.border.setHsl(colors.border.hslHue(), 20, colors.border.lightness());
    }
    return colors;
}

QColor Theme::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::successText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x9c) : QColor(0x1e, 0x7a, 0x45);
}

} // namespace pca::views
