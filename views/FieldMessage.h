// An inline message under a form field or a form: red for problems, muted for hints, green
// for confirmations; hidden when empty. Screen readers announce it through its accessible
// name.
#pragma once

#include <QLabel>

namespace pca::views {

class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showHint(const QString &text);
    void showSuccess(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind
    {
        Error,
        Hint,
        Success
    };
    void show(const QString &text, Kind kind);
    void restyle();
    Kind m_kind = Kind::Hint;
    bool m_error = false;
    bool m_restyling = false;
};

} // namespace pca::views
