// Coloured status badges: a delegate for the status columns of the CA tree, the certificate
// tables and the audit report list, and a small widget for the detail pages.
#pragma once

#include "Theme.h"
#include "api/AcmTypes.h"
#include "api/Enums.h"
#include "service/PrivateCaService.h"

#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>
#include <optional>

namespace pca::views {

BadgeTone toneOf(api::CertificateAuthorityStatus status);
BadgeTone toneOf(CertificateSummary::State state);
BadgeTone toneOf(api::AuditReportStatus status);
BadgeTone toneOf(api::acm::CertificateStatus status);
BadgeTone toneOf(api::acm::RenewalStatus status);

// Paints `text` as a rounded badge inside `rect` (left-aligned, vertically centred).
void paintBadge(QPainter *painter, const QRect &rect, const QString &text, BadgeTone tone,
                const QPalette &palette, const QFont &font);
QSize badgeSize(const QString &text, const QFont &font);

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind
    {
        CertificateAuthority,
        Certificate,
        AuditReport
    };
    // `statusRole` holds the enum value as int.
    StatusBadgeDelegate(Kind kind, int statusRole, QObject *parent = nullptr);
    // The tone of each cell; cells without one are painted as plain text.
    using ToneOf = std::function<std::optional<BadgeTone>(const QModelIndex &)>;
    explicit StatusBadgeDelegate(ToneOf toneOf, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::optional<BadgeTone> tone(const QModelIndex &index) const;
    Kind m_kind = Kind::CertificateAuthority;
    int m_statusRole = 0;
    ToneOf m_toneOf;
};

class StatusBadge : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(const QString &text, BadgeTone tone);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    BadgeTone m_tone = BadgeTone::Neutral;
};

} // namespace pca::views
