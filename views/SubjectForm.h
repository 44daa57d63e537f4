// The distinguished name fields of the API's ASN1Subject: the common ones first, the rest
// behind "More name fields". Checks the API's lengths and character rules as the user types.
#pragma once

#include "api/ApiTypes.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QFormLayout;

namespace pca::views {

class FieldMessage;

class SubjectForm : public QWidget
{
    Q_OBJECT

public:
    // `objectPrefix` prefixes the object names of the fields (e.g. "subject" → subjectCommonName).
    explicit SubjectForm(const QString &objectPrefix, QWidget *parent = nullptr);

    api::Asn1Subject subject() const;
    void setSubject(const api::Asn1Subject &subject);
    // The first problem of the fields by the API's rules (empty when fine).
    QString problem() const;
    bool isEmpty() const;
    QLineEdit *commonNameEdit() const { return m_commonName; }

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        std::optional<QString> api::Asn1Subject::*member = nullptr;
    };
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName,
                        std::optional<QString> api::Asn1Subject::*member, int maxLength,
                        const QString &placeholder = QString());
    void revalidate();

    QList<Field> m_fields;
    QLineEdit *m_commonName = nullptr;
    FieldMessage *m_message = nullptr;
    QWidget *m_more = nullptr;
};

} // namespace pca::views
