#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class DnsRecordType
{
    A,
    Txt
};

struct DnsQuery
{
    quint64 id = 0;
    QString name; // fully qualified, no trailing dot
    DnsRecordType type = DnsRecordType::A;
    int timeoutMs = 4000; // the answer must arrive by then, or the query has failed
};
Q_DECLARE_METATYPE(DnsQuery)

// What became of one query. Only NxDomain and NoData mean "no such record".
enum class DnsOutcome
{
    Answer,        // records in `addresses` / `texts`
    NxDomain,      // the name does not exist: for a blocklist, "not listed"
    NoData,        // the name exists but has no record of this type
    Timeout,       // no answer by the deadline
    ServerFailure, // SERVFAIL
    Refused,       // the DNS server refused to answer (REFUSED)
    NoAnswer,      // the resolver got no usable reply (unreachable server, garbled reply)
    ResolverError, // the system resolver could not be used at all (no network, no config)
    Cancelled
};

struct DnsReply
{
    quint64 id = 0;
    DnsOutcome outcome = DnsOutcome::NoAnswer;
    QList<quint32> addresses; // A records, host order
    QStringList texts;        // TXT records, strings of one record joined
    QString errorText;        // the resolver's own words, for logs and details
    int elapsedMs = 0;
};
Q_DECLARE_METATYPE(DnsReply)
