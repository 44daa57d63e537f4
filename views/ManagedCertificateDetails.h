// The selected managed certificate in full: its names, ARN, status, issuing CA, key, serial,
// validity, renewal and — when issuance or renewal failed — the reason in plain words with the
// CA's own answer below it.
#pragma once

#include "service/CertificateManager.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace pca::views {

class FieldMessage;
class StatusBadge;

class ManagedCertificateDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ManagedCertificateDetails(QWidget *parent = nullptr);

    // `details` is the model's plain-words line for the certificate.
    void showCertificate(const ManagedCertificateView &view, const QString &details);
    void showNothing();

private:
    static QLabel *addValue(QWidget *page, const QString &objectName);

    QStackedWidget *m_pages;
    QLabel *m_title;
    StatusBadge *m_status;
    StatusBadge *m_renewal;
    FieldMessage *m_problem;
    FieldMessage *m_caAnswer;
    QLabel *m_names;
    QLabel *m_arn;
    QLabel *m_ca;
    QLabel *m_key;
    QLabel *m_serial;
    QLabel *m_validity;
    QLabel *m_exported;
    FieldMessage *m_empty;
};

} // namespace pca::views
