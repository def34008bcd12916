#pragma once

#include "bounce/bouncereport.h"
#include "verdict/targetreport.h"

#include <QJsonObject>
#include <optional>

// The JSON of `bounce --json`: a public contract for administrators' scripts.
namespace BounceJson {

QString kindName(MessageKind kind);

// One entry of "messages". `checks`: the reports of the targets checked for this message, or
// nothing when --check was not given ("check": null).
QJsonObject message(const BounceReport &report, const std::optional<QList<TargetReport>> &checks,
                    int timeoutMs);

QJsonObject document(const QList<QJsonObject> &messages);

} // namespace BounceJson
