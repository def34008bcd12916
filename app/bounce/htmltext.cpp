#include "htmltext.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The text being written: a buffer that grows as it fills, written to without a call for each
// character. No text is longer than its HTML (every character written stands for at least one
// character read), so the buffer never grows beyond that.
class Output
{
public:
    explicit Output(qsizetype limit)
        : m_limit(limit)
    {
    }

    void append(QChar c)
    {
        if (m_size == m_text.size())
            grow();
        m_data[m_size++] = c;
    }

    QString take()
    {
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    void grow()
    {
        const qsizetype doubled = qMax<qsizetype>(256, 2 * m_text.size());
        m_text.resize(qMax(qMin(doubled, m_limit), m_text.size() + 1));
        m_data = m_text.data();
    }

    const qsizetype m_limit;
    QString m_text;
    QChar *m_data = nullptr;
    qsizetype m_size = 0;
};

// Writes the character reference at `i` ("&amp;", "&#233;", "&#x2713;") to `out` and moves past
// it; anything else is a literal '&'.
void appendEntity(const QString &html, qsizetype &i, Output &out)
{
    static const QHash<QString, char16_t> named = {
        {QStringLiteral("amp"), u'&'},   {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},    {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), u' '},
    };
    // Look only a few characters ahead, or a run of bare '&' would rescan the rest each time.
    const qsizetype near = QStringView(html).mid(i, 12).indexOf(QLatin1Char(';'));
    const qsizetype semicolon = near < 0 ? -1 : i + near;
    if (semicolon < 0) {
        out.append(QLatin1Char('&'));
        ++i;
        return;
    }
    const QString name = html.mid(i + 1, semicolon - i - 1);
    char32_t code = 0;
    if (name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
        code = name.mid(2).toUInt(nullptr, 16);
    else if (name.startsWith(QLatin1Char('#')))
        code = name.mid(1).toUInt(nullptr, 10);
    else
        code = named.value(name.toLower(), 0);
    const bool usable = (code >= 0x20 && code < 0xD800) || (code > 0xDFFF && code <= 0x10FFFF) ||
                        code == u'\t' || code == u'\n';
    if (!usable) {
        out.append(QLatin1Char('&'));
        ++i;
        return;
    }
    if (QChar::requiresSurrogates(code)) {
        out.append(QChar(QChar::highSurrogate(code)));
        out.append(QChar(QChar::lowSurrogate(code)));
    } else {
        out.append(QChar(char16_t(code)));
    }
    i = semicolon + 1;
}

// Whether the '<' at `i` opens a tag, an end tag, a comment or a declaration (the HTML
// tokenizer's rule: a letter, '/', '!' or '?' must follow).
bool startsMarkup(const QString &html, qsizetype i)
{
    if (i + 1 >= html.size())
        return false;
    const QChar next = html.at(i + 1);
    return isAsciiLetter(next) || next == QLatin1Char('/') || next == QLatin1Char('!') ||
           next == QLatin1Char('?');
}

} // namespace

namespace HtmlText {

QString toPlainText(const QString &html)
{
    static const QSet<QString> breaks = {
        QStringLiteral("br"), QStringLiteral("p"),   QStringLiteral("div"),
        QStringLiteral("tr"), QStringLiteral("li"),  QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"),  QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"),  QStringLiteral("table"),
        QStringLiteral("hr"), QStringLiteral("pre"), QStringLiteral("blockquote")};
    static const QSet<QString> hidden = {QStringLiteral("script"), QStringLiteral("style"),
                                         QStringLiteral("head"), QStringLiteral("title")};
    Output out(html.size());
    qsizetype i = 0;
    // Inside <pre> the line breaks are the text's own (Exchange puts its diagnostics and the
    // original headers there), so they are kept.
    int pre = 0;
    // Every search starts where the last one ended, so the scan stays linear.
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<') && !startsMarkup(html, i)) {
            out.append(c); // "a < b": as in a browser, a '<' that opens no tag is text
            ++i;
        } else if (c == QLatin1Char('<')) {
            if (QStringView(html).sliced(i).startsWith(QLatin1String("<!--"))) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                if (end < 0)
                    break;
                i = end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                break;
            const bool closing = i + 1 < html.size() && html.at(i + 1) == QLatin1Char('/');
            qsizetype n = i + (closing ? 2 : 1);
            // The tag name (at most 16 characters) in a buffer here, looked up without a copy.
            QChar nameBuffer[16];
            qsizetype nameSize = 0;
            while (n < end && html.at(n).isLetterOrNumber() && nameSize < 16)
                nameBuffer[nameSize++] = html.at(n++).toLower();
            const QString name = QString::fromRawData(nameBuffer, nameSize);
            i = end + 1;
            if (!closing && hidden.contains(name)) {
                const qsizetype close =
                    html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
                if (closeEnd < 0)
                    break;
                i = closeEnd + 1;
            } else if (breaks.contains(name)) {
                out.append(QLatin1Char('\n'));
                if (name == QLatin1String("pre"))
                    pre = closing ? qMax(0, pre - 1) : pre + 1;
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                out.append(QLatin1Char(' '));
            }
        } else if (c == QLatin1Char('&')) {
            appendEntity(html, i, out);
        } else if (pre > 0 && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            const bool crlf = c == QLatin1Char('\r') && i + 1 < html.size() &&
                              html.at(i + 1) == QLatin1Char('\n');
            out.append(QLatin1Char('\n'));
            i += crlf ? 2 : 1;
        } else {
            out.append(c.isSpace() ? QChar(QLatin1Char(' ')) : c);
            ++i;
        }
    }
    const QString text = out.take();
    // Tidy the layout the tags left: trimmed lines, at most one blank line in a row.
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QString trimmed = line.toString().simplified(); // in place: one string a line
        if (!trimmed.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
            lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace HtmlText
