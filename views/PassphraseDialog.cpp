#include "PassphraseDialog.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "LocalEngine.h"
#include "ThemedIcons.h"
#include "store/StoreLocation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

PassphraseDialog::PassphraseDialog(const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Unlock store"));
    auto *icon = new QLabel(this);
    icon->setPixmap(ThemedIcons::icon(QStringLiteral("password")).pixmap(48, 48));
    auto *intro = new QLabel(tr("Enter the master passphrase of the store in %1.")
                                 .arg(QDir::toNativeSeparators(directory)),
                             this);
    intro->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseInput"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Master passphrase"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_busy = createBusyIndicator(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_unlock->setEnabled(!m_passphrase->text().isEmpty() && !m_working); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("Passphrase:"), m_passphrase);
    top->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_unlock->setEnabled(false);
    m_passphrase->setFocus();
}

void PassphraseDialog::accept()
{
    if (m_working || m_passphrase->text().isEmpty())
        return;
    m_working = true;
    ++m_attempts;
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_busy->setVisible(true);
    m_message->showHint(tr("Unlocking…"));
    store::StoreOptions options;
    try {
        options = store::parseStoreLocation(m_directory);
    } catch (const PcaError &error) {
        m_working = false;
        m_busy->setVisible(false);
        m_passphrase->setEnabled(true);
        m_message->showError(error.message());
        return;
    }
    models::LocalEngine::openStore(
        options, m_passphrase->text().toUtf8(), this,
        [this](const models::Reply<std::shared_ptr<store::SqlStore>> &reply) {
            m_working = false;
            m_busy->setVisible(false);
            m_passphrase->setEnabled(true);
            if (reply.ok()) {
                m_store = reply.value();
                QDialog::accept();
                return;
            }
            if (reply.error().is(errors::WrongPassphrase))
                m_message->showError(tr("This passphrase does not unlock the store. Try again."));
            else
                m_message->showError(models::ErrorText::oneLine(reply.error()));
            m_passphrase->selectAll();
            m_passphrase->setFocus();
            m_unlock->setEnabled(!m_passphrase->text().isEmpty());
        });
}

} // namespace pca::views
