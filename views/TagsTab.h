// The Tags tab: an editable table of the CA's tags. Edits apply at once through
// Tag/UntagCertificateAuthority; invalid keys or values are refused inline.
#pragma once

#include "CaTab.h"

class QPushButton;
class QTableView;

namespace pca::models {
class TagModel;
}

namespace pca::views {

class FieldMessage;

class TagsTab : public CaTab
{
    Q_OBJECT

public:
    explicit TagsTab(models::PrivateCaClient *client, QWidget *parent = nullptr);
    models::TagModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void load() override;

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
