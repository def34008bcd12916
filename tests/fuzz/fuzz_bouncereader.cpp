// libFuzzer target: a bounce is untrusted input in every form the reader takes (pasted text,
// .eml, Outlook .msg). Reading must never crash, and what it reports must stay within the
// promises of BounceReport: cited IPs are addresses, links come from the catalog only, reasons
// come from the classifier's vocabulary, and a refused input carries nothing else.
#include "bounce/bouncereader.h"
#include "bounce/reasonclassifier.h"
#include "catalog/catalog.h"

#include <QHostAddress>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const BounceReader &reader()
{
    static const BounceReader instance(Catalog::builtIn());
    return instance;
}

[[noreturn]] void violated(const char *what, const QString &value)
{
    std::fprintf(stderr, "invariant violated: %s: \"%s\"\n", what, qUtf8Printable(value));
    std::abort();
}

bool isHttpsOrEmpty(const QString &url)
{
    return url.isEmpty() || url.startsWith(QLatin1String("https://"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reader(); // loads the catalog and compiles the patterns once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const BounceReport report = reader().read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz"));
    if (!report.error.isEmpty()) {
        // "nothing else is then set"
        if (!report.failures.isEmpty() || !report.citedIps.isEmpty() ||
            !report.citedDomains.isEmpty() || !report.blocklists.isEmpty())
            violated("a refused input still reports findings", report.error);
    }
    for (const QString &ip : report.citedIps) {
        if (QHostAddress address; !address.setAddress(ip))
            violated("cited IP is not an address", ip);
    }
    for (const NamedBlocklist &list : report.blocklists) {
        if (!isHttpsOrEmpty(list.lookupUrl))
            violated("lookup URL is not https", list.lookupUrl);
        if (!isHttpsOrEmpty(list.removalUrl))
            violated("removal URL is not https", list.removalUrl);
    }
    const QStringList &reasons = ReasonClassifier::failureReasons();
    for (const FailedRecipient &failure : report.failures) {
        if (!reasons.contains(failure.reason))
            violated("reason outside the vocabulary", failure.reason);
    }
    for (const CheckSuggestion &suggestion : BounceReader::suggestions(report)) {
        if (suggestion.target.isEmpty())
            violated("empty suggestion", suggestion.target);
    }
    return 0;
}
