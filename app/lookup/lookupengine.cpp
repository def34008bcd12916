#include "lookupengine.h"

#include "core/logging.h"
#include "qdnslookuptransport.h"
#include "verdict/answerdecoder.h"

#include <algorithm>

namespace {

ListResult baseResult(int targetIndex, const Blocklist &list, const Target &target)
{
    ListResult result;
    result.targetIndex = targetIndex;
    result.listId = list.id;
    result.name = list.name;
    result.zone = list.zone;
    result.lookupUrl = list.lookupUrlFor(target.checkedAs);
    result.removalUrl = list.removalUrlFor(target.checkedAs);
    result.removalNote = list.removalNote;
    return result;
}

QString selfTestKey(const DnsServer &server, const Blocklist &list, TargetKind kind)
{
    return server.name() + QLatin1Char('|') + list.id + QLatin1Char('|') + list.queryZone() +
           QLatin1Char('|') + TargetParser::kindName(kind);
}

} // namespace

LookupEngine::LookupEngine(TransportFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    if (!m_factory) {
        m_factory = [](const DnsServer &server, QObject *owner) -> DnsTransport * {
            return new QDnsLookupTransport(server.address, owner);
        };
    }
}

LookupEngine::~LookupEngine() = default;

void LookupEngine::setSelfTestLifetimes(qint64 passedMs, qint64 unusableMs)
{
    m_cache.setLifetimes(passedMs, unusableMs);
}

DnsTransport *LookupEngine::transportFor(const DnsServer &server)
{
    DnsTransport *&transport = m_transports[server.name()];
    if (!transport) {
        transport = m_factory(server, this);
        connect(transport, &DnsTransport::resolved, this, &LookupEngine::onResolved);
    }
    return transport;
}

quint64 LookupEngine::sendQuery(const DnsServer &server, const QString &name, DnsRecordType type,
                                int timeoutMs, const QueryOwner &owner)
{
    DnsQuery query;
    query.id = m_nextQueryId++;
    query.name = name;
    query.type = type;
    query.timeoutMs = timeoutMs;
    DnsTransport *transport = transportFor(server);
    QueryOwner owned = owner;
    owned.transport = transport;
    m_queries.insert(query.id, owned);
    transport->resolve(query);
    return query.id;
}

void LookupEngine::start(const CheckRequest &request)
{
    QList<quint64> jobs;
    int immediate = 0;
    QList<ListResult> skipped;
    for (int t = 0; t < request.targets.size(); ++t) {
        const Target &target = request.targets.at(t);
        if (!target.isCheckable())
            continue;
        for (const Blocklist &list : request.lists) {
            ListResult result = baseResult(t, list, target);
            if (!list.takes(target.kind) || (list.needsKey && list.key.isEmpty())) {
                result.status = ListStatus::Skipped;
                result.reason =
                    list.takes(target.kind) ? ResultReason::NeedsKey : ResultReason::WrongKind;
                skipped.append(result);
                ++immediate;
                continue;
            }
            Job job;
            job.checkId = request.id;
            job.target = target;
            job.list = list;
            job.server = request.server;
            job.timeoutMs = request.timeoutMs;
            job.result = result;
            job.clock.start();
            const quint64 jobId = m_nextJobId++;
            m_jobs.insert(jobId, job);
            jobs.append(jobId);
        }
    }
    m_remaining.insert(request.id, int(jobs.size()) + immediate);
    qCInfo(lcLookup) << "check" << request.id << ":" << request.targets.size() << "targets,"
                     << jobs.size() << "queries to start, DNS server" << request.server.name();
    for (const ListResult &result : skipped)
        emitImmediately(request.id, result);
    for (quint64 jobId : jobs)
        startJob(jobId);
    if (jobs.isEmpty() && immediate == 0)
        QMetaObject::invokeMethod(
            this, [this, id = request.id] { checkDone(id); }, Qt::QueuedConnection);
}

void LookupEngine::emitImmediately(quint64 checkId, const ListResult &result)
{
    // Queued, so that the caller has returned from start() before results arrive.
    QMetaObject::invokeMethod(
        this,
        [this, checkId, result] {
            if (!m_remaining.contains(checkId))
                return;
            Q_EMIT resultReady(checkId, result);
            if (--m_remaining[checkId] == 0)
                checkDone(checkId);
        },
        Qt::QueuedConnection);
}

void LookupEngine::startJob(quint64 jobId)
{
    Job &job = m_jobs[jobId];
    const TestPoints &points = job.list.testPoints(job.target.kind);
    const bool hasTest =
        points.enabled && (!points.listed.isEmpty() || !points.notListed.isEmpty());
    // Asking a list about its own test point is the self-test itself.
    if (!hasTest || job.target.isTestPoint) {
        queryAddress(jobId);
        return;
    }
    const QString key = selfTestKey(job.server, job.list, job.target.kind);
    if (const std::optional<SelfTestOutcome> cached = m_cache.find(key)) {
        applySelfTest(jobId, *cached);
        return;
    }
    runSelfTest(key, job);
    m_selfTests[key].waitingJobs.append(jobId);
}

void LookupEngine::runSelfTest(const QString &key, Job &job)
{
    if (m_selfTests.contains(key))
        return; // already asking: wait for it with the others
    const TestPoints &points = job.list.testPoints(job.target.kind);
    SelfTestRun run;
    run.list = job.list;
    run.wantListed = !points.listed.isEmpty();
    run.wantNotListed = !points.notListed.isEmpty();
    m_selfTests.insert(key, run);
    const QString zone = job.list.queryZone();
    if (run.wantListed) {
        const QString name =
            TargetParser::testPointLabel(job.target.kind, points.listed) + QLatin1Char('.') + zone;
        sendQuery(job.server, name, DnsRecordType::A, job.timeoutMs, {0, key, true});
    }
    if (run.wantNotListed) {
        const QString name = TargetParser::testPointLabel(job.target.kind, points.notListed) +
                             QLatin1Char('.') + zone;
        sendQuery(job.server, name, DnsRecordType::A, job.timeoutMs, {0, key, false});
    }
}

void LookupEngine::onResolved(const DnsReply &reply)
{
    const auto it = m_queries.find(reply.id);
    if (it == m_queries.end())
        return;
    const QueryOwner owner = *it;
    m_queries.erase(it);
    if (owner.jobId == 0)
        onSelfTestReply(owner, reply);
    else
        onJobReply(owner.jobId, reply);
}

void LookupEngine::onSelfTestReply(const QueryOwner &owner, const DnsReply &reply)
{
    const auto it = m_selfTests.find(owner.selfTestKey);
    if (it == m_selfTests.end())
        return;
    SelfTestRun &run = *it;
    if (owner.listedPoint)
        run.listed = reply;
    else
        run.notListed = reply;
    if ((run.wantListed && !run.listed) || (run.wantNotListed && !run.notListed))
        return;
    const SelfTestOutcome outcome = SelfTest::evaluate(run.list, run.listed, run.notListed);
    m_cache.store(owner.selfTestKey, outcome);
    const QList<quint64> waiting = run.waitingJobs;
    m_selfTests.erase(it);
    for (quint64 jobId : waiting)
        applySelfTest(jobId, outcome);
}

void LookupEngine::applySelfTest(quint64 jobId, const SelfTestOutcome &outcome)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return; // its check was cancelled
    switch (outcome.state) {
    case SelfTestOutcome::State::Passed:
        queryAddress(jobId);
        return;
    case SelfTestOutcome::State::Unusable:
        it->result.status = ListStatus::Unusable;
        break;
    case SelfTestOutcome::State::Refused:
        it->result.status = ListStatus::Refused;
        it->result.refusal = outcome.refusal;
        break;
    case SelfTestOutcome::State::Failed:
        it->result.status = ListStatus::Failed;
        break;
    }
    it->result.reason = outcome.reason;
    it->result.answers = outcome.answers;
    it->result.duringSelfTest = true;
    finishJob(jobId);
}

QString LookupEngine::targetQueryName(const Job &job)
{
    return TargetParser::queryLabel(job.target) + QLatin1Char('.') + job.list.queryZone();
}

void LookupEngine::queryAddress(quint64 jobId)
{
    Job &job = m_jobs[jobId];
    job.stage = Stage::Address;
    sendQuery(job.server, targetQueryName(job), DnsRecordType::A, job.timeoutMs,
              {jobId, {}, false});
}

void LookupEngine::onJobReply(quint64 jobId, const DnsReply &reply)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it;
    if (job.stage == Stage::Text) {
        // A missing reason text never changes the verdict.
        if (reply.outcome == DnsOutcome::Answer)
            job.result.txt = reply.texts;
        finishJob(jobId);
        return;
    }
    AnswerDecoder::decode(job.list, reply, &job.result);
    if (job.result.status == ListStatus::Listed && job.list.txt) {
        job.stage = Stage::Text;
        sendQuery(job.server, targetQueryName(job), DnsRecordType::Txt, job.timeoutMs,
                  {jobId, {}, false});
        return;
    }
    finishJob(jobId);
}

void LookupEngine::finishJob(quint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job job = *it;
    m_jobs.erase(it);
    job.result.ms = int(job.clock.elapsed());
    if (!m_remaining.contains(job.checkId))
        return;
    Q_EMIT resultReady(job.checkId, job.result);
    if (--m_remaining[job.checkId] == 0)
        checkDone(job.checkId);
}

void LookupEngine::checkDone(quint64 checkId)
{
    m_remaining.remove(checkId);
    qCInfo(lcLookup) << "check" << checkId << "finished";
    Q_EMIT checkFinished(checkId);
}

void LookupEngine::cancel(quint64 checkId)
{
    if (!m_remaining.remove(checkId))
        return;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->checkId == checkId)
            it = m_jobs.erase(it);
        else
            ++it;
    }
    // Self-tests that only this check waited for are forgotten too, so the next check asks
    // again instead of inheriting a run that may have been going nowhere.
    for (auto it = m_selfTests.begin(); it != m_selfTests.end();) {
        QList<quint64> &waiting = it->waitingJobs;
        waiting.erase(std::remove_if(waiting.begin(), waiting.end(),
                                     [this](quint64 jobId) { return !m_jobs.contains(jobId); }),
                      waiting.end());
        if (waiting.isEmpty())
            it = m_selfTests.erase(it);
        else
            ++it;
    }
    // Their queries too: one still waiting for a lookup thread is never sent.
    for (auto it = m_queries.begin(); it != m_queries.end();) {
        const bool orphan =
            it->jobId != 0 ? !m_jobs.contains(it->jobId) : !m_selfTests.contains(it->selfTestKey);
        if (orphan) {
            it->transport->cancel(it.key());
            it = m_queries.erase(it);
        } else {
            ++it;
        }
    }
    qCInfo(lcLookup) << "check" << checkId << "cancelled";
}
