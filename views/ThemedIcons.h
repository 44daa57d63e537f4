// The application's SVG icons (resources/icons), drawn in the palette's text colour so they
// read well in light and dark themes, at every size HiDPI screens ask for.
#pragma once

#include <QIcon>
#include <QString>

namespace pca::views {

class ThemedIcons
{
public:
    // `name` without extension, e.g. "create-ca".
    static QIcon icon(const QString &name);
    // Forget rendered icons (after a palette change).
    static void clearCache();
};

} // namespace pca::views
