// A bar chart of how many certificates expire in each of the coming months, painted with
// QPainter in the palette's colours. Hover a bar for its exact count.
#pragma once

#include <QDate>
#include <QWidget>

namespace pca::models {
class ExpiryForecast;
}

namespace pca::views {

class ExpiryChart : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryChart(models::ExpiryForecast *forecast, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {520, 240}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect(int index, const QRectF &plot, qint64 maxValue) const;
    QRectF plotArea() const;
    qint64 scaleMax() const;
    void updateAccessibleText();

    models::ExpiryForecast *m_forecast;
};

} // namespace pca::views
