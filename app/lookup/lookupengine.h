#pragma once

#include "catalog/blocklist.h"
#include "dnsserver.h"
#include "dnstransport.h"
#include "selftest.h"
#include "verdict/listresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

struct CheckRequest
{
    quint64 id = 0;
    QList<Target> targets;
    QList<Blocklist> lists;
    DnsServer server;
    int timeoutMs = 4000; // per query
};
Q_DECLARE_METATYPE(CheckRequest)

// Asks every applicable list about every target at once and reports each answer as soon as it
// is known. Lives in a worker thread (see BlocklistChecker); talks to DNS only through a
// DnsTransport. Per list: the RFC 5782 self-test (cached), the A query, then TXT when listed.
class LookupEngine final : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<DnsTransport *(const DnsServer &, QObject *parent)>;

    explicit LookupEngine(TransportFactory factory = {}, QObject *parent = nullptr);
    ~LookupEngine() override;

    Q_INVOKABLE void start(const CheckRequest &request);
    // Drops a check at once; its outstanding queries are ignored when they come back.
    Q_INVOKABLE void cancel(quint64 checkId);
    void setSelfTestLifetimes(qint64 passedMs, qint64 unusableMs);

Q_SIGNALS:
    void resultReady(quint64 checkId, const ListResult &result);
    void checkFinished(quint64 checkId);

private:
    enum class Stage
    {
        SelfTest,
        Address,
        Text
    };
    struct Job
    {
        quint64 checkId = 0;
        Target target;
        Blocklist list;
        DnsServer server;
        int timeoutMs = 0;
        Stage stage = Stage::SelfTest;
        QElapsedTimer clock;
        ListResult result;
    };
    struct SelfTestRun
    {
        Blocklist list;
        bool wantListed = false;
        bool wantNotListed = false;
        std::optional<DnsReply> listed;
        std::optional<DnsReply> notListed;
        QList<quint64> waitingJobs;
    };
    struct QueryOwner
    {
        quint64 jobId = 0; // 0 for a self-test query
        QString selfTestKey;
        bool listedPoint = false;
        DnsTransport *transport = nullptr; // set by sendQuery()
    };

    DnsTransport *transportFor(const DnsServer &server);
    quint64 sendQuery(const DnsServer &server, const QString &name, DnsRecordType type,
                      int timeoutMs, const QueryOwner &owner);
    void startJob(quint64 jobId);
    void runSelfTest(const QString &key, Job &job);
    void onResolved(const DnsReply &reply);
    void onSelfTestReply(const QueryOwner &owner, const DnsReply &reply);
    void applySelfTest(quint64 jobId, const SelfTestOutcome &outcome);
    static QString targetQueryName(const Job &job);
    void queryAddress(quint64 jobId);
    void onJobReply(quint64 jobId, const DnsReply &reply);
    void finishJob(quint64 jobId);
    void emitImmediately(quint64 checkId, const ListResult &result);
    void checkDone(quint64 checkId);

    TransportFactory m_factory;
    QHash<QString, DnsTransport *> m_transports;
    QHash<quint64, Job> m_jobs;
    QHash<quint64, int> m_remaining; // per running check: jobs not finished yet
    QHash<quint64, QueryOwner> m_queries;
    QHash<QString, SelfTestRun> m_selfTests;
    SelfTestCache m_cache;
    quint64 m_nextJobId = 1;
    quint64 m_nextQueryId = 1;
};
