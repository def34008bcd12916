#pragma once

#include "target/target.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// RFC 5782 §2.1: blocklists answer inside 127.0.0.0/8; anything else was not said by a list.
inline bool isBlocklistAnswer(quint32 answer)
{
    return (answer >> 24) == 127;
}

// How bad a listing is for the person asking. Only Spam and Policy count as "listed".
enum class Severity
{
    Allowlisted,
    Informational,
    Policy,
    Spam
};

// How a listing goes away.
enum class RemovalMethod
{
    SelfService,
    Expires,
    ThroughIsp,
    Account,
    ByEmail,
    None
};

// One way a list encodes a listing in an A answer.
struct ReturnCode
{
    enum class Match
    {
        Range,
        Bitmask
    };
    Match match = Match::Range;
    quint32 first = 0; // Range: inclusive bounds (host order)
    quint32 last = 0;
    quint8 bitmask = 0; // Bitmask: last octet of an answer in 127.0.0.0/24
    Severity severity = Severity::Spam;
    QString meaning; // English; shown through QCoreApplication::translate("Catalog", …)

    bool matches(quint32 answer) const;
};

// An A answer that means "the list did not answer your question" (refusal or error).
struct ErrorCode
{
    quint32 answer = 0;
    QString meaning;
};

// Self-test query points for one kind of target (RFC 5782 §5 by default).
struct TestPoints
{
    bool enabled = true; // false: the list has no usable test points for this kind
    QString listed;      // must be listed; empty = no positive test
    QString notListed;   // must not be listed; empty = no negative test
};

struct Blocklist
{
    QString id;
    QString name;
    QString operatorName;
    QString zone;
    bool takesIpv4 = false;
    bool takesIpv6 = false;
    bool takesDomain = false;
    bool major = false;
    bool enabled = true;
    bool needsKey = false;
    QString key; // given by the user; never shipped
    QList<ReturnCode> codes;
    QList<ErrorCode> errors;
    bool txt = false;
    QString lookupUrl; // https template, "{target}" replaced
    QString removalUrl;
    RemovalMethod removal = RemovalMethod::None;
    QString removalNote;
    QString notes;
    // Other names and zones that identify this list in bounce text besides `zone` ("Spamhaus
    // SBL", "sbl.spamhaus.org"); matched case-insensitively as whole words.
    QStringList bounceNames;
    TestPoints ipv4Test;
    TestPoints ipv6Test;
    TestPoints domainTest;
    QString source; // where the entry came from: "built-in" or a file path

    bool takes(TargetKind kind) const;
    bool isUsable() const { return enabled && (!needsKey || !key.isEmpty()); }
    // The zone actually queried: "<key>.<zone>" for lists that need a key.
    QString queryZone() const;
    const TestPoints &testPoints(TargetKind kind) const;
    QString lookupUrlFor(const QString &target) const;
    QString removalUrlFor(const QString &target) const;
};
Q_DECLARE_METATYPE(Blocklist)

namespace CatalogUrls {
// A catalog URL template with "{target}" replaced by the percent-encoded target.
QString fill(const QString &urlTemplate, const QString &target);
} // namespace CatalogUrls

namespace BlocklistNames {
QString severityName(Severity severity);
QString removalName(RemovalMethod method);
bool severityFromName(const QString &name, Severity *severity);
bool removalFromName(const QString &name, RemovalMethod *method);
} // namespace BlocklistNames
