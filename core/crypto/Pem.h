// PEM (RFC 7468) read by the engine itself, never by OpenSSL's PEM_read_*: those prompt for a
// pass phrase on the controlling terminal when a block's headers say "Proc-Type: 4,ENCRYPTED"
// and no callback is given, so a request could make a server wait on its terminal. Here a
// block is its label and strict base64, nothing else: RFC 1421 encapsulated headers
// (Proc-Type, DEK-Info, ...) are refused with a clear error, as is any block that is not
// terminated by the END line of the same label.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace pca::crypto {

struct PemBlock
{
    QByteArray label; // e.g. "CERTIFICATE"
    QByteArray der;   // the decoded contents
};

// Whether `text` (after leading whitespace) starts with a PEM BEGIN line.
bool startsWithPem(const QByteArray &text);

// Every block of `text`, in order. Text outside the blocks (explanations printed before a
// certificate, blank lines) is ignored as RFC 7468 asks; text after the last block too. Throws
// PcaError(errorType) naming the block (1-based) and what is wrong: an unterminated block,
// mismatched labels, encapsulated headers, characters that are not base64, or empty contents.
std::vector<PemBlock> readPemBlocks(const QByteArray &text, const char *errorType);

} // namespace pca::crypto
