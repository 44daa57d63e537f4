// The tags of one CA as an editable table. Edits apply through TagCertificateAuthority /
// UntagCertificateAuthority; keys and values are checked inline first (lengths, characters,
// the reserved aws: prefix, duplicates, the limit of 50), so bad input changes nothing.
// Subclasses edit the tags of other resources (ManagedCertificateTagModel) by overriding where
// the tags are read and written.
#pragma once

#include "PrivateCaClient.h"

#include <QAbstractTableModel>

namespace pca::models {

class TagModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    static constexpr int kMaxTags = 50;

    explicit TagModel(PrivateCaClient *client, QObject *parent = nullptr);
    ~TagModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Removes tags from the CA (UntagCertificateAuthority); new rows not applied yet just go.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setCertificateAuthority(const QString &caArn) { setResource(caArn); }
    QString certificateAuthority() const { return m_arn; }
    void reload();
    bool isBusy() const { return m_pending > 0; }
    // Whether the CA's tags have been read (new rows wait for it).
    bool isLoaded() const { return m_loaded; }
    QList<api::Tag> tags() const;

    // Appends an empty row to type a new tag into; returns its key index (invalid when the
    // limit is reached, with validationFailed emitted).
    QModelIndex addRow();

    // Problems of a key or value by the API's rules (empty when fine).
    static QString keyProblem(const QString &key);
    static QString valueProblem(const QString &value);

Q_SIGNALS:
    void loaded();
    // Inline validation refused an edit; nothing was changed.
    void validationFailed(const QModelIndex &index, const QString &message);
    // The engine refused a change; the table shows the engine's state again.
    void applyFailed(const pca::PcaError &error);
    void busyChanged(bool busy);

protected:
    // For subclasses, which read and write tags through the overrides below.
    explicit TagModel(QObject *parent);
    // The resource whose tags are shown (reloads when it is another one).
    void setResource(const QString &arn);
    QString resource() const { return m_arn; }
    // The engine reports that the resource's tags may have changed.
    void resourceChanged(const QString &arn);

    virtual void readTags(const QString &arn, Handler<QList<api::Tag>> handler);
    virtual void addTags(const QString &arn, const QList<api::Tag> &tags, Handler<Done> handler);
    virtual void removeTags(const QString &arn, const QList<api::Tag> &tags, Handler<Done> handler);
    // What addRow says when the resource has kMaxTags tags.
    virtual QString tooManyTagsMessage() const;

private:
    struct Row
    {
        QString key;
        QString value;
        bool applied = false; // false: a new row not sent yet
    };
    void apply(const QList<api::Tag> &tag, const QList<api::Tag> &untag);
    void setRows(QList<Row> rows);

    PrivateCaClient *m_client = nullptr; // null in subclasses
    QString m_arn;
    QList<Row> m_rows;
    int m_pending = 0;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace pca::models
