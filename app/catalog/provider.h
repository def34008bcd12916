#pragma once

#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>

// A blocklist or reputation system that cannot be asked by DNS (Trend Micro ERS, Microsoft,
// Gmail, …): we can only recognise it in a bounce and send the user to its own pages.
struct Provider
{
    QString id;
    QString name;
    QString operatorName;
    // Case-insensitive patterns; any match in a bounce's text means this provider refused the mail.
    QList<QRegularExpression> fingerprints;
    QString lookupUrl;   // https template, "{target}" replaced by the cited IP (or removed)
    QString removalUrl;  // https template; empty when the provider has no removal page
    QString instruction; // English, one line: what to click; translated via context "Catalog"
    QString source;      // "built-in" or a file path

    QString lookupUrlFor(const QString &target) const;
    QString removalUrlFor(const QString &target) const;
    // The text of the first fingerprint that matches `text`, or an empty string.
    QString evidenceIn(const QString &text) const;
};
Q_DECLARE_METATYPE(Provider)
