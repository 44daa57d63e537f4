// The strict JSON reader, and a differential check against Qt's: an object or array it accepts,
// Qt reads too.
#include "FuzzSupport.h"
#include "api/StrictJson.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArray input = fuzz::bytes(data, size);
    const auto problem = api::checkStrictJson(input);
    if (problem && (problem->offset < 0 || problem->offset > input.size()))
        fuzz::finding("a JSON error offset is outside the text");
    // Qt's documents hold an object or an array only (a bare "2" is JSON, but no document).
    if (!problem && (input.trimmed().startsWith('{') || input.trimmed().startsWith('['))) {
        QJsonParseError error;
        QJsonDocument::fromJson(input, &error);
        if (error.error != QJsonParseError::NoError)
            fuzz::finding("strict JSON that Qt refuses", error.errorString());
    }
    fuzz::refusalsOnly([&] {
        api::parseStrictJsonObject(input, errors::Serialization, QStringLiteral("The body"));
    });
    return 0;
}
