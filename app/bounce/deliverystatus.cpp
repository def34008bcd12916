#include "deliverystatus.h"

#include "textcodecs.h"

#include <QRegularExpression>

namespace {

// Whether `text` is one token ("smtp", "rfc822", "X-Postfix"), as the regular expression
// ^\s*[A-Za-z][A-Za-z0-9.-]*\s*$ reads it (\s: ASCII white space), without running one for
// every field of every report.
bool isTypeToken(QStringView text)
{
    const auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    const auto isLetter = [](char16_t c) {
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    };
    qsizetype i = 0;
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    if (i == text.size() || !isLetter(text.at(i).unicode()))
        return false;
    for (++i; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isLetter(c) && !(c >= u'0' && c <= u'9') && c != u'.' && c != u'-')
            break;
    }
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    return i == text.size();
}

// "rfc822; a@b" → "a@b"; "dns; mx.example.jp" → "mx.example.jp"
QString stripTypePrefix(const QString &value, QString *type = nullptr)
{
    // A type is one token ("smtp", "rfc822", "X-Postfix"); "554 Denied; see …" has none.
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (semicolon < 0 || semicolon > 20 || !isTypeToken(QStringView(value).first(semicolon)))
        return value.trimmed();
    if (type)
        *type = value.left(semicolon).trimmed().toLower();
    return value.mid(semicolon + 1).trimmed();
}

QString bareAddress(QString address)
{
    address = address.trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address.trimmed();
}

struct Field
{
    QString name; // lower case
    QString value;
};

// Unfolded fields; a blank line starts a new group.
QList<QList<Field>> fieldGroups(const QString &body)
{
    QList<QList<Field>> groups(1);
    for (const QStringView line : QStringView(body).split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (!groups.last().isEmpty())
                groups.append(QList<Field>());
            continue;
        }
        const QChar first = line.at(0);
        if ((first == QLatin1Char(' ') || first == QLatin1Char('\t')) && !groups.last().isEmpty()) {
            QString &value = groups.last().last().value;
            value += QLatin1Char(' ');
            value += line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon > 40 || line.left(colon).contains(QLatin1Char(' ')))
            continue;
        groups.last().append({line.left(colon).trimmed().toString().toLower(),
                              line.mid(colon + 1).trimmed().toString()});
    }
    return groups;
}

} // namespace

bool DeliveryStatus::looksLikeDeliveryStatus(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    static const QRegularExpression recipient(
        QStringLiteral("^(Final-Recipient|Original-Recipient):\\s*\\S"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression outcome(QStringLiteral("^(Action|Status):\\s*\\S"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::MultilineOption);
    return ValidText::contains(recipient, text) && ValidText::contains(outcome, text);
}

DeliveryStatus DeliveryStatus::parse(const QString &anyBody)
{
    const QString body = TextCodecs::withoutLoneSurrogates(anyBody); // see ValidText
    static const QStringList perRecipient = {
        QStringLiteral("final-recipient"), QStringLiteral("original-recipient"),
        QStringLiteral("action"),          QStringLiteral("status"),
        QStringLiteral("remote-mta"),      QStringLiteral("diagnostic-code")};
    DeliveryStatus status;
    const QList<QList<Field>> groups = fieldGroups(body);
    for (const QList<Field> &group : groups) {
        Recipient recipient;
        QStringList seen; // per-recipient fields of the block so far
        const auto finish = [&] {
            if (!recipient.finalRecipient.isEmpty() || !recipient.originalRecipient.isEmpty())
                status.recipients.append(recipient);
            recipient = Recipient();
            seen.clear();
        };
        for (const Field &field : group) {
            // Some MTAs leave out the blank line between recipients: a field seen twice
            // starts the next recipient, whatever order the fields come in.
            if (perRecipient.contains(field.name)) {
                if (seen.contains(field.name))
                    finish();
                seen.append(field.name);
            }
            if (field.name == QLatin1String("reporting-mta")) {
                status.reportingMta = stripTypePrefix(field.value);
            } else if (field.name == QLatin1String("received-from-mta")) {
                status.receivedFromMta = stripTypePrefix(field.value);
            } else if (field.name == QLatin1String("final-recipient")) {
                recipient.finalRecipient = bareAddress(stripTypePrefix(field.value));
            } else if (field.name == QLatin1String("original-recipient")) {
                recipient.originalRecipient = bareAddress(stripTypePrefix(field.value));
            } else if (field.name == QLatin1String("action")) {
                recipient.action = field.value.section(QLatin1Char(' '), 0, 0).toLower();
            } else if (field.name == QLatin1String("status")) {
                recipient.status = field.value.section(QLatin1Char(' '), 0, 0);
            } else if (field.name == QLatin1String("remote-mta")) {
                recipient.remoteMta = stripTypePrefix(field.value);
            } else if (field.name == QLatin1String("diagnostic-code")) {
                recipient.diagnostic =
                    stripTypePrefix(field.value, &recipient.diagnosticType).simplified();
            }
        }
        finish();
    }
    return status;
}
