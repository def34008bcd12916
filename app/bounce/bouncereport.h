#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one bounce (or bounce-like) message says, as read by BounceReader.
// Plain values: safe to copy between threads and into the window.

// What kind of message it is. Only Failure and Delay are delivery problems.
enum class MessageKind
{
    Failure,   // a non-delivery report: at least one recipient failed for good
    Delay,     // a delay notice: the sender's server keeps trying
    Feedback,  // an ARF feedback (abuse) report
    AutoReply, // an out-of-office or other automatic reply
    Delivered, // a delivery-success notice
    NotBounce  // an ordinary mail, or text we cannot read as a bounce
};

// One recipient the bounce reports on.
struct FailedRecipient
{
    QString recipient;  // the address, lower-cased domain; may be empty when the bounce omits it
    QString action;     // "failed" or "delayed"
    QString replyCode;  // SMTP reply code as written ("550"), or empty
    QString status;     // enhanced status code as written in the bounce ("5.7.1"), or empty
    QString reason;     // Sisimai 5 reason class ("blocked", "userunknown", …)
    QString diagnostic; // the error text, one line, as the remote server gave it
    QString remoteMta;  // the server that refused, when the bounce names it
};

// A blocklist or reputation system the bounce names.
struct NamedBlocklist
{
    QString id;       // catalog id (a DNS list or a provider); empty when not in the catalog
    QString name;     // display name (catalog name, or the zone/name as written)
    QString evidence; // the phrase of the bounce that names it
    bool receiverSide = false; // the receiver's own problem (e.g. Spamhaus "open resolver")
    bool retired = false;      // a dead list: a listing there means nothing
    bool provider = false;     // a reputation system, not a DNS list (Gmail, Trend Micro ERS, …)
    QString lookupUrl;         // https, from the catalog only, never from the bounce
    QString removalUrl;        // https, from the catalog only; empty when there is no removal page
    QString instruction;       // a provider's one-line "what to click" (English; context "Catalog")
};

// Something to check, and where in the bounce it came from.
struct CheckSuggestion
{
    enum class Origin
    {
        CitedIp,      // the rejection names it as the sending address
        CitedDomain,  // a domain list named it
        ReportingMta, // the server that wrote the bounce (usually the user's own)
        SenderDomain  // the domain of the original sender
    };
    QString target;
    Origin origin = Origin::CitedIp;
};

struct BounceReport
{
    QString file;  // as given on the command line or dropped; "-" for standard input
    QString error; // non-empty when the input could not be read; nothing else is then set

    MessageKind kind = MessageKind::NotBounce;
    QString subject;
    QString sender;       // the original sender (the user), when the bounce shows it
    QString reportingMta; // the server that wrote the report
    QList<FailedRecipient> failures;

    QStringList citedIps;
    QStringList citedDomains;
    QList<NamedBlocklist> blocklists;

    bool isBounce() const { return kind == MessageKind::Failure || kind == MessageKind::Delay; }
};

Q_DECLARE_METATYPE(BounceReport)
