#pragma once

#include "dnstransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

class QDnsLookup;
class QTimer;

// DNS through QDnsLookup. Qt 6.4 runs each lookup on a private pool of 5 threads that block in
// the system resolver, and a lookup handed to that pool can be neither cancelled nor taken back.
// So we hand Qt at most as many lookups as it has threads and keep the rest in our own queue,
// where a deadline or a cancel still removes them. Each query's deadline runs from resolve():
// a query still waiting for a thread when it passes has failed like any other.
class QDnsLookupTransport final : public DnsTransport
{
    Q_OBJECT

public:
    // A null `server` means the system's resolver.
    explicit QDnsLookupTransport(const QHostAddress &server, QObject *parent = nullptr);
    ~QDnsLookupTransport() override;

    void resolve(const DnsQuery &query) override;
    void cancel(quint64 queryId) override;
    void cancelAll() override;

    // Lookups, across all transports, that Qt's pool is still running. Qt waits for them when
    // the application object is destroyed, so a process that must end on time checks this.
    static int lookupsInFlight();
    // How many lookups we give Qt's pool at once: its thread count in Qt 6.4.
    static constexpr int MaxLookupsInFlight = 5;

private:
    struct Pending
    {
        DnsQuery query;
        QDnsLookup *lookup = nullptr; // null while waiting for one of Qt's threads
        QTimer *deadline = nullptr;
        QElapsedTimer clock;
    };

    void startWaiting();
    void onLookupFinished(quint64 id);
    void onDeadline(quint64 id);
    void forget(quint64 id);

    QHostAddress m_server;
    QHash<quint64, Pending> m_pending;
    QList<quint64> m_waiting; // not yet handed to Qt, oldest first
};
