// The settings: AppSettings over a temporary INI file, the settings dialog driven offscreen, the
// about dialog, and switching the language at run time.
#include "aboutdialog.h"
#include "appsettings.h"
#include "catalog/catalog.h"
#include "core/errortext.h"
#include "core/version.h"
#include "lookup/dnsserver.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

Q_DECLARE_METATYPE(AppSettings::Language)
Q_DECLARE_METATYPE(DnsServerProblem)

namespace {

// Marks every text of the given contexts, so a test can see which texts were set again after
// QEvent::LanguageChange without depending on a real translation.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(QStringList contexts)
        : m_contexts(std::move(contexts))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!m_contexts.contains(QLatin1String(context)))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }

private:
    QStringList m_contexts;
};

bool isMarked(const QString &text)
{
    return text.startsWith(QStringLiteral("«"));
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWhenEmpty();
    void roundTrip();
    void keysUnderTheAgreedNames();
    void timeoutClamped_data();
    void timeoutClamped();
    void garbageValues();
    void listEnabledReplaced();
    void languageNames_data();
    void languageNames();

    void dialogShowsStoredSettings();
    void invalidAddressRefused_data();
    void invalidAddressRefused();
    void problemGoesAwayWhenFixed();
    void validAddressSaved();
    void systemServerSaved();
    void timeoutSaved();
    void untouchedTimeoutKept();
    void disablingListSaved();
    void keyOnlyListNeedsKey();
    void typingKeyTurnsListOn();
    void removingKeyTurnsListOff();
    void languageSaved_data();
    void languageSaved();
    void accessibleNamesAndTabOrder();

    void localeFor_data();
    void localeFor();
    void installSetsDefaultLocale();
    void ownTranslationInstalled();
    void qtButtonsFollowLanguage();
    void settingsDialogRetranslates();
    void aboutDialogRetranslates();
    void aboutDialogContent();

private:
    SettingsDialog *openDialog(AppSettings *settings);
    int rowOf(SettingsDialog *dialog, const QString &id) const;
    QTableWidget *table(SettingsDialog *dialog) const;

    Catalog m_catalog;
    QTemporaryDir m_resolvDir;
    QString m_resolvConf;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettings::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QVERIFY2(m_catalog.find(QStringLiteral("spamcop")) &&
                 m_catalog.find(QStringLiteral("spamhaus-zen-dqs")),
             "the built-in catalog should hold spamcop and spamhaus-zen-dqs");
    QVERIFY2(m_catalog.find(QStringLiteral("spamhaus-zen-dqs"))->needsKey,
             "spamhaus-zen-dqs should be a key-only list");
    QVERIFY(m_resolvDir.isValid());
    // An IPv4 first nameserver, whatever this machine has, so 127.0.0.153 is usable on any Qt.
    m_resolvConf = m_resolvDir.filePath(QStringLiteral("resolv.conf"));
    QFile resolv(m_resolvConf);
    QVERIFY(resolv.open(QIODevice::WriteOnly));
    resolv.write("nameserver 127.0.0.1\n");
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestSettings::cleanup()
{
    m_dialog.reset();
    UiLanguage::install(AppSettings::Language::English);
    QCoreApplication::processEvents();
    m_dir.reset();
}

SettingsDialog *TestSettings::openDialog(AppSettings *settings)
{
    m_dialog = std::make_unique<SettingsDialog>(m_catalog, settings);
    m_dialog->setResolverConfiguration(m_resolvConf);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("the settings dialog was not exposed");
    return m_dialog.get();
}

QTableWidget *TestSettings::table(SettingsDialog *dialog) const
{
    return dialog->findChild<QTableWidget *>(QStringLiteral("lists"));
}

int TestSettings::rowOf(SettingsDialog *dialog, const QString &id) const
{
    const QList<Blocklist> &lists = m_catalog.lists();
    for (int row = 0; row < lists.size(); ++row) {
        if (lists.at(row).id == id) {
            // The table shows the catalog in its own order, by name.
            if (table(dialog)->item(row, SettingsDialog::ColumnName)->text() != lists.at(row).name)
                return -1;
            return row;
        }
    }
    return -1;
}

// --- AppSettings --------------------------------------------------------------------------

void TestSettings::defaultsWhenEmpty()
{
    const AppSettings settings(m_ini);
    QVERIFY2(settings.dnsServer().isEmpty(), "no server stored means the system's resolver");
    QCOMPARE(settings.timeoutMs(), 4000);
    QVERIFY2(settings.listEnabled().isEmpty(), "no list differs from the catalog by default");
    QVERIFY2(settings.keys().isEmpty(), "no key is stored by default");
    QCOMPARE(settings.language(), AppSettings::Language::System);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY2(!settings.showAllLists(), "only the interesting lists are shown by default");
}

void TestSettings::roundTrip()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03geometry", 14);
    const QByteArray state("\x00\xff\x00state", 8);
    {
        AppSettings settings(m_ini);
        settings.setDnsServer(QStringLiteral("127.0.0.153"));
        settings.setTimeoutMs(2500);
        settings.setListEnabled(
            {{QStringLiteral("spamcop"), false}, {QStringLiteral("senderscore"), true}});
        settings.setKeys({{QStringLiteral("spamhaus-zen-dqs"), QStringLiteral("abc123")},
                          {QStringLiteral("abusix"), QStringLiteral("xyz789")}});
        settings.setLanguage(AppSettings::Language::Japanese);
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setShowAllLists(true);
        settings.sync();
    }
    const AppSettings settings(m_ini);
    QCOMPARE(settings.dnsServer(), QStringLiteral("127.0.0.153"));
    QCOMPARE(settings.timeoutMs(), 2500);
    const QMap<QString, bool> expectedLists{{QStringLiteral("spamcop"), false},
                                            {QStringLiteral("senderscore"), true}};
    QCOMPARE(settings.listEnabled(), expectedLists);
    const QMap<QString, QString> expectedKeys{
        {QStringLiteral("spamhaus-zen-dqs"), QStringLiteral("abc123")},
        {QStringLiteral("abusix"), QStringLiteral("xyz789")}};
    QCOMPARE(settings.keys(), expectedKeys);
    QCOMPARE(settings.language(), AppSettings::Language::Japanese);
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QVERIFY2(settings.showAllLists(), "showAllLists should read back as set");
}

void TestSettings::keysUnderTheAgreedNames()
{
    {
        AppSettings settings(m_ini);
        settings.setDnsServer(QStringLiteral("127.0.0.153"));
        settings.setTimeoutMs(6000);
        settings.setListEnabled({{QStringLiteral("spamcop"), false}});
        settings.setKeys({{QStringLiteral("abusix"), QStringLiteral("k")}});
        settings.setLanguage(AppSettings::Language::English);
        settings.setWindowGeometry("g");
        settings.setWindowState("s");
        settings.setShowAllLists(true);
        settings.sync();
    }
    const QSettings raw(m_ini, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("dns/server")).toString(), QStringLiteral("127.0.0.153"));
    QCOMPARE(raw.value(QStringLiteral("dns/timeoutMs")).toInt(), 6000);
    QCOMPARE(raw.value(QStringLiteral("lists/enabled/spamcop")).toString(),
             QStringLiteral("false"));
    QCOMPARE(raw.value(QStringLiteral("keys/abusix")).toString(), QStringLiteral("k"));
    QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(raw.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("g"));
    QCOMPARE(raw.value(QStringLiteral("window/state")).toByteArray(), QByteArray("s"));
    QCOMPARE(raw.value(QStringLiteral("results/showAll")).toString(), QStringLiteral("true"));
}

void TestSettings::timeoutClamped_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("expected");
    QTest::newRow("negative") << -5 << 500;
    QTest::newRow("zero") << 0 << 500;
    QTest::newRow("below minimum") << 100 << 500;
    QTest::newRow("minimum") << 500 << 500;
    QTest::newRow("default") << 4000 << 4000;
    QTest::newRow("maximum") << 30000 << 30000;
    QTest::newRow("above maximum") << 99999 << 30000;
}

void TestSettings::timeoutClamped()
{
    QFETCH(int, given);
    QFETCH(int, expected);
    {
        AppSettings settings(m_ini);
        settings.setTimeoutMs(given);
        QCOMPARE(settings.timeoutMs(), expected);
        settings.sync();
    }
    // A value written by hand outside the range is clamped when read, too.
    QSettings raw(m_ini, QSettings::IniFormat);
    raw.setValue(QStringLiteral("dns/timeoutMs"), given);
    raw.sync();
    QCOMPARE(AppSettings(m_ini).timeoutMs(), expected);
}

void TestSettings::garbageValues()
{
    {
        QSettings raw(m_ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("dns/server"), QStringLiteral("system"));
        raw.setValue(QStringLiteral("dns/timeoutMs"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("lists/enabled/spamcop"), QStringLiteral("perhaps"));
        raw.setValue(QStringLiteral("lists/enabled/psbl"), QStringLiteral("false"));
        raw.setValue(QStringLiteral("lists/enabled/mailspike"), QStringLiteral("1"));
        raw.setValue(QStringLiteral("keys/abusix"), QStringLiteral("  "));
        raw.setValue(QStringLiteral("keys/spamhaus-zen-dqs"), QStringLiteral(" k1 "));
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("results/showAll"), QStringLiteral("maybe"));
        raw.sync();
    }
    const AppSettings settings(m_ini);
    QVERIFY2(settings.dnsServer().isEmpty(), "\"system\" should read as the system's resolver");
    QCOMPARE(settings.timeoutMs(), 4000);
    const QMap<QString, bool> expectedLists{{QStringLiteral("psbl"), false},
                                            {QStringLiteral("mailspike"), true}};
    QVERIFY2(settings.listEnabled() == expectedLists,
             "a value that is not yes or no should leave the catalog's default");
    const QMap<QString, QString> expectedKeys{
        {QStringLiteral("spamhaus-zen-dqs"), QStringLiteral("k1")}};
    QVERIFY2(settings.keys() == expectedKeys, "blank keys should not count, others be trimmed");
    QCOMPARE(settings.language(), AppSettings::Language::System);
    QVERIFY2(!settings.showAllLists(), "an unreadable showAll should be the default, off");

    // A broken server is returned as stored, so it is explained instead of quietly replaced by
    // the system's resolver.
    QSettings raw(m_ini, QSettings::IniFormat);
    raw.setValue(QStringLiteral("dns/server"), QStringLiteral("dns.example"));
    raw.sync();
    QCOMPARE(AppSettings(m_ini).dnsServer(), QStringLiteral("dns.example"));
}

void TestSettings::listEnabledReplaced()
{
    AppSettings settings(m_ini);
    settings.setListEnabled({{QStringLiteral("spamcop"), false}});
    settings.setListEnabled({{QStringLiteral("psbl"), true}});
    const QMap<QString, bool> expected{{QStringLiteral("psbl"), true}};
    QVERIFY2(settings.listEnabled() == expected, "setListEnabled should replace, not add");
    settings.setKeys({{QStringLiteral("abusix"), QStringLiteral("a")}});
    settings.setKeys({});
    QVERIFY2(settings.keys().isEmpty(), "setKeys({}) should remove every stored key");
}

void TestSettings::languageNames_data()
{
    QTest::addColumn<AppSettings::Language>("language");
    QTest::addColumn<QString>("stored");
    QTest::newRow("system") << AppSettings::Language::System << "system";
    QTest::newRow("japanese") << AppSettings::Language::Japanese << "ja";
    QTest::newRow("english") << AppSettings::Language::English << "en";
}

void TestSettings::languageNames()
{
    QFETCH(AppSettings::Language, language);
    QFETCH(QString, stored);
    {
        AppSettings settings(m_ini);
        settings.setLanguage(language);
        settings.sync();
    }
    QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
             stored);
    QCOMPARE(AppSettings(m_ini).language(), language);
}

// --- SettingsDialog -----------------------------------------------------------------------

void TestSettings::dialogShowsStoredSettings()
{
    AppSettings settings(m_ini);
    settings.setDnsServer(QStringLiteral("127.0.0.153"));
    settings.setTimeoutMs(7000);
    settings.setLanguage(AppSettings::Language::Japanese);
    settings.setListEnabled({{QStringLiteral("spamcop"), false}});
    SettingsDialog *dialog = openDialog(&settings);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress"));
    QVERIFY(mode && address);
    QCOMPARE(mode->currentIndex(), 1);
    QCOMPARE(address->text(), QStringLiteral("127.0.0.153"));
    QVERIFY2(address->isEnabled(), "the address field should be usable for a given server");
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->value(), 7);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(language->currentText(), QStringLiteral("日本語"));
    QTableWidget *lists = table(dialog);
    QCOMPARE(lists->rowCount(), int(m_catalog.lists().size()));
    const int spamcop = rowOf(dialog, QStringLiteral("spamcop"));
    const int psbl = rowOf(dialog, QStringLiteral("psbl"));
    QVERIFY(spamcop >= 0 && psbl >= 0);
    QCOMPARE(lists->item(spamcop, SettingsDialog::ColumnUse)->checkState(), Qt::Unchecked);
    QCOMPARE(lists->item(psbl, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);
    QCOMPARE(lists->item(spamcop, SettingsDialog::ColumnOperator)->text(),
             m_catalog.find(QStringLiteral("spamcop"))->operatorName);
    QVERIFY2(!lists->item(spamcop, SettingsDialog::ColumnNotes)->text().isEmpty() ||
                 m_catalog.find(QStringLiteral("spamcop"))->notes.isEmpty(),
             "the catalog's notes should be shown");
    QVERIFY2(dialog->problem().isEmpty(), "a stored usable server should show no problem");
}

void TestSettings::invalidAddressRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<DnsServerProblem>("expected");
    QTest::newRow("octet over 255") << "999.1.1.1" << DnsServerProblem::NotAnAddress;
    QTest::newRow("ipv6") << "::1" << DnsServerProblem::Ipv6Unsupported;
    QTest::newRow("name") << "dns.example" << DnsServerProblem::NotAnAddress;
    QTest::newRow("port") << "127.0.0.1:5353" << DnsServerProblem::PortUnsupported;
    QTest::newRow("broadcast") << "255.255.255.255" << DnsServerProblem::NotUsable;
    QTest::newRow("empty") << "" << DnsServerProblem::None;
}

void TestSettings::invalidAddressRefused()
{
    QFETCH(QString, typed);
    QFETCH(DnsServerProblem, expected);
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(mode && address && problem);
    QVERIFY2(!address->isEnabled(), "the address field is off while the system's server is used");
    mode->setCurrentIndex(1);
    QVERIFY2(address->isEnabled(), "choosing a given server should enable the address field");
    QTest::keyClicks(address, typed);
    QCOMPARE(address->text(), typed);

    QVERIFY2(!dialog->apply(), "apply() should refuse an unusable DNS server");
    QVERIFY2(!problem->isHidden() && !problem->text().isEmpty(),
             "the problem should be shown next to the address field");
    QVERIFY2(!dialog->findChild<QLabel *>(QStringLiteral("problemIcon"))->isHidden(),
             "the problem should carry an icon, not only words");
    if (expected != DnsServerProblem::None)
        QCOMPARE(problem->text(), ErrorText::dnsServerProblem(expected, typed));
    QCOMPARE(dialog->problem(), problem->text());
    QCOMPARE(address->accessibleDescription(), problem->text());

    dialog->accept();
    QVERIFY2(dialog->isVisible() && dialog->result() != QDialog::Accepted,
             "OK should not close the dialog while the server is unusable");
    QVERIFY2(AppSettings(m_ini).dnsServer().isEmpty(), "nothing should have been stored");
}

void TestSettings::problemGoesAwayWhenFixed()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"))->setCurrentIndex(1);
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("127.0.0"));
    QVERIFY2(problem->isHidden(), "no problem should be shown while the address is typed");
    dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->setFocus(); // leaving the field
    QVERIFY2(!problem->isHidden(), "an incomplete address should be explained on leaving");
    QTest::keyClicks(address, QStringLiteral(".153"));
    QVERIFY2(problem->isHidden(), "the problem should go away as soon as it is fixed");
    dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"))->setCurrentIndex(0);
    QVERIFY2(dialog->problem().isEmpty(), "the system's server needs no address");
}

void TestSettings::validAddressSaved()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"))->setCurrentIndex(1);
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress"));
    QTest::keyClicks(address, QStringLiteral(" 127.0.0.153 "));
    QVERIFY2(dialog->apply(), qPrintable(QStringLiteral("127.0.0.153 should be accepted, got: ") +
                                         dialog->problem()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
    QCOMPARE(AppSettings(m_ini).dnsServer(), QStringLiteral("127.0.0.153"));

    // OK closes the dialog once everything is fine.
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY2(!dialog->isVisible(), "OK should close the dialog when the settings are valid");
}

void TestSettings::systemServerSaved()
{
    AppSettings settings(m_ini);
    settings.setDnsServer(QStringLiteral("127.0.0.153"));
    SettingsDialog *dialog = openDialog(&settings);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Up); // keyboard: back to "Use the computer's DNS server"
    QCOMPARE(mode->currentIndex(), 0);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress"))->isEnabled());
    QVERIFY(dialog->apply());
    QVERIFY2(AppSettings(m_ini).dnsServer().isEmpty(), "the system's server should be stored");
}

void TestSettings::timeoutSaved()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    auto *timeout = dialog->findChild<QSpinBox *>(QStringLiteral("timeout"));
    QCOMPARE(timeout->value(), 4);
    QCOMPARE(timeout->minimum(), 1);
    QCOMPARE(timeout->maximum(), 30);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("12"));
    QCOMPARE(timeout->value(), 12);
    QVERIFY(dialog->apply());
    QCOMPARE(AppSettings(m_ini).timeoutMs(), 12000);
}

void TestSettings::untouchedTimeoutKept()
{
    AppSettings settings(m_ini);
    settings.setTimeoutMs(2500); // not a whole number of seconds
    SettingsDialog *dialog = openDialog(&settings);
    QVERIFY(dialog->apply());
    QVERIFY2(AppSettings(m_ini).timeoutMs() == 2500,
             "an untouched waiting time should keep the stored milliseconds");
}

void TestSettings::disablingListSaved()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    QTableWidget *lists = table(dialog);
    const int spamcop = rowOf(dialog, QStringLiteral("spamcop"));
    const int psbl = rowOf(dialog, QStringLiteral("psbl"));
    QVERIFY(spamcop >= 0 && psbl >= 0);
    QCOMPARE(lists->item(spamcop, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);

    lists->setFocus();
    // Space on the tick box itself …
    lists->setCurrentCell(spamcop, SettingsDialog::ColumnUse);
    QTest::keyClick(lists, Qt::Key_Space);
    QCOMPARE(lists->item(spamcop, SettingsDialog::ColumnUse)->checkState(), Qt::Unchecked);
    // … and anywhere else in the row.
    lists->setCurrentCell(psbl, SettingsDialog::ColumnName);
    QTest::keyClick(lists, Qt::Key_Space);
    QCOMPARE(lists->item(psbl, SettingsDialog::ColumnUse)->checkState(), Qt::Unchecked);
    QTest::keyClick(lists, Qt::Key_Space);
    QCOMPARE(lists->item(psbl, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);

    QVERIFY(dialog->apply());
    const QMap<QString, bool> expected{{QStringLiteral("spamcop"), false}};
    QVERIFY2(AppSettings(m_ini).listEnabled() == expected,
             "only the list switched away from the catalog's default should be stored");
}

void TestSettings::keyOnlyListNeedsKey()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    QTableWidget *lists = table(dialog);
    const int dqs = rowOf(dialog, QStringLiteral("spamhaus-zen-dqs"));
    QVERIFY(dqs >= 0);
    QTableWidgetItem *use = lists->item(dqs, SettingsDialog::ColumnUse);
    QCOMPARE(use->checkState(), Qt::Unchecked);
    QVERIFY2(!(use->flags() & Qt::ItemIsUserCheckable),
             "a key-only list without a key should not be tickable");
    QVERIFY2(use->toolTip().contains(m_catalog.find(QStringLiteral("spamhaus-zen-dqs"))->name),
             "the tooltip should explain which list needs a key");
    QVERIFY2(lists->item(dqs, SettingsDialog::ColumnName)->toolTip() == use->toolTip(),
             "the whole row should explain why it cannot be turned on");

    lists->setFocus();
    lists->setCurrentCell(dqs, SettingsDialog::ColumnName);
    QTest::keyClick(lists, Qt::Key_Space);
    QCOMPARE(use->checkState(), Qt::Unchecked);

    // Lists that need no key have no key to edit.
    const int spamcop = rowOf(dialog, QStringLiteral("spamcop"));
    QVERIFY(spamcop >= 0);
    QVERIFY(!(lists->item(spamcop, SettingsDialog::ColumnKey)->flags() & Qt::ItemIsEditable));
    QVERIFY(dialog->apply());
    QVERIFY2(!AppSettings(m_ini).listEnabled().value(QStringLiteral("spamhaus-zen-dqs"), false),
             "a key-only list without a key should not be stored as on");
}

void TestSettings::typingKeyTurnsListOn()
{
    const QString secret = QStringLiteral("dqs-secret-key");
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    QTableWidget *lists = table(dialog);
    const int dqs = rowOf(dialog, QStringLiteral("spamhaus-zen-dqs"));
    QVERIFY(dqs >= 0);
    QTableWidgetItem *keyItem = lists->item(dqs, SettingsDialog::ColumnKey);
    QVERIFY(keyItem->flags() & Qt::ItemIsEditable);

    lists->setFocus();
    lists->setCurrentCell(dqs, SettingsDialog::ColumnKey);
    QTest::keyClick(lists, Qt::Key_F2);
    auto *editor = lists->findChild<QLineEdit *>(QStringLiteral("keyEditor"));
    QVERIFY2(editor, "F2 on the key cell should open the key editor");
    QCOMPARE(editor->echoMode(), QLineEdit::Password);
    QVERIFY2(!editor->accessibleName().isEmpty(), "the key editor needs an accessible name");
    QTest::keyClicks(editor, secret);
    QCOMPARE(lists->item(dqs, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);
    QVERIFY2(lists->item(dqs, SettingsDialog::ColumnUse)->flags() & Qt::ItemIsUserCheckable,
             "with a key the list can be switched on and off again");
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(!keyItem->text().contains(secret) &&
                 !keyItem->data(Qt::AccessibleTextRole).toString().contains(secret) &&
                 !keyItem->toolTip().contains(secret),
             "the key should never be displayed or read out");

    QVERIFY(dialog->apply());
    const AppSettings stored(m_ini);
    QCOMPARE(stored.keys().value(QStringLiteral("spamhaus-zen-dqs")), secret);
    QVERIFY2(stored.listEnabled().value(QStringLiteral("spamhaus-zen-dqs"), false),
             "typing a key should have turned the list on");

    // Shown again on the next opening.
    m_dialog.reset();
    AppSettings again(m_ini);
    dialog = openDialog(&again);
    lists = table(dialog);
    QCOMPARE(lists->item(dqs, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);
}

void TestSettings::removingKeyTurnsListOff()
{
    AppSettings settings(m_ini);
    settings.setKeys({{QStringLiteral("abusix"), QStringLiteral("abusix-key")}});
    settings.setListEnabled({{QStringLiteral("abusix"), true}});
    SettingsDialog *dialog = openDialog(&settings);
    QTableWidget *lists = table(dialog);
    const int abusix = rowOf(dialog, QStringLiteral("abusix"));
    QVERIFY(abusix >= 0);
    QCOMPARE(lists->item(abusix, SettingsDialog::ColumnUse)->checkState(), Qt::Checked);

    lists->setFocus();
    lists->setCurrentCell(abusix, SettingsDialog::ColumnKey);
    QTest::keyClick(lists, Qt::Key_F2);
    auto *editor = lists->findChild<QLineEdit *>(QStringLiteral("keyEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("abusix-key"));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(lists->item(abusix, SettingsDialog::ColumnUse)->checkState(), Qt::Unchecked);
    QVERIFY(!(lists->item(abusix, SettingsDialog::ColumnUse)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(dialog->apply());
    const AppSettings stored(m_ini);
    QVERIFY2(!stored.keys().contains(QStringLiteral("abusix")), "the removed key should be gone");
    QVERIFY2(!stored.listEnabled().value(QStringLiteral("abusix"), true),
             "a list without its key should be stored as off");
}

void TestSettings::languageSaved_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<AppSettings::Language>("expected");
    QTest::newRow("japanese") << "日本語" << AppSettings::Language::Japanese;
    QTest::newRow("english") << "English" << AppSettings::Language::English;
}

void TestSettings::languageSaved()
{
    QFETCH(QString, shown);
    QFETCH(AppSettings::Language, expected);
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->currentIndex(), 0);
    const int index = language->findText(shown);
    QVERIFY2(index > 0, "each language should be listed under its own name");
    language->setCurrentIndex(index);
    QVERIFY(dialog->apply());
    QCOMPARE(AppSettings(m_ini).language(), expected);
    QVERIFY2(QLocale().language() == UiLanguage::localeFor(expected).language(),
             "applying a new language should install it at once");

    // And back to the computer's language.
    language->setCurrentIndex(0);
    QVERIFY(dialog->apply());
    QCOMPARE(AppSettings(m_ini).language(), AppSettings::Language::System);
}

void TestSettings::accessibleNamesAndTabOrder()
{
    AppSettings settings(m_ini);
    settings.setDnsServer(QStringLiteral("127.0.0.153"));
    SettingsDialog *dialog = openDialog(&settings);
    const QList<QWidget *> controls{
        dialog->findChild<QComboBox *>(QStringLiteral("dnsMode")),
        dialog->findChild<QLineEdit *>(QStringLiteral("dnsAddress")),
        dialog->findChild<QSpinBox *>(QStringLiteral("timeout")),
        dialog->findChild<QComboBox *>(QStringLiteral("language")),
        table(dialog),
    };
    for (QWidget *control : controls) {
        QVERIFY2(control, "every control should be found by its objectName");
        QVERIFY2(!control->accessibleName().isEmpty(),
                 qPrintable(control->objectName() + QStringLiteral(" needs an accessible name")));
    }
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    controls.first()->setFocus();
    for (int i = 1; i < controls.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == controls.at(i),
                 qPrintable(QStringLiteral("Tab should move to ") + controls.at(i)->objectName()));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(qobject_cast<QPushButton *>(QApplication::focusWidget()),
             "Tab should leave the table for the buttons, not walk its cells");
}

// --- Language -----------------------------------------------------------------------------

void TestSettings::localeFor_data()
{
    QTest::addColumn<AppSettings::Language>("language");
    QTest::addColumn<QLocale>("expected");
    QTest::newRow("system") << AppSettings::Language::System << QLocale::system();
    QTest::newRow("japanese") << AppSettings::Language::Japanese
                              << QLocale(QLocale::Japanese, QLocale::Japan);
    QTest::newRow("english") << AppSettings::Language::English
                             << QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestSettings::localeFor()
{
    QFETCH(AppSettings::Language, language);
    QFETCH(QLocale, expected);
    QCOMPARE(UiLanguage::localeFor(language), expected);
}

void TestSettings::installSetsDefaultLocale()
{
    UiLanguage::install(AppSettings::Language::Japanese);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    UiLanguage::install(AppSettings::Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestSettings::ownTranslationInstalled()
{
    UiLanguage::install(AppSettings::Language::Japanese);
    if (!QFile::exists(QStringLiteral(":/i18n/blocklistdoctor_ja.qm")))
        QSKIP("The program's .qm files are compiled into the blocklist-doctor executable only "
              "(translations/CMakeLists.txt: qt_add_translations(blocklist-doctor …)), so this "
              "test cannot load them; embed them in blocklistdoctor_core or _ui to test this.");
    QCOMPARE(QCoreApplication::translate("BounceExplanation", "Delivery failure"),
             QStringLiteral("配信失敗"));
    UiLanguage::install(AppSettings::Language::English);
    QCOMPARE(QCoreApplication::translate("BounceExplanation", "Delivery failure"),
             QStringLiteral("Delivery failure"));
}

void TestSettings::qtButtonsFollowLanguage()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator reference;
    if (!reference.load(QStringLiteral("qtbase_ja"), qtTranslations))
        QSKIP(qPrintable(QStringLiteral("qtbase_ja.qm is not installed in ") + qtTranslations +
                         QStringLiteral(" (Debian: qt6-translations-l10n)")));
    const QString japaneseCancel = reference.translate("QPlatformTheme", "Cancel");
    QVERIFY2(!japaneseCancel.isEmpty(), "qtbase_ja should translate Qt's Cancel button");

    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    QPushButton *cancel = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                              ->button(QDialogButtonBox::Cancel);
    QCOMPARE(withoutMnemonic(cancel->text()), QStringLiteral("Cancel"));
    UiLanguage::install(AppSettings::Language::Japanese);
    QTRY_COMPARE(withoutMnemonic(cancel->text()), withoutMnemonic(japaneseCancel));
    UiLanguage::install(AppSettings::Language::English);
    QTRY_COMPARE(withoutMnemonic(cancel->text()), QStringLiteral("Cancel"));
}

void TestSettings::settingsDialogRetranslates()
{
    AppSettings settings(m_ini);
    SettingsDialog *dialog = openDialog(&settings);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("dnsMode"));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QTableWidget *lists = table(dialog);
    const int zen = rowOf(dialog, QStringLiteral("spamhaus-zen"));
    QVERIFY(zen >= 0);
    QVERIFY(!m_catalog.find(QStringLiteral("spamhaus-zen"))->notes.isEmpty());
    QVERIFY(!isMarked(dialog->windowTitle()));

    MarkingTranslator marking({QStringLiteral("SettingsDialog"), QStringLiteral("Catalog")});
    QCoreApplication::installTranslator(&marking);
    QTRY_VERIFY2(isMarked(dialog->windowTitle()), "the title should follow a language change");
    QVERIFY2(isMarked(mode->itemText(0)) && isMarked(mode->itemText(1)),
             "the DNS choices should be retranslated");
    QVERIFY2(isMarked(language->itemText(0)), "\"the computer's language\" is translated");
    QCOMPARE(language->itemText(1), QStringLiteral("日本語"));
    QCOMPARE(language->itemText(2), QStringLiteral("English"));
    QVERIFY2(isMarked(lists->horizontalHeaderItem(SettingsDialog::ColumnNotes)->text()),
             "the table headers should be retranslated");
    QVERIFY2(isMarked(lists->item(zen, SettingsDialog::ColumnNotes)->text()),
             "the catalog's notes should be retranslated");
    QVERIFY2(isMarked(dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->suffix()),
             "the unit of the waiting time should be retranslated");

    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY2(!isMarked(dialog->windowTitle()), "removing a translation should undo it");
    QCOMPARE(lists->item(zen, SettingsDialog::ColumnNotes)->text(),
             m_catalog.find(QStringLiteral("spamhaus-zen"))->notes);
}

void TestSettings::aboutDialogRetranslates()
{
    AboutDialog about;
    about.show();
    auto *text = about.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(text && !isMarked(text->text()));
    MarkingTranslator marking({QStringLiteral("AboutDialog")});
    QCoreApplication::installTranslator(&marking);
    QTRY_VERIFY2(isMarked(text->text()), "the about text should follow a language change");
    QVERIFY(isMarked(about.windowTitle()));
    QVERIFY(isMarked(about.findChild<QPushButton *>(QStringLiteral("aboutQt"))->text()));
    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY(!isMarked(text->text()));
}

void TestSettings::aboutDialogContent()
{
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    auto *title = about.findChild<QLabel *>(QStringLiteral("aboutTitle"));
    auto *text = about.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(title && text);
    QCOMPARE(title->text(), QStringLiteral("Blocklist Doctor"));
    const QString all = text->text();
    QVERIFY2(all.contains(QStringLiteral(BLOCKLISTDOCTOR_VERSION)), "the version is shown");
    QVERIFY2(all.contains(QStringLiteral("GPL-3.0-or-later")), "the licence is shown");
    QVERIFY2(all.contains(QStringLiteral("This program uses Qt %1, licensed under the GNU LGPL "
                                         "version 3.")
                              .arg(QString::fromLatin1(qVersion()))),
             "the Qt notice names the running Qt");
    QVERIFY2(all.contains(QStringLiteral("Sisimai")), "the Sisimai notice is shown");
    QVERIFY2(all.contains(QStringLiteral("public documentation")),
             "where the catalog's facts come from is shown");
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QVERIFY2(text->textInteractionFlags() & Qt::TextSelectableByMouse, "the text is selectable");
    QVERIFY2(!(text->textInteractionFlags() & Qt::LinksAccessibleByMouse),
             "nothing in the about dialog opens a link");

    auto *aboutQt = about.findChild<QPushButton *>(QStringLiteral("aboutQt"));
    QVERIFY(aboutQt);
    bool shown = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            shown = box->inherits("QMessageBox");
            box->close();
        }
    });
    closer.start(20);
    aboutQt->click();
    QVERIFY2(shown, "the About Qt button should open Qt's own about box");
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
