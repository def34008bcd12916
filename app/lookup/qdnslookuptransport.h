#pragma once

#include "dnstransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

class QDnsLookup;
class QTimer;

// DNS through QDnsLookup. Qt runs each lookup on a pool of its own threads that block in the
// system resolver; we enforce each query's deadline ourselves and walk away from a lookup
// that is still blocked, so one silent server never holds up a check.
class QDnsLookupTransport final : public DnsTransport
{
    Q_OBJECT

public:
    // A null `server` means the system's resolver.
    explicit QDnsLookupTransport(const QHostAddress &server, QObject *parent = nullptr);
    ~QDnsLookupTransport() override;

    void resolve(const DnsQuery &query) override;
    void cancelAll() override;

    // Lookups, across all transports, that Qt's pool is still running. Qt waits for them when
    // the application object is destroyed, so a process that must end on time checks this.
    static int lookupsInFlight();

private:
    struct Pending
    {
        DnsQuery query;
        QDnsLookup *lookup = nullptr;
        QTimer *deadline = nullptr;
        QElapsedTimer clock;
    };

    void onLookupFinished(quint64 id);
    void onDeadline(quint64 id);
    void abandon(Pending &pending);

    QHostAddress m_server;
    QHash<quint64, Pending> m_pending;
};
