#include "mapimessage.h"

#include "compoundfile.h"
#include "htmltext.h"
#include "textcodecs.h"

#include <QHash>
#include <QStringDecoder>
#include <QTextCodec>
#include <QtEndian>

#include <algorithm>
#include <iterator>

// Property ids and storage names are from [MS-OXPROPS] and [MS-OXMSG]; the NDR diagnostic codes
// are MAPI's MAPI_DIAG_* values.
namespace {

using Msg::kTo;
using Msg::Message;
using Msg::Recipient;

enum PropId : quint16
{
    MessageClass = 0x001A,
    Subject = 0x0037,
    ClientSubmitTime = 0x0039,
    ReceivedByName = 0x0040,
    SentRepresentingName = 0x0042,
    OriginalSubject = 0x0049,
    SentRepresentingAddrType = 0x0064,
    SentRepresentingEmail = 0x0065,
    ReceivedByAddrType = 0x0075,
    ReceivedByEmail = 0x0076,
    TransportHeaders = 0x007D,
    NdrReasonCode = 0x0C04,
    NdrDiagCode = 0x0C05,
    RecipientType = 0x0C15,
    SenderName = 0x0C1A,
    SupplementaryInfo = 0x0C1B,
    SenderAddrType = 0x0C1E,
    SenderEmail = 0x0C1F,
    NdrStatusCode = 0x0C20,
    RemoteMta = 0x0C21,
    DeliveryTime = 0x0E06,
    Body = 0x1000,
    ReportText = 0x1001,
    Html = 0x1013,
    InternetMessageId = 0x1035,
    DisplayName = 0x3001,
    AddrType = 0x3002,
    EmailAddress = 0x3003,
    AttachDataObject = 0x3701,
    AttachFilename = 0x3704,
    AttachLongFilename = 0x3707,
    SmtpAddress = 0x39FE,
    InternetCodepage = 0x3FDE,
    MessageLocaleId = 0x3FF1,
    MessageCodepage = 0x3FFD,
    SenderSmtpAddress = 0x5D01,
    SentRepresentingSmtpAddress = 0x5D02,
    ReceivedBySmtpAddress = 0x5D07,
    RecipientDisplayName = 0x5FF6,
    ReportingMta = 0x6820,
};

enum PropType : quint16
{
    TypeInt32 = 0x0003,
    TypeObject = 0x000D,
    TypeString8 = 0x001E,
    TypeUnicode = 0x001F,
    TypeTime = 0x0040,
    TypeBinary = 0x0102,
};

// Header sizes of the __properties_version1.0 stream, [MS-OXMSG] 2.4.1.
constexpr int kTopLevelHeader = 32;
constexpr int kEmbeddedHeader = 24;
constexpr int kRecipientOrAttachmentHeader = 8;
// Messages inside messages inside messages: enough for a forwarded bounce of a bounce.
constexpr int kMaxDepth = 3;

quint32 tag(quint16 id, quint16 type)
{
    return quint32(id) << 16 | type;
}

// Everything one reading pass shares; `damaged` is set when a stream we need is unreadable.
struct Reader
{
    const CompoundFile &file;
    bool damaged = false;
};

// The properties of one message, recipient or attachment storage.
class MapiObject final
{
public:
    MapiObject(Reader &reader, int storage, int propertiesHeader)
        : m_reader(&reader)
    {
        static const QLatin1String prefix("__substg1.0_");
        for (const CompoundFile::Entry &entry : reader.file.children(storage)) {
            if (entry.name.startsWith(prefix) && entry.name.size() == prefix.size() + 8) {
                bool ok = false;
                const quint32 t = entry.name.mid(prefix.size()).toUInt(&ok, 16);
                if (ok)
                    m_tags.insert(t, entry.index);
            } else if (entry.type == CompoundFile::Type::Stream &&
                       entry.name == QLatin1String("__properties_version1.0")) {
                readFixed(entry.index, propertiesHeader);
            } else if (entry.type == CompoundFile::Type::Storage) {
                if (entry.name.startsWith(QLatin1String("__recip_version1.0_#")))
                    m_recipients.append(entry.index);
                else if (entry.name.startsWith(QLatin1String("__attach_version1.0_#")))
                    m_attachments.append(entry.index);
            }
        }
    }

    bool isEmpty() const { return m_tags.isEmpty() && m_fixed.isEmpty(); }
    const QList<int> &recipients() const { return m_recipients; }
    const QList<int> &attachments() const { return m_attachments; }
    QTextCodec *codec() const { return m_codec; }
    void setCodec(QTextCodec *codec) { m_codec = codec; }

    // Strings end at the first NUL: writers differ on whether they store the terminator.
    QString string(quint16 id) const
    {
        QString text;
        if (const int unicode = m_tags.value(tag(id, TypeUnicode), -1); unicode >= 0) {
            const QByteArray raw = read(unicode);
            text = QStringDecoder(QStringConverter::Utf16LE).decode(raw);
        } else if (const int ansi = m_tags.value(tag(id, TypeString8), -1); ansi >= 0) {
            const QByteArray raw = read(ansi);
            text = m_codec ? m_codec->toUnicode(raw) : QString::fromLatin1(raw);
        }
        const qsizetype nul = text.indexOf(QChar(0));
        return nul >= 0 ? text.left(nul) : text;
    }

    QByteArray binary(quint16 id) const
    {
        const int index = m_tags.value(tag(id, TypeBinary), -1);
        return index >= 0 ? read(index) : QByteArray();
    }

    std::optional<qint32> int32(quint16 id) const
    {
        const auto it = m_fixed.constFind(tag(id, TypeInt32));
        if (it == m_fixed.cend())
            return std::nullopt;
        return qint32(quint32(*it));
    }

    std::optional<QDateTime> time(quint16 id) const
    {
        const auto it = m_fixed.constFind(tag(id, TypeTime));
        if (it == m_fixed.cend())
            return std::nullopt;
        // FILETIME: 100 ns steps since 1601-01-01 UTC. 11644473600 s separate it from 1970.
        const qint64 seconds = qint64(*it / 10000000) - 11644473600LL;
        if (seconds <= 0 || seconds > 253402300799LL) // keep to years 1970..9999
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }

    int object(quint16 id) const { return m_tags.value(tag(id, TypeObject), -1); }

private:
    QByteArray read(int index) const
    {
        std::optional<QByteArray> data = m_reader->file.read(index);
        if (!data) {
            m_reader->damaged = true;
            return {};
        }
        return *data;
    }

    // Fixed-size values sit in 16-byte records: tag, flags, then 8 bytes of value.
    void readFixed(int index, int header)
    {
        const QByteArray raw = read(index);
        for (qsizetype at = header; at + 16 <= raw.size(); at += 16) {
            const char *record = raw.constData() + at;
            const quint32 t = qFromLittleEndian<quint32>(record);
            const quint16 type = t & 0xFFFF;
            if (type == TypeInt32 || type == TypeTime)
                m_fixed.insert(t, qFromLittleEndian<quint64>(record + 8));
        }
    }

    Reader *m_reader;
    QHash<quint32, int> m_tags; // variable-size properties and objects: tag -> entry
    QHash<quint32, quint64> m_fixed;
    QList<int> m_recipients;
    QList<int> m_attachments;
    QTextCodec *m_codec = nullptr;
};

struct CodePageRule
{
    int key;
    int codePage;
};

// Internet (MIME charset) code pages and the Windows code page of the same script.
constexpr CodePageRule kWindowsFamily[] = {
    {932, 932},    {50220, 932},  {50221, 932},  {50222, 932},  {51932, 932},  {20932, 932},
    {936, 936},    {20936, 936},  {51936, 936},  {52936, 936},  {54936, 936},  {949, 949},
    {50225, 949},  {51949, 949},  {950, 950},    {874, 874},    {1250, 1250},  {28592, 1250},
    {1251, 1251},  {28595, 1251}, {20866, 1251}, {21866, 1251}, {1252, 1252},  {28591, 1252},
    {28605, 1252}, {20127, 1252}, {1253, 1253},  {28597, 1253}, {1254, 1254},  {28599, 1254},
    {1255, 1255},  {28598, 1255}, {38598, 1255}, {1256, 1256},  {28596, 1256}, {1257, 1257},
    {28594, 1257}, {28603, 1257}, {1258, 1258},
};

// Primary language of a Windows locale id and its usual Windows code page.
constexpr CodePageRule kLanguageCodePage[] = {
    {0x11, 932},  {0x12, 949},  {0x1E, 874},  {0x19, 1251}, {0x22, 1251},
    {0x23, 1251}, {0x02, 1251}, {0x2F, 1251}, {0x05, 1250}, {0x15, 1250},
    {0x0E, 1250}, {0x1B, 1250}, {0x24, 1250}, {0x18, 1250}, {0x1A, 1250},
    {0x08, 1253}, {0x1F, 1254}, {0x0D, 1255}, {0x01, 1256}, {0x29, 1256},
    {0x20, 1256}, {0x25, 1257}, {0x26, 1257}, {0x27, 1257}, {0x2A, 1258},
};

int lookup(const CodePageRule *begin, const CodePageRule *end, int key)
{
    const CodePageRule *rule =
        std::find_if(begin, end, [key](const CodePageRule &r) { return r.key == key; });
    return rule == end ? 0 : rule->codePage;
}

// The Windows ("ANSI") code page that 8-bit string properties were written in: the message's
// own code page, else the Windows family of its internet code page, else its locale's.
int ansiCodePage(const MapiObject &message)
{
    if (const auto cp = message.int32(MessageCodepage); cp && *cp > 0)
        return *cp;
    const int internet = message.int32(InternetCodepage).value_or(0);
    if (const int family = lookup(std::begin(kWindowsFamily), std::end(kWindowsFamily), internet))
        return family;
    const int lcid = message.int32(MessageLocaleId).value_or(0);
    if ((lcid & 0x3FF) == 0x04) // Chinese: simplified in China and Singapore, else traditional
        return (lcid == 0x0804 || lcid == 0x1004) ? 936 : 950;
    return lookup(std::begin(kLanguageCodePage), std::end(kLanguageCodePage), lcid & 0x3FF);
}

QTextCodec *codecForCodePage(int codePage)
{
    struct Name
    {
        int codePage;
        const char *name;
    };
    static constexpr Name names[] = {
        {65001, "UTF-8"},  {932, "Shift_JIS"},      {936, "GBK"},           {949, "CP949"},
        {950, "Big5"},     {50220, "ISO-2022-JP"},  {50221, "ISO-2022-JP"}, {50222, "ISO-2022-JP"},
        {51932, "EUC-JP"}, {51949, "EUC-KR"},       {54936, "GB18030"},     {20866, "KOI8-R"},
        {21866, "KOI8-U"}, {20127, "windows-1252"},
    };
    if (codePage <= 0)
        return nullptr;
    for (const Name &entry : names) {
        if (entry.codePage == codePage)
            return TextCodecs::codecForName(entry.name);
    }
    if (codePage >= 28591 && codePage <= 28606)
        return TextCodecs::codecForName("ISO-8859-" + QByteArray::number(codePage - 28590));
    if (QTextCodec *codec = TextCodecs::codecForName("windows-" + QByteArray::number(codePage)))
        return codec;
    return TextCodecs::codecForName("CP" + QByteArray::number(codePage));
}

// An SMTP address from an explicit SMTP property, or from an address whose type is SMTP.
QString smtpAddress(const MapiObject &object, quint16 smtpId, quint16 typeId, quint16 addressId)
{
    const QString smtp = object.string(smtpId);
    if (!smtp.isEmpty())
        return smtp;
    const QString type = object.string(typeId);
    const QString address = object.string(addressId);
    const bool isSmtp = type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0 ||
                        (type.isEmpty() && address.contains(QLatin1Char('@')));
    return isSmtp ? address : QString();
}

Recipient readRecipient(Reader &reader, int storage, QTextCodec *codec)
{
    MapiObject object(reader, storage, kRecipientOrAttachmentHeader);
    object.setCodec(codec);
    Recipient r;
    r.name = object.string(DisplayName);
    if (r.name.isEmpty())
        r.name = object.string(RecipientDisplayName);
    r.address = smtpAddress(object, SmtpAddress, AddrType, EmailAddress);
    r.smtp = !r.address.isEmpty();
    if (!r.smtp)
        r.address = object.string(EmailAddress);
    r.type = object.int32(RecipientType).value_or(kTo) & 0xF; // high bits are flags
    r.diagCode = object.int32(NdrDiagCode);
    r.reasonCode = object.int32(NdrReasonCode);
    r.statusCode = object.int32(NdrStatusCode);
    r.supplementaryInfo = object.string(SupplementaryInfo);
    r.reportText = object.string(ReportText);
    r.remoteMta = object.string(RemoteMta);
    return r;
}

QString htmlBody(const MapiObject &message)
{
    QString html = message.string(Html);
    if (html.isEmpty()) {
        const QByteArray raw = message.binary(Html);
        if (raw.isEmpty())
            return {};
        QTextCodec *fallback = codecForCodePage(message.int32(InternetCodepage).value_or(65001));
        html =
            QTextCodec::codecForHtml(raw, fallback ? fallback : TextCodecs::codecForName("UTF-8"))
                ->toUnicode(raw);
    }
    return HtmlText::toPlainText(html);
}

Message readStorage(Reader &reader, int storage, int header, QTextCodec *parentCodec, int depth)
{
    MapiObject object(reader, storage, header);
    QTextCodec *own = codecForCodePage(ansiCodePage(object));
    object.setCodec(own           ? own
                    : parentCodec ? parentCodec
                                  : TextCodecs::codecForName("windows-1252"));

    Message m;
    m.messageClass = object.string(MessageClass);
    m.subject = object.string(Subject);
    m.body = object.string(Body);
    if (m.body.trimmed().isEmpty())
        m.body = htmlBody(object); // text only: HTML is never rendered and nothing is fetched
    m.reportText = object.string(ReportText);
    m.originalSubject = object.string(OriginalSubject);
    m.transportHeaders = object.string(TransportHeaders);
    m.messageId = object.string(InternetMessageId);
    m.reportingMta = object.string(ReportingMta);
    m.senderName = object.string(SenderName);
    if (m.senderName.isEmpty())
        m.senderName = object.string(SentRepresentingName);
    m.senderAddress = smtpAddress(object, SenderSmtpAddress, SenderAddrType, SenderEmail);
    if (m.senderAddress.isEmpty())
        m.senderAddress = smtpAddress(object, SentRepresentingSmtpAddress, SentRepresentingAddrType,
                                      SentRepresentingEmail);
    m.receivedByName = object.string(ReceivedByName);
    m.receivedByAddress =
        smtpAddress(object, ReceivedBySmtpAddress, ReceivedByAddrType, ReceivedByEmail);
    m.date = object.time(ClientSubmitTime);
    if (!m.date)
        m.date = object.time(DeliveryTime);

    for (const int recipient : object.recipients())
        m.recipients.append(readRecipient(reader, recipient, object.codec()));

    for (const int attachment : object.attachments()) {
        MapiObject a(reader, attachment, kRecipientOrAttachmentHeader);
        a.setCodec(object.codec());
        QString name = a.string(AttachLongFilename);
        if (name.isEmpty())
            name = a.string(AttachFilename);
        if (name.isEmpty())
            name = a.string(DisplayName);
        m.attachmentNames.append(name);
        const int embedded = a.object(AttachDataObject);
        if (embedded >= 0 && depth < kMaxDepth)
            m.embedded.push_back(
                readStorage(reader, embedded, kEmbeddedHeader, object.codec(), depth + 1));
    }
    return m;
}

} // namespace

namespace Msg {

std::optional<Message> readMessage(const CompoundFile &file, bool *damaged)
{
    Reader reader{file};
    std::optional<Message> message;
    if (!MapiObject(reader, CompoundFile::rootIndex, kTopLevelHeader).isEmpty())
        message = readStorage(reader, CompoundFile::rootIndex, kTopLevelHeader, nullptr, 0);
    if (damaged)
        *damaged = reader.damaged;
    return message;
}

} // namespace Msg
