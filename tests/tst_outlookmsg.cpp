#include "bounce/bouncereader.h"
#include "bounce/compoundfile.h"
#include "bounce/htmltext.h"
#include "bounce/outlookmsg.h"
#include "testconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextCodec>
#include <QtEndian>

#include <vector>

namespace {

// ---- A small compound-file writer ([MS-CFB]) for files the tests build themselves ----

constexpr quint32 kFree = 0xFFFFFFFF;
constexpr quint32 kEnd = 0xFFFFFFFE;
constexpr quint32 kFatMark = 0xFFFFFFFD;
constexpr quint32 kDifatMark = 0xFFFFFFFC;
constexpr quint32 kNoStream = 0xFFFFFFFF;

struct CfbNode
{
    QString name;
    bool storage = false;
    QByteArray data;
    std::vector<CfbNode> children;
};

CfbNode streamNode(const QString &name, const QByteArray &data)
{
    return {name, false, data, {}};
}

CfbNode storageNode(const QString &name, std::vector<CfbNode> children)
{
    return {name, true, {}, std::move(children)};
}

// What the writer produced, with where things are so tests can damage them on purpose.
struct CfbFile
{
    QByteArray bytes;
    int sectorSize = 512;
    quint32 firstDirSector = 0;
    QHash<QString, int> entries; // "storage/stream" path -> directory index

    qsizetype entryOffset(const QString &path) const
    {
        return (qsizetype(firstDirSector) + 1) * sectorSize + entries.value(path) * 128;
    }
    quint32 startSector(const QString &path) const
    {
        return qFromLittleEndian<quint32>(bytes.constData() + entryOffset(path) + 116);
    }
    // FAT sectors come first in our files, so FAT entry n sits right after the header.
    void setFatEntry(quint32 sector, quint32 value)
    {
        qToLittleEndian(value, bytes.data() + sectorSize + 4 * sector);
    }
    void setEntryField(const QString &path, int offset, quint32 value)
    {
        qToLittleEndian(value, bytes.data() + entryOffset(path) + offset);
    }
};

class CfbWriter final
{
public:
    // Version 3 writes 512-byte sectors, version 4 4096-byte ones. Streams under 4096 bytes go
    // to the mini stream, as the format requires.
    static CfbFile write(const std::vector<CfbNode> &rootChildren, int version = 3)
    {
        CfbWriter w;
        w.m_sectorSize = version == 3 ? 512 : 4096;
        w.m_entries.push_back({QStringLiteral("Root Entry"), 5, {}, {}});
        w.m_paths.insert(QString(), 0);
        w.m_entries[0].children = w.add(rootChildren, QString());
        for (Entry &entry : w.m_entries)
            entry.child = w.tree(entry.children, 0, int(entry.children.size()) - 1);
        return w.layout(version);
    }

private:
    struct Entry
    {
        QString name;
        int type = 0;
        QByteArray data;
        std::vector<int> children;
        quint32 left = kNoStream, right = kNoStream, child = kNoStream;
        quint32 start = kEnd;
    };

    std::vector<int> add(const std::vector<CfbNode> &nodes, const QString &parent)
    {
        std::vector<int> indexes;
        for (const CfbNode &node : nodes) {
            const int index = int(m_entries.size());
            const QString path = parent.isEmpty() ? node.name : parent + u'/' + node.name;
            m_entries.push_back({node.name, node.storage ? 1 : 2, node.data, {}});
            m_paths.insert(path, index);
            indexes.push_back(index);
            if (node.storage) {
                std::vector<int> children = add(node.children, path);
                m_entries[index].children = std::move(children);
            }
        }
        // Directory order: shorter names first, then by upper-case name.
        std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
            const QString &x = m_entries[a].name, &y = m_entries[b].name;
            return x.size() != y.size() ? x.size() < y.size() : x.toUpper() < y.toUpper();
        });
        return indexes;
    }

    // A balanced binary tree over the sorted siblings (all black: our reader ignores colour).
    quint32 tree(const std::vector<int> &sorted, int low, int high)
    {
        if (low > high)
            return kNoStream;
        const int mid = (low + high) / 2;
        m_entries[sorted[mid]].left = tree(sorted, low, mid - 1);
        m_entries[sorted[mid]].right = tree(sorted, mid + 1, high);
        return quint32(sorted[mid]);
    }

    static qsizetype sectorsFor(qsizetype bytes, int size) { return (bytes + size - 1) / size; }

    CfbFile layout(int version)
    {
        const int s = m_sectorSize;
        QByteArray mini;
        std::vector<quint32> miniFat;
        std::vector<Entry *> big;
        for (Entry &entry : m_entries) {
            if (entry.type != 2 || entry.data.isEmpty())
                continue;
            if (entry.data.size() >= 4096) {
                big.push_back(&entry);
                continue;
            }
            entry.start = quint32(mini.size() / 64);
            const qsizetype count = sectorsFor(entry.data.size(), 64);
            for (qsizetype k = 0; k < count; ++k)
                miniFat.push_back(k + 1 < count ? entry.start + k + 1 : kEnd);
            mini += entry.data + QByteArray(count * 64 - entry.data.size(), '\0');
        }
        const qsizetype miniSectors = sectorsFor(mini.size(), s);
        const qsizetype miniFatSectors = sectorsFor(qsizetype(miniFat.size()) * 4, s);
        const qsizetype dirSectors = sectorsFor(qsizetype(m_entries.size()) * 128, s);
        qsizetype data = miniSectors + miniFatSectors + dirSectors;
        for (const Entry *entry : big)
            data += sectorsFor(entry->data.size(), s);
        qsizetype fat = 1, difat = 0;
        for (;;) {
            const qsizetype total = data + fat + difat;
            const qsizetype f = sectorsFor(total * 4, s);
            const qsizetype d = f > 109 ? sectorsFor(f - 109, s / 4 - 1) : 0;
            if (f == fat && d == difat)
                break;
            fat = f;
            difat = d;
        }
        const qsizetype total = data + fat + difat;
        std::vector<quint32> table(size_t(fat * s / 4), kFree);
        qsizetype next = 0;
        for (qsizetype k = 0; k < fat; ++k)
            table[next++] = kFatMark;
        for (qsizetype k = 0; k < difat; ++k)
            table[next++] = kDifatMark;
        const auto chain = [&](qsizetype count) {
            const quint32 first = count ? quint32(next) : kEnd;
            for (qsizetype k = 0; k < count; ++k, ++next)
                table[next] = k + 1 < count ? quint32(next + 1) : kEnd;
            return first;
        };
        const quint32 dirStart = chain(dirSectors);
        const quint32 miniFatStart = chain(miniFatSectors);
        const quint32 miniStart = chain(miniSectors);
        for (Entry *entry : big)
            entry->start = chain(sectorsFor(entry->data.size(), s));

        QByteArray out((total + 1) * s, '\0');
        const auto put32 = [&out](qsizetype at, quint32 v) {
            qToLittleEndian(v, out.data() + at);
        };
        const auto sectorAt = [s](qsizetype sector) {
            return (sector + 1) * s;
        };
        // Header.
        out.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
        qToLittleEndian<quint16>(0x3E, out.data() + 24);
        qToLittleEndian<quint16>(quint16(version), out.data() + 26);
        qToLittleEndian<quint16>(0xFFFE, out.data() + 28);
        qToLittleEndian<quint16>(version == 3 ? 9 : 12, out.data() + 30);
        qToLittleEndian<quint16>(6, out.data() + 32);
        put32(40, version == 3 ? 0 : quint32(dirSectors));
        put32(44, quint32(fat));
        put32(48, dirStart);
        put32(56, 4096);
        put32(60, miniFatStart);
        put32(64, quint32(miniFatSectors));
        put32(68, difat ? quint32(fat) : kEnd);
        put32(72, quint32(difat));
        for (int k = 0; k < 109; ++k)
            put32(76 + 4 * k, k < fat ? quint32(k) : kFree);
        // DIFAT sectors: the FAT sector numbers beyond the header's 109, then the next link.
        const int perDifat = s / 4 - 1;
        for (qsizetype d = 0; d < difat; ++d) {
            const qsizetype at = sectorAt(fat + d);
            for (int k = 0; k < perDifat; ++k) {
                const qsizetype fatIndex = 109 + d * perDifat + k;
                put32(at + 4 * k, fatIndex < fat ? quint32(fatIndex) : kFree);
            }
            put32(at + 4 * perDifat, d + 1 < difat ? quint32(fat + d + 1) : kEnd);
        }
        for (size_t k = 0; k < table.size(); ++k)
            put32(s + 4 * qsizetype(k), table[k]);
        // Directory.
        m_entries[0].start = mini.isEmpty() ? kEnd : miniStart;
        for (size_t i = 0; i < size_t(dirSectors * s / 128); ++i) {
            const qsizetype at = sectorAt(dirStart) + qsizetype(i) * 128;
            if (i >= m_entries.size()) {
                put32(at + 68, kNoStream);
                put32(at + 72, kNoStream);
                put32(at + 76, kNoStream);
                continue;
            }
            const Entry &e = m_entries[i];
            for (int c = 0; c < e.name.size(); ++c)
                qToLittleEndian<quint16>(e.name.at(c).unicode(), out.data() + at + 2 * c);
            qToLittleEndian<quint16>(quint16((e.name.size() + 1) * 2), out.data() + at + 64);
            out[at + 66] = char(e.type);
            out[at + 67] = 1; // black
            put32(at + 68, e.left);
            put32(at + 72, e.right);
            put32(at + 76, e.child);
            put32(at + 116, e.start);
            put32(at + 120, quint32(i == 0 ? mini.size() : e.data.size()));
        }
        for (size_t k = 0; k < miniFat.size(); ++k)
            put32(sectorAt(miniFatStart) + 4 * qsizetype(k), miniFat[k]);
        if (!mini.isEmpty())
            out.replace(sectorAt(miniStart), mini.size(), mini);
        for (const Entry *entry : big)
            out.replace(sectorAt(entry->start), entry->data.size(), entry->data);

        CfbFile file;
        file.bytes = out;
        file.sectorSize = s;
        file.firstDirSector = dirStart;
        file.entries = m_paths;
        return file;
    }

    int m_sectorSize = 512;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_paths;
};

// ---- MAPI properties as [MS-OXMSG] stores them ----

QString hex8(quint32 value)
{
    return QStringLiteral("%1").arg(value, 8, 16, QLatin1Char('0')).toUpper();
}

// One message, recipient or attachment. Strings are written as PT_UNICODE, or as PT_STRING8 in
// `ansi` when given.
class MapiBuilder final
{
public:
    MapiBuilder &text(quint16 id, const QString &value)
    {
        m_strings.append({id, value});
        return *this;
    }
    MapiBuilder &binary(quint16 id, const QByteArray &value)
    {
        m_binaries.append({id, value});
        return *this;
    }
    MapiBuilder &int32(quint16 id, qint32 value)
    {
        m_fixed.append({quint32(id) << 16 | 0x0003, quint64(quint32(value))});
        return *this;
    }
    MapiBuilder &time(quint16 id, const QDateTime &value)
    {
        const quint64 filetime = quint64(value.toSecsSinceEpoch() + 11644473600LL) * 10000000ULL;
        m_fixed.append({quint32(id) << 16 | 0x0040, filetime});
        return *this;
    }
    MapiBuilder &recipient(const MapiBuilder &r)
    {
        m_recipients.push_back(r);
        return *this;
    }
    MapiBuilder &attachment(const MapiBuilder &a)
    {
        m_attachments.push_back(a);
        return *this;
    }
    MapiBuilder &embed(const MapiBuilder &message)
    {
        m_embedded.push_back(message);
        return *this;
    }

    // headerSize: 32 for the top-level message, 24 for an embedded one, 8 otherwise.
    std::vector<CfbNode> nodes(int headerSize, QTextCodec *ansi) const
    {
        std::vector<CfbNode> out;
        QByteArray properties(headerSize, '\0');
        if (headerSize >= 24) {
            qToLittleEndian(quint32(m_recipients.size()), properties.data() + 8);
            qToLittleEndian(quint32(m_attachments.size()), properties.data() + 12);
            qToLittleEndian(quint32(m_recipients.size()), properties.data() + 16);
            qToLittleEndian(quint32(m_attachments.size()), properties.data() + 20);
        }
        const auto record = [&properties](quint32 tag, quint64 value) {
            QByteArray r(16, '\0');
            qToLittleEndian(tag, r.data());
            qToLittleEndian(quint32(6), r.data() + 4); // readable | writable
            qToLittleEndian(value, r.data() + 8);
            properties += r;
        };
        for (const auto &[id, value] : m_strings) {
            const quint16 type = ansi ? 0x001E : 0x001F;
            const QByteArray data =
                ansi ? ansi->fromUnicode(value)
                     : QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2);
            out.push_back(
                streamNode(QStringLiteral("__substg1.0_") + hex8(quint32(id) << 16 | type), data));
            record(quint32(id) << 16 | type, quint64(data.size() + (ansi ? 1 : 2)));
        }
        for (const auto &[id, value] : m_binaries) {
            out.push_back(streamNode(
                QStringLiteral("__substg1.0_") + hex8(quint32(id) << 16 | 0x0102), value));
            record(quint32(id) << 16 | 0x0102, quint64(value.size()));
        }
        for (const auto &[tag, value] : m_fixed)
            record(tag, value);
        out.push_back(streamNode(QStringLiteral("__properties_version1.0"), properties));
        for (size_t i = 0; i < m_recipients.size(); ++i)
            out.push_back(storageNode(QStringLiteral("__recip_version1.0_#") + hex8(quint32(i)),
                                      m_recipients[i].nodes(8, ansi)));
        for (size_t i = 0; i < m_attachments.size(); ++i)
            out.push_back(storageNode(QStringLiteral("__attach_version1.0_#") + hex8(quint32(i)),
                                      m_attachments[i].nodes(8, ansi)));
        for (const MapiBuilder &inner : m_embedded)
            out.push_back(
                storageNode(QStringLiteral("__substg1.0_3701000D"), inner.nodes(24, ansi)));
        return out;
    }

    CfbFile file(int version = 3, QTextCodec *ansi = nullptr) const
    {
        std::vector<CfbNode> root = nodes(32, ansi);
        root.push_back(storageNode(QStringLiteral("__nameid_version1.0"), {}));
        return CfbWriter::write(root, version);
    }

private:
    QList<QPair<quint16, QString>> m_strings;
    QList<QPair<quint16, QByteArray>> m_binaries;
    QList<QPair<quint32, quint64>> m_fixed;
    std::vector<MapiBuilder> m_recipients;
    std::vector<MapiBuilder> m_attachments;
    std::vector<MapiBuilder> m_embedded;
};

// The HTML body of the test NDR: over 4096 bytes, so it lives in ordinary sectors.
QByteArray ndrHtml()
{
    QByteArray html = "<html><head><title>NDR</title><style>p { color: red }</style></head><body>"
                      "<p>Delivery has failed to these recipients or groups:</p>"
                      "<p>a&amp;b &lt;x&gt; caf&#233; &#x2713;</p>"
                      "<img src=\"http://evil.example/track.png\">"
                      "<script>fetch('http://evil.example/')</script>";
    while (html.size() < 6000)
        html += "<!-- padding so the body needs ordinary sectors -->\n";
    return html + "<div>End of report</div></body></html>";
}

// A non-delivery report as Outlook stores one: two failed recipients (the first refused with
// `rejection`, the second unknown), the original attached.
MapiBuilder ndrMessage(const QString &rejection = QStringLiteral(
                           "550 5.7.1 Service unavailable;\r\n Client host [192.0.2.10] blocked "
                           "using zen.spamhaus.org"))
{
    MapiBuilder original;
    original.text(0x001A, QStringLiteral("IPM.Note"))
        .text(0x0037, QStringLiteral("Quarterly report"))
        .text(0x0C1A, QStringLiteral("Hanako Sato"))
        .text(0x5D01, QStringLiteral("hanako@example.com"))
        .text(0x1000, QStringLiteral("Please find the report attached."))
        .recipient(MapiBuilder()
                       .text(0x3001, QStringLiteral("taro@example.jp"))
                       .text(0x3002, QStringLiteral("SMTP"))
                       .text(0x3003, QStringLiteral("taro@example.jp"))
                       .int32(0x0C15, 1));
    MapiBuilder attachment;
    attachment.text(0x3001, QStringLiteral("Quarterly report")).embed(original);

    MapiBuilder ndr;
    ndr.text(0x001A, QStringLiteral("REPORT.IPM.Note.NDR"))
        .text(0x0037, QStringLiteral("配信不能: Quarterly report"))
        .text(0x0C1A, QStringLiteral("Microsoft Outlook"))
        .text(0x5D01, QStringLiteral("postmaster@example.com"))
        .text(0x0040, QStringLiteral("Hanako Sato"))
        .text(0x5D07, QStringLiteral("hanako@example.com"))
        .text(0x0049, QStringLiteral("Quarterly report"))
        .text(0x6820, QStringLiteral("mail.example.com"))
        .binary(0x1013, ndrHtml())
        .time(0x0039, QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC))
        .recipient(MapiBuilder()
                       .text(0x3001, QStringLiteral("山田 太郎"))
                       .text(0x3002, QStringLiteral("SMTP"))
                       .text(0x3003, QStringLiteral("taro@example.jp"))
                       .text(0x39FE, QStringLiteral("taro@example.jp"))
                       .int32(0x0C15, 1)
                       .int32(0x0C05, 38)
                       .int32(0x0C04, 0)
                       .text(0x0C21, QStringLiteral("mx.example.jp"))
                       .text(0x0C1B, rejection))
        .recipient(MapiBuilder()
                       .text(0x3001, QStringLiteral("nobody@example.org"))
                       .text(0x3002, QStringLiteral("SMTP"))
                       .text(0x3003, QStringLiteral("nobody@example.org"))
                       .int32(0x0C15, 1)
                       .int32(0x0C05, 35)
                       .int32(0x0C04, 1)
                       .text(0x0C1B, QStringLiteral("550 User unknown")))
        .attachment(attachment);
    return ndr;
}

// ---- Reading the MIME text back ----

struct MimePart
{
    QList<QPair<QByteArray, QByteArray>> fields;
    QByteArray body;

    QByteArray field(const char *name) const
    {
        for (const auto &[key, value] : fields) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

MimePart parsePart(const QByteArray &raw)
{
    MimePart part;
    qsizetype split = raw.indexOf("\r\n\r\n");
    if (split < 0)
        split = raw.size();
    QByteArray head = raw.left(split);
    head.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            part.fields.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    part.body = raw.mid(split + 4);
    return part;
}

QList<MimePart> subparts(const MimePart &multipart)
{
    static const QRegularExpression boundaryParam(QStringLiteral("boundary=\"([^\"]+)\""));
    const QRegularExpressionMatch match =
        boundaryParam.match(QString::fromUtf8(multipart.field("Content-Type")));
    QList<MimePart> parts;
    if (!match.hasMatch())
        return parts;
    const QByteArray delimiter = "\r\n--" + match.captured(1).toUtf8();
    QByteArray rest = "\r\n" + multipart.body;
    qsizetype at = rest.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype start = rest.indexOf("\r\n", at + delimiter.size());
        if (start < 0 || rest.mid(at + delimiter.size(), 2) == "--")
            break;
        const qsizetype end = rest.indexOf(delimiter, start);
        if (end < 0)
            break;
        parts.append(parsePart(rest.mid(start + 2, end - start - 2)));
        at = end;
    }
    return parts;
}

// Decodes the RFC 2047 words toMime() writes (UTF-8, base64), plus any the file itself carried.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?utf-8\\?b\\?([^?]*)\\?=\\s*"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    QByteArray pending;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != last) {
            out += QString::fromUtf8(pending) + text.mid(last, m.capturedStart() - last);
            pending.clear();
        }
        pending += QByteArray::fromBase64(m.captured(1).toLatin1());
        last = m.capturedEnd();
    }
    return QString(out + QString::fromUtf8(pending) + text.mid(last)).trimmed();
}

QString corpusDir()
{
    return QDir::cleanPath(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/../shared/corpus/msg"));
}

QByteArray readCorpusFile(const QString &name)
{
    QFile file(corpusDir() + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kDamaged = QStringLiteral("The file is damaged or is not an Outlook message (.msg).");
const QString kNotMsg = QStringLiteral("The file is not an Outlook message (.msg).");
const QString kPartlyDamaged =
    QStringLiteral("The Outlook message (.msg) is damaged and cannot be read completely.");
const QString kOtherDocument = QStringLiteral(
    "The file is not an Outlook message (.msg). It may be another kind of Office document.");

} // namespace

class TestOutlookMsg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesTheSignature_data();
    void recognisesTheSignature();
    void compoundFileRoundTrip_data();
    void compoundFileRoundTrip();
    void realFiles_data();
    void realFiles();
    void messageInMessage();
    void nonDeliveryReport_data();
    void nonDeliveryReport();
    void recipientStatus_data();
    void recipientStatus();
    void readsAsABounce();
    void htmlToText_data();
    void htmlToText();
    void hostileInput_data();
    void hostileInput();
    void randomDamageNeverCrashes();

private:
    bool requireCorpus();
};

bool TestOutlookMsg::requireCorpus()
{
    if (QFileInfo(corpusDir()).isDir())
        return true;
    const QByteArray message = "The .msg corpus is missing: " + corpusDir().toUtf8();
    if (qgetenv("CI") == "true")
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    else
        QTest::qSkip(message.constData(), __FILE__, __LINE__);
    return false;
}

void TestOutlookMsg::recognisesTheSignature_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("seven bytes") << QByteArray::fromHex("D0CF11E0A1B11A") << false;
    QTest::newRow("signature") << QByteArray::fromHex("D0CF11E0A1B11AE1") << true;
    QTest::newRow("mail") << QByteArray("From: a@example.com\r\n") << false;
    QTest::newRow("zip (docx)") << QByteArray("PK\x03\x04", 4) << false;
}

void TestOutlookMsg::recognisesTheSignature()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, expected);
    QCOMPARE(OutlookMsg::looksLikeMsg(data), expected);
}

void TestOutlookMsg::compoundFileRoundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("bigSize");
    QTest::newRow("version 3") << 3 << 10000;
    QTest::newRow("version 4") << 4 << 10000;
    // Over 109 FAT sectors: the FAT's sector list continues in DIFAT sectors.
    QTest::newRow("version 3 with DIFAT") << 3 << 7 * 1024 * 1024 + 123;
}

void TestOutlookMsg::compoundFileRoundTrip()
{
    QFETCH(int, version);
    QFETCH(int, bigSize);
    QByteArray big(bigSize, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + i / 4096);
    const QByteArray small = "a short stream in the mini stream";
    const QByteArray cutoff(4096, 'c'); // exactly the cutoff: ordinary sectors
    const CfbFile built = CfbWriter::write(
        {streamNode(QStringLiteral("Big"), big),
         storageNode(QStringLiteral("Folder"), {streamNode(QStringLiteral("Small"), small),
                                                streamNode(QStringLiteral("Empty"), {})}),
         streamNode(QStringLiteral("Cutoff"), cutoff)},
        version);

    CompoundFile::Error error;
    const std::optional<CompoundFile> file = CompoundFile::open(built.bytes, &error);
    QVERIFY2(file, error.detail);
    const QList<CompoundFile::Entry> top = file->children(CompoundFile::rootIndex);
    QStringList names;
    for (const CompoundFile::Entry &entry : top)
        names.append(entry.name);
    QCOMPARE(names, QStringList({"Big", "Cutoff", "Folder"}));

    const auto bigEntry = file->child(CompoundFile::rootIndex, QStringLiteral("BIG"));
    QVERIFY2(bigEntry, "names compare case-insensitively");
    QCOMPARE(file->read(bigEntry->index), std::optional<QByteArray>(big));
    QCOMPARE(file->read(bigEntry->index, 100), std::optional<QByteArray>(big.left(100)));
    QCOMPARE(file->read(file->child(CompoundFile::rootIndex, "Cutoff")->index),
             std::optional<QByteArray>(cutoff));

    const auto folder = file->child(CompoundFile::rootIndex, QStringLiteral("Folder"));
    QVERIFY(folder && folder->type == CompoundFile::Type::Storage);
    QCOMPARE(file->children(folder->index).size(), 2);
    QCOMPARE(file->read(file->child(folder->index, "Small")->index),
             std::optional<QByteArray>(small));
    QCOMPARE(file->read(file->child(folder->index, "Empty")->index),
             std::optional<QByteArray>(QByteArray()));
    QVERIFY2(!file->read(folder->index), "a storage has no bytes to read");
    QVERIFY(!file->read(-1));
    QVERIFY(!file->read(1 << 20));
    QVERIFY(file->children(-5).isEmpty());
}

void TestOutlookMsg::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("text");

    QTest::newRow("plain") << "msgreader-Simple.msg"
                           << "Simple" << QString() << "Sun, 10 Aug 2025 15:30:57 +0000"
                           << QStringList{"Simple"};
    QTest::newRow("Chinese, Japanese, Korean")
        << "msgreader-Hello__CJK.msg"
        << "Hello +CJK" << QString() << "Sun, 27 Aug 2023 10:27:38 +0000"
        << QStringList{"Hello\r\nC 你好\r\nJ こんにちは\r\nK 안녕하세요"};
    QTest::newRow("rare CJK in the subject")
        << "msgreader-unicode1.msg"
        << "畑㵲応ｲ瑤㵨㠱" << QString() << "Sun, 26 Sep 2021 12:42:41 +0000"
        << QStringList{"The subject having “畑㵲応イ瑤㵨㠱” text."};
    // PT_STRING8 strings in code page 932, named only by PR_INTERNET_CPID (50220).
    QTest::newRow("8-bit strings in CP932")
        << "msgreader-nonUnicodeCP932.msg"
        << "日本語 Non Unicode タイトル"
        << "xmailuser2@xmailserver.test"
        << "Fri, 05 Nov 2021 10:25:17 +0000" << QStringList{"日本語 Non Unicode 本文"};
    QTest::newRow("message in a message")
        << "msgreader-msgInMsg.msg"
        << "I have attachments!" << QString() << "Thu, 10 Sep 2020 10:18:08 +0000"
        << QStringList{"I have attachments!", "[Attachment: green.png]",
                       "[Attachment: Microsoft Outlook テスト メッセージ]"};
}

void TestOutlookMsg::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QString, to);
    QFETCH(QString, date);
    QFETCH(QStringList, text);
    if (!requireCorpus())
        return;
    const QByteArray data = readCorpusFile(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    QVERIFY(OutlookMsg::looksLikeMsg(data));

    QString error = QStringLiteral("unset");
    const QByteArray mime = OutlookMsg::toMime(data, &error);
    QVERIFY2(!mime.isEmpty(), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const MimePart message = parsePart(mime);
    QCOMPARE(decodeWords(message.field("Subject")), subject);
    QCOMPARE(QString::fromUtf8(message.field("To")), to);
    QCOMPARE(message.field("Date"), date.toLatin1());
    QCOMPARE(message.field("MIME-Version"), QByteArray("1.0"));
    // These are the author's own drafts: Outlook kept no sender, so none is made up.
    QCOMPARE(message.field("From"), QByteArray());

    MimePart textPart = message;
    if (message.field("Content-Type").startsWith("multipart/")) {
        const QList<MimePart> parts = subparts(message);
        QVERIFY(!parts.isEmpty());
        textPart = parts.first();
    }
    QCOMPARE(textPart.field("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(textPart.field("Content-Transfer-Encoding"), QByteArray("8bit"));
    const QString body = QString::fromUtf8(textPart.body);
    for (const QString &expected : text)
        QVERIFY2(body.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, body)));
    QVERIFY2(!body.contains(QChar::ReplacementCharacter), qPrintable(body));
}

void TestOutlookMsg::messageInMessage()
{
    if (!requireCorpus())
        return;
    QString error;
    const QByteArray mime = OutlookMsg::toMime(readCorpusFile("msgreader-msgInMsg.msg"), &error);
    QVERIFY2(!mime.isEmpty(), qPrintable(error));
    const MimePart message = parsePart(mime);
    QVERIFY(message.field("Content-Type").startsWith("multipart/mixed; boundary="));
    const QList<MimePart> parts = subparts(message);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[1].field("Content-Type"), QByteArray("message/rfc822"));

    // The attached message kept its transport headers, but not their HTML content type.
    const MimePart inner = parsePart(parts[1].body);
    QCOMPARE(inner.field("From"), QByteArray("Microsoft Outlook <xmailuser@xmailserver.test>"));
    QCOMPARE(decodeWords(inner.field("Subject")),
             QStringLiteral("Microsoft Outlook テスト メッセージ"));
    QCOMPARE(inner.field("Return-Path"), QByteArray("<xmailuser@xmailserver.test>"));
    QVERIFY(inner.field("Received").contains("by xmailserver.test with [XMail 1.27 ESMTP Server]"));
    QCOMPARE(inner.field("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY2(!mime.contains("text/html"), "the stored Content-Type must be replaced");
    QVERIFY(
        QString::fromUtf8(inner.body)
            .contains(QStringLiteral(
                "アカウントの設定のテスト中に、Microsoft Outlook から自動送信されたものです。")));

    // The picture attachment is named, never copied.
    QVERIFY(!mime.contains("\x89PNG"));
    QVERIFY(!mime.contains("iVBORw0KGgo"));
}

void TestOutlookMsg::nonDeliveryReport_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("codePage");
    QTest::newRow("version 3, Unicode strings") << 3 << QByteArray();
    QTest::newRow("version 4, Unicode strings") << 4 << QByteArray();
    QTest::newRow("version 3, 8-bit strings in CP932") << 3 << QByteArray("CP932");
}

void TestOutlookMsg::nonDeliveryReport()
{
    QFETCH(int, version);
    QFETCH(QByteArray, codePage);
    QTextCodec *ansi = codePage.isEmpty() ? nullptr : QTextCodec::codecForName(codePage);
    MapiBuilder ndr = ndrMessage();
    if (ansi)
        ndr.int32(0x3FFD, 932);
    const CfbFile built = ndr.file(version, ansi);

    QString error;
    const QByteArray mime = OutlookMsg::toMime(built.bytes, &error);
    QVERIFY2(!mime.isEmpty(), qPrintable(error));
    const MimePart message = parsePart(mime);
    QVERIFY2(message.field("Content-Type")
                 .startsWith("multipart/report; report-type=delivery-status; boundary="),
             message.field("Content-Type").constData());
    QCOMPARE(decodeWords(message.field("Subject")), QStringLiteral("配信不能: Quarterly report"));
    QVERIFY2(message.field("Subject").startsWith("=?UTF-8?B?"),
             message.field("Subject").constData());
    QCOMPARE(message.field("From"), QByteArray("Microsoft Outlook <postmaster@example.com>"));
    QCOMPARE(message.field("To"), QByteArray("Hanako Sato <hanako@example.com>"));
    QCOMPARE(message.field("Date"), QByteArray("Fri, 01 Mar 2024 09:30:00 +0000"));

    const QList<MimePart> parts = subparts(message);
    QCOMPARE(parts.size(), 3);

    // Text from the HTML body: no markup, no script, no remote address.
    QCOMPARE(parts[0].field("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    const QString text = QString::fromUtf8(parts[0].body);
    QVERIFY2(
        text.startsWith(QStringLiteral("Delivery has failed to these recipients or groups:\r\n\r\n"
                                       "a&b <x> café ✓\r\n\r\nEnd of report")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[Attachment: Quarterly report]")), qPrintable(text));
    for (const char *forbidden : {"evil.example", "<p>", "padding", "color: red", "NDR"})
        QVERIFY2(!text.contains(QLatin1String(forbidden)), forbidden);

    QCOMPARE(parts[1].field("Content-Type"), QByteArray("message/delivery-status"));
    const QByteArray expectedStatus =
        "Reporting-MTA: dns; mail.example.com\r\n"
        "X-Outlook-Message-Class: REPORT.IPM.Note.NDR\r\n"
        "\r\n"
        "Final-Recipient: rfc822; taro@example.jp\r\n"
        "Action: failed\r\n"
        "Status: 5.7.1\r\n"
        "Remote-MTA: dns; mx.example.jp\r\n"
        "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [192.0.2.10] "
        "blocked using zen.spamhaus.org\r\n"
        "X-Display-Name: 山田 太郎\r\n"
        "\r\n"
        "Final-Recipient: rfc822; nobody@example.org\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 User unknown\r\n";
    QCOMPARE(QString::fromUtf8(parts[1].body), QString::fromUtf8(expectedStatus));

    QCOMPARE(parts[2].field("Content-Type"), QByteArray("text/rfc822-headers; charset=utf-8"));
    QCOMPARE(QString::fromUtf8(parts[2].body),
             QStringLiteral("From: Hanako Sato <hanako@example.com>\r\n"
                            "To: taro@example.jp\r\n"
                            "Subject: Quarterly report\r\n"));
}

void TestOutlookMsg::recipientStatus_data()
{
    QTest::addColumn<QString>("supplementaryInfo");
    QTest::addColumn<QString>("reportText");
    QTest::addColumn<int>("statusCode"); // PR_NDR_STATUS_CODE, or -1 for none
    QTest::addColumn<int>("diagCode");   // PR_NDR_DIAG_CODE, or -1 for none
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("diagnostic");

    QTest::newRow("server text wins") << "<mx.example.jp #5.7.1 smtp;550 5.7.1 Blocked>"
                                      << "" << 550 << 35 << QByteArray("5.7.1")
                                      << QByteArray("smtp; <mx.example.jp #5.7.1 smtp;550 5.7.1 "
                                                    "Blocked>");
    QTest::newRow("an IP address is no status")
        << "550 Rejected: [192.0.2.10] is listed"
        << "" << -1 << -1 << QByteArray("5.0.0")
        << QByteArray("smtp; 550 Rejected: [192.0.2.10] is listed");
    QTest::newRow("status property") << ""
                                     << "" << 554 << 38 << QByteArray("5.5.4") << QByteArray();
    QTest::newRow("diagnostic code: unknown user")
        << ""
        << "" << -1 << 35 << QByteArray("5.1.1") << QByteArray();
    QTest::newRow("diagnostic code: refused")
        << ""
        << "" << -1 << 38 << QByteArray("5.7.1") << QByteArray();
    QTest::newRow("diagnostic code: no diagnostic")
        << ""
        << "" << -1 << -1 << QByteArray("5.0.0") << QByteArray();
    QTest::newRow("report text on the recipient")
        << ""
        << "550 5.1.1 <x@example.org>: Recipient\r\naddress rejected" << -1 << -1
        << QByteArray("5.1.1")
        << QByteArray("smtp; 550 5.1.1 <x@example.org>: Recipient address rejected");
}

void TestOutlookMsg::recipientStatus()
{
    QFETCH(QString, supplementaryInfo);
    QFETCH(QString, reportText);
    QFETCH(int, statusCode);
    QFETCH(int, diagCode);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, diagnostic);

    MapiBuilder recipient;
    recipient.text(0x39FE, QStringLiteral("x@example.org")).int32(0x0C04, 0);
    if (!supplementaryInfo.isEmpty())
        recipient.text(0x0C1B, supplementaryInfo);
    if (!reportText.isEmpty())
        recipient.text(0x1001, reportText);
    if (statusCode >= 0)
        recipient.int32(0x0C20, statusCode);
    if (diagCode >= 0)
        recipient.int32(0x0C05, diagCode);
    MapiBuilder ndr;
    ndr.text(0x001A, QStringLiteral("Report.IPM.Note.NDR")).recipient(recipient);

    QString error;
    const QByteArray mime = OutlookMsg::toMime(ndr.file().bytes, &error);
    QVERIFY2(!mime.isEmpty(), qPrintable(error));
    const QList<MimePart> parts = subparts(parsePart(mime));
    QCOMPARE(parts.size(), 2);
    const QByteArray fields = parts[1].body;
    QVERIFY2(!fields.contains("Reporting-MTA:"), "unknown, so left out");
    const QByteArray expected = "\r\nFinal-Recipient: rfc822; x@example.org\r\n"
                                "Action: failed\r\n"
                                "Status: " +
                                status + "\r\n";
    QVERIFY2(fields.contains(expected), fields.constData());
    const qsizetype at = fields.indexOf("Diagnostic-Code: ");
    const QByteArray line =
        at < 0 ? QByteArray() : fields.mid(at + 17, fields.indexOf("\r\n", at) - at - 17);
    QCOMPARE(line, diagnostic);
}

void TestOutlookMsg::readsAsABounce()
{
    // The whole path a user takes: a .msg dropped on the window, read by the bounce reader.
    const QByteArray data =
        ndrMessage(QStringLiteral("554 5.7.1 Service unavailable; Client host [203.0.113.10] "
                                  "blocked using zen.spamhaus.org; "
                                  "https://www.spamhaus.org/query/ip/203.0.113.10"))
            .file()
            .bytes;
    const BounceReport report = BounceReader(Catalog::builtIn()).read(data, "ndr.msg");
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.file, QStringLiteral("ndr.msg"));
    QCOMPARE(report.kind, MessageKind::Failure);

    QCOMPARE(report.failures.size(), 2);
    QCOMPARE(report.failures[0].recipient, QStringLiteral("taro@example.jp"));
    QCOMPARE(report.failures[0].status, QStringLiteral("5.7.1"));
    QCOMPARE(report.failures[0].reason, QStringLiteral("blocked"));
    QCOMPARE(report.failures[1].recipient, QStringLiteral("nobody@example.org"));
    QCOMPARE(report.failures[1].status, QStringLiteral("5.1.1"));
    QCOMPARE(report.failures[1].reason, QStringLiteral("userunknown"));

    QCOMPARE(report.citedIps, QStringList{QStringLiteral("203.0.113.10")});
    QVERIFY2(!report.blocklists.isEmpty(), "zen.spamhaus.org is named");
    QCOMPARE(report.blocklists.first().id, QStringLiteral("spamhaus-zen"));
    // The HTML body's image and script addresses are never read as anything to check.
    for (const QString &domain : report.citedDomains)
        QVERIFY2(!domain.contains(QLatin1String("evil.example")), qPrintable(domain));
}

void TestOutlookMsg::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("script, style, head and title dropped")
        << "<html><HEAD><title>NDR</title><style>p { color: red }</style></HEAD><body>Hello"
           "<SCRIPT type=\"text/javascript\">fetch('https://evil.example/')</SCRIPT> world"
           "</body></html>"
        << "Hello world";
    QTest::newRow("a link keeps its text, not its address")
        << "See <a href=\"https://evil.example/x\">the Spamhaus page</a>."
        << "See the Spamhaus page.";
    QTest::newRow("a link written out stays as written")
        << "<a href=\"https://evil.example/x\">https://www.spamhaus.org/query/ip/203.0.113.10</a>"
        << "https://www.spamhaus.org/query/ip/203.0.113.10";
    QTest::newRow("images and other tags vanish")
        << "a<img src=\"http://evil.example/t.png\" alt=\"x\"><b>b</b><span class=x>c</span>"
        << "abc";
    QTest::newRow("comments") << "a<!-- <b>hidden</b> -->b<!---->c"
                              << "abc";
    QTest::newRow("character references")
        << "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&#39; &#x3042;&#12354;&#X2713; caf&#233;"
           "&nbsp;&AMP;"
        << "a & b <c> \"d\" 'e' ああ✓ café &";
    QTest::newRow("unknown or unsafe references stay literal")
        << "AT&T &eacute; &#0; &#xD800; &#x110000; &#99999999999; & ; &#x1F600"
        << "AT&T &eacute; &#0; &#xD800; &#x110000; &#99999999999; & ; &#x1F600";
    QTest::newRow("blocks and breaks")
        << "<p>one</p><p>two<br>three<br/>four</p><div>five</div><h4>six</h4><ul><li>x</li>"
           "<li>y</li></ul><table><tr><th>a</th><td>b</td></tr><tr><td>c</td></tr></table>"
        << "one\n\ntwo\nthree\nfour\n\nfive\n\nsix\n\nx\n\ny\n\na b\n\nc";
    QTest::newRow("source line breaks are spaces")
        << "550 5.7.1 Service\r\n  unavailable;\n\tClient host"
        << "550 5.7.1 Service unavailable; Client host";
    QTest::newRow("<pre> keeps its lines")
        << "<p>Original headers:</p><pre>Received: from a\r\n by b\nFrom: x\r\n</pre>after"
        << "Original headers:\n\nReceived: from a\nby b\nFrom: x\n\nafter";
    QTest::newRow("a '<' that opens no tag is text") << "5 < 6 and 7 <= 8 <3"
                                                     << "5 < 6 and 7 <= 8 <3";
    QTest::newRow("an unclosed tag ends the text") << "text <b class="
                                                   << "text";
    QTest::newRow("an unclosed script ends the text") << "a<script>evil()"
                                                      << "a";
    QTest::newRow("an unclosed comment ends the text") << "a<!-- b"
                                                       << "a";
    // Would take minutes if every '&' or '<' searched the rest of the input.
    QTest::newRow("many bare ampersands") << QString(200000, u'&') << QString(200000, u'&');
    QTest::newRow("many bare less-thans") << QString(200000, u'<') << QString(200000, u'<');
}

void TestOutlookMsg::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestOutlookMsg::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expectedError");

    const CfbFile base = ndrMessage().file();
    const QString html = QStringLiteral("__substg1.0_10130102");
    const quint32 htmlStart = base.startSector(html);

    QTest::newRow("empty") << QByteArray() << kNotMsg;
    QTest::newRow("plain text") << QByteArray("Subject: hello\r\n\r\nbody") << kNotMsg;
    QTest::newRow("signature only") << base.bytes.left(8) << kDamaged;
    QTest::newRow("truncated header") << base.bytes.left(300) << kDamaged;
    QTest::newRow("header only") << base.bytes.left(512) << kDamaged;
    QTest::newRow("last sectors missing")
        << base.bytes.left(base.bytes.size() - 2048) << kPartlyDamaged;

    CfbFile loop = base; // the HTML body's second sector leads back to its first
    loop.setFatEntry(htmlStart + 1, htmlStart);
    QTest::newRow("FAT chain loop") << loop.bytes << kPartlyDamaged;

    CfbFile dirLoop = base; // the directory's only sector points to itself
    dirLoop.setFatEntry(dirLoop.firstDirSector, dirLoop.firstDirSector);
    QTest::newRow("directory chain loop") << dirLoop.bytes << kDamaged;

    CfbFile beyond = base;
    beyond.setEntryField(html, 116, 0x00FFFFF0);
    QTest::newRow("stream starts beyond the file") << beyond.bytes << kPartlyDamaged;

    CfbFile fatBeyond = base;
    fatBeyond.setFatEntry(htmlStart + 2, 0x00FFFFF0);
    QTest::newRow("chain leaves the file") << fatBeyond.bytes << kPartlyDamaged;

    CfbFile dirBeyond = base;
    qToLittleEndian<quint32>(0x7FFFFFF0, dirBeyond.bytes.data() + 48);
    QTest::newRow("directory beyond the file") << dirBeyond.bytes << kDamaged;

    CfbFile huge = base;
    huge.setEntryField(html, 120, 0x7FFFFFF0);
    QTest::newRow("huge stream size") << huge.bytes << kPartlyDamaged;

    CfbFile hugeMini = base;
    hugeMini.setEntryField(QString(), 120, 0xFFFFFFF0); // the root entry: mini stream size
    QTest::newRow("huge mini stream") << hugeMini.bytes << kDamaged;

    CfbFile manyFat = base;
    qToLittleEndian<quint32>(0x40000000, manyFat.bytes.data() + 44);
    QTest::newRow("more FAT sectors than the file has") << manyFat.bytes << kDamaged;

    CfbFile selfSibling = base;
    const int someEntry = selfSibling.entries.value(html);
    selfSibling.setEntryField(html, 68, quint32(someEntry));
    QTest::newRow("directory entry is its own sibling") << selfSibling.bytes << kDamaged;

    CfbFile sharedChild = base; // two storages claim the same subtree
    const quint32 recipientTree =
        qFromLittleEndian<quint32>(sharedChild.bytes.constData() +
                                   sharedChild.entryOffset("__recip_version1.0_#00000000") + 76);
    sharedChild.setEntryField("__recip_version1.0_#00000001", 76, recipientTree);
    QTest::newRow("subtree shared by two storages") << sharedChild.bytes << kDamaged;

    CfbFile badLink = base;
    badLink.setEntryField(html, 72, 0x00100000);
    QTest::newRow("sibling beyond the directory") << badLink.bytes << kDamaged;

    CfbFile badVersion = base;
    qToLittleEndian<quint16>(12, badVersion.bytes.data() + 30); // version 3 with 4096-byte sectors
    QTest::newRow("sector size does not match the version") << badVersion.bytes << kDamaged;

    QRandomGenerator random(20240301);
    for (int i = 0; i < 4; ++i) {
        QByteArray noise(512 * (i + 2), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        noise.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
        QTest::addRow("random bytes with the signature #%d", i) << noise << kDamaged;
    }

    QTest::newRow("another compound document")
        << CfbWriter::write({streamNode(QStringLiteral("WordDocument"), QByteArray(600, 'w'))})
               .bytes
        << kOtherDocument;
}

void TestOutlookMsg::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expectedError);
    QString error;
    const QByteArray mime = OutlookMsg::toMime(data, &error);
    QVERIFY2(mime.isEmpty(), mime.left(200).constData());
    QCOMPARE(error, expectedError);
}

void TestOutlookMsg::randomDamageNeverCrashes()
{
    // Small random damage to a valid report, many times: every result is either a message
    // or an error, and nothing crashes, hangs or trips the sanitizers.
    const QByteArray base = ndrMessage().file().bytes;
    QRandomGenerator random(4242);
    int read = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray data = base;
        const int flips = 1 + int(random.bounded(8));
        for (int k = 0; k < flips; ++k) {
            // Half the damage goes to the header, FAT and directory, where it hurts most.
            const int range = random.bounded(2) ? 4096 : int(data.size());
            data[random.bounded(range)] = char(random.bounded(256));
        }
        if (random.bounded(10) == 0)
            data.truncate(random.bounded(int(data.size())));
        QString error;
        const QByteArray mime = OutlookMsg::toMime(data, &error);
        QVERIFY2(mime.isEmpty() != error.isEmpty(), qPrintable(error));
        read += mime.isEmpty() ? 0 : 1;
    }
    QVERIFY2(read > 0, "some damage is harmless and the report still reads");
}

QTEST_GUILESS_MAIN(TestOutlookMsg)
#include "tst_outlookmsg.moc"
