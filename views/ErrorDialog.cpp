#include "ErrorDialog.h"

#include "ErrorText.h"
#include "ThemedIcons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

ErrorDialog::ErrorDialog(const QString &title, const PcaError &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("errorDialog"));
    setWindowTitle(title);
    const models::ErrorExplanation explanation = models::ErrorText::explain(error);

    auto *icon = new QLabel(this);
    icon->setPixmap(ThemedIcons::icon(QStringLiteral("warning")).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);

    auto *summary = new QLabel(explanation.summary, this);
    summary->setObjectName(QStringLiteral("errorSummary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    summary->setFont(bold);

    auto *detail = new QLabel(explanation.detail, this);
    detail->setObjectName(QStringLiteral("errorDetail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *name = new QLabel(tr("Error code: %1").arg(explanation.exceptionName), this);
    name->setObjectName(QStringLiteral("errorName"));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = name->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    name->setPalette(muted);

    auto *copy =
        new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy error code"), this);
    copy->setObjectName(QStringLiteral("copyErrorNameButton"));
    connect(copy, &QPushButton::clicked, this,
            [name = explanation.exceptionName] { QApplication::clipboard()->setText(name); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *text = new QVBoxLayout;
    text->addWidget(summary);
    text->addWidget(detail);
    text->addSpacing(6);
    text->addWidget(name);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace pca::views
