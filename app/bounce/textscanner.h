#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Reads the human-readable part of a bounce that has no machine-readable delivery-status: finds
// each failed recipient and the error text written beside it. Works on the shapes MTAs share
// (an address on its own line or leading a line, then indented or following error lines) rather
// than on one template per MTA, so unseen servers are read too.
namespace TextScanner {

struct Finding
{
    QString recipient;
    QString diagnostic; // the error text for that recipient, one line
    QString remoteMta;  // when the text names the refusing host
};

// `ignore`: addresses that are never failed recipients (the bounce's own From/To, postmaster).
QList<Finding> scan(const QString &text, const QStringList &ignore);

// The first line that reads like an SMTP error ("550 5.7.1 …", "Client host … blocked"), joined
// with its continuation lines; empty when there is none.
QString firstErrorLine(const QString &text);

// Where a returned copy of the original message starts in plain text, or -1.
qsizetype returnedMessageStart(const QString &text);

// Addresses ("local@domain") in `text`, in order, lower-cased domain, without duplicates.
QStringList addresses(const QString &text);

// The text as one line per paragraph, without SMTP transcript markers ("<<< ", "550-5.7.1 ")
// and so without the codes multi-line replies repeat, so a phrase broken over lines is whole.
QString flattenedTranscript(const QString &text);

// QStringView::trimmed(), inline: the call cost more than trimming a line's or a field's few
// spaces.
inline QStringView trimmed(QStringView text)
{
    const QChar *begin = text.begin();
    const QChar *end = text.end();
    while (end > begin && end[-1].isSpace()) // the end first, as Qt does: then a blank text
        --end;                               // is an empty view at its start
    while (begin < end && begin->isSpace())
        ++begin;
    return QStringView(begin, end);
}

// Whether `text` is ASCII with single spaces between words and none around them, so that
// simplified() leaves it as it is. Text beyond ASCII (which may hold Unicode spaces) is not.
bool isSimpleAscii(QStringView text);

// The places of one character in a text, in order. Compares sixteen units at a time: text is
// walked line by line everywhere here, and a Qt indexOf() per line cost more in its fixed
// overhead than in its search.
class UnitFinder
{
public:
    UnitFinder(QStringView text, char16_t unit)
        : m_units(text.utf16())
        , m_size(text.size())
        , m_unit(unit)
    {
    }

    // The next place of the unit after the last one returned, or -1 when there is none.
    qsizetype next()
    {
        if (m_mask == 0 && !findNextBlock())
            return -1;
        const qsizetype at = m_block + qCountTrailingZeroBits(m_mask);
        m_mask &= m_mask - 1;
        return at;
    }

private:
    static constexpr qsizetype BlockSize = 16;

    // Moves to the next block that holds the unit, its places in m_mask; false when none is left.
    bool findNextBlock()
    {
        qsizetype block = m_block + BlockSize;
        for (; block + BlockSize <= m_size; block += BlockSize) {
            const quint32 mask = blockMask(m_units + block);
            if (mask != 0) {
                m_block = block;
                m_mask = mask;
                return true;
            }
        }
        if (block >= m_size)
            return false;
        if (m_size >= BlockSize) {
            // The rest: the block that ends with the text, less the places before `block`
            // (already returned), so that no unit past the text is read.
            m_block = m_size - BlockSize;
            m_mask = blockMask(m_units + m_block) & (~quint32(0) << (block - m_block));
        } else {
            m_block = block; // 0: a text shorter than a block, read a unit at a time
            for (qsizetype i = block; i < m_size; ++i)
                m_mask |= quint32(m_units[i] == m_unit) << i;
        }
        return m_mask != 0;
    }

    // A bit for each of the BlockSize units at `units` that is m_unit.
    quint32 blockMask(const char16_t *units) const
    {
#if defined(__SSE2__)
        const __m128i unit = _mm_set1_epi16(short(m_unit));
        const __m128i low =
            _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(units)), unit);
        const __m128i high =
            _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(units + 8)), unit);
        return quint32(_mm_movemask_epi8(_mm_packs_epi16(low, high)));
#else
        quint32 mask = 0;
        for (qsizetype i = 0; i < BlockSize; ++i)
            mask |= quint32(units[i] == m_unit) << i;
        return mask;
#endif
    }

    const char16_t *m_units;
    qsizetype m_size;
    char16_t m_unit;
    qsizetype m_block = -BlockSize; // where the block of m_mask starts
    quint32 m_mask = 0;             // places in that block not returned yet, a bit each
};

} // namespace TextScanner
