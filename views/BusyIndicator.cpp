#include "BusyIndicator.h"

#include <QProgressBar>

namespace pca::views {

QProgressBar *createBusyIndicator(QWidget *parent, const QString &objectName,
                                  const QString &accessibleName)
{
    auto *bar = new QProgressBar(parent);
    if (!objectName.isEmpty())
        bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setVisible(false);
    if (!accessibleName.isEmpty())
        bar->setAccessibleName(accessibleName);
    return bar;
}

} // namespace pca::views
