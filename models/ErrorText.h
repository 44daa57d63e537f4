// Engine errors in words a person understands: a one-line summary of what went wrong and
// what to do, the engine's own message as detail, and the AWS exception name for support.
#pragma once

#include "PcaError.h"

#include <QCoreApplication>
#include <QString>

namespace pca::models {

struct ErrorExplanation
{
    QString summary;       // translated, e.g. "The certificate authority is not active."
    QString detail;        // the engine's message
    QString exceptionName; // e.g. InvalidStateException
};

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static ErrorExplanation explain(const PcaError &error);
    // Summary and detail in one paragraph (status bars, inline labels).
    static QString oneLine(const PcaError &error);
};

} // namespace pca::models
