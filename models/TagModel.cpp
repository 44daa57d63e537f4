#include "TagModel.h"

#include "api/ApiValidation.h"

#include <QFont>

namespace pca::models {

TagModel::TagModel(PrivateCaClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(client, &PrivateCaClient::tagsChanged, this, &TagModel::resourceChanged);
}

TagModel::TagModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TagModel::~TagModel() = default;

void TagModel::resourceChanged(const QString &arn)
{
    if (arn == m_arn && m_pending == 0)
        reload();
}

void TagModel::readTags(const QString &arn, Handler<QList<api::Tag>> handler)
{
    m_client->listAllTags(arn, this, std::move(handler));
}

void TagModel::addTags(const QString &arn, const QList<api::Tag> &tags, Handler<Done> handler)
{
    m_client->tagCertificateAuthority({arn, tags}, this, std::move(handler));
}

void TagModel::removeTags(const QString &arn, const QList<api::Tag> &tags, Handler<Done> handler)
{
    m_client->untagCertificateAuthority({arn, tags}, this, std::move(handler));
}

QString TagModel::tooManyTagsMessage() const
{
    return tr("A certificate authority can have at most %1 tags.").arg(kMaxTags);
}

QString TagModel::keyProblem(const QString &key)
{
    const qsizetype length = api::detail::codePointLength(key);
    if (length < api::rules::tagKey.min)
        return tr("A tag needs a key.");
    if (length > api::rules::tagKey.max)
        return tr("A tag key can have at most %1 characters.").arg(api::rules::tagKey.max);
    if (!api::detail::matchesPattern(api::rules::tagKey.pattern, key))
        return tr("A tag key may contain letters, digits, spaces and _ . : / = + - @ only.");
    if (key.startsWith(QStringLiteral("aws:"), Qt::CaseInsensitive))
        return tr("Tag keys starting with aws: are reserved.");
    return QString();
}

QString TagModel::valueProblem(const QString &value)
{
    if (api::detail::codePointLength(value) > api::rules::tagValue.max)
        return tr("A tag value can have at most %1 characters.").arg(api::rules::tagValue.max);
    if (!api::detail::matchesPattern(api::rules::tagValue.pattern, value))
        return tr("A tag value may contain letters, digits, spaces and _ . : / = + - @ only.");
    return QString();
}

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return index.column() == KeyColumn ? row.key : row.value;
    case Qt::ToolTipRole:
        if (!row.applied)
            return tr("Type a key to add this tag.");
        break;
    case Qt::FontRole:
        if (!row.applied) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    return QVariant();
}

Qt::ItemFlags TagModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_pending == 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == KeyColumn ? tr("Key") : tr("Value");
}

bool TagModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        m_pending > 0)
        return false;
    const QString text = value.toString();
    Row &row = m_rows[index.row()];
    if (index.column() == KeyColumn) {
        if (text == row.key)
            return false;
        if (!row.applied && text.isEmpty())
            return false; // an empty new row stays empty
        const QString problem = keyProblem(text);
        if (!problem.isEmpty()) {
            Q_EMIT validationFailed(index, problem);
            return false;
        }
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (i != index.row() && m_rows.at(i).key == text) {
                Q_EMIT validationFailed(index,
                                        tr("There is already a tag with the key %1.").arg(text));
                return false;
            }
        }
        const QString oldKey = row.key;
        const bool wasApplied = row.applied;
        row.key = text;
        Q_EMIT dataChanged(index, index);
        // Renaming: the new key first, so a failure leaves the old tag in place.
        apply({api::Tag{text, row.value}},
              wasApplied ? QList<api::Tag>{api::Tag{oldKey, std::nullopt}} : QList<api::Tag>{});
        return true;
    }
    if (text == row.value)
        return false;
    const QString problem = valueProblem(text);
    if (!problem.isEmpty()) {
        Q_EMIT validationFailed(index, problem);
        return false;
    }
    row.value = text;
    Q_EMIT dataChanged(index, index);
    if (!row.key.isEmpty())
        apply({api::Tag{row.key, text}}, {});
    return true;
}

bool TagModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size() || m_pending > 0)
        return false;
    QList<api::Tag> untag;
    for (int i = row; i < row + count; ++i) {
        if (m_rows.at(i).applied)
            untag << api::Tag{m_rows.at(i).key, std::nullopt};
    }
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    if (!untag.isEmpty())
        apply({}, untag);
    return true;
}

QModelIndex TagModel::addRow()
{
    if (!m_loaded)
        return QModelIndex();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).applied && m_rows.at(i).key.isEmpty())
            return index(int(i), KeyColumn); // reuse the empty new row
    }
    if (m_rows.size() >= kMaxTags) {
        Q_EMIT validationFailed(QModelIndex(), tooManyTagsMessage());
        return QModelIndex();
    }
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row{});
    endInsertRows();
    return index(row, KeyColumn);
}

QList<api::Tag> TagModel::tags() const
{
    QList<api::Tag> out;
    for (const Row &row : m_rows) {
        if (row.applied)
            out << api::Tag{row.key, row.value};
    }
    return out;
}

void TagModel::setResource(const QString &arn)
{
    if (arn == m_arn)
        return;
    m_arn = arn;
    m_loaded = false;
    setRows({});
    reload();
}

void TagModel::reload()
{
    const int generation = ++m_generation;
    if (m_arn.isEmpty())
        return;
    readTags(m_arn, [this, generation](const Reply<QList<api::Tag>> &reply) {
        if (generation != m_generation)
            return;
        QList<Row> rows;
        if (reply.ok()) {
            for (const api::Tag &tag : reply.value())
                rows << Row{tag.key, tag.value.value_or(QString()), true};
        }
        setRows(rows);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void TagModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TagModel::apply(const QList<api::Tag> &tag, const QList<api::Tag> &untag)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    const QString arn = m_arn;
    const auto done = [this](const std::optional<PcaError> &error) {
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
        if (error)
            Q_EMIT applyFailed(*error);
        reload(); // the engine's state, whatever happened
    };
    const auto untagStep = [this, arn, untag, done] {
        if (untag.isEmpty()) {
            done(std::nullopt);
            return;
        }
        removeTags(arn, untag, [done](const Reply<Done> &reply) {
            done(reply.ok() ? std::nullopt : std::optional<PcaError>(reply.error()));
        });
    };
    if (tag.isEmpty()) {
        untagStep();
        return;
    }
    addTags(arn, tag, [done, untagStep](const Reply<Done> &reply) {
        if (!reply.ok())
            done(reply.error());
        else
            untagStep();
    });
}

} // namespace pca::models
