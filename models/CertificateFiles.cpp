#include "CertificateFiles.h"

#include "crypto/Csr.h"
#include "crypto/OpenSsl.h"
#include "crypto/Pkcs12Export.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace pca::models {

namespace {

// Runs `work` on the global pool and delivers the result on `receiver`'s thread.
template <typename T, typename Work>
void runInBackground(QObject *receiver, Handler<T> handler, Work work)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, handler = std::move(handler),
                                          work = std::move(work)]() mutable {
        Reply<T> reply = replyFrom<T>(work);
        // Delivered through the application object, which outlives every receiver; the guard
        // is checked on the receiving thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard = std::move(guard), handler = std::move(handler), reply = std::move(reply)]() {
                if (guard)
                    handler(reply);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

QList<crypto::CertificateDetails> CertificateFiles::decode(const QByteArray &pemOrDer)
{
    QList<crypto::CertificateDetails> out;
    for (const crypto::X509Ptr &cert : crypto::parseCertificates(pemOrDer, errors::InvalidArgs))
        out << crypto::inspectCertificate(cert.get());
    return out;
}

QByteArray CertificateFiles::toDer(const QByteArray &pemOrDer)
{
    const std::vector<crypto::X509Ptr> certs =
        crypto::parseCertificates(pemOrDer, errors::InvalidArgs);
    return crypto::derOf(certs.front().get());
}

QString CertificateFiles::csrProblem(const QByteArray &pemOrDer)
{
    if (pemOrDer.trimmed().isEmpty())
        return tr("Paste a CSR or open a CSR file.");
    try {
        crypto::parseCsr(pemOrDer.trimmed());
    } catch (const PcaError &error) {
        return error.message();
    }
    return QString();
}

bool CertificateFiles::looksLikePem(const QByteArray &text, const char *label)
{
    return text.contains(QByteArray("-----BEGIN ") + label + "-----");
}

void CertificateFiles::generateKeyAndCsr(const crypto::KeyAndCsrRequest &request, QObject *receiver,
                                         Handler<crypto::GeneratedKeyAndCsr> handler)
{
    runInBackground(receiver, std::move(handler),
                    [request] { return crypto::generateKeyAndCsr(request); });
}

void CertificateFiles::exportPkcs12(const crypto::GeneratedKeyAndCsr &key,
                                    const QByteArray &certificate, const QByteArray &chain,
                                    const QByteArray &password, const QString &friendlyName,
                                    QObject *receiver, Handler<QByteArray> handler)
{
    runInBackground(receiver, std::move(handler),
                    [key, certificate, chain, password, friendlyName] {
                        crypto::Pkcs12Options options;
                        options.friendlyName = friendlyName;
                        return crypto::exportPkcs12(key, certificate, chain, password, options);
                    });
}

QByteArray CertificateFiles::privateKeyPem(const crypto::GeneratedKeyAndCsr &key,
                                           const QByteArray &password)
{
    return crypto::exportPrivateKeyPem(key, password);
}

} // namespace pca::models
