#include "FieldMessage.h"

#include "Theme.h"

#include <QEvent>
#include <QScopedValueRollback>

namespace pca::views {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldMessage::showError(const QString &text)
{
    show(text, Kind::Error);
}

void FieldMessage::showHint(const QString &text)
{
    show(text, Kind::Hint);
}

void FieldMessage::showSuccess(const QString &text)
{
    show(text, Kind::Success);
}

void FieldMessage::clearMessage()
{
    m_error = false;
    setText(QString());
    setAccessibleName(QString());
    setVisible(false);
}

void FieldMessage::show(const QString &text, Kind kind)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    m_error = kind == Kind::Error;
    setText(text);
    setAccessibleName(text);
    restyle();
    setVisible(true);
}

void FieldMessage::restyle()
{
    const QScopedValueRollback<bool> guard(m_restyling, true);
    QPalette p = palette();
    switch (m_kind) {
    case Kind::Error:
        p.setColor(QPalette::WindowText, Theme::errorText(p));
        break;
    case Kind::Success:
        p.setColor(QPalette::WindowText, Theme::successText(p));
        break;
    case Kind::Hint:
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        break;
    }
    setPalette(p);
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A new theme reaches child widgets as PaletteChange; the colours derive from it again
    // (restyle's own setPalette sends one too, which is ignored).
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        !m_restyling)
        restyle();
}

} // namespace pca::views
