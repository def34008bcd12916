#pragma once

#include <QByteArray>

namespace Msg {

struct Message;

// The message as UTF-8 RFC 5322 text (8bit parts, CRLF line ends). A non-delivery report
// becomes multipart/report with a message/delivery-status part (RFC 3464) built from the
// recipient table and, when known, the original message's headers as text/rfc822-headers.
// Embedded messages become message/rfc822 parts; other attachments appear by name only.
QByteArray writeMime(const Message &message);

} // namespace Msg
