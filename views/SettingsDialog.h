// Settings: where the store lives (used at the next start), the public base URL of CRL
// distribution points and OCSP URLs (a store setting), the theme (system by default) and the
// language (system by default; used at the next start).
#pragma once

#include "PrivateCaClient.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace pca::views {

class FieldMessage;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(models::PrivateCaClient *client, const QString &currentStore,
                   QWidget *parent = nullptr);
    void accept() override;

private:
    void validateUrl();

    models::PrivateCaClient *m_client;
    QLineEdit *m_store;
    QLineEdit *m_publicUrl;
    QComboBox *m_theme;
    QComboBox *m_language;
    FieldMessage *m_storeMessage;
    FieldMessage *m_urlMessage;
    QPushButton *m_ok;
    QString m_loadedUrl;
    bool m_remote = false; // connected to a server: no store or public URL to set
};

} // namespace pca::views
