// libFuzzer target: an Outlook .msg file is untrusted input (a bounce saved from Outlook, or any
// file dropped on the window). Converting it must never crash, and the result is all or nothing:
// UTF-8 mail text and no error, or no text and an error the user can read.
#include "bounce/outlookmsg.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QByteArray mime = OutlookMsg::toMime(input, &error);
    if (mime.isEmpty() == error.isEmpty())
        violated(mime.isEmpty() ? "no output and no error" : "output and an error");
    if (!OutlookMsg::looksLikeMsg(input) && !mime.isEmpty())
        violated("output from a file without the compound-file signature");
    if (!mime.isEmpty()) {
        QStringDecoder utf8(QStringConverter::Utf8);
        [[maybe_unused]] const QString text = utf8.decode(mime);
        if (utf8.hasError())
            violated("output is not UTF-8");
    }
    return 0;
}
