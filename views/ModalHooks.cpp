#include "ModalHooks.h"

#include "ErrorDialog.h"
#include "ErrorText.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QQueue>
#include <QUrl>

namespace pca::views {

namespace {

struct HookState
{
    bool testMode = false;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QList<ShownError> errors;
    QStringList urls;
    QStringList questions;
    QStringList questionTitles;
};

HookState &state()
{
    static HookState s;
    return s;
}

} // namespace

void ModalHooks::setTestMode(bool on)
{
    state().testMode = on;
}

bool ModalHooks::isTestMode()
{
    return state().testMode;
}

void ModalHooks::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.enqueue(answer);
}

void ModalHooks::setNextFileName(const QString &path)
{
    state().fileNames.enqueue(path);
}

QList<ShownError> ModalHooks::shownErrors()
{
    return state().errors;
}

QStringList ModalHooks::openedUrls()
{
    return state().urls;
}

QStringList ModalHooks::shownQuestions()
{
    return state().questions;
}

QStringList ModalHooks::shownQuestionTitles()
{
    return state().questionTitles;
}

void ModalHooks::clear()
{
    const bool testMode = state().testMode;
    state() = HookState{};
    state().testMode = testMode;
}

QMessageBox::StandardButton ModalHooks::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    HookState &s = state();
    s.questions << text;
    s.questionTitles << title;
    if (!s.answers.isEmpty())
        return s.answers.dequeue();
    if (s.testMode) {
        qWarning("ModalHooks: unanswered question \"%s\"; answering Cancel", qPrintable(text));
        return QMessageBox::Cancel;
    }
    return QMessageBox::StandardButton(
        questionBox(parent, title, text, buttons, defaultButton)->exec());
}

std::unique_ptr<QMessageBox> ModalHooks::questionBox(QWidget *parent, const QString &title,
                                                     const QString &text,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setObjectName(QStringLiteral("questionBox"));
    return box;
}

QString ModalHooks::saveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                                 const QString &filter)
{
    HookState &s = state();
    if (!s.fileNames.isEmpty())
        return s.fileNames.dequeue();
    if (s.testMode)
        return QString();
    return QFileDialog::getSaveFileName(parent, caption, fileName, filter);
}

QString ModalHooks::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    HookState &s = state();
    if (!s.fileNames.isEmpty())
        return s.fileNames.dequeue();
    if (s.testMode)
        return QString();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString ModalHooks::existingDirectory(QWidget *parent, const QString &caption,
                                      const QString &directory)
{
    HookState &s = state();
    if (!s.fileNames.isEmpty())
        return s.fileNames.dequeue();
    if (s.testMode)
        return QString();
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void ModalHooks::openLocalFile(const QString &path)
{
    HookState &s = state();
    s.urls << path;
    if (!s.testMode)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ModalHooks::showError(QWidget *parent, const QString &title, const PcaError &error)
{
    const models::ErrorExplanation explanation = models::ErrorText::explain(error);
    HookState &s = state();
    s.errors << ShownError{title, explanation.summary, explanation.exceptionName,
                           explanation.detail};
    if (s.testMode)
        return;
    auto *dialog = new ErrorDialog(title, error, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pca::views
