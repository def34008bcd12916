#include "droppedcontent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace DroppedContent {

namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(DroppedContent)
};

// FILEDESCRIPTORW / FILEDESCRIPTORA (shlobj_core.h): dwFlags, CLSID, SIZEL, POINTL,
// dwFileAttributes, three FILETIMEs, nFileSizeHigh, nFileSizeLow, then cFileName[MAX_PATH].
constexpr qsizetype HeaderBytes = 72;
constexpr qsizetype NameOffset = 72;
constexpr qsizetype FlagsOffset = 0;
constexpr qsizetype AttributesOffset = 36;
constexpr qsizetype SizeHighOffset = 64;
constexpr qsizetype SizeLowOffset = 68;
constexpr int MaxPath = 260;
constexpr quint32 FdAttributes = 0x00000004;
constexpr quint32 FdFileSize = 0x00000040;
constexpr quint32 FdProgressUi = 0x00004000;
constexpr quint32 FdUnicode = 0x80000000;
constexpr quint32 FileAttributeDirectory = 0x00000010;

constexpr qsizetype entryBytes(Charset charset)
{
    return HeaderBytes + (charset == Charset::Wide ? 2 * MaxPath : MaxPath);
}

quint32 readU32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p);
}

QString tooLargeError()
{
    return Tr::tr("The file is too large to be a returned mail (over %1 MB).")
        .arg(MaxFileBytes / (1024 * 1024));
}

QString folderError()
{
    return Tr::tr("This is a folder, not a mail file.");
}

// The last part of a name that may be a relative path, without control characters.
QString displayName(const QString &name)
{
    QString shown = name.mid(
        std::max(name.lastIndexOf(QLatin1Char('\\')), name.lastIndexOf(QLatin1Char('/'))) + 1);
    shown.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    shown = shown.trimmed();
    if (shown.isEmpty()) {
        //: Name shown for an item dragged in without a file name (e.g. from Outlook).
        return Tr::tr("Dropped mail");
    }
    return shown;
}

// Local file URLs from text/uri-list (every file manager, Thunderbird, Apple Mail), or from
// GNOME Files' own format when that is all there is. Links to anything else are left alone.
QList<QUrl> localFileUrls(const QMimeData *data)
{
    QList<QUrl> urls = data->urls();
    if (urls.isEmpty() && data->hasFormat(gnomeCopiedFilesFormat())) {
        const QList<QByteArray> lines = data->data(gnomeCopiedFilesFormat()).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is "copy" or "cut"
            const QByteArray line = lines.at(i).trimmed();
            if (!line.isEmpty())
                urls.append(QUrl::fromEncoded(line));
        }
    }
    QList<QUrl> local;
    for (const QUrl &url : std::as_const(urls)) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            local.append(url);
    }
    return local;
}

// An alias keeps lupdate from misreading the function's context (it would file the messages
// under a context the program never asks).
using LocalInput = CheckPlan::Input;

LocalInput readLocalFile(const QString &path)
{
    CheckPlan::Input input;
    const QFileInfo info(path);
    input.name = info.fileName().isEmpty() ? QDir::toNativeSeparators(path) : info.fileName();
    if (info.isDir()) {
        input.error = folderError();
        return input;
    }
    if (!info.exists()) {
        input.error = Tr::tr("The file does not exist. It may have been moved or deleted.");
        return input;
    }
    if (!info.isFile()) { // a device, a pipe, a socket: reading could block or never end
        input.error = Tr::tr("This is not an ordinary file, so it was not read.");
        return input;
    }
    if (info.size() > MaxFileBytes) {
        input.error = tooLargeError();
        return input;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        input.error = Tr::tr("The file could not be opened. It may be open in another program, "
                             "or you may not be allowed to read it.");
        return input;
    }
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        input.error = tooLargeError();
        return input;
    }
    if (file.error() != QFileDevice::NoError) {
        input.error = Tr::tr("The file could not be read to the end.");
        return input;
    }
    input.data = std::move(bytes);
    return input;
}

QList<CheckPlan::Input> readLocalFiles(const QList<QUrl> &urls)
{
    QList<CheckPlan::Input> inputs;
    QSet<QString> seen;
    for (const QUrl &url : urls) {
        const QString path = QDir::cleanPath(QFileInfo(url.toLocalFile()).absoluteFilePath());
        if (seen.contains(path))
            continue;
        seen.insert(path);
        if (inputs.size() >= MaxFiles) {
            CheckPlan::Input skipped;
            skipped.name = displayName(path);
            skipped.error = Tr::tr("Too many files were dropped at once; only the first %1 are "
                                   "read. Drop this one separately.")
                                .arg(MaxFiles);
            inputs.append(skipped);
            continue;
        }
        inputs.append(readLocalFile(path));
    }
    return inputs;
}

QList<VirtualFile> virtualFileEntries(const QMimeData *data)
{
    QList<VirtualFile> entries;
    if (data->hasFormat(fileGroupDescriptorWFormat()))
        entries = parseFileGroupDescriptor(data->data(fileGroupDescriptorWFormat()), Charset::Wide);
    if (entries.isEmpty() && data->hasFormat(fileGroupDescriptorAFormat()))
        entries = parseFileGroupDescriptor(data->data(fileGroupDescriptorAFormat()), Charset::Ansi);
    return entries;
}

// Outlook's messages and attachments: no file on disk, a descriptor naming the items and the
// first item's bytes (see the header for why only the first).
QList<CheckPlan::Input> readVirtualFiles(const QMimeData *data)
{
    QList<VirtualFile> entries = virtualFileEntries(data);
    const QByteArray contents =
        data->hasFormat(fileContentsFormat()) ? data->data(fileContentsFormat()) : QByteArray();
    if (entries.isEmpty()) {
        if (contents.isEmpty())
            return {};
        entries.append(VirtualFile{}); // bytes without a descriptor: name unknown
    }

    QList<CheckPlan::Input> inputs;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const VirtualFile &entry = entries.at(i);
        CheckPlan::Input input;
        input.name = displayName(entry.name);
        if (i > 0) {
            input.error = Tr::tr("Only the first of several items dragged at once can be read. "
                                 "Drag this one on its own.");
        } else if (entry.folder) {
            input.error = folderError();
        } else if (contents.isEmpty()) {
            input.error =
                Tr::tr("The program it was dragged from did not hand over its contents. Save it "
                       "as a file first (in Outlook: File > Save As), then open that file here.");
        } else if (contents.size() > MaxFileBytes || entry.size > MaxFileBytes) {
            input.error = tooLargeError();
        } else {
            input.data = contents;
            // Memory handed over by Windows may be rounded up: keep the size the source gave.
            if (entry.size >= 0 && entry.size < input.data.size())
                input.data.truncate(entry.size);
        }
        inputs.append(input);
    }
    return inputs;
}

// True when every line of `text` is one of `urls`: the text a browser offers with a link.
bool isOnlyLinks(const QString &text, const QList<QUrl> &urls)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return false;
    return std::all_of(lines.cbegin(), lines.cend(), [&urls](const QString &line) {
        return urls.contains(QUrl(line.trimmed(), QUrl::TolerantMode));
    });
}

} // namespace

bool hasFiles(const QMimeData *data)
{
    if (!data)
        return false;
    return !localFileUrls(data).isEmpty() || !virtualFileEntries(data).isEmpty() ||
           data->hasFormat(fileContentsFormat());
}

bool canRead(const QMimeData *data)
{
    return hasFiles(data) || !text(data).isEmpty();
}

QList<CheckPlan::Input> files(const QMimeData *data)
{
    if (!data)
        return {};
    const QList<QUrl> urls = localFileUrls(data);
    if (!urls.isEmpty())
        return readLocalFiles(urls);
    return readVirtualFiles(data);
}

QString text(const QMimeData *data)
{
    // Outlook also offers a text summary (sender, subject, date) of what is dragged, and file
    // managers offer the paths as text: with files, the files are what the user meant.
    if (!data || hasFiles(data) || !data->hasText())
        return QString();
    const QString offered = data->text();
    if (data->hasUrls() && isOnlyLinks(offered, data->urls()))
        return QString(); // a dragged link is refused, not turned into text to check
    return offered;
}

QList<VirtualFile> parseFileGroupDescriptor(const QByteArray &descriptor, Charset charset)
{
    QList<VirtualFile> files;
    if (descriptor.size() < 4)
        return files;
    const auto *bytes = reinterpret_cast<const uchar *>(descriptor.constData());
    const qsizetype entry = entryBytes(charset);
    const qint64 declared = readU32(bytes);
    const qint64 present = (descriptor.size() - 4) / entry;
    const qint64 count = std::min({declared, present, qint64(MaxVirtualFiles)});
    for (qint64 i = 0; i < count; ++i) {
        const uchar *p = bytes + 4 + i * entry;
        const quint32 flags = readU32(p + FlagsOffset);
        VirtualFile file;
        const uchar *name = p + NameOffset;
        if (charset == Charset::Wide) {
            for (int k = 0; k < MaxPath; ++k) {
                const quint16 unit = qFromLittleEndian<quint16>(name + 2 * k);
                if (unit == 0)
                    break;
                file.name.append(QChar(unit));
            }
        } else {
            const auto *chars = reinterpret_cast<const char *>(name);
            const auto *end = std::find(chars, chars + MaxPath, '\0');
            file.name = QString::fromLocal8Bit(chars, end - chars); // the ANSI code page on Windows
        }
        if (flags & FdFileSize) {
            const quint64 size =
                (quint64(readU32(p + SizeHighOffset)) << 32) | readU32(p + SizeLowOffset);
            file.size = size > quint64(std::numeric_limits<qint64>::max())
                            ? std::numeric_limits<qint64>::max()
                            : qint64(size);
        }
        file.folder =
            (flags & FdAttributes) && (readU32(p + AttributesOffset) & FileAttributeDirectory);
        files.append(file);
    }
    return files;
}

QByteArray makeFileGroupDescriptor(const QList<VirtualFile> &files, Charset charset)
{
    const qsizetype entry = entryBytes(charset);
    QByteArray out(4 + files.size() * entry, '\0');
    auto *bytes = reinterpret_cast<uchar *>(out.data());
    qToLittleEndian<quint32>(quint32(files.size()), bytes);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const VirtualFile &file = files.at(i);
        uchar *p = bytes + 4 + i * entry;
        quint32 flags = FdProgressUi | (charset == Charset::Wide ? FdUnicode : 0);
        if (file.size >= 0) {
            flags |= FdFileSize;
            qToLittleEndian<quint32>(quint32(quint64(file.size) >> 32), p + SizeHighOffset);
            qToLittleEndian<quint32>(quint32(quint64(file.size) & 0xffffffffu), p + SizeLowOffset);
        }
        if (file.folder) {
            flags |= FdAttributes;
            qToLittleEndian<quint32>(FileAttributeDirectory, p + AttributesOffset);
        }
        qToLittleEndian<quint32>(flags, p + FlagsOffset);
        uchar *name = p + NameOffset;
        if (charset == Charset::Wide) {
            const QString shown = file.name.left(MaxPath - 1); // room for the NUL
            for (qsizetype k = 0; k < shown.size(); ++k)
                qToLittleEndian<quint16>(shown.at(k).unicode(), name + 2 * k);
        } else {
            const QByteArray local = file.name.toLocal8Bit().left(MaxPath - 1);
            std::copy(local.cbegin(), local.cend(), reinterpret_cast<char *>(name));
        }
    }
    return out;
}

QStringList parseFileGroupDescriptorW(const QByteArray &descriptor)
{
    QStringList names;
    const QList<VirtualFile> files = parseFileGroupDescriptor(descriptor, Charset::Wide);
    for (const VirtualFile &file : files)
        names.append(file.name);
    return names;
}

QByteArray makeFileGroupDescriptorW(const QStringList &names)
{
    QList<VirtualFile> files;
    for (const QString &name : names)
        files.append(VirtualFile{name, -1, false});
    return makeFileGroupDescriptor(files, Charset::Wide);
}

} // namespace DroppedContent
