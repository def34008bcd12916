#include "dnsfaultproxy.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#include <utility>

#include <sys/socket.h>

// Debug (one line per query) is off by default so test logs stay readable; enable with
// QT_LOGGING_RULES="blocklistdoctor.tests.dnsproxy.debug=true".
Q_LOGGING_CATEGORY(lcDnsProxy, "blocklistdoctor.tests.dnsproxy", QtInfoMsg)

namespace {

constexpr int HeaderSize = 12;
constexpr int MaxNameLength = 255;          // RFC 1035 2.3.4, wire format incl. length bytes
constexpr qint64 PendingLifetimeMs = 30000; // upstream answers later than this are dropped
constexpr int ExpiryIntervalMs = 5000;
constexpr int SocketBufferSize = 4 << 20; // thousands of queued small datagrams fit
// rbldnsd's 128 KiB receive buffer overflows (silently) when hundreds of queries arrive at once,
// so only this many forwarded queries are outstanding; the rest wait in a queue in the proxy.
constexpr int MaxInFlight = 64;
// Loopback answers take well under a millisecond. A query unanswered for this long (the
// upstream ignored it) stops blocking the window; a late answer is still relayed.
constexpr qint64 SlotTimeoutMs = 100;
constexpr int QueueTickMs = 20;

constexpr quint8 RcodeNoError = 0;
constexpr quint8 RcodeServFail = 2;
constexpr quint8 RcodeRefused = 5;

quint16 readU16(const QByteArray &data, int offset)
{
    return quint16((quint8(data[offset]) << 8) | quint8(data[offset + 1]));
}

void writeU16(QByteArray &data, int offset, quint16 value)
{
    data[offset] = char(value >> 8);
    data[offset + 1] = char(value & 0xff);
}

void appendU16(QByteArray &data, quint16 value)
{
    data.append(char(value >> 8));
    data.append(char(value & 0xff));
}

void appendU32(QByteArray &data, quint32 value)
{
    appendU16(data, quint16(value >> 16));
    appendU16(data, quint16(value & 0xffff));
}

// The only place the "never leave 127.0.0.0/8" rule is decided.
bool isLoopbackV4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 ip4 = address.toIPv4Address(&ok); // also accepts IPv4-mapped IPv6
    return ok && (ip4 >> 24) == 127;
}

QString normalizeZone(const QString &zone)
{
    QString result = zone.trimmed().toLower();
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

// Parses the first question of a DNS query. Returns false for anything that is not a
// well-formed query; on success, name is lower-case without trailing dot and questionEnd is
// the offset just after QTYPE/QCLASS.
bool parseQuery(const QByteArray &packet, QString *name, int *questionEnd)
{
    const int size = int(packet.size());
    if (size < HeaderSize)
        return false;
    if (quint8(packet[2]) & 0x80) // QR set: a response, never treat it as a query
        return false;
    if (readU16(packet, 4) == 0) // QDCOUNT
        return false;

    QByteArray wireName;
    int pos = HeaderSize;
    int nameLength = 0;
    for (;;) {
        if (pos >= size)
            return false;
        const int labelLength = quint8(packet[pos]);
        ++pos;
        ++nameLength;
        if (labelLength == 0)
            break;
        if (labelLength & 0xc0) // compression pointer or extended label: not valid here
            return false;
        nameLength += labelLength;
        if (nameLength > MaxNameLength || pos + labelLength > size)
            return false;
        if (!wireName.isEmpty())
            wireName.append('.');
        wireName.append(packet.constData() + pos, labelLength);
        pos += labelLength;
    }
    if (pos + 4 > size) // QTYPE + QCLASS
        return false;

    *name = QString::fromLatin1(wireName).toLower();
    *questionEnd = pos + 4;
    return true;
}

// Header + first question of the query, turned into a response with the given RCODE.
QByteArray makeResponse(const QByteArray &query, int questionEnd, quint8 rcode, quint16 answers)
{
    QByteArray response = query.left(questionEnd);
    const quint8 flags1 = quint8(query[2]);
    // QR | copied OPCODE | copied RD; AA and TC cleared.
    response[2] = char(0x80 | (flags1 & 0x78) | (flags1 & 0x01));
    response[3] = char(0x80 | (rcode & 0x0f)); // RA, Z = 0
    writeU16(response, 4, 1);                  // QDCOUNT: only the first question is echoed
    writeU16(response, 6, answers);
    writeU16(response, 8, 0);
    writeU16(response, 10, 0);
    return response;
}

void enlargeBuffers(QUdpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, SocketBufferSize);
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, SocketBufferSize);
#ifdef SO_RCVBUFFORCE
    // The option above is capped by net.core.rmem_max (208 KiB by default); as root (the tests)
    // the cap can be bypassed. Failure just keeps the capped size.
    const int size = SocketBufferSize;
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
#endif
}

template <typename Function> void runInThread(QObject *object, Function &&function)
{
    // A blocking queued call from the object's own thread would deadlock.
    if (QThread::currentThread() == object->thread())
        function();
    else
        QMetaObject::invokeMethod(object, std::forward<Function>(function),
                                  Qt::BlockingQueuedConnection);
}

} // namespace

DnsFaultProxy::DnsFaultProxy(QObject *parent)
    : QObject(parent)
{
}

DnsFaultProxy::~DnsFaultProxy()
{
    stop();
}

bool DnsFaultProxy::start(const QHostAddress &listen, const QHostAddress &upstream, quint16 port,
                          QString *error)
{
    const auto fail = [error](const QString &message) {
        qCWarning(lcDnsProxy).noquote() << message;
        if (error)
            *error = message;
        return false;
    };

    if (m_clientSocket)
        return fail(QStringLiteral("DnsFaultProxy already started on %1:%2")
                        .arg(m_listen.toString())
                        .arg(m_port));
    // Tests must never emit DNS traffic to a real network, so only IPv4 loopback is accepted.
    if (listen.protocol() != QAbstractSocket::IPv4Protocol || !isLoopbackV4(listen))
        return fail(QStringLiteral("listen address %1 is not an IPv4 address in 127.0.0.0/8")
                        .arg(listen.toString()));
    if (upstream.protocol() != QAbstractSocket::IPv4Protocol || !isLoopbackV4(upstream))
        return fail(QStringLiteral("upstream address %1 is not an IPv4 address in 127.0.0.0/8")
                        .arg(upstream.toString()));
    if (listen.isEqual(upstream))
        return fail(QStringLiteral("listen and upstream address are both %1; the proxy would "
                                   "forward to itself")
                        .arg(listen.toString()));
    if (port == 0)
        return fail(QStringLiteral("port 0 is not allowed; the upstream uses the same port"));

    auto clientSocket = std::make_unique<QUdpSocket>(this);
    auto upstreamSocket = std::make_unique<QUdpSocket>(this);
    // DontShareAddress: a second process on the same address:port must make bind() fail
    // instead of silently sharing (and stealing) the test's datagrams.
    if (!clientSocket->bind(listen, port, QAbstractSocket::DontShareAddress))
        return fail(QStringLiteral("cannot bind %1:%2: %3")
                        .arg(listen.toString())
                        .arg(port)
                        .arg(clientSocket->errorString()));
    // Same source address as the listener, so the upstream only ever sees loopback traffic.
    if (!upstreamSocket->bind(listen, 0, QAbstractSocket::DontShareAddress))
        return fail(QStringLiteral("cannot bind upstream socket on %1: %2")
                        .arg(listen.toString(), upstreamSocket->errorString()));
    enlargeBuffers(clientSocket.get());
    enlargeBuffers(upstreamSocket.get());

    m_clientSocket = clientSocket.release();
    m_upstreamSocket = upstreamSocket.release();
    m_listen = listen;
    m_upstream = upstream;
    m_port = port;
    m_pending.clear();
    m_waiting.clear();
    m_inFlight.clear();
    m_nextId = quint16(QRandomGenerator::global()->bounded(0x10000));
    m_clock.start();

    connect(m_clientSocket, &QUdpSocket::readyRead, this, &DnsFaultProxy::readClientDatagrams);
    connect(m_upstreamSocket, &QUdpSocket::readyRead, this, &DnsFaultProxy::readUpstreamDatagrams);

    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setInterval(ExpiryIntervalMs);
    connect(m_expiryTimer, &QTimer::timeout, this, &DnsFaultProxy::expirePending);
    m_expiryTimer->start();
    m_queueTimer = new QTimer(this);
    m_queueTimer->setInterval(QueueTickMs);
    connect(m_queueTimer, &QTimer::timeout, this, &DnsFaultProxy::releaseStaleSlots);

    qCDebug(lcDnsProxy).noquote() << "listening on"
                                  << QStringLiteral("%1:%2").arg(listen.toString()).arg(port)
                                  << "upstream" << upstream.toString();
    return true;
}

void DnsFaultProxy::stop()
{
    if (!m_clientSocket)
        return;
    // Deleting the client socket also cancels delayed queries: it is their singleShot context.
    delete m_clientSocket;
    m_clientSocket = nullptr;
    delete m_upstreamSocket;
    m_upstreamSocket = nullptr;
    delete m_expiryTimer;
    m_expiryTimer = nullptr;
    delete m_queueTimer;
    m_queueTimer = nullptr;
    m_pending.clear();
    m_waiting.clear();
    m_inFlight.clear();
    qCDebug(lcDnsProxy).noquote() << "stopped listening on" << m_listen.toString();
    m_listen.clear();
    m_upstream.clear();
    m_port = 0;
}

bool DnsFaultProxy::isRunning() const
{
    return m_clientSocket != nullptr;
}

void DnsFaultProxy::setFault(const QString &zoneSuffix, DnsFaultProxy::Fault fault)
{
    m_faults.insert(normalizeZone(zoneSuffix), fault);
}

void DnsFaultProxy::setDefaultFault(DnsFaultProxy::Fault fault)
{
    m_defaultFault = fault;
}

void DnsFaultProxy::setDelay(int milliseconds)
{
    m_delayMs = qMax(0, milliseconds);
}

int DnsFaultProxy::queryCount() const
{
    return m_queryCount.load();
}

DnsFaultProxy::Fault DnsFaultProxy::faultFor(const QString &name) const
{
    Fault result = m_defaultFault;
    qsizetype bestLength = -1;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it) {
        const QString &zone = it.key();
        if (zone.size() <= bestLength)
            continue;
        // An empty suffix is the root zone and therefore matches every name.
        const bool matches = zone.isEmpty() || name == zone ||
                             (name.size() > zone.size() && name.endsWith(zone) &&
                              name.at(name.size() - zone.size() - 1) == QLatin1Char('.'));
        if (matches) {
            result = it.value();
            bestLength = zone.size();
        }
    }
    return result;
}

void DnsFaultProxy::readClientDatagrams()
{
    while (m_clientSocket && m_clientSocket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_clientSocket->receiveDatagram();
        if (!datagram.isValid())
            break; // e.g. a queued socket error; never spin on it
        const QHostAddress client = datagram.senderAddress();
        const quint16 clientPort = quint16(datagram.senderPort());
        if (!isLoopbackV4(client) || clientPort == 0) {
            qCWarning(lcDnsProxy).noquote()
                << "ignoring datagram from non-loopback sender" << client.toString();
            continue;
        }

        const QByteArray packet = datagram.data();
        QString name;
        int questionEnd = 0;
        if (!parseQuery(packet, &name, &questionEnd)) {
            qCDebug(lcDnsProxy) << "ignoring malformed query of" << packet.size() << "bytes from"
                                << client.toString();
            continue;
        }
        ++m_queryCount;

        const Fault fault = faultFor(name);
        qCDebug(lcDnsProxy).noquote()
            << "query" << readU16(packet, 0) << name << "type" << readU16(packet, questionEnd - 4)
            << "from" << QStringLiteral("%1:%2").arg(client.toString()).arg(clientPort) << "->"
            << fault;
        if (fault == Fault::Drop)
            continue;

        if (m_delayMs > 0) {
            // The client socket is the context: stop() deletes it and so cancels the timer.
            QTimer::singleShot(m_delayMs, m_clientSocket,
                               [this, packet, questionEnd, client, clientPort, fault] {
                                   handleQuery(packet, questionEnd, client, clientPort, fault);
                               });
        } else {
            handleQuery(packet, questionEnd, client, clientPort, fault);
        }
    }
}

void DnsFaultProxy::handleQuery(const QByteArray &packet, int questionEnd,
                                const QHostAddress &clientAddress, quint16 clientPort, Fault fault)
{
    switch (fault) {
    case Fault::None:
        forward(packet, clientAddress, clientPort);
        break;
    case Fault::Drop:
        break;
    case Fault::ServFail:
        sendToClient(makeResponse(packet, questionEnd, RcodeServFail, 0), clientAddress,
                     clientPort);
        break;
    case Fault::Refused:
        sendToClient(makeResponse(packet, questionEnd, RcodeRefused, 0), clientAddress, clientPort);
        break;
    case Fault::BadAnswer: {
        QByteArray response = makeResponse(packet, questionEnd, RcodeNoError, 1);
        appendU16(response, 0xc000 | HeaderSize); // name: pointer to the question name
        appendU16(response, 1);                   // TYPE A
        appendU16(response, 1);                   // CLASS IN
        appendU32(response, 60);                  // TTL
        appendU16(response, 4);                   // RDLENGTH
        appendU32(response, (10u << 24) | 1u);    // 10.0.0.1
        sendToClient(response, clientAddress, clientPort);
        break;
    }
    }
}

void DnsFaultProxy::forward(const QByteArray &packet, const QHostAddress &clientAddress,
                            quint16 clientPort)
{
    if (!m_upstreamSocket)
        return;
    if (m_inFlight.size() >= MaxInFlight || !m_waiting.isEmpty()) {
        m_waiting.enqueue({packet, clientAddress, clientPort, m_clock.elapsed()});
        if (!m_queueTimer->isActive())
            m_queueTimer->start();
        return;
    }
    sendUpstream(packet, clientAddress, clientPort);
}

void DnsFaultProxy::sendUpstream(QByteArray packet, const QHostAddress &clientAddress,
                                 quint16 clientPort)
{
    if (m_pending.size() >= 0x10000) {
        qCWarning(lcDnsProxy) << "all 65536 query ids in use; dropping query";
        return;
    }
    while (m_pending.contains(m_nextId))
        ++m_nextId;
    const quint16 proxyId = m_nextId++;

    Pending pending;
    pending.clientAddress = clientAddress;
    pending.clientPort = clientPort;
    pending.originalId = readU16(packet, 0);
    pending.sentMs = m_clock.elapsed();
    m_pending.insert(proxyId, pending);
    m_inFlight.insert(proxyId, pending.sentMs);

    writeU16(packet, 0, proxyId);
    if (m_upstreamSocket->writeDatagram(packet, m_upstream, m_port) != packet.size()) {
        qCWarning(lcDnsProxy).noquote() << "cannot forward query to" << m_upstream.toString() << ":"
                                        << m_upstreamSocket->errorString();
        m_pending.remove(proxyId);
        m_inFlight.remove(proxyId);
    }
}

void DnsFaultProxy::drainWaiting()
{
    const qint64 now = m_clock.elapsed();
    while (m_upstreamSocket && m_inFlight.size() < MaxInFlight && !m_waiting.isEmpty()) {
        const Waiting waiting = m_waiting.dequeue();
        if (now - waiting.receivedMs < PendingLifetimeMs) // else the client gave up long ago
            sendUpstream(waiting.packet, waiting.clientAddress, waiting.clientPort);
    }
    if (m_queueTimer && m_waiting.isEmpty())
        m_queueTimer->stop();
}

void DnsFaultProxy::releaseStaleSlots()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (now - it.value() >= SlotTimeoutMs)
            it = m_inFlight.erase(it);
        else
            ++it;
    }
    drainWaiting();
}

void DnsFaultProxy::readUpstreamDatagrams()
{
    while (m_upstreamSocket && m_upstreamSocket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_upstreamSocket->receiveDatagram();
        if (!datagram.isValid())
            break;
        // Only the configured upstream may answer; anything else is stray traffic.
        if (!datagram.senderAddress().isEqual(m_upstream) || datagram.senderPort() != m_port) {
            qCDebug(lcDnsProxy).noquote()
                << "ignoring datagram from unexpected sender" << datagram.senderAddress().toString()
                << datagram.senderPort();
            continue;
        }
        QByteArray packet = datagram.data();
        if (packet.size() < HeaderSize || !(quint8(packet[2]) & 0x80)) {
            qCDebug(lcDnsProxy) << "ignoring malformed upstream response";
            continue;
        }
        const auto it = m_pending.constFind(readU16(packet, 0));
        if (it == m_pending.cend()) {
            qCDebug(lcDnsProxy) << "ignoring upstream response with unknown or expired id"
                                << readU16(packet, 0);
            continue;
        }
        const Pending pending = it.value();
        m_inFlight.remove(it.key());
        m_pending.erase(it);

        writeU16(packet, 0, pending.originalId);
        qCDebug(lcDnsProxy) << "relaying answer id" << pending.originalId << "rcode"
                            << (quint8(packet[3]) & 0x0f);
        sendToClient(packet, pending.clientAddress, pending.clientPort);
    }
    drainWaiting();
}

void DnsFaultProxy::sendToClient(const QByteArray &packet, const QHostAddress &clientAddress,
                                 quint16 clientPort)
{
    if (!m_clientSocket)
        return;
    if (!isLoopbackV4(clientAddress)) { // belt and braces: nothing leaves 127.0.0.0/8
        qCWarning(lcDnsProxy).noquote()
            << "refusing to send to non-loopback address" << clientAddress.toString();
        return;
    }
    if (m_clientSocket->writeDatagram(packet, clientAddress, clientPort) != packet.size())
        qCWarning(lcDnsProxy).noquote()
            << "cannot answer" << clientAddress.toString() << ":" << m_clientSocket->errorString();
}

void DnsFaultProxy::expirePending()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->sentMs >= PendingLifetimeMs) {
            m_inFlight.remove(it.key());
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    drainWaiting();
}

DnsFaultProxyThread::DnsFaultProxyThread()
    : m_thread(std::make_unique<QThread>())
    , m_proxy(new DnsFaultProxy)
{
    m_thread->setObjectName(QStringLiteral("DnsFaultProxy"));
    m_proxy->moveToThread(m_thread.get());
    m_thread->start();
}

DnsFaultProxyThread::~DnsFaultProxyThread()
{
    // Sockets must be destroyed in the thread that created them.
    stop();
    m_thread->quit();
    m_thread->wait();
    delete m_proxy; // its thread has finished and it owns no sockets any more
}

bool DnsFaultProxyThread::start(const QHostAddress &listen, const QHostAddress &upstream,
                                quint16 port, QString *error)
{
    bool ok = false;
    runInThread(m_proxy, [&] { ok = m_proxy->start(listen, upstream, port, error); });
    return ok;
}

void DnsFaultProxyThread::stop()
{
    runInThread(m_proxy, [this] { m_proxy->stop(); });
}

void DnsFaultProxyThread::setFault(const QString &zoneSuffix, DnsFaultProxy::Fault fault)
{
    runInThread(m_proxy, [&] { m_proxy->setFault(zoneSuffix, fault); });
}

void DnsFaultProxyThread::setDefaultFault(DnsFaultProxy::Fault fault)
{
    runInThread(m_proxy, [&] { m_proxy->setDefaultFault(fault); });
}

void DnsFaultProxyThread::setDelay(int milliseconds)
{
    runInThread(m_proxy, [&] { m_proxy->setDelay(milliseconds); });
}

int DnsFaultProxyThread::queryCount() const
{
    return m_proxy->queryCount();
}
