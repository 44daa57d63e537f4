#include "TagsTab.h"

#include "TagEditor.h"
#include "TagModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pca::views {

TagsTab::TagsTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
    , m_model(new models::TagModel(client, this))
{
    setObjectName(QStringLiteral("tagsTab"));
    auto *intro = new QLabel(tr("Tags are key–value labels for organizing CAs. Double-click a "
                                "key or value to change it; changes apply at once."),
                             this);
    intro->setWordWrap(true);
    m_editor = new TagEditor(m_model, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
}

QTableView *TagsTab::table() const
{
    return m_editor->table();
}

void TagsTab::load()
{
    m_editor->clearMessage();
    if (m_model->certificateAuthority() == arn())
        m_model->reload();
    else
        m_model->setCertificateAuthority(arn());
}

} // namespace pca::views
