#include "ConnectToServerDialog.h"

#include "AwsProfiles.h"
#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"
#include "WelcomeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pca::views {

namespace {

const QString kUrl = QStringLiteral("server/url");
const QString kProfile = QStringLiteral("server/profile");
const QString kAccessKeyId = QStringLiteral("server/accessKeyId");
const QString kRegion = QStringLiteral("server/region");
const QString kCaFile = QStringLiteral("server/caFile");

} // namespace

ConnectToServerDialog::ConnectToServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a server"));
    const QSettings settings;

    m_url = new QLineEdit(settings.value(kUrl).toString(), this);
    m_url->setObjectName(QStringLiteral("connectUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://pca.example.com"));
    m_url->setAccessibleName(tr("Server URL"));

    m_useKey = new QRadioButton(tr("Access key"), this);
    m_useKey->setObjectName(QStringLiteral("connectUseKey"));
    m_useProfile = new QRadioButton(tr("AWS profile"), this);
    m_useProfile->setObjectName(QStringLiteral("connectUseProfile"));
    auto *how = new QHBoxLayout;
    how->addWidget(m_useKey);
    how->addWidget(m_useProfile);
    how->addStretch();

    m_keyId = new QLineEdit(settings.value(kAccessKeyId).toString(), this);
    m_keyId->setObjectName(QStringLiteral("connectAccessKeyId"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("connectSecretKey"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret access key"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("connectProfile"));
    m_profile->setAccessibleName(tr("AWS profile"));
    m_profile->addItems(models::AwsProfiles::names());
    m_profile->setToolTip(models::AwsProfiles::credentialsFile());

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("connectRegion"));
    m_region->setEditable(true);
    m_region->addItems(WelcomeDialog::knownRegions());
    m_region->setAccessibleName(tr("Region"));
    m_region->setCurrentText(settings.value(kRegion, QStringLiteral("us-east-1")).toString());

    m_caFile = new QLineEdit(settings.value(kCaFile).toString(), this);
    m_caFile->setObjectName(QStringLiteral("connectCaFile"));
    m_caFile->setAccessibleName(tr("Trusted CA file"));
    m_caFile->setPlaceholderText(tr("Optional: PEM certificates to trust besides the system's"));
    auto *browse = new QToolButton(this);
    browse->setIcon(ThemedIcons::icon(QStringLiteral("open-file")));
    browse->setToolTip(tr("Trusted CA file"));
    browse->setAccessibleName(tr("Trusted CA file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = ModalHooks::openFileName(
            this, tr("Trusted CA file"), QStringLiteral("PEM (*.pem *.crt *.cer);;* (*)"));
        if (!chosen.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(chosen));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Server URL:"), m_url);
    form->addRow(tr("Sign in with:"), how);
    form->addRow(tr("Access key ID:"), m_keyId);
    form->addRow(tr("Secret access key:"), m_secret);
    form->addRow(tr("AWS profile:"), m_profile);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Trusted CA file:"), caRow);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_busy = createBusyIndicator(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectToServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    const QString profile = settings.value(kProfile).toString();
    const bool byProfile = !profile.isEmpty() || (m_keyId->text().isEmpty() && m_profile->count());
    (byProfile ? m_useProfile : m_useKey)->setChecked(true);
    if (!profile.isEmpty())
        m_profile->setCurrentText(profile);
    m_useProfile->setEnabled(m_profile->count() > 0);

    for (QLineEdit *edit : {m_url, m_keyId, m_secret, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectToServerDialog::update);
    connect(m_useKey, &QRadioButton::toggled, this, &ConnectToServerDialog::update);
    connect(m_region, &QComboBox::currentTextChanged, this, &ConnectToServerDialog::update);
    connect(m_profile, &QComboBox::currentTextChanged, this,
            &ConnectToServerDialog::profileChanged);
    if (byProfile)
        profileChanged();
    update();
    (m_url->text().isEmpty() ? m_url : (m_useKey->isChecked() ? m_secret : m_url))->setFocus();
}

ConnectToServerDialog::~ConnectToServerDialog() = default;

std::unique_ptr<models::RemoteConnection> ConnectToServerDialog::takeConnection()
{
    return std::move(m_connection);
}

void ConnectToServerDialog::preset(const QString &url, const QString &profile)
{
    if (!url.isEmpty())
        m_url->setText(url);
    if (!profile.isEmpty()) {
        if (m_profile->findText(profile) < 0)
            m_profile->addItem(profile); // connecting then names the missing key
        m_useProfile->setEnabled(true);
        m_useProfile->setChecked(true);
        m_profile->setCurrentText(profile);
        profileChanged();
    }
    update();
    (m_useKey->isChecked() && m_keyId->text().isEmpty() ? m_keyId
     : m_useKey->isChecked()                            ? m_secret
                                                        : m_url)
        ->setFocus();
}

void ConnectToServerDialog::profileChanged()
{
    // The profile's region, when its config names one.
    if (const auto profile = models::AwsProfiles::load(m_profile->currentText());
        profile && !profile->region.isEmpty())
        m_region->setCurrentText(profile->region);
    update();
}

QString ConnectToServerDialog::problem() const
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")))
        return tr("Type the server's address, e.g. https://pca.example.com.");
    if (m_useKey->isChecked() &&
        (m_keyId->text().trimmed().isEmpty() || m_secret->text().isEmpty()))
        return tr("Type the access key ID and the secret access key.");
    static const QRegularExpression region(QStringLiteral("\\A[a-z]{2}(-[a-z]+)+-[0-9]+\\z"));
    if (!region.match(m_region->currentText().trimmed()).hasMatch())
        return tr("A region looks like us-east-1.");
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
        return tr("%1 holds no PEM certificate.").arg(caFile);
    return QString();
}

void ConnectToServerDialog::update()
{
    const bool byKey = m_useKey->isChecked();
    m_keyId->setEnabled(byKey);
    m_secret->setEnabled(byKey);
    m_profile->setEnabled(!byKey);
    const QString issue = problem();
    if (!m_working) {
        if (issue.isEmpty() || m_url->text().isEmpty())
            m_message->clearMessage();
        else
            m_message->showError(issue);
    }
    m_connect->setEnabled(issue.isEmpty() && !m_working);
}

models::RemoteEndpoint ConnectToServerDialog::endpoint() const
{
    models::RemoteEndpoint endpoint;
    endpoint.url = QUrl(m_url->text().trimmed());
    endpoint.region = m_region->currentText().trimmed();
    endpoint.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (m_useKey->isChecked()) {
        endpoint.accessKeyId = m_keyId->text().trimmed().toUtf8();
        endpoint.secretAccessKey = m_secret->text().toUtf8();
    } else if (const auto profile = models::AwsProfiles::load(m_profile->currentText())) {
        endpoint.profile = profile->name;
        endpoint.accessKeyId = profile->accessKeyId;
        endpoint.secretAccessKey = profile->secretAccessKey;
    }
    return endpoint;
}

void ConnectToServerDialog::remember() const
{
    QSettings settings;
    settings.setValue(kUrl, m_url->text().trimmed());
    settings.setValue(kRegion, m_region->currentText().trimmed());
    settings.setValue(kCaFile, m_caFile->text().trimmed());
    // Never the secret: the key's ID, or the profile that holds the secret.
    settings.setValue(kProfile, m_useProfile->isChecked() ? m_profile->currentText() : QString());
    settings.setValue(kAccessKeyId, m_useKey->isChecked() ? m_keyId->text().trimmed() : QString());
}

void ConnectToServerDialog::accept()
{
    if (!problem().isEmpty() || m_working)
        return;
    const models::RemoteEndpoint target = endpoint();
    if (target.accessKeyId.isEmpty()) {
        m_message->showError(tr("The profile %1 has no access key.").arg(m_profile->currentText()));
        return;
    }
    m_working = true;
    m_busy->setVisible(true);
    m_message->showHint(tr("Connecting…"));
    update();
    m_connection = std::make_unique<models::RemoteConnection>(target);
    m_connection->getCallerIdentity(this, [this](const models::Reply<models::CallerIdentity> &r) {
        m_working = false;
        m_busy->setVisible(false);
        if (!r.ok()) {
            m_connection.release()->deleteLater(); // it is answering this call
            m_connection = nullptr;
            m_message->showError(models::ErrorText::oneLine(r.error()));
            update();
            return;
        }
        m_identity = r.value();
        remember();
        QDialog::accept();
    });
}

} // namespace pca::views
