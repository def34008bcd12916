#pragma once

#include <QString>

// HTML as plain text, for reading only: nothing is rendered, fetched or run. Used for the HTML
// bodies of bounces (.eml parts and Outlook .msg bodies), which are untrusted input.
namespace HtmlText {

// The visible text of `html`: script, style, head and title are dropped with their content,
// comments and tags are dropped (a link keeps its text, never its address), block tags and <br>
// become line breaks, table cells are separated by spaces, and character references (&amp;,
// &#233;, &#x2713;) are decoded. Other white space collapses as a browser shows it, except the
// line breaks inside <pre>. Lines are trimmed; at most one blank line in a row.
// Linear in the size of the input.
QString toPlainText(const QString &html);

} // namespace HtmlText
