// Times BounceReader over the labelled corpus of real bounces, loaded into memory once (the disk
// is not measured), and shows that the memory one message takes stays bounded: the largest file
// is read again with a 1, 5 and 20 MB base64 attachment added to its multipart.
// build/release/tests/benchmarks/bench_bounce [passes] [corpus-dir]
// Compared with Sisimai by run_bounce_benchmark.sh (README, "Bounce reader benchmark").
// MB means 10^6 bytes everywhere, throughput and memory alike.
#include "bounce/bouncereader.h"
#include "catalog/catalog.h"
#include "testconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdint>
#include <ctime>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {

struct Sample
{
    QString name;
    QByteArray data;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double megabytes(qint64 bytes)
{
    return bytes / 1e6;
}

QList<Sample> loadCorpus(const QString &path)
{
    QList<Sample> samples;
    const QDir dir(path);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.eml")}, QDir::Files | QDir::Readable, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            samples.append({name, file.readAll()});
    }
    return samples;
}

// Resident memory in bytes, or -1 where it is not measured. The per-message figures need the
// current size and a peak that can be reset: Linux only (clear_refs "5", Linux 4.0).
namespace Memory {

#if defined(Q_OS_LINUX)
qint64 statusField(QLatin1String field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field.data())) // "VmHWM:    123456 kB"
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 current()
{
    return statusField(QLatin1String("VmRSS:"));
}

qint64 peak()
{
    return statusField(QLatin1String("VmHWM:"));
}

bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // freed heap pages would otherwise stay resident and hide a new read's growth
#endif
}
#else
qint64 current()
{
    return -1;
}

qint64 peak()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return usage.ru_maxrss; // bytes
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes
#endif
#else
    return -1;
#endif
}

bool resetPeak()
{
    return false;
}

void releaseFreeMemory() {}
#endif

} // namespace Memory

// Deterministic noise, so every run reads the same attachment.
class Noise final
{
public:
    char next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return char(m_state & 0xff);
    }

private:
    std::uint64_t m_state = 0x9e3779b97f4a7c15ULL;
};

// The bounce with a base64 attachment of `bytes` (decoded) as one more part of its top-level
// multipart, or, when it is not multipart, with its body moved into a new multipart/mixed.
// Built in place, so building it leaves no peak above the input's own size.
QByteArray withAttachment(const QByteArray &mail, qint64 bytes)
{
    const QByteArray eol = mail.contains("\r\n") ? QByteArrayLiteral("\r\n") : "\n";
    const QByteArray blank = eol + eol;
    const qsizetype headerEnd = mail.indexOf(blank);
    const QByteArray header = headerEnd < 0 ? mail : mail.left(headerEnd + eol.size());
    const QByteArray body = headerEnd < 0 ? QByteArray() : mail.mid(headerEnd + blank.size());

    static const QRegularExpression boundaryParameter(
        QStringLiteral("^content-type:[^\\n]*?multipart/[^\\n]*?boundary=\"?([^\";\\s]+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString unfolded = QString::fromLatin1(header).replace(
        QRegularExpression(QStringLiteral("\\r?\\n[ \\t]+")), QStringLiteral(" "));
    QByteArray boundary = boundaryParameter.match(unfolded).captured(1).toLatin1();
    const qsizetype closing =
        boundary.isEmpty() ? -1 : body.lastIndexOf(QByteArray("--" + boundary + "--"));

    const qint64 lines = (bytes + 56) / 57;
    QByteArray out;
    out.reserve(mail.size() + 1024 + lines * (76 + eol.size()));
    // append(), not +=: Qt 6.4's QStringBuilder += doubles the capacity of a half-full array.
    const auto add = [&out](const QByteArray &piece) {
        out.append(piece);
    };
    if (closing >= 0) {
        add(header + eol + body.left(closing));
    } else {
        // Content-* fields describe the body: they move with it into the first part.
        boundary = "=_bench_bounce_attachment";
        QByteArray contentFields;
        bool inContentField = false;
        for (const QByteArray &line : header.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            if (line.at(0) != ' ' && line.at(0) != '\t')
                inContentField = line.toLower().startsWith("content-");
            (inContentField ? contentFields : out).append(line + '\n');
        }
        add("Content-Type: multipart/mixed; boundary=\"" + boundary + '"' + eol + eol);
        add("--" + boundary + eol + contentFields + eol + body + eol);
    }
    add("--" + boundary + eol);
    add("Content-Type: application/octet-stream; name=\"attachment.bin\"" + eol);
    add("Content-Disposition: attachment; filename=\"attachment.bin\"" + eol);
    add("Content-Transfer-Encoding: base64" + eol + eol);
    Noise noise;
    char raw[57];
    for (qint64 left = bytes; left > 0; left -= sizeof raw) {
        const int size = int(qMin<qint64>(left, sizeof raw));
        for (int i = 0; i < size; ++i)
            raw[i] = noise.next();
        add(QByteArray::fromRawData(raw, size).toBase64() + eol);
    }
    add(eol + "--" + boundary + "--");
    // The original closing line's end and epilogue, if any.
    add(closing >= 0 ? body.mid(closing + boundary.size() + 4) : eol);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int passes = qMax(1, app.arguments().value(1, QStringLiteral("20")).toInt());
    const QString dir = app.arguments().value(
        2, QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/../shared/corpus/dev"));
    QTextStream out(stdout);

    const QList<Sample> samples = loadCorpus(dir);
    if (samples.isEmpty()) {
        out << "no readable *.eml files in " << QDir::cleanPath(dir) << '\n';
        return 1;
    }
    qint64 totalBytes = 0;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        totalBytes += samples.at(i).data.size();
        if (samples.at(i).data.size() > samples.at(largest).data.size())
            largest = i;
    }
    const BounceReader reader(Catalog::builtIn());
    const qint64 peakBefore = Memory::peak();

    // Whole passes time the set, in wall time and in process CPU time (steadier on a busy
    // machine; wall time again on Windows, whose clock() is); each read is also timed.
    QList<double> passSeconds, passCpuSeconds;
    QList<QList<double>> fileMicros(samples.size());
    int bounces = 0, failures = 0, delays = 0, unreadable = 0;
    QElapsedTimer passClock, fileClock;
    for (int pass = 0; pass < passes; ++pass) {
        passClock.start();
        const std::clock_t cpuStart = std::clock();
        for (qsizetype i = 0; i < samples.size(); ++i) {
            fileClock.start();
            const BounceReport report = reader.read(samples.at(i).data, samples.at(i).name);
            fileMicros[i].append(fileClock.nsecsElapsed() / 1e3);
            if (pass == 0) {
                bounces += report.isBounce();
                failures += report.kind == MessageKind::Failure;
                delays += report.kind == MessageKind::Delay;
                unreadable += !report.error.isEmpty();
            }
        }
        passSeconds.append(passClock.nsecsElapsed() / 1e9);
        passCpuSeconds.append(double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    const qint64 peakAfter = Memory::peak();

    qsizetype slowest = 0;
    QList<double> fileMedians;
    for (const QList<double> &micros : fileMicros)
        fileMedians.append(median(micros));
    for (qsizetype i = 0; i < fileMedians.size(); ++i) {
        if (fileMedians.at(i) > fileMedians.at(slowest))
            slowest = i;
    }
    const double medianSeconds = median(passSeconds);
    const double bestSeconds = *std::min_element(passSeconds.cbegin(), passSeconds.cend());

    out << "bench_bounce: BounceReader over " << samples.size() << " files, "
        << QString::number(megabytes(totalBytes), 'f', 2) << " MB, " << passes << " passes (Qt "
        << qVersion() << ")\n";
    out << "corpus: " << QDir::cleanPath(dir) << '\n';
    out << "read as bounces: " << bounces << " of " << samples.size() << " files (" << failures
        << " failure, " << delays << " delay), " << unreadable << " unreadable\n";
    for (const auto &[label, seconds] :
         {std::pair{"median", medianSeconds}, std::pair{"best", bestSeconds},
          std::pair{"cpu median", median(passCpuSeconds)}}) {
        out << "throughput " << label << ": " << QString::number(samples.size() / seconds, 'f', 1)
            << " files/s, " << QString::number(megabytes(totalBytes) / seconds, 'f', 2)
            << " MB/s\n";
    }
    out << "slowest file: " << samples.at(slowest).name << " ("
        << QString::number(samples.at(slowest).data.size() / 1e3, 'f', 1) << " kB), median "
        << qRound(fileMedians.at(slowest)) << " µs, worst "
        << qRound(*std::max_element(fileMicros.at(slowest).cbegin(), fileMicros.at(slowest).cend()))
        << " µs\n";
    if (peakBefore < 0) {
        out << "peak RSS: not measured on this platform\n";
        return 0;
    }
    out << "peak RSS: " << QString::number(megabytes(peakBefore), 'f', 1)
        << " MB before the passes (corpus loaded), "
        << QString::number(megabytes(peakAfter), 'f', 1) << " MB after ("
        << QString::number(megabytes(peakAfter - peakBefore), 'f', 1) << " MB more)\n";
    out.flush();

    // One message at a time: the peak it adds above what was resident just before reading it.
    const Sample &big = samples.at(largest);
    out << "per message: " << big.name << " (" << QString::number(big.data.size() / 1e3, 'f', 1)
        << " kB) with a base64 attachment, peak RSS growth while reading it\n";
    if (!Memory::resetPeak() || Memory::current() < 0) {
        out << "  not measured: the peak RSS cannot be reset on this system\n";
        return 0;
    }
    out << "  attachment       input   peak growth  growth/input  read as\n";
    for (const qint64 attachment :
         {qint64(0), qint64(1000000), qint64(5000000), qint64(20000000)}) {
        const QByteArray input = attachment ? withAttachment(big.data, attachment) : big.data;
        Memory::releaseFreeMemory();
        Memory::resetPeak();
        const qint64 before = Memory::current();
        const BounceReport report = reader.read(input, big.name);
        const qint64 growth = qMax<qint64>(0, Memory::peak() - before);
        out << QStringLiteral("  %1 %2 MB %3 MB %4x  %5\n")
                   .arg(attachment ? QStringLiteral("%1 MB").arg(attachment / 1000000)
                                   : QStringLiteral("none"),
                        -10)
                   .arg(megabytes(input.size()), 8, 'f', 2)
                   .arg(megabytes(growth), 10, 'f', 2)
                   .arg(double(growth) / input.size(), 11, 'f', 2)
                   .arg(report.isBounce() ? QStringLiteral("bounce")
                                          : QStringLiteral("not a bounce"));
        out.flush();
    }
    return 0;
}
