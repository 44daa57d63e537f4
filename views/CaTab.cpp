#include "CaTab.h"

#include "ScrollingPage.h"

namespace pca::views {

CaTab::CaTab(models::PrivateCaClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{}

void CaTab::setCertificateAuthority(const api::CertificateAuthority &ca)
{
    const bool other = ca.arn != m_ca.arn;
    m_ca = ca;
    if (other)
        m_stale = true;
    if (!isVisible())
        return;
    if (m_stale) {
        m_stale = false;
        load();
    } else {
        updateDescription();
    }
}

void CaTab::reload()
{
    m_stale = true;
    if (isVisible() && m_ca.arn) {
        m_stale = false;
        load();
    }
}

void CaTab::setScrollableContent(QWidget *content)
{
    setScrollingContent(this, content);
}

void CaTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_ca.arn) {
        m_stale = false;
        load();
    }
}

} // namespace pca::views
