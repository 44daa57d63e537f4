// "Connect to a server…": the URL of a privateca-server, the access key to sign with (typed,
// or an AWS profile of the shared credentials file, its region from the config file), the
// region and, for https with a private CA, a file of CA certificates to trust. Connecting asks
// the server who the key is (STS GetCallerIdentity), so a wrong URL, key or certificate shows
// here, in the server's or the network's words. The last server is remembered in QSettings,
// without the secret (a profile name is remembered, the profile keeps the secret).
#pragma once

#include "RemoteConnection.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace pca::views {

class FieldMessage;

class ConnectToServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectToServerDialog(QWidget *parent = nullptr);
    ~ConnectToServerDialog() override;

    // After acceptance: the connection (its owner is the caller) and who the key is.
    std::unique_ptr<models::RemoteConnection> takeConnection();
    models::CallerIdentity identity() const { return m_identity; }

    // The command line's choice (privateca --connect URL [--profile NAME]) over the remembered
    // one; an empty `profile` keeps the remembered way of signing.
    void preset(const QString &url, const QString &profile);
    // True when everything needed to connect is there (a profile, not a secret to type).
    bool canConnect() const { return problem().isEmpty(); }

    void accept() override;

private:
    void update();
    void profileChanged();
    QString problem() const;
    models::RemoteEndpoint endpoint() const;
    void remember() const;

    QLineEdit *m_url;
    QRadioButton *m_useKey;
    QRadioButton *m_useProfile;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QComboBox *m_profile;
    QComboBox *m_region;
    QLineEdit *m_caFile;
    FieldMessage *m_message;
    QProgressBar *m_busy;
    QPushButton *m_connect;
    std::unique_ptr<models::RemoteConnection> m_connection;
    models::CallerIdentity m_identity;
    bool m_working = false;
};

} // namespace pca::views
