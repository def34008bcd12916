#pragma once

#include <QString>
#include <QStringView>

// What a remote server's reply says about itself: its reply code, its enhanced status code and
// the SMTP command it answered. Found by exact hand-written scans that give what the regular
// expressions in the comments of smtpreply.cpp give (tst_smtpreply compares both on random
// text): these run on every failure of every bounce, where a pattern's fixed cost per call
// outweighed the search itself.
namespace SmtpReply {

struct Codes
{
    QString replyCode; // "550", or empty
    QString status;    // "5.7.1" right after the reply code, or empty
};

// The first reply code ("550", "421-") and the enhanced status written right after it.
Codes firstReply(QStringView text);

// The first enhanced status code standing on its own ("5.7.1", "#4.4.7").
QString firstStatus(QStringView text);

// The command a reply answered, from the wording around it: "MAIL", "RCPT", "DATA", "HELO",
// "CONN" (the greeting or the connection), or empty when the text does not say.
QString answeredCommand(QStringView text);

} // namespace SmtpReply
