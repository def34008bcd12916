#pragma once

#include <QHostAddress>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class Catalog;

// A real rbldnsd (the server real blocklists run) on a loopback address, port 53, serving
// zones named like the real ones. Started and stopped by the tests; fails loudly when the
// program is missing rather than letting a DNS test pass without DNS.
class RbldnsdServer final
{
public:
    RbldnsdServer();
    ~RbldnsdServer();

    // Serves every zone of `catalog` with its RFC 5782 test points listed, so the shipped
    // catalog is what gets exercised. Call before start(); zone() can then add or replace data.
    void serveCatalogTestPoints(const Catalog &catalog);
    // Adds lines to a zone's dataset ("ip4set", "ip4trie", "ip6trie", "dnset").
    void addData(const QString &zone, const QString &type, const QStringList &lines);
    // Replaces everything served for `zone`.
    void replaceZone(const QString &zone, const QString &type, const QStringList &lines);
    void removeZone(const QString &zone);

    bool start(const QHostAddress &address, QString *error);
    void stop();
    QHostAddress address() const { return m_address; }

private:
    struct Dataset
    {
        QString type;
        QStringList lines;
    };
    QMap<QString, QList<Dataset>> m_zones;
    QTemporaryDir m_dir;
    QProcess m_process;
    QHostAddress m_address;
};

// Sends one raw DNS query over UDP and waits for any answer; used to wait for servers.
bool dnsServerAnswers(const QHostAddress &server, const QString &name, int timeoutMs);
