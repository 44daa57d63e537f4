// An engine error for people: what went wrong in plain words, the engine's detail, and the AWS
// exception name with a button to copy it (for search engines and support requests).
#pragma once

#include "PcaError.h"

#include <QDialog>

namespace pca::views {

class ErrorDialog : public QDialog
{
    Q_OBJECT

public:
    ErrorDialog(const QString &title, const PcaError &error, QWidget *parent = nullptr);
};

} // namespace pca::views
