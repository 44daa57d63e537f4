// The tags of one managed certificate: view, add, change and remove them; changes apply at once
// through AddTagsToCertificate / RemoveTagsFromCertificate.
#pragma once

#include "CertificateManagerClient.h"

#include <QDialog>

namespace pca::models {
class ManagedCertificateTagModel;
}

namespace pca::views {

class TagEditor;

class ManagedCertificateTagsDialog : public QDialog
{
    Q_OBJECT

public:
    ManagedCertificateTagsDialog(models::CertificateManagerClient *client,
                                 const ManagedCertificateView &certificate,
                                 QWidget *parent = nullptr);

    models::ManagedCertificateTagModel *model() const { return m_model; }
    TagEditor *editor() const { return m_editor; }

private:
    models::ManagedCertificateTagModel *m_model;
    TagEditor *m_editor;
};

} // namespace pca::views
