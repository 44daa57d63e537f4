#include "CreateCertificateAuthorityWizard.h"

#include "BusyIndicator.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "RevocationConfigurationEditor.h"
#include "SubjectForm.h"
#include "TagListInput.h"
#include "TagModel.h"
#include "ThemedIcons.h"
#include "ValidityInput.h"
#include "crypto/Keys.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pca::views {

using models::CertificateAuthorityCreation;
using models::DisplayNames;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

QString keyAlgorithmExplanation(api::KeyAlgorithm algorithm)
{
    using K = api::KeyAlgorithm;
    switch (algorithm) {
    case K::RSA_2048:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Understood by every client; the usual choice for "
                                           "compatibility.");
    case K::RSA_3072:
    case K::RSA_4096:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Stronger RSA; larger certificates and slower "
                                           "signatures.");
    case K::EC_prime256v1:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Small, fast and widely supported elliptic curve "
                                           "key.");
    case K::EC_secp384r1:
    case K::EC_secp521r1:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Stronger elliptic curve key for long-lived CAs.");
    case K::SM2:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Chinese national standard (with SM3).");
    case K::ML_DSA_44:
    case K::ML_DSA_65:
    case K::ML_DSA_87:
        return QCoreApplication::translate("CreateCertificateAuthorityWizard",
                                           "Post-quantum signature key (FIPS 204); few clients "
                                           "understand it yet.");
    }
    return QString();
}

} // namespace

CreateCertificateAuthorityWizard::CreateCertificateAuthorityWizard(
    models::PrivateCaClient *client, models::AcmGrantOnActivation *pendingGrants,
    const QList<models::CertificateAuthorityEntry> &cas, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_cas(cas)
    , m_creation(new CertificateAuthorityCreation(client, pendingGrants, this))
{
    setObjectName(QStringLiteral("createCaWizard"));
    setWindowTitle(tr("Create certificate authority"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, ThemedIcons::icon(QStringLiteral("privateca")).pixmap(48, 48));
    setButtonText(QWizard::CommitButton, tr("Create CA"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    for (int id = TypePage; id <= ProgressPage; ++id) {
        m_pages[id] = new CheckedWizardPage(this);
        setPage(id, m_pages[id]);
    }
    buildTypePage();
    buildSubjectPage();
    buildKeyPage();
    buildValidityPage();
    buildRevocationPage();
    buildOptionsPage();
    buildTagsPage();
    buildPermissionsPage();
    buildReviewPage();
    buildProgressPage();
    resize(760, 640);

    connect(m_creation, &CertificateAuthorityCreation::stepChanged, this,
            &CreateCertificateAuthorityWizard::showStep);
    connect(m_creation, &CertificateAuthorityCreation::finished, this, [this] {
        m_finished = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        const bool external = plan().activation == CertificateAuthorityCreation::Activation::None;
        if (external) {
            m_csr->setPlainText(m_creation->csr());
            m_csrBox->setVisible(true);
            m_progressMessage->showSuccess(
                tr("The CA is waiting for its certificate. Have the CSR below signed, then use "
                   "Install CA certificate."));
        } else {
            m_progressMessage->showSuccess(tr("The CA is active and ready to issue "
                                              "certificates."));
        }
        m_pages[ProgressPage]->recheck();
        Q_EMIT created(m_creation->certificateAuthorityArn());
    });
    connect(m_creation, &CertificateAuthorityCreation::failed, this, [this](const PcaError &error) {
        m_finished = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        for (QLabel *label : m_stepLabels) {
            if (label->property("state").toString() == QLatin1StringView("running")) {
                label->setProperty("state", QStringLiteral("failed"));
                label->setText(QStringLiteral("✗  ") + label->property("title").toString());
            }
        }
        QString text = models::ErrorText::oneLine(error);
        if (!m_creation->certificateAuthorityArn().isEmpty())
            text += QLatin1Char(' ') + tr("The CA was created and appears in the list; you can "
                                          "install its certificate later.");
        m_progressMessage->showError(text);
        m_pages[ProgressPage]->recheck();
        if (!m_creation->certificateAuthorityArn().isEmpty())
            Q_EMIT created(m_creation->certificateAuthorityArn());
    });
}

bool CreateCertificateAuthorityWizard::isRoot() const
{
    return m_root->isChecked();
}

QString CreateCertificateAuthorityWizard::createdArn() const
{
    return m_creation->certificateAuthorityArn();
}

// ---- pages -------------------------------------------------------------------------------------

void CreateCertificateAuthorityWizard::buildTypePage()
{
    CheckedWizardPage *page = m_pages[TypePage];
    page->setObjectName(QStringLiteral("wizardTypePage"));
    page->setTitle(tr("Certificate authority type"));
    page->setSubTitle(tr("A root CA anchors a hierarchy; a subordinate CA is signed by another "
                         "CA and usually issues the end-entity certificates."));
    m_root = new QRadioButton(tr("Root CA"), page);
    m_root->setObjectName(QStringLiteral("wizardTypeRoot"));
    m_root->setIcon(ThemedIcons::icon(QStringLiteral("ca-root")));
    m_subordinate = new QRadioButton(tr("Subordinate CA"), page);
    m_subordinate->setObjectName(QStringLiteral("wizardTypeSubordinate"));
    m_subordinate->setIcon(ThemedIcons::icon(QStringLiteral("ca-subordinate")));
    m_root->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_root);
    layout->addWidget(explanation(tr("Signs its own certificate. Keep it for signing "
                                     "subordinate CAs and use it rarely."),
                                  page));
    layout->addWidget(m_subordinate);
    layout->addWidget(explanation(tr("Its certificate is signed by a root or another "
                                     "subordinate CA — one of this store, in one click, or an "
                                     "external one from its CSR."),
                                  page));
    layout->addStretch();
}

void CreateCertificateAuthorityWizard::buildSubjectPage()
{
    CheckedWizardPage *page = m_pages[SubjectPage];
    page->setObjectName(QStringLiteral("wizardSubjectPage"));
    page->setTitle(tr("Subject name"));
    page->setSubTitle(tr("The distinguished name of the CA, shown in every certificate it "
                         "issues."));
    m_subject = new SubjectForm(QStringLiteral("wizardSubject"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_subject);
    layout->addStretch();
    page->setCompleteCheck(
        [this] { return !m_subject->isEmpty() && m_subject->problem().isEmpty(); });
    connect(m_subject, &SubjectForm::changed, page, &CheckedWizardPage::recheck);
}

void CreateCertificateAuthorityWizard::buildKeyPage()
{
    CheckedWizardPage *page = m_pages[KeyPage];
    page->setObjectName(QStringLiteral("wizardKeyPage"));
    page->setTitle(tr("Key algorithm"));
    page->setSubTitle(tr("The CA's key pair is generated in the background and stored "
                         "encrypted. Only signing algorithms that fit the key are offered."));
    m_keyAlgorithm = new QComboBox(page);
    m_keyAlgorithm->setObjectName(QStringLiteral("wizardKeyAlgorithm"));
    m_keyAlgorithm->setAccessibleName(tr("Key algorithm"));
    auto *items = new QStandardItemModel(m_keyAlgorithm);
    for (const QString &name : api::enumNames<api::KeyAlgorithm>()) {
        const auto algorithm = *api::enumFromString<api::KeyAlgorithm>(name);
        auto *item = new QStandardItem(DisplayNames::keyAlgorithm(algorithm));
        item->setData(int(algorithm), Qt::UserRole);
        if (!crypto::isKeyAlgorithmSupported(algorithm)) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (not supported by this installation)")
                              .arg(DisplayNames::keyAlgorithm(algorithm)));
        }
        items->appendRow(item);
    }
    m_keyAlgorithm->setModel(items);
    m_keyAlgorithm->setCurrentIndex(m_keyAlgorithm->findData(int(api::KeyAlgorithm::RSA_2048)));
    m_signingAlgorithm = new QComboBox(page);
    m_signingAlgorithm->setObjectName(QStringLiteral("wizardSigningAlgorithm"));
    m_signingAlgorithm->setAccessibleName(tr("Signing algorithm"));
    m_keyExplanation = explanation(QString(), page);
    m_keyExplanation->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Key algorithm:"), m_keyAlgorithm);
    form->addRow(QString(), m_keyExplanation);
    form->addRow(tr("Signing algorithm:"), m_signingAlgorithm);
    connect(m_keyAlgorithm, &QComboBox::currentIndexChanged, this,
            &CreateCertificateAuthorityWizard::fillSigningAlgorithms);
    fillSigningAlgorithms();
    page->setCompleteCheck([this] { return m_signingAlgorithm->count() > 0; });
}

void CreateCertificateAuthorityWizard::fillSigningAlgorithms()
{
    const auto key = api::KeyAlgorithm(m_keyAlgorithm->currentData().toInt());
    m_keyExplanation->setText(keyAlgorithmExplanation(key));
    m_signingAlgorithm->clear();
    for (const QString &name : api::enumNames<api::SigningAlgorithm>()) {
        const auto algorithm = *api::enumFromString<api::SigningAlgorithm>(name);
        if (crypto::isSigningAlgorithmCompatible(key, algorithm))
            m_signingAlgorithm->addItem(DisplayNames::signingAlgorithm(algorithm), int(algorithm));
    }
    using K = api::KeyAlgorithm;
    using S = api::SigningAlgorithm;
    S preferred = S::SHA256WITHRSA;
    switch (key) {
    case K::EC_prime256v1:
        preferred = S::SHA256WITHECDSA;
        break;
    case K::EC_secp384r1:
        preferred = S::SHA384WITHECDSA;
        break;
    case K::EC_secp521r1:
        preferred = S::SHA512WITHECDSA;
        break;
    case K::SM2:
        preferred = S::SM3WITHSM2;
        break;
    case K::ML_DSA_44:
        preferred = S::ML_DSA_44;
        break;
    case K::ML_DSA_65:
        preferred = S::ML_DSA_65;
        break;
    case K::ML_DSA_87:
        preferred = S::ML_DSA_87;
        break;
    default:
        break;
    }
    m_signingAlgorithm->setCurrentIndex(qMax(0, m_signingAlgorithm->findData(int(preferred))));
    if (m_pages[KeyPage])
        m_pages[KeyPage]->recheck();
}

void CreateCertificateAuthorityWizard::buildValidityPage()
{
    CheckedWizardPage *page = m_pages[ValidityPage];
    page->setObjectName(QStringLiteral("wizardValidityPage"));
    page->setTitle(tr("Validity"));
    page->setSubTitle(tr("How long the CA certificate is valid when it is signed in this "
                         "store. Certificates it issues cannot outlive it."));
    m_validity = new ValidityInput(QStringLiteral("wizardValidity"), page);
    m_validity->setDuration(10, ValidityInput::Unit::Years);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_validity);
    layout->addWidget(explanation(tr("Typical choices: 10 years or more for a root CA, 3 to 5 "
                                     "years for a subordinate CA."),
                                  page));
    layout->addStretch();
    page->setInitializer([this] {
        if (!m_validity->usesEndDate())
            m_validity->setDuration(isRoot() ? 10 : 5, ValidityInput::Unit::Years);
    });
}

void CreateCertificateAuthorityWizard::buildRevocationPage()
{
    CheckedWizardPage *page = m_pages[RevocationPage];
    page->setObjectName(QStringLiteral("wizardRevocationPage"));
    page->setTitle(tr("Certificate revocation"));
    page->setSubTitle(tr("How clients learn that a certificate was revoked. Both can be "
                         "changed later."));
    m_revocationEditor = new RevocationConfigurationEditor(page);
    m_revocationEditor->setObjectName(QStringLiteral("wizardRevocationEditor"));
    m_revocationEditor->setDefaultBucket(QStringLiteral("crl-%1").arg(m_client->accountId()));
    m_revocationMessage = new FieldMessage(page);
    m_revocationMessage->setObjectName(QStringLiteral("wizardRevocationMessage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_revocationEditor);
    layout->addWidget(m_revocationMessage);
    layout->addStretch();
    connect(m_revocationEditor, &RevocationConfigurationEditor::changed, this,
            &CreateCertificateAuthorityWizard::validateRevocation);
    validateRevocation();
    page->setCompleteCheck([this] { return m_revocationValid; });
}

api::RevocationConfiguration CreateCertificateAuthorityWizard::revocationConfiguration() const
{
    return m_revocationEditor->configuration();
}

void CreateCertificateAuthorityWizard::validateRevocation()
{
    const int check = ++m_revocationCheck;
    m_revocationValid = false;
    m_pages[RevocationPage]->recheck();
    m_client->checkRevocationConfiguration(
        revocationConfiguration(), this, [this, check](const models::Reply<models::Done> &reply) {
            if (check != m_revocationCheck)
                return;
            m_revocationValid = reply.ok();
            if (reply.ok())
                m_revocationMessage->clearMessage();
            else
                m_revocationMessage->showError(reply.error().message());
            m_pages[RevocationPage]->recheck();
        });
}

void CreateCertificateAuthorityWizard::buildOptionsPage()
{
    CheckedWizardPage *page = m_pages[OptionsPage];
    page->setObjectName(QStringLiteral("wizardOptionsPage"));
    page->setTitle(tr("Usage mode and key storage"));
    page->setSubTitle(tr("What the CA is for and the security standard its key is kept to."));
    auto *usageBox = new QGroupBox(tr("Usage mode"), page);
    m_generalPurpose = new QRadioButton(
        DisplayNames::usageMode(api::CertificateAuthorityUsageMode::GENERAL_PURPOSE), usageBox);
    m_generalPurpose->setObjectName(QStringLiteral("wizardUsageGeneral"));
    m_shortLived = new QRadioButton(
        DisplayNames::usageMode(api::CertificateAuthorityUsageMode::SHORT_LIVED_CERTIFICATE),
        usageBox);
    m_shortLived->setObjectName(QStringLiteral("wizardUsageShortLived"));
    m_generalPurpose->setChecked(true);
    auto *usageLayout = new QVBoxLayout(usageBox);
    usageLayout->addWidget(m_generalPurpose);
    usageLayout->addWidget(
        explanation(tr("Certificates of any validity the CA allows."), usageBox));
    usageLayout->addWidget(m_shortLived);
    usageLayout->addWidget(explanation(tr("Certificates valid for at most 7 days, for workloads "
                                          "that renew often and need no revocation."),
                                       usageBox));
    auto *storageBox = new QGroupBox(tr("Key storage security standard"), page);
    m_keyStorage = new QComboBox(storageBox);
    m_keyStorage->setObjectName(QStringLiteral("wizardKeyStorage"));
    m_keyStorage->setAccessibleName(tr("Key storage security standard"));
    const bool china = m_client->region().startsWith(QStringLiteral("cn-"));
    using KS = api::KeyStorageSecurityStandard;
    if (china) {
        m_keyStorage->addItem(DisplayNames::keyStorage(KS::CCPC_LEVEL_1_OR_HIGHER),
                              int(KS::CCPC_LEVEL_1_OR_HIGHER));
    } else {
        m_keyStorage->addItem(DisplayNames::keyStorage(KS::FIPS_140_2_LEVEL_3_OR_HIGHER),
                              int(KS::FIPS_140_2_LEVEL_3_OR_HIGHER));
        m_keyStorage->addItem(DisplayNames::keyStorage(KS::FIPS_140_2_LEVEL_2_OR_HIGHER),
                              int(KS::FIPS_140_2_LEVEL_2_OR_HIGHER));
    }
    auto *storageLayout = new QVBoxLayout(storageBox);
    storageLayout->addWidget(m_keyStorage);
    storageLayout->addWidget(
        explanation(tr("Recorded as AWS reports it. Here every CA key is encrypted at rest with "
                       "the store's passphrase (scrypt, AES-256)."),
                    storageBox));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(usageBox);
    layout->addWidget(storageBox);
    layout->addStretch();
}

void CreateCertificateAuthorityWizard::buildTagsPage()
{
    CheckedWizardPage *page = m_pages[TagsPage];
    page->setObjectName(QStringLiteral("wizardTagsPage"));
    page->setTitle(tr("Tags"));
    page->setSubTitle(tr("Optional key–value labels (up to 50) for organizing your CAs."));
    m_tags = new TagListInput(
        QStringLiteral("wizard"),
        tr("A certificate authority can have at most %1 tags.").arg(models::TagModel::kMaxTags),
        page);
    connect(m_tags, &TagListInput::changed, page, &CheckedWizardPage::recheck);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tags, 1);
    page->setCompleteCheck([this] { return m_tags->problem().isEmpty(); });
}

void CreateCertificateAuthorityWizard::buildPermissionsPage()
{
    CheckedWizardPage *page = m_pages[PermissionsPage];
    page->setObjectName(QStringLiteral("wizardPermissionsPage"));
    page->setTitle(tr("Permissions"));
    page->setSubTitle(tr("Let AWS Certificate Manager (ACM) renew the certificates it manages "
                         "from this CA."));
    m_acm = new QCheckBox(tr("Authorize ACM to use this CA for renewals"), page);
    m_acm->setObjectName(QStringLiteral("wizardAcmCheckBox"));
    m_acm->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_acm);
    layout->addWidget(explanation(tr("Grants acm.amazonaws.com the actions IssueCertificate, "
                                     "GetCertificate and ListPermissions. Permissions can only "
                                     "be granted to an active CA, so this is applied as soon as "
                                     "the CA becomes active. It can be changed any time on the "
                                     "Permissions tab."),
                                  page));
    layout->addStretch();
}

void CreateCertificateAuthorityWizard::buildReviewPage()
{
    CheckedWizardPage *page = m_pages[ReviewPage];
    page->setObjectName(QStringLiteral("wizardReviewPage"));
    page->setTitle(tr("Review and create"));
    page->setSubTitle(tr("Check the settings and choose how the CA gets its certificate."));
    page->setCommitPage(true);
    m_summary = new QTextBrowser(page);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setAccessibleName(tr("Summary"));

    auto *activation = new QGroupBox(tr("CA certificate"), page);
    m_rootActivation = new QWidget(activation);
    m_activateRoot =
        new QCheckBox(tr("Activate now: install a self-signed CA certificate"), m_rootActivation);
    m_activateRoot->setObjectName(QStringLiteral("wizardActivateRoot"));
    m_activateRoot->setChecked(true);
    auto *rootLayout = new QVBoxLayout(m_rootActivation);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->addWidget(m_activateRoot);

    m_subordinateActivation = new QWidget(activation);
    m_signInStore =
        new QRadioButton(tr("Sign it with a CA of this store now"), m_subordinateActivation);
    m_signInStore->setObjectName(QStringLiteral("wizardSignInStore"));
    m_exportCsr = new QRadioButton(tr("Have it signed by an external CA (export the CSR, install "
                                      "the certificate later)"),
                                   m_subordinateActivation);
    m_exportCsr->setObjectName(QStringLiteral("wizardExportCsr"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_signInStore);
    group->addButton(m_exportCsr);
    m_issuer = new QComboBox(m_subordinateActivation);
    m_issuer->setObjectName(QStringLiteral("wizardIssuer"));
    m_issuer->setAccessibleName(tr("Signing CA"));
    for (const models::CertificateAuthorityEntry &entry : m_cas) {
        if (entry.ca.status == api::CertificateAuthorityStatus::ACTIVE)
            m_issuer->addItem(ThemedIcons::icon(entry.ca.type == api::CertificateAuthorityType::ROOT
                                                    ? QStringLiteral("ca-root")
                                                    : QStringLiteral("ca-subordinate")),
                              DisplayNames::caTitle(entry.ca), *entry.ca.arn);
    }
    m_pathLength = new QSpinBox(m_subordinateActivation);
    m_pathLength->setObjectName(QStringLiteral("wizardPathLength"));
    m_pathLength->setRange(0, 3);
    m_pathLength->setAccessibleName(tr("Path length"));
    m_pathLength->setMaximumWidth(90);
    m_pathLength->setToolTip(tr("How many levels of CAs may follow below this one (0: it issues "
                                "only end-entity certificates)."));
    auto *signForm = new QFormLayout;
    signForm->setContentsMargins(24, 0, 0, 0);
    signForm->addRow(tr("Signing CA:"), m_issuer);
    signForm->addRow(tr("Path length:"), m_pathLength);
    auto *subLayout = new QVBoxLayout(m_subordinateActivation);
    subLayout->setContentsMargins(0, 0, 0, 0);
    subLayout->addWidget(m_signInStore);
    subLayout->addLayout(signForm);
    subLayout->addWidget(m_exportCsr);
    const bool canSign = m_issuer->count() > 0;
    m_signInStore->setEnabled(canSign);
    if (!canSign)
        m_signInStore->setToolTip(tr("No active CA in this store can sign it."));
    (canSign ? m_signInStore : m_exportCsr)->setChecked(true);

    m_reviewMessage = new FieldMessage(activation);
    m_reviewMessage->setObjectName(QStringLiteral("wizardReviewMessage"));
    auto *activationLayout = new QVBoxLayout(activation);
    activationLayout->addWidget(m_rootActivation);
    activationLayout->addWidget(m_subordinateActivation);
    activationLayout->addWidget(m_reviewMessage);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addWidget(activation);

    page->setInitializer([this] { updateReview(); });
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *>{m_activateRoot, m_signInStore, m_exportCsr})
        connect(button, &QAbstractButton::toggled, this,
                &CreateCertificateAuthorityWizard::updateReview);
    connect(m_issuer, &QComboBox::currentIndexChanged, this,
            &CreateCertificateAuthorityWizard::updateReview);
    connect(m_pathLength, &QSpinBox::valueChanged, this,
            &CreateCertificateAuthorityWizard::updateReview);
    page->setCompleteCheck([this] {
        return isRoot() || !m_signInStore->isChecked() || m_validity->problem().isEmpty();
    });
}

void CreateCertificateAuthorityWizard::updateReview()
{
    m_rootActivation->setVisible(isRoot());
    m_subordinateActivation->setVisible(!isRoot());
    m_issuer->setEnabled(m_signInStore->isChecked());
    m_pathLength->setEnabled(m_signInStore->isChecked());
    // A subordinate cannot outlive the CA that signs it.
    QDateTime latest;
    if (!isRoot() && m_signInStore->isChecked()) {
        for (const models::CertificateAuthorityEntry &entry : m_cas) {
            if (entry.ca.arn == m_issuer->currentData().toString())
                latest = entry.ca.notAfter.value_or(QDateTime());
        }
    }
    m_validity->setLatestEnd(latest);
    m_reviewMessage->showError(!isRoot() && m_signInStore->isChecked() ? m_validity->problem()
                                                                       : QString());

    const models::CertificateAuthorityCreation::Plan p = plan();
    const auto &config = p.request.certificateAuthorityConfiguration;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td style='padding-right:14px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Type"), DisplayNames::caType(p.request.certificateAuthorityType));
    QStringList subject;
    const api::Asn1Subject &s = config.subject;
    for (const auto &[key, value] :
         {std::pair{"CN", s.commonName}, std::pair{"O", s.organization},
          std::pair{"OU", s.organizationalUnit}, std::pair{"L", s.locality},
          std::pair{"ST", s.state}, std::pair{"C", s.country}}) {
        if (value)
            subject << QLatin1StringView(key) + QLatin1Char('=') + *value;
    }
    row(tr("Subject"), subject.join(QStringLiteral(", ")));
    row(tr("Key algorithm"), DisplayNames::keyAlgorithm(config.keyAlgorithm));
    row(tr("Signing algorithm"), DisplayNames::signingAlgorithm(config.signingAlgorithm));
    row(tr("Validity"), tr("until about %1").arg(DisplayNames::date(m_validity->endTime())));
    const api::RevocationConfiguration revocation = revocationConfiguration();
    row(tr("CRL"), revocation.crlConfiguration->enabled
                       ? (*revocation.crlConfiguration->expirationInDays == 1
                              ? tr("published to %1, valid for 1 day")
                                    .arg(*revocation.crlConfiguration->s3BucketName)
                              : tr("published to %1, valid for %2 days")
                                    .arg(*revocation.crlConfiguration->s3BucketName)
                                    .arg(*revocation.crlConfiguration->expirationInDays))
                       : tr("not published"));
    row(tr("OCSP"), revocation.ocspConfiguration->enabled ? tr("enabled") : tr("disabled"));
    row(tr("Usage mode"), DisplayNames::usageMode(*p.request.usageMode));
    row(tr("Key storage"), DisplayNames::keyStorage(*p.request.keyStorageSecurityStandard));
    QStringList tagTexts;
    for (const api::Tag &tag : p.request.tags.value_or(QList<api::Tag>()))
        tagTexts << tag.key + QLatin1Char('=') + tag.value.value_or(QString());
    row(tr("Tags"), tagTexts.isEmpty() ? tr("none") : tagTexts.join(QStringLiteral(", ")));
    row(tr("ACM renewals"), p.authorizeAcm ? tr("authorized") : tr("not authorized"));
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);
    m_pages[ReviewPage]->recheck();
}

void CreateCertificateAuthorityWizard::buildProgressPage()
{
    CheckedWizardPage *page = m_pages[ProgressPage];
    page->setObjectName(QStringLiteral("wizardProgressPage"));
    page->setTitle(tr("Creating the certificate authority"));
    page->setSubTitle(tr("The key is generated in the background; you can keep working."));
    page->setFinalPage(true);
    auto *steps = new QVBoxLayout;
    for (const QString &title :
         {tr("Create the CA"), tr("Generate the key pair and CSR"),
          tr("Sign and install the CA certificate"), tr("Authorize ACM for renewals")}) {
        auto *label = new QLabel(QStringLiteral("○  ") + title, page);
        label->setProperty("title", title);
        label->setProperty("state", QStringLiteral("pending"));
        m_stepLabels << label;
        steps->addWidget(label);
    }
    m_stepLabels[0]->setObjectName(QStringLiteral("wizardStepCreate"));
    m_stepLabels[1]->setObjectName(QStringLiteral("wizardStepKey"));
    m_stepLabels[2]->setObjectName(QStringLiteral("wizardStepActivate"));
    m_stepLabels[3]->setObjectName(QStringLiteral("wizardStepAcm"));
    m_progress = createBusyIndicator(page, QStringLiteral("wizardProgress"));
    m_progress->setVisible(true); // shown with its page
    m_progressMessage = new FieldMessage(page);
    m_progressMessage->setObjectName(QStringLiteral("wizardProgressMessage"));

    m_csrBox = new QGroupBox(tr("Certificate signing request"), page);
    m_csr = new QPlainTextEdit(m_csrBox);
    m_csr->setObjectName(QStringLiteral("wizardCsr"));
    m_csr->setReadOnly(true);
    m_csr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_csr->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *saveCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save CSR…"), m_csrBox);
    saveCsr->setObjectName(QStringLiteral("wizardSaveCsr"));
    auto *copyCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy CSR"), m_csrBox);
    copyCsr->setObjectName(QStringLiteral("wizardCopyCsr"));
    connect(copyCsr, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_csr->toPlainText()); });
    connect(saveCsr, &QPushButton::clicked, this, [this] {
        const QString path =
            ModalHooks::saveFileName(this, tr("Save CSR"), QStringLiteral("ca.csr"),
                                     tr("Certificate signing requests (*.csr *.pem)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(m_csr->toPlainText().toLatin1());
        else
            m_progressMessage->showError(file.errorString());
    });
    auto *csrButtons = new QHBoxLayout;
    csrButtons->addWidget(saveCsr);
    csrButtons->addWidget(copyCsr);
    csrButtons->addStretch();
    auto *csrLayout = new QVBoxLayout(m_csrBox);
    csrLayout->addWidget(m_csr);
    csrLayout->addLayout(csrButtons);
    m_csrBox->setVisible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressMessage);
    layout->addWidget(m_csrBox, 1);
    layout->addStretch();
    page->setInitializer([this] { startCreation(); });
    page->setCompleteCheck([this] { return m_finished; });
}

// ---- the flow -----------------------------------------------------------------------------------

models::CertificateAuthorityCreation::Plan CreateCertificateAuthorityWizard::plan() const
{
    CertificateAuthorityCreation::Plan plan;
    api::CreateCertificateAuthorityRequest &request = plan.request;
    request.certificateAuthorityType =
        isRoot() ? api::CertificateAuthorityType::ROOT : api::CertificateAuthorityType::SUBORDINATE;
    request.certificateAuthorityConfiguration.subject = m_subject->subject();
    request.certificateAuthorityConfiguration.keyAlgorithm =
        api::KeyAlgorithm(m_keyAlgorithm->currentData().toInt());
    request.certificateAuthorityConfiguration.signingAlgorithm =
        api::SigningAlgorithm(m_signingAlgorithm->currentData().toInt());
    request.revocationConfiguration = revocationConfiguration();
    request.usageMode = m_shortLived->isChecked()
                            ? api::CertificateAuthorityUsageMode::SHORT_LIVED_CERTIFICATE
                            : api::CertificateAuthorityUsageMode::GENERAL_PURPOSE;
    request.keyStorageSecurityStandard =
        api::KeyStorageSecurityStandard(m_keyStorage->currentData().toInt());
    QString problem;
    const QList<api::Tag> tagList = m_tags->tags(&problem);
    if (!tagList.isEmpty())
        request.tags = tagList;
    if (isRoot()) {
        plan.activation = m_activateRoot->isChecked()
                              ? CertificateAuthorityCreation::Activation::SelfSigned
                              : CertificateAuthorityCreation::Activation::None;
    } else if (m_signInStore->isChecked() && m_issuer->currentIndex() >= 0) {
        plan.activation = CertificateAuthorityCreation::Activation::SignedByStoreCa;
        plan.issuerArn = m_issuer->currentData().toString();
        plan.pathLength = m_pathLength->value();
    }
    plan.validity = m_validity->validity();
    plan.authorizeAcm = m_acm->isChecked();
    return plan;
}

void CreateCertificateAuthorityWizard::startCreation()
{
    if (m_creation->isRunning() || m_finished)
        return;
    const CertificateAuthorityCreation::Plan p = plan();
    m_stepLabels[2]->setVisible(p.activation != CertificateAuthorityCreation::Activation::None);
    m_stepLabels[3]->setVisible(p.authorizeAcm &&
                                p.activation != CertificateAuthorityCreation::Activation::None);
    m_creation->start(p);
}

void CreateCertificateAuthorityWizard::showStep(CertificateAuthorityCreation::Step step)
{
    const int current = step == CertificateAuthorityCreation::Step::Creating        ? 0
                        : step == CertificateAuthorityCreation::Step::GeneratingKey ? 1
                        : step == CertificateAuthorityCreation::Step::Activating    ? 2
                        : step == CertificateAuthorityCreation::Step::Authorizing   ? 3
                                                                                    : 4;
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QLabel *label = m_stepLabels[i];
        const QString title = label->property("title").toString();
        QString mark = QStringLiteral("○  ");
        QFont font = label->font();
        font.setBold(false);
        if (i < current) {
            mark = QStringLiteral("✓  ");
            label->setProperty("state", QStringLiteral("done"));
        } else if (i == current) {
            mark = QStringLiteral("▸  ");
            font.setBold(true);
            label->setProperty("state", QStringLiteral("running"));
        }
        label->setFont(font);
        label->setText(mark + title);
    }
    m_progressMessage->showHint(step == CertificateAuthorityCreation::Step::GeneratingKey
                                    ? tr("Generating the key pair; RSA 4096 can take a few "
                                         "seconds…")
                                    : QString());
}

} // namespace pca::views
