#include "outlookmsg.h"

#include "compoundfile.h"
#include "mapimessage.h"
#include "msgmimewriter.h"

#include <QCoreApplication>

#include <optional>

// Reading (mapimessage) and writing (msgmimewriter) are separate steps: the compound file gives
// plain values, and only those values reach the MIME text.
namespace OutlookMsg {

bool looksLikeMsg(const QByteArray &data)
{
    return CompoundFile::hasSignature(data);
}

QByteArray toMime(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!looksLikeMsg(data)) {
        //: The user opened a file as a bounce mail; it is not in the Outlook .msg format.
        return fail(QCoreApplication::translate("OutlookMsg",
                                                "The file is not an Outlook message (.msg)."));
    }
    const std::optional<CompoundFile> file = CompoundFile::open(data);
    if (!file) {
        //: The user opened a file as a bounce mail; it is broken or not a .msg file at all.
        return fail(QCoreApplication::translate(
            "OutlookMsg", "The file is damaged or is not an Outlook message (.msg)."));
    }
    bool damaged = false;
    const std::optional<Msg::Message> message = Msg::readMessage(*file, &damaged);
    if (!message) {
        //: The file is a Microsoft Office or Windows container (e.g. .doc, .xls), not a mail.
        return fail(QCoreApplication::translate(
            "OutlookMsg", "The file is not an Outlook message (.msg). It may be another kind of "
                          "Office document."));
    }
    if (damaged) {
        //: An Outlook .msg file whose contents are partly broken (e.g. cut off).
        return fail(QCoreApplication::translate(
            "OutlookMsg", "The Outlook message (.msg) is damaged and cannot be read completely."));
    }
    if (error)
        error->clear();
    return Msg::writeMime(*message);
}

} // namespace OutlookMsg
