// The outcome of an asynchronous call to an engine, shared by the clients of models/: a typed
// value or the engine's PcaError, handed to a Handler on the client's thread.
#pragma once

#include "PcaError.h"

#include <QMetaType>

#include <exception>
#include <functional>
#include <optional>

namespace pca::models {

// The outcome of one call: a value or the engine's error.
template <typename T>
class Reply
{
public:
    Reply(T value)
        : m_value(std::move(value))
    {}
    Reply(PcaError error)
        : m_error(std::move(error))
    {}
    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const PcaError &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<PcaError> m_error;
};

// The value of calls that only succeed or fail.
struct Done
{};

template <typename T>
using Handler = std::function<void(const Reply<T> &)>;

// Runs `work` and captures what it returns as a T, or the error it throws: a PcaError as it is,
// any other exception as an error of type `otherErrors` carrying its message.
template <typename T, typename Work>
Reply<T> replyFrom(Work &work, const char *otherErrors = errors::InternalFailure)
{
    try {
        return Reply<T>(T(work()));
    } catch (const PcaError &error) {
        return Reply<T>(error);
    } catch (const std::exception &error) {
        return Reply<T>(PcaError(otherErrors, QString::fromLocal8Bit(error.what())));
    }
}

} // namespace pca::models

// Models report engine errors in signals.
Q_DECLARE_METATYPE(pca::PcaError)
