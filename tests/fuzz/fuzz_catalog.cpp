// libFuzzer target: a company catalog file is untrusted input. Parsing must never crash, and
// whatever it accepts must only ever produce https URLs.
#include "catalog/catalog.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Catalog::builtIn(); // registers the compiled-in resources (retired.json)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CatalogError error;
    const QList<Blocklist> lists =
        Catalog::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                       QStringLiteral("fuzz"), &error);
    if (error.isError() && !lists.isEmpty())
        std::abort(); // a refused file must not half-load
    for (const Blocklist &list : lists) {
        for (const QString &url : {list.lookupUrlFor(QStringLiteral("x&y#z")),
                                   list.removalUrlFor(QStringLiteral("2001:db8::1"))}) {
            if (!url.isEmpty() && QUrl(url).scheme() != QLatin1String("https"))
                std::abort();
        }
    }
    return 0;
}
