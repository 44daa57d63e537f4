// The thin indeterminate bar the app shows while work runs in the background: no text,
// hidden until the caller shows it.
#pragma once

#include <QString>

class QProgressBar;
class QWidget;

namespace pca::views {

QProgressBar *createBusyIndicator(QWidget *parent, const QString &objectName = QString(),
                                  const QString &accessibleName = QString());

} // namespace pca::views
