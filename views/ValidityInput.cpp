#include "ValidityInput.h"

#include "DisplayNames.h"
#include "FieldMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QRadioButton>
#include <QSpinBox>

namespace pca::views {

ValidityInput::ValidityInput(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
{
    m_durationChoice = new QRadioButton(tr("For"), this);
    m_durationChoice->setObjectName(objectPrefix + QStringLiteral("ByDuration"));
    m_endChoice = new QRadioButton(tr("Until"), this);
    m_endChoice->setObjectName(objectPrefix + QStringLiteral("ByEndDate"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_durationChoice);
    group->addButton(m_endChoice);
    m_durationChoice->setChecked(true);

    m_amount = new QSpinBox(this);
    m_amount->setObjectName(objectPrefix + QStringLiteral("Amount"));
    m_amount->setRange(1, 36500);
    m_amount->setValue(1);
    m_amount->setAccessibleName(tr("Validity duration"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(objectPrefix + QStringLiteral("Unit"));
    m_unit->addItem(tr("days"), int(Unit::Days));
    m_unit->addItem(tr("months"), int(Unit::Months));
    m_unit->addItem(tr("years"), int(Unit::Years));
    m_unit->setCurrentIndex(2);
    m_unit->setAccessibleName(tr("Validity unit"));
    m_end = new QDateTimeEdit(QDateTime::currentDateTime().addYears(1), this);
    m_end->setObjectName(objectPrefix + QStringLiteral("EndDate"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_end->setMinimumDateTime(QDateTime::currentDateTime());
    m_end->setAccessibleName(tr("Validity end date"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(objectPrefix + QStringLiteral("Message"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_durationChoice, 0, 0);
    layout->addWidget(m_amount, 0, 1);
    layout->addWidget(m_unit, 0, 2);
    layout->addWidget(m_endChoice, 1, 0);
    layout->addWidget(m_end, 1, 1, 1, 2);
    layout->addWidget(m_message, 2, 0, 1, 4);
    layout->setColumnStretch(3, 1);

    for (QRadioButton *radio : {m_durationChoice, m_endChoice})
        connect(radio, &QRadioButton::toggled, this, &ValidityInput::update);
    connect(m_amount, &QSpinBox::valueChanged, this, &ValidityInput::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ValidityInput::update);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ValidityInput::update);
    update();
}

void ValidityInput::setDuration(int value, Unit unit)
{
    m_amount->setValue(value);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    m_durationChoice->setChecked(true);
}

void ValidityInput::setEndDate(const QDateTime &end)
{
    m_end->setDateTime(end.toLocalTime());
    m_endChoice->setChecked(true);
}

bool ValidityInput::usesEndDate() const
{
    return m_endChoice->isChecked();
}

api::Validity ValidityInput::validity() const
{
    if (usesEndDate())
        return {m_end->dateTime().toSecsSinceEpoch(), api::ValidityPeriodType::ABSOLUTE};
    switch (Unit(m_unit->currentData().toInt())) {
    case Unit::Days:
        return {m_amount->value(), api::ValidityPeriodType::DAYS};
    case Unit::Months:
        return {m_amount->value(), api::ValidityPeriodType::MONTHS};
    case Unit::Years:
        return {m_amount->value(), api::ValidityPeriodType::YEARS};
    }
    return {m_amount->value(), api::ValidityPeriodType::DAYS};
}

QDateTime ValidityInput::endTime() const
{
    if (usesEndDate())
        return m_end->dateTime();
    const QDateTime now = QDateTime::currentDateTime();
    switch (Unit(m_unit->currentData().toInt())) {
    case Unit::Days:
        return now.addDays(m_amount->value());
    case Unit::Months:
        return now.addMonths(m_amount->value());
    case Unit::Years:
        return now.addYears(m_amount->value());
    }
    return now;
}

void ValidityInput::setLatestEnd(const QDateTime &latest)
{
    m_latest = latest;
    if (latest.isValid())
        m_end->setMaximumDateTime(latest.toLocalTime());
    else
        m_end->clearMaximumDateTime();
    update();
}

QString ValidityInput::problem() const
{
    if (m_latest.isValid() && endTime() > m_latest)
        return tr("The issuing CA is valid only until %1; choose an earlier end.")
            .arg(models::DisplayNames::dateTime(m_latest));
    return QString();
}

void ValidityInput::update()
{
    const bool byEnd = usesEndDate();
    m_amount->setEnabled(!byEnd);
    m_unit->setEnabled(!byEnd);
    m_end->setEnabled(byEnd);
    const QString issue = problem();
    if (!issue.isEmpty())
        m_message->showError(issue);
    else
        m_message->showHint(tr("Valid until %1.").arg(models::DisplayNames::dateTime(endTime())));
    Q_EMIT changed();
}

} // namespace pca::views
