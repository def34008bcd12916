#include "answerdecoder.h"

ResultReason AnswerDecoder::failureReason(DnsOutcome outcome)
{
    switch (outcome) {
    case DnsOutcome::Answer:
    case DnsOutcome::NxDomain:
    case DnsOutcome::NoData:
        return ResultReason::None;
    case DnsOutcome::Timeout:
    case DnsOutcome::Cancelled:
        return ResultReason::Timeout;
    case DnsOutcome::ServerFailure:
        return ResultReason::ServerFailure;
    case DnsOutcome::Refused:
        return ResultReason::ServerRefused;
    case DnsOutcome::NoAnswer:
        return ResultReason::NoAnswer;
    case DnsOutcome::ResolverError:
        return ResultReason::ResolverError;
    }
    return ResultReason::NoAnswer;
}

QString AnswerDecoder::refusalFor(const Blocklist &list, quint32 answer)
{
    for (const ErrorCode &error : list.errors) {
        if (error.answer == answer)
            return error.meaning;
    }
    return {};
}

void AnswerDecoder::decode(const Blocklist &list, const DnsReply &reply, ListResult *result)
{
    result->answers = reply.addresses;
    const ResultReason failure = failureReason(reply.outcome);
    if (failure != ResultReason::None) {
        result->status = ListStatus::Failed;
        result->reason = failure;
        return;
    }
    if (reply.outcome != DnsOutcome::Answer) {
        result->status = ListStatus::NotListed;
        return;
    }
    // Any answer outside 127/8 means the resolver or network rewrote the answer
    // (NXDOMAIN hijacking, filtering DNS): we learn nothing about the list.
    for (quint32 answer : reply.addresses) {
        if (!isBlocklistAnswer(answer)) {
            result->status = ListStatus::Failed;
            result->reason = ResultReason::BadAnswer;
            return;
        }
    }
    for (quint32 answer : reply.addresses) {
        const QString refusal = refusalFor(list, answer);
        if (!refusal.isEmpty()) {
            result->status = ListStatus::Refused;
            result->reason = ResultReason::ListRefused;
            result->refusal = refusal;
            return;
        }
    }
    result->status = ListStatus::Listed;
    bool anyMatch = false;
    Severity worst = Severity::Allowlisted;
    for (quint32 answer : reply.addresses) {
        for (const ReturnCode &code : list.codes) {
            if (!code.matches(answer))
                continue;
            anyMatch = true;
            worst = qMax(worst, code.severity);
            if (!result->meanings.contains(code.meaning))
                result->meanings.append(code.meaning);
        }
    }
    // A code the catalog does not document is still a listing: say so rather than hide it.
    result->severity = anyMatch ? worst : Severity::Spam;
}

QString ListStatusNames::name(ListStatus status)
{
    switch (status) {
    case ListStatus::Listed:
        return QStringLiteral("listed");
    case ListStatus::NotListed:
        return QStringLiteral("not_listed");
    case ListStatus::Refused:
        return QStringLiteral("refused");
    case ListStatus::Unusable:
        return QStringLiteral("unusable");
    case ListStatus::Failed:
        return QStringLiteral("failed");
    case ListStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString ListStatusNames::addressText(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}
