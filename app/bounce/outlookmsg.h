#pragma once

#include <QByteArray>
#include <QString>

// Outlook .msg files (an OLE compound file holding MAPI properties), turned into an RFC 5322
// message so the one mail reader handles both. Non-delivery reports (REPORT.IPM.Note.NDR) become
// multipart/report with a message/delivery-status part built from the recipient table.
// Attachments are never extracted or opened; only their names may be listed in the text.
namespace OutlookMsg {

// True when the data starts with the compound-file signature (D0 CF 11 E0 A1 B1 1A E1).
bool looksLikeMsg(const QByteArray &data);

// The message as UTF-8 RFC 5322 text, or an empty array with `error` set to a translated,
// plain-language reason (damaged file, not an Outlook message, …). Never throws, never crashes.
QByteArray toMime(const QByteArray &data, QString *error);

} // namespace OutlookMsg
