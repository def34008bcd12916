#include "smtpreply.h"

#include <QByteArrayView>

#include <array>

namespace {

// PCRE2 as Qt runs it here (no Unicode properties): \s, \d and \w are ASCII only.
bool isSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isWord(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

// Whether `c` equals the lower-case ASCII letter or sign `wanted` caselessly, as PCRE2 compares:
// an ASCII letter also equals its other case, "k" the Kelvin sign and "s" the long s.
bool equalsCaseless(char16_t c, char16_t wanted)
{
    if (c == wanted)
        return true;
    if (wanted < u'a' || wanted > u'z')
        return false;
    return c == char16_t(wanted - 0x20) || (wanted == u'k' && c == u'\u212a') ||
           (wanted == u's' && c == u'\u017f');
}

bool startsCaseless(QStringView text, qsizetype at, const char *lower)
{
    for (qsizetype i = 0; lower[i]; ++i, ++at) {
        if (at >= text.size() || !equalsCaseless(text.at(at).unicode(), char16_t(lower[i])))
            return false;
    }
    return true;
}

// The digits of "\d{1,3}" at `at` when what follows them is not a digit: their count (1–3),
// or 0. A longer run never matches: \d{1,3} would leave a digit where the pattern needs more.
qsizetype shortNumberAt(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && isDigit(text.at(end).unicode()))
        ++end;
    return end - at;
}

// "[45]\.\d{1,3}\.\d{1,3}" at `at`, greedy: its length, or 0. `mayBeLonger`: whether the last
// number may go on with more digits (no constraint follows it in the pattern).
qsizetype statusAt(QStringView text, qsizetype at, bool mayBeLonger)
{
    const qsizetype size = text.size();
    if (at + 4 >= size || (text.at(at) != u'4' && text.at(at) != u'5') || text.at(at + 1) != u'.')
        return 0;
    const qsizetype first = shortNumberAt(text, at + 2);
    if (first < 1 || first > 3 || at + 2 + first >= size || text.at(at + 2 + first) != u'.')
        return 0;
    const qsizetype secondAt = at + 3 + first;
    qsizetype second = shortNumberAt(text, secondAt);
    if (second < 1)
        return 0;
    if (second > 3) {
        if (!mayBeLonger)
            return 0;
        second = 3;
    }
    return secondAt + second - at;
}

} // namespace

namespace SmtpReply {

// (?:^|[\s:;(\["<>])([45]\d\d)(?:[ -]|$)(?:\s*#?([45]\.\d{1,3}\.\d{1,3}))?
Codes firstReply(QStringView text)
{
    const qsizetype size = text.size();
    const auto opens = [](char16_t c) {
        return isSpace(c) || c == u':' || c == u';' || c == u'(' || c == u'[' || c == u'"' ||
               c == u'<' || c == u'>';
    };
    for (qsizetype at = 0; at + 3 <= size; ++at) {
        if (at > 0 && !opens(text.at(at - 1).unicode()))
            continue;
        const char16_t lead = text.at(at).unicode();
        if ((lead != u'4' && lead != u'5') || !isDigit(text.at(at + 1).unicode()) ||
            !isDigit(text.at(at + 2).unicode()))
            continue;
        qsizetype next = at + 3;
        if (next < size && (text.at(next) == u' ' || text.at(next) == u'-'))
            ++next;
        else if (!(next == size || (next == size - 1 && text.at(next) == u'\n'))) // $
            continue;
        Codes codes;
        codes.replyCode = text.mid(at, 3).toString();
        while (next < size && isSpace(text.at(next).unicode()))
            ++next;
        if (next < size && text.at(next) == u'#')
            ++next;
        if (const qsizetype length = statusAt(text, next, true))
            codes.status = text.mid(next, length).toString();
        return codes;
    }
    return {};
}

// (?:^|[\s:;(\["#<>'])([45]\.\d{1,3}\.\d{1,3})(?![\d.])
QString firstStatus(QStringView text)
{
    const auto opens = [](char16_t c) {
        return isSpace(c) || c == u':' || c == u';' || c == u'(' || c == u'[' || c == u'"' ||
               c == u'#' || c == u'<' || c == u'>' || c == u'\'';
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (at > 0 && !opens(text.at(at - 1).unicode()))
            continue;
        const qsizetype length = statusAt(text, at, false);
        if (length && (at + length == text.size() || text.at(at + length) != u'.'))
            return text.mid(at, length).toString();
    }
    return {};
}

// Caseless:
// (?:in reply to (?:the )?|after |>>> |did not like our |progress was |\[)
// (mail from|rcpt to|end of data|data|helo|ehlo|initial connection|connect)\b
// |(refused to talk to me|greeting|banner)
QString answeredCommand(QStringView text)
{
    static const struct
    {
        const char *words;
        const char *command;
    } commands[] = {{"mail from", "MAIL"},
                    {"rcpt to", "RCPT"},
                    {"end of data", "DATA"},
                    {"data", "DATA"},
                    {"helo", "HELO"},
                    {"ehlo", "HELO"},
                    {"initial connection", "CONN"},
                    {"connect", "CONN"}};
    // The command named at `at`, followed by a word boundary.
    const auto commandAt = [text](qsizetype at) -> const char * {
        for (const auto &entry : commands) {
            if (!startsCaseless(text, at, entry.words))
                continue;
            const qsizetype end = at + qsizetype(qstrlen(entry.words));
            if (end == text.size() || !isWord(text.at(end).unicode()))
                return entry.command;
        }
        return nullptr;
    };
    // Each phrase starts with its own character, none of them "k" or "s" (so ASCII case is
    // all): the phrase a character may start, most characters none.
    struct Phrase
    {
        const char *words = nullptr;
        bool introducesCommand = false; // else the phrase itself means the connection
    };
    static const auto phrases = [] {
        std::array<Phrase, 128> table{};
        for (const Phrase phrase :
             {Phrase{"in reply to ", true}, Phrase{"after ", true}, Phrase{">>> ", true},
              Phrase{"did not like our ", true}, Phrase{"progress was ", true}, Phrase{"[", true},
              Phrase{"refused to talk to me", false}, Phrase{"greeting", false},
              Phrase{"banner", false}}) {
            const char first = phrase.words[0];
            table[size_t(first)] = phrase;
            if (first >= 'a' && first <= 'z')
                table[size_t(first - 0x20)] = phrase;
        }
        return table;
    }();
    const char16_t *const chars = text.utf16();
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = chars[at];
        if (c >= 128 || !phrases[c].words || !startsCaseless(text, at, phrases[c].words))
            continue;
        const Phrase &phrase = phrases[c];
        if (!phrase.introducesCommand)
            return QStringLiteral("CONN");
        const qsizetype after = at + qsizetype(qstrlen(phrase.words));
        if (phrase.words[0] == 'i' && startsCaseless(text, after, "the ")) {
            if (const char *command = commandAt(after + 4))
                return QLatin1String(command);
        }
        if (const char *command = commandAt(after))
            return QLatin1String(command);
    }
    return {};
}

} // namespace SmtpReply
