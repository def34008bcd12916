#pragma once

#include "session/checkplan.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QShortcut;

// The one obvious place to start: a large text area ("Paste the returned mail here, drop it on
// this window, or type an IP address or domain"), Open…, Check and Cancel. Dropped or opened
// files are kept as bytes (never written anywhere) and shown by name.
//
// Keyboard: Ctrl+Return / Ctrl+Enter (Cmd on macOS) check from anywhere in the window, Esc
// cancels a running check; Tab leaves the text area. The window itself must not bind these keys
// too, or Qt treats them as ambiguous and neither fires.
class InputPane final : public QWidget
{
    Q_OBJECT

public:
    explicit InputPane(QWidget *parent = nullptr);

    QString text() const;
    // Replaces the input with this text; loaded files are dropped (the text wins).
    void setText(const QString &text);
    // Files loaded by drop, Open… or the command line; cleared when the user types.
    QList<CheckPlan::Input> files() const { return m_files; }
    // Replaces the input with these files; the text area is emptied and says they are loaded.
    void setFiles(const QList<CheckPlan::Input> &files);
    void clear();

    void setChecking(bool checking); // Check disabled / Cancel enabled while a check runs
    bool isChecking() const { return m_checking; }
    void focusInput();

    // Drops and pastes land here whether they hit the text area or elsewhere on the window:
    // files are loaded (see DroppedContent), text is inserted at the cursor. Returns false when
    // there was nothing to take.
    bool acceptMimeData(const QMimeData *mime);

Q_SIGNALS:
    void checkRequested();
    void cancelRequested();
    void openRequested();
    // Files arrived through acceptMimeData() (a drop, Ctrl+V, the context menu's Paste); the
    // window may start the check at once, as it does for a drop elsewhere on the window.
    void filesDropped();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool handleDrag(QEvent *event);
    bool handleContextMenu(QEvent *event);
    void onTextChanged();
    void requestCheck();
    void retranslate();
    void updateFileLabel();
    void updatePlaceholder();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QShortcut *> m_checkShortcuts;
    QShortcut *m_cancelShortcut = nullptr;
    QList<CheckPlan::Input> m_files;
    bool m_checking = false;
    bool m_replacingText = false; // our own edits of the text area do not count as typing
};
