#pragma once

#include "catalog/catalogerror.h"
#include "lookup/dnsserver.h"

#include <QCoreApplication>

// Words for the errors a user or administrator can fix: a broken catalog file, a DNS server
// this Qt cannot use.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString catalogError(const CatalogError &error);
    static QString dnsServerProblem(DnsServerProblem problem, const QString &given);
};
