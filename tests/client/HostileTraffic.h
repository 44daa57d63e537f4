// Hostile traffic against a running privateca-server, as an attacker holding an API key would
// send it (issue 22): mutated JSON for every operation, CAs created with broken extensions,
// garbage and non-DER CSRs, encrypted PEM imports, malformed Authorization headers, unsigned
// requests, malformed HTTP, half-closed and reset connections, OCSP garbage. Every answer is
// checked: no 5xx, nothing unanswered on a request the server accepted to read.
#pragma once

#include "SigV4.h"

#include <QMap>
#include <QStringList>

#include <chrono>

namespace pca::test {

struct HostileTrafficOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    server::AccessKey key;
    QByteArray region = "us-east-1";
    int connections = 8;
    std::chrono::milliseconds duration{10'000};
    quint64 seed = 1;
    // One request in this many creates a CA (which the traffic then uses and deletes).
    int createCaEvery = 150;
};

struct HostileTrafficReport
{
    qint64 requests = 0;
    qint64 caCreated = 0;
    QMap<int, qint64> statuses;
    QStringList problems; // 5xx answers, unanswered signed requests (first few)
    qint64 problemCount = 0;
    QString describe() const;
};

HostileTrafficReport runHostileTraffic(const HostileTrafficOptions &options);

} // namespace pca::test
