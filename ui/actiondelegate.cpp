#include "actiondelegate.h"

#include "resultsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

#include <utility>

namespace {

// Logical pixels between the button and the edges of its cell.
constexpr int kMargin = 2;

enum class Button
{
    None,
    RequestRemoval,
    LookUp
};

Button buttonFor(const QModelIndex &index)
{
    if (!index.isValid())
        return Button::None;
    if (index.data(ResultsModel::IsListedRole).toBool() &&
        !index.data(ResultsModel::RemovalUrlRole).toString().isEmpty())
        return Button::RequestRemoval;
    const ListResult result = index.data(ResultsModel::ResultRole).value<ListResult>();
    const bool worthALook = result.status == ListStatus::Listed || result.couldNotCheck();
    if (worthALook && !index.data(ResultsModel::LookupUrlRole).toString().isEmpty())
        return Button::LookUp;
    return Button::None;
}

QStyle *styleOf(const QWidget *widget)
{
    return widget ? widget->style() : QApplication::style();
}

QSize buttonSize(const QString &text, const QFontMetrics &metrics, const QWidget *widget)
{
    QStyleOptionButton option;
    if (widget)
        option.initFrom(widget);
    option.fontMetrics = metrics;
    option.text = text;
    const QSize content = metrics.size(Qt::TextShowMnemonic, text);
    option.rect.setSize(content);
    return styleOf(widget)->sizeFromContents(QStyle::CT_PushButton, &option, content, widget);
}

bool isActivationKey(const QKeyEvent *event)
{
    if (event->isAutoRepeat())
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Select:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return true;
    default:
        break;
    }
    return false;
}

} // namespace

ActionDelegate::ActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString ActionDelegate::buttonText(const QModelIndex &index)
{
    switch (buttonFor(index)) {
    case Button::RequestRemoval:
        //: Button on a listed row: opens the blocklist's removal page in the web browser.
        return tr("Request removal");
    case Button::LookUp:
        //: Button: opens the blocklist's own web page about the checked address.
        return tr("Look up");
    case Button::None:
        break;
    }
    return {};
}

QUrl ActionDelegate::buttonUrl(const QModelIndex &index)
{
    switch (buttonFor(index)) {
    case Button::RequestRemoval:
        return QUrl(index.data(ResultsModel::RemovalUrlRole).toString(), QUrl::StrictMode);
    case Button::LookUp:
        return QUrl(index.data(ResultsModel::LookupUrlRole).toString(), QUrl::StrictMode);
    case Button::None:
        break;
    }
    return {};
}

QRect ActionDelegate::buttonRect(const QRect &cellRect, const QModelIndex &index,
                                 const QWidget *widget) const
{
    if (index.column() != ResultsModel::ActionColumn)
        return {};
    const QString text = buttonText(index);
    if (text.isEmpty())
        return {};
    const QFontMetrics metrics =
        widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
    const QRect area = cellRect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QSize size = buttonSize(text, metrics, widget).boundedTo(area.size());
    const Qt::LayoutDirection direction =
        widget ? widget->layoutDirection() : QApplication::layoutDirection();
    return QStyle::alignedRect(direction, Qt::AlignLeading | Qt::AlignVCenter, size, area);
}

void ActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    watch(option.widget);
    const QString text =
        index.column() == ResultsModel::ActionColumn ? buttonText(index) : QString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell's own background (selection, alternating rows) without its text; the button
    // carries the keyboard focus frame instead of the cell.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    cell.state &= ~QStyle::State_HasFocus;
    QStyle *style = styleOf(option.widget);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    QStyleOptionButton button;
    if (option.widget)
        button.initFrom(option.widget);
    button.direction = option.direction;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    button.rect = buttonRect(option.rect, index, option.widget);
    button.text = text;
    button.state =
        option.state & (QStyle::State_Enabled | QStyle::State_Active | QStyle::State_HasFocus |
                        QStyle::State_KeyboardFocusChange | QStyle::State_MouseOver);
    button.state |=
        (m_pressed.isValid() && m_pressed == index) ? QStyle::State_Sunken : QStyle::State_Raised;
    painter->save();
    painter->setClipRect(option.rect);
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    painter->restore();
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != ResultsModel::ActionColumn)
        return hint;
    // Rows without a button are as tall as rows with one, so the table keeps an even rhythm.
    const QString text = buttonText(index);
    const QSize button =
        buttonSize(text.isEmpty() ? tr("Look up") : text, option.fontMetrics, option.widget);
    const QSize margins(2 * kMargin, 2 * kMargin);
    if (text.isEmpty())
        return hint.expandedTo(QSize(0, button.height() + margins.height()));
    return hint.expandedTo(button + margins);
}

bool ActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    watch(option.widget);
    QPersistentModelIndex pressed;
    if (event->type() == QEvent::MouseButtonRelease)
        std::swap(pressed, m_pressed); // any release ends a press, wherever it happens
    if (event->type() == QEvent::MouseButtonPress)
        m_swallowRelease = false; // a new click, whatever became of the last double click

    const QRect button = buttonRect(option.rect, index, option.widget);
    if (button.isEmpty())
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !button.contains(mouse->position().toPoint()))
            break;
        m_pressed = index;
        // The release that ends a double click must not open the page a second time (Qt's
        // views do not pass that release on today, but nothing promises it).
        if (event->type() == QEvent::MouseButtonDblClick)
            m_swallowRelease = true;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        if (std::exchange(m_swallowRelease, false))
            return true;
        if (!button.contains(mouse->position().toPoint()))
            break;
        // A press that started on another button does not count as a click on this one.
        if (pressed.isValid() && pressed != index)
            return true;
        activate(index);
        return true;
    }
    case QEvent::KeyPress:
        if (isActivationKey(static_cast<QKeyEvent *>(event)))
            return activate(index);
        break;
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ActionDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QAbstractItemView *>(watched);
    if (!view || !m_views.contains(view))
        return QStyledItemDelegate::eventFilter(watched, event); // an editor, if there ever is one
    // Never hand the view's own events to the base class: it would treat the view as an editor.
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false; // Space reaches editorEvent() through the view
    if (!isActivationKey(key))
        return false;
    const QModelIndex current = view->currentIndex();
    if (current.column() != ResultsModel::ActionColumn ||
        view->itemDelegateForIndex(current) != this)
        return false;
    return activate(current);
}

void ActionDelegate::watch(const QWidget *widget) const
{
    auto *view = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(widget));
    if (!view || m_views.contains(view))
        return;
    m_views.removeIf([](const QPointer<QAbstractItemView> &known) { return known.isNull(); });
    m_views.append(view);
    view->installEventFilter(const_cast<ActionDelegate *>(this));
}

bool ActionDelegate::activate(const QModelIndex &index)
{
    const QUrl url = buttonUrl(index);
    if (!url.isValid() || url.isEmpty())
        return false;
    Q_EMIT urlActivated(url);
    return true;
}
