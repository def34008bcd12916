// Reads and validates catalog JSON. Every refusal names the entry and the field, because the
// person reading the message is an administrator fixing a file by hand.
#include "catalog.h"
#include "retiredzones.h"

#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

using Problem = CatalogError::Problem;

// What a field must look like, in English; ErrorText translates it ("CatalogError" context).
QString expected(const char *text)
{
    return QString::fromUtf8(text);
}

const QSet<QString> &knownEntryFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"),           QStringLiteral("name"),
        QStringLiteral("operator"),     QStringLiteral("zone"),
        QStringLiteral("takes"),        QStringLiteral("tier"),
        QStringLiteral("enabled"),      QStringLiteral("needs_key"),
        QStringLiteral("key"),          QStringLiteral("codes"),
        QStringLiteral("errors"),       QStringLiteral("txt"),
        QStringLiteral("lookup_url"),   QStringLiteral("removal_url"),
        QStringLiteral("removal"),      QStringLiteral("removal_note"),
        QStringLiteral("notes"),        QStringLiteral("test_points"),
        QStringLiteral("bounce_names"),
    };
    return fields;
}

const QSet<QString> &knownProviderFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"),           QStringLiteral("name"),       QStringLiteral("operator"),
        QStringLiteral("fingerprints"), QStringLiteral("lookup_url"), QStringLiteral("removal_url"),
        QStringLiteral("instruction"),
    };
    return fields;
}

bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

bool parseIpv4(const QString &text, quint32 *value)
{
    return TargetParser::parseDottedQuad(text, value);
}

bool isValidZone(const QString &zone)
{
    static const QRegularExpression label(
        QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    if (zone.isEmpty() || zone.size() > 253)
        return false;
    const QStringList labels = zone.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

// Reads the fields of one catalog entry. Every refusal names the entry (its id once known) and
// the field; a provider's fields carry where the entry sits ("providers[3].fingerprints[0]").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &source, const QString &entry,
                const QString &fieldPrefix, CatalogError *error)
        : m_object(object)
        , m_source(source)
        , m_entry(entry)
        , m_prefix(fieldPrefix)
        , m_error(error)
    {
    }

protected:
    bool fail(Problem problem, const QString &field, const QString &detail)
    {
        m_error->problem = problem;
        m_error->source = m_source;
        m_error->entry = m_entry;
        m_error->field = m_prefix + field;
        m_error->detail = detail;
        return false;
    }

    // The entry's id; from then on errors name the entry by it.
    bool readId(QString *id)
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
        if (!readString(QStringLiteral("id"), true, id))
            return false;
        if (!idPattern.match(*id).hasMatch())
            return fail(
                Problem::BadValue, QStringLiteral("id"),
                expected(QT_TRANSLATE_NOOP("CatalogError", "lowercase letters, digits and '-'")));
        m_entry = *id;
        return true;
    }

    bool checkFields(const QSet<QString> &known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(Problem::UnknownField, it.key(), {});
        }
        return true;
    }

    bool readString(const QString &field, bool required, QString *out)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || (value.isNull() && !required))
            return required ? fail(Problem::Missing, field, {}) : true;
        if (!value.isString())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a string")));
        *out = value.toString().trimmed();
        if (required && out->isEmpty())
            return fail(Problem::BadValue, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a non-empty string")));
        return true;
    }

    bool readBool(const QString &field, bool defaultValue, bool *out)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            *out = defaultValue;
            return true;
        }
        if (!value.isBool())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "true or false")));
        *out = value.toBool();
        return true;
    }

    bool readUrl(const QString &field, bool required, QString *out)
    {
        if (!readString(field, required, out))
            return false;
        if (out->isEmpty())
            return true;
        QString probe = *out;
        probe.replace(QLatin1String("{target}"), QLatin1String("192.0.2.1"));
        const QUrl url(probe, QUrl::StrictMode);
        // Buttons open these pages: only well-formed https URLs, no other placeholders.
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            probe.contains(QLatin1Char('{')) || probe.contains(QLatin1Char('}')))
            return fail(Problem::BadValue, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError",
                                                   "an https:// URL, optionally with {target}")));
        return true;
    }

    // An array of strings; `check(field, text)` validates each one and fails with its field.
    template <typename Check>
    bool readStrings(const QString &field, bool required, QStringList *out, Check check)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return required ? fail(Problem::Missing, field, {}) : true;
        if (!value.isArray() || (required && value.toArray().isEmpty()))
            return fail(Problem::WrongType, field,
                        required ? expected(QT_TRANSLATE_NOOP("CatalogError", "a non-empty array"))
                                 : expected(QT_TRANSLATE_NOOP("CatalogError", "an array")));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString at = field + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isString())
                return fail(Problem::WrongType, at,
                            expected(QT_TRANSLATE_NOOP("CatalogError", "a string")));
            const QString text = array.at(i).toString();
            if (!check(at, text))
                return false;
            out->append(text);
        }
        return true;
    }

    const QJsonObject m_object;
    const QString m_source;
    QString m_entry;
    const QString m_prefix;
    CatalogError *m_error = nullptr;
};

// One DNS list of "lists".
class EntryReader final : public FieldReader
{
public:
    EntryReader(const QJsonObject &object, const QString &source, int index, CatalogError *error)
        : FieldReader(object, source, QStringLiteral("#%1").arg(index + 1), {}, error)
    {
    }

    bool read(Blocklist *list)
    {
        if (!readId(&list->id) || !checkFields(knownEntryFields()))
            return false;

        if (!readString(QStringLiteral("name"), true, &list->name) ||
            !readString(QStringLiteral("operator"), false, &list->operatorName) ||
            !readString(QStringLiteral("zone"), true, &list->zone))
            return false;
        if (!isValidZone(list->zone))
            return fail(Problem::BadValue, QStringLiteral("zone"),
                        expected(QT_TRANSLATE_NOOP(
                            "CatalogError", "a lowercase DNS zone name such as bl.example.org")));
        const QString retiredReason = RetiredZones::reasonFor(list->zone);
        if (!retiredReason.isEmpty())
            return fail(Problem::Retired, QStringLiteral("zone"), retiredReason);

        if (!readTakes(list) || !readTier(list))
            return false;
        if (!readBool(QStringLiteral("enabled"), true, &list->enabled) ||
            !readBool(QStringLiteral("needs_key"), false, &list->needsKey) ||
            !readString(QStringLiteral("key"), false, &list->key) ||
            !readBool(QStringLiteral("txt"), false, &list->txt))
            return false;
        if (!list->key.isEmpty() && !isValidZone(list->key + QStringLiteral(".x")))
            return fail(Problem::BadValue, QStringLiteral("key"),
                        expected(QT_TRANSLATE_NOOP("CatalogError", "letters and digits only")));
        if (!readCodes(list) || !readErrors(list))
            return false;
        if (!readUrl(QStringLiteral("lookup_url"), false, &list->lookupUrl) ||
            !readUrl(QStringLiteral("removal_url"), false, &list->removalUrl) ||
            !readRemoval(list) ||
            !readString(QStringLiteral("removal_note"), false, &list->removalNote) ||
            !readString(QStringLiteral("notes"), false, &list->notes) || !readBounceNames(list))
            return false;
        return readTestPoints(list);
    }

private:
    bool readBounceNames(Blocklist *list)
    {
        // The bounce reader matches these as whole words, so they start and end with a letter or
        // a digit ("Spamhaus SBL", "sbl.spamhaus.org", "0spam").
        return readStrings(
            QStringLiteral("bounce_names"), false, &list->bounceNames,
            [this](const QString &field, const QString &name) {
                if (name.isEmpty() || !name.front().isLetterOrNumber() ||
                    !name.back().isLetterOrNumber() || !isOneLine(name) || name.size() > 253)
                    return fail(Problem::BadValue, field,
                                expected(QT_TRANSLATE_NOOP(
                                    "CatalogError", "a name on one line that starts and ends with "
                                                    "a letter or digit")));
                return true;
            });
    }

    bool readTakes(Blocklist *list)
    {
        const QString field = QStringLiteral("takes");
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fail(Problem::Missing, field, {});
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a non-empty array")));
        for (const QJsonValue &kind : value.toArray()) {
            const QString name = kind.toString();
            if (name == QLatin1String("ipv4"))
                list->takesIpv4 = true;
            else if (name == QLatin1String("ipv6"))
                list->takesIpv6 = true;
            else if (name == QLatin1String("domain"))
                list->takesDomain = true;
            else
                return fail(Problem::BadValue, field,
                            expected(QT_TRANSLATE_NOOP("CatalogError",
                                                       "\"ipv4\", \"ipv6\" or \"domain\"")));
        }
        return true;
    }

    bool readTier(Blocklist *list)
    {
        QString tier;
        if (!readString(QStringLiteral("tier"), false, &tier))
            return false;
        if (!tier.isEmpty() && tier != QLatin1String("major") && tier != QLatin1String("minor"))
            return fail(Problem::BadValue, QStringLiteral("tier"),
                        expected(QT_TRANSLATE_NOOP("CatalogError", "\"major\" or \"minor\"")));
        list->major = tier == QLatin1String("major");
        return true;
    }

    bool readAnswerRange(const QString &field, const QString &text, ReturnCode *code)
    {
        const QStringList ends = text.split(QLatin1Char('-'));
        if (ends.size() > 2 || !parseIpv4(ends.first().trimmed(), &code->first) ||
            !parseIpv4(ends.last().trimmed(), &code->last) || code->first > code->last)
            return fail(Problem::BadValue, field,
                        expected(QT_TRANSLATE_NOOP(
                            "CatalogError",
                            "an address such as 127.0.0.2 or a range 127.0.0.2-127.0.0.9")));
        if (!isBlocklistAnswer(code->first) || !isBlocklistAnswer(code->last))
            return fail(Problem::BadValue, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "inside 127.0.0.0/8")));
        return true;
    }

    bool readCodes(Blocklist *list)
    {
        const QString field = QStringLiteral("codes");
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fail(Problem::Missing, field, {});
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a non-empty array")));
        const QJsonArray codes = value.toArray();
        for (int i = 0; i < codes.size(); ++i) {
            const QString at = QStringLiteral("codes[%1]").arg(i);
            if (!codes.at(i).isObject())
                return fail(Problem::WrongType, at,
                            expected(QT_TRANSLATE_NOOP("CatalogError", "an object")));
            const QJsonObject object = codes.at(i).toObject();
            ReturnCode code;
            const bool hasAnswer = object.contains(QStringLiteral("answer"));
            const bool hasMask = object.contains(QStringLiteral("bitmask"));
            if (hasAnswer == hasMask)
                return fail(Problem::BadValue, at,
                            expected(QT_TRANSLATE_NOOP(
                                "CatalogError", "exactly one of \"answer\" or \"bitmask\"")));
            if (hasAnswer) {
                if (!readAnswerRange(at + QStringLiteral(".answer"),
                                     object.value(QStringLiteral("answer")).toString(), &code))
                    return false;
            } else {
                const int mask = object.value(QStringLiteral("bitmask")).toInt(-1);
                if (mask < 1 || mask > 255)
                    return fail(
                        Problem::BadValue, at + QStringLiteral(".bitmask"),
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a number from 1 to 255")));
                code.match = ReturnCode::Match::Bitmask;
                code.bitmask = quint8(mask);
            }
            if (!BlocklistNames::severityFromName(
                    object.value(QStringLiteral("severity")).toString(), &code.severity))
                return fail(Problem::BadValue, at + QStringLiteral(".severity"),
                            expected(QT_TRANSLATE_NOOP(
                                "CatalogError",
                                "\"spam\", \"policy\", \"informational\" or \"allowlisted\"")));
            code.meaning = object.value(QStringLiteral("meaning")).toString().trimmed();
            if (code.meaning.isEmpty())
                return fail(Problem::Missing, at + QStringLiteral(".meaning"), {});
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                static const QSet<QString> known{
                    QStringLiteral("answer"), QStringLiteral("bitmask"), QStringLiteral("severity"),
                    QStringLiteral("meaning")};
                if (!known.contains(it.key()))
                    return fail(Problem::UnknownField, at + QLatin1Char('.') + it.key(), {});
            }
            list->codes.append(code);
        }
        return true;
    }

    bool readErrors(Blocklist *list)
    {
        const QString field = QStringLiteral("errors");
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "an array")));
        const QJsonArray errors = value.toArray();
        for (int i = 0; i < errors.size(); ++i) {
            const QString at = QStringLiteral("errors[%1]").arg(i);
            const QJsonObject object = errors.at(i).toObject();
            ErrorCode code;
            if (!parseIpv4(object.value(QStringLiteral("answer")).toString(), &code.answer) ||
                !isBlocklistAnswer(code.answer))
                return fail(
                    Problem::BadValue, at + QStringLiteral(".answer"),
                    expected(QT_TRANSLATE_NOOP("CatalogError", "an address inside 127.0.0.0/8")));
            code.meaning = object.value(QStringLiteral("meaning")).toString().trimmed();
            if (code.meaning.isEmpty())
                return fail(Problem::Missing, at + QStringLiteral(".meaning"), {});
            list->errors.append(code);
        }
        return true;
    }

    bool readRemoval(Blocklist *list)
    {
        QString name;
        if (!readString(QStringLiteral("removal"), false, &name))
            return false;
        if (name.isEmpty())
            return true;
        if (!BlocklistNames::removalFromName(name, &list->removal))
            return fail(Problem::BadValue, QStringLiteral("removal"),
                        expected(QT_TRANSLATE_NOOP(
                            "CatalogError",
                            "self_service, expires, through_isp, account, by_email or none")));
        return true;
    }

    bool readPoint(const QString &field, const QJsonValue &value, TargetKind kind, QString *out)
    {
        if (value.isNull())
            return true;
        if (!value.isString())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a string or null")));
        const Target target = TargetParser::parse(value.toString());
        // Operators' own test points may sit anywhere (127.0.0.3, a private range): only the
        // kind has to fit, so a NotPublic address of the right family is fine.
        const auto family = target.address.protocol();
        const bool fits = target.kind == kind ||
                          (target.kind == TargetKind::NotPublic &&
                           ((kind == TargetKind::Ipv4 && family == QAbstractSocket::IPv4Protocol) ||
                            (kind == TargetKind::Ipv6 && family == QAbstractSocket::IPv6Protocol)));
        if (!fits)
            return fail(Problem::BadValue, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "a test point of this kind")));
        *out = target.checkedAs;
        return true;
    }

    bool readTestPoints(Blocklist *list)
    {
        list->ipv4Test = {true, QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")};
        list->ipv6Test = {true, QStringLiteral("::ffff:127.0.0.2"),
                          QStringLiteral("::ffff:127.0.0.1")};
        list->domainTest = {true, QStringLiteral("test"), QStringLiteral("invalid")};
        const QString field = QStringLiteral("test_points");
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(Problem::WrongType, field,
                        expected(QT_TRANSLATE_NOOP("CatalogError", "an object")));
        const QJsonObject points = value.toObject();
        for (auto it = points.constBegin(); it != points.constEnd(); ++it) {
            const QString at = field + QLatin1Char('.') + it.key();
            TestPoints *target = nullptr;
            TargetKind kind = TargetKind::Ipv4;
            if (it.key() == QLatin1String("ipv4")) {
                target = &list->ipv4Test;
            } else if (it.key() == QLatin1String("ipv6")) {
                target = &list->ipv6Test;
                kind = TargetKind::Ipv6;
            } else if (it.key() == QLatin1String("domain")) {
                target = &list->domainTest;
                kind = TargetKind::Domain;
            } else {
                return fail(Problem::UnknownField, at, {});
            }
            if (it.value().isNull()) {
                *target = TestPoints{false, {}, {}};
                continue;
            }
            if (!it.value().isObject())
                return fail(Problem::WrongType, at,
                            expected(QT_TRANSLATE_NOOP("CatalogError", "an object or null")));
            const QJsonObject pair = it.value().toObject();
            for (auto key = pair.constBegin(); key != pair.constEnd(); ++key) {
                if (key.key() != QLatin1String("listed") &&
                    key.key() != QLatin1String("not_listed"))
                    return fail(Problem::UnknownField, at + QLatin1Char('.') + key.key(), {});
            }
            if (pair.contains(QStringLiteral("listed"))) {
                target->listed.clear();
                if (!readPoint(at + QStringLiteral(".listed"), pair.value(QStringLiteral("listed")),
                               kind, &target->listed))
                    return false;
            }
            if (pair.contains(QStringLiteral("not_listed"))) {
                target->notListed.clear();
                if (!readPoint(at + QStringLiteral(".not_listed"),
                               pair.value(QStringLiteral("not_listed")), kind, &target->notListed))
                    return false;
            }
        }
        return true;
    }
};

// One entry of "providers": a reputation system recognised in bounces, not asked by DNS.
class ProviderReader final : public FieldReader
{
public:
    ProviderReader(const QJsonObject &object, const QString &source, int index, CatalogError *error)
        : FieldReader(object, source, QStringLiteral("providers[%1]").arg(index),
                      QStringLiteral("providers[%1].").arg(index), error)
    {
    }

    bool read(Provider *provider)
    {
        if (!readId(&provider->id) || !checkFields(knownProviderFields()))
            return false;
        if (!readString(QStringLiteral("name"), true, &provider->name) ||
            !readString(QStringLiteral("operator"), false, &provider->operatorName) ||
            !readFingerprints(provider) ||
            !readUrl(QStringLiteral("lookup_url"), true, &provider->lookupUrl) ||
            !readUrl(QStringLiteral("removal_url"), false, &provider->removalUrl) ||
            !readString(QStringLiteral("instruction"), true, &provider->instruction))
            return false;
        if (!isOneLine(provider->instruction))
            return fail(Problem::BadValue, QStringLiteral("instruction"),
                        expected(QT_TRANSLATE_NOOP("CatalogError", "one sentence on one line")));
        return true;
    }

private:
    bool readFingerprints(Provider *provider)
    {
        QStringList patterns;
        return readStrings(
            QStringLiteral("fingerprints"), true, &patterns,
            [this, provider](const QString &field, const QString &pattern) {
                QRegularExpression fingerprint(pattern,
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
                if (!fingerprint.isValid())
                    qCWarning(lcCatalog).noquote()
                        << m_source << m_entry << m_prefix + field << fingerprint.errorString()
                        << "at" << fingerprint.patternErrorOffset();
                if (pattern.trimmed().isEmpty() || !fingerprint.isValid())
                    return fail(Problem::BadValue, field,
                                expected(QT_TRANSLATE_NOOP(
                                    "CatalogError", "a valid, non-empty regular expression")));
                // A pattern that fits (almost) any text would blame this provider for every
                // bounce: it must need some real text to match.
                for (const char *probe : {"", " ", "a", "0", "-"}) {
                    if (fingerprint.match(QLatin1String(probe)).hasMatch())
                        return fail(
                            Problem::BadValue, field,
                            expected(QT_TRANSLATE_NOOP(
                                "CatalogError", "a regular expression that does not match empty or "
                                                "one-character text")));
                }
                fingerprint.optimize();
                provider->fingerprints.append(fingerprint);
                return true;
            });
    }
};

} // namespace

CatalogDocument Catalog::parseDocument(const QByteArray &json, const QString &source,
                                       CatalogError *error)
{
    *error = CatalogError{};
    error->source = source;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->problem = Problem::NotJson;
        error->detail = parseError.errorString(); // Qt translates its own parser's words
        error->offset = parseError.offset;
        return {};
    }
    const QJsonValue listsValue = document.object().value(QStringLiteral("lists"));
    const QJsonValue providersValue = document.object().value(QStringLiteral("providers"));
    // A company file may bring only providers; a file with neither array is not a catalog.
    if (!document.isObject() || (listsValue.isUndefined() && providersValue.isUndefined()) ||
        (!listsValue.isUndefined() && !listsValue.isArray())) {
        error->problem = Problem::NoLists;
        return {};
    }
    if (!providersValue.isUndefined() && !providersValue.isArray()) {
        error->problem = Problem::WrongType;
        error->field = QStringLiteral("providers");
        error->detail = expected(QT_TRANSLATE_NOOP("CatalogError", "an array"));
        return {};
    }
    CatalogDocument result;
    QSet<QString> ids;
    QSet<QString> zones;
    const QJsonArray array = listsValue.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            error->problem = Problem::WrongType;
            error->entry = QStringLiteral("#%1").arg(i + 1);
            error->detail = expected(QT_TRANSLATE_NOOP("CatalogError", "an object"));
            return {};
        }
        Blocklist list;
        list.source = source;
        EntryReader reader(array.at(i).toObject(), source, i, error);
        if (!reader.read(&list))
            return {};
        if (ids.contains(list.id) || zones.contains(list.zone)) {
            error->problem = ids.contains(list.id) ? Problem::DuplicateId : Problem::DuplicateZone;
            error->entry = list.id;
            error->field = ids.contains(list.id) ? QStringLiteral("id") : QStringLiteral("zone");
            return {};
        }
        ids.insert(list.id);
        zones.insert(list.zone);
        result.lists.append(list);
    }
    const QJsonArray providers = providersValue.toArray();
    for (int i = 0; i < providers.size(); ++i) {
        const QString at = QStringLiteral("providers[%1]").arg(i);
        if (!providers.at(i).isObject()) {
            error->problem = Problem::WrongType;
            error->entry = at;
            error->field = at;
            error->detail = expected(QT_TRANSLATE_NOOP("CatalogError", "an object"));
            return {};
        }
        Provider provider;
        provider.source = source;
        ProviderReader reader(providers.at(i).toObject(), source, i, error);
        if (!reader.read(&provider))
            return {};
        // Lists and providers share one set of ids: a bounce's finding names exactly one of them.
        if (ids.contains(provider.id)) {
            error->problem = Problem::DuplicateId;
            error->entry = provider.id;
            error->field = at + QStringLiteral(".id");
            return {};
        }
        ids.insert(provider.id);
        result.providers.append(provider);
    }
    qCDebug(lcCatalog) << "parsed" << result.lists.size() << "lists and" << result.providers.size()
                       << "providers from" << source;
    return result;
}

QList<Blocklist> Catalog::parse(const QByteArray &json, const QString &source, CatalogError *error)
{
    return parseDocument(json, source, error).lists;
}
