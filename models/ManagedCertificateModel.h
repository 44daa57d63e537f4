// Certificate Manager's certificates as a table: domain, status, issuing CA, key algorithm,
// NotAfter, days left, renewal status and, in a few plain words, what needs attention (a failed
// issuance or renewal with its reason, expiry within the account's DaysBeforeExpiry, the date
// managed renewal starts; the whole sentence is the cell's tooltip). Loaded asynchronously and kept
// current from the client's certificateChanged signal; updates are applied row by row, so
// selections survive them.
#pragma once

#include "CertificateManagerClient.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace pca::models {

class ManagedCertificateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DomainColumn,
        StatusColumn,
        CaColumn,
        KeyAlgorithmColumn,
        NotAfterColumn,
        DaysLeftColumn,
        RenewalColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        ArnRole = Qt::UserRole + 1,
        StatusRole,        // int(api::acm::CertificateStatus)
        RenewalStatusRole, // int(api::acm::RenewalStatus), -1 before the first renewal
        ExpiryRole,        // int(Expiry)
        SortRole,          // raw value for sorting
        CaArnRole,
    };
    enum class Expiry
    {
        Unknown, // not issued yet
        Distant,
        Approaching, // within the account's DaysBeforeExpiry
        Expired
    };

    explicit ManagedCertificateModel(CertificateManagerClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the certificates and the account's DaysBeforeExpiry again.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // The account's DaysBeforeExpiry (ACM's default until read).
    int daysBeforeExpiry() const { return m_daysBeforeExpiry; }

    const ManagedCertificateView *certificate(int row) const;
    int rowForArn(const QString &certificateArn) const;
    int approachingExpiryCount() const;
    int failedRenewalCount() const;
    int failedCount() const;

    // What needs attention about a certificate, or what happens next, in plain words: the
    // Details pane and the Details column's tooltip.
    QString details(const ManagedCertificateView &view) const;
    // The same in a few words, for the Details column (e.g. "ACM not authorized by the CA").
    QString shortDetails(const ManagedCertificateView &view) const;
    static Expiry expiryOf(const ManagedCertificateView &view);

Q_SIGNALS:
    // The certificates were read (after every reload).
    void loaded();
    void errorOccurred(const pca::PcaError &error);

private:
    void apply(QList<ManagedCertificateView> next);
    QVariant display(const ManagedCertificateView &view, int column) const;
    QVariant sortValue(const ManagedCertificateView &view, int column) const;
    QString toolTip(const ManagedCertificateView &view, int column) const;

    CertificateManagerClient *m_client;
    QList<ManagedCertificateView> m_rows;
    int m_daysBeforeExpiry = CertificateManager::kDefaultDaysBeforeExpiry;
    bool m_loaded = false;
    int m_generation = 0;
    QTimer m_changes; // coalesces the signals of one issuance or renewal into one reload
};

} // namespace pca::models
