// The tags of one managed certificate as an editable table: TagModel's inline checks and
// editing, applied through AddTagsToCertificate / RemoveTagsFromCertificate.
#pragma once

#include "CertificateManagerClient.h"
#include "TagModel.h"

namespace pca::models {

class ManagedCertificateTagModel : public TagModel
{
    Q_OBJECT

public:
    explicit ManagedCertificateTagModel(CertificateManagerClient *client,
                                        QObject *parent = nullptr);

    void setCertificate(const QString &certificateArn) { setResource(certificateArn); }
    QString certificate() const { return resource(); }

protected:
    void readTags(const QString &arn, Handler<QList<api::Tag>> handler) override;
    void addTags(const QString &arn, const QList<api::Tag> &tags, Handler<Done> handler) override;
    void removeTags(const QString &arn, const QList<api::Tag> &tags,
                    Handler<Done> handler) override;
    QString tooManyTagsMessage() const override;

private:
    CertificateManagerClient *m_acm;
};

} // namespace pca::models
