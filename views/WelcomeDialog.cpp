#include "WelcomeDialog.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "LocalEngine.h"
#include "ModalHooks.h"
#include "PassphraseStrength.h"
#include "TeamStoreButton.h"
#include "ThemedIcons.h"
#include "store/StoreLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace pca::views {

QStringList WelcomeDialog::knownRegions()
{
    return {QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
            QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
            QStringLiteral("ca-central-1"),   QStringLiteral("eu-central-1"),
            QStringLiteral("eu-central-2"),   QStringLiteral("eu-west-1"),
            QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),
            QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),
            QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
            QStringLiteral("ap-south-1"),     QStringLiteral("sa-east-1"),
            QStringLiteral("me-south-1"),     QStringLiteral("af-south-1"),
            QStringLiteral("cn-north-1"),     QStringLiteral("cn-northwest-1")};
}

WelcomeDialog::WelcomeDialog(const QString &directory, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Private CA Manager"));

    auto *logo = new QLabel(this);
    logo->setPixmap(ThemedIcons::icon(QStringLiteral("privateca")).pixmap(64, 64));
    auto *title = new QLabel(tr("Welcome to Private CA Manager"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Your certificate authorities live in a store on this computer. "
                                "Every CA key in it is encrypted with a master passphrase: "
                                "choose one you will remember — it cannot be recovered."),
                             this);
    intro->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(intro);
    header->addLayout(headerText, 1);

    m_directory = new QLineEdit(QDir::toNativeSeparators(directory), this);
    m_directory->setObjectName(QStringLiteral("welcomeDirectory"));
    m_directory->setAccessibleName(tr("Store location"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("welcomeBrowse"));
    browse->setIcon(ThemedIcons::icon(QStringLiteral("open-file")));
    browse->setToolTip(tr("Choose a folder"));
    browse->setAccessibleName(tr("Choose a folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen =
            ModalHooks::existingDirectory(this, tr("Store location"), m_directory->text());
        if (!chosen.isEmpty())
            m_directory->setText(QDir::toNativeSeparators(chosen));
    });
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browse);
    directoryRow->addWidget(createTeamStoreButton(m_directory, this));

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("welcomePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Master passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("welcomePassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the master passphrase"));
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(QStringLiteral("welcomeStrength"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("welcomeStrengthLabel"));
    m_strengthLabel->setWordWrap(true);
    auto *strength = new QVBoxLayout;
    strength->setSpacing(2);
    strength->addWidget(m_strength);
    strength->addWidget(m_strengthLabel);

    m_accountId = new QLineEdit(store::SqlStore::generateAccountId(), this);
    m_accountId->setObjectName(QStringLiteral("welcomeAccountId"));
    m_accountId->setAccessibleName(tr("Account ID"));
    m_accountId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    m_accountId->setToolTip(tr("12 digits; part of every ARN. Use your AWS account ID to make "
                               "ARNs look like your cloud ones."));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("welcomeRegion"));
    m_region->setEditable(true);
    m_region->addItems(knownRegions());
    m_region->setAccessibleName(tr("Region"));

    auto *form = new QFormLayout;
    form->addRow(tr("Store location:"), directoryRow);
    form->addRow(tr("Master passphrase:"), m_passphrase);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    form->addRow(QString(), strength);
    form->addRow(tr("Account ID:"), m_accountId);
    form->addRow(tr("Region:"), m_region);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_busy = createBusyIndicator(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create store"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("welcomeCreateButton"));
    m_create->setDefault(true);
    // Or no local store at all: work on a team's server.
    QPushButton *connectButton =
        buttons->addButton(tr("Connect to a server…"), QDialogButtonBox::ActionRole);
    connectButton->setObjectName(QStringLiteral("welcomeConnectButton"));
    connectButton->setToolTip(
        tr("Work with the certificate authorities of a privateca-server instead, with your "
           "access key."));
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (!m_working)
            done(ConnectToServer);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QLineEdit *edit : {m_directory, m_passphrase, m_repeat, m_accountId})
        connect(edit, &QLineEdit::textChanged, this, &WelcomeDialog::update);
    connect(m_region, &QComboBox::currentTextChanged, this, &WelcomeDialog::update);
    update();
    m_passphrase->setFocus();
}

QString WelcomeDialog::directory() const
{
    return QDir::fromNativeSeparators(m_directory->text().trimmed());
}

QString WelcomeDialog::problem() const
{
    if (directory().isEmpty())
        return tr("Choose where the store lives.");
    if (m_passphrase->text().isEmpty())
        return tr("Choose a master passphrase.");
    if (m_passphrase->text().size() < 8)
        return tr("The passphrase needs at least 8 characters.");
    if (m_repeat->text().isEmpty())
        return tr("Type the passphrase a second time.");
    if (m_repeat->text() != m_passphrase->text())
        return tr("The two passphrases differ.");
    if (m_accountId->text().size() != 12)
        return tr("The account ID has 12 digits.");
    static const QRegularExpression region(QStringLiteral("\\A[a-z]{2}(-[a-z]+)+-[0-9]+\\z"));
    if (!region.match(m_region->currentText().trimmed()).hasMatch())
        return tr("A region looks like us-east-1.");
    return QString();
}

void WelcomeDialog::update()
{
    const models::PassphraseRating rating = models::PassphraseStrength::rate(m_passphrase->text());
    m_strength->setValue(rating.score);
    static const QColor colors[] = {QColor(0xd6, 0x45, 0x45), QColor(0xe0, 0x7a, 0x1f),
                                    QColor(0xd9, 0xb0, 0x00), QColor(0x6a, 0xb0, 0x3a),
                                    QColor(0x2e, 0x9e, 0x5b)};
    QPalette p = m_strength->palette();
    p.setColor(QPalette::Highlight, colors[rating.score]);
    m_strength->setPalette(p);
    m_strengthLabel->setText(m_passphrase->text().isEmpty() ? QString()
                             : rating.hint.isEmpty()
                                 ? tr("Strength: %1").arg(rating.label)
                                 : tr("Strength: %1. %2").arg(rating.label, rating.hint));
    const QString issue = problem();
    // Only complain once the user has typed something there.
    if (!m_repeat->text().isEmpty() || m_passphrase->text().size() >= 8 ||
        m_accountId->text().size() != 12)
        m_message->showError(issue);
    else
        m_message->clearMessage();
    m_create->setEnabled(issue.isEmpty() && !m_working);
}

void WelcomeDialog::accept()
{
    if (!problem().isEmpty() || m_working)
        return;
    store::StoreOptions options;
    try {
        options = store::parseStoreLocation(directory());
    } catch (const PcaError &error) {
        m_message->showError(error.message());
        return;
    }
    if (store::SqlStore::exists(options)) {
        // A store is already there (a team's on PostgreSQL, or a folder chosen again): the
        // caller asks for its passphrase instead.
        m_openExisting = true;
        QDialog::accept();
        return;
    }
    m_working = true;
    m_busy->setVisible(true);
    m_message->showHint(tr("Creating the store…"));
    update();
    const store::StoreIdentity identity{m_accountId->text(), m_region->currentText().trimmed()};
    models::LocalEngine::createStore(
        options, m_passphrase->text().toUtf8(), identity, this,
        [this](const models::Reply<std::shared_ptr<store::SqlStore>> &reply) {
            m_working = false;
            m_busy->setVisible(false);
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                update();
                return;
            }
            m_store = reply.value();
            QDialog::accept();
        });
}

} // namespace pca::views
