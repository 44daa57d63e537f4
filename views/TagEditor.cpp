#include "TagEditor.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "TagModel.h"
#include "ThemedIcons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pca::views {

TagEditor::TagEditor(models::TagModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &TagEditor::addTag);
    connect(m_remove, &QPushButton::clicked, this, &TagEditor::removeSelected);
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
    connect(m_model, &models::TagModel::loaded, this, &TagEditor::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TagEditor::updateButtons);
    updateButtons();
}

void TagEditor::clearMessage()
{
    m_message->clearMessage();
    updateButtons();
}

void TagEditor::addTag()
{
    m_message->clearMessage();
    const QModelIndex index = m_model->addRow();
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void TagEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_message->clearMessage();
    m_model->removeRows(rows.first().row(), 1);
}

void TagEditor::updateButtons()
{
    const bool busy = m_model->isBusy();
    m_add->setEnabled(!busy && m_model->isLoaded());
    m_remove->setEnabled(!busy && m_table->selectionModel()->hasSelection());
}

} // namespace pca::views
