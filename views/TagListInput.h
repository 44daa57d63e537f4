// Tags typed before a resource exists (the Create CA wizard, the Request certificate dialog):
// a key–value table with Add and Remove buttons, checked by the API's rules as you type
// (lengths, characters, the reserved aws: prefix, duplicates, the limit of 50). Empty rows are
// ignored.
#pragma once

#include "api/ApiTypes.h"

#include <QWidget>

class QTableWidget;

namespace pca::views {

class FieldMessage;

class TagListInput : public QWidget
{
    Q_OBJECT

public:
    // `objectPrefix` prefixes the object names ("wizard" → wizardTags, wizardAddTag,
    // wizardRemoveTag, wizardTagMessage); `tooMany` is said when the limit is reached.
    TagListInput(const QString &objectPrefix, const QString &tooMany, QWidget *parent = nullptr);

    // The tags typed so far; `problem` gets the first problem (and the list is then empty).
    QList<api::Tag> tags(QString *problem) const;
    QString problem() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void revalidate();

    QTableWidget *m_table;
    FieldMessage *m_message;
    QString m_tooMany;
};

} // namespace pca::views
