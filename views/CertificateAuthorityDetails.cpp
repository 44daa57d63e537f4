#include "CertificateAuthorityDetails.h"

#include "AuditReportsTab.h"
#include "CaCertificateTab.h"
#include "CertificatesTab.h"
#include "DisplayNames.h"
#include "GeneralTab.h"
#include "PermissionsTab.h"
#include "PolicyTab.h"
#include "RevocationTab.h"
#include "StatusBadge.h"
#include "TagsTab.h"
#include "ThemedIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pca::views {

using models::DisplayNames;

CertificateAuthorityDetails::CertificateAuthorityDetails(
    models::PrivateCaClient *client, models::CertificateManagerClient *acmClient, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caDetails"));
    m_pages = new QStackedWidget(this);

    // ---- a CA
    auto *caPage = new QWidget(m_pages);
    m_icon = new QLabel(caPage);
    m_title = new QLabel(caPage);
    m_title->setObjectName(QStringLiteral("caTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new StatusBadge(caPage);
    m_badge->setObjectName(QStringLiteral("caHeaderStatus"));
    m_subtitle = new QLabel(caPage);
    m_subtitle->setObjectName(QStringLiteral("caSubtitle"));
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge);
    titleRow->addStretch();
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addLayout(titleRow);
    titleColumn->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titleColumn, 1);

    m_tabs = new QTabWidget(caPage);
    m_tabs->setObjectName(QStringLiteral("caTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_general = new GeneralTab(client, m_tabs);
    m_caCertificate = new CaCertificateTab(client, m_tabs);
    m_certificates = new CertificatesTab(client, m_tabs);
    m_revocation = new RevocationTab(client, m_tabs);
    m_permissions = new PermissionsTab(client, acmClient, m_tabs);
    m_policy = new PolicyTab(client, m_tabs);
    m_tags = new TagsTab(client, m_tabs);
    m_auditReports = new AuditReportsTab(client, m_tabs);
    m_tabs->addTab(m_general, ThemedIcons::icon(QStringLiteral("general")), tr("General"));
    m_tabs->addTab(m_caCertificate, ThemedIcons::icon(QStringLiteral("certificate")),
                   tr("CA certificate"));
    m_tabs->addTab(m_certificates, ThemedIcons::icon(QStringLiteral("certificates")),
                   tr("Certificates"));
    m_tabs->addTab(m_revocation, ThemedIcons::icon(QStringLiteral("revocation")), tr("Revocation"));
    m_tabs->addTab(m_permissions, ThemedIcons::icon(QStringLiteral("permissions")),
                   tr("Permissions"));
    m_tabs->addTab(m_policy, ThemedIcons::icon(QStringLiteral("policy")), tr("Policy"));
    m_tabs->addTab(m_tags, ThemedIcons::icon(QStringLiteral("tag")), tr("Tags"));
    m_tabs->addTab(m_auditReports, ThemedIcons::icon(QStringLiteral("audit-report")),
                   tr("Audit reports"));
    m_allTabs = {m_general,     m_caCertificate, m_certificates, m_revocation,
                 m_permissions, m_policy,        m_tags,         m_auditReports};
    auto *caLayout = new QVBoxLayout(caPage);
    caLayout->setContentsMargins(8, 8, 8, 0);
    caLayout->addLayout(header);
    caLayout->addWidget(m_tabs, 1);

    // ---- nothing selected
    auto *emptyPage = new QWidget(m_pages);
    auto *logo = new QLabel(emptyPage);
    logo->setPixmap(ThemedIcons::icon(QStringLiteral("privateca")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyCreate = new QPushButton(ThemedIcons::icon(QStringLiteral("create-ca")),
                                    tr("Create certificate authority…"), emptyPage);
    m_emptyCreate->setObjectName(QStringLiteral("emptyCreateButton"));
    connect(m_emptyCreate, &QPushButton::clicked, this,
            &CertificateAuthorityDetails::createRequested);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(logo);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_pages->addWidget(caPage);
    m_pages->addWidget(emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showNothing(true);
}

void CertificateAuthorityDetails::showCertificateAuthority(const api::CertificateAuthority &ca)
{
    m_pages->setCurrentIndex(0);
    const bool root = ca.type == api::CertificateAuthorityType::ROOT;
    m_icon->setPixmap(
        ThemedIcons::icon(root ? QStringLiteral("ca-root") : QStringLiteral("ca-subordinate"))
            .pixmap(40, 40));
    m_title->setText(DisplayNames::caTitle(ca));
    const auto status = ca.status.value_or(api::CertificateAuthorityStatus::CREATING);
    m_badge->setStatus(DisplayNames::status(status), toneOf(status));
    m_badge->setToolTip(DisplayNames::statusExplanation(status));
    QStringList facts;
    facts << (root ? tr("Root CA") : tr("Subordinate CA"));
    if (ca.certificateAuthorityConfiguration)
        facts << DisplayNames::keyAlgorithm(ca.certificateAuthorityConfiguration->keyAlgorithm);
    if (ca.notAfter)
        facts << tr("expires %1").arg(DisplayNames::date(*ca.notAfter));
    facts << ca.arn.value_or(QString()).section(QLatin1Char('/'), -1);
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    for (CaTab *tab : m_allTabs)
        tab->setCertificateAuthority(ca);
}

void CertificateAuthorityDetails::showNothing(bool storeIsEmpty)
{
    m_pages->setCurrentIndex(1);
    if (storeIsEmpty) {
        m_emptyTitle->setText(tr("No certificate authority yet"));
        m_emptyText->setText(tr("Create a root CA to start a hierarchy, or a subordinate CA to "
                                "be signed by an existing one."));
        m_emptyCreate->setVisible(true);
    } else {
        m_emptyTitle->setText(tr("Select a certificate authority"));
        m_emptyText->setText(tr("Its details, certificates and settings appear here."));
        m_emptyCreate->setVisible(false);
    }
}

void CertificateAuthorityDetails::reload()
{
    for (CaTab *tab : m_allTabs)
        tab->reload();
}

bool CertificateAuthorityDetails::isShowingCertificateAuthority() const
{
    return m_pages->currentIndex() == 0;
}

} // namespace pca::views
