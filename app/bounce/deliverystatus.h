#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// An RFC 3464 message/delivery-status body: the per-message fields and one block per recipient.
struct DeliveryStatus
{
    struct Recipient
    {
        QString finalRecipient; // address only, "rfc822;" stripped
        QString originalRecipient;
        QString action;         // lower case: failed, delayed, delivered, relayed, expanded
        QString status;         // "5.1.1"
        QString remoteMta;      // host only, "dns;" stripped
        QString diagnostic;     // Diagnostic-Code text, "smtp;" stripped, unfolded
        QString diagnosticType; // "smtp", "x-unix", …
    };

    QString reportingMta;
    QString receivedFromMta;
    QList<Recipient> recipients;

    // Parses the body; also accepts the same fields pasted into a text/plain part.
    static DeliveryStatus parse(const QString &body);
    // True when `text` has the field lines of a delivery-status body.
    static bool looksLikeDeliveryStatus(const QString &text);
};
