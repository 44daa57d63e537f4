#include "PolicyTab.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ResourcePolicyText.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

using models::ResourcePolicyText;

PolicyTab::PolicyTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
{
    setObjectName(QStringLiteral("policyTab"));
    auto *intro = new QLabel(tr("A resource-based policy lets other accounts use this CA, for "
                                "example to issue certificates. It is checked before it is "
                                "applied."),
                             this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setAccessibleName(tr("Policy JSON"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("No policy is attached. Type one, or start from the example."));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_apply = new QPushButton(tr("Apply policy"), this);
    m_apply->setObjectName(QStringLiteral("applyPolicyButton"));
    m_delete = new QPushButton(tr("Delete policy…"), this);
    m_delete->setObjectName(QStringLiteral("deletePolicyButton"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertPolicyButton"));
    m_example = new QPushButton(tr("Insert example"), this);
    m_example->setObjectName(QStringLiteral("insertPolicyExampleButton"));
    m_format = new QPushButton(tr("Format"), this);
    m_format->setObjectName(QStringLiteral("formatPolicyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_example);
    buttons->addWidget(m_format);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_validateDelay = new QTimer(this);
    m_validateDelay->setSingleShot(true);
    m_validateDelay->setInterval(250);
    connect(m_validateDelay, &QTimer::timeout, this, &PolicyTab::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateButtons();
        m_validateDelay->start();
    });
    connect(m_apply, &QPushButton::clicked, this, &PolicyTab::apply);
    connect(m_delete, &QPushButton::clicked, this, &PolicyTab::remove);
    connect(m_revert, &QPushButton::clicked, this, [this] { m_editor->setPlainText(m_stored); });
    connect(m_example, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(ResourcePolicyText::example(
            arn(), certificateAuthority().ownerAccount.value_or(this->client()->accountId())));
    });
    connect(m_format, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(ResourcePolicyText::formatted(m_editor->toPlainText()));
    });
    connect(client, &models::PrivateCaClient::policyChanged, this, [this](const QString &caArn) {
        if (caArn == arn() && m_editor->toPlainText() == m_stored)
            load();
    });
    updateButtons();
}

void PolicyTab::load()
{
    const int generation = ++m_generation;
    m_editor->setEnabled(false);
    client()->getPolicy(arn(), this, [this, generation](const models::Reply<QString> &reply) {
        if (generation != m_generation)
            return;
        m_editor->setEnabled(true);
        m_hasPolicy = reply.ok();
        m_stored = reply.ok() ? ResourcePolicyText::formatted(reply.value()) : QString();
        m_editor->setPlainText(m_stored);
        if (!reply.ok() && !reply.error().is(errors::ResourceNotFound))
            m_message->showError(models::ErrorText::oneLine(reply.error()));
        else if (!m_hasPolicy)
            m_message->showHint(tr("No policy is attached to this CA."));
        else
            m_message->showHint(tr("The attached policy."));
        updateButtons();
    });
}

void PolicyTab::validate()
{
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_valid = false;
        m_message->showHint(m_hasPolicy ? tr("Empty. Use Delete to remove the policy.")
                                        : tr("No policy is attached to this CA."));
        updateButtons();
        return;
    }
    const QString problem = ResourcePolicyText::problem(text, arn());
    m_valid = problem.isEmpty();
    if (m_valid)
        m_message->showSuccess(text == m_stored ? tr("The attached policy is valid.")
                                                : tr("Valid. Apply to attach it."));
    else
        m_message->showError(problem);
    updateButtons();
}

void PolicyTab::updateButtons()
{
    const bool changed = m_editor->toPlainText() != m_stored;
    m_apply->setEnabled(changed && m_valid && !m_editor->toPlainText().trimmed().isEmpty());
    m_revert->setEnabled(changed);
    m_delete->setEnabled(m_hasPolicy);
    m_format->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
}

void PolicyTab::apply()
{
    // Validate once more right before sending (the timer may not have fired yet).
    validate();
    if (!m_valid)
        return;
    m_apply->setEnabled(false);
    const QString policy = m_editor->toPlainText();
    client()->putPolicy({arn(), policy}, this,
                        [this, policy](const models::Reply<models::Done> &reply) {
                            if (!reply.ok()) {
                                m_message->showError(models::ErrorText::oneLine(reply.error()));
                                updateButtons();
                                return;
                            }
                            m_stored = policy;
                            m_hasPolicy = true;
                            m_message->showSuccess(tr("The policy is attached."));
                            updateButtons();
                        });
}

void PolicyTab::remove()
{
    if (ModalHooks::question(this, tr("Delete policy"),
                             tr("Delete the resource policy of this CA? Accounts it grants "
                                "access to lose it at once.")) != QMessageBox::Yes)
        return;
    client()->deletePolicy({arn()}, this, [this](const models::Reply<models::Done> &reply) {
        if (!reply.ok()) {
            ModalHooks::showError(this, tr("Delete policy"), reply.error());
            return;
        }
        m_stored.clear();
        m_hasPolicy = false;
        m_editor->clear();
        m_message->showHint(tr("The policy was deleted."));
        updateButtons();
    });
}

} // namespace pca::views
