#include "CertificateAuthorityModel.h"

#include "DisplayNames.h"

namespace pca::models {

namespace {

// Status order for sorting: what needs attention first.
int statusOrder(api::CertificateAuthorityStatus status)
{
    using S = api::CertificateAuthorityStatus;
    switch (status) {
    case S::ACTIVE:
        return 0;
    case S::PENDING_CERTIFICATE:
        return 1;
    case S::CREATING:
        return 2;
    case S::DISABLED:
        return 3;
    case S::EXPIRED:
        return 4;
    case S::FAILED:
        return 5;
    case S::DELETED:
        return 6;
    }
    return 7;
}

} // namespace

CertificateAuthorityModel::CertificateAuthorityModel(PrivateCaClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_root(std::make_unique<Node>())
{
    connect(client, &PrivateCaClient::certificateAuthorityChanged, this,
            &CertificateAuthorityModel::refreshOne);
}

CertificateAuthorityModel::~CertificateAuthorityModel() = default;

void CertificateAuthorityModel::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_client->listCertificateAuthorityEntries(
        this, [this, generation](const Reply<QList<CertificateAuthorityEntry>> &reply) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!reply.ok()) {
                Q_EMIT errorOccurred(reply.error());
                return;
            }
            beginResetModel();
            m_root = std::make_unique<Node>();
            m_byArn.clear();
            const QList<CertificateAuthorityEntry> &all = reply.value();
            for (const CertificateAuthorityEntry &entry : all) {
                auto node = std::make_unique<Node>();
                node->entry = entry;
                m_byArn.insert(node->arn(), node.get());
                node->parent = m_root.get();
                m_root->children.push_back(std::move(node));
            }
            // Second pass: hang subordinates under their issuers (in creation order).
            std::vector<std::unique_ptr<Node>> topLevel = std::move(m_root->children);
            m_root->children.clear();
            std::vector<std::unique_ptr<Node>> pending;
            for (auto &node : topLevel) {
                Node *issuer = m_byArn.value(node->entry.issuerArn);
                // Guard against cycles: issuer chains of real CAs end at a root.
                Node *walk = issuer;
                for (qsizetype steps = 0; walk && steps <= m_byArn.size(); ++steps) {
                    if (walk == node.get())
                        break;
                    walk = m_byArn.value(walk->entry.issuerArn);
                }
                if (walk)
                    issuer = nullptr;
                node->parent = issuer ? issuer : m_root.get();
                node->parent->children.push_back(std::move(node));
            }
            endResetModel();
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void CertificateAuthorityModel::refreshOne(const QString &arn)
{
    const int generation = m_generation;
    m_client->describeCertificateAuthorityEntry(
        arn, this, [this, arn, generation](const Reply<CertificateAuthorityEntry> &reply) {
            if (generation != m_generation)
                return; // a reload is on its way and will include the change
            if (reply.ok()) {
                apply(reply.value());
            } else if (reply.error().is(errors::ResourceNotFound)) {
                remove(arn);
            } else {
                Q_EMIT errorOccurred(reply.error());
            }
        });
}

CertificateAuthorityModel::Node *
CertificateAuthorityModel::parentFor(const CertificateAuthorityEntry &entry)
{
    Node *issuer = m_byArn.value(entry.issuerArn);
    const QString arn = entry.ca.arn.value_or(QString());
    for (Node *walk = issuer; walk; walk = walk->parent) {
        if (walk->arn() == arn)
            return m_root.get(); // would create a cycle
    }
    return issuer ? issuer : m_root.get();
}

void CertificateAuthorityModel::apply(const CertificateAuthorityEntry &entry)
{
    const QString arn = entry.ca.arn.value_or(QString());
    if (Node *node = m_byArn.value(arn)) {
        node->entry = entry;
        Node *wanted = parentFor(entry);
        if (wanted != node->parent)
            moveNode(node, wanted);
        Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
        Q_EMIT entryChanged(arn);
        return;
    }
    Node *parentNode = parentFor(entry);
    const int row = int(parentNode->children.size());
    beginInsertRows(parentNode == m_root.get() ? QModelIndex() : indexFor(parentNode), row, row);
    auto node = std::make_unique<Node>();
    node->entry = entry;
    node->parent = parentNode;
    Node *raw = node.get();
    parentNode->children.push_back(std::move(node));
    m_byArn.insert(arn, raw);
    endInsertRows();
    // Subordinates that arrived before their issuer move under it.
    QList<Node *> orphans;
    for (const auto &child : m_root->children) {
        if (child.get() != raw && child->entry.issuerArn == arn)
            orphans << child.get();
    }
    for (Node *orphan : orphans)
        moveNode(orphan, raw);
    Q_EMIT entryChanged(arn);
}

void CertificateAuthorityModel::remove(const QString &arn)
{
    Node *node = m_byArn.value(arn);
    if (!node)
        return;
    // Its subordinates stay, at the top level.
    while (!node->children.empty())
        moveNode(node->children.front().get(), m_root.get());
    Node *parentNode = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(parentNode == m_root.get() ? QModelIndex() : indexFor(parentNode), row, row);
    m_byArn.remove(arn);
    parentNode->children.erase(parentNode->children.begin() + row);
    endRemoveRows();
    Q_EMIT entryChanged(arn);
}

void CertificateAuthorityModel::moveNode(Node *node, Node *newParent)
{
    Node *oldParent = node->parent;
    const int from = rowOf(node);
    const int to = int(newParent->children.size());
    const QModelIndex source = oldParent == m_root.get() ? QModelIndex() : indexFor(oldParent);
    const QModelIndex destination = newParent == m_root.get() ? QModelIndex() : indexFor(newParent);
    if (!beginMoveRows(source, from, from, destination, to))
        return;
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    owned->parent = newParent;
    newParent->children.push_back(std::move(owned));
    endMoveRows();
}

CertificateAuthorityModel::Node *CertificateAuthorityModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int CertificateAuthorityModel::rowOf(const Node *node) const
{
    const Node *parentNode = node->parent;
    if (!parentNode)
        return 0;
    for (size_t i = 0; i < parentNode->children.size(); ++i) {
        if (parentNode->children[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex CertificateAuthorityModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex CertificateAuthorityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (parent.isValid() && parent.column() != 0)
        return QModelIndex();
    const Node *parentNode = nodeFor(parent);
    if (size_t(row) >= parentNode->children.size())
        return QModelIndex();
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex CertificateAuthorityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node *node = nodeFor(child);
    return indexFor(node->parent);
}

int CertificateAuthorityModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CertificateAuthorityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CertificateAuthorityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *node = nodeFor(index);
    const api::CertificateAuthority &ca = node->entry.ca;
    const auto status = ca.status.value_or(api::CertificateAuthorityStatus::CREATING);
    const auto type = ca.type.value_or(api::CertificateAuthorityType::ROOT);
    const auto keyAlgorithm = ca.certificateAuthorityConfiguration
                                  ? ca.certificateAuthorityConfiguration->keyAlgorithm
                                  : api::KeyAlgorithm::RSA_2048;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return DisplayNames::caTitle(ca);
        case StatusColumn:
            return DisplayNames::status(status);
        case TypeColumn:
            return DisplayNames::caType(type);
        case KeyAlgorithmColumn:
            return DisplayNames::keyAlgorithm(keyAlgorithm);
        case ExpiresColumn:
            return ca.notAfter ? DisplayNames::date(*ca.notAfter) : QStringLiteral("—");
        case CreatedColumn:
            return ca.createdAt ? DisplayNames::date(*ca.createdAt) : QStringLiteral("—");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return QStringLiteral("%1\n%2").arg(DisplayNames::caTitle(ca),
                                                ca.arn.value_or(QString()));
        case StatusColumn:
            return DisplayNames::statusExplanation(status);
        case ExpiresColumn:
            return ca.notAfter ? DisplayNames::dateTime(*ca.notAfter) : QVariant();
        case CreatedColumn:
            return ca.createdAt ? DisplayNames::dateTime(*ca.createdAt) : QVariant();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return DisplayNames::caTitle(ca).toLower();
        case StatusColumn:
            return statusOrder(status);
        case TypeColumn:
            return int(type);
        case KeyAlgorithmColumn:
            return int(keyAlgorithm);
        case ExpiresColumn:
            return ca.notAfter ? ca.notAfter->toMSecsSinceEpoch()
                               : std::numeric_limits<qint64>::max();
        case CreatedColumn:
            return ca.createdAt ? ca.createdAt->toMSecsSinceEpoch() : qint64(0);
        }
        break;
    case ArnRole:
        return ca.arn.value_or(QString());
    case StatusRole:
        return int(status);
    case TypeRole:
        return int(type);
    case EntryRole:
        return QVariant::fromValue(node->entry);
    case IssuerArnRole:
        return node->entry.issuerArn;
    case SearchTextRole: {
        QStringList parts{DisplayNames::caTitle(ca), ca.arn.value_or(QString()),
                          DisplayNames::status(status), DisplayNames::caType(type),
                          DisplayNames::keyAlgorithm(keyAlgorithm)};
        if (ca.certificateAuthorityConfiguration) {
            const api::Asn1Subject &s = ca.certificateAuthorityConfiguration->subject;
            for (const auto &value :
                 {s.organization, s.organizationalUnit, s.country, s.state, s.locality})
                if (value)
                    parts << *value;
        }
        return parts.join(QLatin1Char('\n'));
    }
    }
    return QVariant();
}

QVariant CertificateAuthorityModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Common name");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case KeyAlgorithmColumn:
        return tr("Key algorithm");
    case ExpiresColumn:
        return tr("Expires");
    case CreatedColumn:
        return tr("Created");
    }
    return QVariant();
}

QHash<int, QByteArray> CertificateAuthorityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ArnRole, "arn");
    names.insert(StatusRole, "status");
    names.insert(TypeRole, "type");
    names.insert(EntryRole, "entry");
    names.insert(SortRole, "sortValue");
    names.insert(IssuerArnRole, "issuerArn");
    return names;
}

QModelIndex CertificateAuthorityModel::indexForArn(const QString &arn, int column) const
{
    return indexFor(m_byArn.value(arn), column);
}

const CertificateAuthorityEntry *CertificateAuthorityModel::entry(const QString &arn) const
{
    const Node *node = m_byArn.value(arn);
    return node ? &node->entry : nullptr;
}

QList<CertificateAuthorityEntry> CertificateAuthorityModel::entries() const
{
    QList<CertificateAuthorityEntry> out;
    for (const Node *node : m_byArn)
        out << node->entry;
    return out;
}

} // namespace pca::models
