// A small form of the Access page (create account, create user): a few text fields checked
// against IAM's patterns, the engine's answer shown inline, and the dialog kept open until the
// call succeeds (the page runs the call when `submitted` is emitted).
#pragma once

#include "PcaError.h"

#include <QDialog>
#include <QRegularExpression>

class QLineEdit;
class QFormLayout;
class QPushButton;

namespace pca::views {

class FieldMessage;

class AccessFormDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        QString objectName;
        QString placeholder;
        QRegularExpression pattern; // the whole text must match (an empty text: `optional`)
        bool optional = false;
        QString hint;
    };

    AccessFormDialog(const QString &title, const QString &intro, const QList<Field> &fields,
                     const QString &submitText, QWidget *parent = nullptr);

    QString value(const QString &objectName) const;
    QPushButton *submitButton() const { return m_submit; }
    // The engine refused: shows why and lets the user correct the values.
    void showError(const PcaError &error);
    // While the call runs: nothing can be submitted twice.
    void setBusy(bool busy);

Q_SIGNALS:
    void submitted();

private:
    void updateSubmit();

    QList<Field> m_fields;
    QList<QLineEdit *> m_edits;
    FieldMessage *m_error;
    QPushButton *m_submit;
    bool m_busy = false;
};

} // namespace pca::views
