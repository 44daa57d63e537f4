#include "ThemedIcons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// Resources of a static library are registered explicitly.
static void initPrivateCaResources()
{
    Q_INIT_RESOURCE(privateca);
}

namespace pca::views {

namespace {

QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

} // namespace

QIcon ThemedIcons::icon(const QString &name)
{
    static const bool initialised = [] {
        initPrivateCaResources();
        return true;
    }();
    Q_UNUSED(initialised);
    auto &icons = cache();
    if (const auto found = icons.constFind(name); found != icons.constEnd())
        return *found;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    QByteArray svg = file.readAll();
    const QColor text = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
    svg.replace("currentColor", text.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 40, 48, 64, 96, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    icons.insert(name, icon);
    return icon;
}

void ThemedIcons::clearCache()
{
    cache().clear();
}

} // namespace pca::views
