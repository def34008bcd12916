#pragma once

// Test-only fake DNS server: a UDP proxy on a loopback address that forwards queries to a real
// upstream (rbldnsd) and injects faults per zone, so tests can simulate broken blocklist servers.

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QTimer;
class QUdpSocket;

class DnsFaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,      // forward to the upstream server
        Drop,      // never answer
        ServFail,  // answer SERVFAIL (RCODE 2) without asking the upstream
        Refused,   // answer REFUSED (RCODE 5) without asking the upstream
        BadAnswer, // answer NOERROR with A 10.0.0.1 (NXDOMAIN-hijacking resolver)
    };
    Q_ENUM(Fault)

    explicit DnsFaultProxy(QObject *parent = nullptr);
    ~DnsFaultProxy() override;

    // Binds listen:port and forwards to upstream:port. Both addresses must be IPv4 in 127.0.0.0/8.
    // Must run in the thread the proxy lives in (sockets are created here, not in the ctor).
    Q_INVOKABLE bool start(const QHostAddress &listen, const QHostAddress &upstream,
                           quint16 port = 53, QString *error = nullptr);
    // Closes the sockets and forgets pending queries; faults and delay are kept.
    Q_INVOKABLE void stop();
    Q_INVOKABLE bool isRunning() const;

    // Applies to names equal to zoneSuffix or ending in "." + zoneSuffix (case-insensitive);
    // the longest matching suffix wins. Fault::None explicitly forwards a zone.
    Q_INVOKABLE void setFault(const QString &zoneSuffix, DnsFaultProxy::Fault fault);
    // For names matching no suffix; Fault::None (forward) unless changed.
    Q_INVOKABLE void setDefaultFault(DnsFaultProxy::Fault fault);
    // Delay before forwarding / answering each query; 0 = none. Applies to queries received later.
    Q_INVOKABLE void setDelay(int milliseconds);

    // Well-formed queries received so far, dropped ones included (malformed datagrams are not
    // counted). Safe from any thread.
    int queryCount() const;
    // Address and port actually bound (null / 0 when stopped). Proxy thread only.
    QHostAddress listenAddress() const { return m_listen; }
    quint16 port() const { return m_port; }

private:
    struct Pending
    {
        QHostAddress clientAddress;
        quint16 clientPort = 0;
        quint16 originalId = 0;
        qint64 sentMs = 0;
    };
    struct Waiting
    {
        QByteArray packet;
        QHostAddress clientAddress;
        quint16 clientPort = 0;
        qint64 receivedMs = 0;
    };

    void readClientDatagrams();
    void readUpstreamDatagrams();
    void handleQuery(const QByteArray &packet, int questionEnd, const QHostAddress &clientAddress,
                     quint16 clientPort, Fault fault);
    void forward(const QByteArray &packet, const QHostAddress &clientAddress, quint16 clientPort);
    void sendUpstream(QByteArray packet, const QHostAddress &clientAddress, quint16 clientPort);
    void drainWaiting();
    void releaseStaleSlots();
    void sendToClient(const QByteArray &packet, const QHostAddress &clientAddress,
                      quint16 clientPort);
    void expirePending();
    Fault faultFor(const QString &name) const;

    QUdpSocket *m_clientSocket = nullptr;   // bound to listen:port, talks to clients
    QUdpSocket *m_upstreamSocket = nullptr; // bound to listen:ephemeral, talks to upstream
    QTimer *m_expiryTimer = nullptr;        // forgets unanswered queries
    QTimer *m_queueTimer = nullptr;         // runs only while forwards are waiting for a slot
    QHostAddress m_listen;
    QHostAddress m_upstream;
    quint16 m_port = 0;

    QHash<QString, Fault> m_faults; // normalized (lower-case, no outer dots) suffix -> fault
    Fault m_defaultFault = Fault::None;
    int m_delayMs = 0;

    QHash<quint16, Pending> m_pending; // proxy id -> client that asked
    QQueue<Waiting> m_waiting;         // forwards held back by the in-flight window
    QHash<quint16, qint64> m_inFlight; // proxy id -> send time; at most MaxInFlight entries
    quint16 m_nextId = 0;
    QElapsedTimer m_clock;

    std::atomic<int> m_queryCount{0};
};

// Runs a DnsFaultProxy in its own thread; every call blocks until the proxy thread has applied it.
// Not thread-safe itself: use one wrapper from one thread (typically the test's main thread).
class DnsFaultProxyThread final
{
public:
    DnsFaultProxyThread();
    ~DnsFaultProxyThread(); // stops the proxy, then quit() + wait() on the thread
    DnsFaultProxyThread(const DnsFaultProxyThread &) = delete;
    DnsFaultProxyThread &operator=(const DnsFaultProxyThread &) = delete;

    bool start(const QHostAddress &listen, const QHostAddress &upstream, quint16 port = 53,
               QString *error = nullptr);
    void stop();
    void setFault(const QString &zoneSuffix, DnsFaultProxy::Fault fault);
    void setDefaultFault(DnsFaultProxy::Fault fault);
    void setDelay(int milliseconds);
    int queryCount() const;

    DnsFaultProxy *proxy() const { return m_proxy; }

private:
    std::unique_ptr<QThread> m_thread;
    DnsFaultProxy *m_proxy = nullptr; // lives in m_thread; deleted after the thread has finished
};
