#pragma once

#include "blocklistmentions.h"
#include "bouncereport.h"
#include "catalog/catalog.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads a bounce the way a mail administrator would: pasted text, .eml/.txt, or Outlook .msg.
// Thread-safe for concurrent read() calls; holds only the catalog and compiled patterns.
class BounceReader final
{
    Q_DECLARE_TR_FUNCTIONS(BounceReader)

public:
    // Bigger inputs are refused with a message instead of being read (a bounce is rarely
    // above a few hundred kilobytes; a returned attachment can make it a few megabytes).
    static constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

    explicit BounceReader(const Catalog &catalog);

    // Never fails: an unreadable input gives a report whose `error` says why.
    BounceReport read(const QByteArray &data, const QString &file = QString()) const;
    BounceReport readFile(const QString &path) const;

    // What to check with the engine: cited IPs and domains, else the reporting server and the
    // sender's domain, each with where it came from.
    static QList<CheckSuggestion> suggestions(const BounceReport &report);

private:
    BlocklistMentions m_mentions;
};
