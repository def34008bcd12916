#include "output.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void write(std::FILE *stream, const QString &text)
{
#ifdef Q_OS_WIN
    static const bool utf8Console = SetConsoleOutputCP(CP_UTF8) != 0;
    Q_UNUSED(utf8Console)
#endif
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Output::out(const QString &text)
{
    write(stdout, text);
}

void Output::err(const QString &text)
{
    write(stderr, text);
}
