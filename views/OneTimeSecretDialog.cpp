#include "OneTimeSecretDialog.h"

#include "FieldMessage.h"
#include "ThemedIcons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

OneTimeSecretDialog::OneTimeSecretDialog(const QString &title, const QString &intro,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("oneTimeSecretDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto *warning = new FieldMessage(this);
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->showError(tr("This is the only time the secret access key is shown. Copy it now "
                          "and keep it somewhere safe: it cannot be read again. If you lose "
                          "it, create a new key and delete this one."));
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close =
        buttons->addButton(tr("I have saved the secret"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("secretSavedButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void OneTimeSecretDialog::addValue(const QString &label, const QString &value, const QString &name,
                                   bool secret)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name + QStringLiteral("Field"));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(value) + 16);
    edit->setAccessibleName(label);
    auto *copy = new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy"), this);
    QString upper = name;
    upper[0] = upper.at(0).toUpper();
    copy->setObjectName(QStringLiteral("copy%1Button").arg(upper));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    connect(copy, &QPushButton::clicked, this, [edit, copy] {
        QGuiApplication::clipboard()->setText(edit->text());
        copy->setText(tr("Copied"));
    });
    row->addWidget(edit, 1);
    row->addWidget(copy);
    m_form->addRow(label, row);
    if (secret)
        edit->setAccessibleDescription(tr("Shown only now"));
}

QLineEdit *OneTimeSecretDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name + QStringLiteral("Field"));
}

void OneTimeSecretDialog::done(int result)
{
    // Gone from the widgets (the clipboard keeps what the user copied: it is about to be
    // pasted somewhere).
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->clear();
    QDialog::done(result);
}

} // namespace pca::views
