// Creating a CA in the console's order: type, subject, key and signing algorithm (only
// compatible pairs), validity, CRL/OCSP, usage mode and key storage, tags, the ACM renewal
// checkbox, a review with the activation choice (a root signs itself right away; a
// subordinate is signed by a CA of this store in one click or its CSR is exported), and a
// progress page while the engine generates the key and activates the CA.
#pragma once

#include "CertificateAuthorityCreation.h"
#include "PrivateCaClient.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace pca::views {

class FieldMessage;
class RevocationConfigurationEditor;
class SubjectForm;
class TagListInput;
class ValidityInput;

// A wizard page whose completeness is a function of its fields.
class CheckedWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    bool isComplete() const override { return m_check ? m_check() : true; }
    void recheck() { Q_EMIT completeChanged(); }
    void setInitializer(std::function<void()> init) { m_init = std::move(init); }
    void initializePage() override
    {
        if (m_init)
            m_init();
    }

private:
    std::function<bool()> m_check;
    std::function<void()> m_init;
};

class CreateCertificateAuthorityWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TypePage,
        SubjectPage,
        KeyPage,
        ValidityPage,
        RevocationPage,
        OptionsPage,
        TagsPage,
        PermissionsPage,
        ReviewPage,
        ProgressPage
    };

    CreateCertificateAuthorityWizard(models::PrivateCaClient *client,
                                     models::AcmGrantOnActivation *pendingGrants,
                                     const QList<models::CertificateAuthorityEntry> &cas,
                                     QWidget *parent = nullptr);

    // The request and activation plan the fields describe.
    models::CertificateAuthorityCreation::Plan plan() const;
    QString createdArn() const;
    bool isRoot() const;
    models::CertificateAuthorityCreation *creation() const { return m_creation; }

Q_SIGNALS:
    void created(const QString &caArn);

private:
    void buildTypePage();
    void buildSubjectPage();
    void buildKeyPage();
    void buildValidityPage();
    void buildRevocationPage();
    void buildOptionsPage();
    void buildTagsPage();
    void buildPermissionsPage();
    void buildReviewPage();
    void buildProgressPage();
    void fillSigningAlgorithms();
    void validateRevocation();
    void updateReview();
    void startCreation();
    void showStep(models::CertificateAuthorityCreation::Step step);
    api::RevocationConfiguration revocationConfiguration() const;

    models::PrivateCaClient *m_client;
    QList<models::CertificateAuthorityEntry> m_cas;
    models::CertificateAuthorityCreation *m_creation;

    CheckedWizardPage *m_pages[ProgressPage + 1] = {};
    QRadioButton *m_root = nullptr;
    QRadioButton *m_subordinate = nullptr;
    SubjectForm *m_subject = nullptr;
    QComboBox *m_keyAlgorithm = nullptr;
    QComboBox *m_signingAlgorithm = nullptr;
    QLabel *m_keyExplanation = nullptr;
    ValidityInput *m_validity = nullptr;
    RevocationConfigurationEditor *m_revocationEditor = nullptr;
    FieldMessage *m_revocationMessage = nullptr;
    bool m_revocationValid = true;
    int m_revocationCheck = 0;
    QRadioButton *m_generalPurpose = nullptr;
    QRadioButton *m_shortLived = nullptr;
    QComboBox *m_keyStorage = nullptr;
    TagListInput *m_tags = nullptr;
    QCheckBox *m_acm = nullptr;
    QTextBrowser *m_summary = nullptr;
    QCheckBox *m_activateRoot = nullptr;
    QRadioButton *m_signInStore = nullptr;
    QRadioButton *m_exportCsr = nullptr;
    QComboBox *m_issuer = nullptr;
    QSpinBox *m_pathLength = nullptr;
    QWidget *m_rootActivation = nullptr;
    QWidget *m_subordinateActivation = nullptr;
    FieldMessage *m_reviewMessage = nullptr;
    QList<QLabel *> m_stepLabels;
    QProgressBar *m_progress = nullptr;
    FieldMessage *m_progressMessage = nullptr;
    QWidget *m_csrBox = nullptr;
    QPlainTextEdit *m_csr = nullptr;
    bool m_finished = false;
};

} // namespace pca::views
