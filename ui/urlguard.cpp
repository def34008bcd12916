#include "urlguard.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUrlGuard, "blocklistdoctor.ui.urls")

QString UrlGuard::normalized(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.scheme() != QLatin1String("https"))
        return {};
    // A user name hides the real host from a reader ("https://check.spamhaus.org@evil.example/");
    // no catalog URL has one.
    if (!url.userInfo().isEmpty() || url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

void UrlGuard::allow(const QString &url)
{
    const QString key = normalized(QUrl(url, QUrl::StrictMode));
    if (!key.isEmpty())
        m_allowed.insert(key);
}

void UrlGuard::clear()
{
    m_allowed.clear();
}

bool UrlGuard::isAllowed(const QUrl &url) const
{
    const QString key = normalized(url);
    return !key.isEmpty() && m_allowed.contains(key);
}

bool UrlGuard::open(const QUrl &url) const
{
    if (!isAllowed(url)) {
        qCWarning(lcUrlGuard) << "Not opening a URL the catalog did not give:"
                              << url.toString(QUrl::FullyEncoded);
        return false;
    }
    return QDesktopServices::openUrl(url);
}
