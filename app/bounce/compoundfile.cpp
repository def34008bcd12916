#include "compoundfile.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr int kHeaderDifatSlots = 109;
constexpr int kHeaderDifatOffset = 76;
constexpr int kEntrySize = 128;
constexpr int kMiniSectorSize = 64;
constexpr char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

bool damaged(CompoundFile::Error *error, const char *detail)
{
    if (error)
        *error = {CompoundFile::Error::Kind::Damaged, detail};
    return false;
}

} // namespace

bool CompoundFile::hasSignature(const QByteArray &data)
{
    return data.size() >= 8 && std::memcmp(data.constData(), kSignature, 8) == 0;
}

std::optional<CompoundFile> CompoundFile::open(const QByteArray &data, Error *error)
{
    if (!hasSignature(data) || data.size() < 512) {
        if (error)
            *error = {Error::Kind::NotCompoundFile,
                      hasSignature(data) ? "truncated header" : "no signature"};
        return std::nullopt;
    }
    CompoundFile file;
    file.m_data = data;
    if (!file.readHeader(error) || !file.readFat(error) || !file.readDirectory(error) ||
        !file.linkTree(error) || !file.readMiniStream(error))
        return std::nullopt;
    return std::optional<CompoundFile>(std::move(file));
}

bool CompoundFile::readHeader(Error *error)
{
    const char *h = m_data.constData();
    const quint16 major = u16(h + 26);
    const quint16 shift = u16(h + 30);
    if (u16(h + 28) != 0xFFFE)
        return damaged(error, "bad byte order mark");
    // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones; nothing else exists.
    if (!((major == 3 && shift == 9) || (major == 4 && shift == 12)))
        return damaged(error, "unknown version or sector size");
    if (u16(h + 32) != 6)
        return damaged(error, "mini sector size is not 64");
    m_sectorShift = shift;
    m_sectorSize = 1 << shift;
    if (m_data.size() <= m_sectorSize)
        return damaged(error, "no sectors after the header");
    m_sectorCount = (m_data.size() - 1) / m_sectorSize; // sectors starting inside the file
    m_fatSectors = u32(h + 44);
    m_firstDirSector = u32(h + 48);
    m_miniCutoff = u32(h + 56);
    m_firstMiniFatSector = u32(h + 60);
    m_firstDifatSector = u32(h + 68);
    if (m_fatSectors == 0 || m_fatSectors > m_sectorCount)
        return damaged(error, "FAT sector count does not fit the file");
    return true;
}

bool CompoundFile::readFat(Error *error)
{
    const char *h = m_data.constData();
    std::vector<quint32> fatSectors;
    fatSectors.reserve(m_fatSectors);
    for (int i = 0; i < kHeaderDifatSlots && fatSectors.size() < m_fatSectors; ++i)
        fatSectors.push_back(u32(h + kHeaderDifatOffset + 4 * i));

    // Further FAT sector numbers live in a chain of DIFAT sectors, each ending with the next
    // one's number. The loop ends because every round adds entries towards m_fatSectors.
    const int perDifatSector = m_sectorSize / 4 - 1;
    std::vector<char> difat(m_sectorSize);
    quint32 next = m_firstDifatSector;
    while (fatSectors.size() < m_fatSectors) {
        if (next >= m_sectorCount)
            return damaged(error, "DIFAT chain ends early or leaves the file");
        copyBytes((qint64(next) + 1) * m_sectorSize, difat.data(), m_sectorSize);
        for (int i = 0; i < perDifatSector && fatSectors.size() < m_fatSectors; ++i)
            fatSectors.push_back(u32(difat.data() + 4 * i));
        next = u32(difat.data() + 4 * perDifatSector);
    }
    for (const quint32 sector : fatSectors) {
        if (sector >= m_sectorCount)
            return damaged(error, "FAT sector outside the file");
    }
    m_fat = readTable(fatSectors);
    return true;
}

bool CompoundFile::readDirectory(Error *error)
{
    std::vector<quint32> chain;
    if (!followChain(m_fat, m_firstDirSector, m_sectorCount, -1, &chain) || chain.empty())
        return damaged(error, "directory chain is broken");
    const qint64 bytes = qint64(chain.size()) * m_sectorSize;
    const QByteArray directory = readChain(chain, bytes);
    const bool version3 = m_sectorShift == 9;
    m_entries.resize(bytes / kEntrySize);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const char *raw = directory.constData() + i * kEntrySize;
        DirEntry &dir = m_entries[i];
        dir.entry.index = int(i);
        switch (raw[66]) {
        case 1:
            dir.entry.type = Type::Storage;
            break;
        case 2:
            dir.entry.type = Type::Stream;
            break;
        case 5:
            dir.entry.type = Type::Root;
            break;
        default:
            continue; // unused (or nonsense): never linked from a valid tree
        }
        dir.used = true;
        const int nameChars = std::min<int>(u16(raw + 64), 64) / 2 - 1;
        for (int c = 0; c < nameChars; ++c) {
            const char16_t ch = u16(raw + 2 * c);
            if (ch == 0)
                break;
            dir.entry.name.append(QChar(ch));
        }
        dir.left = u32(raw + 68);
        dir.right = u32(raw + 72);
        dir.child = u32(raw + 76);
        dir.start = u32(raw + 116);
        // Version 3 writers may leave garbage in the high half of the size.
        dir.entry.size = version3 ? u32(raw + 120) : u64(raw + 120);
    }
    if (!m_entries[0].used || m_entries[0].entry.type != Type::Root)
        return damaged(error, "first directory entry is not the root");
    for (size_t i = 1; i < m_entries.size(); ++i) {
        if (m_entries[i].used && m_entries[i].entry.type == Type::Root)
            return damaged(error, "second root entry");
    }
    return true;
}

bool CompoundFile::linkTree(Error *error)
{
    // Walks every storage's sibling tree without recursion. Each entry may be reached once:
    // a second visit means a cycle or a shared subtree, and either would let a crafted file
    // make later walks loop or repeat work.
    std::vector<bool> seen(m_entries.size(), false);
    seen[0] = true;
    std::vector<size_t> storages{0};
    std::vector<quint32> pending;
    while (!storages.empty()) {
        const size_t storage = storages.back();
        storages.pop_back();
        pending.clear();
        if (m_entries[storage].child != kNoStream)
            pending.push_back(m_entries[storage].child);
        while (!pending.empty()) {
            const quint32 index = pending.back();
            pending.pop_back();
            if (index >= m_entries.size())
                return damaged(error, "directory link outside the directory");
            if (seen[index])
                return damaged(error, "directory entry linked twice");
            seen[index] = true;
            const DirEntry &dir = m_entries[index];
            if (!dir.used)
                return damaged(error, "directory link to an unused entry");
            m_entries[storage].children.push_back(int(index));
            if (dir.left != kNoStream)
                pending.push_back(dir.left);
            if (dir.right != kNoStream)
                pending.push_back(dir.right);
            if (dir.entry.type == Type::Storage)
                storages.push_back(index);
        }
        std::vector<int> &children = m_entries[storage].children;
        std::sort(children.begin(), children.end(), [this](int a, int b) {
            return m_entries[a].entry.name < m_entries[b].entry.name;
        });
    }
    return true;
}

bool CompoundFile::readMiniStream(Error *error)
{
    // Streams shorter than the cutoff live in 64-byte pieces of the "mini stream", which is
    // itself the root entry's stream in ordinary sectors.
    m_miniStreamSize = m_entries[0].entry.size;
    if (m_miniStreamSize == 0)
        return true;
    const quint64 sectors = (m_miniStreamSize + m_sectorSize - 1) / m_sectorSize;
    if (m_miniStreamSize > quint64(m_data.size()) || sectors > quint64(m_sectorCount))
        return damaged(error, "mini stream larger than the file");
    if (!followChain(m_fat, m_entries[0].start, m_sectorCount, qint64(sectors),
                     &m_miniStreamSectors))
        return damaged(error, "mini stream chain is broken");
    std::vector<quint32> chain;
    if (!followChain(m_fat, m_firstMiniFatSector, m_sectorCount, -1, &chain))
        return damaged(error, "mini FAT chain is broken");
    m_miniFat = readTable(chain);
    return true;
}

bool CompoundFile::followChain(const std::vector<quint32> &table, quint32 start, qint64 limit,
                               qint64 wanted, std::vector<quint32> *chain)
{
    chain->clear();
    if (wanted > limit)
        return false;
    quint32 sector = start;
    while (wanted < 0 || qint64(chain->size()) < wanted) {
        if (sector == kEndOfChain) {
            if (wanted >= 0)
                return false; // shorter than the stream claims
            break;
        }
        if (sector >= limit || sector >= table.size())
            return false;
        // A chain longer than there are sectors must pass one of them twice.
        if (qint64(chain->size()) >= limit)
            return false;
        chain->push_back(sector);
        sector = table[sector];
    }
    // A stream cut to its length can still loop inside that length: no sector may repeat.
    std::vector<quint32> sorted = *chain;
    std::sort(sorted.begin(), sorted.end());
    return std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
}

void CompoundFile::copyBytes(qint64 offset, char *to, qint64 count) const
{
    const qint64 available = std::clamp<qint64>(m_data.size() - offset, 0, count);
    if (available > 0)
        std::memcpy(to, m_data.constData() + offset, size_t(available));
    if (available < count)
        std::memset(to + available, 0, size_t(count - available));
}

QByteArray CompoundFile::readChain(const std::vector<quint32> &chain, qint64 size) const
{
    QByteArray out(size, Qt::Uninitialized);
    for (size_t k = 0; k < chain.size(); ++k) {
        const qint64 done = qint64(k) * m_sectorSize;
        if (done >= size)
            break;
        copyBytes((qint64(chain[k]) + 1) * m_sectorSize, out.data() + done,
                  std::min<qint64>(m_sectorSize, size - done));
    }
    return out;
}

std::vector<quint32> CompoundFile::readTable(const std::vector<quint32> &chain) const
{
    const qint64 bytes = qint64(chain.size()) * m_sectorSize;
    const QByteArray raw = readChain(chain, bytes);
    std::vector<quint32> table(size_t(bytes / 4));
    for (size_t i = 0; i < table.size(); ++i)
        table[i] = u32(raw.constData() + 4 * i);
    return table;
}

QList<CompoundFile::Entry> CompoundFile::children(int storage) const
{
    QList<Entry> out;
    if (storage < 0 || size_t(storage) >= m_entries.size())
        return out;
    out.reserve(qsizetype(m_entries[storage].children.size()));
    for (const int index : m_entries[storage].children)
        out.append(m_entries[index].entry);
    return out;
}

std::optional<CompoundFile::Entry> CompoundFile::child(int storage, const QString &name) const
{
    if (storage < 0 || size_t(storage) >= m_entries.size())
        return std::nullopt;
    for (const int index : m_entries[storage].children) {
        if (m_entries[index].entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_entries[index].entry;
    }
    return std::nullopt;
}

std::optional<QByteArray> CompoundFile::read(int entry, qint64 maxBytes) const
{
    if (entry < 0 || size_t(entry) >= m_entries.size())
        return std::nullopt;
    const DirEntry &dir = m_entries[entry];
    if (!dir.used || dir.entry.type != Type::Stream)
        return std::nullopt;
    const quint64 size = dir.entry.size;
    if (size > quint64(m_data.size()))
        return std::nullopt; // claims more bytes than the whole file holds
    const qint64 bytes = maxBytes >= 0 ? std::min<qint64>(qint64(size), maxBytes) : qint64(size);
    std::vector<quint32> chain;

    if (size >= m_miniCutoff) {
        const qint64 sectors = (bytes + m_sectorSize - 1) / m_sectorSize;
        if (!followChain(m_fat, dir.start, m_sectorCount, sectors, &chain))
            return std::nullopt;
        return readChain(chain, bytes);
    }

    const qint64 miniSectors = qint64((m_miniStreamSize + kMiniSectorSize - 1) / kMiniSectorSize);
    const qint64 wanted = (bytes + kMiniSectorSize - 1) / kMiniSectorSize;
    if (!followChain(m_miniFat, dir.start, miniSectors, wanted, &chain))
        return std::nullopt;
    QByteArray out(bytes, Qt::Uninitialized);
    const int perSector = m_sectorSize / kMiniSectorSize;
    for (size_t k = 0; k < chain.size(); ++k) {
        // miniSectors fits inside m_miniStreamSectors, so this index is always valid.
        const quint32 sector = m_miniStreamSectors[chain[k] / perSector];
        const qint64 offset =
            (qint64(sector) + 1) * m_sectorSize + qint64(chain[k] % perSector) * kMiniSectorSize;
        const qint64 done = qint64(k) * kMiniSectorSize;
        copyBytes(offset, out.data() + done, std::min<qint64>(kMiniSectorSize, bytes - done));
    }
    return out;
}
