// Light and dark: the app follows the system palette by default; Settings can force either.
// Also the colours of status badges, chosen to stay readable on both.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace pca::views {

enum class ThemeChoice
{
    System,
    Light,
    Dark
};

enum class BadgeTone
{
    Positive,
    Pending,
    Info,
    Neutral,
    Warning,
    Negative
};

struct BadgeColors
{
    QColor background;
    QColor foreground;
    QColor border;
};

class Theme
{
public:
    // Applies a theme to the application (System restores the platform's palette).
    static void apply(ThemeChoice choice);
    static ThemeChoice fromSettingsValue(const QString &value);
    static QString settingsValue(ThemeChoice choice);
    static bool isDark(const QPalette &palette);
    static BadgeColors badge(BadgeTone tone, const QPalette &palette);
    // Colour of inline error text.
    static QColor errorText(const QPalette &palette);
    static QColor successText(const QPalette &palette);
};

} // namespace pca::views
