#include "selftest.h"

#include "core/logging.h"
#include "verdict/answerdecoder.h"

namespace {

SelfTestOutcome judge(const Blocklist &list, const DnsReply &reply, bool mustBeListed)
{
    SelfTestOutcome outcome;
    outcome.answers = reply.addresses;
    const ResultReason failure = AnswerDecoder::failureReason(reply.outcome);
    if (failure != ResultReason::None) {
        outcome.state = SelfTestOutcome::State::Failed;
        outcome.reason = failure;
        return outcome;
    }
    const bool answered = reply.outcome == DnsOutcome::Answer;
    for (quint32 answer : reply.addresses) {
        if (!isBlocklistAnswer(answer)) {
            outcome.state = SelfTestOutcome::State::Unusable;
            outcome.reason = ResultReason::SelfTestBadAnswer;
            return outcome;
        }
    }
    for (quint32 answer : reply.addresses) {
        const QString refusal = AnswerDecoder::refusalFor(list, answer);
        if (!refusal.isEmpty()) {
            // The list refuses our DNS server: that is not the list's fault, nor proof it works.
            outcome.state = SelfTestOutcome::State::Refused;
            outcome.reason = ResultReason::ListRefused;
            outcome.refusal = refusal;
            return outcome;
        }
    }
    if (mustBeListed && !answered) {
        outcome.state = SelfTestOutcome::State::Unusable;
        outcome.reason = ResultReason::SelfTestMissingPositive;
        return outcome;
    }
    if (!mustBeListed && answered) {
        outcome.state = SelfTestOutcome::State::Unusable;
        outcome.reason = ResultReason::SelfTestListsNegative;
        return outcome;
    }
    outcome.state = SelfTestOutcome::State::Passed;
    outcome.answers.clear();
    return outcome;
}

} // namespace

SelfTestOutcome SelfTest::evaluate(const Blocklist &list,
                                   const std::optional<DnsReply> &listedPoint,
                                   const std::optional<DnsReply> &notListedPoint)
{
    // The "lists the world" check comes first: it is the dangerous failure.
    if (notListedPoint) {
        const SelfTestOutcome outcome = judge(list, *notListedPoint, false);
        if (outcome.state != SelfTestOutcome::State::Passed)
            return outcome;
    }
    if (listedPoint)
        return judge(list, *listedPoint, true);
    SelfTestOutcome passed;
    passed.state = SelfTestOutcome::State::Passed;
    return passed;
}

void SelfTestCache::setLifetimes(qint64 passedMs, qint64 unusableMs)
{
    m_passedLifetimeMs = passedMs;
    m_unusableLifetimeMs = unusableMs;
}

std::optional<SelfTestOutcome> SelfTestCache::find(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    const bool passed = it->outcome.state == SelfTestOutcome::State::Passed;
    if (it->age.elapsed() > (passed ? m_passedLifetimeMs : m_unusableLifetimeMs))
        return std::nullopt;
    return it->outcome;
}

void SelfTestCache::store(const QString &key, const SelfTestOutcome &outcome)
{
    if (outcome.state != SelfTestOutcome::State::Passed &&
        outcome.state != SelfTestOutcome::State::Unusable)
        return;
    Entry entry;
    entry.outcome = outcome;
    entry.age.start();
    m_entries.insert(key, entry);
    qCInfo(lcSelfTest) << key
                       << (outcome.state == SelfTestOutcome::State::Passed ? "passed" : "UNUSABLE");
}
