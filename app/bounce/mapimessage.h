#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class CompoundFile;

// An Outlook message as plain values: the MAPI properties ([MS-OXMSG]) of a compound file that
// the MIME text needs, with 8-bit strings already decoded in the message's code page.
// Attachments are never extracted: only their names and embedded messages are read.
namespace Msg {

// PR_RECIPIENT_TYPE values (Bcc, 3, is never shown).
constexpr int kTo = 1;
constexpr int kCc = 2;

struct Recipient
{
    QString name;
    QString address; // SMTP when known, else whatever address the file has
    bool smtp = false;
    int type = kTo;
    std::optional<qint32> diagCode;
    std::optional<qint32> reasonCode;
    std::optional<qint32> statusCode;
    QString supplementaryInfo;
    QString reportText;
    QString remoteMta;

    bool hasReport() const
    {
        return diagCode || reasonCode || statusCode || !supplementaryInfo.isEmpty() ||
               !reportText.isEmpty();
    }
};

struct Message
{
    QString messageClass;
    QString subject;
    QString body; // plain text; from the HTML body (as text only) when there is no plain one
    QString reportText;
    QString originalSubject;
    QString transportHeaders;
    QString messageId;
    QString reportingMta;
    QString senderName;
    QString senderAddress;
    QString receivedByName;
    QString receivedByAddress;
    std::optional<QDateTime> date;
    QList<Recipient> recipients;
    QStringList attachmentNames;
    std::vector<Message> embedded;

    bool isNdr() const
    {
        return messageClass.startsWith(QLatin1String("REPORT."), Qt::CaseInsensitive) &&
               messageClass.endsWith(QLatin1String(".NDR"), Qt::CaseInsensitive);
    }
};

// The message in the file's root storage, with its recipients, attachment names and embedded
// messages. Nothing when the root holds no MAPI properties (another kind of compound document,
// e.g. a .doc). `damaged` is set when a stream the message needs could not be read; what could
// be read is still returned.
std::optional<Message> readMessage(const CompoundFile &file, bool *damaged);

} // namespace Msg
