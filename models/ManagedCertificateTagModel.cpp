#include "ManagedCertificateTagModel.h"

namespace pca::models {

ManagedCertificateTagModel::ManagedCertificateTagModel(CertificateManagerClient *client,
                                                       QObject *parent)
    : TagModel(parent)
    , m_acm(client)
{
    connect(client, &CertificateManagerClient::certificateChanged, this,
            &ManagedCertificateTagModel::resourceChanged);
}

void ManagedCertificateTagModel::readTags(const QString &arn, Handler<QList<api::Tag>> handler)
{
    m_acm->listTagsForCertificate(arn, this, std::move(handler));
}

void ManagedCertificateTagModel::addTags(const QString &arn, const QList<api::Tag> &tags,
                                         Handler<Done> handler)
{
    m_acm->addTagsToCertificate({arn, tags}, this, std::move(handler));
}

void ManagedCertificateTagModel::removeTags(const QString &arn, const QList<api::Tag> &tags,
                                            Handler<Done> handler)
{
    m_acm->removeTagsFromCertificate({arn, tags}, this, std::move(handler));
}

QString ManagedCertificateTagModel::tooManyTagsMessage() const
{
    return tr("A certificate can have at most %1 tags.").arg(kMaxTags);
}

} // namespace pca::models
