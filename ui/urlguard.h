#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

// The only way the window opens a web page: an https URL the catalog produced for the results on
// screen, on an explicit click. A URL from a bounce is never in the allowed set.
//
// URLs are compared whole in their fully encoded form: no prefix matches, no other scheme, no
// user name or password ("https://check.spamhaus.org@evil.example/"), no missing host.
class UrlGuard final
{
public:
    void allow(const QString &url); // ignored unless https
    void clear();
    bool isAllowed(const QUrl &url) const;
    // Opens `url` with QDesktopServices when allowed; returns whether it did.
    bool open(const QUrl &url) const;

    // The form URLs are compared in, or an empty string for a URL that can never be allowed.
    static QString normalized(const QUrl &url);

private:
    QSet<QString> m_allowed;
};
