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
    // One table for every section, so that the values line up.
    QString html = QStringLiteral("<style>td { padding: 2px 12px 2px 0; vertical-align: top; }"
                                  " td.k { color: %1; white-space: nowrap; }"
                                  " td.h { padding-top: 12px; font-weight: bold;"
                                  " font-size: large; border-bottom: 1px solid %2; }"
                                  " .mono { font-family: monospace; }</style>"
                                  "<table cellspacing='0' width='100%'>")
                       .arg(muted, rule);
    const auto section = [&html](const QString &title) {
        html += QStringLiteral("<tr><td class='h' colspan='2'>%1</td></tr>").arg(esc(title));
    };
    const auto row = [&html](const QString &key, const QString &value, bool mono = false) {
        html += QStringLiteral("<tr><td class='k'>%1</td><td%3>%2</td></tr>")
                    .arg(esc(key), esc(value), mono ? QStringLiteral(" class='mono'") : QString());
    };

    section(tr("Names"));
    row(tr("Subject"), d.subject);
    row(tr("Issuer"), d.issuer);
    if (!d.subjectAltNames.isEmpty())
        row(tr("Alternative names"), d.subjectAltNames.join(QLatin1Char('\n')));

    section(tr("Validity"));
    row(tr("Not before"), models::DisplayNames::dateTime(d.notBeforeMs));
    row(tr("Not after"), models::DisplayNames::dateTime(d.notAfterMs));

    section(tr("Identity"));
    row(tr("Serial number"), models::DisplayNames::serial(d.serialHex), true);
    row(tr("Public key"), d.publicKey);
    row(tr("Signature algorithm"), d.signatureAlgorithm);
    row(tr("Certificate authority"),
        d.isCa ? (d.pathLength >= 0 ? tr("Yes, path length %1").arg(d.pathLength) : tr("Yes"))
               : tr("No"));
    row(tr("Self-signed"), d.selfSigned ? tr("Yes") : tr("No"));

    section(tr("Extensions"));
    for (const crypto::ExtensionDetails &extension : d.extensions) {
        QString name = extension.name.isEmpty() ? extension.oid : extension.name;
        name.remove(QStringLiteral("X509v3 "));
        row(extension.critical ? tr("%1 (critical)").arg(name) : name, extension.value.trimmed());
    }

    section(tr("Fingerprints"));
    row(tr("SHA-256"), d.sha256Fingerprint, true);
    row(tr("SHA-1"), d.sha1Fingerprint, true);
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace pca::views
