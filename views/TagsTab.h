// The Tags tab: an editable table of the CA's tags. Edits apply at once through
// Tag/UntagCertificateAuthority; invalid keys or values are refused inline.
#pragma once

#include "CaTab.h"

class QTableView;

namespace pca::models {
class TagModel;
}

namespace pca::views {

class TagEditor;

class TagsTab : public CaTab
{
    Q_OBJECT

public:
    explicit TagsTab(models::PrivateCaClient *client, QWidget *parent = nullptr);
    models::TagModel *model() const { return m_model; }
    QTableView *table() const;

protected:
    void load() override;

private:
    models::TagModel *m_model;
    TagEditor *m_editor;
};

} // namespace pca::views
