#include "SettingsDialog.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "Languages.h"
#include "ModalHooks.h"
#include "TeamStoreButton.h"
#include "Theme.h"
#include "ThemedIcons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pca::views {

SettingsDialog::SettingsDialog(models::PrivateCaClient *client, const QString &currentStore,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QSettings settings;

    auto *storeBox = new QGroupBox(tr("Store"), this);
    m_store = new QLineEdit(
        QDir::toNativeSeparators(
            settings.value(QStringLiteral("storeDirectory"), currentStore).toString()),
        storeBox);
    m_store->setObjectName(QStringLiteral("settingsStoreDirectory"));
    m_store->setAccessibleName(tr("Store location"));
    auto *browse = new QToolButton(storeBox);
    browse->setIcon(ThemedIcons::icon(QStringLiteral("open-file")));
    browse->setToolTip(tr("Choose a folder"));
    browse->setAccessibleName(tr("Choose a folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen =
            ModalHooks::existingDirectory(this, tr("Store location"), m_store->text());
        if (!chosen.isEmpty())
            m_store->setText(QDir::toNativeSeparators(chosen));
    });
    m_storeMessage = new FieldMessage(storeBox);
    m_storeMessage->setObjectName(QStringLiteral("settingsStoreMessage"));
    m_storeMessage->showHint(tr("A folder, or a team store on PostgreSQL. A new location takes "
                                "effect at the next start (the command line options --store and "
                                "--data-dir and PRIVATECA_DATA_DIR take precedence)."));
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);
    storeRow->addWidget(createTeamStoreButton(m_store, storeBox));
    auto *storeForm = new QFormLayout(storeBox);
    storeForm->addRow(tr("Location:"), storeRow);
    storeForm->addRow(m_storeMessage);

    auto *urlBox = new QGroupBox(tr("Publishing"), this);
    m_publicUrl = new QLineEdit(urlBox);
    m_publicUrl->setObjectName(QStringLiteral("settingsPublicUrl"));
    m_publicUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_publicUrl->setAccessibleName(tr("Public base URL"));
    m_urlMessage = new FieldMessage(urlBox);
    m_urlMessage->setObjectName(QStringLiteral("settingsUrlMessage"));
    auto *urlForm = new QFormLayout(urlBox);
    urlForm->addRow(tr("Public base URL:"), m_publicUrl);
    urlForm->addRow(m_urlMessage);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), Theme::settingsValue(ThemeChoice::System));
    m_theme->addItem(tr("Light"), Theme::settingsValue(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), Theme::settingsValue(ThemeChoice::Dark));
    m_theme->setCurrentIndex(qMax(
        0, m_theme->findData(settings.value(QStringLiteral("theme"), QStringLiteral("system")))));
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const Language &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Languages::chosen())));
    auto *languageMessage = new FieldMessage(appearance);
    languageMessage->setObjectName(QStringLiteral("settingsLanguageMessage"));
    languageMessage->showHint(tr("A new language takes effect at the next start."));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("Theme:"), m_theme);
    appearanceForm->addRow(tr("Language:"), m_language);
    appearanceForm->addRow(languageMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("settingsOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(storeBox);
    layout->addWidget(urlBox);
    layout->addWidget(appearance);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    // Connected to a server: its store and public URL are its own settings, not this app's.
    const QString remote =
        client->unavailableReason(models::PrivateCaClient::Feature::StoreLocation);
    if (!remote.isEmpty()) {
        storeBox->setEnabled(false);
        urlBox->setEnabled(false);
        storeBox->setToolTip(remote);
        urlBox->setToolTip(remote);
        m_storeMessage->showHint(remote);
    }
    m_remote = !remote.isEmpty();

    connect(m_publicUrl, &QLineEdit::textChanged, this, &SettingsDialog::validateUrl);
    client->publicBaseUrl(this, [this](const models::Reply<QString> &reply) {
        if (reply.ok()) {
            m_loadedUrl = reply.value();
            m_publicUrl->setText(reply.value());
        }
    });
    validateUrl();
}

void SettingsDialog::validateUrl()
{
    const QString text = m_publicUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool ok = text.isEmpty() || (url.isValid() &&
                                       (url.scheme() == QLatin1StringView("http") ||
                                        url.scheme() == QLatin1StringView("https")) &&
                                       !url.host().isEmpty());
    if (ok)
        m_urlMessage->showHint(tr("CRL distribution points and OCSP URLs of new certificates "
                                  "start with this address."));
    else
        m_urlMessage->showError(tr("Use an http:// or https:// address with a host name, e.g. "
                                   "http://pki.example.com."));
    m_ok->setEnabled(ok);
}

void SettingsDialog::accept()
{
    QSettings settings;
    if (!m_remote)
        settings.setValue(QStringLiteral("storeDirectory"),
                          QDir::fromNativeSeparators(m_store->text().trimmed()));
    const QString theme = m_theme->currentData().toString();
    if (settings.value(QStringLiteral("theme")).toString() != theme) {
        settings.setValue(QStringLiteral("theme"), theme);
        Theme::apply(Theme::fromSettingsValue(theme));
    }
    Languages::setChosen(m_language->currentData().toString());
    const QString url = m_publicUrl->text().trimmed();
    if (m_remote || url == m_loadedUrl) {
        QDialog::accept();
        return;
    }
    m_ok->setEnabled(false);
    m_client->setStoredPublicBaseUrl(url, this, [this](const models::Reply<models::Done> &reply) {
        m_ok->setEnabled(true);
        if (!reply.ok()) {
            m_urlMessage->showError(models::ErrorText::oneLine(reply.error()));
            return;
        }
        QDialog::accept();
    });
}

} // namespace pca::views
