#include "StatusBadge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pca::views {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;

QFont badgeFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}
} // namespace

BadgeTone toneOf(api::CertificateAuthorityStatus status)
{
    using S = api::CertificateAuthorityStatus;
    switch (status) {
    case S::ACTIVE:
        return BadgeTone::Positive;
    case S::PENDING_CERTIFICATE:
        return BadgeTone::Pending;
    case S::CREATING:
        return BadgeTone::Info;
    case S::DISABLED:
    case S::DELETED:
        return BadgeTone::Neutral;
    case S::EXPIRED:
        return BadgeTone::Warning;
    case S::FAILED:
        return BadgeTone::Negative;
    }
    return BadgeTone::Neutral;
}

BadgeTone toneOf(CertificateSummary::State state)
{
    switch (state) {
    case CertificateSummary::State::Valid:
        return BadgeTone::Positive;
    case CertificateSummary::State::Revoked:
        return BadgeTone::Negative;
    case CertificateSummary::State::Expired:
        return BadgeTone::Neutral;
    }
    return BadgeTone::Neutral;
}

BadgeTone toneOf(api::AuditReportStatus status)
{
    switch (status) {
    case api::AuditReportStatus::CREATING:
        return BadgeTone::Info;
    case api::AuditReportStatus::SUCCESS:
        return BadgeTone::Positive;
    case api::AuditReportStatus::FAILED:
        return BadgeTone::Negative;
    }
    return BadgeTone::Neutral;
}

BadgeTone toneOf(api::acm::CertificateStatus status)
{
    using S = api::acm::CertificateStatus;
    switch (status) {
    case S::ISSUED:
        return BadgeTone::Positive;
    case S::PENDING_VALIDATION:
        return BadgeTone::Pending;
    case S::INACTIVE:
        return BadgeTone::Neutral;
    case S::EXPIRED:
    case S::VALIDATION_TIMED_OUT:
        return BadgeTone::Warning;
    case S::REVOKED:
    case S::FAILED:
        return BadgeTone::Negative;
    }
    return BadgeTone::Neutral;
}

BadgeTone toneOf(api::acm::RenewalStatus status)
{
    using S = api::acm::RenewalStatus;
    switch (status) {
    case S::SUCCESS:
        return BadgeTone::Positive;
    case S::PENDING_AUTO_RENEWAL:
        return BadgeTone::Info;
    case S::PENDING_VALIDATION:
        return BadgeTone::Pending;
    case S::FAILED:
        return BadgeTone::Negative;
    }
    return BadgeTone::Neutral;
}

QSize badgeSize(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(badgeFont(font));
    return {metrics.horizontalAdvance(text) + 2 * kPadX, metrics.height() + 2 * kPadY};
}

void paintBadge(QPainter *painter, const QRect &rect, const QString &text, BadgeTone tone,
                const QPalette &palette, const QFont &font)
{
    const BadgeColors colors = Theme::badge(tone, palette);
    const QFont f = badgeFont(font);
    QSize size = badgeSize(text, font);
    size.setWidth(qMin(size.width(), rect.width()));
    const QRectF pill(rect.left() + 0.5, rect.top() + (rect.height() - size.height()) / 2.0 + 0.5,
                      size.width() - 1, size.height() - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);
    painter->setPen(colors.foreground);
    painter->setFont(f);
    const QFontMetrics metrics(f);
    painter->drawText(pill.adjusted(kPadX - 1, 0, -kPadX + 1, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, int(pill.width()) - 2 * kPadX + 2));
    painter->restore();
}

StatusBadgeDelegate::StatusBadgeDelegate(Kind kind, int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
    , m_statusRole(statusRole)
{}

StatusBadgeDelegate::StatusBadgeDelegate(ToneOf toneOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_toneOf(std::move(toneOf))
{}

std::optional<BadgeTone> StatusBadgeDelegate::tone(const QModelIndex &index) const
{
    if (m_toneOf)
        return m_toneOf(index);
    const int value = index.data(m_statusRole).toInt();
    switch (m_kind) {
    case Kind::CertificateAuthority:
        return toneOf(api::CertificateAuthorityStatus(value));
    case Kind::Certificate:
        return toneOf(CertificateSummary::State(value));
    case Kind::AuditReport:
        return toneOf(api::AuditReportStatus(value));
    }
    return BadgeTone::Neutral;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const std::optional<BadgeTone> badgeTone = tone(index);
    if (!badgeTone) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    paintBadge(painter, area, text, *badgeTone, option.palette, option.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = badgeSize(index.data().toString(), option.font) + QSize(8, 4);
    return size.expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString &text, BadgeTone tone)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize StatusBadge::sizeHint() const
{
    return badgeSize(m_text.isEmpty() ? QStringLiteral("—") : m_text, font()) + QSize(2, 2);
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    paintBadge(&painter, rect(), m_text, m_tone, palette(), font());
}

} // namespace pca::views
