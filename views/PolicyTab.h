// The Policy tab: a JSON editor for the CA's resource policy that validates as you type and
// before it applies (PutPolicy), and deletes it (DeletePolicy).
#pragma once

#include "CaTab.h"

class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pca::views {

class FieldMessage;

class PolicyTab : public CaTab
{
    Q_OBJECT

public:
    explicit PolicyTab(models::PrivateCaClient *client, QWidget *parent = nullptr);
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    void load() override;

private:
    void validate();
    void apply();
    void remove();
    void updateButtons();

    QPlainTextEdit *m_editor;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_delete;
    QPushButton *m_revert;
    QPushButton *m_example;
    QPushButton *m_format;
    QTimer *m_validateDelay;
    QString m_stored;
    bool m_hasPolicy = false;
    bool m_valid = false;
    int m_generation = 0;
};

} // namespace pca::views
