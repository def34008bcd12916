#pragma once

#include "lookup/dnstypes.h"
#include "verdict/listresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <optional>

// RFC 5782 §5 self-test of one list for one kind of target: its "listed" test point must be
// listed, its "not listed" point must not be, and every answer must be inside 127.0.0.0/8.
struct SelfTestOutcome
{
    enum class State
    {
        Passed,
        Unusable,
        Refused,
        Failed
    };
    State state = State::Failed;
    ResultReason reason = ResultReason::None;
    QString refusal;        // for Refused: the catalog's text
    QList<quint32> answers; // what the offending test query returned
};

namespace SelfTest {
// Judges the two test replies; a reply is absent when the catalog has no such test point.
SelfTestOutcome evaluate(const Blocklist &list, const std::optional<DnsReply> &listedPoint,
                         const std::optional<DnsReply> &notListedPoint);
} // namespace SelfTest

// Remembers verdicts on lists for a while, per DNS server: a list that lists the world stays
// unusable for this run of the program, but is tested again after `unusableLifetimeMs`.
// Failures (timeouts, refusals) are not remembered: they say nothing about the list itself.
class SelfTestCache final
{
public:
    void setLifetimes(qint64 passedMs, qint64 unusableMs);
    std::optional<SelfTestOutcome> find(const QString &key) const;
    void store(const QString &key, const SelfTestOutcome &outcome);

private:
    struct Entry
    {
        SelfTestOutcome outcome;
        QElapsedTimer age;
    };
    QHash<QString, Entry> m_entries;
    qint64 m_passedLifetimeMs = 60 * 60 * 1000;
    qint64 m_unusableLifetimeMs = 10 * 60 * 1000;
};
