#include "blocklistchecker.h"

#include <QThread>

#include <algorithm>

BlocklistChecker::BlocklistChecker(QObject *parent, LookupEngine::TransportFactory factory)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_engine(new LookupEngine(std::move(factory)))
{
    qRegisterMetaType<CheckRequest>();
    qRegisterMetaType<ListResult>();
    m_thread->setObjectName(QStringLiteral("blocklist lookups"));
    m_engine->moveToThread(m_thread);
    // The engine (and its QDnsLookups) must die in its own thread, which releases any of Qt's
    // lookup threads still waiting to hand over a result.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &LookupEngine::resultReady, this, &BlocklistChecker::onResult);
    connect(m_engine, &LookupEngine::checkFinished, this, &BlocklistChecker::onCheckFinished);
    m_thread->start();
}

BlocklistChecker::~BlocklistChecker()
{
    m_thread->quit();
    m_thread->wait();
}

void BlocklistChecker::start(const QList<Target> &targets, const QList<Blocklist> &lists,
                             const DnsServer &server, int timeoutMs)
{
    if (m_running)
        cancel();
    m_reports.clear();
    m_listOrder.clear();
    m_lists = lists;
    for (int i = 0; i < lists.size(); ++i)
        m_listOrder.insert(lists.at(i).id, i);
    for (const Target &target : targets) {
        TargetReport report;
        report.target = target;
        m_reports.append(report);
    }
    // Before the first lookup of the process: glibc reads it once.
    DnsServers::boundResolverWait(timeoutMs);
    CheckRequest request;
    request.id = ++m_checkId;
    request.targets = targets;
    request.lists = lists;
    request.server = server;
    request.timeoutMs = timeoutMs;
    m_running = true;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, request] { engine->start(request); }, Qt::QueuedConnection);
}

void BlocklistChecker::cancel()
{
    if (!m_running)
        return;
    const quint64 id = m_checkId;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, id] { engine->cancel(id); }, Qt::QueuedConnection);
    m_running = false;
    markUnanswered();
    summarize();
    Q_EMIT finished(true);
}

void BlocklistChecker::markUnanswered()
{
    // A list that had not answered is unknown, never "not listed": the verdict of a stopped
    // check can only be "listed" or "incomplete".
    for (int t = 0; t < m_reports.size(); ++t) {
        TargetReport &report = m_reports[t];
        if (!report.target.isCheckable())
            continue;
        for (const Blocklist &list : std::as_const(m_lists)) {
            const bool answered =
                std::any_of(report.results.cbegin(), report.results.cend(),
                            [&list](const ListResult &r) { return r.listId == list.id; });
            if (answered)
                continue;
            const bool applies = list.takes(report.target.kind);
            ListResult result;
            result.targetIndex = t;
            result.listId = list.id;
            result.name = list.name;
            result.zone = list.zone;
            result.status = applies ? ListStatus::Failed : ListStatus::Skipped;
            result.reason = applies ? ResultReason::Cancelled : ResultReason::WrongKind;
            report.results.append(result);
        }
    }
}

void BlocklistChecker::onResult(quint64 checkId, const ListResult &result)
{
    if (checkId != m_checkId || !m_running || result.targetIndex >= m_reports.size())
        return;
    m_reports[result.targetIndex].results.append(result);
    Q_EMIT resultReady(result);
}

void BlocklistChecker::onCheckFinished(quint64 checkId)
{
    if (checkId != m_checkId || !m_running)
        return;
    m_running = false;
    summarize();
    Q_EMIT finished(false);
}

void BlocklistChecker::summarize()
{
    for (TargetReport &report : m_reports) {
        // Catalog order, not arrival order: the same check always reads the same way.
        std::stable_sort(report.results.begin(), report.results.end(),
                         [this](const ListResult &a, const ListResult &b) {
                             return m_listOrder.value(a.listId) < m_listOrder.value(b.listId);
                         });
        report.summarize();
    }
}
