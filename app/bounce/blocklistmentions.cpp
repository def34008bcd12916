#include "blocklistmentions.h"

#include "catalog/retiredzones.h"
#include "patternset.h"
#include "textcodecs.h"

#include <QStringList>

namespace {

// The clause of `text` around [start, end): from the previous sentence break to the next one.
QString evidenceAround(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && start - from < 160) {
        const QChar c = text.at(from - 1);
        if (c == QLatin1Char('\n') || ((c == QLatin1Char('.') || c == QLatin1Char(';')) &&
                                       from < text.size() && text.at(from).isSpace()))
            break;
        --from;
    }
    qsizetype to = end;
    while (to < text.size() && to - end < 160) {
        const QChar c = text.at(to);
        if (c == QLatin1Char('\n') || ((c == QLatin1Char(';') || c == QLatin1Char('.')) &&
                                       (to + 1 >= text.size() || text.at(to + 1).isSpace())))
            break;
        ++to;
    }
    return text.mid(from, to - from).simplified();
}

// Spamhaus refuses queries from open/public resolvers; the receiver then rejects everyone
// "blocked using zen.spamhaus.org; Error: open resolver". The sender is not listed.
QRegularExpression trapPattern()
{
    return QRegularExpression(
        QStringLiteral("open resolver|/returnc/|query refused|public resolver|"
                       "excessive number of queries|blocked by customer"),
        QRegularExpression::CaseInsensitiveOption);
}

QRegularExpression zonePhrasePattern()
{
    return QRegularExpression(
        QStringLiteral("(?:blocked using|listed (?:at|in|on|by)|black ?list(?:ed)? at|"
                       "rejected by|found in|see:? https?://)\\s+(?:the )?"
                       "(?<zone>[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
}

// `trapInText`: whether the trap pattern matches the whole text (worked out once).
bool isReceiverSide(const QRegularExpression &trap, const QString &evidence, bool trapInText)
{
    // The evidence is cut at a character count and may end in half a pair: checked match.
    return trapInText || trap.match(evidence).hasMatch();
}

// A page that needs the address ("…?query={target}") is useless without one: offer none.
QString filled(const QString &urlTemplate, const QString &url, const QString &citedIp)
{
    if (citedIp.isEmpty() && urlTemplate.contains(QLatin1String("{target}")))
        return {};
    return url;
}

bool contains(const QList<NamedBlocklist> &found, const QString &idOrName)
{
    for (const NamedBlocklist &blocklist : found) {
        if ((!blocklist.id.isEmpty() && blocklist.id == idOrName) ||
            blocklist.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

BlocklistMentions::BlocklistMentions(const Catalog &catalog)
    : m_catalog(catalog)
{
    QStringList alternatives;
    for (const Blocklist &list : catalog.lists()) {
        QStringList names = list.bounceNames;
        names.prepend(list.zone);
        for (const QString &name : std::as_const(names)) {
            const QString key = name.toLower();
            if (key.isEmpty() || m_listIdByName.contains(key))
                continue;
            m_listIdByName.insert(key, list.id);
            alternatives.append(QRegularExpression::escape(name));
        }
    }
    // Longest first so "Spamhaus DBL" wins over "Spamhaus".
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<QRegularExpression> patterns;
    for (const Provider &provider : catalog.providers())
        patterns += provider.fingerprints;
    m_namePattern = patterns.size();
    patterns.append(QRegularExpression(QStringLiteral("(?<![\\w-])(?:") +
                                           alternatives.join(QLatin1Char('|')) +
                                           QStringLiteral(")(?![\\w-])"),
                                       QRegularExpression::CaseInsensitiveOption));
    m_zonePhrase = patterns.size();
    patterns.append(zonePhrasePattern());
    m_trap = patterns.size();
    patterns.append(trapPattern());
    m_patterns = PatternSet(patterns);
}

QList<NamedBlocklist> BlocklistMentions::find(const QString &anyText, const QString &citedIp) const
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    Scan scan;
    scan.candidates = m_patterns.candidates(text);
    scan.trapInText =
        scan.candidates.at(m_trap) && ValidText::contains(m_patterns.at(m_trap), text);
    QList<NamedBlocklist> found;
    addProviders(text, citedIp, scan, &found);
    addDnsList(text, citedIp, scan, &found);
    addUnknownZones(text, scan, &found);
    return found;
}

void BlocklistMentions::addDnsList(const QString &text, const QString &citedIp, const Scan &scan,
                                   QList<NamedBlocklist> *found) const
{
    if (m_listIdByName.isEmpty() || !scan.candidates.at(m_namePattern))
        return;
    // A bare operator name ("Spamhaus", as in "www.spamhaus.org/dbl/") only counts when no
    // list of that operator is named more precisely ("Spamhaus DBL").
    QList<NamedBlocklist> precise;
    QList<NamedBlocklist> byOperatorOnly;
    auto it = ValidText::globalMatch(m_patterns.at(m_namePattern), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(0);
        const Blocklist *list = m_catalog.find(m_listIdByName.value(name.toLower()));
        if (!list || contains(*found, list->id) || contains(precise, list->id))
            continue;
        NamedBlocklist named;
        named.id = list->id;
        named.name = list->name;
        named.evidence = evidenceAround(text, match.capturedStart(), match.capturedEnd());
        named.receiverSide = isReceiverSide(m_patterns.at(m_trap), named.evidence, scan.trapInText);
        if (!named.receiverSide) {
            named.lookupUrl = filled(list->lookupUrl, list->lookupUrlFor(citedIp), citedIp);
            named.removalUrl = filled(list->removalUrl, list->removalUrlFor(citedIp), citedIp);
        }
        const bool bareOperator = name.compare(list->operatorName, Qt::CaseInsensitive) == 0;
        if (bareOperator) {
            if (!contains(byOperatorOnly, list->id))
                byOperatorOnly.append(named);
        } else {
            precise.append(named);
        }
    }
    for (const NamedBlocklist &named : std::as_const(byOperatorOnly)) {
        const Blocklist *list = m_catalog.find(named.id);
        bool operatorNamed = false;
        for (const NamedBlocklist &other : std::as_const(precise)) {
            const Blocklist *otherList = m_catalog.find(other.id);
            operatorNamed |= otherList && otherList->operatorName == list->operatorName;
        }
        if (!operatorNamed)
            precise.append(named);
    }
    found->append(precise);
}

void BlocklistMentions::addProviders(const QString &text, const QString &citedIp, const Scan &scan,
                                     QList<NamedBlocklist> *found) const
{
    qsizetype index = 0; // of the fingerprint in m_patterns
    for (const Provider &provider : m_catalog.providers()) {
        const qsizetype first = index;
        index += provider.fingerprints.size();
        for (qsizetype i = first; i < index; ++i) {
            if (!scan.candidates.at(i))
                continue;
            const QRegularExpressionMatch match = ValidText::match(m_patterns.at(i), text);
            if (!match.hasMatch())
                continue;
            NamedBlocklist named;
            named.id = provider.id;
            named.name = provider.name;
            named.evidence = evidenceAround(text, match.capturedStart(), match.capturedEnd());
            named.receiverSide = false;
            named.lookupUrl = filled(provider.lookupUrl, provider.lookupUrlFor(citedIp), citedIp);
            named.removalUrl =
                filled(provider.removalUrl, provider.removalUrlFor(citedIp), citedIp);
            named.instruction = provider.instruction;
            named.provider = true;
            found->append(named);
            break;
        }
    }
}

void BlocklistMentions::addUnknownZones(const QString &text, const Scan &scan,
                                        QList<NamedBlocklist> *found) const
{
    // A zone named the way MTAs name DNS lists, which the catalog does not know.
    if (!scan.candidates.at(m_zonePhrase))
        return;
    auto it = ValidText::globalMatch(m_patterns.at(m_zonePhrase), text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString zone = match.captured(QStringLiteral("zone")).toLower();
        if (m_listIdByName.contains(zone) || contains(*found, zone))
            continue;
        const QString retiredReason = RetiredZones::reasonFor(zone);
        const bool looksLikeList =
            !retiredReason.isEmpty() ||
            match.captured(0).startsWith(QLatin1String("blocked using"), Qt::CaseInsensitive) ||
            zone.contains(QLatin1String("bl.")) || zone.contains(QLatin1String("rbl")) ||
            zone.contains(QLatin1String("dnsbl")) || zone.contains(QLatin1String("blacklist")) ||
            zone.contains(QLatin1String("blocklist"));
        if (!looksLikeList)
            continue;
        NamedBlocklist named;
        named.name = zone;
        named.retired = !retiredReason.isEmpty();
        named.evidence = evidenceAround(text, match.capturedStart(), match.capturedEnd());
        named.receiverSide = isReceiverSide(m_patterns.at(m_trap), named.evidence, scan.trapInText);
        found->append(named);
    }
}
