// libFuzzer target: the MIME reader under the bounce reader. Any bytes must parse into a bounded
// tree whose every part can be decoded to text, and header words and parameters must decode.
#include "bounce/mimeentity.h"
#include "bounce/mimeheaders.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The caps of mimeentity.cpp ("nesting and part counts are capped"): 400 entities, 12 levels
// below the message.
constexpr qsizetype kMaxEntities = 400;
constexpr int kMaxDepth = 12;

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

int depthBelow(const MimeEntity &entity)
{
    int depth = 0;
    for (const MimeEntity &part : entity.parts())
        depth = std::max(depth, depthBelow(part) + 1);
    return depth;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray normalized = MimeEntity::normalizeLineEndings(raw);
    if (normalized.contains('\r'))
        violated("a CR survived normalizeLineEndings");

    const MimeEntity message = MimeEntity::parse(normalized);
    QList<const MimeEntity *> entities;
    message.collect(&entities);
    if (entities.isEmpty() || entities.first() != &message)
        violated("collect() does not start with the message");
    if (entities.size() > kMaxEntities)
        violated("more entities than the cap");
    if (depthBelow(message) > kMaxDepth)
        violated("nested deeper than the cap");
    for (const MimeEntity *entity : std::as_const(entities)) {
        [[maybe_unused]] const QString text = entity->text();
        [[maybe_unused]] const QString subject = entity->headers().text("Subject");
        [[maybe_unused]] const bool attachment = entity->isAttachment();
        if (entity->mimeType().isEmpty())
            violated("an entity without a type");
    }

    // The raw first line, CR and all, straight into the header decoders (a CR-only input is one
    // long line).
    const qsizetype lineEnd = raw.indexOf('\n');
    const QByteArray firstLine = lineEnd < 0 ? raw : raw.left(lineEnd);
    [[maybe_unused]] const QString words = decodeHeaderWords(firstLine);
    const HeaderValue value = HeaderValue::parse(firstLine);
    [[maybe_unused]] const QString charset = value.parameter("charset");
    // The same line as a field ("Content-Type: …"): its value alone.
    if (const qsizetype colon = firstLine.indexOf(':'); colon >= 0) {
        const HeaderValue field = HeaderValue::parse(firstLine.mid(colon + 1));
        [[maybe_unused]] const QString name = field.parameter("filename");
    }
    return 0;
}
