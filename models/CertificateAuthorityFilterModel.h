// Sorting and filtering of the CA tree: a CA stays visible when it or one of its subordinates
// matches the filter text (name, ARN, status, type, key algorithm, organisation).
#pragma once

#include <QSortFilterProxyModel>

namespace pca::models {

class CertificateAuthorityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CertificateAuthorityFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace pca::models
