#pragma once

#include "session/checkplan.h"

#include <QList>
#include <QString>

class QMimeData;

// What a drop or a paste carries, as named byte arrays for CheckPlan::fromInputs: local files
// (.eml, .msg, .txt; Thunderbird and Apple Mail give file URLs), Outlook's virtual files
// (FileGroupDescriptorW + FileContents, no file on disk), or plain text. Never opens a link,
// never reads a URL that is not a local file.
//
// Outlook for Windows and several Outlook items: Qt's Windows drop code asks the drag source for
// "FileContents" once, without an item index, so QMimeData carries the bytes of the first item
// only. files() therefore returns the first item with its bytes and every other item with an
// `error` asking the user to drag it on its own. Outlook also hands over whole mails (not
// attachments) as an IStorage, which Qt does not read; then FileContents is empty and the item
// gets an error asking the user to save the mail first. A later version can read every item:
// on Qt >= 6.5, register a QWindowsMimeConverter (Windows only) whose convertToMime() receives
// the IDataObject and calls GetData(FileContents) with lindex = 0 … cItems - 1, accepting
// TYMED_HGLOBAL, TYMED_ISTREAM and TYMED_ISTORAGE (copied into an HGLOBAL-backed ILockBytes
// compound file, which is the .msg), and publishes the items under a private MIME type that
// files() reads before the formats below.
namespace DroppedContent {

// The MIME names Qt on Windows gives these clipboard formats.
inline QString fileGroupDescriptorWFormat()
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"FileGroupDescriptorW\"");
}
inline QString fileGroupDescriptorAFormat()
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"FileGroupDescriptor\"");
}
inline QString fileContentsFormat()
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"FileContents\"");
}
// GNOME Files' own copy format ("copy\nfile:///…"), read when text/uri-list is missing.
inline QString gnomeCopiedFilesFormat()
{
    return QStringLiteral("x-special/gnome-copied-files");
}

// True when `data` carries anything we can read.
bool canRead(const QMimeData *data);

// True when `data` carries files (local file URLs or Outlook virtual files). Reads nothing.
bool hasFiles(const QMimeData *data);

// The files (or virtual files) in `data`, read now; empty when it carries text only. A folder,
// a missing, unreadable, special or oversized file becomes an Input with `error` set.
QList<CheckPlan::Input> files(const QMimeData *data);

// Plain text, when the drop carries no file.
QString text(const QMimeData *data);

// One entry of a FILEGROUPDESCRIPTOR(W).
struct VirtualFile
{
    QString name;        // as the source wrote it (may hold a relative "folder\\name" path)
    qint64 size = -1;    // -1 when the source did not say (no FD_FILESIZE)
    bool folder = false; // FILE_ATTRIBUTE_DIRECTORY with FD_ATTRIBUTES
};

enum class Charset
{
    Wide, // FILEGROUPDESCRIPTORW: UTF-16LE names, 592-byte entries
    Ansi  // FILEGROUPDESCRIPTORA: names in the Windows ANSI code page, 332-byte entries
};

// Parses defensively: little-endian, never reads past the end, ignores a count larger than the
// entries present, stops a name at its NUL or at 260 characters.
QList<VirtualFile> parseFileGroupDescriptor(const QByteArray &descriptor, Charset charset);
QByteArray makeFileGroupDescriptor(const QList<VirtualFile> &files, Charset charset);

// Windows' FILEGROUPDESCRIPTORW: the file names it lists (also used by tests to build drops).
QStringList parseFileGroupDescriptorW(const QByteArray &descriptor);
QByteArray makeFileGroupDescriptorW(const QStringList &names);

// Largest file read from a drop; bigger ones get an error instead of being read.
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
// Most files read from one drop; the rest get an error instead of being read.
constexpr int MaxFiles = 50;
// Most entries taken from one FILEGROUPDESCRIPTOR.
constexpr int MaxVirtualFiles = 1000;

} // namespace DroppedContent
