#pragma once

#include "catalog/blocklist.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The answer of one list about one target. Plain value: crosses threads by copy.
enum class ListStatus
{
    Listed,
    NotListed,
    Refused,
    Unusable,
    Failed,
    Skipped
};

// Why a result is what it is; the words are made by ResultText in the reader's language.
enum class ResultReason
{
    None,
    // Refused: the list answered with one of its refusal/error codes (`refusal` says which).
    ListRefused,
    // Unusable: the list failed its RFC 5782 self-test.
    SelfTestMissingPositive, // does not list its own test point
    SelfTestListsNegative,   // lists the point that must never be listed: "lists the world"
    SelfTestBadAnswer,       // answered outside 127.0.0.0/8
    // Failed: we do not know.
    Timeout,
    ServerFailure, // SERVFAIL
    ServerRefused, // the DNS server refused to answer (REFUSED)
    NoAnswer,      // no usable reply from the DNS server
    Cancelled,     // the user stopped the check before this list answered
    ResolverError, // no network, or no DNS configuration
    BadAnswer,     // an answer outside 127.0.0.0/8: something rewrites DNS answers
    // Skipped.
    WrongKind, // the list does not take this kind of target
    NeedsKey   // the list needs an access key the user has not given
};

struct ListResult
{
    int targetIndex = 0;
    QString listId;
    QString name;
    QString zone;
    ListStatus status = ListStatus::Failed;
    ResultReason reason = ResultReason::None;
    bool duringSelfTest = false;        // the failure happened on the list's test query
    Severity severity = Severity::Spam; // worst severity among the listing codes
    QList<quint32> answers;             // A records as received
    QStringList meanings;               // English catalog text, one per matching code
    QString refusal;                    // English catalog text of the refusal code
    QStringList txt;                    // the list's own reason text
    QString lookupUrl;                  // from the catalog only, never from the input
    QString removalUrl;
    QString removalNote; // English catalog text: how removal works for this list
    int ms = 0;

    // Listed in a way that means trouble for the sender (spam or policy), not an allowlist.
    bool countsAsListed() const
    {
        return status == ListStatus::Listed &&
               (severity == Severity::Spam || severity == Severity::Policy);
    }
    bool couldNotCheck() const
    {
        return status == ListStatus::Refused || status == ListStatus::Unusable ||
               status == ListStatus::Failed;
    }
};
Q_DECLARE_METATYPE(ListResult)

namespace ListStatusNames {
// "listed", "not_listed", "refused", "unusable", "failed", "skipped": the JSON contract.
QString name(ListStatus status);
QString addressText(quint32 address);
} // namespace ListStatusNames
