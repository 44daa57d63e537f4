// Shows credentials that cannot be read again: a new access key's ID and secret (or a new
// account's administrator key), each with a Copy button, and a plain warning that this is the
// only time the secret is shown. The secret leaves the widgets when the dialog closes.
#pragma once

#include <QDialog>

class QLineEdit;
class QFormLayout;

namespace pca::views {

class OneTimeSecretDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimeSecretDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    // Adds a read-only field with a Copy button; `name` becomes the objectName of the field
    // ("<name>Field") and of its button ("copy<Name>Button", first letter upper-cased).
    void addValue(const QString &label, const QString &value, const QString &name,
                  bool secret = false);
    QLineEdit *field(const QString &name) const;

protected:
    void done(int result) override;

private:
    QFormLayout *m_form;
};

} // namespace pca::views
