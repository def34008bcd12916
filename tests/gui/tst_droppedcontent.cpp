// What a drop or a paste carries (local files, Outlook's virtual files, text) and the input pane
// that takes it: real temporary files, real widgets offscreen, simulated drops and keys.

#include "droppedcontent.h"
#include "inputpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using DroppedContent::Charset;
using DroppedContent::VirtualFile;

namespace {

const QByteArray EmlBytes = "From: MAILER-DAEMON@mx.example.jp\r\n"
                            "Subject: Undelivered Mail Returned to Sender\r\n\r\n"
                            "554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked\r\n";
const QByteArray TxtBytes = "550 5.7.1 blocked using zen.spamhaus.org\n";
// A compound-file signature and a few NULs: a .msg must come through byte for byte.
const QByteArray MsgBytes = QByteArray::fromHex("d0cf11e0a1b11ae1000000000000000000ff00fe");

QString join(const QList<CheckPlan::Input> &inputs)
{
    QStringList parts;
    for (const CheckPlan::Input &input : inputs)
        parts.append(input.name + (input.error.isEmpty() ? QString() : QStringLiteral(" (error)")));
    return parts.join(QStringLiteral(", "));
}

std::unique_ptr<QMimeData> urlData(const QList<QUrl> &urls)
{
    auto data = std::make_unique<QMimeData>();
    data->setUrls(urls);
    return data;
}

std::unique_ptr<QMimeData> outlookData(const QStringList &names, const QByteArray &contents)
{
    auto data = std::make_unique<QMimeData>();
    data->setData(DroppedContent::fileGroupDescriptorWFormat(),
                  DroppedContent::makeFileGroupDescriptorW(names));
    data->setData(DroppedContent::fileContentsFormat(), contents);
    return data;
}

} // namespace

class TestDroppedContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // DroppedContent: local files
    void localFile_data();
    void localFile();
    void severalFilesAtOnce();
    void nonLocalUrlsAreIgnored();
    void oversizedFile();
    void specialFileIsNotRead();
    void gnomeCopiedFiles();
    void tooManyFiles();

    // DroppedContent: Outlook's virtual files
    void outlookSingleItem();
    void outlookSeveralItems();
    void outlookWithoutContents();
    void outlookDeclaredSizeTrimsPadding();
    void outlookAnsiDescriptor();
    void outlookFolderAndPathNames();
    void descriptorRoundTrip();
    void malformedDescriptor_data();
    void malformedDescriptor();

    // DroppedContent: text
    void plainText();
    void nothingReadable();

    // InputPane
    void placeholderAndSize();
    void dropFilesOnEditor();
    void dropRefusedWithoutCopy();
    void dropTextOnWindow();
    void typingClearsFiles();
    void pasteFilesWithCtrlV();
    void pasteFilesFromContextMenu();
    void checkShortcut_data();
    void checkShortcut();
    void cancelOnlyWhileChecking();
    void buttonsEmitSignals();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestDroppedContent::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the dropped files");
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("Mail")));
}

QString TestDroppedContent::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

// ---- local files ---------------------------------------------------------------------------

void TestDroppedContent::localFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // written first unless `write` is false
    QTest::addColumn<bool>("write");
    QTest::addColumn<bool>("readable");

    QTest::newRow("Thunderbird .eml") << "bounce.eml" << EmlBytes << true << true;
    QTest::newRow("text file") << "error line.txt" << TxtBytes << true << true;
    QTest::newRow("binary .msg") << "ndr.msg" << MsgBytes << true << true;
    QTest::newRow("Japanese name") << QStringLiteral("配信不能.eml") << EmlBytes << true << true;
    QTest::newRow("empty file") << "empty.eml" << QByteArray() << true << true;
    QTest::newRow("folder") << "Mail" << QByteArray() << false << false;
    QTest::newRow("missing file") << "gone.eml" << QByteArray() << false << false;
}

void TestDroppedContent::localFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, write);
    QFETCH(bool, readable);

    const QString path = write ? writeFile(name, bytes) : m_dir.filePath(name);
    const auto data = urlData({QUrl::fromLocalFile(path)});
    QVERIFY2(DroppedContent::hasFiles(data.get()), "a file URL is a file, readable or not");
    QVERIFY(DroppedContent::canRead(data.get()));

    const QList<CheckPlan::Input> inputs = DroppedContent::files(data.get());
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.first().name, name);
    if (readable) {
        QVERIFY2(inputs.first().error.isEmpty(),
                 qPrintable(QStringLiteral("expected no error, got: ") + inputs.first().error));
        QVERIFY2(inputs.first().data == bytes, "the bytes must be read exactly as on disk");
    } else {
        QVERIFY2(!inputs.first().error.isEmpty(), "a folder or missing file must say why");
        QVERIFY2(inputs.first().error.endsWith(QLatin1Char('.')),
                 "the error is a plain sentence for the user");
        QVERIFY(inputs.first().data.isEmpty());
    }
    QVERIFY2(DroppedContent::text(data.get()).isEmpty(), "a file drop carries no text to insert");
}

void TestDroppedContent::severalFilesAtOnce()
{
    const QString eml = writeFile(QStringLiteral("one.eml"), EmlBytes);
    const QString txt = writeFile(QStringLiteral("two.txt"), TxtBytes);
    const QString msg = writeFile(QStringLiteral("three.msg"), MsgBytes);
    auto data =
        urlData({QUrl::fromLocalFile(eml), QUrl(QStringLiteral("https://example.com/x.eml")),
                 QUrl::fromLocalFile(txt), QUrl::fromLocalFile(m_dir.filePath("Mail")),
                 QUrl::fromLocalFile(msg), QUrl::fromLocalFile(eml),
                 QUrl::fromLocalFile(m_dir.filePath("missing.eml"))});
    data->setText(QStringLiteral("file:///should/not/be/inserted"));

    const QList<CheckPlan::Input> inputs = DroppedContent::files(data.get());
    QCOMPARE(join(inputs),
             QStringLiteral("one.eml, two.txt, Mail (error), three.msg, missing.eml (error)"));
    QVERIFY(inputs.at(0).data == EmlBytes);
    QVERIFY(inputs.at(1).data == TxtBytes);
    QVERIFY(inputs.at(3).data == MsgBytes);
    QVERIFY2(DroppedContent::text(data.get()).isEmpty(),
             "with files, the paths offered as text must not be inserted");
}

void TestDroppedContent::nonLocalUrlsAreIgnored()
{
    const auto data = urlData({QUrl(QStringLiteral("http://example.com/bounce.eml")),
                               QUrl(QStringLiteral("ftp://example.com/ndr.msg")),
                               QUrl(QStringLiteral("smb://server/share/a.eml"))});
    QVERIFY2(!DroppedContent::hasFiles(data.get()), "links are never files");
    QVERIFY2(DroppedContent::files(data.get()).isEmpty(), "links are never fetched nor reported");
    QVERIFY2(!DroppedContent::canRead(data.get()), "links alone are nothing to read");
}

void TestDroppedContent::oversizedFile()
{
    const QString path = writeFile(QStringLiteral("huge.eml"), QByteArray());
    QFile file(path);
    QVERIFY(file.resize(DroppedContent::MaxFileBytes + 1)); // sparse: costs no disk
    const QList<CheckPlan::Input> inputs =
        DroppedContent::files(urlData({QUrl::fromLocalFile(path)}).get());
    QCOMPARE(inputs.size(), 1);
    QVERIFY2(!inputs.first().error.isEmpty(), "a file over the limit must get an error");
    QVERIFY2(inputs.first().data.isEmpty(), "a file over the limit must not be read");
}

void TestDroppedContent::specialFileIsNotRead()
{
#ifdef Q_OS_UNIX
    // A named pipe would block a read for ever; it must be refused without opening it.
    const QString path = m_dir.filePath(QStringLiteral("pipe.eml"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QList<CheckPlan::Input> inputs =
        DroppedContent::files(urlData({QUrl::fromLocalFile(path)}).get());
    QCOMPARE(inputs.size(), 1);
    QVERIFY2(!inputs.first().error.isEmpty(), "a pipe is not an ordinary file");
#else
    QSKIP("named pipes are a Unix test");
#endif
}

void TestDroppedContent::gnomeCopiedFiles()
{
    const QString path = writeFile(QStringLiteral("copied.eml"), EmlBytes);
    QMimeData data;
    data.setData(DroppedContent::gnomeCopiedFilesFormat(),
                 "copy\n" + QUrl::fromLocalFile(path).toEncoded() + "\nhttps://example.com/x\n");
    const QList<CheckPlan::Input> inputs = DroppedContent::files(&data);
    QCOMPARE(join(inputs), QStringLiteral("copied.eml"));
    QVERIFY(inputs.first().data == EmlBytes);
}

void TestDroppedContent::tooManyFiles()
{
    QList<QUrl> urls;
    for (int i = 0; i < DroppedContent::MaxFiles + 2; ++i)
        urls.append(QUrl::fromLocalFile(writeFile(QStringLiteral("many%1.txt").arg(i), TxtBytes)));
    const QList<CheckPlan::Input> inputs = DroppedContent::files(urlData(urls).get());
    QCOMPARE(inputs.size(), DroppedContent::MaxFiles + 2);
    QVERIFY(inputs.at(DroppedContent::MaxFiles - 1).error.isEmpty());
    QVERIFY2(!inputs.at(DroppedContent::MaxFiles).error.isEmpty() &&
                 inputs.at(DroppedContent::MaxFiles).data.isEmpty(),
             "files beyond the limit are named with an error, not read");
}

// ---- Outlook -------------------------------------------------------------------------------

void TestDroppedContent::outlookSingleItem()
{
    const auto data = outlookData({QStringLiteral("Undeliverable- hello.msg")}, MsgBytes);
    // Outlook also offers a text summary of the dragged item; the item is what counts.
    data->setText(QStringLiteral("From\tSubject\tReceived\nPostmaster\tUndeliverable: hello\t"));
    QVERIFY(DroppedContent::hasFiles(data.get()));
    QVERIFY(DroppedContent::canRead(data.get()));
    const QList<CheckPlan::Input> inputs = DroppedContent::files(data.get());
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.first().name, QStringLiteral("Undeliverable- hello.msg"));
    QVERIFY2(inputs.first().data == MsgBytes, "FileContents must be taken byte for byte");
    QVERIFY(inputs.first().error.isEmpty());
    QVERIFY2(DroppedContent::text(data.get()).isEmpty(), "Outlook's summary text is not input");
}

void TestDroppedContent::outlookSeveralItems()
{
    const auto data = outlookData(
        {QStringLiteral("first.msg"), QStringLiteral("second.msg"), QStringLiteral("third.msg")},
        MsgBytes);
    const QList<CheckPlan::Input> inputs = DroppedContent::files(data.get());
    QCOMPARE(join(inputs), QStringLiteral("first.msg, second.msg (error), third.msg (error)"));
    QVERIFY2(inputs.first().data == MsgBytes, "FileContents belongs to the first item");
    QVERIFY2(inputs.at(1).data.isEmpty() && inputs.at(2).data.isEmpty(),
             "the other items' bytes are not available through QMimeData");
}

void TestDroppedContent::outlookWithoutContents()
{
    // A whole mail comes as an IStorage, which Qt does not read: FileContents stays empty.
    const auto data = outlookData({QStringLiteral("Undeliverable- hello.msg")}, QByteArray());
    const QList<CheckPlan::Input> inputs = DroppedContent::files(data.get());
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs.first().name, QStringLiteral("Undeliverable- hello.msg"));
    QVERIFY2(!inputs.first().error.isEmpty(), "no contents must tell the user what to do");
}

void TestDroppedContent::outlookDeclaredSizeTrimsPadding()
{
    QMimeData data;
    data.setData(
        DroppedContent::fileGroupDescriptorWFormat(),
        DroppedContent::makeFileGroupDescriptor(
            {VirtualFile{QStringLiteral("ndr.eml"), EmlBytes.size(), false}}, Charset::Wide));
    data.setData(DroppedContent::fileContentsFormat(), EmlBytes + QByteArray(12, '\0'));
    const QList<CheckPlan::Input> inputs = DroppedContent::files(&data);
    QCOMPARE(inputs.size(), 1);
    QVERIFY2(inputs.first().data == EmlBytes,
             "memory rounded up by Windows must be cut to the size the descriptor gives");
}

void TestDroppedContent::outlookAnsiDescriptor()
{
    QMimeData data;
    data.setData(DroppedContent::fileGroupDescriptorAFormat(),
                 DroppedContent::makeFileGroupDescriptor(
                     {VirtualFile{QStringLiteral("bounce.eml"), -1, false}}, Charset::Ansi));
    data.setData(DroppedContent::fileContentsFormat(), EmlBytes);
    const QList<CheckPlan::Input> inputs = DroppedContent::files(&data);
    QCOMPARE(join(inputs), QStringLiteral("bounce.eml"));
    QVERIFY(inputs.first().data == EmlBytes);
}

void TestDroppedContent::outlookFolderAndPathNames()
{
    QMimeData data;
    data.setData(
        DroppedContent::fileGroupDescriptorWFormat(),
        DroppedContent::makeFileGroupDescriptor(
            {VirtualFile{QStringLiteral("Inbox\\Returned\\ndr.msg"), -1, false}}, Charset::Wide));
    data.setData(DroppedContent::fileContentsFormat(), MsgBytes);
    QCOMPARE(join(DroppedContent::files(&data)), QStringLiteral("ndr.msg"));

    data.setData(DroppedContent::fileGroupDescriptorWFormat(),
                 DroppedContent::makeFileGroupDescriptor(
                     {VirtualFile{QStringLiteral("Inbox"), -1, true}}, Charset::Wide));
    QCOMPARE(join(DroppedContent::files(&data)), QStringLiteral("Inbox (error)"));

    data.setData(DroppedContent::fileGroupDescriptorWFormat(),
                 DroppedContent::makeFileGroupDescriptorW({QStringLiteral("\x01\t ")}));
    const QList<CheckPlan::Input> unnamed = DroppedContent::files(&data);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(!unnamed.first().name.trimmed().isEmpty(), "a nameless item still gets a name");
}

void TestDroppedContent::descriptorRoundTrip()
{
    const QStringList names = {
        QStringLiteral("Undeliverable- hello.msg"), QStringLiteral("配信不能: こんにちは.msg"),
        QStringLiteral("😀 emoji (surrogate pair).eml"), QString(300, QLatin1Char('x'))};
    const QByteArray descriptor = DroppedContent::makeFileGroupDescriptorW(names);
    QCOMPARE(descriptor.size(), 4 + 592 * names.size());
    QCOMPARE(qFromLittleEndian<quint32>(descriptor.constData()), quint32(names.size()));
    // cFileName starts 72 bytes into the entry, UTF-16LE.
    QCOMPARE(descriptor.mid(4 + 72, 4), QByteArray("U\0n\0", 4));

    const QStringList parsed = DroppedContent::parseFileGroupDescriptorW(descriptor);
    QCOMPARE(parsed.size(), names.size());
    QCOMPARE(parsed.mid(0, 3), names.mid(0, 3));
    QCOMPARE(parsed.at(3), QString(259, QLatin1Char('x'))); // MAX_PATH with its NUL

    const QList<VirtualFile> sized = DroppedContent::parseFileGroupDescriptor(
        DroppedContent::makeFileGroupDescriptor(
            {VirtualFile{QStringLiteral("big.msg"), qint64(5) << 32 | 7, false}}, Charset::Wide),
        Charset::Wide);
    QCOMPARE(sized.size(), 1);
    QCOMPARE(sized.first().size, qint64(5) << 32 | 7);
}

void TestDroppedContent::malformedDescriptor_data()
{
    QTest::addColumn<QByteArray>("descriptor");
    QTest::addColumn<int>("expectedEntries");

    const QByteArray one = DroppedContent::makeFileGroupDescriptorW({QStringLiteral("a.msg")});
    QByteArray huge = one;
    qToLittleEndian<quint32>(0xffffffffu, huge.data());
    QByteArray noNul = one;
    for (int i = 0; i < 2 * 260; i += 2) {
        noNul[4 + 72 + i] = 'A';
        noNul[4 + 72 + i + 1] = '\0';
    }
    QByteArray twoAndAHalf = DroppedContent::makeFileGroupDescriptorW(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    twoAndAHalf.chop(300);
    QByteArray loneSurrogate = one;
    loneSurrogate[4 + 72] = '\x00';
    loneSurrogate[4 + 72 + 1] = '\xd8';

    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("shorter than the count") << QByteArray("\x01\x00", 2) << 0;
    QTest::newRow("count without entries") << QByteArray("\x01\x00\x00\x00", 4) << 0;
    QTest::newRow("count of 4 billion") << huge << 1;
    QTest::newRow("name without NUL") << noNul << 1;
    QTest::newRow("last entry cut short") << twoAndAHalf << 2;
    QTest::newRow("entry cut in the header") << one.left(40) << 0;
    QTest::newRow("lone surrogate") << loneSurrogate << 1;
    QTest::newRow("garbage") << QByteArray(2000, '\xff') << 3;
}

void TestDroppedContent::malformedDescriptor()
{
    QFETCH(QByteArray, descriptor);
    QFETCH(int, expectedEntries);

    const QStringList names = DroppedContent::parseFileGroupDescriptorW(descriptor);
    QCOMPARE(names.size(), expectedEntries);
    for (const QString &name : names)
        QVERIFY2(name.size() <= 260, "a name is bounded by MAX_PATH");
    QCOMPARE(DroppedContent::parseFileGroupDescriptor(descriptor, Charset::Ansi).size() <=
                 qsizetype(descriptor.size() / 332 + 1),
             true);

    QMimeData data;
    data.setData(DroppedContent::fileGroupDescriptorWFormat(), descriptor);
    data.setData(DroppedContent::fileContentsFormat(), MsgBytes);
    const QList<CheckPlan::Input> inputs = DroppedContent::files(&data);
    QVERIFY2(!inputs.isEmpty(), "the contents are still offered, under some name");
    QVERIFY2(inputs.size() <= qMax(1, expectedEntries), "never more inputs than entries present");
}

// ---- text ----------------------------------------------------------------------------------

void TestDroppedContent::plainText()
{
    QMimeData data;
    data.setText(QStringLiteral("Client host [192.0.2.8] blocked using zen.spamhaus.org"));
    QVERIFY(!DroppedContent::hasFiles(&data));
    QVERIFY(DroppedContent::canRead(&data));
    QVERIFY(DroppedContent::files(&data).isEmpty());
    QCOMPARE(DroppedContent::text(&data),
             QStringLiteral("Client host [192.0.2.8] blocked using zen.spamhaus.org"));
}

void TestDroppedContent::nothingReadable()
{
    QMimeData empty;
    QVERIFY(!DroppedContent::canRead(&empty));
    QVERIFY(!DroppedContent::canRead(nullptr));
    QVERIFY(DroppedContent::files(nullptr).isEmpty());
    QVERIFY(DroppedContent::text(nullptr).isEmpty());
    QMimeData image;
    image.setData(QStringLiteral("image/png"), QByteArray("\x89PNG", 4));
    QVERIFY2(!DroppedContent::canRead(&image), "an image is nothing we can read");
}

// ---- InputPane -----------------------------------------------------------------------------

void TestDroppedContent::placeholderAndSize()
{
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    QVERIFY2(edit, "the text area is named \"input\"");
    QCOMPARE(edit->placeholderText(),
             QStringLiteral("Paste the returned mail here, drop it on this window, or type an IP "
                            "address or domain"));
    QVERIFY2(edit->minimumHeight() >= 8 * edit->fontMetrics().lineSpacing(),
             "the text area is at least eight lines tall");
    QVERIFY(!edit->accessibleName().isEmpty());
    for (const char *name : {"openButton", "checkButton", "cancelButton"}) {
        auto *button = pane.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->accessibleName().isEmpty(), name);
    }
    QVERIFY2(pane.findChild<QPushButton *>(QStringLiteral("checkButton"))->isDefault(),
             "Check is the prominent button");
    auto *label = pane.findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY(label);
    QVERIFY2(label->isHidden(), "no file label before files are loaded");
}

void TestDroppedContent::dropFilesOnEditor()
{
    const QString eml = writeFile(QStringLiteral("bounce.eml"), EmlBytes);
    const QString msg = writeFile(QStringLiteral("ndr.msg"), MsgBytes);
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    auto *label = pane.findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY(edit && label);
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    const auto data = urlData({QUrl::fromLocalFile(eml), QUrl::fromLocalFile(msg)});
    data->setText(eml + QLatin1Char('\n') + msg); // file managers offer the paths as text too
    const QPoint where = edit->viewport()->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &enter);
    QVERIFY2(enter.isAccepted(), "a file drag over the text area must be accepted");
    QCOMPARE(enter.dropAction(), Qt::CopyAction);

    QDropEvent drop(QPointF(where), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QSignalSpy dropped(&pane, &InputPane::filesDropped);
    QCoreApplication::sendEvent(edit->viewport(), &drop);
    QVERIFY2(drop.isAccepted(), "the drop must be taken");
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(drop.dropAction(), Qt::CopyAction);

    QCOMPARE(join(pane.files()), QStringLiteral("bounce.eml, ndr.msg"));
    QVERIFY(pane.files().at(1).data == MsgBytes);
    QVERIFY2(edit->toPlainText().isEmpty(), "the files' paths must not be inserted as text");
    QVERIFY2(label->isVisibleTo(&pane), "the loaded files are shown");
    QVERIFY2(label->text().contains(QStringLiteral("bounce.eml")) &&
                 label->text().contains(QStringLiteral("ndr.msg")),
             qPrintable(QStringLiteral("the label names both files: ") + label->text()));
    QVERIFY2(edit->placeholderText().contains(QStringLiteral("Check")),
             "the empty text area says Check will read the files");
}

void TestDroppedContent::dropRefusedWithoutCopy()
{
    const QString eml = writeFile(QStringLiteral("moved.eml"), EmlBytes);
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    const auto data = urlData({QUrl::fromLocalFile(eml)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &enter);
    QVERIFY2(!enter.isAccepted(), "a drag that can only move the mail away is refused");

    const auto link = urlData({QUrl(QStringLiteral("https://example.com/bounce.eml"))});
    QDragEnterEvent linkEnter(QPoint(5, 5), Qt::CopyAction, link.get(), Qt::LeftButton,
                              Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &linkEnter);
    QVERIFY2(!linkEnter.isAccepted(), "a dragged link is refused, not pasted as text");

    QMimeData text;
    text.setText(QStringLiteral("192.0.2.8"));
    QDragEnterEvent textEnter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &textEnter);
    QVERIFY2(textEnter.isAccepted(), "dragged text is taken by the editor");
}

void TestDroppedContent::dropTextOnWindow()
{
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    QMimeData text;
    text.setText(QStringLiteral("192.0.2.8"));
    QVERIFY(pane.acceptMimeData(&text));
    QCOMPARE(edit->toPlainText(), QStringLiteral("192.0.2.8"));
    QVERIFY(pane.files().isEmpty());

    const auto link = urlData({QUrl(QStringLiteral("https://example.com/bounce.eml"))});
    QVERIFY2(!pane.acceptMimeData(link.get()), "a link alone is not taken");
    QCOMPARE(pane.text(), QStringLiteral("192.0.2.8"));

    link->setText(QStringLiteral(" mx.example.jp"));
    QVERIFY2(pane.acceptMimeData(link.get()), "text that is more than the link is inserted");
    QCOMPARE(pane.text(), QStringLiteral("192.0.2.8 mx.example.jp"));
}

void TestDroppedContent::typingClearsFiles()
{
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    auto *label = pane.findChild<QLabel *>(QStringLiteral("fileLabel"));
    pane.setFiles({CheckPlan::Input{QStringLiteral("bounce.eml"), EmlBytes, QString()}});
    QCOMPARE(pane.files().size(), 1);
    QVERIFY(label->isVisibleTo(&pane));
    QCOMPARE(label->text(), QStringLiteral("Loaded: bounce.eml"));

    QTest::keyClicks(edit, QStringLiteral("mx.example.jp"));
    QVERIFY2(pane.files().isEmpty(), "typing after loading files makes the text the input");
    QVERIFY2(label->isHidden(), "the file label goes with the files");
    QCOMPARE(pane.text(), QStringLiteral("mx.example.jp"));
    QCOMPARE(edit->placeholderText(),
             QStringLiteral("Paste the returned mail here, drop it on this window, or type an IP "
                            "address or domain"));

    pane.setFiles({CheckPlan::Input{QStringLiteral("Mail"), QByteArray(),
                                    QStringLiteral("This is a folder, not a mail file.")}});
    QVERIFY2(pane.text().isEmpty(), "loading files empties the text area");
    QVERIFY2(label->text().contains(QStringLiteral("This is a folder")),
             "a file that cannot be read says so at once");
}

void TestDroppedContent::pasteFilesWithCtrlV()
{
    const QString eml = writeFile(QStringLiteral("copied-in-explorer.eml"), EmlBytes);
    // As in the main window: a window-wide Paste action must not take Ctrl+V from the editor.
    QWidget window;
    auto *pane = new InputPane(&window);
    auto *windowPaste = new QAction(&window);
    windowPaste->setShortcut(QKeySequence::Paste);
    windowPaste->setShortcutContext(Qt::WindowShortcut);
    window.addAction(windowPaste);
    QSignalSpy windowPasted(windowPaste, &QAction::triggered);
    auto *edit = pane->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *copied = new QMimeData; // the clipboard takes it
    copied->setUrls({QUrl::fromLocalFile(eml)});
    copied->setText(eml);
    QGuiApplication::clipboard()->setMimeData(copied);
    QVERIFY2(DroppedContent::hasFiles(QGuiApplication::clipboard()->mimeData()),
             "the offscreen clipboard keeps the file URLs");

    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(join(pane->files()), QStringLiteral("copied-in-explorer.eml"));
    QVERIFY2(edit->toPlainText().isEmpty(), "Ctrl+V of a copied file must not paste its path");

    QGuiApplication::clipboard()->setText(QStringLiteral("192.0.2.8"));
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("192.0.2.8"));
    QVERIFY2(pane->files().isEmpty(), "pasted text replaces the loaded files");
    QVERIFY2(windowPasted.isEmpty(), "the editor keeps Ctrl+V while it has the focus");
}

void TestDroppedContent::pasteFilesFromContextMenu()
{
    const QString eml = writeFile(QStringLiteral("right-click.eml"), EmlBytes);
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *copied = new QMimeData;
    copied->setUrls({QUrl::fromLocalFile(eml)});
    QGuiApplication::clipboard()->setMimeData(copied);

    bool sawMenu = false;
    bool standardPasteHidden = false;
    QTimer::singleShot(0, &pane, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        sawMenu = true;
        auto *standard = menu->findChild<QAction *>(QStringLiteral("edit-paste"));
        standardPasteHidden = standard && !standard->isVisible();
        if (auto *paste = menu->findChild<QAction *>(QStringLiteral("pasteFiles")))
            paste->trigger();
        menu->close();
    });
    const QPoint where = edit->viewport()->rect().center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, where,
                                edit->viewport()->mapToGlobal(where));
    QCoreApplication::sendEvent(edit->viewport(), &menuEvent);

    QVERIFY2(sawMenu, "right-click opens the editor's menu");
    QVERIFY2(standardPasteHidden, "the menu's own Paste (which would paste paths) is replaced");
    QCOMPARE(join(pane.files()), QStringLiteral("right-click.eml"));
    QVERIFY(edit->toPlainText().isEmpty());
}

void TestDroppedContent::checkShortcut_data()
{
    QTest::addColumn<QString>("focus"); // objectName of the widget holding the focus
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");

    QTest::newRow("Ctrl+Return in the editor")
        << "input" << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter (keypad) in the editor")
        << "input" << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier);
    QTest::newRow("Ctrl+Return on Open…")
        << "openButton" << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter on Open…")
        << "openButton" << int(Qt::Key_Enter) << int(Qt::ControlModifier);
}

void TestDroppedContent::checkShortcut()
{
    QFETCH(QString, focus);
    QFETCH(int, key);
    QFETCH(int, modifiers);

    InputPane pane;
    pane.setText(QStringLiteral("192.0.2.8"));
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto *target = pane.findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);

    QSignalSpy check(&pane, &InputPane::checkRequested);
    QSignalSpy open(&pane, &InputPane::openRequested);
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY2(check.size() == 1, "the check shortcut works wherever the focus is in the window");
    QCOMPARE(open.size(), 0);
    QCOMPARE(pane.text(), QStringLiteral("192.0.2.8")); // no newline was typed

    pane.setChecking(true);
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY2(check.size() == 1, "no second check while one is running");
}

void TestDroppedContent::cancelOnlyWhileChecking()
{
    InputPane pane;
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    auto *check = pane.findChild<QPushButton *>(QStringLiteral("checkButton"));
    auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(edit && check && cancel);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    edit->setFocus();

    QVERIFY2(!cancel->isEnabled(), "Cancel is disabled while nothing runs");
    QVERIFY(check->isEnabled());
    QSignalSpy cancelled(&pane, &InputPane::cancelRequested);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 0);

    pane.setChecking(true);
    QVERIFY(pane.isChecking());
    QVERIFY2(cancel->isEnabled() && !check->isEnabled(), "while checking: Cancel on, Check off");
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY2(cancelled.size() == 1, "Esc cancels a running check");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 2);

    pane.setChecking(false);
    QVERIFY(!cancel->isEnabled() && check->isEnabled());
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 2);
}

void TestDroppedContent::buttonsEmitSignals()
{
    InputPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy open(&pane, &InputPane::openRequested);
    QSignalSpy check(&pane, &InputPane::checkRequested);
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(check.size(), 1);

    // Tab order: text area, Open…, Check (Cancel is disabled while idle), and Tab leaves the
    // text area instead of typing a tab character.
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("input"));
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("openButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("checkButton"));
    QVERIFY2(edit->toPlainText().isEmpty(), "Tab typed nothing");
}

QTEST_MAIN(TestDroppedContent)
#include "tst_droppedcontent.moc"
