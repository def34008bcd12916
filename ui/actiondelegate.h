#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QUrl>

class QAbstractItemView;

// Paints a real push button ("Request removal" on listed rows with a removal page, "Look up"
// otherwise when there is a lookup page) in the action column and reports clicks and key
// presses (Space/Enter on the focused cell). The URL comes from the model (the catalog).
class ActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The button text for a row, or empty when the row has no button.
    static QString buttonText(const QModelIndex &index);
    static QUrl buttonUrl(const QModelIndex &index);

    // Where the button of `index` is drawn inside its cell `cellRect` (view coordinates, e.g.
    // QAbstractItemView::visualRect); empty when the row has no button.
    QRect buttonRect(const QRect &cellRect, const QModelIndex &index,
                     const QWidget *widget = nullptr) const;

Q_SIGNALS:
    void urlActivated(const QUrl &url);

protected:
    // Return/Enter on the view: Qt's views (except on macOS) turn them into activated() instead of
    // passing them to the delegate, so the delegate watches the views it paints for them.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(const QWidget *widget) const;
    bool activate(const QModelIndex &index);

    QPersistentModelIndex m_pressed; // the button held down with the mouse
    bool m_swallowRelease = false;   // the release that ends a double click
    mutable QList<QPointer<QAbstractItemView>> m_views;
};
