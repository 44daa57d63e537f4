#include "ExpiryChart.h"

#include "ExpiryForecast.h"
#include "Theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace pca::views {

ExpiryChart::ExpiryChart(models::ExpiryForecast *forecast, QWidget *parent)
    : QWidget(parent)
    , m_forecast(forecast)
{
    setObjectName(QStringLiteral("expiryChart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(forecast, &models::ExpiryForecast::changed, this, [this] {
        updateAccessibleText();
        update();
    });
    updateAccessibleText();
}

qint64 ExpiryChart::scaleMax() const
{
    qint64 max = 0;
    for (qint64 count : m_forecast->counts())
        max = qMax(max, count);
    // Four grid steps of a round size (1, 2 or 5 times a power of ten) above the tallest bar.
    const double rough = qMax(1.0, double(max) / 4.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    return qint64(step) * 4;
}

QRectF ExpiryChart::plotArea() const
{
    const QFontMetrics metrics(font());
    const double left = metrics.horizontalAdvance(QLocale().toString(scaleMax())) + 14;
    const double bottom = metrics.height() * 2 + 8;
    return QRectF(left, metrics.height() + 8, width() - left - 10,
                  height() - bottom - metrics.height() - 8);
}

QRectF ExpiryChart::barRect(int index, const QRectF &plot, qint64 maxValue) const
{
    const int count = int(m_forecast->counts().size());
    const double slot = plot.width() / qMax(1, count);
    const double barWidth = qMin(slot * 0.62, 48.0);
    const double value = double(m_forecast->counts().at(index));
    const double h = maxValue > 0 ? plot.height() * value / double(maxValue) : 0;
    const double x = plot.left() + slot * index + (slot - barWidth) / 2;
    return QRectF(x, plot.bottom() - h, barWidth, h);
}

void ExpiryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor grid = pal.color(QPalette::Mid);
    const QColor bar = Theme::isDark(pal) ? QColor(0x5b, 0x9c, 0xf0) : QColor(0x2b, 0x7b, 0xd6);
    const QFontMetrics metrics(font());

    if (!m_forecast->isLoaded()) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter, tr("Counting…"));
        return;
    }
    const QList<qint64> &counts = m_forecast->counts();
    const QList<QDate> &months = m_forecast->monthStarts();
    const QRectF plot = plotArea();
    const qint64 max = scaleMax();

    // Grid lines and the scale.
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    for (int step = 0; step <= 4; ++step) {
        const double y = plot.bottom() - plot.height() * step / 4.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.save();
        painter.setPen(muted);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(max * step / 4));
        painter.restore();
    }
    painter.setPen(QPen(grid, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    qint64 total = 0;
    const double slot = plot.width() / qMax<qsizetype>(1, counts.size());
    for (int i = 0; i < counts.size(); ++i) {
        total += counts.at(i);
        const QRectF r = barRect(i, plot, max);
        if (r.height() > 0) {
            QPainterPath path;
            path.addRoundedRect(r.adjusted(0, 0, 0, 2), 3, 3);
            painter.save();
            painter.setClipRect(QRectF(r.left(), r.top(), r.width(), r.height()));
            painter.fillPath(path, bar);
            painter.restore();
            painter.setPen(text);
            painter.drawText(QRectF(r.left() - 20, r.top() - metrics.height() - 2, r.width() + 40,
                                    metrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(counts.at(i)));
        }
        // Month labels; the year under January and under the first month.
        painter.setPen(muted);
        const QDate month = months.value(i);
        const QRectF label(plot.left() + slot * i, plot.bottom() + 4, slot, metrics.height());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                         QLocale().monthName(month.month(), QLocale::ShortFormat));
        if (i == 0 || month.month() == 1)
            painter.drawText(label.translated(0, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                             QString::number(month.year()));
    }
    if (total == 0) {
        painter.setPen(muted);
        painter.drawText(
            plot, Qt::AlignCenter,
            counts.size() == 1
                ? tr("No certificate expires this month.")
                : tr("No certificate expires in the coming %1 months.").arg(counts.size()));
    }
}

bool ExpiryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_forecast->isLoaded()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRectF plot = plotArea();
        const qsizetype count = m_forecast->counts().size();
        const double slot = plot.width() / qMax<qsizetype>(1, count);
        const int index = int((help->pos().x() - plot.left()) / slot);
        if (index >= 0 && index < count && help->pos().x() >= plot.left()) {
            const QString month = QLocale().toString(m_forecast->monthStarts().at(index),
                                                     QStringLiteral("MMMM yyyy"));
            const qint64 expiring = m_forecast->counts().at(index);
            const QString text =
                expiring == 1
                    ? tr("%1: 1 certificate expires").arg(month)
                    : tr("%1: %2 certificates expire").arg(month, QLocale().toString(expiring));
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void ExpiryChart::updateAccessibleText()
{
    setAccessibleName(tr("Certificate expiry chart"));
    QStringList parts;
    for (int i = 0; i < m_forecast->counts().size(); ++i) {
        parts << QStringLiteral("%1: %2")
                     .arg(QLocale().toString(m_forecast->monthStarts().at(i),
                                             QStringLiteral("MMMM yyyy")))
                     .arg(m_forecast->counts().at(i));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace pca::views
