// The HTTP/1.x request parser, fed in pieces as a socket delivers them (sizes from the input),
// pipelined requests included; what a complete request answers of itself is read too.
#include "FuzzSupport.h"
#include "HttpRequestParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    if (size < 2)
        return 0;
    server::HttpLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 4096;
    server::HttpRequestParser parser(limits);
    const size_t chunk = 1 + data[0] % 64;
    QByteArray buffer;
    size_t at = 1;
    int requests = 0;
    while (true) {
        if (at < size) {
            const size_t take = std::min(chunk, size - at);
            buffer.append(reinterpret_cast<const char *>(data + at), qsizetype(take));
            at += take;
        }
        const qsizetype before = buffer.size();
        const auto result = parser.parse(buffer);
        if (buffer.size() > before)
            fuzz::finding("the parser grew its input");
        if (result == server::HttpRequestParser::Result::Error) {
            if (parser.errorStatus() < 400 || parser.errorStatus() > 599)
                fuzz::finding("an error without an error status");
            break;
        }
        if (result == server::HttpRequestParser::Result::Complete) {
            const server::HttpRequest request = parser.takeRequest();
            if (request.body.size() > limits.maxBodyBytes)
                fuzz::finding("a body beyond the limit was accepted");
            request.header("host");
            request.wantsKeepAlive();
            request.mediaType();
            request.decodedPath();
            if (++requests > 64)
                break;
            continue;
        }
        if (parser.awaitsContinue())
            parser.continueSent();
        if (at >= size)
            break;
    }
    return 0;
}
