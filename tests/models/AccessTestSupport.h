// Shared set-up of the Access and Activity tests: IdentityService and EventHistory over a
// throw-away engine, behind the real asynchronous client, and a few recorded events.
#pragma once

#include "LocalAccessClient.h"
#include "TestEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <optional>

namespace pca::test {

struct AccessFixture
{
    TestEngine engine;
    EventHistory events{engine.store(), engine.clock()};
    IdentityService identity{engine.store(), engine.clock()};
    models::LocalAccessClient accessClient{identity, events};

    ~AccessFixture() { accessClient.waitForIdle(); }

    // A user caller of `account` (as the server builds it after SigV4).
    static Caller userCaller(const QString &account, const QString &userName)
    {
        Caller caller;
        caller.accountId = account;
        caller.userName = userName;
        caller.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, userName);
        caller.userId = QStringLiteral("AIDA") + userName.toUpper();
        caller.accessKeyId = QStringLiteral("AKIA") + userName.toUpper();
        return caller;
    }

    // Records one call `agoSeconds` before the engine's now.
    void recordCall(const Caller &caller, const QString &eventName, const QString &resourceArn,
                    const QString &errorCode = QString(), qint64 agoSeconds = 60)
    {
        ApiCallRecord call;
        call.caller = caller;
        call.eventSource = QStringLiteral("acm-pca.amazonaws.com");
        call.eventName = eventName;
        call.region = QStringLiteral("us-east-1");
        call.requestId = QStringLiteral("req-%1-%2").arg(eventName).arg(agoSeconds);
        call.eventTimeMs = engine.clock().nowMs() - agoSeconds * 1000;
        call.readOnly = eventName.startsWith(QLatin1String("Describe")) ||
                        eventName.startsWith(QLatin1String("List")) ||
                        eventName.startsWith(QLatin1String("Get"));
        call.requestParameters = {{QStringLiteral("CertificateAuthorityArn"), resourceArn}};
        if (!errorCode.isEmpty()) {
            call.errorCode = errorCode;
            call.errorMessage = QStringLiteral("User: %1 is not authorized to perform: acm-pca:%2 "
                                               "on resource: %3")
                                    .arg(caller.arn, eventName, resourceArn);
        } else {
            call.responseElements = QJsonObject();
        }
        if (!resourceArn.isEmpty())
            call.resources = {{QStringLiteral("AWS::ACMPCA::CertificateAuthority"), resourceArn}};
        events.record(call);
    }
};

// Waits (running the event loop) for the reply of an asynchronous client call.
template <typename T, typename Call>
std::optional<models::Reply<T>> awaitReply(Call call, int timeoutMs = 20000)
{
    std::optional<models::Reply<T>> out;
    call([&out](const models::Reply<T> &reply) { out = reply; });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return out;
}

} // namespace pca::test
