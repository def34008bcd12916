#pragma once

#include "listresult.h"
#include "lookup/dnstypes.h"

// Reads a list's answer the way its operator documents it (catalog codes, ranges, bitmasks,
// refusal codes). A DNS failure is never "not listed".
namespace AnswerDecoder {
// Fills status, reason, severity, answers, meanings and refusal of `result` from an A reply.
void decode(const Blocklist &list, const DnsReply &reply, ListResult *result);

// Only a DNS failure (timeout, SERVFAIL, …) as a reason; ResultReason::None for real answers.
ResultReason failureReason(DnsOutcome outcome);

// The catalog's refusal text for `answer`, or an empty string when it is not a refusal code.
QString refusalFor(const Blocklist &list, quint32 answer);
} // namespace AnswerDecoder
