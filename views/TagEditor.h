// An editable table of tags with Add and Remove buttons and an inline message: the Tags tab of
// a CA and the tags of a managed certificate. Edits apply at once through the TagModel;
// invalid keys or values are refused inline.
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace pca::models {
class TagModel;
}

namespace pca::views {

class FieldMessage;

class TagEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagEditor(models::TagModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Forgets the last message (another resource is shown).
    void clearMessage();

private:
    void addTag();
    void removeSelected();
    void updateButtons();

    models::TagModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldMessage *m_message;
};

} // namespace pca::views
