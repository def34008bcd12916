// Unit tests for the mail-reading layer of app/bounce/: charsets, RFC 5322 header blocks,
// RFC 2047 words, RFC 2231 parameters, MIME entities and transfer encodings, RFC 3464
// delivery-status bodies, the plain-text scanner, the sender-side citations and the reason
// classifier. The byte strings are literal escapes checked with Python's own codecs (for
// example `python3 -c "print('日本語'.encode('iso2022_jp'))"`), never produced by the codecs
// under test.
//
// Rows with a non-empty "bug" column describe a defect of app/bounce/ that is known and not
// fixed yet: the check is marked QEXPECT_FAIL, so the suite stays green and turns red (XPASS)
// the day the defect is fixed and the mark can go.

#include "bounce/citations.h"
#include "bounce/deliverystatus.h"
#include "bounce/mimeentity.h"
#include "bounce/mimeheaders.h"
#include "bounce/patternset.h"
#include "bounce/reasonclassifier.h"
#include "bounce/textcodecs.h"
#include "bounce/textscanner.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

namespace {

// Marks the next check of the current row as a known defect when `bug` names one. The text must
// outlive the check, hence the QByteArray the caller keeps.
#define EXPECT_KNOWN_BUG(bugText)                                                                  \
    do {                                                                                           \
        if (!(bugText).isEmpty())                                                                  \
            QEXPECT_FAIL("", (bugText).constData(), Abort);                                        \
    } while (false)

// Code points, for messages that must stay readable when a decoder produces mojibake.
QString codePoints(const QString &text)
{
    QStringList points;
    for (const QChar c : text)
        points.append(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    return points.join(QLatin1Char(' '));
}

QString mismatch(const QString &actual, const QString &expected)
{
    return QStringLiteral("expected \"%1\" (%2), got \"%3\" (%4)")
        .arg(expected, codePoints(expected), actual, codePoints(actual));
}

// ---- Byte strings (checked with Python's codecs) ----

// "日本語のテキスト"
const char kIso2022Jp[] = "\x1b$BF|K\\8l$N%F%-%9%H\x1b(B";
const char kShiftJis[] = "\x93\xfa\x96{\x8c\xea\x82\xcc\x83"
                         "e\x83L\x83X\x83g";
const char kEucJp[] = "\xc6\xfc\xcb\xdc\xb8\xec\xa4\xce\xa5\xc6\xa5\xad\xa5\xb9\xa5\xc8";
const char kUtf8Japanese[] = "日本語のテキスト";
// "宛先不明のため配信できませんでした": a longer sentence, for guessing.
const char kSentenceSjis[] = "\x88\xb6\x90\xe6\x95s\x96\xbe\x82\xcc\x82\xbd\x82\xdf\x94z\x90M\x82"
                             "\xc5\x82\xab\x82\xdc\x82\xb9\x82\xf1\x82\xc5\x82\xb5\x82\xbd";
const char kSentenceEucJp[] = "\xb0\xb8\xc0\xe8\xc9\xd4\xcc\xc0\xa4\xce\xa4\xbf\xa4\xe1\xc7\xdb"
                              "\xbf\xae\xa4\xc7\xa4\xad\xa4\xde\xa4\xbb\xa4\xf3\xa4\xc7\xa4\xb7"
                              "\xa4\xbf";
const char kSentenceIso2022Jp[] = "\x1b$B08@hITL@$N$?$aG[?.$G$-$^$;$s$G$7$?\x1b(B";
const char kSentence[] = "宛先不明のため配信できませんでした";
// "①髙～": an NEC special, an IBM extension and the full-width tilde, only in CP932.
const char kCp932Extensions[] = "\x87@\xee\xe0\x81`";

// ---- Messages ----

// Three levels of multipart, a preamble and an epilogue.
const char kNestedMessage[] = "From: sender@example.jp\n"
                              "To: taro@example.com\n"
                              "Subject: nested\n"
                              "MIME-Version: 1.0\n"
                              "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                              "\n"
                              "This is a multi-part message in MIME format.\n"
                              "--outer\n"
                              "Content-Type: multipart/alternative; boundary=\"middle\"\n"
                              "\n"
                              "--middle\n"
                              "Content-Type: text/plain; charset=utf-8\n"
                              "\n"
                              "plain body\n"
                              "--middle\n"
                              "Content-Type: multipart/related; boundary=inner\n"
                              "\n"
                              "--inner\n"
                              "Content-Type: text/html; charset=utf-8\n"
                              "\n"
                              "<p>html body</p>\n"
                              "--inner\n"
                              "Content-Type: image/png\n"
                              "Content-Transfer-Encoding: base64\n"
                              "Content-Disposition: inline; filename=\"logo.png\"\n"
                              "\n"
                              "iVBORw0KGgo=\n"
                              "--inner--\n"
                              "--middle--\n"
                              "--outer\n"
                              "Content-Type: application/pdf; name=\"report.pdf\"\n"
                              "Content-Disposition: attachment; filename=\"report.pdf\"\n"
                              "Content-Transfer-Encoding: base64\n"
                              "\n"
                              "JVBERi0xLjQK\n"
                              "--outer--\n"
                              "This epilogue is not a part.\n"
                              "--outer\n"
                              "Content-Type: text/plain\n"
                              "\n"
                              "Nor is this, after the closing delimiter.\n";

// A Postfix bounce: notification, delivery-status and the returned message.
const char kReportMessage[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mail.example.jp (Mail Delivery System)\n"
    "To: sender@example.jp\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"4F1B2C3D4E.1704070800/mail.example.jp\"\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "This is a MIME-encapsulated message.\n"
    "\n"
    "--4F1B2C3D4E.1704070800/mail.example.jp\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "<taro@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User\n"
    "    unknown (in reply to RCPT TO command)\n"
    "\n"
    "--4F1B2C3D4E.1704070800/mail.example.jp\n"
    "Content-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mail.example.jp\n"
    "Arrival-Date: Mon,  1 Jan 2024 10:00:00 +0900 (JST)\n"
    "\n"
    "Final-Recipient: rfc822; taro@example.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.com\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    "\n"
    "--4F1B2C3D4E.1704070800/mail.example.jp\n"
    "Content-Description: Undelivered Message\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Return-Path: <sender@example.jp>\n"
    "From: sender@example.jp\n"
    "To: taro@example.com\n"
    "Subject: =?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "日本語のテキスト\n"
    "\n"
    "--4F1B2C3D4E.1704070800/mail.example.jp--\n";

// The same shape with only the headers of the returned message (text/rfc822-headers).
const char kHeadersOnlyReport[] = "From: postmaster@example.com\n"
                                  "Content-Type: multipart/report; report-type=delivery-status; "
                                  "boundary=\"b1\"\n"
                                  "\n"
                                  "--b1\n"
                                  "Content-Type: text/plain\n"
                                  "\n"
                                  "Delivery failed.\n"
                                  "--b1\n"
                                  "Content-Type: message/delivery-status\n"
                                  "\n"
                                  "Final-Recipient: rfc822; taro@example.com\n"
                                  "Action: failed\n"
                                  "Status: 5.2.2\n"
                                  "--b1\n"
                                  "Content-Type: text/rfc822-headers\n"
                                  "\n"
                                  "From: sender@example.jp\n"
                                  "To: taro@example.com\n"
                                  "Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsJE43b0w+GyhC?=\n"
                                  "Message-ID: <1234@example.jp>\n"
                                  "\n"
                                  "--b1--\n";

QStringList typesOf(const MimeEntity &entity)
{
    QList<const MimeEntity *> all;
    entity.collect(&all);
    QStringList types;
    for (const MimeEntity *part : std::as_const(all))
        types.append(QString::fromLatin1(part->mimeType()));
    return types;
}

int depthOf(const MimeEntity &entity)
{
    int deepest = 0;
    for (const MimeEntity &part : entity.parts())
        deepest = qMax(deepest, depthOf(part));
    return deepest + 1;
}

} // namespace

class TestMimeParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // TextCodecs
    void decodesDeclaredCharsets_data();
    void decodesDeclaredCharsets();
    void guessesUndeclaredCharsets_data();
    void guessesUndeclaredCharsets();
    // MimeHeaders, RFC 2047, RFC 2231
    void parsesHeaderBlocks();
    void unfoldsHeaders_data();
    void unfoldsHeaders();
    void rejectsNonHeaderBlocks_data();
    void rejectsNonHeaderBlocks();
    void findsTheHeaderBlock_data();
    void findsTheHeaderBlock();
    void decodesEncodedWords_data();
    void decodesEncodedWords();
    void parsesHeaderValues_data();
    void parsesHeaderValues();
    // MimeEntity, TransferEncoding
    void normalizesLineEndings_data();
    void normalizesLineEndings();
    void decodesQuotedPrintable_data();
    void decodesQuotedPrintable();
    void decodesBase64_data();
    void decodesBase64();
    void parsesNestedMultiparts();
    void parsesMultipartReport();
    void parsesRfc822Headers();
    void readsBrokenMultipartsAsText_data();
    void readsBrokenMultipartsAsText();
    void keepsLastPartWithoutClosingDelimiter();
    void findsDelimiterLines_data();
    void findsDelimiterLines();
    void readsCrlfAndCrMessages_data();
    void readsCrlfAndCrMessages();
    void decodesLeafTextInItsCharset_data();
    void decodesLeafTextInItsCharset();
    void detectsAttachments_data();
    void detectsAttachments();
    void defaultsAndLowerCasesMimeType_data();
    void defaultsAndLowerCasesMimeType();
    void boundsNesting_data();
    void boundsNesting();
    void boundsPartCount();
    void parsesLongLinesQuickly();
    // DeliveryStatus
    void parsesDeliveryStatus();
    void parsesRecipientFields_data();
    void parsesRecipientFields();
    void parsesBlocksWithoutBlankLines();
    void recognisesDeliveryStatus_data();
    void recognisesDeliveryStatus();
    // TextScanner
    void scansRecipients_data();
    void scansRecipients();
    void findsFirstErrorLine_data();
    void findsFirstErrorLine();
    void findsReturnedMessage_data();
    void findsReturnedMessage();
    void listsAddresses_data();
    void listsAddresses();
    void findsUnits_data();
    void findsUnits();
    void readsErrorsAndHostsAsPatternsDo();
    void trimsAsQtDoes_data();
    void trimsAsQtDoes();
    void tellsSimpleAscii_data();
    void tellsSimpleAscii();
    // Citations
    void citesSenderIps_data();
    void citesSenderIps();
    void citesListedDomains_data();
    void citesListedDomains();
    // ReasonClassifier
    void classifiesReasons_data();
    void classifiesReasons();
    // PatternSet
    void findsLiterals_data();
    void findsLiterals();
    void knowsPlainBranches_data();
    void knowsPlainBranches();
    void leavesCjkUncased();
    void findsExactlyWhatPatternsMatch();
};

// ======================================== TextCodecs ========================================

void TestMimeParser::decodesDeclaredCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("bug");

    const QString japanese = QString::fromUtf8(kUtf8Japanese);
    QTest::newRow("ascii, any label")
        << QByteArray("550 5.1.1 User unknown") << QByteArray("koi8-r") << "550 5.1.1 User unknown"
        << "";
    QTest::newRow("empty") << QByteArray() << QByteArray("utf-8") << ""
                           << "";
    QTest::newRow("utf-8") << QByteArray(kUtf8Japanese) << QByteArray("UTF-8") << japanese << "";
    QTest::newRow("utf8 alias") << QByteArray(kUtf8Japanese) << QByteArray("utf8") << japanese
                                << "";
    QTest::newRow("quoted, padded label")
        << QByteArray(kUtf8Japanese) << QByteArray("  \"Utf-8\" ") << japanese << "";
    QTest::newRow("iso-2022-jp") << QByteArray(kIso2022Jp) << QByteArray("ISO-2022-JP") << japanese
                                 << "";
    QTest::newRow("iso-2022-jp, lower case")
        << QByteArray(kIso2022Jp) << QByteArray("iso-2022-jp") << japanese << "";
    QTest::newRow("iso-2022-jp labelled us-ascii")
        << QByteArray(kIso2022Jp) << QByteArray("us-ascii") << japanese << "";
    QTest::newRow("iso-2022-jp labelled iso-8859-1")
        << QByteArray(kIso2022Jp) << QByteArray("iso-8859-1") << japanese << "";
    QTest::newRow("iso-2022-jp, no label")
        << QByteArray(kIso2022Jp) << QByteArray() << japanese << "";
    QTest::newRow("iso-2022-jp sentence")
        << QByteArray(kSentenceIso2022Jp) << QByteArray("ISO-2022-JP")
        << QString::fromUtf8(kSentence) << "";
    for (const char *label :
         {"Shift_JIS", "shift_jis", "shift-jis", "x-sjis", "sjis", "cp932", "windows-31j", "MS932"})
        QTest::addRow("shift_jis as %s", label)
            << QByteArray(kShiftJis) << QByteArray(label) << japanese << "";
    for (const char *label : {"windows-31j", "cp932", "x-sjis", "Shift_JIS"})
        QTest::addRow("cp932 extensions as %s", label)
            << QByteArray(kCp932Extensions) << QByteArray(label) << QString::fromUtf8("①髙～")
            << "";
    QTest::newRow("euc-jp") << QByteArray(kEucJp) << QByteArray("EUC-JP") << japanese << QString();
    QTest::newRow("x-euc-jp") << QByteArray(kEucJp) << QByteArray("x-euc-jp") << japanese << "";
    QTest::newRow("iso-8859-1") << QByteArray("caf\xe9 Gr\xfc\xdf"
                                              "e")
                                << QByteArray("ISO-8859-1") << QString::fromUtf8("café Grüße")
                                << "";
    QTest::newRow("iso-8859-1 holding windows-1252 €")
        << QByteArray("\x80"
                      "100")
        << QByteArray("iso-8859-1") << QString::fromUtf8("€100") << "";
    QTest::newRow("iso-8859-15") << QByteArray("\xa4"
                                               "100 \xbd")
                                 << QByteArray("ISO-8859-15") << QString::fromUtf8("€100 œ") << "";
    QTest::newRow("windows-1252") << QByteArray("\x80"
                                                "100 \x93quoted\x94 \x96 \x8e")
                                  << QByteArray("windows-1252")
                                  << QString::fromUtf8("€100 “quoted” – Ž") << QString();
    QTest::newRow("cp1252") << QByteArray("\x80") << QByteArray("cp1252") << QString::fromUtf8("€")
                            << "";
    QTest::newRow("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0")
                                  << QByteArray("windows-1251") << QString::fromUtf8("Привет, мир")
                                  << "";
    QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2")
                            << QByteArray("KOI8-R") << QString::fromUtf8("Привет, мир") << "";
    QTest::newRow("gb2312") << QByteArray("\xd6\xd0\xce\xc4\xb2\xe2\xca\xd4\xd3\xca\xbc\xfe")
                            << QByteArray("gb2312") << QString::fromUtf8("中文测试邮件") << "";
    QTest::newRow("gbk") << QByteArray("\xd6\xd0\xce\xc4\xb2\xe2\xca\xd4\xd3\xca\xbc\xfe\xe9"
                                       "F")
                         << QByteArray("GBK") << QString::fromUtf8("中文测试邮件镕") << "";
    QTest::newRow("gb2312 label on gbk text")
        << QByteArray("\xe9"
                      "F")
        << QByteArray("GB2312") << QString::fromUtf8("镕") << "";
    QTest::newRow("big5") << QByteArray("\xa4\xa4\xa4\xe5\xb4\xfa\xb8\xd5\xb6l\xa5\xf3")
                          << QByteArray("big5") << QString::fromUtf8("中文測試郵件") << "";
    QTest::newRow("euc-kr") << QByteArray("\xc7\xd1\xb1\xb9\xbe\xee \xb8\xde\xc0\xcf")
                            << QByteArray("euc-kr") << QString::fromUtf8("한국어 메일") << "";
    QTest::newRow("ks_c_5601-1987")
        << QByteArray("\xc7\xd1\xb1\xb9\xbe\xee \xb8\xde\xc0\xcf") << QByteArray("ks_c_5601-1987")
        << QString::fromUtf8("한국어 메일") << "";
    QTest::newRow("ks_c_5601-1987 (cp949 syllables)")
        << QByteArray("\x8c"
                      "c\xb9\xe6\xb0\xa2\xc7\xcf")
        << QByteArray("ks_c_5601-1987") << QString::fromUtf8("똠방각하") << "";
    QTest::newRow("unknown label, utf-8 text")
        << QByteArray(kUtf8Japanese) << QByteArray("x-no-such-charset") << japanese << "";
    QTest::newRow("unknown label, shift_jis text")
        << QByteArray(kSentenceSjis) << QByteArray("x-no-such-charset")
        << QString::fromUtf8(kSentence) << "";
    QTest::newRow("unknown-8bit, euc-jp text")
        << QByteArray(kSentenceEucJp) << QByteArray("unknown-8bit") << QString::fromUtf8(kSentence)
        << QString();
    QTest::newRow("invalid utf-8 that is shift_jis")
        << QByteArray(kSentenceSjis) << QByteArray("utf-8") << QString::fromUtf8(kSentence) << "";
    QTest::newRow("invalid utf-8 that is latin-1")
        << QByteArray("na\xefve r\xe9sum\xe9") << QByteArray("utf-8")
        << QString::fromUtf8("naïve résumé") << "";
    QTest::newRow("invalid utf-8 that is latin-1, ending in a lead byte")
        << QByteArray("caf\xe9") << QByteArray("UTF-8") << QString::fromUtf8("café") << "";
    QTest::newRow("us-ascii label on utf-8 text")
        << QByteArray(kUtf8Japanese) << QByteArray("us-ascii") << japanese << "";
    // UTF-8 is checked a run of 16 ASCII bytes at a time: characters across and after runs.
    QTest::newRow("utf-8 across ascii runs")
        << QByteArray(QByteArray(15, 'a') + "\xe6\x97\xa5" + QByteArray(40, 'b') + "\xe8\xaa\x9e")
        << QByteArray("utf-8")
        << QString(15, u'a') + QString::fromUtf8("\xe6\x97\xa5") + QString(40, u'b') +
               QString::fromUtf8("\xe8\xaa\x9e")
        << "";
    QTest::newRow("an escape cut off at the end is text")
        << QByteArray("550 \x1b(B no such user \x1b$") << QByteArray("us-ascii")
        << QString::fromLatin1("550 \x1b(B no such user \x1b$") << "";
    QTest::newRow("invalid utf-8 after ascii runs")
        << QByteArray(QByteArray(33, 'a') + "caf\xe9") << QByteArray("utf-8")
        << QString(33, u'a') + QString::fromUtf8("caf\xc3\xa9") << "";
}

void TestMimeParser::decodesDeclaredCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QString actual = TextCodecs::decode(bytes, charset);
    EXPECT_KNOWN_BUG(bugText);
    QVERIFY2(actual == expected, qPrintable(mismatch(actual, expected)));
}

void TestMimeParser::guessesUndeclaredCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("bug");

    const QString sentence = QString::fromUtf8(kSentence);
    QTest::newRow("ascii") << QByteArray("Mail Delivery Subsystem") << "Mail Delivery Subsystem"
                           << "";
    QTest::newRow("iso-2022-jp") << QByteArray(kSentenceIso2022Jp) << sentence << "";
    QTest::newRow("utf-8") << QByteArray(kSentence) << sentence << "";
    QTest::newRow("shift_jis") << QByteArray(kSentenceSjis) << sentence << "";
    QTest::newRow("euc-jp") << QByteArray(kSentenceEucJp) << sentence << QString();
    QTest::newRow("windows-1252") << QByteArray("\x93quoted\x94 \x80"
                                                "5")
                                  << QString::fromUtf8("“quoted” €5") << QString();
    QTest::newRow("latin-1 words") << QByteArray("Gr\xfc\xdf"
                                                 "e aus K\xf6ln ")
                                   << QString::fromUtf8("Grüße aus Köln ") << "";
    QTest::newRow("latin-1 ending in a lead byte")
        << QByteArray("caf\xe9") << QString::fromUtf8("café") << QString();
    QTest::newRow("mixed ascii and shift_jis") << QByteArray("550 5.1.1 ").append(kSentenceSjis)
                                               << QStringLiteral("550 5.1.1 ") + sentence << "";
}

void TestMimeParser::guessesUndeclaredCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QString actual = TextCodecs::decodeGuess(bytes);
    EXPECT_KNOWN_BUG(bugText);
    QVERIFY2(actual == expected, qPrintable(mismatch(actual, expected)));
}

// ======================================= MimeHeaders ========================================

void TestMimeParser::parsesHeaderBlocks()
{
    const MimeHeaders headers =
        MimeHeaders::parse("Received: from mx.example.com (mx.example.com [192.0.2.1])\n"
                           "\tby mail.example.jp (Postfix) with ESMTP id 4F1B2C3D4E\n"
                           "\tfor <sender@example.jp>; Mon,  1 Jan 2024 10:00:00 +0900 (JST)\n"
                           "Received: from localhost (localhost [127.0.0.1])\n"
                           "        by mx.example.com; Mon,  1 Jan 2024 10:00:00 +0900\n"
                           "Received: by relay.example.net; Mon, 1 Jan 2024 09:59:59 +0900\n"
                           "SUBJECT: =?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?=\n"
                           "x-empty:\n"
                           "X-Tight:no space\n"
                           "Content-Type: text/plain;\n"
                           " charset=\"utf-8\"\n");
    QVERIFY2(!headers.isEmpty(), "a header block gave no fields");
    QCOMPARE(headers.fields().size(), 7);
    // Repeated fields keep their order; lookups ignore case.
    const QList<QByteArray> received = headers.all("received");
    QCOMPARE(received.size(), 3);
    QVERIFY2(received.at(0).startsWith("from mx.example.com") &&
                 received.at(0).endsWith("+0900 (JST)"),
             received.at(0).constData());
    QCOMPARE(received.at(1),
             QByteArray("from localhost (localhost [127.0.0.1]) by mx.example.com; Mon,  1 Jan "
                        "2024 10:00:00 +0900"));
    QCOMPARE(received.at(2), QByteArray("by relay.example.net; Mon, 1 Jan 2024 09:59:59 +0900"));
    QCOMPARE(headers.raw("Received"), received.at(0));
    QVERIFY(headers.contains("subject"));
    QVERIFY(headers.contains("Subject"));
    QCOMPARE(headers.raw("subject"), QByteArray("=?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?="));
    QCOMPARE(headers.text("Subject"), QString::fromUtf8("日本語の件名"));
    QCOMPARE(headers.fields().at(3).name, QByteArray("SUBJECT")); // as written
    // An empty field is still there; a missing one is not.
    QVERIFY(headers.contains("X-Empty"));
    QCOMPARE(headers.raw("X-Empty"), QByteArray());
    QVERIFY(!headers.contains("X-Missing"));
    QCOMPARE(headers.raw("X-Missing"), QByteArray());
    QVERIFY(headers.all("X-Missing").isEmpty());
    QCOMPARE(headers.text("X-Missing"), QString());
    QCOMPARE(headers.raw("x-tight"), QByteArray("no space"));
    QCOMPARE(headers.raw("content-type"), QByteArray("text/plain; charset=\"utf-8\""));
    // Raw 8-bit text in a header is read as UTF-8.
    QCOMPARE(MimeHeaders::parse("Subject: 日本語\n").text("Subject"), QString::fromUtf8("日本語"));
    QCOMPARE(MimeHeaders::parse(QByteArray("Subject: ").append(kSentenceSjis)).text("Subject"),
             QString::fromUtf8(kSentence));
}

void TestMimeParser::unfoldsHeaders_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QByteArray>("expected"); // raw value of "Subject"
    QTest::addColumn<QString>("bug");

    QTest::newRow("tab") << QByteArray("Subject: first\n\tsecond\n") << QByteArray("first second")
                         << "";
    QTest::newRow("spaces") << QByteArray("Subject: first\n    second\n   third\n")
                            << QByteArray("first second third") << "";
    QTest::newRow("trailing blanks")
        << QByteArray("Subject: first   \n \t second  \n") << QByteArray("first second") << "";
    QTest::newRow("value on the next line") << QByteArray("Subject:\n  on the next line\n")
                                            << QByteArray("on the next line") << QString();
    QTest::newRow("fold before the next field")
        << QByteArray("Subject: a\n b\nTo: taro@example.com\n") << QByteArray("a b") << "";
    QTest::newRow("no final line break")
        << QByteArray("Subject: a\n\tb") << QByteArray("a b") << "";
}

void TestMimeParser::unfoldsHeaders()
{
    QFETCH(QByteArray, block);
    QFETCH(QByteArray, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const MimeHeaders headers = MimeHeaders::parse(block);
    EXPECT_KNOWN_BUG(bugText);
    QCOMPARE(headers.raw("Subject"), expected);
    QByteArray unfolded;
    QCOMPARE(headers.rawView("subject", &unfolded).toByteArray(), expected);
}

void TestMimeParser::rejectsNonHeaderBlocks_data()
{
    QTest::addColumn<QByteArray>("block");

    QTest::newRow("prose") << QByteArray("Hello,\nyour message could not be delivered.\n");
    QTest::newRow("sentence with a colon")
        << QByteArray("The following address failed: taro@example.com\n");
    QTest::newRow("mbox separator")
        << QByteArray("From sender@example.jp Mon Jan  1 10:00:00 2024");
    QTest::newRow("indented first line") << QByteArray("  Subject: looks folded\n");
    QTest::newRow("colon first") << QByteArray(": no name\n");
    QTest::newRow("8-bit name") << QByteArray("件名: テスト\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n\n\n");
}

void TestMimeParser::rejectsNonHeaderBlocks()
{
    QFETCH(QByteArray, block);
    const MimeHeaders headers = MimeHeaders::parse(block);
    QVERIFY2(headers.isEmpty(),
             qPrintable(QStringLiteral("expected no fields, got \"%1\"")
                            .arg(QString::fromUtf8(headers.fields().value(0).name))));
}

void TestMimeParser::findsTheHeaderBlock_data()
{
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<QByteArray>("names"); // of the fields read, joined with ','
    QTest::addColumn<qsizetype>("bodyStart");

    QTest::newRow("fields, blank line, body")
        << QByteArray("A: 1\nB: 2\n\nbody\n") << QByteArray("A,B") << qsizetype(11);
    QTest::newRow("blank line first") << QByteArray("\nA: 1\n") << QByteArray() << qsizetype(1);
    QTest::newRow("no blank line")
        << QByteArray("A: 1\nB: 2") << QByteArray("A,B") << qsizetype(-1);
    QTest::newRow("final line break is no blank line")
        << QByteArray("A: 1\n") << QByteArray("A") << qsizetype(-1);
    QTest::newRow("fields after the blank line are the body's")
        << QByteArray("A: 1\n\nB: 2\n") << QByteArray("A") << qsizetype(6);
    QTest::newRow("folded, with a line that is no field")
        << QByteArray("A: 1\n 2\nnot a field\n\t3\nB:\n\n") << QByteArray("A,B") << qsizetype(27);
    QTest::newRow("not a header block")
        << QByteArray("Hello,\nworld\n\nbye") << QByteArray() << qsizetype(14);
    QTest::newRow("empty") << QByteArray() << QByteArray() << qsizetype(-1);
}

void TestMimeParser::findsTheHeaderBlock()
{
    QFETCH(QByteArray, entity);
    QFETCH(QByteArray, names);
    QFETCH(qsizetype, bodyStart);
    // The entity inside a bigger buffer, as MimeEntity reads its parts.
    const QByteArray source = "prefix\n" + entity + "\nsuffix: x\n";
    qsizetype found = -2;
    const MimeHeaders headers = MimeHeaders::parseHead(source, 7, entity.size(), &found);
    QCOMPARE(found, bodyStart);
    QByteArrayList read;
    for (const MimeHeaders::Field &field : headers.fields())
        read.append(field.name);
    QCOMPARE(read.join(','), names);
    // The same fields as the header block parsed on its own.
    const QByteArray block =
        bodyStart < 0 ? entity : entity.first(qMax<qsizetype>(0, bodyStart - 1));
    const MimeHeaders alone = MimeHeaders::parse(block);
    QCOMPARE(alone.fields().size(), headers.fields().size());
    for (qsizetype i = 0; i < alone.fields().size(); ++i)
        QCOMPARE(headers.fields().at(i).value, alone.fields().at(i).value);
    const MimeHeaders inPlace = MimeHeaders::parseIn(source, 7, block.size());
    QCOMPARE(inPlace.fields().size(), alone.fields().size());
}

void TestMimeParser::decodesEncodedWords_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("bug");

    QTest::newRow("B, utf-8") << QByteArray("=?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?=")
                              << QString::fromUtf8("日本語の件名") << "";
    QTest::newRow("b, lower case")
        << QByteArray("=?utf-8?b?5pel5pys6Kqe?=") << QString::fromUtf8("日本語") << "";
    QTest::newRow("Q, latin-1") << QByteArray("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=")
                                << QString::fromUtf8("Café crème") << "";
    QTest::newRow("q, lower case, lower hex")
        << QByteArray("=?iso-8859-1?q?caf=e9?=") << QString::fromUtf8("café") << "";
    QTest::newRow("Q underscore is a space")
        << QByteArray("=?UTF-8?Q?hello_world?=") << "hello world"
        << "";
    QTest::newRow("adjacent words, blank dropped")
        << QByteArray("=?UTF-8?B?5pel?= =?UTF-8?B?5pys?=") << QString::fromUtf8("日本") << "";
    QTest::newRow("adjacent words, unfolded tab and spaces")
        << QByteArray("=?UTF-8?B?5pel?=  \t =?UTF-8?B?5pys?=") << QString::fromUtf8("日本") << "";
    QTest::newRow("adjacent words, no blank")
        << QByteArray("=?UTF-8?B?5pel?==?UTF-8?B?5pys?=") << QString::fromUtf8("日本") << "";
    QTest::newRow("character split across B words")
        << QByteArray("=?UTF-8?B?5pel5g==?= =?UTF-8?B?nKzoqp4=?=") << QString::fromUtf8("日本語")
        << "";
    QTest::newRow("character split across Q words")
        << QByteArray("=?UTF-8?Q?=E6=97?= =?utf-8?Q?=A5?=") << QString::fromUtf8("日") << "";
    QTest::newRow("adjacent words in two charsets")
        << QByteArray("=?ISO-8859-1?Q?caf=E9?= =?UTF-8?B?5pel?=") << QString::fromUtf8("café日")
        << "";
    QTest::newRow("plain, encoded, plain") << QByteArray("Re: =?UTF-8?B?5pel5pys6Kqe?= report")
                                           << QString::fromUtf8("Re: 日本語 report") << "";
    QTest::newRow("blank between a word and text kept")
        << QByteArray("=?UTF-8?Q?a?= b =?UTF-8?Q?c?=") << "a b c"
        << "";
    QTest::newRow("text straight after a word") << QByteArray("=?UTF-8?Q?a?=b") << "ab"
                                                << "";
    QTest::newRow("iso-2022-jp subject") << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsJE43b0w+GyhC?=")
                                         << QString::fromUtf8("日本語の件名") << "";
    QTest::newRow("iso-2022-jp subject in two words")
        << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=\t=?ISO-2022-JP?B?GyRCJE43b0w+GyhC?=")
        << QString::fromUtf8("日本語の件名")
        << "decodeHeaderWords joins the bytes of adjacent words of one charset before decoding; "
           "for ISO-2022-JP, one word's closing ESC ( B then meets the next word's ESC $ B and "
           "the codec puts U+FFFD between them (every multi-word Japanese subject)";
    QTest::newRow("shift_jis word")
        << QByteArray("=?Shift_JIS?B?lHqQTYNHg4mBWw==?=") << QString::fromUtf8("配信エラー") << "";
    QTest::newRow("rfc 2231 language in the charset")
        << QByteArray("=?UTF-8*ja?B?5pel5pys6Kqe?=") << QString::fromUtf8("日本語") << "";
    QTest::newRow("unknown charset guessed")
        << QByteArray("=?x-unknown?B?5pel5pys6Kqe?=") << QString::fromUtf8("日本語") << "";
    QTest::newRow("empty word") << QByteArray("=?UTF-8?B?"
                                              "?=")
                                << ""
                                << "";
    QTest::newRow("unknown encoding left as text")
        << QByteArray("=?UTF-8?X?abc?=") << "=?UTF-8?X?abc?="
        << "";
    QTest::newRow("unterminated word left as text")
        << QByteArray("Re: =?UTF-8?B?5pel") << "Re: =?UTF-8?B?5pel"
        << "";
    QTest::newRow("stray =? in text") << QByteArray("is 1+1 =? 2") << "is 1+1 =? 2"
                                      << "";
    QTest::newRow("malformed word, then a good one")
        << QByteArray("=?broken =?UTF-8?Q?ok?=") << "=?broken ok" << QString();
    QTest::newRow("raw utf-8") << QByteArray("日本語") << QString::fromUtf8("日本語") << "";
    QTest::newRow("raw shift_jis")
        << QByteArray(kSentenceSjis) << QString::fromUtf8(kSentence) << "";
    QTest::newRow("empty") << QByteArray() << ""
                           << "";
}

void TestMimeParser::decodesEncodedWords()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QString actual = decodeHeaderWords(value);
    EXPECT_KNOWN_BUG(bugText);
    QVERIFY2(actual == expected, qPrintable(mismatch(actual, expected)));
}

void TestMimeParser::parsesHeaderValues_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rfc 2231 utf-8 filename")
        << QByteArray("attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%B3%87"
                      "%E6%96%99.pdf")
        << QByteArray("attachment") << QByteArray("filename")
        << QString::fromUtf8("日本語の資料.pdf");
    QTest::newRow("rfc 2231 with a language")
        << QByteArray("attachment; filename*=utf-8'ja'%E6%97%A5%E6%9C%AC%E8%AA%9E.txt")
        << QByteArray("attachment") << QByteArray("filename") << QString::fromUtf8("日本語.txt");
    QTest::newRow("rfc 2231 shift_jis")
        << QByteArray("attachment; filename*=shift_jis''%95%F1%8D%90%8F%91.xls")
        << QByteArray("attachment") << QByteArray("filename") << QString::fromUtf8("報告書.xls");
    QTest::newRow("rfc 2231 quoted")
        << QByteArray("attachment; filename*=\"UTF-8''%E6%97%A5.txt\"") << QByteArray("attachment")
        << QByteArray("filename") << QString::fromUtf8("日.txt");
    QTest::newRow("encoded continuations, character split")
        << QByteArray("attachment;\n filename*0*=UTF-8''%E6%97%A5%E6%9C; filename*1*=%AC%E8%AA%9E"
                      ".pdf")
        << QByteArray("attachment") << QByteArray("filename") << QString::fromUtf8("日本語.pdf");
    QTest::newRow("encoded, then plain continuation")
        << QByteArray("application/pdf; name*0*=UTF-8''%E6%97%A5%E6%9C%AC; name*1=\"_report.pdf\"")
        << QByteArray("application/pdf") << QByteArray("name")
        << QString::fromUtf8("日本_report.pdf");
    QTest::newRow("plain continuations")
        << QByteArray("application/pdf; name*0=\"a very long \"; name*1=\"file name.pdf\"")
        << QByteArray("application/pdf") << QByteArray("name") << "a very long file name.pdf";
    QTest::newRow("continuations out of order")
        << QByteArray("text/plain; name*1=\"second\"; name*0=\"first-\"")
        << QByteArray("text/plain") << QByteArray("name") << "first-second";
    QTest::newRow("plain continuation is not percent-decoded")
        << QByteArray("text/plain; name*0*=utf-8''100%25; name*1=\"%41\"")
        << QByteArray("text/plain") << QByteArray("name") << "100%%41";
    QTest::newRow("escaped quotes")
        << QByteArray("attachment; filename=\"say \\\"hi\\\".txt\"") << QByteArray("attachment")
        << QByteArray("filename") << "say \"hi\".txt";
    QTest::newRow("escaped backslash")
        << QByteArray("attachment; filename=\"C:\\\\temp\\\\a.txt\"") << QByteArray("attachment")
        << QByteArray("filename") << "C:\\temp\\a.txt";
    QTest::newRow("semicolon in quotes")
        << QByteArray("attachment; filename=\"a;b.txt\"; size=10") << QByteArray("attachment")
        << QByteArray("filename") << "a;b.txt";
    QTest::newRow("parameter after a quoted semicolon")
        << QByteArray("attachment; filename=\"a;b.txt\"; size=10") << QByteArray("attachment")
        << QByteArray("size") << "10";
    QTest::newRow("rfc 2047 inside quotes")
        << QByteArray("attachment; filename=\"=?UTF-8?B?5re75LuY44OV44Kh44Kk44OrLnR4dA==?=\"")
        << QByteArray("attachment") << QByteArray("filename")
        << QString::fromUtf8("添付ファイル.txt");
    QTest::newRow("quoted boundary")
        << QByteArray("multipart/mixed; boundary=\"----=_Part_0_12345.1704070800\"")
        << QByteArray("multipart/mixed") << QByteArray("boundary")
        << "----=_Part_0_12345.1704070800";
    QTest::newRow("unquoted boundary with =")
        << QByteArray("multipart/alternative;\n\tboundary=----=_NextPart_000_0001_01DA0000.1234")
        << QByteArray("multipart/alternative") << QByteArray("boundary")
        << "----=_NextPart_000_0001_01DA0000.1234";
    QTest::newRow("boundary with blanks and slash")
        << QByteArray("multipart/report; report-type=delivery-status; boundary=\"4F1B/mail "
                      "example\"")
        << QByteArray("multipart/report") << QByteArray("boundary") << "4F1B/mail example";
    QTest::newRow("type and names lower-cased")
        << QByteArray("Text/PLAIN; CHARSET=UTF-8") << QByteArray("text/plain")
        << QByteArray("charset") << "UTF-8";
    QTest::newRow("blanks around =")
        << QByteArray("text/plain ; charset = \"iso-2022-jp\" ") << QByteArray("text/plain")
        << QByteArray("charset") << "iso-2022-jp";
    QTest::newRow("missing parameter") << QByteArray("text/plain; charset=utf-8")
                                       << QByteArray("text/plain") << QByteArray("name") << "";
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray("charset") << "";
    QTest::newRow("a name given twice: the last value")
        << QByteArray("text/plain; CHARSET=us-ascii; charset=\"utf-8\"") << QByteArray("text/plain")
        << QByteArray("charset") << "utf-8";
    QTest::newRow("escaped quote in the type")
        << QByteArray("\"text\\\";x\"/plain; charset=utf-8") << QByteArray("\"text\";x\"/plain")
        << QByteArray("charset") << "utf-8";
    QTest::newRow("semicolon in a quoted type")
        << QByteArray("\"text;x\"/plain; charset=utf-8") << QByteArray("\"text;x\"/plain")
        << QByteArray("charset") << "utf-8";
    QTest::newRow("an unclosed quote runs to the end")
        << QByteArray("text/plain; name=\"a;b; charset=x") << QByteArray("text/plain")
        << QByteArray("name") << "\"a;b; charset=x";
    QTest::newRow("nothing after an unclosed quote is a parameter")
        << QByteArray("text/plain; name=\"a;b; charset=x") << QByteArray("text/plain")
        << QByteArray("charset") << "";
    QTest::newRow("quoted semicolons in the type and a value")
        << QByteArray("\"x;y\" ; charset=\"u;v\"; charset=w") << QByteArray("\"x;y\"")
        << QByteArray("charset") << "w";
    QTest::newRow("names are compared lower-cased")
        << QByteArray("text/plain; charset=utf-8") << QByteArray("text/plain")
        << QByteArray("Charset") << "";
}

void TestMimeParser::parsesHeaderValues()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, expected);
    // Header values reach HeaderValue unfolded.
    const QByteArray unfolded = MimeHeaders::parse("Content-Type: " + raw).raw("Content-Type");
    const HeaderValue parsed = HeaderValue::parse(unfolded);
    QCOMPARE(parsed.value, value);
    const QString actual = parsed.parameter(parameter.constData());
    QVERIFY2(actual == expected, qPrintable(mismatch(actual, expected)));
    // The shortcuts for one part of a value give what the whole parse gives.
    QCOMPARE(HeaderValue::parseValue(unfolded), value);
    const QString alone = HeaderValue::parameterIn(unfolded, parameter.constData());
    QVERIFY2(alone == expected, qPrintable(mismatch(alone, expected)));
}

// ======================================== MimeEntity ========================================

void TestMimeParser::normalizesLineEndings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("lf") << QByteArray("a\nb\n") << QByteArray("a\nb\n");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n");
    QTest::newRow("cr") << QByteArray("a\rb\r") << QByteArray("a\nb\n");
    QTest::newRow("blank line, crlf")
        << QByteArray("H: v\r\n\r\nbody") << QByteArray("H: v\n\nbody");
    QTest::newRow("blank line, cr") << QByteArray("H: v\r\rbody") << QByteArray("H: v\n\nbody");
    QTest::newRow("cr cr lf") << QByteArray("a\r\r\nb") << QByteArray("a\n\nb");
    QTest::newRow("lf cr") << QByteArray("a\n\rb") << QByteArray("a\n\nb");
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc\rd") << QByteArray("a\nb\nc\nd");
    QTest::newRow("trailing cr") << QByteArray("a\r") << QByteArray("a\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestMimeParser::normalizesLineEndings()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(MimeEntity::normalizeLineEndings(data), expected);
}

void TestMimeParser::decodesQuotedPrintable_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("no escapes here\n") << QByteArray("no escapes here\n");
    QTest::newRow("utf-8 escapes") << QByteArray("caf=C3=A9") << QByteArray("caf\xc3\xa9");
    QTest::newRow("lower-case hex") << QByteArray("caf=c3=a9") << QByteArray("caf\xc3\xa9");
    QTest::newRow("escaped =") << QByteArray("a=3Db") << QByteArray("a=b");
    QTest::newRow("soft break") << QByteArray("a long line =\ncontinued\n")
                                << QByteArray("a long line continued\n");
    QTest::newRow("soft break with trailing blanks")
        << QByteArray("joined=  \t\nhere") << QByteArray("joinedhere");
    QTest::newRow("soft break at the end") << QByteArray("last=\n") << QByteArray("last");
    QTest::newRow("hard breaks kept") << QByteArray("one\ntwo\n") << QByteArray("one\ntwo\n");
    QTest::newRow("invalid escape kept") << QByteArray("100=ZZ%") << QByteArray("100=ZZ%");
    QTest::newRow("half-valid escape kept") << QByteArray("=4G") << QByteArray("=4G");
    QTest::newRow("= at the end kept") << QByteArray("a=") << QByteArray("a=");
    QTest::newRow("= and one digit at the end kept") << QByteArray("a=4") << QByteArray("a=4");
    QTest::newRow("= followed by blanks, no break") << QByteArray("a= b") << QByteArray("a= b");
    QTest::newRow("escape split by a soft break")
        << QByteArray("=E6=97=\n=A5") << QByteArray("\xe6\x97\xa5");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestMimeParser::decodesQuotedPrintable()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(TransferEncoding::decodeQuotedPrintable(data), expected);
}

void TestMimeParser::decodesBase64_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("bug");

    QTest::newRow("one line") << QByteArray("5pel5pys6Kqe") << QByteArray("日本語") << "";
    QTest::newRow("line breaks") << QByteArray("5pel\n5pys\n6Kqe\n") << QByteArray("日本語") << "";
    QTest::newRow("crlf and blanks")
        << QByteArray("5pel\r\n 5pys\t\r\n6Kqe \r\n") << QByteArray("日本語") << "";
    QTest::newRow("garbage characters")
        << QByteArray("5pe*l5p!ys6K~qe") << QByteArray("日本語") << "";
    QTest::newRow("padding") << QByteArray("YWJj\nZA==\n") << QByteArray("abcd") << "";
    QTest::newRow("missing padding") << QByteArray("YWJjZA") << QByteArray("abcd") << "";
    QTest::newRow("binary") << QByteArray("iVBORw0KGgo=") << QByteArray("\x89PNG\r\n\x1a\n") << "";
    QTest::newRow("padded pieces joined")
        << QByteArray("YWI=\nY2Q=\n") << QByteArray("abcd") << QString();
    QTest::newRow("empty") << QByteArray() << QByteArray() << "";
}

void TestMimeParser::decodesBase64()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QByteArray decoded = TransferEncoding::decodeBase64(data);
    EXPECT_KNOWN_BUG(bugText);
    QCOMPARE(decoded, expected);
}

void TestMimeParser::parsesNestedMultiparts()
{
    const MimeEntity message = MimeEntity::parse(kNestedMessage);
    QCOMPARE(message.headers().raw("Subject"), QByteArray("nested"));
    QVERIFY(message.isMultipart());
    QCOMPARE(message.parameter("boundary"), QStringLiteral("outer"));
    // The preamble, the epilogue and what follows the closing delimiter are not parts.
    QCOMPARE(message.parts().size(), 2);
    QCOMPARE(typesOf(message),
             QStringList({"multipart/mixed", "multipart/alternative", "text/plain",
                          "multipart/related", "text/html", "image/png", "application/pdf"}));
    QCOMPARE(depthOf(message), 4);
    QCOMPARE(message.body(), QByteArray()); // a multipart has parts, not a body

    const MimeEntity &alternative = message.parts().at(0);
    QCOMPARE(alternative.parts().size(), 2);
    const MimeEntity &plain = alternative.parts().at(0);
    QCOMPARE(plain.body(), QByteArray("plain body")); // the break before "--" is the delimiter's
    QCOMPARE(plain.text(), QStringLiteral("plain body"));
    const MimeEntity &related = alternative.parts().at(1);
    QCOMPARE(related.parameter("boundary"), QStringLiteral("inner"));
    QCOMPARE(related.parts().size(), 2);
    QCOMPARE(related.parts().at(0).body(), QByteArray("<p>html body</p>"));
    const MimeEntity &image = related.parts().at(1);
    QCOMPARE(image.body(), QByteArray("\x89PNG\r\n\x1a\n"));
    QVERIFY2(!image.isAttachment(), "an inline image was taken for an attachment");
    const MimeEntity &pdf = message.parts().at(1);
    QCOMPARE(pdf.body(), QByteArray("%PDF-1.4\n"));
    QVERIFY2(pdf.isAttachment(), "Content-Disposition: attachment was not seen");
    QCOMPARE(pdf.parameter("name"), QStringLiteral("report.pdf"));

    // collect() is depth-first, the entity itself first.
    QList<const MimeEntity *> all;
    message.collect(&all);
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first(), &message);
    QCOMPARE(all.at(2), &plain);
    QCOMPARE(all.last(), &pdf);
}

void TestMimeParser::parsesMultipartReport()
{
    const MimeEntity message = MimeEntity::parse(kReportMessage);
    QCOMPARE(message.mimeType(), QByteArray("multipart/report"));
    QCOMPARE(message.parameter("report-type"), QStringLiteral("delivery-status"));
    QCOMPARE(message.parameter("boundary"),
             QStringLiteral("4F1B2C3D4E.1704070800/mail.example.jp"));
    QCOMPARE(message.parts().size(), 3);

    const MimeEntity &notification = message.parts().at(0);
    QCOMPARE(notification.mimeType(), QByteArray("text/plain"));
    QVERIFY(!notification.isMessage());
    QCOMPARE(notification.text().trimmed(),
             QStringLiteral("<taro@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                            "User\n    unknown (in reply to RCPT TO command)"));

    const MimeEntity &report = message.parts().at(1);
    QCOMPARE(report.mimeType(), QByteArray("message/delivery-status"));
    QVERIFY2(!report.isMessage() && report.parts().isEmpty(),
             "message/delivery-status must stay a leaf with its fields as the body");
    const DeliveryStatus status = DeliveryStatus::parse(report.text());
    QCOMPARE(status.reportingMta, QStringLiteral("mail.example.jp"));
    QCOMPARE(status.recipients.size(), 1);
    QCOMPARE(status.recipients.first().finalRecipient, QStringLiteral("taro@example.com"));
    QCOMPARE(status.recipients.first().diagnostic, QStringLiteral("550 5.1.1 User unknown"));

    // The embedded message becomes the single child of the message/rfc822 part.
    const MimeEntity &returned = message.parts().at(2);
    QCOMPARE(returned.mimeType(), QByteArray("message/rfc822"));
    QVERIFY(returned.isMessage());
    QCOMPARE(returned.parts().size(), 1);
    QCOMPARE(returned.body(), QByteArray());
    const MimeEntity &original = returned.parts().first();
    QCOMPARE(original.headers().raw("From"), QByteArray("sender@example.jp"));
    QCOMPARE(original.headers().raw("Return-Path"), QByteArray("<sender@example.jp>"));
    QCOMPARE(original.headers().text("Subject"), QString::fromUtf8("日本語の件名"));
    QCOMPARE(original.text().trimmed(), QString::fromUtf8(kUtf8Japanese));
    QCOMPARE(typesOf(message),
             QStringList({"multipart/report", "text/plain", "message/delivery-status",
                          "message/rfc822", "text/plain"}));
}

void TestMimeParser::parsesRfc822Headers()
{
    const MimeEntity message = MimeEntity::parse(kHeadersOnlyReport);
    QCOMPARE(message.parts().size(), 3);
    const MimeEntity &headersPart = message.parts().at(2);
    QCOMPARE(headersPart.mimeType(), QByteArray("text/rfc822-headers"));
    QVERIFY(headersPart.isMessage());
    QCOMPARE(headersPart.parts().size(), 1);
    const MimeEntity &original = headersPart.parts().first();
    QCOMPARE(original.headers().raw("Message-ID"), QByteArray("<1234@example.jp>"));
    QCOMPARE(original.headers().text("Subject"), QString::fromUtf8("日本語の件名"));
    QCOMPARE(original.headers().raw("To"), QByteArray("taro@example.com"));
    QCOMPARE(original.body(), QByteArray());
    QCOMPARE(DeliveryStatus::parse(message.parts().at(1).text()).recipients.first().status,
             QStringLiteral("5.2.2"));

    // A message/rfc822 part sent base64-encoded (some gateways do) is decoded first.
    const MimeEntity encoded =
        MimeEntity::parse("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                          // "Subject: hi\r\nFrom: a@example.jp\r\n\r\nbody\r\n"
                          "U3ViamVjdDogaGkNCkZyb206IGFAZXhhbXBsZS5qcA0KDQpib2R5DQo=\n");
    QCOMPARE(encoded.parts().size(), 1);
    QCOMPARE(encoded.parts().first().headers().raw("From"), QByteArray("a@example.jp"));
    QCOMPARE(encoded.parts().first().body(), QByteArray("body\n"));
}

void TestMimeParser::readsBrokenMultipartsAsText_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("boundary never appears")
        << QByteArray("Content-Type: multipart/mixed; boundary=\"missing\"\n\nJust text.\n"
                      "--other\nmore text\n")
        << QByteArray("Just text.\n--other\nmore text\n");
    QTest::newRow("no boundary parameter")
        << QByteArray("Content-Type: multipart/alternative\n\nplain words\n")
        << QByteArray("plain words\n");
    QTest::newRow("boundary only inside lines")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\n\nsee x--b and y --b\n")
        << QByteArray("see x--b and y --b\n");
    QTest::newRow("only the closing delimiter")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\n\nbefore\n--b--\n")
        << QByteArray("before\n--b--\n");
}

void TestMimeParser::readsBrokenMultipartsAsText()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, body);
    const MimeEntity entity = MimeEntity::parse(message);
    QVERIFY2(entity.parts().isEmpty(), "a multipart without delimiters gave parts");
    QCOMPARE(entity.mimeType(), QByteArray("text/plain"));
    QVERIFY(!entity.isMultipart());
    QCOMPARE(entity.body(), body);
}

void TestMimeParser::findsDelimiterLines_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("bodies"); // of the parts, joined with '|'

    const QByteArray longBoundary(300, 'x'); // longer than any shift of the search
    QTest::newRow("long boundary")
        << QByteArray("Content-Type: multipart/mixed; boundary=" + longBoundary + "\n\n--" +
                      longBoundary + "\n\nA\n--" + longBoundary + "\n\nB\n--" + longBoundary +
                      "--\n")
        << QByteArray("A|B");
    QTest::newRow("delimiter first in the body")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nA\n--b--\n")
        << QByteArray("A");
    QTest::newRow("boundary bytes repeat")
        << QByteArray("Content-Type: multipart/mixed; boundary=aaa\n\n"
                      "x\n--aa\n-aaa\n--aaa\n\nA\n--aa\n--aaaa\n\nB\n--aaa--\n")
        << QByteArray("A\n--aa|B");
    QTest::newRow("inside a line, then at the start of one")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\n\nx --b\n--b\n\nA x--b\n--b\n\nB")
        << QByteArray("A x--b|B");
    QTest::newRow("8-bit boundary")
        << QByteArray("Content-Type: multipart/mixed; boundary=\"B\xc3\xa9\"\n\n"
                      "--B\xc3\xa9\n\nA\n--B\xc3\xa9\n\nB\n--B\xc3\xa9--")
        << QByteArray("A|B");
}

void TestMimeParser::findsDelimiterLines()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, bodies);
    const MimeEntity entity = MimeEntity::parse(message);
    QByteArrayList actual;
    for (const MimeEntity &part : entity.parts())
        actual.append(part.body());
    QCOMPARE(actual.join('|'), bodies);
}

void TestMimeParser::keepsLastPartWithoutClosingDelimiter()
{
    const MimeEntity message = MimeEntity::parse("Content-Type: multipart/mixed; boundary=sep\n"
                                                 "\n"
                                                 "preamble\n"
                                                 "--sep\n"
                                                 "Content-Type: text/plain\n"
                                                 "\n"
                                                 "first\n"
                                                 "--sep\n"
                                                 "\n"
                                                 "second, no headers, never closed\n"
                                                 "still the second part\n");
    QCOMPARE(message.parts().size(), 2);
    QCOMPARE(message.parts().at(0).body(), QByteArray("first"));
    QCOMPARE(message.parts().at(1).mimeType(), QByteArray("text/plain"));
    QCOMPARE(message.parts().at(1).body(),
             QByteArray("second, no headers, never closed\nstill the second part"));
    // A delimiter on the last line with nothing after it opens no part.
    const MimeEntity cut = MimeEntity::parse(
        "Content-Type: multipart/mixed; boundary=sep\n\n--sep\n\nonly part\n--sep");
    QCOMPARE(cut.parts().size(), 1);
    QCOMPARE(cut.parts().first().body(), QByteArray("only part"));
}

void TestMimeParser::readsCrlfAndCrMessages_data()
{
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::newRow("crlf") << QByteArray("\r\n");
    QTest::newRow("cr") << QByteArray("\r");
    QTest::newRow("lf") << QByteArray("\n");
}

void TestMimeParser::readsCrlfAndCrMessages()
{
    QFETCH(QByteArray, lineEnding);
    const QByteArray message = QByteArray(kReportMessage).replace("\n", lineEnding);
    const MimeEntity parsed = MimeEntity::parse(MimeEntity::normalizeLineEndings(message));
    const MimeEntity reference = MimeEntity::parse(kReportMessage);
    QCOMPARE(typesOf(parsed), typesOf(reference));
    QCOMPARE(parsed.parts().at(1).body(), reference.parts().at(1).body());
    QCOMPARE(parsed.parts().at(2).parts().first().headers().text("Subject"),
             QString::fromUtf8("日本語の件名"));
    QCOMPARE(parsed.headers().raw("Content-Type"), reference.headers().raw("Content-Type"));
}

void TestMimeParser::decodesLeafTextInItsCharset_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");

    const QString japanese = QString::fromUtf8(kUtf8Japanese);
    QTest::newRow("iso-2022-jp, 7bit")
        << QByteArray("Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: "
                      "7bit\n\n")
               .append(kIso2022Jp)
        << japanese;
    QTest::newRow("shift_jis, base64")
        << QByteArray("Content-Type: text/plain; charset=\"Shift_JIS\"\n"
                      "Content-Transfer-Encoding: Base64\n\nlHqQTYNHg4mBWw==\n")
        << QString::fromUtf8("配信エラー");
    QTest::newRow("utf-8, quoted-printable")
        << QByteArray("Content-Type: text/plain; charset=utf-8\n"
                      "Content-Transfer-Encoding: quoted-printable\n\n"
                      "=E6=97=A5=E6=9C=AC=\n=E8=AA=9E")
        << QString::fromUtf8("日本語");
    QTest::newRow("euc-jp, 8bit")
        << QByteArray("Content-Type: text/plain; charset=euc-jp\n\n").append(kEucJp) << japanese;
    QTest::newRow("no charset, utf-8 bytes")
        << QByteArray("Content-Type: text/plain\n\n").append(kUtf8Japanese) << japanese;
    QTest::newRow("no headers at all") << QByteArray("\nplain text") << "plain text";
}

void TestMimeParser::decodesLeafTextInItsCharset()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    const QString actual = MimeEntity::parse(message).text();
    QVERIFY2(actual == expected, qPrintable(mismatch(actual, expected)));
}

void TestMimeParser::detectsAttachments_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("attachment");
    QTest::addColumn<QString>("filename");

    QTest::newRow("attachment") << QByteArray("Content-Disposition: attachment; filename=a.pdf")
                                << true << "a.pdf";
    QTest::newRow("upper case") << QByteArray("Content-Disposition: ATTACHMENT") << true << "";
    QTest::newRow("folded, rfc 2231 name")
        << QByteArray("Content-Disposition: attachment;\n\tfilename*=UTF-8''%E6%97%A5%E6%9C%AC%E8"
                      "%AA%9E.txt")
        << true << QString::fromUtf8("日本語.txt");
    QTest::newRow("inline") << QByteArray("Content-Disposition: inline; filename=logo.png") << false
                            << "logo.png";
    QTest::newRow("no disposition, a name")
        << QByteArray("Content-Type: application/pdf; name=a") << false << "";
    QTest::newRow("nothing") << QByteArray("Content-Type: text/plain") << false << "";
}

void TestMimeParser::detectsAttachments()
{
    QFETCH(QByteArray, headers);
    QFETCH(bool, attachment);
    QFETCH(QString, filename);
    const MimeEntity entity = MimeEntity::parse(headers + "\n\nbody\n");
    QVERIFY2(entity.isAttachment() == attachment,
             attachment ? "an attachment was not seen" : "a part was taken for an attachment");
    QCOMPARE(HeaderValue::parse(entity.headers().raw("Content-Disposition")).parameter("filename"),
             filename);
}

void TestMimeParser::defaultsAndLowerCasesMimeType_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("type");

    QTest::newRow("no content-type")
        << QByteArray("Subject: x\n\nbody") << QByteArray("text/plain");
    QTest::newRow("upper case") << QByteArray("Content-Type: Text/HTML; charset=utf-8\n\n<p>")
                                << QByteArray("text/html");
    QTest::newRow("no subtype") << QByteArray("Content-Type: text\n\nbody")
                                << QByteArray("text/plain");
    QTest::newRow("empty") << QByteArray("Content-Type:\n\nbody") << QByteArray("text/plain");
    QTest::newRow("not a message") << QByteArray("just words") << QByteArray("text/plain");
}

void TestMimeParser::defaultsAndLowerCasesMimeType()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, type);
    QCOMPARE(MimeEntity::parse(message).mimeType(), type);
}

void TestMimeParser::boundsNesting_data()
{
    QTest::addColumn<bool>("messages"); // nest message/rfc822 rather than multiparts
    QTest::newRow("50 nested multiparts") << false;
    QTest::newRow("50 nested messages") << true;
}

void TestMimeParser::boundsNesting()
{
    QFETCH(bool, messages);
    const int levels = 50;
    QByteArray message = "Content-Type: text/plain\n\nthe innermost text\n";
    for (int level = levels - 1; level >= 0; --level) {
        if (messages) {
            message = "Content-Type: message/rfc822\n\n" + message;
        } else {
            // Not "b1" and "b10": a boundary that starts another is read as that one (RFC 2046).
            const QByteArray boundary = "=_" + QByteArray::number(level) + "_=";
            message = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n--" +
                      boundary + "\n" + message + "\n--" + boundary + "--\n";
        }
    }
    QElapsedTimer timer;
    timer.start();
    const MimeEntity parsed = MimeEntity::parse(message);
    QVERIFY2(timer.elapsed() < 2000, "a deep message took seconds");
    const int depth = depthOf(parsed);
    QVERIFY2(
        depth > 5 && depth <= 14,
        qPrintable(QStringLiteral("expected nesting capped near 12 levels, got %1").arg(depth)));
    QList<const MimeEntity *> all;
    parsed.collect(&all);
    QCOMPARE(all.size(), depth);
    // Past the cap the rest stays one unparsed body; nothing deeper became an entity.
    for (const MimeEntity *entity : std::as_const(all))
        QVERIFY2(entity->body().trimmed() != "the innermost text",
                 "the innermost entity was parsed past the cap");
    QVERIFY(all.last()->parts().isEmpty());
}

void TestMimeParser::boundsPartCount()
{
    QByteArray message = "Content-Type: multipart/mixed; boundary=p\n\n";
    for (int i = 0; i < 5000; ++i)
        message += "--p\nContent-Type: text/plain\n\npart " + QByteArray::number(i) + "\n";
    message += "--p--\n";
    QElapsedTimer timer;
    timer.start();
    const MimeEntity parsed = MimeEntity::parse(message);
    QVERIFY2(timer.elapsed() < 5000, "5000 parts took seconds");
    QList<const MimeEntity *> all;
    parsed.collect(&all);
    QVERIFY2(all.size() >= 100 && all.size() <= 400,
             qPrintable(QStringLiteral("expected 100 to 400 entities, got %1").arg(all.size())));
    QCOMPARE(parsed.parts().first().body(), QByteArray("part 0"));
}

void TestMimeParser::parsesLongLinesQuickly()
{
    const QByteArray line(1024 * 1024, 'a');
    QElapsedTimer timer;
    timer.start();
    // A 1 MB body line, a 1 MB header line and a 1 MB quoted-printable line.
    const MimeEntity body = MimeEntity::parse("Subject: long\n\n" + line);
    QCOMPARE(body.body().size(), line.size());
    const MimeEntity header = MimeEntity::parse("Subject: " + line + "\n\nbody");
    QCOMPARE(header.headers().raw("Subject").size(), line.size());
    QCOMPARE(header.body(), QByteArray("body"));
    QByteArray encoded;
    for (int i = 0; i < 1024 * 1024 / 3; ++i)
        encoded += "=41";
    const MimeEntity qp =
        MimeEntity::parse("Content-Transfer-Encoding: quoted-printable\n\n" + encoded);
    QCOMPARE(qp.body(), QByteArray(1024 * 1024 / 3, 'A'));
    // And the readers above the MIME layer.
    const QString text = QString::fromLatin1(line) + QStringLiteral(" 550 5.1.1 ") +
                         QString::fromLatin1(QByteArray(512 * 1024, '1'));
    TextScanner::scan(text, {});
    TextScanner::firstErrorLine(text);
    Citations::citedIps(text);
    Citations::citedIps(QString::fromLatin1(QByteArray(256 * 1024, '.').replace('.', "1.")));
    Citations::citedDomains(text);
    ReasonClassifier::classify({text, {}, {}, {}, {}, {}});
    decodeHeaderWords(QByteArray(256 * 1024, '=').replace('=', "=?"));
    QVERIFY2(timer.elapsed() < 10000,
             qPrintable(QStringLiteral("1 MB lines took %1 ms").arg(timer.elapsed())));
}

// ====================================== DeliveryStatus ======================================

void TestMimeParser::parsesDeliveryStatus()
{
    const DeliveryStatus status = DeliveryStatus::parse(
        QStringLiteral("Reporting-MTA: dns; mail.example.jp\n"
                       "X-Postfix-Queue-ID: 4F1B2C3D4E\n"
                       "X-Postfix-Sender: rfc822; sender@example.jp\n"
                       "Received-From-MTA: DNS; client.example.jp\n"
                       "Arrival-Date: Mon,  1 Jan 2024 10:00:00 +0900 (JST)\n"
                       "\n"
                       "Final-Recipient: rfc822; taro@example.com\n"
                       "Original-Recipient: rfc822;taro@example.com\n"
                       "Action: failed\n"
                       "Status: 5.1.1\n"
                       "Remote-MTA: dns; mx.example.com\n"
                       "Diagnostic-Code: smtp; 550 5.1.1 <taro@example.com>: Recipient address\n"
                       "    rejected: User unknown in virtual mailbox table\n"
                       "\n"
                       "Final-Recipient: rfc822; hanako@example.net\n"
                       "Action: delayed\n"
                       "Status: 4.4.1\n"
                       "Diagnostic-Code: X-Postfix; connect to mx.example.net[198.51.100.7]:25:\n"
                       "\tConnection timed out\n"
                       "Will-Retry-Until: Fri,  5 Jan 2024 10:00:00 +0900 (JST)\n"));
    QCOMPARE(status.reportingMta, QStringLiteral("mail.example.jp"));
    QCOMPARE(status.receivedFromMta, QStringLiteral("client.example.jp"));
    QCOMPARE(status.recipients.size(), 2);
    const DeliveryStatus::Recipient &taro = status.recipients.at(0);
    QCOMPARE(taro.finalRecipient, QStringLiteral("taro@example.com"));
    QCOMPARE(taro.originalRecipient, QStringLiteral("taro@example.com"));
    QCOMPARE(taro.action, QStringLiteral("failed"));
    QCOMPARE(taro.status, QStringLiteral("5.1.1"));
    QCOMPARE(taro.remoteMta, QStringLiteral("mx.example.com"));
    QCOMPARE(taro.diagnosticType, QStringLiteral("smtp"));
    QCOMPARE(taro.diagnostic, QStringLiteral("550 5.1.1 <taro@example.com>: Recipient address "
                                             "rejected: User unknown in virtual mailbox table"));
    const DeliveryStatus::Recipient &hanako = status.recipients.at(1);
    QCOMPARE(hanako.finalRecipient, QStringLiteral("hanako@example.net"));
    QCOMPARE(hanako.originalRecipient, QString());
    QCOMPARE(hanako.action, QStringLiteral("delayed"));
    QCOMPARE(hanako.status, QStringLiteral("4.4.1"));
    QCOMPARE(hanako.remoteMta, QString());
    QCOMPARE(hanako.diagnosticType, QStringLiteral("x-postfix"));
    QCOMPARE(hanako.diagnostic,
             QStringLiteral("connect to mx.example.net[198.51.100.7]:25: Connection timed out"));
}

void TestMimeParser::parsesRecipientFields_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("field"); // final, original, action, status, remote, diagnostic, type
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("bug");

    const QString outcome = QStringLiteral("\nAction: failed\nStatus: 5.1.1\n");
    const auto withOutcome = [&outcome](const char *line) -> QString {
        return QString::fromUtf8(line) + outcome;
    };
    QTest::newRow("rfc822; a@b") << withOutcome("Final-Recipient: rfc822; taro@example.com")
                                 << "final"
                                 << "taro@example.com"
                                 << "";
    QTest::newRow("rfc822;a@b") << withOutcome("Final-Recipient: rfc822;taro@example.com")
                                << "final"
                                << "taro@example.com"
                                << "";
    QTest::newRow("RFC822; <a@b>")
        << withOutcome("Final-Recipient: RFC822; <Taro@Example.com>") << "final"
        << "Taro@Example.com"
        << "";
    QTest::newRow("rfc822;<a@b> tight")
        << withOutcome("Final-Recipient: rfc822;<taro@example.com>") << "final"
        << "taro@example.com"
        << "";
    QTest::newRow("no address type") << withOutcome("Final-Recipient: taro@example.com") << "final"
                                     << "taro@example.com"
                                     << "";
    QTest::newRow("no type, angle brackets")
        << withOutcome("Final-Recipient: <taro@example.com>") << "final"
        << "taro@example.com"
        << "";
    // A name beyond ASCII goes through toLower() (the Kelvin sign lowers to "k"): these are no
    // known names, and leave the fields before them as they were.
    QTest::newRow("names beyond ASCII")
        << QString::fromUtf16(u"Final-Recipient: rfc822; taro@example.com\nAction: failed\n"
                              u"Status: 5.1.1\nRemote-MTA: dns; mx.example.com\n"
                              u"Remote-MT\u212A: dns; other.example.com\nX-\u212Aey: v")
        << "remote"
        << "mx.example.com"
        << "";
    QTest::newRow("diagnostic simplified")
        << withOutcome("Final-Recipient: rfc822; taro@example.com\n"
                       "Diagnostic-Code: smtp; 550  5.1.1\tUser unknown")
        << "diagnostic"
        << "550 5.1.1 User unknown"
        << "";
    QTest::newRow("diagnostic beyond ASCII")
        << withOutcome("Final-Recipient: rfc822; taro@example.com\n"
                       "Diagnostic-Code: smtp; 550 5.1.1 宛先不明")
        << "diagnostic"
        << "550 5.1.1 宛先不明"
        << "";
    QTest::newRow("diagnostic type lower-cased")
        << withOutcome("Final-Recipient: rfc822; taro@example.com\n"
                       "Diagnostic-Code: X-Postfix; unknown user")
        << "type"
        << "x-postfix"
        << "";
    QTest::newRow("lower-case field names")
        << QStringLiteral(
               "final-recipient: rfc822; taro@example.com\naction: FAILED\nstatus: 5.1.1")
        << "action"
        << "failed"
        << "";
    QTest::newRow("original recipient only")
        << QStringLiteral("Original-Recipient: rfc822; info@example.com") + outcome << "original"
        << "info@example.com"
        << "";
    QTest::newRow("status with a comment")
        << QStringLiteral("Final-Recipient: rfc822; taro@example.com\nAction: failed\n"
                          "Status: 5.1.1 (bad destination mailbox address)")
        << "status"
        << "5.1.1"
        << "";
    QTest::newRow("action with a comment")
        << QStringLiteral("Final-Recipient: rfc822; taro@example.com\nAction: failed (bad)\n"
                          "Status: 5.0.0")
        << "action"
        << "failed"
        << "";
    QTest::newRow("remote mta") << withOutcome("Final-Recipient: rfc822; a@example.com\n"
                                               "Remote-MTA: DNS; MX1.Example.com")
                                << "remote"
                                << "MX1.Example.com"
                                << "";
    QTest::newRow("folded diagnostic, several lines")
        << withOutcome(
               "Final-Recipient: rfc822; a@example.com\n"
               "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach\n"
               "    does not exist. Please try\n"
               "\t550 5.1.1 double-checking the recipient's email address")
        << "diagnostic"
        << "550-5.1.1 The email account that you tried to reach does not exist. Please try "
           "550 5.1.1 double-checking the recipient's email address"
        << "";
    QTest::newRow("diagnostic type") << withOutcome("Final-Recipient: rfc822; a@example.com\n"
                                                    "Diagnostic-Code: X-Unix; |/usr/bin/procmail")
                                     << "type"
                                     << "x-unix"
                                     << "";
    QTest::newRow("diagnostic type lower-cased")
        << withOutcome("Final-Recipient: rfc822; a@example.com\n"
                       "Diagnostic-Code: SMTP; 550 5.1.1 User unknown")
        << "type"
        << "smtp"
        << "";
    QTest::newRow("diagnostic keeps later semicolons")
        << withOutcome(
               "Final-Recipient: rfc822; a@example.com\n"
               "Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.25] "
               "blocked")
        << "diagnostic"
        << "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked"
        << "";
    QTest::newRow("diagnostic without a type")
        << withOutcome("Final-Recipient: rfc822; a@example.com\n"
                       "Diagnostic-Code: 554 Denied; see https://www.example.com/")
        << "diagnostic"
        << "554 Denied; see https://www.example.com/"
        << "";
    QTest::newRow("crlf lines")
        << QStringLiteral("Final-Recipient: rfc822; a@example.com\r\nAction: failed\r\n"
                          "Status: 5.2.2\r\n\r\n")
        << "status"
        << "5.2.2"
        << "";
}

void TestMimeParser::parsesRecipientFields()
{
    QFETCH(QString, block);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const DeliveryStatus status = DeliveryStatus::parse(block);
    QCOMPARE(status.recipients.size(), 1);
    const DeliveryStatus::Recipient &recipient = status.recipients.first();
    const QHash<QString, QString> fields = {
        {QStringLiteral("final"), recipient.finalRecipient},
        {QStringLiteral("original"), recipient.originalRecipient},
        {QStringLiteral("action"), recipient.action},
        {QStringLiteral("status"), recipient.status},
        {QStringLiteral("remote"), recipient.remoteMta},
        {QStringLiteral("diagnostic"), recipient.diagnostic},
        {QStringLiteral("type"), recipient.diagnosticType},
    };
    QVERIFY(fields.contains(field));
    EXPECT_KNOWN_BUG(bugText);
    QCOMPARE(fields.value(field), expected);
}

void TestMimeParser::parsesBlocksWithoutBlankLines()
{
    // Some MTAs (and pasted text) run the blocks together.
    const DeliveryStatus status =
        DeliveryStatus::parse(QStringLiteral("Reporting-MTA: dns; mail.example.jp\n"
                                             "Final-Recipient: rfc822; taro@example.com\n"
                                             "Action: failed\n"
                                             "Status: 5.1.1\n"
                                             "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
                                             "Final-Recipient: rfc822; hanako@example.net\n"
                                             "Action: failed\n"
                                             "Status: 5.2.2\n"
                                             "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"));
    QCOMPARE(status.reportingMta, QStringLiteral("mail.example.jp"));
    QCOMPARE(status.recipients.size(), 2);
    QCOMPARE(status.recipients.at(0).finalRecipient, QStringLiteral("taro@example.com"));
    QCOMPARE(status.recipients.at(0).status, QStringLiteral("5.1.1"));
    QCOMPARE(status.recipients.at(0).diagnostic, QStringLiteral("550 5.1.1 User unknown"));
    QCOMPARE(status.recipients.at(1).finalRecipient, QStringLiteral("hanako@example.net"));
    QCOMPARE(status.recipients.at(1).status, QStringLiteral("5.2.2"));
    QCOMPARE(status.recipients.at(1).diagnostic, QStringLiteral("552 5.2.2 Mailbox full"));

    // RFC 3464 puts Original-Recipient before Final-Recipient.
    const DeliveryStatus ordered =
        DeliveryStatus::parse(QStringLiteral("Original-Recipient: rfc822; info@example.com\n"
                                             "Final-Recipient: rfc822; taro@example.com\n"
                                             "Action: failed\n"
                                             "Status: 5.1.1\n"
                                             "Original-Recipient: rfc822; sales@example.com\n"
                                             "Final-Recipient: rfc822; hanako@example.net\n"
                                             "Action: failed\n"
                                             "Status: 5.2.2\n"));
    QCOMPARE(ordered.recipients.size(), 2);
    QCOMPARE(ordered.recipients.at(0).finalRecipient, QStringLiteral("taro@example.com"));
    QCOMPARE(ordered.recipients.at(1).finalRecipient, QStringLiteral("hanako@example.net"));
    QCOMPARE(ordered.recipients.at(0).originalRecipient, QStringLiteral("info@example.com"));
    QCOMPARE(ordered.recipients.at(1).originalRecipient, QStringLiteral("sales@example.com"));
}

void TestMimeParser::recognisesDeliveryStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("dsn") << QStringLiteral("Reporting-MTA: dns; mail.example.jp\n\n"
                                           "Final-Recipient: rfc822; a@example.com\n"
                                           "Action: failed\nStatus: 5.1.1\n")
                         << true;
    QTest::newRow("lower case, pasted in text")
        << QStringLiteral("Delivery failed:\n\nfinal-recipient: rfc822;a@example.com\n"
                          "status: 5.1.1\n")
        << true;
    QTest::newRow("original recipient and action")
        << QStringLiteral("Original-Recipient: rfc822; a@example.com\nAction: failed\n") << true;
    QTest::newRow("recipient without outcome")
        << QStringLiteral("Final-Recipient: rfc822; a@example.com\n") << false;
    QTest::newRow("outcome without recipient")
        << QStringLiteral("Status: 5.1.1\nAction: failed\n") << false;
    QTest::newRow("fields inside sentences")
        << QStringLiteral("See the Final-Recipient: field and the Status: field.\n") << false;
    QTest::newRow("empty values") << QStringLiteral("Final-Recipient:\nStatus:\n") << false;
    QTest::newRow("prose") << QStringLiteral("Your message could not be delivered.") << false;
    // As the regular expressions ^(Final-Recipient|Original-Recipient):\s*\S and
    // ^(Action|Status):\s*\S (caseless, multiline) read them.
    QTest::newRow("values on later lines")
        << QStringLiteral("Final-Recipient:\n  a@example.com\nAction:\n\n failed\n") << true;
    QTest::newRow("only blanks after the last field")
        << QStringLiteral("Final-Recipient: a@example.com\nStatus: \t\v\r\n") << false;
    QTest::newRow("crlf") << QStringLiteral("Final-Recipient: a@example.com\r\nAction: failed\r\n")
                          << true;
    QTest::newRow("a line starts after LF only")
        << QStringLiteral("x\rFinal-Recipient: a@example.com\nAction: failed\n") << false;
    QTest::newRow("indented field")
        << QStringLiteral(" Action: failed\nFinal-Recipient: a\n") << false;
    QTest::newRow("long s matches s caselessly")
        << QString::fromUtf8("Final-Recipient: a@example.com\nSTATU\u017f: 5.1.1\n") << true;
    QTest::newRow("lone surrogate as a value")
        << QStringLiteral("Final-Recipient: ") + QChar(0xdc00) + QStringLiteral("\nAction: x")
        << true;
    QTest::newRow("non-breaking space is not white space")
        << QString::fromUtf8("Final-Recipient:\u00a0\nAction: failed") << true;
}

void TestMimeParser::recognisesDeliveryStatus()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QVERIFY2(DeliveryStatus::looksLikeDeliveryStatus(text) == expected,
             expected ? "delivery-status fields were not recognised"
                      : "text without delivery-status fields was taken for them");
}

// ======================================== TextScanner =======================================

namespace {

const char kPostfixText[] =
    "This is the mail system at host mail.example.jp.\n"
    "\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n"
    "\n"
    "For further assistance, please send mail to postmaster.\n"
    "\n"
    "If you do so, please include this problem report. You can\n"
    "delete your own text from the attached returned message.\n"
    "\n"
    "                   The mail system\n"
    "\n"
    "<hanako@example.net>: host mx1.example.net[198.51.100.7] said: 552 5.2.2\n"
    "    Mailbox full (in reply to RCPT TO command)\n"
    "\n"
    "<jiro@example.org>: connect to mx.example.org[203.0.113.5]:25: Connection timed\n"
    "    out\n";

// Postfix wraps the remote reply at 78 columns; here the wrap puts the address the remote
// server repeats at the start of a continuation line.
const char kPostfixWrapped[] =
    "<taro@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n"
    "    <taro@example.com>: Recipient address rejected: User unknown in virtual\n"
    "    mailbox table (in reply to RCPT TO command)\n";

const char kEximText[] =
    "This message was created automatically by mail delivery software.\n"
    "\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n"
    "\n"
    "  taro@example.com\n"
    "    host mx.example.com [192.0.2.1]\n"
    "    SMTP error from remote mail server after RCPT TO:<taro@example.com>:\n"
    "    550 5.1.1 <taro@example.com>: Recipient address rejected: User unknown\n"
    "  hanako@Example.NET\n"
    "    SMTP error from remote mail server after end of data:\n"
    "    host mx1.example.net [198.51.100.7]: 552 5.3.4 Message size exceeds fixed limit\n"
    "\n"
    "------ This is a copy of the message, including all the headers. ------\n"
    "\n"
    "Return-path: <sender@example.jp>\n"
    "From: sender@example.jp\n"
    "To: taro@example.com, hanako@example.net\n"
    "Subject: test\n";

const char kQmailText[] =
    "Hi. This is the qmail-send program at mail.example.jp.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n"
    "\n"
    "<taro@example.com>:\n"
    "192.0.2.1 does not like recipient.\n"
    "Remote host said: 550 5.1.1 <taro@example.com>... User unknown\n"
    "Giving up on 192.0.2.1.\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n"
    "Return-Path: <sender@example.jp>\n";

const char kSendmailText[] = "The original message was received at Mon, 1 Jan 2024 10:00:00 +0900\n"
                             "from localhost [127.0.0.1]\n"
                             "\n"
                             "   ----- The following addresses had permanent fatal errors -----\n"
                             "<taro@example.com>\n"
                             "    (reason: 550 5.1.1 <taro@example.com>... User unknown)\n"
                             "\n"
                             "   ----- Transcript of session follows -----\n"
                             "... while talking to mx.example.com.:\n"
                             ">>> DATA\n"
                             "<<< 550 5.1.1 <taro@example.com>... User unknown\n"
                             "550 5.1.1 <taro@example.com>... User unknown\n"
                             "<<< 503 5.0.0 Need RCPT (recipient)\n";

const char kExchangeText[] =
    "Delivery has failed to these recipients or groups:\n"
    "\n"
    "taro@example.com (taro@example.com)\n"
    "The email address you entered couldn't be found. Please check the recipient's email\n"
    "address and try to resend the message. If the problem continues, please contact your\n"
    "helpdesk.\n"
    "\n"
    "Diagnostic information for administrators:\n"
    "\n"
    "Generating server: mail.example.jp\n"
    "\n"
    "taro@example.com\n"
    "mx.example.com #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n"
    "\n"
    "Original message headers:\n"
    "\n"
    "From: sender@example.jp\n"
    "To: taro@example.com\n";

} // namespace

void TestMimeParser::scansRecipients_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QList<QStringList>>("diagnostics"); // words each diagnostic must contain
    QTest::addColumn<QStringList>("remoteMtas");         // "*": not checked
    QTest::addColumn<QString>("bug");

    using Words = QList<QStringList>;
    QTest::newRow("postfix") << QString::fromUtf8(kPostfixText) << QStringList()
                             << QStringList({"hanako@example.net", "jiro@example.org"})
                             << Words({{"552 5.2.2", "Mailbox full", "RCPT TO command"},
                                       {"Connection timed out"}})
                             << QStringList({"mx1.example.net", "*"}) << "";
    QTest::newRow("postfix, address repeated on a continuation line")
        << QString::fromUtf8(kPostfixWrapped) << QStringList() << QStringList({"taro@example.com"})
        << Words({{"550 5.1.1", "User unknown", "RCPT TO command"}})
        << QStringList({"mx.example.com"}) << "";
    QTest::newRow("postfix, expanded alias")
        << QStringLiteral("<taro@example.com> (expanded from <info@example.jp>): host\n"
                          "    mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply "
                          "to RCPT\n    TO command)\n")
        << QStringList() << QStringList({"taro@example.com"}) << Words({{"550 5.1.1 User unknown"}})
        << QStringList({"mx.example.com"}) << "";
    QTest::newRow("exim") << QString::fromUtf8(kEximText) << QStringList({"sender@example.jp"})
                          << QStringList({"taro@example.com", "hanako@example.net"})
                          << Words({{"550 5.1.1", "User unknown", "RCPT TO"},
                                    {"552 5.3.4", "Message size exceeds"}})
                          << QStringList({"mx.example.com", "mx1.example.net"}) << "";
    QTest::newRow("qmail") << QString::fromUtf8(kQmailText) << QStringList()
                           << QStringList({"taro@example.com"})
                           << Words({{"does not like recipient", "550 5.1.1", "User unknown"}})
                           << QStringList({"*"}) << "";
    QTest::newRow("sendmail") << QString::fromUtf8(kSendmailText) << QStringList()
                              << QStringList({"taro@example.com"})
                              << Words({{"550 5.1.1", "User unknown"}}) << QStringList({"*"}) << "";
    QTest::newRow("exchange") << QString::fromUtf8(kExchangeText) << QStringList()
                              << QStringList({"taro@example.com"})
                              << Words({{"550 5.1.1", "RecipNotFound"}}) << QStringList({"*"})
                              << "";
    QTest::newRow("sentence") << QStringLiteral("There was an error delivering your mail to "
                                                "<taro@example.com>.\n\n550 5.1.1 User unknown\n")
                              << QStringList() << QStringList({"taro@example.com"})
                              << Words({{"550 5.1.1 User unknown"}}) << QStringList({"*"}) << "";
    QTest::newRow("japanese sentence")
        << QString::fromUtf8("次の宛先へのメールは配送できませんでした: taro@example.com\n"
                             "原因: 550 5.1.1 User unknown\n")
        << QStringList() << QStringList({"taro@example.com"}) << Words({{"User unknown"}})
        << QStringList({"*"}) << "";
    QTest::newRow("sender, postmaster and mailer-daemon ignored")
        << QStringLiteral("The following addresses had delivery problems:\n\n"
                          "<sender@example.jp>\n    (the sender of the message)\n"
                          "<Postmaster@example.com>\n    550 5.1.1 User unknown\n"
                          "<MAILER-DAEMON@example.com>\n    550 5.1.1 User unknown\n"
                          "<taro@example.com>\n    550 5.1.1 User unknown\n")
        << QStringList({"SENDER@example.jp"}) << QStringList({"taro@example.com"})
        << Words({{"550 5.1.1 User unknown"}}) << QStringList({"*"}) << "";
    QTest::newRow("ignored in sentences too")
        << QStringLiteral("Delivery to sender@example.jp failed.\n"
                          "Delivery to the recipient failed: <taro@example.com>\n"
                          "550 5.1.1 User unknown\n")
        << QStringList({"sender@example.jp"}) << QStringList({"taro@example.com"})
        << Words({{"550 5.1.1 User unknown"}}) << QStringList({"*"}) << "";
    QTest::newRow("quoted headers are not recipients")
        << QStringLiteral("From: sender@example.jp\nTo: taro@example.com\nSubject: hi\n")
        << QStringList() << QStringList() << Words() << QStringList() << "";
    QTest::newRow("nothing") << QStringLiteral("Thank you for your order.") << QStringList()
                             << QStringList() << Words() << QStringList() << "";
    QTest::newRow("heading with a name, expansion and host")
        << QStringLiteral("Intended recipient: \"Taro\" <Taro@Example.COM> (expanded from "
                          "<list@example.com>): host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                          "User unknown\n")
        << QStringList() << QStringList({"Taro@example.com"})
        << Words({{"host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown"}})
        << QStringList({"mx.example.com"}) << "";
    QTest::newRow("address in a sentence, error in the next paragraph")
        << QStringLiteral("Your message to taro@example.com could not be delivered.\n\n"
                          "550 5.1.1 User unknown\n")
        << QStringList() << QStringList({"taro@example.com"})
        << Words({{"Your message to could not be delivered. 550 5.1.1 User unknown"}})
        << QStringList({""}) << "";
    QTest::newRow("contact addresses are not recipients")
        << QStringLiteral("Your message could not be delivered.\n"
                          "Please contact support@example.com for help.\n")
        << QStringList() << QStringList() << Words() << QStringList() << "";
    QTest::newRow("Japanese delivery words")
        << QString::fromUtf16(u"\u5b9b\u5148 taro@example.com "
                              u"\u306b\u5c4a\u304d\u307e\u305b\u3093\u3067\u3057\u305f\n")
        << QStringList() << QStringList({"taro@example.com"})
        << Words({{QString::fromUtf16(u"\u5b9b\u5148 \u306b\u5c4a\u304d\u307e\u305b\u3093")}})
        << QStringList({""}) << "";
    // Headings read by hand in their plainest shapes, and by the pattern otherwise.
    QTest::newRow("heading ending in dots, then a colon in the rest")
        << QStringLiteral("taro@Example.com... User unknown: 550 5.1.1\n") << QStringList()
        << QStringList({"taro@example.com"}) << Words({{"User unknown: 550 5.1.1"}})
        << QStringList({""}) << "";
    QTest::newRow("heading as a list item and with a heading word")
        << QStringLiteral("*  taro@example.com: mailbox full\n"
                          "Recipient address: hanako@example.net; user unknown\n")
        << QStringList() << QStringList({"taro@example.com", "hanako@example.net"})
        << Words({{"mailbox full"}, {"user unknown"}}) << QStringList({"", ""}) << "";
    QTest::newRow("heading with an unclosed expansion")
        << QStringLiteral("<taro@example.com> (expanded from <list@example.com>\n"
                          "<hanako@example.net> (Generated From x) , 550 5.1.1 User unknown\n")
        << QStringList() << QStringList({"hanako@example.net"})
        << Words({{"550 5.1.1 User unknown"}}) << QStringList({""}) << "";
    QTest::newRow("remote hosts named in the diagnostics")
        << QStringLiteral("<taro@example.com>... while talking to mx.example.com.: 550 unknown\n"
                          "<hanako@example.net>: Host mx1.example.net  said: 550 unknown\n"
                          "<jiro@example.org>: host mx.example.c [192.0.2.1]: 550 unknown\n")
        << QStringList()
        << QStringList({"taro@example.com", "hanako@example.net", "jiro@example.org"})
        << Words({{"550 unknown"}, {"550 unknown"}, {"550 unknown"}})
        << QStringList({"mx.example.com", "mx1.example.net", ""}) << "";
    QTest::newRow("sender phrase on the line before")
        << QStringLiteral("A message sent by\n<sender@example.jp>\ncould not be delivered to\n\n"
                          "  taro@example.com\n  Mailbox full\n")
        << QStringList() << QStringList({"taro@example.com"}) << Words({{"Mailbox full"}})
        << QStringList({""}) << "";
}

void TestMimeParser::scansRecipients()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ignore);
    QFETCH(QStringList, recipients);
    QFETCH(QList<QStringList>, diagnostics);
    QFETCH(QStringList, remoteMtas);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QList<TextScanner::Finding> findings = TextScanner::scan(text, ignore);
    QStringList found;
    for (const TextScanner::Finding &finding : findings)
        found.append(finding.recipient);
    QCOMPARE(found, recipients);
    QStringList problems;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const TextScanner::Finding &finding = findings.at(i);
        for (const QString &words : diagnostics.at(i)) {
            if (!finding.diagnostic.contains(words))
                problems.append(QStringLiteral("%1: expected \"%2\" in \"%3\"")
                                    .arg(finding.recipient, words, finding.diagnostic));
        }
        if (remoteMtas.at(i) != QLatin1String("*") && finding.remoteMta != remoteMtas.at(i))
            problems.append(QStringLiteral("%1: expected remote MTA \"%2\", got \"%3\"")
                                .arg(finding.recipient, remoteMtas.at(i), finding.remoteMta));
    }
    EXPECT_KNOWN_BUG(bugText);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestMimeParser::findsFirstErrorLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("multi-line reply")
        << QStringLiteral("Hello,\n\n550-5.7.1 [192.0.2.25] The IP you're using to send mail\n"
                          "550-5.7.1 is not authorized to send email directly to our\n"
                          "550 5.7.1 servers. - gsmtp\n\nBye\n")
        << "550-5.7.1 [192.0.2.25] The IP you're using to send mail 550-5.7.1 is not authorized "
           "to send email directly to our 550 5.7.1 servers. - gsmtp";
    QTest::newRow("indented continuation")
        << QStringLiteral("<taro@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1\n"
                          "    Service unavailable; Client host [198.51.100.7] blocked\n"
                          "\tusing zen.spamhaus.org\nnext paragraph\n")
        << "<taro@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Service "
           "unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org";
    QTest::newRow("quoted header lines skipped")
        << QStringLiteral("Subject: Your order was rejected\nFrom: shop@example.com\n\n"
                          "Mailbox is full\n")
        << "Mailbox is full";
    QTest::newRow("enhanced code alone")
        << QStringLiteral("Status report\nreason: 5.2.2 quota\n") << "reason: 5.2.2 quota";
    QTest::newRow("no error") << QStringLiteral("Thank you for your message.\nSee you soon.\n")
                              << "";
    // Compared caselessly as PCRE2 does: "ſ" is an "s", the Kelvin sign a "k".
    QTest::newRow("caseless beyond ASCII")
        << QString::fromUtf16(u"Your mail: u\u017Fer un\u212Anown\n")
        << QString::fromUtf16(u"Your mail: u\u017Fer un\u212Anown");
    QTest::newRow("reply code inside a number")
        << QStringLiteral("Order 1550 shipped\nTicket x550 y\n") << "";
    QTest::newRow("reply code ending the line")
        << QStringLiteral("Reply was 421\n") << "Reply was 421";
    QTest::newRow("enhanced code inside words")
        << QStringLiteral("Version 5.1.1000 and v5.1.1\n") << "";
    QTest::newRow("full as a word")
        << QStringLiteral("Carefully done\nThe disk is full.\n") << "The disk is full.";
    QTest::newRow("carriage return after a reply code") << QStringLiteral("550\r\nnext\n") << "";
    QTest::newRow("carriage return after an enhanced code")
        << QStringLiteral("5.7.1\r\n") << "5.7.1";
    QTest::newRow("empty") << QString() << "";
}

void TestMimeParser::findsFirstErrorLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextScanner::firstErrorLine(text), expected);
}

void TestMimeParser::findsReturnedMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("separator"); // the line the returned copy starts on, or empty
    QTest::addColumn<QString>("bug");

    QTest::newRow("exim") << QString::fromUtf8(kEximText)
                          << "------ This is a copy of the message, including all the headers. "
                             "------"
                          << "";
    QTest::newRow("qmail") << QString::fromUtf8(kQmailText)
                           << "--- Below this line is a copy of the message."
                           << "";
    QTest::newRow("exchange") << QString::fromUtf8(kExchangeText) << "Original message headers:"
                              << "";
    QTest::newRow("sendmail, copy after the transcript")
        << QString::fromUtf8(kSendmailText) +
               QStringLiteral("\n   ----- Original message follows -----\n\n"
                              "Return-Path: <sender@example.jp>\n")
        << "   ----- Original message follows -----" << QString();
    QTest::newRow("postfix, no copy in the text") << QString::fromUtf8(kPostfixText) << ""
                                                  << "";
    QTest::newRow("no copy") << QStringLiteral("Mailbox full.\n") << ""
                             << "";
    QTest::newRow("blank lines and rules before the phrase")
        << QStringLiteral("Delivery failed.\n\n\t\n  ==== Original message ====\nFrom: a@b.c\n")
        << "  ==== Original message ===="
        << "";
    QTest::newRow("caseless long s")
        << QString::fromUtf16(u"Failed.\n--- Returned me\u017F\u017Fage\n")
        << QString::fromUtf16(u"--- Returned me\u017F\u017Fage") << "";
    QTest::newRow("phrase inside a sentence")
        << QStringLiteral("Please see the original message below.\n") << ""
        << "";
}

void TestMimeParser::findsReturnedMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, separator);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const qsizetype start = TextScanner::returnedMessageStart(text);
    if (separator.isEmpty()) {
        QCOMPARE(start, qsizetype(-1));
        return;
    }
    const qsizetype line = text.indexOf(QLatin1Char('\n') + separator + QLatin1Char('\n')) + 1;
    QVERIFY(line > 0);
    EXPECT_KNOWN_BUG(bugText);
    // The start may include blank lines before the separator, nothing else.
    QVERIFY2(start >= 0 && start <= line && text.mid(start, line - start).trimmed().isEmpty(),
             qPrintable(QStringLiteral("expected the copy to start at %1 (\"%2\"), got %3 (\"%4\")")
                            .arg(line)
                            .arg(separator)
                            .arg(start)
                            .arg(text.mid(qMax<qsizetype>(start, 0), 40))));
}

void TestMimeParser::listsAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("order, duplicates, domain case")
        << QStringLiteral("To: <Taro@Example.COM>, hanako@example.net; taro@example.com again")
        << QStringList({"Taro@example.com", "hanako@example.net"});
    QTest::newRow("trailing dot and dash")
        << QStringLiteral("Giving up on jiro@example.org. Also saburo@example.org-")
        << QStringList({"jiro@example.org", "saburo@example.org"});
    QTest::newRow("plus and dots") << QStringLiteral("rcpt first.last+tag@mail.example.co.jp")
                                   << QStringList({"first.last+tag@mail.example.co.jp"});
    // An address that is all of the text is given back as it stands, or normalised.
    QTest::newRow("an address alone")
        << QStringLiteral("Taro@example.com") << QStringList({"Taro@example.com"});
    QTest::newRow("an address alone, capital domain")
        << QStringLiteral("taro@Example.COM") << QStringList({"taro@example.com"});
    QTest::newRow("an address alone, a dot after it")
        << QStringLiteral("taro@example.com.") << QStringList({"taro@example.com"});
    QTest::newRow("no domain") << QStringLiteral("user@ and @example.com") << QStringList();
    QTest::newRow("none") << QStringLiteral("no addresses") << QStringList();
}

void TestMimeParser::listsAddresses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(TextScanner::addresses(text), expected);
}

void TestMimeParser::findsUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("viewSize"); // the finder sees text.left(viewSize)
    QTest::addColumn<QList<qsizetype>>("expected");

    using Places = QList<qsizetype>;
    QTest::newRow("empty") << QString() << 0 << Places();
    QTest::newRow("none") << QStringLiteral("no breaks here") << 14 << Places();
    QTest::newRow("only breaks") << QStringLiteral("\n\n\n") << 3 << Places({0, 1, 2});
    // Blocks are sixteen units: places at either side of a block's edge, in the last part block.
    const QString edges = QStringLiteral("a\n............\n\n\n\n............\n\n..\n");
    QTest::newRow("block edges") << edges << int(edges.size())
                                 << Places({1, 14, 15, 16, 17, 30, 31, 34});
    QTest::newRow("sixteen units, break last")
        << QStringLiteral("...............\n") << 16 << Places({15});
    QTest::newRow("seventeen units, break last")
        << QStringLiteral("................\n") << 17 << Places({16});
    // The last block ends with the text, over places the one before has returned.
    QTest::newRow("last block over the one before")
        << QStringLiteral("...\n......\n......\n..") << 20 << Places({3, 10, 17});
    QTest::newRow("only in the last block")
        << QStringLiteral("..................\n.") << 20 << Places({18});
    // Nothing past the view is read: the break after it is not found.
    QTest::newRow("break just past the view")
        << QStringLiteral("...............\n.\n") << 15 << Places();
    QTest::newRow("break just past a part block")
        << QStringLiteral("\n................\n") << 17 << Places({0});
    // Units that share a byte with a line break are not one.
    QTest::newRow("beyond ASCII") << QString::fromUtf16(u"\u010a\u0a0a\n\U0001F600\n\uff0a") << 7
                                  << Places({2, 5});
}

void TestMimeParser::findsUnits()
{
    QFETCH(QString, text);
    QFETCH(int, viewSize);
    QFETCH(QList<qsizetype>, expected);
    TextScanner::UnitFinder finder(QStringView(text).left(viewSize), u'\n');
    QList<qsizetype> found;
    for (qsizetype at = finder.next(); at >= 0; at = finder.next())
        found.append(at);
    QCOMPARE(found, expected);
    QCOMPARE(finder.next(), qsizetype(-1)); // and stays at the end
}

void TestMimeParser::trimsAsQtDoes_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces only") << QStringLiteral(" \t\r\n ");
    QTest::newRow("nothing to trim") << QStringLiteral("a b");
    QTest::newRow("ASCII white space") << QStringLiteral("\t\v\f a b \r\n");
    QTest::newRow("Unicode spaces") << QString::fromUtf16(u"\u00a0\u3000\u2028a\u0085\u1680\u205f");
    QTest::newRow("not spaces") << QString::fromUtf16(u"\u200b a \ufeff");
}

// TextScanner::trimmed() is QStringView::trimmed(), to the view's place in the text.
void TestMimeParser::trimsAsQtDoes()
{
    QFETCH(QString, text);
    const QStringView expected = QStringView(text).trimmed();
    const QStringView trimmed = TextScanner::trimmed(text);
    QCOMPARE(trimmed.data(), expected.data());
    QCOMPARE(trimmed.size(), expected.size());
}

void TestMimeParser::tellsSimpleAscii_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("simple");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("one word") << QStringLiteral("a") << true;
    QTest::newRow("words") << QStringLiteral("550 5.1.1 User unknown") << true;
    QTest::newRow("space first") << QStringLiteral(" a") << false;
    QTest::newRow("space last") << QStringLiteral("a ") << false;
    QTest::newRow("only a space") << QStringLiteral(" ") << false;
    QTest::newRow("two spaces") << QStringLiteral("a  b") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("tab first") << QStringLiteral("\ta") << false;
    QTest::newRow("line break") << QStringLiteral("a\nb") << false;
    QTest::newRow("carriage return last") << QStringLiteral("a\r") << false;
    QTest::newRow("beyond ASCII") << QString::fromUtf16(u"a\u00e9") << false;
    QTest::newRow("beyond ASCII first") << QString::fromUtf16(u"\u00e9a") << false;
    // Long enough for the vectorised loop, with the irregularity in its tail.
    QTest::newRow("long, double space at the end")
        << QStringLiteral("0123456789 0123456789 0123456789 0123456789  x") << false;
    QTest::newRow("long") << QStringLiteral("0123456789 0123456789 0123456789 0123456789 x")
                          << true;
}

// Exactly the texts simplified() leaves as they are, among ASCII texts.
void TestMimeParser::tellsSimpleAscii()
{
    QFETCH(QString, text);
    QFETCH(bool, simple);
    QCOMPARE(TextScanner::isSimpleAscii(text), simple);
    if (simple)
        QCOMPARE(text.simplified(), text);
}

// TextScanner reads its error words and a diagnostic's remote host by hand; they must find what
// the patterns they replace find. Random texts made of the patterns' words and their near misses,
// cut, in other cases, with "ſ" and the Kelvin sign: a line is an error line exactly when the
// error pattern matches it, and a heading's remote host is what the host pattern captures in
// its diagnostic.
void TestMimeParser::readsErrorsAndHostsAsPatternsDo()
{
    const QRegularExpression errorWords(
        QStringLiteral("(^|[\\s:(<>])([45]\\d\\d)([ -]|$)|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b|"
                       "blocked using|user unknown|unknown user|no such user|does not exist|"
                       "mailbox (is )?full|over quota|refused|rejected|denied|exceed|quota|"
                       "host unknown|unrouteable|timed out|not found|\\bfull\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression host(
        QStringLiteral("\\bhost\\s+([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})\\s*\\[|"
                       "\\bhost\\s+([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})\\s+said|"
                       "while talking to ([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList words = {
        QStringLiteral("user unknown"),
        QStringLiteral("mailbox is full"),
        QStringLiteral("over quota"),
        QStringLiteral("rejected"),
        QStringLiteral("denied"),
        QStringLiteral("unrouteable"),
        QStringLiteral("full"),
        QStringLiteral("fully"),
        QStringLiteral("550"),
        QStringLiteral("421-"),
        QStringLiteral("5.1.1"),
        QStringLiteral("4.2.2000"),
        QStringLiteral("x550"),
        QStringLiteral("host"),
        QStringLiteral("said"),
        QStringLiteral("while talking to "),
        QStringLiteral("mx.example.com"),
        QStringLiteral("a.b"),
        QStringLiteral("a.bc1"),
        QStringLiteral("-.jp"),
        QStringLiteral("["),
        QStringLiteral(" "),
        QStringLiteral("  "),
        QStringLiteral("\t"),
        QStringLiteral(":"),
        QStringLiteral("<"),
        QStringLiteral("_"),
        QStringLiteral("e"),
        QStringLiteral("s"),
        QStringLiteral("k"),
        QStringLiteral("host mx.example.com ["),
        QStringLiteral("host a.bc  said"),
        QStringLiteral("while talking to mx.example.com."),
    };
    QRandomGenerator random(20261128);
    const auto pick = [&random, &words] {
        return words.at(random.bounded(int(words.size())));
    };
    int errorLines = 0;
    int hosts = 0;
    for (int round = 0; round < 4000; ++round) {
        QString text;
        const int pieces = 1 + random.bounded(10);
        for (int piece = 0; piece < pieces; ++piece) {
            QString part = pick();
            if (random.bounded(5) == 0) {
                const int keep = random.bounded(int(part.size()) + 1);
                part = random.bounded(2) == 0 ? part.left(keep) : part.right(keep);
            }
            for (QChar &c : part) {
                if (random.bounded(3) == 0)
                    c = c.toUpper();
                else if (c == u'k' && random.bounded(3) == 0)
                    c = QChar(0x212a);
                else if (c == u's' && random.bounded(3) == 0)
                    c = QChar(0x17f);
            }
            text += part;
        }
        // "x " first: the line is never a quoted header line, which firstErrorLine() passes over.
        const QString line = QStringLiteral("x ") + text;
        const bool isErrorLine = !TextScanner::firstErrorLine(line).isEmpty();
        QVERIFY2(isErrorLine == errorWords.match(line).hasMatch(), qPrintable(codePoints(line)));
        errorLines += isErrorLine;

        const QList<TextScanner::Finding> findings =
            TextScanner::scan(QStringLiteral("<taro@example.com>: ") + text, {});
        QCOMPARE(findings.size(), 1);
        const QRegularExpressionMatch match = host.match(findings.first().diagnostic);
        QString expected;
        for (int i = 1; i <= 3 && expected.isEmpty(); ++i)
            expected = match.captured(i);
        QVERIFY2(findings.first().remoteMta == expected,
                 qPrintable(mismatch(findings.first().remoteMta, expected)));
        hosts += !expected.isEmpty();
    }
    // Both sides were met often: the texts test something.
    QVERIFY2(errorLines > 400 && errorLines < 3600, qPrintable(QString::number(errorLines)));
    QVERIFY2(hosts > 400 && hosts < 3600, qPrintable(QString::number(hosts)));
}

// ========================================= Citations ========================================

void TestMimeParser::citesSenderIps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("bug");

    // Phrases that point at the sending side.
    QTest::newRow("client host [x]")
        << QStringLiteral("554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using "
                          "zen.spamhaus.org")
        << QStringList({"192.0.2.25"}) << "";
    QTest::newRow("mail from x") << QStringLiteral("550 5.7.1 Mail from 198.51.100.20 refused: "
                                                   "listed at bl.example.net")
                                 << QStringList({"198.51.100.20"}) << "";
    QTest::newRow("messages from [x]")
        << QStringLiteral("550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent.")
        << QStringList({"203.0.113.9"}) << "";
    QTest::newRow("?ip=x") << QStringLiteral("554 5.7.0 Blocked - see "
                                             "https://ipcheck.example.com/?ip=192.0.2.77")
                           << QStringList({"192.0.2.77"}) << "";
    QTest::newRow("/query/ip/x")
        << QStringLiteral("see https://check.spamhaus.org/query/ip/192.0.2.88 for details")
        << QStringList({"192.0.2.88"}) << "";
    QTest::newRow("bl.shtml?x") << QStringLiteral("550 5.7.1 Blocked - see "
                                                  "https://www.spamcop.net/bl.shtml?192.0.2.99")
                                << QStringList({"192.0.2.99"}) << "";
    QTest::newRow("x is listed") << QStringLiteral("550 5.7.1 192.0.2.44 is listed in "
                                                   "bl.example.org")
                                 << QStringList({"192.0.2.44"}) << "";
    QTest::newRow("ipv6 client host")
        << QStringLiteral("554 5.7.1 Service unavailable; Client host [2001:db8:1::25] blocked "
                          "using zen.spamhaus.org")
        << QStringList({"2001:db8:1::25"}) << "";
    QTest::newRow("<unknown[x]>: client host")
        << QStringLiteral("554 5.7.1 <unknown[192.0.2.31]>: Client host rejected: Access denied")
        << QStringList({"192.0.2.31"}) << "";
    QTest::newRow("connections not accepted from x")
        << QStringLiteral("553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.32, "
                          "because the ip is in Spamhaus's list")
        << QStringList({"192.0.2.32"}) << "";
    QTest::newRow("gmail [x] after the code")
        << QStringLiteral("421-4.7.0 [192.0.2.33] Our system has detected an unusual rate")
        << QStringList({"192.0.2.33"}) << "";
    QTest::newRow("remote host named, then the client")
        << QStringLiteral("host mx.example.com[192.0.2.1] said: 554 5.7.1 Service unavailable; "
                          "Client host [198.51.100.7] blocked using bl.spamcop.net; see "
                          "https://www.spamcop.net/bl.shtml?198.51.100.7 (in reply to RCPT TO "
                          "command)")
        << QStringList({"198.51.100.7"}) << "";
    QTest::newRow("yahoo, sender and version code")
        << QStringLiteral("421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due "
                          "to unexpected volume or user complaints - 4.16.55.1; see "
                          "https://postmaster.yahooinc.com/error-codes")
        << QStringList({"192.0.2.25"}) << "";

    // Texts that name only the receiving side, codes or the DNS answer: nothing is cited.
    QTest::newRow("receiver's own address")
        << QStringLiteral("host mx.example.com[192.0.2.1] said: 550 user unknown") << QStringList()
        << "";
    QTest::newRow("receiver, full postfix line")
        << QStringLiteral("<taro@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                          "<taro@example.com>: Recipient address rejected: User unknown (in "
                          "reply to RCPT TO command)")
        << QStringList() << "";
    QTest::newRow("yahoo version code")
        << QStringLiteral("- 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
        << QStringList() << "";
    QTest::newRow("answer codes")
        << QStringLiteral("554 5.7.1 Client host blocked using zen.spamhaus.org=127.0.0.2; see "
                          "https://www.spamhaus.org/query/ip/127.0.0.2 (127.0.0.2 is listed)")
        << QStringList() << "";
    QTest::newRow("qmail giving up")
        << QStringLiteral("Giving up on 192.0.2.1.") << QStringList() << "";
    QTest::newRow("qmail does not like")
        << QStringLiteral("192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 User "
                          "unknown\nGiving up on 192.0.2.1.")
        << QStringList() << "";
    QTest::newRow("connect timeout")
        << QStringLiteral("connect to mx.example.org[203.0.113.5]:25: Connection timed out")
        << QStringList() << "";
    QTest::newRow("received header")
        << QStringLiteral("Received: from mail.example.jp (mail.example.jp [192.0.2.1]) by "
                          "mx.example.com with ESMTP")
        << QStringList() << "";
    QTest::newRow("remote-mta field")
        << QStringLiteral("Remote-MTA: dns; mx.example.com [192.0.2.1]") << QStringList() << "";
    QTest::newRow("enhanced codes and versions")
        << QStringLiteral("550 5.7.1 rejected by release 10.2.3.4 of the filter") << QStringList()
        << "";
    QTest::newRow("times") << QStringLiteral("Mail from 10:00:00 to 11:00:00 was deferred")
                           << QStringList() << "";
    QTest::newRow("non-canonical quad")
        << QStringLiteral("Client host [192.0.02.1] blocked") << QStringList() << QString();
}

void TestMimeParser::citesSenderIps()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    const QStringList cited = Citations::citedIps(text);
    EXPECT_KNOWN_BUG(bugText);
    QCOMPARE(cited, expected);
}

void TestMimeParser::citesListedDomains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("listed in the spamhaus dbl")
        << QStringLiteral("550 5.7.1 spammy.example is listed in the Spamhaus DBL")
        << QStringList({"spammy.example"});
    QTest::newRow("dbl query url")
        << QStringLiteral("554 5.7.1 Service unavailable; Sender address [bob@spammy.example] "
                          "blocked using dbl.spamhaus.org; "
                          "https://www.spamhaus.org/query/dbl?domain=spammy.example")
        << QStringList({"spammy.example"});
    QTest::newRow("domain query url")
        << QStringLiteral("see https://www.spamhaus.org/query/domain/spammy.example")
        << QStringList({"spammy.example"});
    QTest::newRow("url listed by surbl")
        << QStringLiteral("550 5.7.1 The URL promo.example.net is listed by SURBL")
        << QStringList({"promo.example.net"});
    QTest::newRow("domain lower-cased once")
        << QStringLiteral("554 Domain SPAMMY.Example is listed in the Spamhaus DBL")
        << QStringList({"spammy.example"});
    QTest::newRow("ip blocklist") << QStringLiteral("Client host [192.0.2.25] blocked using "
                                                    "zen.spamhaus.org; "
                                                    "https://www.spamhaus.org/query/ip/192.0.2.25")
                                  << QStringList();
    QTest::newRow("zone named only")
        << QStringLiteral("blocked using dbl.spamhaus.org") << QStringList();
    QTest::newRow("unrelated") << QStringLiteral("Host mx.example.com is unreachable")
                               << QStringList();
}

void TestMimeParser::citesListedDomains()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(Citations::citedDomains(text), expected);
}

// ===================================== ReasonClassifier =====================================

void TestMimeParser::classifiesReasons_data()
{
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("bug");

    struct Row
    {
        const char *name;
        const char *diagnostic;
        const char *status;
        const char *command;
        const char *expected;
        const char *action = "failed";
        const char *type = "smtp";
        const char *bug = "";
    };
    const Row rows[] = {
        {"postfix unknown user",
         "550 5.1.1 <taro@example.com>: Recipient address rejected: User unknown in virtual "
         "mailbox table",
         "5.1.1", "RCPT", "userunknown"},
        {"gmail no such account",
         "550-5.1.1 The email account that you tried to reach does not exist. Please try "
         "double-checking the recipient's email address for typos or unnecessary spaces.",
         "5.1.1", "RCPT", "userunknown"},
        {"exchange recipient not found",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         "5.1.10", "RCPT", "userunknown"},
        {"sendmail user unknown", "550 5.1.1 <taro@example.com>... User unknown", "5.1.1", "RCPT",
         "userunknown"},
        {"domino", "554 5.0.0 taro@example.com is not listed in the public name & address book",
         "5.0.0", "RCPT", "userunknown"},
        {"mailbox full", "552 5.2.2 <hanako@example.net>: Mailbox full", "5.2.2", "RCPT",
         "mailboxfull"},
        {"over quota",
         "452-4.2.2 The email account that you tried to reach is over quota. Please direct the "
         "recipient to the help page.",
         "4.2.2", "RCPT", "mailboxfull", "delayed"},
        {"dnsbl",
         "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using "
         "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25",
         "5.7.1", "RCPT", "blocked"},
        {"dnsbl outranks user unknown",
         "550 5.7.1 Client host [192.0.2.25] blocked using bl.spamcop.net; user unknown", "5.7.1",
         "RCPT", "blocked"},
        {"microsoft banned ip",
         "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from "
         "this list please visit the delist portal.",
         "5.7.606", "RCPT", "blocked"},
        {"microsoft 5.7.6xx code alone", "", "5.7.649", "", "blocked"},
        {"exim black list",
         "550 Rejected because 192.0.2.25 is in a black list at b.barracudacentral.org", "", "RCPT",
         "blocked"},
        {"ip address blacklisted",
         "550 5.7.1 Your IP address 192.0.2.25 has been blacklisted by UCEPROTECT-Level1", "5.7.1",
         "RCPT", "blocked", "failed", "smtp", ""},
        {"refused at connection", "554 mail.example.com", "", "CONN", "blocked"},
        {"policy at connection",
         "501 Connection rejected by policy [7.7] 20805, please visit the support site", "", "CONN",
         "blocked"},
        {"low reputation",
         "550-5.7.1 Our system has detected that this message is likely suspicious due to the "
         "very low reputation of the sending IP address.",
         "5.7.1", "DATA", "badreputation"},
        {"yahoo deferral",
         "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected "
         "volume or user complaints - 4.16.55.1",
         "4.7.0", "CONN", "badreputation", "delayed"},
        {"postfix no hostname",
         "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.25]", "4.7.25",
         "RCPT", "requireptr", "delayed"},
        {"gmail ptr",
         "550-5.7.25 [192.0.2.25] The IP address sending this message does not have a PTR "
         "record setup, or the corresponding forward DNS entry does not point to the sending IP.",
         "5.7.25", "DATA", "requireptr"},
        {"spf fail",
         "550 5.7.23 <taro@example.com>: Recipient address rejected: Message rejected due to: "
         "SPF fail - not authorized.",
         "5.7.23", "RCPT", "authfailure"},
        {"dmarc",
         "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC "
         "policy.",
         "5.7.26", "DATA", "authfailure"},
        {"spam content", "550 5.7.1 Message rejected as spam by content filtering", "5.7.1", "DATA",
         "spamdetected"},
        {"virus", "554 5.7.1 Virus found in message: Eicar-Test-Signature", "5.7.1", "DATA",
         "virusdetected"},
        {"postfix host not found",
         "Host or domain name not found. Name service error for name=example.invalid type=A: "
         "Host not found",
         "5.4.4", "", "hostunknown"},
        {"relay denied", "554 5.7.1 <taro@example.net>: Relay access denied", "5.7.1", "RCPT",
         "norelaying"},
        {"too big", "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4", "DATA",
         "mesgtoobig"},
        {"too big for the mailbox (5.2.3)",
         "552 5.2.3 Message exceeds the size limit of the "
         "recipient",
         "5.2.3", "DATA", "exceedlimit"},
        {"retry timeout", "retry timeout exceeded", "5.4.7", "", "expired"},
        {"sendmail queue expiry", "Message could not be delivered for 5 days", "4.4.7", "",
         "expired"},
        {"connect timeout, delayed",
         "connect to mx.example.org[203.0.113.5]:25: Connection timed out", "4.4.1", "", "expired",
         "delayed", "x-postfix"},
        {"connection refused", "connect to mx.example.org[203.0.113.5]:25: Connection refused",
         "4.4.1", "", "networkerror", "delayed", "x-postfix"},
        {"mail loop", "554 5.4.6 Too many hops 26 (25 max)", "5.4.6", "DATA", "networkerror"},
        {"disabled account", "550 5.2.1 The email account that you tried to reach is disabled.",
         "5.2.1", "RCPT", "suspend"},
        {"sender rejected at MAIL FROM",
         "553 5.1.8 <bob@nowhere.example>: Sender address "
         "rejected: Domain not found",
         "5.1.8", "MAIL", "rejected"},
        {"unknown user at MAIL FROM", "550 5.1.1 <bob@example.jp>: user unknown", "5.1.1", "MAIL",
         "rejected"},
        {"user unknown after DATA", "550 User unknown", "", "DATA", "filtered"},
        {"user unknown after DATA, with 5.1.1", "550 5.1.1 User unknown", "5.1.1", "DATA",
         "userunknown"},
        {"delivery not authorized", "550 5.7.1 Delivery not authorized, message refused", "5.7.1",
         "RCPT", "securityerror"},
        {"starttls failed", "454 4.7.5 STARTTLS negotiation failed", "4.7.5", "", "failedstarttls",
         "delayed"},
        {"authentication required", "530 5.7.1 Authentication required", "5.7.1", "RCPT",
         "securityerror"},
        {"local policy", "550 5.7.1 Message rejected due to local policy", "5.7.1", "DATA",
         "policyviolation"},
        {"not rfc 5322",
         "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.",
         "5.7.1", "DATA", "notcompliantrfc"},
        {"missing message-id",
         "550-5.7.1 Messages missing a valid Message-ID header are not accepted.", "5.7.1", "DATA",
         "notcompliantrfc"},
        {"rate limit", "450 4.7.1 Rate limit exceeded for this sender, try again later", "4.7.1",
         "RCPT", "speeding", "delayed"},
        {"too many connections", "421 4.7.0 Too many connections from your IP, try again later",
         "4.7.0", "CONN", "toomanyconn", "delayed"},
        {"internal error", "451 4.3.0 Internal server error", "4.3.0", "DATA", "systemerror",
         "delayed"},
        {"syntax error", "501 5.5.4 Syntax error in parameters or arguments", "5.5.4", "MAIL",
         "syntaxerror"},
        {"headers too long", "554 5.6.0 Message headers too long", "5.6.0", "DATA", "contenterror"},
        {"moved", "550 5.1.6 Recipient has moved; forwarding address unknown to us", "5.1.6",
         "RCPT", "hasmoved"},
        {"null mx",
         "556 5.1.10 Recipient address rejected: Domain example.com does not accept mail (nullMX)",
         "5.1.10", "RCPT", "notaccept"},
        {"system storage", "452 4.3.1 Insufficient system storage", "4.3.1", "MAIL", "systemfull",
         "delayed"},
        {"procmail", "procmail: Error while writing to \"/var/mail/taro\"", "5.3.0", "",
         "mailererror", "failed", "x-unix"},
        {"x-unix, no words, 5.3", "exit 75", "5.3.0", "", "systemerror", "failed", "x-unix"},
        {"status only, 5.1.1", "", "5.1.1", "", "userunknown"},
        {"status only, 5.7.0", "", "5.7.0", "", "securityerror"},
        {"delayed, nothing else", "", "", "", "expired", "delayed", ""},
        {"unexplained text", "Delivery to the following recipient failed.", "", "", "onhold",
         "failed", ""},
        {"unknown status", "Sorry.", "5.9.9", "", "onhold"},
        {"nothing", "", "", "", "undefined", "failed", ""},
    };
    for (const Row &row : rows) {
        QTest::newRow(row.name) << QString::fromUtf8(row.diagnostic)
                                << QString::fromLatin1(row.status)
                                << QString::fromLatin1(row.command)
                                << QString::fromLatin1(row.action) << QString::fromLatin1(row.type)
                                << QString::fromLatin1(row.expected) << QString::fromUtf8(row.bug);
    }
}

void TestMimeParser::classifiesReasons()
{
    QFETCH(QString, diagnostic);
    QFETCH(QString, status);
    QFETCH(QString, command);
    QFETCH(QString, action);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QFETCH(QString, bug);
    const QByteArray bugText = bug.toUtf8();
    QVERIFY2(ReasonClassifier::patternsAreValid(), "a built-in phrase pattern does not compile");
    QVERIFY2(ReasonClassifier::failureReasons().contains(expected),
             qPrintable(expected + QStringLiteral(" is not in the vocabulary")));
    ReasonClassifier::Input input;
    input.diagnostic = diagnostic;
    input.status = status;
    input.replyCode = diagnostic.left(3);
    input.action = action;
    input.command = command;
    input.diagnosticType = type;
    const QString actual = ReasonClassifier::classify(input);
    EXPECT_KNOWN_BUG(bugText);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("expected %1, got %2").arg(expected, actual)));
}

// ======================================== PatternSet ========================================

namespace {

QList<QRegularExpression> caseless(const QStringList &patterns)
{
    QList<QRegularExpression> expressions;
    for (const QString &pattern : patterns)
        expressions.append(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return expressions;
}

} // namespace

void TestMimeParser::findsLiterals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("at the start") << "listed in"
                                  << "listed in zen, and more" << true;
    QTest::newRow("at the end") << "listed in"
                                << "the address is listed in" << true;
    QTest::newRow("the whole text") << "listed in"
                                    << "listed in" << true;
    QTest::newRow("text shorter than the literal") << "listed in"
                                                   << "listed" << false;
    QTest::newRow("straddling the end") << "listed in"
                                        << "it is listed i" << false;
    QTest::newRow("straddling the start") << "listed in"
                                          << "sted in zen" << false;
    QTest::newRow("case differences") << "listed in"
                                      << "LiSTeD IN" << true;
    QTest::newRow("pattern in capitals") << "LISTED IN"
                                         << "listed in" << true;
    QTest::newRow("only one character away") << "listed in"
                                             << "listed_in" << false;
    QTest::newRow("overlapping, first") << "abab"
                                        << "xababab" << true;
    QTest::newRow("overlapping, second") << "baba"
                                         << "xababab" << true;
    QTest::newRow("repeated character") << "aaab"
                                        << "aaaaaaaab" << true;
    QTest::newRow("rare pair at the end") << "network \\(x"
                                          << "network (x" << true;
    QTest::newRow("rare pair at the end, cut") << "network \\(x"
                                               << "network (" << false;
    QTest::newRow("rare pair at the start") << "q=hello"
                                            << "a Q=Hello b" << true;
    QTest::newRow("rare pair elsewhere") << "q=hello"
                                         << "q=help hello" << false;
    QTest::newRow("two characters") << "q="
                                    << "Q=" << true;
    QTest::newRow("two characters at the end") << "q="
                                               << "abc q" << false;
    QTest::newRow("empty text") << "q="
                                << "" << false;
    QTest::newRow("one character") << "q="
                                   << "q" << false;
    QTest::newRow("after a long text")
        << "ers-qil" << QString(QStringLiteral("abcdefgh ").repeated(40) + "ERS-QIL") << true;
    QTest::newRow("across CR LF") << "end\r\nnext"
                                  << "the END\r\nnext line" << true;
    QTest::newRow("Kelvin sign for k") << "kelvin" << QStringLiteral("\u212Aelvin") << true;
    QTest::newRow("Kelvin sign, rare pair") << "ok=1" << QStringLiteral("O\u212A=1") << true;
    QTest::newRow("long s for s") << "rosa" << QStringLiteral("ro\u017Fa") << true;
    QTest::newRow("long s in capitals") << "ROSA" << QStringLiteral("RO\u017FA") << true;
    QTest::newRow("capital sharp s")
        << QStringLiteral("stra\u00DFe") << QStringLiteral("STRA\u1E9EE") << true;
    QTest::newRow("sharp s is not ss") << QStringLiteral("stra\u00DFe") << "STRASSE" << false;
    QTest::newRow("Japanese") << QStringLiteral("\u30A8\u30E9\u30FC\u767A\u751F")
                              << QStringLiteral("\u914D\u4FE1\u30A8\u30E9\u30FC\u767A\u751F\u3002")
                              << true;
    QTest::newRow("Japanese, one differs")
        << QStringLiteral("\u30A8\u30E9\u30FC\u767A\u751F")
        << QStringLiteral("\u914D\u4FE1\u30A8\u30E9\u30FC\u767A\u751E\u3002") << false;
    QTest::newRow("among Japanese") << "spam" << QStringLiteral("\u30A8SPAM\u30E9") << true;
    QTest::newRow("next to a surrogate pair")
        << "spam" << QStringLiteral("\U0001F600spam\U0001F600") << true;
    // Only 'A' to 'Z' fold: not '@' (before 'A') into '`', nor '[' (after 'Z') into '{'.
    QTest::newRow("signs next to the capitals") << "x@\\[`\\{y"
                                                << "X@[`{Y" << true;
    QTest::newRow("'@' is not '`'") << "ab`cd"
                                    << "AB@CD" << false;
    QTest::newRow("'[' is not '{'") << "ab\\{cd"
                                    << "AB[CD" << false;
    QTest::newRow("among Cyrillic") << "spam" << QStringLiteral("\u0416SPAM\u0436") << true;
    QTest::newRow("among Hangul") << "spam" << QStringLiteral("\uAC00SPAM\uD7A3") << true;
    QTest::newRow("after replacement characters")
        << "spam" << QStringLiteral("\uFFFD\uFFFDSpAm") << true;
    QTest::newRow("Greek capital is not the letter")
        << "spam" << QStringLiteral("SP\u0391M") << false;
    // Near a character beyond ASCII the text is read a pair at a time, sixteen pairs on: a
    // literal before, across and after the end of that stretch.
    for (int gap = 10; gap <= 20; ++gap) {
        const QString filler(gap, u'x');
        QTest::addRow("%d after a non-ASCII character", gap)
            << "q=hello" << QStringLiteral("\u00E9") + filler + QStringLiteral("Q=Hello") << true;
        QTest::addRow("%d before a non-ASCII character", gap)
            << "q=hello" << QStringLiteral("Q=Hello") + filler + QStringLiteral("\u00E9") << true;
        QTest::addRow("%d after a non-ASCII character, cut", gap)
            << "q=hello" << QStringLiteral("\u00E9") + filler + QStringLiteral("Q=Hell") << false;
    }
}

void TestMimeParser::findsLiterals()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const PatternSet set(caseless({pattern}));
    QVERIFY2(!set.needs(0).isEmpty(), "the pattern needs a literal");
    QCOMPARE(set.at(0).match(text).hasMatch(), matches);
    QCOMPARE(set.candidates(text), QList<bool>{matches});
    QCOMPARE(set.mayMatch(0, set.literalsIn(text)), matches);
}

void TestMimeParser::knowsPlainBranches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseless");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("surely");

    QTest::newRow("literal") << "listed in" << true << "IS LISTED IN ZEN" << true;
    QTest::newRow("literal missing") << "listed in" << true << "is listed" << false;
    QTest::newRow("alternatives") << "(?:spam|junk) mail" << true << "a Junk Mail" << true;
    QTest::newRow("optional group") << "mailbox (is )?full" << true << "mailbox full" << true;
    QTest::newRow("lazy optional group")
        << "mailbox (is )??full" << true << "mailbox is full" << true;
    QTest::newRow("named group") << "(?<w>spam) mail" << true << "spam mail" << true;
    QTest::newRow("one plain branch") << "\\bspam\\b|junk mail" << true << "junk mail" << true;
    QTest::newRow("only the other branch") << "\\bspam\\b|junk mail" << true << "spam" << false;
    QTest::newRow("word boundary") << "\\bspam\\b" << true << "spam" << false;
    QTest::newRow("class") << "spam\\d" << true << "spam1" << false;
    QTest::newRow("any character") << "sp.m" << true << "spam" << false;
    QTest::newRow("start of text") << "^spam" << true << "spam" << false;
    QTest::newRow("lookahead") << "spam(?= mail)" << true << "spam mail" << false;
    QTest::newRow("option setting") << "(?-i)spam" << true << "spam" << false;
    QTest::newRow("option group") << "(?-i:spam)" << true << "spam" << false;
    QTest::newRow("case-sensitive pattern") << "spam" << false << "spam" << false;
    // Never given back: "(?>ab|a)b" does not match "ab" + "b" when the group took "ab" first
    // and "a" + "b" is what is there.
    QTest::newRow("atomic group") << "x(?>ab|a)bc" << true << "xabc" << false;
    QTest::newRow("possessive") << "x(?:ab)?+abc" << true << "xabc" << false;
}

void TestMimeParser::knowsPlainBranches()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseless);
    QFETCH(QString, text);
    QFETCH(bool, surely);
    const PatternSet set(
        {QRegularExpression(pattern, caseless ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption)});
    QCOMPARE(set.surelyMatches(0, set.literalsIn(text)), surely);
    PatternSet::Literals literals;
    set.literalsIn(text, &literals);
    QCOMPARE(set.mayMatch(0, literals), set.candidates(text).at(0));
    QCOMPARE(set.surelyMatches(0, literals), surely);
    if (surely)
        QVERIFY(set.at(0).match(text).hasMatch());
}

// PatternSet takes characters from U+3000 to U+9FFF, the Hangul syllables (U+AC00 to U+D7A3)
// and the specials (U+FFF0 to U+FFFF) as their own case folding.
void TestMimeParser::leavesCjkUncased()
{
    for (char32_t c = 0x3000; c < 0xa000; ++c)
        QCOMPARE(QChar::toCaseFolded(c), c);
    for (char32_t c = 0xac00; c < 0xd7a4; ++c)
        QCOMPARE(QChar::toCaseFolded(c), c);
    for (char32_t c = 0xfff0; c <= 0xffff; ++c)
        QCOMPARE(QChar::toCaseFolded(c), c);
}

// Random texts made of the patterns' literals, cut, in other cases, with the non-ASCII characters
// that fold into ASCII: a pattern that is no candidate must not match, and one that is only a
// literal is a candidate exactly when it matches.
void TestMimeParser::findsExactlyWhatPatternsMatch()
{
    const QStringList literals = {
        QStringLiteral("listed in"),   QStringLiteral("listed at"),
        QStringLiteral("ed"),          QStringLiteral("q="),
        QStringLiteral("ers-qil"),     QStringLiteral("kelvin"),
        QStringLiteral("rosa"),        QStringLiteral("spam"),
        QStringLiteral("aab"),         QStringLiteral("abab"),
        QStringLiteral("b "),          QStringLiteral("5.7.1"),
        QStringLiteral("[bl"),         QStringLiteral("ok"),
        QStringLiteral("sk"),          QStringLiteral("is not"),
        QStringLiteral("stra\u00DFe"), QStringLiteral("\u30A8\u30E9\u30FC"),
        QStringLiteral("x\u3002"),     QStringLiteral("\r\n\r\n"),
        QStringLiteral("in"),          QStringLiteral("junk"),
        QStringLiteral(" mail"),
    };
    QStringList patterns;
    for (const QString &literal : literals)
        patterns.append(QRegularExpression::escape(literal));
    const qsizetype literalOnly = patterns.size();
    patterns += QStringList{
        QStringLiteral("(?:spam|junk) mail"),
        QStringLiteral("\\bers-qil\\b"),
        QStringLiteral("listed (?:in|at|on)"),
        QStringLiteral("is\\s+not"),
        QStringLiteral("a+b{2}"),
        QStringLiteral("k.?s"),
        QStringLiteral("(?:ok|rosa)[ =]1"),
        QStringLiteral("ers-qil.*listed at"),
        QStringLiteral("q=\\d|ok.*kelvin|spam"),
        QStringLiteral("^(?:spam|rosa)$"),
        QStringLiteral("(?:listed |is )?(?:in|at)(?: mail)?"),
        QStringLiteral("ab(?>ab|a)b|(?:aab)?+abab"),
        QStringLiteral("\\d+\\.\\d+\\.\\d+"),
    };
    const PatternSet set(caseless(patterns));
    for (qsizetype i = 0; i < literalOnly; ++i)
        QVERIFY2(!set.needs(i).isEmpty(), qPrintable(patterns.at(i)));

    const QStringList extras = {
        QStringLiteral(" "),      QStringLiteral("a"),          QStringLiteral("b"),
        QStringLiteral("k"),      QStringLiteral("s"),          QStringLiteral("="),
        QStringLiteral("\r"),     QStringLiteral("\n"),         QStringLiteral("\u212A"),
        QStringLiteral("\u017F"), QStringLiteral("\u1E9E"),     QStringLiteral("\u30A8"),
        QStringLiteral("\u3002"), QStringLiteral("\U0001F600"), QStringLiteral("1"),
    };
    QList<int> matched(set.size(), 0);
    QList<int> ruledOut(set.size(), 0);
    QRandomGenerator random(20240607);
    const auto pick = [&random](const QStringList &list) {
        return list.at(random.bounded(int(list.size())));
    };
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int pieces = random.bounded(24);
        for (int piece = 0; piece < pieces; ++piece) {
            QString part = random.bounded(3) == 0 ? pick(extras) : pick(literals);
            if (random.bounded(4) == 0) { // a cut: a literal's start or end
                const int keep = random.bounded(int(part.size()) + 1);
                part = random.bounded(2) == 0 ? part.left(keep) : part.right(keep);
                if (!part.isEmpty() && part.back().isHighSurrogate())
                    part.chop(1);
                if (!part.isEmpty() && part.front().isLowSurrogate())
                    part.remove(0, 1);
            }
            for (QChar &c : part) {
                if (random.bounded(3) == 0)
                    c = c.toUpper();
                else if (c == u'k' && random.bounded(3) == 0)
                    c = QChar(0x212a);
                else if (c == u's' && random.bounded(3) == 0)
                    c = QChar(0x17f);
            }
            text += part;
        }
        const QList<bool> candidates = set.candidates(text);
        const QList<bool> literalsFound = set.literalsIn(text);
        for (qsizetype i = 0; i < set.size(); ++i) {
            const bool matches = set.at(i).match(text).hasMatch();
            const QString why = patterns.at(i) + QStringLiteral(" in ") + codePoints(text);
            QCOMPARE(set.mayMatch(i, literalsFound), candidates.at(i));
            const bool surely = set.surelyMatches(i, literalsFound);
            QVERIFY2(!surely || matches, qPrintable(why));
            if (i < literalOnly)
                QVERIFY2(candidates.at(i) == matches && surely == matches, qPrintable(why));
            else if (matches)
                QVERIFY2(candidates.at(i), qPrintable(why));
            matched[i] += matches;
            ruledOut[i] += !candidates.at(i);
        }
    }
    // Each pattern that needs literals was both found and ruled out: the texts test something.
    for (qsizetype i = 0; i < set.size(); ++i) {
        if (!set.needs(i).isEmpty())
            QVERIFY2(matched.at(i) > 0 && ruledOut.at(i) > 0, qPrintable(patterns.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"
