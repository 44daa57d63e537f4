#include "CertificateAuthorityFilterModel.h"

#include "CertificateAuthorityModel.h"

namespace pca::models {

CertificateAuthorityFilterModel::CertificateAuthorityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(CertificateAuthorityModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CertificateAuthorityFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool CertificateAuthorityFilterModel::filterAcceptsRow(int sourceRow,
                                                       const QModelIndex &sourceParent) const
{
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(CertificateAuthorityModel::SearchTextRole).toString();
    // Every word must match somewhere.
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace pca::models
