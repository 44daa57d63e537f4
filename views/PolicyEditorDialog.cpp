#include "PolicyEditorDialog.h"

#include "ErrorText.h"
#include "FieldMessage.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

namespace {

QString starterDocument()
{
    return QStringLiteral("{\n"
                          "  \"Version\": \"2012-10-17\",\n"
                          "  \"Statement\": [\n"
                          "    {\n"
                          "      \"Effect\": \"Allow\",\n"
                          "      \"Action\": [\"acm-pca:Describe*\", \"acm-pca:Get*\", "
                          "\"acm-pca:List*\"],\n"
                          "      \"Resource\": \"*\"\n"
                          "    }\n"
                          "  ]\n"
                          "}\n");
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(models::AccessClient *client, const QString &accountId,
                                       const QString &userName, const QString &policyName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_accountId(accountId)
    , m_userName(userName)
{
    setObjectName(QStringLiteral("policyEditorDialog"));
    setWindowTitle(policyName.isEmpty()
                       ? tr("Add inline policy for %1").arg(userName)
                       : tr("Edit inline policy %1 of %2").arg(policyName, userName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(policyName, this);
    m_name->setObjectName(QStringLiteral("policyNameEdit"));
    m_name->setPlaceholderText(tr("e.g. IssueWithEndEntityTemplate"));
    // IAM's policyNameType: 1-128 of [\w+=,.@-]
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[\\w+=,.@-]{1,128}")), m_name));
    m_name->setReadOnly(!policyName.isEmpty());
    form->addRow(tr("Policy name:"), m_name);
    layout->addLayout(form);

    auto *documentLabel = new QLabel(tr("Policy document (JSON, IAM's grammar):"), this);
    layout->addWidget(documentLabel);
    m_document = new QPlainTextEdit(this);
    m_document->setObjectName(QStringLiteral("policyDocumentEdit"));
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_document->setTabChangesFocus(true);
    m_document->setAccessibleName(tr("Policy document"));
    documentLabel->setBuddy(m_document);
    layout->addWidget(m_document, 1);
    m_problem = new FieldMessage(this);
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    layout->addWidget(m_problem);
    m_saveError = new FieldMessage(this);
    m_saveError->setObjectName(QStringLiteral("policySaveError"));
    layout->addWidget(m_saveError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_format = buttons->addButton(tr("Format"), QDialogButtonBox::ActionRole);
    m_format->setObjectName(QStringLiteral("formatPolicyButton"));
    m_format->setToolTip(tr("Indent the document for reading"));
    m_save = buttons->addButton(tr("Save policy"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePolicyButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PolicyEditorDialog::save);
    connect(m_format, &QPushButton::clicked, this, &PolicyEditorDialog::format);
    layout->addWidget(buttons);

    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(150);
    connect(m_check, &QTimer::timeout, this, &PolicyEditorDialog::validate);
    connect(m_document, &QPlainTextEdit::textChanged, m_check, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textChanged, this, &PolicyEditorDialog::updateSaveButton);

    resize(640, 520);
    if (policyName.isEmpty()) {
        m_document->setPlainText(starterDocument());
        validate();
    } else {
        m_document->setPlaceholderText(tr("Loading…"));
        m_document->setEnabled(false);
        updateSaveButton();
        m_client->getUserPolicy(
            accountId, userName, policyName, this,
            [this](const models::Reply<api::iam::UserPolicy> &reply) {
                m_document->setEnabled(true);
                m_document->setPlaceholderText(QString());
                if (!reply.ok()) {
                    m_saveError->showError(models::ErrorText::oneLine(reply.error()));
                    return;
                }
                QString text = reply.value().policyDocument;
                const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
                if (!json.isNull())
                    text = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
                m_document->setPlainText(text);
                validate();
            });
    }
}

void PolicyEditorDialog::validate()
{
    m_check->stop();
    const QString problem = models::AccessClient::policyDocumentProblem(m_document->toPlainText());
    m_valid = problem.isEmpty();
    if (m_valid)
        m_problem->showSuccess(tr("The document is a valid identity policy."));
    else
        m_problem->showError(tr("Not valid: %1").arg(problem));
    updateSaveButton();
}

void PolicyEditorDialog::updateSaveButton()
{
    const bool named = m_name->hasAcceptableInput();
    m_save->setEnabled(m_valid && named && !m_saving && m_document->isEnabled());
    m_save->setToolTip(!named     ? tr("Enter a policy name first.")
                       : !m_valid ? tr("Correct the document first.")
                                  : QString());
}

void PolicyEditorDialog::format()
{
    const QJsonDocument json = QJsonDocument::fromJson(m_document->toPlainText().toUtf8());
    if (!json.isNull())
        m_document->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
}

void PolicyEditorDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return;
    m_saving = true;
    m_saveError->clearMessage();
    updateSaveButton();
    const QString name = m_name->text();
    // Compact, as IAM stores it: the 2048-character quota counts the stored text.
    const QJsonDocument json = QJsonDocument::fromJson(m_document->toPlainText().toUtf8());
    const QString document = json.isNull() ? m_document->toPlainText()
                                           : QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    m_client->putUserPolicy(m_accountId, m_userName, name, document, this,
                            [this, name](const models::Reply<models::Done> &reply) {
                                m_saving = false;
                                updateSaveButton();
                                if (!reply.ok()) {
                                    m_saveError->showError(
                                        models::ErrorText::oneLine(reply.error()));
                                    return;
                                }
                                Q_EMIT saved(name);
                                accept();
                            });
}

} // namespace pca::views
