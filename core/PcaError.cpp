#include "PcaError.h"

namespace pca {

PcaError::PcaError(const char *type, QString message)
    : PcaError(QString::fromLatin1(type), std::move(message))
{}

PcaError::PcaError(QString type, QString message)
    : m_type(std::move(type))
    , m_message(std::move(message))
    , m_what((m_type + QStringLiteral(": ") + m_message).toUtf8())
{}

bool PcaError::isClientError() const
{
    return !(is(errors::InternalFailure) || is(errors::StoreError) || is(errors::RequestFailed));
}

} // namespace pca
