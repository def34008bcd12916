// Every user-visible string has a finished Japanese translation, with the same placeholders,
// including every text of the blocklist catalog.
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, false};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The catalog texts (context "Catalog") that have a finished Japanese translation.
QSet<QString> finishedCatalogSources()
{
    QSet<QString> translated;
    for (const Message &m :
         readTs(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/translations/blocklistdoctor_ja.ts"))) {
        if (m.context == QLatin1String("Catalog") && !m.unfinished)
            translated.insert(m.source);
    }
    return translated;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseIsComplete();
    void catalogTextIsTranslatable();
    void retiredReasonsAreTranslatable();
    void everySourceStringIsInTheTranslationFile();
    void noVisibleTextOutsideTr();
};

void TestTranslations::japaneseIsComplete()
{
    const QList<Message> messages =
        readTs(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/translations/blocklistdoctor_ja.ts"));
    QVERIFY2(messages.size() > 100, "the Japanese translation file is missing or empty");
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
        QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                 qPrintable(QStringLiteral("placeholders differ: ") + where));
    }
}

void TestTranslations::catalogTextIsTranslatable()
{
    const QSet<QString> translated = finishedCatalogSources();
    QFile file(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/resources/catalog/blocklists.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray lists =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("lists")).toArray();
    QVERIFY(!lists.isEmpty());
    for (const QJsonValue &value : lists) {
        const QJsonObject list = value.toObject();
        QStringList texts{list.value(QStringLiteral("removal_note")).toString(),
                          list.value(QStringLiteral("notes")).toString()};
        for (const char *array : {"codes", "errors"}) {
            for (const QJsonValue &code : list.value(QLatin1String(array)).toArray())
                texts.append(code.toObject().value(QStringLiteral("meaning")).toString());
        }
        for (const QString &text : std::as_const(texts)) {
            if (!text.isEmpty())
                QVERIFY2(translated.contains(text),
                         qPrintable(list.value(QStringLiteral("id")).toString() +
                                    QStringLiteral(": no Japanese for \"") + text +
                                    QStringLiteral("\" (run the update_translations target)")));
        }
    }
}

void TestTranslations::retiredReasonsAreTranslatable()
{
    const QSet<QString> translated = finishedCatalogSources();
    QFile file(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/resources/catalog/retired.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray retired =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("retired")).toArray();
    QVERIFY(retired.size() >= 20);
    for (const QJsonValue &value : retired) {
        const QString reason = value.toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(translated.contains(reason),
                 qPrintable(QStringLiteral("no Japanese for \"") + reason + QLatin1Char('"')));
    }
}

namespace {

QStringList sourceFiles(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        QDirIterator it(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

// lupdate over today's sources must find nothing new: every tr() text is in the .ts file (and
// so has a finished Japanese translation, see japaneseIsComplete), and lupdate has nothing to
// warn about (tr() in a class without Q_OBJECT, a non-literal passed to tr(), …).
void TestTranslations::everySourceStringIsInTheTranslationFile()
{
    QVERIFY2(QFile::exists(QStringLiteral(BLOCKLISTDOCTOR_LUPDATE)), BLOCKLISTDOCTOR_LUPDATE);
    QVERIFY2(QFile::exists(QStringLiteral(BLOCKLISTDOCTOR_CATALOG_STRINGS)),
             "build the catalog_strings target first (the default build does)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("check_ja.ts"));
    QVERIFY(QFile::copy(
        QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/translations/blocklistdoctor_ja.ts"), ts));
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
    arguments << sourceFiles({QStringLiteral("app"), QStringLiteral("ui")});
    arguments << QStringLiteral(BLOCKLISTDOCTOR_CATALOG_STRINGS) << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(BLOCKLISTDOCTOR_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    const QString out = QString::fromUtf8(lupdate.readAllStandardOutput());
    const QString err = QString::fromUtf8(lupdate.readAllStandardError());
    QCOMPARE(lupdate.exitCode(), 0);
    static const QRegularExpression found(
        QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
    const QRegularExpressionMatch match = found.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out + err));
    QVERIFY2(match.captured(2) == QLatin1String("0"),
             qPrintable(QStringLiteral("texts missing from blocklistdoctor_ja.ts; run the "
                                       "update_translations target and translate them:\n") +
                        out));
    QVERIFY2(!err.contains(QLatin1String("arning")), qPrintable(err));
}

// Text set on a widget must come from tr(): a literal there is English a Japanese user would
// see. Flags setText(QStringLiteral("…")) and the like when the literal has a word in it.
void TestTranslations::noVisibleTextOutsideTr()
{
    static const QRegularExpression literalText(QStringLiteral(
        "(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|"
        "setAccessibleName|setAccessibleDescription|setTitle|addAction|addMenu|setLabelText|"
        "setHeaderLabels|showMessage|information|warning|critical|question)\\(\\s*"
        "(?:[^()]*,\\s*)?(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1|u8?)"
        "\\(?\"[^\"]*[A-Za-z]{2,}[^\"]*\""));
    QStringList offenders;
    for (const QString &path : sourceFiles({QStringLiteral("ui")})) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (literalText.match(lines.at(i)).hasMatch() &&
                !lines.at(i).contains(QLatin1String("not user-visible")))
                offenders << QStringLiteral("%1:%2: %3")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(i + 1)
                                 .arg(lines.at(i).trimmed());
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
