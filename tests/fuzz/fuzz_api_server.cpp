// The whole front end on a real engine: raw HTTP bytes, parsed as the server parses them, then
// routed as privateca-server routes them (ACM PCA, Certificate Manager and CloudTrail with
// SigV4, IAM and STS in the Query protocol, OCSP POST and GET, the bucket objects), with IAM
// callers and the event history on, as the server runs. With the first byte's low bit set, the
// parsed request is signed with the server's key first, so that fuzzed bodies reach every operation
// of the engine and its store (kept on tmpfs, so that commits are quick). A 5xx answer is a
// finding.
#include "FuzzSupport.h"
#include "HttpRequestParser.h"
#include "RequestRouter.h"
#include "SigV4.h"
#include "service/CertificateManager.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "service/PrivateCaService.h"
#include "store/SqlStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

using namespace pca;

const server::AccessKey kKey{"AKPCFUZZ000000000000", "fuzz-secret-access-key"};

struct Engine
{
    QTemporaryDir directory{QFileInfo::exists(QStringLiteral("/dev/shm"))
                                ? QStringLiteral("/dev/shm/privateca-fuzz-XXXXXX")
                                : QDir::tempPath() + QStringLiteral("/privateca-fuzz-XXXXXX")};
    SystemClock clock;
    std::unique_ptr<store::SqlStore> store;
    std::unique_ptr<PrivateCaService> service;
    std::unique_ptr<CertificateManager> manager;
    std::unique_ptr<IdentityService> identity;
    std::unique_ptr<EventHistory> events;
    std::unique_ptr<server::SigV4Verifier> verifier;
    std::unique_ptr<server::RequestRouter> router;

    Engine()
    {
        store::StoreOptions options;
        options.directory = directory.path();
        store =
            store::SqlStore::create(options, "fuzzing passphrase",
                                    {QStringLiteral("123456789012"), QStringLiteral("us-east-1")});
        service = std::make_unique<PrivateCaService>(*store, clock);
        service->setPublicBaseUrlOverride(QStringLiteral("http://127.0.0.1:8080"));
        verifier = std::make_unique<server::SigV4Verifier>(QList<server::AccessKey>{kKey},
                                                           "us-east-1", clock);
        manager = std::make_unique<CertificateManager>(*store, *service);
        identity = std::make_unique<IdentityService>(*store, clock);
        events = std::make_unique<EventHistory>(*store, clock);
        IdentityService *callers = identity.get();
        verifier->setSecretLookup(
            [callers](const QByteArray &keyId) { return callers->secretForKey(keyId); });
        router = std::make_unique<server::RequestRouter>(*service, *verifier, manager.get(),
                                                         identity.get(), events.get(),
                                                         QList<QByteArray>{kKey.accessKeyId});
    }
};

Engine &engine()
{
    static Engine instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeQt(argc, argv);
    engine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool sign = data[0] & 1;
    QByteArray buffer = fuzz::bytes(data + 1, size - 1);
    server::HttpRequestParser parser;
    for (int requests = 0; requests < 4; ++requests) {
        if (parser.parse(buffer) != server::HttpRequestParser::Result::Complete)
            break;
        server::HttpRequest request = parser.takeRequest();
        if (sign) {
            request.headers.removeIf([](const server::HttpHeader &h) {
                return h.name.compare("authorization", Qt::CaseInsensitive) == 0 ||
                       h.name.compare("x-amz-date", Qt::CaseInsensitive) == 0;
            });
            const QByteArray target = request.header("x-amz-target");
            const char *service = "acm-pca";
            if (target.startsWith("CertificateManager."))
                service = "acm";
            else if (target.startsWith("com.amazonaws.cloudtrail."))
                service = "cloudtrail";
            else if (target.isEmpty() && request.body.contains("Action=GetCallerIdentity"))
                service = "sts";
            else if (target.isEmpty())
                service = "iam";
            server::SigV4Signer(kKey, "us-east-1", service)
                .sign(request, QDateTime::currentMSecsSinceEpoch());
        }
        const server::HttpResponse response = engine().router->handle(request);
        if (response.status >= 500) {
            fuzz::finding("a request was answered with a server error",
                          QString::fromUtf8(response.body.left(400)));
        }
    }
    return 0;
}
