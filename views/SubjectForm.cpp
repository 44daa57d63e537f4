#include "SubjectForm.h"

#include "FieldMessage.h"
#include "api/ApiValidation.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace pca::views {

SubjectForm::SubjectForm(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
{
    using S = api::Asn1Subject;
    auto *main = new QFormLayout;
    main->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto name = [&objectPrefix](const char *field) {
        return objectPrefix + QLatin1StringView(field);
    };
    m_commonName = addField(main, tr("Common name (CN):"), name("CommonName"), &S::commonName, 64,
                            tr("e.g. Example Corp Root CA"));
    addField(main, tr("Organization (O):"), name("Organization"), &S::organization, 64,
             tr("e.g. Example Corp"));
    addField(main, tr("Organizational unit (OU):"), name("OrganizationalUnit"),
             &S::organizationalUnit, 64);
    QLineEdit *country =
        addField(main, tr("Country (C):"), name("Country"), &S::country, 2, tr("e.g. DE"));
    country->setMaximumWidth(90);
    addField(main, tr("State or province (ST):"), name("State"), &S::state, 128);
    addField(main, tr("Locality (L):"), name("Locality"), &S::locality, 128);

    m_more = new QWidget(this);
    auto *more = new QFormLayout(m_more);
    more->setContentsMargins(0, 0, 0, 0);
    more->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(more, tr("DN qualifier:"), name("DistinguishedNameQualifier"),
             &S::distinguishedNameQualifier, 64);
    addField(more, tr("Serial number:"), name("SerialNumber"), &S::serialNumber, 64);
    addField(more, tr("Title:"), name("Title"), &S::title, 64);
    addField(more, tr("Surname:"), name("Surname"), &S::surname, 40);
    addField(more, tr("Given name:"), name("GivenName"), &S::givenName, 16);
    addField(more, tr("Initials:"), name("Initials"), &S::initials, 5);
    addField(more, tr("Pseudonym:"), name("Pseudonym"), &S::pseudonym, 128);
    addField(more, tr("Generation qualifier:"), name("GenerationQualifier"),
             &S::generationQualifier, 3);
    m_more->setVisible(false);

    auto *toggle = new QToolButton(this);
    toggle->setObjectName(objectPrefix + QStringLiteral("MoreFields"));
    toggle->setText(tr("More name fields"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool on) {
        m_more->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_message = new FieldMessage(this);
    m_message->setObjectName(objectPrefix + QStringLiteral("Message"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(main);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_more);
    layout->addWidget(m_message);
}

QLineEdit *SubjectForm::addField(QFormLayout *form, const QString &label, const QString &objectName,
                                 std::optional<QString> api::Asn1Subject::*member, int maxLength,
                                 const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, edit);
    m_fields << Field{edit, member};
    connect(edit, &QLineEdit::textChanged, this, [this] {
        revalidate();
        Q_EMIT changed();
    });
    return edit;
}

api::Asn1Subject SubjectForm::subject() const
{
    api::Asn1Subject subject;
    for (const Field &field : m_fields) {
        const QString text = field.edit->text().trimmed();
        if (!text.isEmpty())
            subject.*(field.member) = text;
    }
    return subject;
}

void SubjectForm::setSubject(const api::Asn1Subject &subject)
{
    for (const Field &field : m_fields)
        field.edit->setText((subject.*(field.member)).value_or(QString()));
}

bool SubjectForm::isEmpty() const
{
    return std::all_of(m_fields.begin(), m_fields.end(),
                       [](const Field &f) { return f.edit->text().trimmed().isEmpty(); });
}

QString SubjectForm::problem() const
{
    try {
        api::validateShape(subject());
    } catch (const PcaError &error) {
        // "Value 'x' at 'country' failed to satisfy constraint: …" — name the field instead.
        QString message = error.message();
        const qsizetype at = message.indexOf(QStringLiteral(" at '"));
        if (at >= 0) {
            const qsizetype end = message.indexOf(QLatin1Char('\''), at + 5);
            const QString member = message.mid(at + 5, end - at - 5);
            for (const Field &field : m_fields) {
                if (field.edit->objectName().endsWith(member, Qt::CaseInsensitive))
                    return tr("%1 is not valid: %2")
                        .arg(field.edit->accessibleName(),
                             member == QLatin1StringView("country")
                                 ? tr("use a two-letter country code such as DE or US.")
                                 : tr("it is too long or contains characters that are not "
                                      "allowed."));
            }
        }
        return message;
    }
    return QString();
}

void SubjectForm::revalidate()
{
    m_message->showError(problem());
}

} // namespace pca::views
