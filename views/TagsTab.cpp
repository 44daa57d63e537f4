#include "TagsTab.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "TagModel.h"
#include "ThemedIcons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
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
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(models::TagModel::KeyColumn, 280);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_add = new QPushButton(ThemedIcons::icon(QStringLiteral("tag")), tr("Add tag"), this);
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove = new QPushButton(ThemedIcons::icon(QStringLiteral("delete")), tr("Remove tag"), this);
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("tagMessage"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &TagsTab::addTag);
    connect(m_remove, &QPushButton::clicked, this, &TagsTab::removeSelected);
    connect(m_model, &models::TagModel::validationFailed, this,
            [this](const QModelIndex &, const QString &message) { m_message->showError(message); });
    connect(m_model, &models::TagModel::applyFailed, this, [this](const PcaError &error) {
        m_message->showError(models::ErrorText::oneLine(error));
    });
    connect(m_model, &models::TagModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_message->showHint(tr("Applying…"));
        else if (!m_message->isError())
            m_message->showSuccess(tr("Saved."));
        updateButtons();
    });
    connect(m_model, &models::TagModel::loaded, this, &TagsTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TagsTab::updateButtons);
    updateButtons();
}

void TagsTab::load()
{
    m_message->clearMessage();
    if (m_model->certificateAuthority() == arn())
        m_model->reload();
    else
        m_model->setCertificateAuthority(arn());
    updateButtons();
}

void TagsTab::addTag()
{
    m_message->clearMessage();
    const QModelIndex index = m_model->addRow();
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void TagsTab::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_message->clearMessage();
    m_model->removeRows(rows.first().row(), 1);
}

void TagsTab::updateButtons()
{
    const bool busy = m_model->isBusy();
    m_add->setEnabled(!busy && m_model->isLoaded());
    m_remove->setEnabled(!busy && m_table->selectionModel()->hasSelection());
}

} // namespace pca::views
