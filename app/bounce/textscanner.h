#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads the human-readable part of a bounce that has no machine-readable delivery-status: finds
// each failed recipient and the error text written beside it. Works on the shapes MTAs share
// (an address on its own line or leading a line, then indented or following error lines) rather
// than on one template per MTA, so unseen servers are read too.
namespace TextScanner {

struct Finding
{
    QString recipient;
    QString diagnostic; // the error text for that recipient, one line
    QString remoteMta;  // when the text names the refusing host
};

// `ignore`: addresses that are never failed recipients (the bounce's own From/To, postmaster).
QList<Finding> scan(const QString &text, const QStringList &ignore);

// The first line that reads like an SMTP error ("550 5.7.1 …", "Client host … blocked"), joined
// with its continuation lines; empty when there is none.
QString firstErrorLine(const QString &text);

// Where a returned copy of the original message starts in plain text, or -1.
qsizetype returnedMessageStart(const QString &text);

// Addresses ("local@domain") in `text`, in order, lower-cased domain, without duplicates.
QStringList addresses(const QString &text);

// The text as one line per paragraph, without SMTP transcript markers ("<<< ", "550-5.7.1 ")
// and so without the codes multi-line replies repeat, so a phrase broken over lines is whole.
QString flattenedTranscript(const QString &text);

} // namespace TextScanner
