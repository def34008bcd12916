#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// A read-only view of an OLE compound file ([MS-CFB]): the container of Outlook .msg files.
// The input is untrusted (bounce attachments), so open() checks the whole structure once —
// every sector number, chain and directory link — and the accessors stay inside those checks.
// Every allocation is bounded by the size of the file itself.
class CompoundFile final
{
public:
    enum class Type
    {
        Storage,
        Stream,
        Root
    };

    struct Entry
    {
        int index = -1;
        QString name;
        Type type = Type::Stream;
        quint64 size = 0; // streams only
    };

    // Why open() refused a file; detail is technical English for logs and tests, never shown.
    struct Error
    {
        enum class Kind
        {
            NotCompoundFile, // no signature, or too short to hold a header
            Damaged          // the structure contradicts itself or points outside the file
        };
        Kind kind = Kind::Damaged;
        const char *detail = "";
    };

    static std::optional<CompoundFile> open(const QByteArray &data, Error *error = nullptr);
    static bool hasSignature(const QByteArray &data);

    static constexpr int rootIndex = 0;

    // The entries directly inside a storage (or the root), sorted by name.
    QList<Entry> children(int storage) const;
    // The child of `storage` with this name (compared case-insensitively, as [MS-CFB] does).
    std::optional<Entry> child(int storage, const QString &name) const;
    // A stream's bytes, or nothing when its sectors are damaged. With maxBytes >= 0 only that
    // many leading bytes are read.
    std::optional<QByteArray> read(int entry, qint64 maxBytes = -1) const;

private:
    struct DirEntry
    {
        Entry entry;
        bool used = false;
        quint32 left = 0;
        quint32 right = 0;
        quint32 child = 0;
        quint32 start = 0;
        std::vector<int> children;
    };

    CompoundFile() = default;
    bool readHeader(Error *error);
    bool readFat(Error *error);
    bool readDirectory(Error *error);
    bool linkTree(Error *error);
    bool readMiniStream(Error *error);

    // Follows a sector chain in `table`; sectors must be below `limit`. Stops after `wanted`
    // sectors when wanted >= 0; otherwise walks to the end, failing on a loop.
    static bool followChain(const std::vector<quint32> &table, quint32 start, qint64 limit,
                            qint64 wanted, std::vector<quint32> *chain);
    // Copies file bytes; whatever lies past the end of the file (a last sector cut short)
    // reads as zeros.
    void copyBytes(qint64 offset, char *to, qint64 count) const;
    QByteArray readChain(const std::vector<quint32> &chain, qint64 size) const;
    std::vector<quint32> readTable(const std::vector<quint32> &chain) const;

    QByteArray m_data;
    int m_sectorShift = 9;
    int m_sectorSize = 512;
    qint64 m_sectorCount = 0; // sectors that begin inside the file
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    std::vector<quint32> m_miniStreamSectors; // the root entry's chain
    quint64 m_miniStreamSize = 0;
    std::vector<DirEntry> m_entries;

    quint32 m_fatSectors = 0;
    quint32 m_firstDirSector = 0;
    quint32 m_firstMiniFatSector = 0;
    quint32 m_firstDifatSector = 0;
};
