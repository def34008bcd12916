#include "rbldnsdserver.h"

#include "catalog/catalog.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QUdpSocket>

namespace {

QByteArray queryPacket(const QString &name)
{
    QByteArray packet = QByteArray::fromHex("abcd01000001000000000000");
    for (const QString &label : name.split(QLatin1Char('.'))) {
        const QByteArray bytes = label.toLatin1();
        packet.append(char(bytes.size()));
        packet.append(bytes);
    }
    packet.append('\0');
    packet.append(QByteArray::fromHex("00010001"));
    return packet;
}

QString pointLine(const QString &point)
{
    return point + QStringLiteral(" :127.0.0.2:test point of this list");
}

} // namespace

bool dnsServerAnswers(const QHostAddress &server, const QString &name, int timeoutMs)
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return false;
    const QByteArray packet = queryPacket(name);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        socket.writeDatagram(packet, server, 53);
        if (socket.waitForReadyRead(100))
            return true;
    }
    return false;
}

RbldnsdServer::RbldnsdServer() = default;

RbldnsdServer::~RbldnsdServer()
{
    stop();
}

void RbldnsdServer::serveCatalogTestPoints(const Catalog &catalog)
{
    // One dataset per kind the list takes (empty when it has no positive test point), so the
    // zone is served and answers NXDOMAIN for everything else.
    const auto serve = [this](const Blocklist &list, bool takes, const TestPoints &points,
                              const QString &type) {
        if (!takes)
            return;
        QStringList lines;
        if (points.enabled && !points.listed.isEmpty())
            lines.append(pointLine(points.listed));
        addData(list.queryZone(), type, lines);
    };
    for (const Blocklist &list : catalog.lists()) {
        serve(list, list.takesIpv4, list.ipv4Test, QStringLiteral("ip4set"));
        serve(list, list.takesIpv6, list.ipv6Test, QStringLiteral("ip6trie"));
        serve(list, list.takesDomain, list.domainTest, QStringLiteral("dnset"));
    }
}

void RbldnsdServer::addData(const QString &zone, const QString &type, const QStringList &lines)
{
    QList<Dataset> &datasets = m_zones[zone];
    for (Dataset &dataset : datasets) {
        if (dataset.type == type) {
            dataset.lines += lines;
            return;
        }
    }
    datasets.append({type, lines});
}

void RbldnsdServer::replaceZone(const QString &zone, const QString &type, const QStringList &lines)
{
    m_zones[zone] = {{type, lines}};
}

void RbldnsdServer::removeZone(const QString &zone)
{
    m_zones.remove(zone);
}

bool RbldnsdServer::start(const QHostAddress &address, QString *error)
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("rbldnsd"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (program.isEmpty()) {
        *error = QStringLiteral("rbldnsd is not installed (apt-get install rbldnsd); "
                                "DNS tests need a real DNS server");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    // rbldnsd drops root for its own user, which must be able to read the data.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther |
                                            QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QStringList arguments{QStringLiteral("-n"), QStringLiteral("-e"),
                          QStringLiteral("-b"), address.toString() + QStringLiteral("/53"),
                          QStringLiteral("-w"), m_dir.path()};
    int fileNumber = 0;
    for (auto it = m_zones.constBegin(); it != m_zones.constEnd(); ++it) {
        for (const Dataset &dataset : it.value()) {
            const QString fileName =
                QStringLiteral("zone%1.%2").arg(++fileNumber).arg(dataset.type);
            QFile file(m_dir.filePath(fileName));
            if (!file.open(QIODevice::WriteOnly)) {
                *error = file.errorString();
                return false;
            }
            file.write(dataset.lines.join(QLatin1Char('\n')).toUtf8() + '\n');
            file.close();
            file.setPermissions(file.permissions() | QFile::ReadOther | QFile::ReadGroup);
            arguments.append(it.key() + QLatin1Char(':') + dataset.type + QLatin1Char(':') +
                             fileName);
        }
    }
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("rbldnsd did not start: ") + m_process.errorString();
        return false;
    }
    m_address = address;
    // rbldnsd says "started" once the zones are loaded and the socket is bound; a server that
    // already holds the address must not be mistaken for ours.
    QByteArray output;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && !output.contains(" started ")) {
        if (m_process.state() != QProcess::Running && !m_process.bytesAvailable())
            break;
        m_process.waitForReadyRead(100);
        output += m_process.readAll();
    }
    if (!output.contains(" started ")) {
        *error = QStringLiteral("rbldnsd did not start on %1:53: %2")
                     .arg(address.toString(), QString::fromLocal8Bit(output));
        return false;
    }
    if (!dnsServerAnswers(address, QStringLiteral("2.0.0.127.ready.invalid"), 5000)) {
        *error = QStringLiteral("rbldnsd does not answer on %1:53").arg(address.toString());
        return false;
    }
    return true;
}

void RbldnsdServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}
