// Puts an inline policy of an IAM user: its name and a JSON editor that checks the document as
// you type with the engine's own parser, showing IAM's MalformedPolicyDocument reason under the
// editor and enabling Save only for a document the engine accepts. The engine's answer to the
// save (e.g. a quota) is shown in the dialog, which stays open until the policy is saved.
#pragma once

#include "AccessClient.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pca::views {

class FieldMessage;

class PolicyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `policyName` empty: a new policy (the name is asked); else that policy is loaded and
    // replaced on save.
    PolicyEditorDialog(models::AccessClient *client, const QString &accountId,
                       const QString &userName, const QString &policyName,
                       QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *documentEdit() const { return m_document; }
    FieldMessage *problem() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    // Checks the document now (the editor does it shortly after each change).
    void validate();

Q_SIGNALS:
    void saved(const QString &policyName);

private:
    void save();
    void format();
    void updateSaveButton();

    models::AccessClient *m_client;
    QString m_accountId;
    QString m_userName;
    QLineEdit *m_name;
    QPlainTextEdit *m_document;
    FieldMessage *m_problem;
    FieldMessage *m_saveError;
    QPushButton *m_save;
    QPushButton *m_format;
    QTimer *m_check;
    bool m_valid = false;
    bool m_saving = false;
};

} // namespace pca::views
