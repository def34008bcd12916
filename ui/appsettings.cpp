#include "appsettings.h"

#include <QMetaType>

// Access keys are secrets: nothing in this file logs a value, and no value appears in a message.

namespace {

const QString kDnsServer = QStringLiteral("dns/server");
const QString kTimeoutMs = QStringLiteral("dns/timeoutMs");
const QString kListsEnabled = QStringLiteral("lists/enabled");
const QString kKeys = QStringLiteral("keys");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kShowAll = QStringLiteral("results/showAll");

constexpr int kDefaultTimeoutMs = 4000;
constexpr int kMinTimeoutMs = 500;
constexpr int kMaxTimeoutMs = 30000;

// A stored yes/no: real booleans (macOS plists), numbers (the Windows registry) and the words an
// INI file holds. Anything else is not an answer, so the caller keeps its default.
bool readBool(const QVariant &value, bool *ok)
{
    *ok = true;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong() != 0;
    default:
        break;
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}

// The values directly under `group`, by their own name ("lists/enabled/spamcop" → "spamcop").
QMap<QString, QVariant> childValues(const QSettings &settings, const QString &group)
{
    QMap<QString, QVariant> values;
    const QString prefix = group + QLatin1Char('/');
    const QStringList all = settings.allKeys();
    for (const QString &key : all) {
        if (!key.startsWith(prefix))
            continue;
        const QString name = key.mid(prefix.size());
        if (!name.isEmpty() && !name.contains(QLatin1Char('/')))
            values.insert(name, settings.value(key));
    }
    return values;
}

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString AppSettings::dnsServer() const
{
    // Returned as stored (a broken value is shown and explained by whoever uses it, never
    // quietly replaced by the system's resolver); "system" is the system's resolver.
    const QString server = m_settings.value(kDnsServer).toString().trimmed();
    return server == QLatin1String("system") ? QString() : server;
}

void AppSettings::setDnsServer(const QString &server)
{
    const QString trimmed = server.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("system"))
        m_settings.remove(kDnsServer);
    else
        m_settings.setValue(kDnsServer, trimmed);
}

int AppSettings::timeoutMs() const
{
    bool ok = false;
    const int ms = m_settings.value(kTimeoutMs).toInt(&ok);
    return ok ? qBound(kMinTimeoutMs, ms, kMaxTimeoutMs) : kDefaultTimeoutMs;
}

void AppSettings::setTimeoutMs(int ms)
{
    m_settings.setValue(kTimeoutMs, qBound(kMinTimeoutMs, ms, kMaxTimeoutMs));
}

QMap<QString, bool> AppSettings::listEnabled() const
{
    QMap<QString, bool> enabled;
    const QMap<QString, QVariant> stored = childValues(m_settings, kListsEnabled);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        bool ok = false;
        const bool on = readBool(it.value(), &ok);
        if (ok)
            enabled.insert(it.key(), on);
    }
    return enabled;
}

void AppSettings::setListEnabled(const QMap<QString, bool> &enabled)
{
    m_settings.remove(kListsEnabled);
    m_settings.beginGroup(kListsEnabled);
    for (auto it = enabled.cbegin(); it != enabled.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
}

QMap<QString, QString> AppSettings::keys() const
{
    QMap<QString, QString> keys;
    const QMap<QString, QVariant> stored = childValues(m_settings, kKeys);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString key = it.value().toString().trimmed();
        if (!key.isEmpty())
            keys.insert(it.key(), key);
    }
    return keys;
}

void AppSettings::setKeys(const QMap<QString, QString> &keys)
{
    m_settings.remove(kKeys);
    m_settings.beginGroup(kKeys);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString key = it.value().trimmed();
        if (!key.isEmpty())
            m_settings.setValue(it.key(), key);
    }
    m_settings.endGroup();
}

AppSettings::Language AppSettings::language() const
{
    const QString name = m_settings.value(kLanguage).toString().trimmed().toLower();
    if (name == QLatin1String("ja"))
        return Language::Japanese;
    if (name == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    QString name;
    switch (language) {
    case Language::System:
        name = QStringLiteral("system");
        break;
    case Language::Japanese:
        name = QStringLiteral("ja");
        break;
    case Language::English:
        name = QStringLiteral("en");
        break;
    }
    m_settings.setValue(kLanguage, name);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

bool AppSettings::showAllLists() const
{
    bool ok = false;
    const bool show = readBool(m_settings.value(kShowAll), &ok);
    return ok && show;
}

void AppSettings::setShowAllLists(bool show)
{
    m_settings.setValue(kShowAll, show);
}

void AppSettings::sync()
{
    m_settings.sync();
}
