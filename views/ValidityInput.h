// How long a certificate is valid: a duration (days, months, years) or an end date. Knows the
// latest end the issuing CA allows and says so when the choice goes beyond it.
#pragma once

#include "api/ApiTypes.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QRadioButton;
class QSpinBox;

namespace pca::views {

class FieldMessage;

class ValidityInput : public QWidget
{
    Q_OBJECT

public:
    enum class Unit
    {
        Days,
        Months,
        Years
    };

    explicit ValidityInput(const QString &objectPrefix, QWidget *parent = nullptr);

    void setDuration(int value, Unit unit);
    void setEndDate(const QDateTime &end);
    bool usesEndDate() const;
    // The API's Validity (DAYS/MONTHS/YEARS, or ABSOLUTE seconds for an end date).
    api::Validity validity() const;
    // When the certificate would end if issued now.
    QDateTime endTime() const;
    // The latest end allowed (the issuing CA's NotAfter); invalid: no limit.
    void setLatestEnd(const QDateTime &latest);
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    QRadioButton *m_durationChoice;
    QRadioButton *m_endChoice;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QDateTimeEdit *m_end;
    FieldMessage *m_message;
    QDateTime m_latest;
};

} // namespace pca::views
