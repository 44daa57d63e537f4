#include "CertificateViewer.h"

#include "CertificateFiles.h"
#include "DisplayNames.h"

#include <QEvent>

namespace pca::views {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

CertificateViewer::CertificateViewer(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("certificateViewer"));
    setOpenLinks(false);
    setAccessibleName(tr("Certificate details"));
}

void CertificateViewer::showCertificate(const crypto::CertificateDetails &details)
{
    m_details = details;
    m_message.clear();
    render();
}

void CertificateViewer::showPem(const QByteArray &pem)
{
    try {
        const QList<crypto::CertificateDetails> decoded = models::CertificateFiles::decode(pem);
        showCertificate(decoded.first());
    } catch (const PcaError &error) {
        showMessage(tr("This certificate cannot be read: %1").arg(error.message()));
    }
}

void CertificateViewer::showMessage(const QString &message)
{
    m_details.reset();
    m_message = message;
    render();
}

void CertificateViewer::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void CertificateViewer::render()
{
    if (!m_details) {
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(m_message)));
        return;
    }
    const crypto::CertificateDetails &d = *m_details;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString rule = palette().color(QPalette::Mid).name();
    QString html;
    html += QStringLiteral("<style>td { padding: 3px 10px 3px 0; vertical-align: top; }"
                           " td.k { color: %1; white-space: nowrap; }"
                           " h3 { margin-top: 14px; margin-bottom: 4px; }"
                           " .mono { font-family: monospace; }</style>")
                .arg(muted);
    const auto section = [&html, &rule](const QString &title) {
        html += QStringLiteral("<h3 style='border-bottom: 1px solid %2'>%1</h3><table>")
                    .arg(esc(title), rule);
    };
    const auto row = [&html](const QString &key, const QString &value, bool mono = false) {
        html += QStringLiteral("<tr><td class='k'>%1</td><td%3>%2</td></tr>")
                    .arg(esc(key), esc(value), mono ? QStringLiteral(" class='mono'") : QString());
    };
    const auto end = [&html] { html += QStringLiteral("</table>"); };

    section(tr("Names"));
    row(tr("Subject"), d.subject);
    row(tr("Issuer"), d.issuer);
    if (!d.subjectAltNames.isEmpty())
        row(tr("Alternative names"), d.subjectAltNames.join(QLatin1Char('\n')));
    end();

    section(tr("Validity"));
    row(tr("Not before"), models::DisplayNames::dateTime(d.notBeforeMs));
    row(tr("Not after"), models::DisplayNames::dateTime(d.notAfterMs));
    end();

    section(tr("Identity"));
    row(tr("Serial number"), models::DisplayNames::serial(d.serialHex), true);
    row(tr("Public key"), d.publicKey);
    row(tr("Signature algorithm"), d.signatureAlgorithm);
    row(tr("Certificate authority"),
        d.isCa ? (d.pathLength >= 0 ? tr("Yes, path length %1").arg(d.pathLength) : tr("Yes"))
               : tr("No"));
    row(tr("Self-signed"), d.selfSigned ? tr("Yes") : tr("No"));
    if (!d.subjectKeyIdentifier.isEmpty())
        row(tr("Subject key identifier"), d.subjectKeyIdentifier, true);
    if (!d.authorityKeyIdentifier.isEmpty())
        row(tr("Authority key identifier"), d.authorityKeyIdentifier, true);
    end();

    section(tr("Extensions"));
    for (const crypto::ExtensionDetails &extension : d.extensions) {
        const QString name = extension.name.isEmpty() ? extension.oid : extension.name;
        row(extension.critical ? tr("%1 (critical)").arg(name) : name, extension.value.trimmed());
    }
    end();

    section(tr("Fingerprints"));
    row(tr("SHA-256"), d.sha256Fingerprint, true);
    row(tr("SHA-1"), d.sha1Fingerprint, true);
    end();
    setHtml(html);
}

} // namespace pca::views
