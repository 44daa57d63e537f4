#include "AccessFormDialog.h"

#include "ErrorText.h"
#include "FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

AccessFormDialog::AccessFormDialog(const QString &title, const QString &intro,
                                   const QList<Field> &fields, const QString &submitText,
                                   QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setObjectName(QStringLiteral("accessFormDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    auto *form = new QFormLayout;
    for (const Field &field : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(field.objectName);
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::textChanged, this, &AccessFormDialog::updateSubmit);
        m_edits << edit;
        if (field.hint.isEmpty()) {
            form->addRow(field.label, edit);
        } else {
            auto *box = new QVBoxLayout;
            box->setSpacing(2);
            box->addWidget(edit);
            auto *hint = new FieldMessage(this);
            hint->showHint(field.hint);
            box->addWidget(hint);
            form->addRow(field.label, box);
        }
    }
    layout->addLayout(form);
    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("accessFormError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("accessFormSubmit"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_submit->isEnabled())
            Q_EMIT submitted();
    });
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateSubmit();
}

QString AccessFormDialog::value(const QString &objectName) const
{
    for (QLineEdit *edit : m_edits) {
        if (edit->objectName() == objectName)
            return edit->text().trimmed();
    }
    return {};
}

void AccessFormDialog::showError(const PcaError &error)
{
    m_error->showError(models::ErrorText::oneLine(error));
}

void AccessFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->clearMessage();
    updateSubmit();
}

void AccessFormDialog::updateSubmit()
{
    bool ok = !m_busy;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString text = m_edits.at(i)->text().trimmed();
        const Field &field = m_fields.at(i);
        if (text.isEmpty()) {
            ok = ok && field.optional;
            continue;
        }
        const QRegularExpression whole(
            QRegularExpression::anchoredPattern(field.pattern.pattern()));
        ok = ok && whole.match(text).hasMatch();
    }
    m_submit->setEnabled(ok);
}

} // namespace pca::views
