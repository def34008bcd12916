#pragma once

#include "dnstypes.h"

#include <QObject>

// "A or TXT records for this name, by this deadline." The verdict logic only ever sees this,
// so tests can inject faults and a faster transport can replace QDnsLookup later.
// A transport lives in one thread and answers every query exactly once through resolved(),
// at the latest when the query's deadline has passed.
class DnsTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DnsTransport() override = default;

    virtual void resolve(const DnsQuery &query) = 0;
    // Forget one query now; no resolved() follows for it.
    virtual void cancel(quint64 queryId) = 0;
    // Forget every outstanding query now; no resolved() follows for them.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    void resolved(const DnsReply &reply);
};
