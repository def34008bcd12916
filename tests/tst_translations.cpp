// Every user-visible string has a finished Japanese translation, with the same placeholders,
// including every text of the blocklist catalog.
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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
            current.translation = xml.readElementText();
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

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
