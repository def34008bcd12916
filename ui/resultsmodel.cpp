#include "resultsmodel.h"

#include "actiondelegate.h"
#include "verdict/resulttext.h"

#include <QFont>

#include <limits>

// Q_INIT_RESOURCE must be called outside any namespace; the icons live in the ui library, which
// is static, so its resources are registered explicitly.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace {

// A URL the window may show a button for: https from the catalog, nothing else.
QString httpsOnly(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return {};
    return url;
}

QString htmlParagraphs(const QStringList &paragraphs)
{
    // Rich text so that long explanations wrap in the tooltip; every paragraph is escaped, since
    // some of it (the TXT reason) comes from the network.
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QLatin1String("<p>") + paragraph.toHtmlEscaped() + QLatin1String("</p>");
    return html;
}

QString oneLineReason(const ListResult &result, int timeoutMs)
{
    switch (result.reason) {
    case ResultReason::ListRefused:
        if (!result.refusal.isEmpty())
            return ResultText::catalogText(result.refusal);
        return ResultsModel::tr("The list refused to answer your DNS server.");
    case ResultReason::SelfTestMissingPositive:
        //: Meaning column, one line: the blocklist failed the RFC 5782 self-test.
        return ResultsModel::tr("Failed its self-test: it does not list its own test address.");
    case ResultReason::SelfTestListsNegative:
        //: Meaning column, one line: the blocklist failed the RFC 5782 self-test.
        return ResultsModel::tr(
            "Failed its self-test: it lists an address that must never be listed.");
    case ResultReason::SelfTestBadAnswer:
        //: Meaning column, one line: the blocklist failed the RFC 5782 self-test.
        return ResultsModel::tr("Failed its self-test: its test answer is not a blocklist answer.");
    case ResultReason::Timeout:
        //: %1 is a number of seconds, such as 4.
        return ResultsModel::tr("No answer within %1 seconds.")
            .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
    case ResultReason::ServerFailure:
        return ResultsModel::tr("Your DNS server reported a failure (SERVFAIL).");
    case ResultReason::ServerRefused:
        return ResultsModel::tr("Your DNS server refused the question (REFUSED).");
    case ResultReason::NoAnswer:
        return ResultsModel::tr("Your DNS server did not answer.");
    case ResultReason::Cancelled:
        return ResultsModel::tr("The check was stopped before this list answered.");
    case ResultReason::ResolverError:
        return ResultsModel::tr("No DNS server could be used.");
    case ResultReason::BadAnswer:
        //: %1 is the DNS answer, such as 198.51.100.7.
        return ResultsModel::tr(
                   "The answer %1 is not a blocklist answer: something is changing DNS answers.")
            .arg(result.answers.isEmpty() ? QString()
                                          : ListStatusNames::addressText(result.answers.first()));
    case ResultReason::WrongKind:
        return ResultsModel::tr("This list does not check this kind of address.");
    case ResultReason::NeedsKey:
        return ResultsModel::tr("This list needs an access key.");
    case ResultReason::None:
        break;
    }
    return {};
}

} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    initIconResources();
}

void ResultsModel::setTargets(const QStringList &targets)
{
    m_targets = targets;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsModel::setListOrder(const QStringList &listIds)
{
    m_listOrder.clear();
    for (int i = 0; i < listIds.size(); ++i)
        m_listOrder.insert(listIds.at(i), i);
    // No role list: a sort proxy re-sorts only on changes of its sort role or of all roles.
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

void ResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsModel::addResult(const ListResult &result)
{
    for (int row = 0; row < m_results.size(); ++row) {
        const ListResult &existing = m_results.at(row);
        if (existing.listId == result.listId && existing.targetIndex == result.targetIndex) {
            m_results[row] = result;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_results.size());
    beginInsertRows(QModelIndex(), row, row);
    m_results.append(result);
    endInsertRows();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::iconPath(const ListResult &result)
{
    switch (result.status) {
    case ListStatus::Listed:
        if (result.countsAsListed())
            return QStringLiteral(":/icons/listed.svg");
        if (result.severity == Severity::Informational)
            return QStringLiteral(":/icons/info.svg");
        return QStringLiteral(":/icons/clean.svg"); // on an allowlist
    case ListStatus::NotListed:
        return QStringLiteral(":/icons/clean.svg");
    case ListStatus::Refused:
    case ListStatus::Unusable:
    case ListStatus::Failed:
        return QStringLiteral(":/icons/problem.svg");
    case ListStatus::Skipped:
        break;
    }
    return QStringLiteral(":/icons/skipped.svg");
}

QString ResultsModel::statusText(const ListResult &result)
{
    if (result.status == ListStatus::Listed) {
        switch (result.severity) {
        case Severity::Policy:
            //: Status of a policy listing (e.g. Spamhaus PBL: an address range for home users).
            //: It counts as listed, but it is not a spam listing.
            return tr("Listed (policy only)");
        case Severity::Informational:
            //: Status of an informational listing (a mild warning or a test entry), not a
            //: listing that blocks mail.
            return tr("Note only");
        case Severity::Allowlisted:
            //: Status: the address is on an allowlist (a list of trusted senders).
            return tr("Allowlisted");
        case Severity::Spam:
            break;
        }
    }
    return ResultText::statusWord(result.status);
}

QString ResultsModel::meaningText(const ListResult &result, int timeoutMs)
{
    if (result.status == ListStatus::Listed)
        return ResultText::meanings(result).join(QLatin1Char(' '));
    if (result.status == ListStatus::NotListed)
        return {};
    return oneLineReason(result, timeoutMs);
}

QString ResultsModel::plainTxt(const ListResult &result)
{
    QString text = result.txt.join(QLatin1Char(' '));
    for (QChar &c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format: // direction overrides and invisible marks
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return text.simplified();
}

QStringList ResultsModel::detailParagraphs(const ListResult &result) const
{
    QStringList paragraphs;
    const QString detail = ResultText::detail(result, m_timeoutMs);
    if (!detail.isEmpty())
        paragraphs.append(detail);
    if (result.status == ListStatus::NotListed && detail.isEmpty())
        //: Tooltip of a "Not listed" row; %1 is the blocklist's name.
        paragraphs.append(
            tr("%1 answered that this address or domain is not on the list.").arg(result.name));
    if (result.status == ListStatus::Listed && result.severity == Severity::Policy)
        paragraphs.append(tr("This is a policy listing, not a spam listing: the list marks address "
                             "ranges that are not meant to send mail directly, such as home "
                             "connections. Ask your internet or mail provider whether you should "
                             "send through their mail server."));
    if (result.countsAsListed() && !result.removalNote.isEmpty())
        paragraphs.append(ResultText::catalogText(result.removalNote));
    return paragraphs;
}

QString ResultsModel::targetText(const ListResult &result) const
{
    return m_targets.value(result.targetIndex);
}

QString ResultsModel::listLabel(const ListResult &result) const
{
    const QString target = targetText(result);
    if (m_targets.size() > 1 && !target.isEmpty())
        //: List column when several addresses were checked: %1 is the address or domain,
        //: %2 the blocklist's name.
        return tr("%1: %2", "target: list").arg(target, result.name);
    return result.name;
}

QVariant ResultsModel::displayData(const QModelIndex &index, const ListResult &result) const
{
    switch (index.column()) {
    case StatusColumn:
        return statusText(result);
    case ListColumn:
        return listLabel(result);
    case MeaningColumn:
        return meaningText(result, m_timeoutMs);
    case ReasonColumn:
        return plainTxt(result);
    case ActionColumn:
        return ActionDelegate::buttonText(index);
    default:
        break;
    }
    return {};
}

QString ResultsModel::accessibleText(const QModelIndex &index, const ListResult &result) const
{
    if (index.column() == StatusColumn || index.column() == ListColumn) {
        const QString meaning = meaningText(result, m_timeoutMs);
        if (meaning.isEmpty())
            //: What a screen reader says for a row: %1 is the blocklist, %2 its status.
            return tr("%1: %2", "list: status").arg(listLabel(result), statusText(result));
        //: What a screen reader says for a row: %1 is the blocklist, %2 its status, %3 what
        //: the status means.
        return tr("%1: %2 — %3").arg(listLabel(result), statusText(result), meaning);
    }
    return displayData(index, result).toString();
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index, result);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            const QString path = iconPath(result);
            auto it = m_icons.find(path);
            if (it == m_icons.end())
                it = m_icons.insert(path, QIcon(path));
            return *it;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && result.countsAsListed()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList paragraphs = detailParagraphs(result);
        if (index.column() == ReasonColumn && !result.txt.isEmpty())
            //: Tooltip: %1 is the blocklist's own reason text, usually in English.
            paragraphs.append(tr("The list says: “%1”").arg(plainTxt(result)));
        if (index.column() == ActionColumn) {
            const QUrl url = ActionDelegate::buttonUrl(index);
            if (!url.isEmpty())
                //: Tooltip of the Request removal / Look up button; %1 is a web address.
                paragraphs.append(tr("Opens %1 in your web browser.").arg(url.toDisplayString()));
        }
        if (role == Qt::ToolTipRole)
            return htmlParagraphs(paragraphs);
        return paragraphs.join(QLatin1Char(' '));
    }
    case Qt::AccessibleTextRole:
        return accessibleText(index, result);
    case ResultRole:
        return QVariant::fromValue(result);
    case RemovalUrlRole:
        return result.countsAsListed() ? httpsOnly(result.removalUrl) : QString();
    case LookupUrlRole:
        return httpsOnly(result.lookupUrl);
    case IsListedRole:
        return result.countsAsListed();
    case IsProblemRole:
        return result.couldNotCheck();
    case TargetRole:
        return targetText(result);
    case CatalogOrderRole:
        return m_listOrder.value(result.listId, std::numeric_limits<int>::max());
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn:
            //: Column header: listed, not listed, could not check…
            return tr("Status");
        case ListColumn:
            //: Column header: the blocklist's name.
            return tr("Blocklist");
        case MeaningColumn:
            //: Column header: what the listing means.
            return tr("Meaning");
        case ReasonColumn:
            //: Column header: the reason text the blocklist itself gives.
            return tr("The list's reason");
        case ActionColumn:
            //: Column header: the Request removal / Look up buttons.
            return tr("Action");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == ReasonColumn)
        return tr("The text the blocklist itself gives for the listing, usually in English.");
    return QAbstractTableModel::headerData(section, orientation, role);
}
