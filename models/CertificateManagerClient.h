// The narrow, asynchronous door through which models and views reach Certificate Manager (ACM):
// private certificates that a CA of the store issues and ACM renews.
//
// The same contract as PrivateCaClient: every call returns at once and hands its typed result
// or PcaError to `handler` later, on the client's thread, unless `receiver` was destroyed
// meanwhile. Requests and responses are the API shapes of core/api/AcmTypes.h, so a remote
// client speaking ACM's JSON API can replace LocalCertificateManagerClient without touching
// views.
#pragma once

#include "Reply.h"
#include "api/AcmTypes.h"
#include "service/CertificateManager.h"

#include <QObject>

namespace pca::models {

class CertificateManagerClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CertificateManagerClient() override;

    // True while at least one call is in flight.
    virtual bool isBusy() const = 0;

    // ---- the ACM actions the desktop uses ------------------------------------------------------
    virtual void requestCertificate(const api::acm::RequestCertificateRequest &request,
                                    QObject *receiver,
                                    Handler<api::acm::RequestCertificateResponse> handler) = 0;
    virtual void deleteCertificate(const QString &certificateArn, QObject *receiver,
                                   Handler<Done> handler) = 0;
    virtual void renewCertificate(const QString &certificateArn, QObject *receiver,
                                  Handler<Done> handler) = 0;
    // The certificate, its chain and its private key encrypted with the request's passphrase.
    virtual void exportCertificate(const api::acm::ExportCertificateRequest &request,
                                   QObject *receiver,
                                   Handler<api::acm::ExportCertificateResponse> handler) = 0;
    virtual void listTagsForCertificate(const QString &certificateArn, QObject *receiver,
                                        Handler<QList<api::Tag>> handler) = 0;
    virtual void addTagsToCertificate(const api::acm::AddTagsToCertificateRequest &request,
                                      QObject *receiver, Handler<Done> handler) = 0;
    virtual void
    removeTagsFromCertificate(const api::acm::RemoveTagsFromCertificateRequest &request,
                              QObject *receiver, Handler<Done> handler) = 0;

    // ---- beyond the API ------------------------------------------------------------------------
    // Key, certificate and chain as one PKCS#12 file protected by `password`.
    virtual void exportPkcs12(const QString &certificateArn, const QByteArray &password,
                              QObject *receiver, Handler<QByteArray> handler) = 0;
    // Every managed certificate, oldest first, with what the desktop shows beside it.
    virtual void listManagedCertificates(QObject *receiver,
                                         Handler<QList<ManagedCertificateView>> handler) = 0;
    // What the CA's "Authorize ACM to use this CA for renewals" checkbox governs.
    virtual void dependentsOf(const QString &caArn, QObject *receiver,
                              Handler<AcmDependents> handler) = 0;
    // The account's DaysBeforeExpiry: from then on a certificate counts as approaching expiry.
    virtual void daysBeforeExpiry(QObject *receiver, Handler<int> handler) = 0;
    // Managed renewal (time-driven); the value is the number of certificates renewed.
    virtual void runMaintenance(QObject *receiver, Handler<int> handler) = 0;

Q_SIGNALS:
    // A managed certificate was requested, issued, renewed, failed, changed or deleted
    // (delivered on the client's thread).
    void certificateChanged(const QString &certificateArn);
    void busyChanged(bool busy);
};

} // namespace pca::models

Q_DECLARE_METATYPE(pca::ManagedCertificateView)
