#include "errortext.h"

QString ErrorText::catalogError(const CatalogError &error)
{
    const QString detail =
        QCoreApplication::translate("CatalogError", error.detail.toUtf8().constData());
    QString problem;
    switch (error.problem) {
    case CatalogError::Problem::None:
        return {};
    case CatalogError::Problem::Unreadable:
        return tr("The catalog file %1 could not be read: %2. Check the file name and that you "
                  "may read the file.")
            .arg(error.source, error.detail);
    case CatalogError::Problem::NotJson:
        return tr("The catalog file %1 is not valid JSON: %2 (at byte %3). Fix the file and try "
                  "again; nothing was changed.")
            .arg(error.source, error.detail)
            .arg(error.offset);
    case CatalogError::Problem::NoLists:
        return tr("The catalog file %1 has no \"lists\" array. See \"Adding a blocklist\" in the "
                  "README for the format.")
            .arg(error.source);
    case CatalogError::Problem::Missing:
        problem = tr("the field is missing");
        break;
    case CatalogError::Problem::WrongType:
    case CatalogError::Problem::BadValue:
        problem = tr("must be %1").arg(detail);
        break;
    case CatalogError::Problem::UnknownField:
        problem = tr("unknown field (check the spelling)");
        break;
    case CatalogError::Problem::DuplicateId:
        problem = tr("another list already has this id");
        break;
    case CatalogError::Problem::DuplicateZone:
        problem = tr("another list already uses this zone");
        break;
    case CatalogError::Problem::Retired:
        // The reasons come from resources/catalog/retired.json, translated like catalog text.
        problem =
            tr("this list must never be queried: %1")
                .arg(QCoreApplication::translate("Catalog", error.detail.toUtf8().constData()));
        break;
    }
    //: %4 is what is wrong with the field; it may or may not end with a full stop.
    return tr("The catalog file %1 was not used; nothing else was changed.\n"
              "List \"%2\", field \"%3\": %4\n"
              "Correct that field and try again.")
        .arg(error.source, error.entry, error.field, problem);
}

QString ErrorText::dnsServerProblem(DnsServerProblem problem, const QString &given)
{
    switch (problem) {
    case DnsServerProblem::None:
        break;
    case DnsServerProblem::NotAnAddress:
        return tr("\"%1\" is not an IPv4 address. Give the DNS server as four numbers separated "
                  "by dots, such as 192.0.2.53, or \"system\".")
            .arg(given);
    case DnsServerProblem::Ipv6Unsupported:
        return tr("This version of Qt (%1) cannot send queries to an IPv6 DNS server; it would "
                  "quietly ask the system's DNS server instead. Give an IPv4 address.")
            .arg(QString::fromLatin1(qVersion()));
    case DnsServerProblem::PortUnsupported:
        return tr("A DNS server port cannot be chosen: queries always go to port 53. Give the "
                  "address alone.");
    case DnsServerProblem::NotUsable:
        return tr("%1 cannot be a DNS server. Give the IPv4 address of a DNS server.").arg(given);
    case DnsServerProblem::SystemResolverIpv6First:
        return tr("This system's first DNS server is an IPv6 address, and this version of Qt (%1) "
                  "would quietly ask it instead of %2. Use the system's DNS server, or change "
                  "the system's DNS settings.")
            .arg(QString::fromLatin1(qVersion()), given);
    case DnsServerProblem::OutsideLoopback:
        return tr("This test run may only query DNS servers on 127.0.0.0/8, not \"%1\".")
            .arg(given.isEmpty() ? QStringLiteral("system") : given);
    }
    return {};
}
