#include "settingsdialog.h"

#include "appsettings.h"
#include "core/errortext.h"
#include "lookup/dnsserver.h"
#include "uilanguage.h"
#include "verdict/resulttext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Item data of the lists table.
constexpr int IdRole = Qt::UserRole;              // ColumnName: the list's id
constexpr int KeyRole = Qt::UserRole + 1;         // ColumnKey: the access key (never displayed)
constexpr int NeedsKeyRole = Qt::UserRole + 2;    // ColumnKey: the list works only with a key
constexpr int PlaceholderRole = Qt::UserRole + 3; // ColumnKey: shown while no key is given
constexpr int EditorNameRole = Qt::UserRole + 4;  // ColumnKey: accessible name of the editor

constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 30;

// The access key cell: shown as dots, edited like a password, never put in the display text
// (screen readers and copy would read it out). Every keystroke is committed, so typing a key
// turns the list on at once.
class KeyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setObjectName(QStringLiteral("keyEditor"));
        editor->setEchoMode(QLineEdit::Password);
        editor->setAccessibleName(index.data(EditorNameRole).toString());
        editor->setPlaceholderText(index.data(PlaceholderRole).toString());
        auto *self = const_cast<KeyDelegate *>(this); // commitData is a non-const signal
        connect(editor, &QLineEdit::textEdited, self,
                [self, editor] { Q_EMIT self->commitData(editor); });
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(KeyRole).toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text().trimmed(), KeyRole);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(NeedsKeyRole).toBool())
            return;
        option->features |= QStyleOptionViewItem::HasDisplay;
        if (!index.data(KeyRole).toString().isEmpty()) {
            // A fixed number of dots: not even the key's length is shown.
            option->text = QString(8, QChar(0x2022));
        } else {
            option->text = index.data(PlaceholderRole).toString();
            option->font.setItalic(true);
            option->palette.setBrush(QPalette::Text,
                                     option->palette.brush(QPalette::PlaceholderText));
        }
    }
};

} // namespace

SettingsDialog::SettingsDialog(const Catalog &catalog, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_resolvConf(QStringLiteral("/etc/resolv.conf"))
{
    setObjectName(QStringLiteral("settingsDialog"));
    buildUi();
    fillLists();

    const QString server = m_settings->dnsServer();
    m_dnsMode->setCurrentIndex(server.isEmpty() ? 0 : 1);
    m_dnsAddress->setText(server);
    m_initialTimeoutSeconds =
        qBound(kMinTimeoutSeconds, qRound(m_settings->timeoutMs() / 1000.0), kMaxTimeoutSeconds);
    m_timeout->setValue(m_initialTimeoutSeconds);
    m_language->setCurrentIndex(m_language->findData(int(m_settings->language())));

    retranslate();
    updateDnsMode();
    // A stored address that cannot be used is explained as soon as the dialog opens.
    if (!server.isEmpty())
        showProblem(problem());
    resize(820, 600);
}

void SettingsDialog::buildUi()
{
    m_dnsLabel = new QLabel(this);
    m_dnsMode = new QComboBox(this);
    m_dnsMode->setObjectName(QStringLiteral("dnsMode"));
    m_dnsMode->addItem(QString());
    m_dnsMode->addItem(QString());
    m_dnsLabel->setBuddy(m_dnsMode);
    m_dnsAddress = new QLineEdit(this);
    m_dnsAddress->setObjectName(QStringLiteral("dnsAddress"));
    m_dnsAddress->setMaxLength(64);
    m_dnsAddress->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);

    m_problemIcon = new QLabel(this);
    m_problemIcon->setObjectName(QStringLiteral("problemIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_dnsHint = new QLabel(this);
    m_dnsHint->setWordWrap(true);
    m_dnsHint->setTextFormat(Qt::PlainText);

    m_timeoutLabel = new QLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeoutLabel->setBuddy(m_timeout);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so anyone can find their own: these names are never
    // translated. Only "the computer's language" is (in retranslate()).
    m_language->addItem(QString(), int(AppSettings::Language::System));
    m_language->addItem(QStringLiteral("日本語"), int(AppSettings::Language::Japanese));
    m_language->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    m_languageLabel->setBuddy(m_language);
    m_languageHint = new QLabel(this);
    m_languageHint->setWordWrap(true);

    m_listsLabel = new QLabel(this);
    m_lists = new QTableWidget(0, ColumnCount, this);
    m_lists->setObjectName(QStringLiteral("lists"));
    m_lists->verticalHeader()->hide();
    m_lists->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lists->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lists->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_lists->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_lists->setWordWrap(false);
    m_lists->setTextElideMode(Qt::ElideRight);
    m_lists->setItemDelegateForColumn(ColumnKey, new KeyDelegate(m_lists));
    QHeaderView *header = m_lists->horizontalHeader();
    header->setSectionResizeMode(ColumnUse, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnName, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnOperator, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnKey, QHeaderView::Interactive);
    header->setSectionResizeMode(ColumnNotes, QHeaderView::Stretch);
    m_lists->setColumnWidth(ColumnKey, 150);
    m_lists->installEventFilter(this);
    m_listsLabel->setBuddy(m_lists);
    m_listsHint = new QLabel(this);
    m_listsHint->setWordWrap(true);
    m_listsHint->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *dnsRow = new QHBoxLayout;
    dnsRow->addWidget(m_dnsMode);
    dnsRow->addWidget(m_dnsAddress, 1);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problem, 1);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_dnsLabel, 0, 0);
    grid->addLayout(dnsRow, 0, 1);
    grid->addLayout(problemRow, 1, 1);
    grid->addWidget(m_dnsHint, 2, 1);
    grid->addWidget(m_timeoutLabel, 3, 0);
    grid->addLayout(timeoutRow, 3, 1);
    grid->addWidget(m_languageLabel, 4, 0);
    grid->addLayout(languageRow, 4, 1);
    grid->addWidget(m_languageHint, 5, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, this));
    layout->addWidget(m_listsLabel);
    layout->addWidget(m_lists, 1);
    layout->addWidget(m_listsHint);
    layout->addWidget(m_buttons);

    setTabOrder(m_dnsMode, m_dnsAddress);
    setTabOrder(m_dnsAddress, m_timeout);
    setTabOrder(m_timeout, m_language);
    setTabOrder(m_language, m_lists);
    setTabOrder(m_lists, m_buttons);

    connect(m_dnsMode, &QComboBox::currentIndexChanged, this, [this] {
        updateDnsMode();
        if (m_dnsMode->currentIndex() == 1 && isVisible())
            m_dnsAddress->setFocus();
    });
    // Not while the first digits are typed: a problem is shown when the field is left (or OK
    // is pressed), and from then on follows every keystroke so it goes away once fixed.
    connect(m_dnsAddress, &QLineEdit::editingFinished, this, [this] { showProblem(problem()); });
    connect(m_dnsAddress, &QLineEdit::textChanged, this, [this] {
        if (!m_problem->isHidden())
            showProblem(problem());
    });
    connect(m_lists, &QTableWidget::itemChanged, this, &SettingsDialog::onItemChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::fillLists()
{
    const QMap<QString, bool> enabled = m_settings->listEnabled();
    const QMap<QString, QString> keys = m_settings->keys();
    const QList<Blocklist> &lists = m_catalog.lists();
    m_updatingRows = true;
    m_lists->setRowCount(int(lists.size()));
    for (int row = 0; row < lists.size(); ++row) {
        const Blocklist &list = lists.at(row);
        const QString key = list.needsKey ? keys.value(list.id, list.key) : QString();
        const bool usable = !list.needsKey || !key.isEmpty();
        const bool on = usable && enabled.value(list.id, list.enabled);

        auto *use = new QTableWidgetItem;
        use->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_lists->setItem(row, ColumnUse, use);

        auto *name = new QTableWidgetItem(list.name);
        name->setData(IdRole, list.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lists->setItem(row, ColumnName, name);

        auto *operatorItem = new QTableWidgetItem(list.operatorName);
        operatorItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lists->setItem(row, ColumnOperator, operatorItem);

        auto *keyItem = new QTableWidgetItem;
        keyItem->setData(NeedsKeyRole, list.needsKey);
        keyItem->setData(KeyRole, key);
        keyItem->setFlags(list.needsKey
                              ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lists->setItem(row, ColumnKey, keyItem);

        auto *notes = new QTableWidgetItem;
        notes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lists->setItem(row, ColumnNotes, notes);
    }
    m_updatingRows = false;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));

    //: Label in front of the choice between the computer's DNS server and a given one.
    m_dnsLabel->setText(tr("&DNS server:"));
    m_dnsMode->setItemText(0, tr("Use the computer's DNS server"));
    //: Followed by a field for the server's address.
    m_dnsMode->setItemText(1, tr("Use this DNS server:"));
    m_dnsMode->setAccessibleName(tr("Which DNS server to use"));
    m_dnsAddress->setAccessibleName(tr("DNS server address"));
    //: Placeholder in the empty DNS server address field.
    m_dnsAddress->setPlaceholderText(tr("for example 192.0.2.53"));
    m_dnsAddress->setToolTip(
        tr("The IPv4 address of your company's or your provider's DNS server."));
    m_problemIcon->setAccessibleName(tr("Problem"));
    m_dnsHint->setText(
        tr("The blocklists are asked through a DNS server. Some blocklists refuse questions that "
           "come through public DNS services such as 8.8.8.8; your company's or your provider's "
           "DNS server usually works."));

    //: Label in front of a number of seconds.
    m_timeoutLabel->setText(tr("&Wait for each answer up to:"));
    //: Unit after the number in the waiting time box; keep the leading space if your language
    //: puts one between a number and its unit.
    m_timeout->setSuffix(tr(" seconds"));
    m_timeout->setAccessibleName(tr("Waiting time for each answer, in seconds"));
    m_timeout->setToolTip(tr("How long to wait for one blocklist to answer before its result is "
                             "reported as an error. 4 seconds is usually enough."));

    m_languageLabel->setText(tr("&Language:"));
    //: In the language menu, next to "日本語" and "English".
    m_language->setItemText(0, tr("Same as the computer"));
    m_language->setAccessibleName(tr("Language"));
    m_languageHint->setText(tr("A new language is used as soon as you click OK."));

    m_listsLabel->setText(tr("&Blocklists to check:"));
    m_lists->setAccessibleName(tr("Blocklists to check"));
    m_lists->setHorizontalHeaderLabels({
        //: Column with a tick box: whether the list is checked.
        tr("Use"),
        //: Column: the blocklist's name.
        tr("List"),
        //: Column: the organisation that runs the blocklist.
        tr("Run by"),
        //: Column: the access key some blocklists need.
        tr("Access key"),
        //: Column: notes about the blocklist.
        tr("Notes"),
    });
    for (int row = 0; row < m_lists->rowCount(); ++row)
        retranslateRow(row);
    m_listsHint->setText(
        //: "Access key" is the column title: use the same words.
        tr("Untick a list to stop checking it. Some lists work only with your own access key "
           "from their operator: type it in the \"Access key\" column (double-click the cell or "
           "press F2) to use them."));
}

void SettingsDialog::retranslateRow(int row)
{
    const bool updating = m_updatingRows;
    m_updatingRows = true;
    QTableWidgetItem *use = m_lists->item(row, ColumnUse);
    QTableWidgetItem *name = m_lists->item(row, ColumnName);
    QTableWidgetItem *operatorItem = m_lists->item(row, ColumnOperator);
    QTableWidgetItem *keyItem = m_lists->item(row, ColumnKey);
    QTableWidgetItem *notes = m_lists->item(row, ColumnNotes);
    const QString listName = name->text();
    const bool needsKey = keyItem->data(NeedsKeyRole).toBool();
    const bool hasKey = rowHasKey(row);

    //: Accessible name of the tick box of one list; %1 is the list's name.
    use->setData(Qt::AccessibleTextRole, tr("Use %1").arg(listName));
    QString rowTip;
    if (needsKey && !hasKey) {
        //: %1 is the list's name; "Access key" is the column title: use the same words.
        rowTip = tr("%1 works only with your own access key. Type the key in the \"Access key\" "
                    "column to turn it on.")
                     .arg(listName);
        use->setFlags(Qt::NoItemFlags);
    } else {
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    use->setToolTip(rowTip);
    use->setData(Qt::AccessibleDescriptionRole, rowTip);
    name->setToolTip(rowTip);
    operatorItem->setToolTip(rowTip);

    if (needsKey) {
        //: Shown in the empty access key cell of a list that needs a key.
        keyItem->setData(PlaceholderRole, tr("Type your key"));
        //: %1 is the list's name.
        keyItem->setData(EditorNameRole, tr("Access key for %1").arg(listName));
        keyItem->setData(Qt::AccessibleTextRole, hasKey ? tr("Key entered") : tr("No key"));
        //: %1 is the list's name.
        keyItem->setToolTip(tr("Type your access key for %1 here. It is kept in this "
                               "program's settings on this computer.")
                                .arg(listName));
    } else {
        keyItem->setData(Qt::AccessibleTextRole, tr("No key needed"));
        keyItem->setToolTip(QString());
    }

    const Blocklist *list = m_catalog.find(name->data(IdRole).toString());
    const QString note = list ? ResultText::catalogText(list->notes) : QString();
    notes->setText(note);
    notes->setToolTip(note);
    m_updatingRows = updating;
}

bool SettingsDialog::rowHasKey(int row) const
{
    return !m_lists->item(row, ColumnKey)->data(KeyRole).toString().isEmpty();
}

void SettingsDialog::onItemChanged(QTableWidgetItem *item)
{
    if (m_updatingRows || item->column() != ColumnKey || !item->data(NeedsKeyRole).toBool())
        return;
    const int row = item->row();
    QTableWidgetItem *use = m_lists->item(row, ColumnUse);
    const bool wasUsable = use->flags().testFlag(Qt::ItemIsUserCheckable);
    const bool hasKey = rowHasKey(row);
    m_updatingRows = true;
    // Typing a key turns the list on; removing it turns the list off (it cannot work without).
    if (hasKey && !wasUsable)
        use->setCheckState(Qt::Checked);
    else if (!hasKey)
        use->setCheckState(Qt::Unchecked);
    m_updatingRows = false;
    retranslateRow(row);
}

void SettingsDialog::toggleRow(int row)
{
    QTableWidgetItem *use = m_lists->item(row, ColumnUse);
    if (!use || !use->flags().testFlag(Qt::ItemIsUserCheckable))
        return;
    use->setCheckState(use->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Space ticks or unticks the current row wherever the cursor is in it (on the tick box
    // itself Qt's delegate does it; on the key cell it starts typing the key). While a key is
    // typed, the keys go to the editor, not to the table.
    if (watched == m_lists && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_lists->currentIndex();
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) &&
            key->modifiers() == Qt::NoModifier && current.isValid() &&
            current.column() != ColumnUse && current.column() != ColumnKey) {
            toggleRow(current.row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::updateDnsMode()
{
    const bool given = m_dnsMode->currentIndex() == 1;
    m_dnsAddress->setEnabled(given);
    if (!given)
        showProblem(QString());
}

void SettingsDialog::setResolverConfiguration(const QString &path)
{
    m_resolvConf = path;
    if (!m_problem->isHidden())
        showProblem(problem());
}

QString SettingsDialog::problem() const
{
    // The computer's own server needs no check here: a check explains it if it cannot be used.
    if (m_dnsMode->currentIndex() == 0)
        return {};
    const QString text = m_dnsAddress->text().trimmed();
    if (text.isEmpty())
        return tr("Type the address of the DNS server, such as 192.0.2.53, or choose to use the "
                  "computer's DNS server.");
    DnsServer server;
    const DnsServerProblem found = DnsServers::parse(text, &server, m_resolvConf);
    return ErrorText::dnsServerProblem(found, text);
}

void SettingsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setHidden(problem.isEmpty());
    m_problemIcon->setHidden(problem.isEmpty());
    // Screen readers hear the problem with the field it belongs to.
    m_dnsAddress->setAccessibleDescription(problem);
}

bool SettingsDialog::apply()
{
    const QString found = problem();
    showProblem(found);
    if (!found.isEmpty()) {
        m_dnsAddress->setFocus();
        m_dnsAddress->selectAll();
        return false;
    }

    if (m_dnsMode->currentIndex() == 0) {
        m_settings->setDnsServer(QString());
    } else {
        DnsServer server;
        DnsServers::parse(m_dnsAddress->text(), &server, m_resolvConf);
        m_settings->setDnsServer(server.isSystem() ? QString() : server.address.toString());
    }

    // An untouched box keeps a stored value the box cannot show (such as 2500 ms).
    if (m_timeout->value() != m_initialTimeoutSeconds)
        m_settings->setTimeoutMs(m_timeout->value() * 1000);

    // Only what differs from the catalog is stored (and whatever was stored before), so a list
    // the catalog later turns off by default is not kept on by an old OK.
    QMap<QString, bool> enabled = m_settings->listEnabled();
    QMap<QString, QString> keys = m_settings->keys();
    for (int row = 0; row < m_lists->rowCount(); ++row) {
        const QString id = m_lists->item(row, ColumnName)->data(IdRole).toString();
        const Blocklist *list = m_catalog.find(id);
        if (!list)
            continue;
        const bool on = m_lists->item(row, ColumnUse)->checkState() == Qt::Checked;
        if (enabled.contains(id) || on != list->enabled)
            enabled.insert(id, on);
        if (list->needsKey) {
            const QString key = m_lists->item(row, ColumnKey)->data(KeyRole).toString().trimmed();
            if (key.isEmpty())
                keys.remove(id);
            else
                keys.insert(id, key);
        }
    }
    m_settings->setListEnabled(enabled);
    m_settings->setKeys(keys);

    const auto language = AppSettings::Language(m_language->currentData().toInt());
    const bool languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);
    m_settings->sync();
    if (languageChanged)
        UiLanguage::install(language);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
