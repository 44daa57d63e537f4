// Shared set-up of the model tests: a throw-away engine behind the real asynchronous client.
#pragma once

#include "LocalCertificateManagerClient.h"
#include "LocalPrivateCaClient.h"
#include "TestEngine.h"
#include "service/CertificateManager.h"

#include <QTest>

#include <memory>
#include <thread>

namespace pca::test {

struct ClientFixture
{
    TestEngine engine;
    models::LocalPrivateCaClient client{engine.service()};

    // Issues `count` certificates for `caArn` on several threads (group commits keep it fast).
    void issueMany(const QString &caArn, int count, const QString &prefix = QStringLiteral("host"))
    {
        constexpr int kThreads = 16;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([this, caArn, count, prefix, t] {
                for (int i = t; i < count; i += kThreads)
                    engine.issue(caArn, QStringLiteral("%1-%2.example.com").arg(prefix).arg(i));
            });
        }
        for (std::thread &thread : threads)
            thread.join();
    }
};

// The same with Certificate Manager over the engine's store and service, behind its client.
struct AcmClientFixture : ClientFixture
{
    CertificateManager manager{engine.store(), engine.service()};
    models::LocalCertificateManagerClient acmClient{manager};

    ~AcmClientFixture()
    {
        acmClient.waitForIdle();
        client.waitForIdle();
        manager.waitForBackgroundWork();
    }

    // Grants acm.amazonaws.com what managed renewal needs on `caArn`.
    void authorizeAcm(const QString &caArn)
    {
        api::CreatePermissionRequest request;
        request.certificateAuthorityArn = caArn;
        request.principal = QStringLiteral("acm.amazonaws.com");
        request.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                           api::ActionType::ListPermissions};
        engine.service().createPermission(request);
    }
};

} // namespace pca::test

// Waits (processing events) until `expr` holds; never sleeps blindly.
#define PCA_WAIT_FOR(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 20000)
