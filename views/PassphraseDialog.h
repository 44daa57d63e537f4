// Unlocking an existing store: the master passphrase, checked off the UI thread. A wrong one
// says so and lets the user try again.
#pragma once

#include "store/SqlStore.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pca::views {

class FieldMessage;

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(const QString &directory, QWidget *parent = nullptr);
    std::shared_ptr<store::SqlStore> store() const { return m_store; }
    int attempts() const { return m_attempts; }
    void accept() override;

private:
    QString m_directory;
    QLineEdit *m_passphrase;
    FieldMessage *m_message;
    QProgressBar *m_busy;
    QPushButton *m_unlock;
    std::shared_ptr<store::SqlStore> m_store;
    int m_attempts = 0;
    bool m_working = false;
};

} // namespace pca::views
