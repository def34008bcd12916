#pragma once

#include "catalog/catalog.h"
#include "lookup/dnsserver.h"
#include "verdict/targetreport.h"

#include <QJsonObject>

// The JSON documents of `check --json` and `catalog --json`: a public contract for
// administrators' scripts. Field names and values must not change.
namespace ReportJson {
QJsonObject target(const TargetReport &report, int timeoutMs);
QJsonObject checkDocument(const QList<TargetReport> &reports, const DnsServer &server,
                          int timeoutMs);
QJsonObject blocklist(const Blocklist &list);
QJsonObject catalogDocument(const Catalog &catalog);
} // namespace ReportJson
