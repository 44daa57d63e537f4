// Test hooks for the few places that block on the user: question boxes, file dialogs, opening
// a file with the desktop and error dialogs. Tests queue the answers; the app asks through
// these functions and never blocks when an answer is queued. In test mode an unanswered
// question is answered "Cancel" with a warning instead of hanging the test.
#pragma once

#include "PcaError.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <memory>

namespace pca::views {

struct ShownError
{
    QString title;
    QString summary;
    QString exceptionName;
    QString detail;
};

class ModalHooks
{
public:
    // ---- for tests -----------------------------------------------------------------------
    static void setTestMode(bool on);
    static bool isTestMode();
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &path); // an empty path means "cancelled"
    static QList<ShownError> shownErrors();
    static QStringList openedUrls();
    static QStringList shownQuestions();
    static QStringList shownQuestionTitles(); // in the order of shownQuestions()
    static void clear();

    // ---- for the app ----------------------------------------------------------------------
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // The box question() shows (also for screenshots of a question tests answered).
    static std::unique_ptr<QMessageBox>
    questionBox(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption,
                                     const QString &directory);
    // Opens a local file with the desktop's default application.
    static void openLocalFile(const QString &path);
    // Shows an engine error (ErrorDialog) or, in test mode, records it.
    static void showError(QWidget *parent, const QString &title, const PcaError &error);
};

} // namespace pca::views
