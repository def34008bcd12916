#pragma once

#include <QString>

// Lists that are shut down or answer "listed" for the whole Internet
// (resources/catalog/retired.json). They are never queried, whatever a catalog says.
namespace RetiredZones {
// Why `zone` must not be queried, or an empty string when it may be.
QString reasonFor(const QString &zone);
} // namespace RetiredZones
