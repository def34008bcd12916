#pragma once

#include <QByteArray>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>

// The window's settings, typed, over QSettings. Tests give it a temporary file.
class AppSettings final
{
public:
    enum class Language
    {
        System,
        Japanese,
        English
    };

    // Settings in the platform's usual place (organization "BlocklistDoctor").
    AppSettings();
    // Settings in `iniFile` (tests, portable use).
    explicit AppSettings(const QString &iniFile);

    QString dnsServer() const; // "" for the system's resolver, else an IPv4 address
    void setDnsServer(const QString &server);

    int timeoutMs() const; // per query, default 4000, clamped to 500–30000
    void setTimeoutMs(int ms);

    // Lists turned on or off against the catalog's default; ids not named keep the default.
    QMap<QString, bool> listEnabled() const;
    void setListEnabled(const QMap<QString, bool> &enabled);

    // Access keys for key-only lists (Spamhaus DQS, Abusix), by list id.
    QMap<QString, QString> keys() const;
    void setKeys(const QMap<QString, QString> &keys);

    Language language() const;
    void setLanguage(Language language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    bool showAllLists() const;
    void setShowAllLists(bool show);

    void sync();

private:
    QSettings m_settings;
};
