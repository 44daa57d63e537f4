// What the fuzz targets share: the rule that a parser may only refuse its input with a
// PcaError (anything else is a finding), and small builders for structured inputs.
#pragma once

#include "PcaError.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

namespace pca::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A finding: printed, then abort() so that libFuzzer saves the input.
[[noreturn]] inline void finding(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "FINDING: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// Runs `fn`: a PcaError of any type but InternalFailure is a refusal, and fine. InternalFailure
// (a defect the engine noticed, e.g. a certificate that would not have been DER) and any other
// exception are findings. Returns whether `fn` returned normally.
template <typename Fn>
bool refusalsOnly(Fn &&fn)
{
    try {
        fn();
        return true;
    } catch (const PcaError &e) {
        if (e.is(errors::InternalFailure))
            finding("InternalFailure", e.message());
        return false;
    } catch (const std::exception &e) {
        finding("unexpected exception", QString::fromUtf8(e.what()));
    } catch (...) {
        finding("unexpected exception of unknown type");
    }
}

// DER element: tag, length (short or long form), contents.
QByteArray tlv(unsigned char tag, const QByteArray &content, bool longFormLength = false);

// Creates the QCoreApplication some Qt parts (SQL drivers) need; call from
// LLVMFuzzerInitialize.
void initializeQt(int *argc, char ***argv);

} // namespace pca::fuzz
