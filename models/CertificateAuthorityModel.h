// The CA tree: every CA of the engine, subordinates under their issuing CA when both live in
// the store. Loaded asynchronously, kept current from the client's change signals.
#pragma once

#include "PrivateCaClient.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace pca::models {

class CertificateAuthorityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TypeColumn,
        KeyAlgorithmColumn,
        ExpiresColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        ArnRole = Qt::UserRole + 1,
        StatusRole, // int(api::CertificateAuthorityStatus)
        TypeRole,   // int(api::CertificateAuthorityType)
        EntryRole,  // CertificateAuthorityEntry
        SortRole,   // raw value for sorting
        IssuerArnRole,
        SearchTextRole, // what the filter box matches
    };

    explicit CertificateAuthorityModel(PrivateCaClient *client, QObject *parent = nullptr);
    ~CertificateAuthorityModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads every CA again (the initial load and the Refresh action).
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    int certificateAuthorityCount() const { return int(m_byArn.size()); }

    QModelIndex indexForArn(const QString &arn, int column = 0) const;
    // The entry of a CA, or nullptr.
    const CertificateAuthorityEntry *entry(const QString &arn) const;
    QList<CertificateAuthorityEntry> entries() const;

Q_SIGNALS:
    void loaded();
    // A CA changed (after the model applied the change).
    void entryChanged(const QString &arn);
    void errorOccurred(const pca::PcaError &error);

private:
    struct Node
    {
        CertificateAuthorityEntry entry;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        QString arn() const { return entry.ca.arn.value_or(QString()); }
    };

    void refreshOne(const QString &arn);
    void apply(const CertificateAuthorityEntry &entry);
    void remove(const QString &arn);
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    // The node a CA with this issuer belongs under.
    Node *parentFor(const CertificateAuthorityEntry &entry);
    void moveNode(Node *node, Node *newParent);

    PrivateCaClient *m_client;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byArn;
    bool m_loaded = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace pca::models
