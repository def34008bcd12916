#pragma once

#include <QString>

// Sorts a delivery failure into one of Sisimai 5's reason classes ("userunknown", "blocked",
// "mailboxfull", …) from the error text, the enhanced status code and the SMTP reply code.
// The words are a shared vocabulary for bounce tools; the phrases behind them are ours.
namespace ReasonClassifier {

struct Input
{
    QString diagnostic;     // the remote server's text (and our own MTA's wording around it)
    QString status;         // enhanced status code as written, may be empty
    QString replyCode;      // SMTP reply code, may be empty
    QString action;         // "failed" / "delayed" / …
    QString command;        // SMTP command refused: "CONN", "HELO", "MAIL", "RCPT", "DATA" or empty
    QString diagnosticType; // RFC 3464 diagnostic type: "smtp", "x-unix", …
};

QString classify(const Input &input);

// False when a built-in phrase pattern does not compile (a programming error; tests check it).
bool patternsAreValid();

// Every class `classify` can return for a failure; tests check the vocabulary against this.
const QStringList &failureReasons();

} // namespace ReasonClassifier
