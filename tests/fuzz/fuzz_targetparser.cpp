// libFuzzer target: whatever a user types or pastes, the target parser must classify it without
// crashing, and a checkable target must give a query name.
#include "target/target.h"
#include "verdict/resulttext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Target target = TargetParser::parse(input);
    if (target.isCheckable()) {
        const QString label = TargetParser::queryLabel(target);
        if (label.isEmpty() || label.size() > 253)
            std::abort();
    } else if (target.kind == TargetKind::Invalid) {
        if (ResultText::invalidTarget(target).isEmpty())
            std::abort();
    } else if (ResultText::notPublicTarget(target).isEmpty()) {
        std::abort();
    }
    return 0;
}
