// The first start: where the store lives, the master passphrase (twice, with a strength
// hint), and the account id and region that appear in every ARN (sensible defaults).
// Creates the store off the UI thread. "Connect to a server…" ends it with ConnectToServer
// instead (no local store).
#pragma once

#include "store/SqlStore.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pca::views {

class FieldMessage;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // The result of exec() when the user chose to connect to a server.
    static constexpr int ConnectToServer = 2;

    explicit WelcomeDialog(const QString &directory, QWidget *parent = nullptr);

    QString directory() const;
    // The store created when the dialog was accepted.
    std::shared_ptr<store::SqlStore> store() const { return m_store; }
    // Accepted because a store already exists at the location: open it instead (store() is
    // null).
    bool openExisting() const { return m_openExisting; }
    void accept() override;

    // AWS regions offered in the region box (any valid name may be typed).
    static QStringList knownRegions();

private:
    void update();
    QString problem() const;

    QLineEdit *m_directory;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QProgressBar *m_strength;
    QLabel *m_strengthLabel;
    QLineEdit *m_accountId;
    QComboBox *m_region;
    FieldMessage *m_message;
    QProgressBar *m_busy;
    QPushButton *m_create;
    std::shared_ptr<store::SqlStore> m_store;
    bool m_working = false;
    bool m_openExisting = false;
};

} // namespace pca::views
