#include "inputpane.h"

#include "droppedcontent.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace {

// Tall enough for a pasted error line with its context, and obviously the place to start.
constexpr int VisibleLines = 8;

void setMinimumLines(QPlainTextEdit *edit, int lines)
{
    const QFontMetrics metrics(edit->font());
    const int margins =
        2 * (edit->frameWidth() + int(std::ceil(edit->document()->documentMargin())));
    edit->setMinimumHeight(metrics.lineSpacing() * lines + margins);
}

QString nativeText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

const QMimeData *clipboardData()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard ? clipboard->mimeData() : nullptr;
}

} // namespace

InputPane::InputPane(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setTabChangesFocus(true); // a tab character is never useful here; Tab moves on
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumLines(m_edit, VisibleLines);
    // The viewport receives drags and mouse context menus, the editor itself keys.
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &InputPane::onTextChanged);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText); // file names are not markup
    m_fileLabel->setWordWrap(true);
    m_fileLabel->hide();

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &InputPane::openRequested);

    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setDefault(true); // drawn as the main action by every style
    QFont bold = m_check->font();
    bold.setBold(true);
    m_check->setFont(bold);
    connect(m_check, &QPushButton::clicked, this, &InputPane::requestCheck);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &InputPane::cancelRequested);

    // WindowShortcut on this pane: active wherever the focus is in the window that holds it,
    // whichever window that becomes after the pane is put in place.
    const QList<QKeySequence> checkKeys = {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                           QKeySequence(Qt::CTRL | Qt::Key_Enter)};
    for (const QKeySequence &keys : checkKeys) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &InputPane::requestCheck);
        m_checkShortcuts.append(shortcut);
    }
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WindowShortcut);
    m_cancelShortcut->setEnabled(false);
    connect(m_cancelShortcut, &QShortcut::activated, this, [this] {
        if (m_checking)
            Q_EMIT cancelRequested();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_fileLabel);
    layout->addLayout(buttons);

    setFocusProxy(m_edit);
    setTabOrder(m_edit, m_open);
    setTabOrder(m_open, m_check);
    setTabOrder(m_check, m_cancel);

    retranslate();
}

QString InputPane::text() const
{
    return m_edit->toPlainText();
}

void InputPane::setText(const QString &text)
{
    m_files.clear();
    m_replacingText = true;
    m_edit->setPlainText(text);
    m_replacingText = false;
    updateFileLabel();
    updatePlaceholder();
}

void InputPane::setFiles(const QList<CheckPlan::Input> &files)
{
    m_files = files;
    m_replacingText = true;
    m_edit->clear(); // the placeholder now says what is loaded and that Check reads it
    m_replacingText = false;
    updateFileLabel();
    updatePlaceholder();
}

void InputPane::clear()
{
    setFiles({});
}

void InputPane::setChecking(bool checking)
{
    m_checking = checking;
    m_check->setEnabled(!checking);
    m_cancel->setEnabled(checking);
    for (QShortcut *shortcut : std::as_const(m_checkShortcuts))
        shortcut->setEnabled(!checking);
    m_cancelShortcut->setEnabled(checking);
}

void InputPane::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool InputPane::acceptMimeData(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (DroppedContent::hasFiles(mime)) {
        const QList<CheckPlan::Input> files = DroppedContent::files(mime);
        if (!files.isEmpty()) {
            setFiles(files);
            focusInput();
            Q_EMIT filesDropped();
            return true;
        }
    }
    const QString text = DroppedContent::text(mime);
    if (text.isEmpty())
        return false;
    m_edit->insertPlainText(text); // counts as typing: loaded files give way to the text
    focusInput();
    return true;
}

void InputPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        setMinimumLines(m_edit, VisibleLines);
    QWidget::changeEvent(event);
}

bool InputPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool onViewport = watched == m_edit->viewport();
    const bool onEdit = watched == m_edit;
    if (!onViewport && !onEdit)
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        if (onViewport)
            return handleDrag(event);
        break;
    case QEvent::KeyPress:
        // Ctrl+V (Shift+Insert, Cmd+V) of files copied in a file manager loads them instead of
        // pasting their paths; text is pasted by the editor as usual.
        if (onEdit && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) &&
            DroppedContent::hasFiles(clipboardData())) {
            acceptMimeData(clipboardData());
            return true;
        }
        break;
    case QEvent::ContextMenu:
        return handleContextMenu(event);
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

// Files dragged onto the text area are loaded, not pasted as paths; a link alone is refused,
// as on the rest of the window. Text drags are left to the editor, which inserts them where they
// are dropped.
bool InputPane::handleDrag(QEvent *event)
{
    auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent and QDragMoveEvent too
    const QMimeData *mime = drop->mimeData();
    if (!DroppedContent::hasFiles(mime)) {
        if (!mime || !mime->hasUrls() || !DroppedContent::text(mime).isEmpty())
            return false;
        drop->ignore();
        return true;
    }
    if (!(drop->possibleActions() & Qt::CopyAction)) {
        drop->ignore();
        return true;
    }
    // Always a copy: a move would let Outlook or the file manager take the mail away.
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop)
        acceptMimeData(mime);
    return true;
}

// The editor's own menu, whose Paste loads copied files instead of pasting their paths.
bool InputPane::handleContextMenu(QEvent *event)
{
    const QMimeData *clipboard = clipboardData();
    if (!DroppedContent::hasFiles(clipboard))
        return false;
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    const std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu(menuEvent->pos()));
    QAction *standardPaste = menu->findChild<QAction *>(QStringLiteral("edit-paste"));
    if (!standardPaste)
        return false;
    auto *paste = new QAction(standardPaste->icon(), standardPaste->text(), menu.get());
    paste->setObjectName(QStringLiteral("pasteFiles"));
    menu->insertAction(standardPaste, paste);
    standardPaste->setVisible(false);
    connect(paste, &QAction::triggered, this, [this] { acceptMimeData(clipboardData()); });
    menu->exec(menuEvent->globalPos());
    return true;
}

void InputPane::onTextChanged()
{
    if (m_replacingText || m_files.isEmpty())
        return;
    m_files.clear(); // the user typed or pasted text: that is now the input
    updateFileLabel();
    updatePlaceholder();
}

void InputPane::requestCheck()
{
    if (!m_checking)
        Q_EMIT checkRequested();
}

void InputPane::retranslate()
{
    m_edit->setAccessibleName(tr("Returned mail, IP address or domain"));

    //: Button that opens a saved returned mail (.eml, .msg, .txt) from disk.
    m_open->setText(tr("&Open…"));
    m_open->setAccessibleName(tr("Open a saved mail"));
    m_open->setToolTip(tr("Open a returned mail saved as a file (.eml, .msg or .txt)."));

    //: The main button: reads the input and checks the blocklists.
    m_check->setText(tr("&Check"));
    m_check->setAccessibleName(tr("Check"));
    //: %1 is the keyboard shortcut, e.g. Ctrl+Return.
    m_check->setToolTip(tr("Read the input and check the blocklists (%1).")
                            .arg(nativeText(m_checkShortcuts.constFirst()->key())));

    //: Stops a check that is running.
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the check"));
    //: %1 is the keyboard shortcut, e.g. Esc.
    m_cancel->setToolTip(
        tr("Stop the check that is running (%1).").arg(nativeText(m_cancelShortcut->key())));

    //: Accessible name of the line listing the files that were dropped or opened.
    m_fileLabel->setAccessibleName(tr("Loaded files"));

    updateFileLabel();
    updatePlaceholder();
}

void InputPane::updateFileLabel()
{
    if (m_files.isEmpty()) {
        m_fileLabel->clear();
        m_fileLabel->hide();
        return;
    }
    QStringList names;
    QStringList problems;
    for (const CheckPlan::Input &file : std::as_const(m_files)) {
        names.append(file.name);
        if (!file.error.isEmpty()) {
            //: %1 is a file name, %2 a sentence saying why it cannot be read.
            problems.append(tr("“%1” cannot be read: %2").arg(file.name, file.error));
        }
    }
    //: %1 is the list of file names, e.g. "bounce.eml, ndr.msg".
    QStringList lines{tr("Loaded: %1").arg(locale().createSeparatedList(names))};
    lines += problems;
    m_fileLabel->setText(lines.join(QLatin1Char('\n')));
    m_fileLabel->show();
}

void InputPane::updatePlaceholder()
{
    QString placeholder;
    if (m_files.isEmpty()) {
        placeholder = tr("Paste the returned mail here, drop it on this window, or type an IP "
                         "address or domain");
    } else if (m_files.size() == 1) {
        //: Shown greyed in the empty text area after a file was dropped or opened. "Check" is
        //: the button's label.
        placeholder = tr("“%1” is loaded. Press Check to read it, or type here to check "
                         "something else instead.")
                          .arg(m_files.constFirst().name);
    } else {
        //: Shown greyed in the empty text area after several files were dropped or opened.
        placeholder = tr("%n files are loaded. Press Check to read them, or type here to check "
                         "something else instead.",
                         nullptr, int(m_files.size()));
    }
    m_edit->setPlaceholderText(placeholder);
    m_edit->setAccessibleDescription(placeholder);
}
