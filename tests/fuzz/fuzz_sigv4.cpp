// SigV4: the Authorization header parser and the verifier, on requests that are correctly
// signed and then changed by the input (so that the fuzzer reaches every check, the signature
// comparison included), and on raw header values; the canonical URI and query helpers too.
#include "Clock.h"
#include "FuzzSupport.h"
#include "SigV4.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

using namespace pca;

const server::AccessKey kKey{"AKPCFUZZ000000000000", "fuzz-secret-access-key"};
constexpr qint64 kNow = 1'718'452'800'000; // 2024-06-15T12:00:00Z

QByteArray take(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    static const ManualClock clock(kNow);
    static const server::SigV4Verifier verifier({kKey}, "us-east-1", clock);

    server::HttpRequest request;
    request.method = in.ConsumeBool() ? QByteArray("POST") : take(in, 8);
    request.path = in.ConsumeBool() ? QByteArray("/") : take(in, 64);
    request.query = take(in, 64);
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "ACMPrivateCA.ListTags"}};
    const int extra = in.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < extra; ++i)
        request.headers.append(server::HttpHeader{take(in, 24), take(in, 48)});
    request.body = take(in, 256);
    const QList<QByteArray> services = {in.ConsumeBool() ? QByteArray("acm-pca")
                                                         : QByteArray("s3")};
    server::sigv4::canonicalUri(request.path, services.first() == "s3");
    server::sigv4::canonicalQuery(request.query);

    const int mode = in.ConsumeIntegralInRange(0, 3);
    if (mode < 3) {
        // A correct signature, made at a time near the verifier's clock.
        const qint64 at = kNow + in.ConsumeIntegralInRange<qint64>(-1'000'000, 1'000'000);
        server::SigV4Signer(kKey, "us-east-1", services.first()).sign(request, at);
        if (mode == 1) {
            // The Authorization value edited: a splice of the input at some offset.
            for (server::HttpHeader &h : request.headers) {
                if (h.name == "Authorization") {
                    const qsizetype cut = in.ConsumeIntegralInRange<qsizetype>(0, h.value.size());
                    h.value = h.value.left(cut) + take(in, 128) +
                              h.value.mid(cut + in.ConsumeIntegralInRange<qsizetype>(0, 16));
                }
            }
        } else if (mode == 2) {
            // A header changed after signing (duplicated, removed or edited).
            const qsizetype index =
                in.ConsumeIntegralInRange<qsizetype>(0, request.headers.size() - 1);
            switch (in.ConsumeIntegralInRange(0, 2)) {
            case 0:
                request.headers.append(request.headers.at(index));
                break;
            case 1:
                request.headers.removeAt(index);
                break;
            default:
                request.headers[index].value = take(in, 64);
                break;
            }
        }
    } else {
        request.headers.append(server::HttpHeader{"X-Amz-Date", take(in, 20)});
        request.headers.append(server::HttpHeader{"Authorization", take(in, 512)});
    }
    fuzz::refusalsOnly([&] {
        const QByteArray key = verifier.verify(request, services);
        if (key != kKey.accessKeyId)
            fuzz::finding("a request was accepted for another key");
    });
    return 0;
}
