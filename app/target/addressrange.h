#pragma once

#include "target.h"

namespace AddressRanges {
// Classifies an address by the special-purpose registries (RFC 6890 and successors).
AddressRange classify(const QHostAddress &address);

// The RFC 5782 test points: 127.0.0.2, 127.0.0.1, ::ffff:7f00:2 and ::ffff:7f00:1.
bool isRfc5782TestPoint(const QHostAddress &address);
} // namespace AddressRanges
