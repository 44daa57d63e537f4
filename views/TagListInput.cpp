#include "TagListInput.h"

#include "FieldMessage.h"
#include "TagModel.h"
#include "ThemedIcons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pca::views {

TagListInput::TagListInput(const QString &objectPrefix, const QString &tooMany, QWidget *parent)
    : QWidget(parent)
    , m_tooMany(tooMany)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(objectPrefix + QStringLiteral("Tags"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 260);
    m_table->verticalHeader()->setVisible(false);
    auto *add = new QPushButton(ThemedIcons::icon(QStringLiteral("tag")), tr("Add tag"), this);
    add->setObjectName(objectPrefix + QStringLiteral("AddTag"));
    auto *remove =
        new QPushButton(ThemedIcons::icon(QStringLiteral("delete")), tr("Remove tag"), this);
    remove->setObjectName(objectPrefix + QStringLiteral("RemoveTag"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(objectPrefix + QStringLiteral("TagMessage"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_table->rowCount() >= models::TagModel::kMaxTags) {
            m_message->showError(m_tooMany);
            return;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        revalidate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TagListInput::revalidate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

QList<api::Tag> TagListInput::tags(QString *problem) const
{
    QList<api::Tag> out;
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue; // an empty row is ignored
        QString issue = models::TagModel::keyProblem(key);
        if (issue.isEmpty())
            issue = models::TagModel::valueProblem(value);
        if (issue.isEmpty() && keys.contains(key))
            issue = tr("There is already a tag with the key %1.").arg(key);
        if (!issue.isEmpty()) {
            *problem = tr("Row %1: %2").arg(row + 1).arg(issue);
            return {};
        }
        keys.insert(key);
        out << api::Tag{key, value};
    }
    return out;
}

QString TagListInput::problem() const
{
    QString problem;
    tags(&problem);
    return problem;
}

void TagListInput::revalidate()
{
    m_message->showError(problem());
    Q_EMIT changed();
}

} // namespace pca::views
