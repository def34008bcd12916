#include "qdnslookuptransport.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QDnsLookup>
#include <QTimer>

namespace {

QAtomicInt g_lookupsInFlight;

// Tells every transport that one of Qt's lookup threads came free.
class LookupThreads final : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void released();
};

LookupThreads &lookupThreads()
{
    static LookupThreads threads;
    return threads;
}

DnsOutcome outcomeFor(QDnsLookup::Error error)
{
    switch (error) {
    case QDnsLookup::NoError:
        return DnsOutcome::Answer;
    case QDnsLookup::NotFoundError:
        return DnsOutcome::NxDomain;
    case QDnsLookup::ServerFailureError:
        return DnsOutcome::ServerFailure;
    case QDnsLookup::ServerRefusedError:
        return DnsOutcome::Refused;
    case QDnsLookup::ResolverError:
        return DnsOutcome::ResolverError;
    case QDnsLookup::OperationCancelledError:
        return DnsOutcome::Cancelled;
    default:
        // Qt 6.4 reports a resolver that gave up (no reply at all) as InvalidReplyError.
        return DnsOutcome::NoAnswer;
    }
}

// Starts a lookup and counts it until Qt's worker thread really returns. Qt delivers the result
// with a BlockingQueuedConnection, so the lookup must stay alive in a thread that runs its event
// loop, or be deleted (which releases Qt's thread): it is a child of the transport.
QDnsLookup *startLookup(const DnsQuery &query, const QHostAddress &server, QObject *parent)
{
    const QDnsLookup::Type type =
        query.type == DnsRecordType::Txt ? QDnsLookup::TXT : QDnsLookup::A;
    auto *lookup = server.isNull() ? new QDnsLookup(type, query.name, parent)
                                   : new QDnsLookup(type, query.name, server, parent);
    g_lookupsInFlight.ref();
    QObject::connect(lookup, &QDnsLookup::finished, lookup, [lookup] {
        g_lookupsInFlight.deref();
        lookup->deleteLater();
        Q_EMIT lookupThreads().released();
    });
    lookup->lookup();
    return lookup;
}

} // namespace

QDnsLookupTransport::QDnsLookupTransport(const QHostAddress &server, QObject *parent)
    : DnsTransport(parent)
    , m_server(server)
{
    connect(&lookupThreads(), &LookupThreads::released, this, &QDnsLookupTransport::startWaiting);
}

QDnsLookupTransport::~QDnsLookupTransport()
{
    cancelAll();
}

// Lookups deleted with the transport while Qt's thread still blocks are never counted down:
// for the process they are still running, which is what lookupsInFlight() must tell.
int QDnsLookupTransport::lookupsInFlight()
{
    return g_lookupsInFlight.loadAcquire();
}

void QDnsLookupTransport::resolve(const DnsQuery &query)
{
    Pending pending;
    pending.query = query;
    pending.clock.start();
    const quint64 id = query.id;
    pending.deadline = new QTimer(this);
    pending.deadline->setSingleShot(true);
    // A coarse timer may fire 5% early; a deadline must not.
    pending.deadline->setTimerType(Qt::PreciseTimer);
    connect(pending.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    pending.deadline->start(qMax(1, query.timeoutMs));
    m_pending.insert(id, pending);
    m_waiting.append(id);
    qCDebug(lcLookup) << "query" << id << query.name
                      << (query.type == DnsRecordType::Txt ? "TXT" : "A");
    startWaiting();
}

void QDnsLookupTransport::startWaiting()
{
    while (!m_waiting.isEmpty() && lookupsInFlight() < MaxLookupsInFlight) {
        const quint64 id = m_waiting.takeFirst();
        Pending &pending = m_pending[id];
        pending.lookup = startLookup(pending.query, m_server, this);
        connect(pending.lookup, &QDnsLookup::finished, this, [this, id] { onLookupFinished(id); });
    }
}

void QDnsLookupTransport::onLookupFinished(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    pending.deadline->stop();
    pending.deadline->deleteLater();

    DnsReply reply;
    reply.id = id;
    reply.elapsedMs = int(pending.clock.elapsed());
    reply.outcome = outcomeFor(pending.lookup->error());
    if (reply.outcome == DnsOutcome::Answer) {
        for (const QDnsHostAddressRecord &record : pending.lookup->hostAddressRecords()) {
            if (record.value().protocol() == QAbstractSocket::IPv4Protocol)
                reply.addresses.append(record.value().toIPv4Address());
        }
        for (const QDnsTextRecord &record : pending.lookup->textRecords())
            reply.texts.append(QString::fromUtf8(record.values().join()));
        const bool empty = pending.query.type == DnsRecordType::A ? reply.addresses.isEmpty()
                                                                  : reply.texts.isEmpty();
        if (empty)
            reply.outcome = DnsOutcome::NoData;
    } else {
        reply.errorText = pending.lookup->errorString();
    }
    qCDebug(lcLookup) << "answer" << id << int(reply.outcome) << reply.elapsedMs << "ms";
    Q_EMIT resolved(reply);
}

void QDnsLookupTransport::onDeadline(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const QString name = it->query.name;
    const bool started = it->lookup != nullptr;
    DnsReply reply;
    reply.id = id;
    reply.outcome = DnsOutcome::Timeout;
    reply.elapsedMs = int(it->clock.elapsed());
    forget(id);
    qCInfo(lcLookup) << "no answer for" << name << "within" << reply.elapsedMs << "ms"
                     << (started ? "" : "(still waiting for a lookup thread)");
    Q_EMIT resolved(reply);
}

void QDnsLookupTransport::forget(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    // Not QDnsLookup::abort(): it reports "finished" at once while Qt's thread keeps blocking,
    // and we count that thread until it really returns (startLookup).
    if (it->lookup)
        disconnect(it->lookup, nullptr, this, nullptr);
    else
        m_waiting.removeOne(id);
    it->deadline->stop();
    it->deadline->deleteLater();
    m_pending.erase(it);
}

void QDnsLookupTransport::cancel(quint64 queryId)
{
    forget(queryId);
}

void QDnsLookupTransport::cancelAll()
{
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        forget(id);
}

#include "qdnslookuptransport.moc"
