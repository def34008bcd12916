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
    for (int i = 0; i < lists.size(); ++i)
        m_listOrder.insert(lists.at(i).id, i);
    for (const Target &target : targets) {
        TargetReport report;
        report.target = target;
        m_reports.append(report);
    }
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
    summarize();
    Q_EMIT finished(true);
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
