// The Certificate Manager area of the main window: the certificates ACM manages (status,
// issuing CA, expiry, renewal, and what needs attention in plain words, with certificates
// within the account's DaysBeforeExpiry highlighted), the selected one in full below, and the
// actions request, export, renew now, tags and delete.
#pragma once

#include "CertificateManagerClient.h"
#include "PrivateCaClient.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pca::models {
class CertificateAuthorityModel;
class ManagedCertificateModel;
} // namespace pca::models

namespace pca::views {

class FieldMessage;
class ManagedCertificateDetails;

class ManagedCertificatesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Request,
        Export,
        Renew,
        Tags,
        Delete
    };

    // `cas` lists the CAs a certificate can be requested from.
    ManagedCertificatesPage(models::CertificateManagerClient *acm,
                            models::PrivateCaClient *privateCa,
                            models::CertificateAuthorityModel *cas, QWidget *parent = nullptr);

    models::ManagedCertificateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ManagedCertificateDetails *details() const { return m_details; }
    QAction *action(Action action) const;
    QList<QAction *> pageActions() const { return m_actions; }

    QString selectedArn() const;
    // Selects a certificate (when it is listed, else as soon as it is).
    void selectCertificate(const QString &certificateArn);
    // The CA the Request dialog proposes (the one selected under Private CAs).
    void setPreferredCertificateAuthority(const QString &caArn) { m_preferredCa = caArn; }

public Q_SLOTS:
    void requestCertificate();
    void exportCertificate();
    void renewCertificate();
    void editTags();
    void deleteCertificate();
    void refresh();

Q_SIGNALS:
    // A short confirmation for the status bar.
    void statusMessage(const QString &message);
    // One of the page's actions was triggered (before it runs).
    void actionTriggered();

private:
    QAction *createAction(const QString &icon, const QString &text, const QKeySequence &shortcut,
                          const QString &objectName, void (ManagedCertificatesPage::*slot)());
    void buildTable();
    void showSelected();
    void updateActions();
    void updateSummary();
    const ManagedCertificateView *selected() const;

    models::CertificateManagerClient *m_acm;
    models::PrivateCaClient *m_privateCa;
    models::CertificateAuthorityModel *m_cas;
    models::ManagedCertificateModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    FieldMessage *m_summary;
    ManagedCertificateDetails *m_details;
    QList<QAction *> m_actions;
    QString m_preferredCa;
    QString m_pendingSelection;
};

} // namespace pca::views
