// The CRL and OCSP settings of a CA (RevocationConfiguration), as the Create CA wizard and the
// Revocation tab both edit them: every field of CrlConfiguration and OcspConfiguration, the
// dependent fields enabled only while their feature is on.
#pragma once

#include "api/ApiTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pca::views {

class RevocationConfigurationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RevocationConfigurationEditor(QWidget *parent = nullptr);

    api::RevocationConfiguration configuration() const;
    // Shows a configuration without emitting changed().
    void setConfiguration(const api::RevocationConfiguration &configuration);
    // The bucket filled in when the CRL is switched on with an empty bucket field.
    void setDefaultBucket(const QString &bucket) { m_defaultBucket = bucket; }

Q_SIGNALS:
    // The user edited a field.
    void changed();

private:
    void edited();
    void updateEnabled();

    QCheckBox *m_crlEnabled;
    QLineEdit *m_bucket;
    QSpinBox *m_expiration;
    QLineEdit *m_crlCname;
    QLineEdit *m_customPath;
    QCheckBox *m_omitExtension;
    QComboBox *m_crlType;
    QComboBox *m_objectAcl;
    QCheckBox *m_ocspEnabled;
    QLineEdit *m_ocspCname;
    QString m_defaultBucket;
    bool m_filling = false;
};

} // namespace pca::views
