#include "aboutdialog.h"

#include "core/version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Plain text only: nothing in this dialog opens a link.
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setMinimumWidth(420);

    m_aboutQt = new QPushButton(this);
    m_aboutQt->setObjectName(QStringLiteral("aboutQt"));
    m_aboutQt->setAutoDefault(false);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->addButton(m_aboutQt, QDialogButtonBox::HelpRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_title);
    textColumn->addWidget(m_text);
    textColumn->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_buttons);

    setTabOrder(m_text, m_aboutQt);
    setTabOrder(m_aboutQt, m_buttons->button(QDialogButtonBox::Close));
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    //: The program's name. Keep it as it is unless your language has an established name for it.
    const QString name = tr("Blocklist Doctor");
    //: Window title; %1 is the program's name.
    setWindowTitle(tr("About %1").arg(name));
    m_title->setText(name);
    m_title->setAccessibleName(name);

    const QStringList paragraphs = {
        //: %1 is the version number, such as 0.1.0.
        tr("Version %1").arg(QStringLiteral(BLOCKLISTDOCTOR_VERSION)),
        tr("Blocklist Doctor explains why your mail bounced, checks whether your mail server is "
           "on a public DNS blocklist, and shows where to ask for removal."),
        //: The SPDX name of the licence; keep "GPL-3.0-or-later" as it is.
        tr("Licence: GPL-3.0-or-later"),
        //: %1 is the Qt version, such as 6.4.2.
        tr("This program uses Qt %1, licensed under the GNU LGPL version 3.")
            .arg(QString::fromLatin1(qVersion())),
        tr("The reasons given for bounced mail use the words of Sisimai's reason vocabulary; no "
           "Sisimai code is included."),
        tr("What this program knows about each blocklist (its answers and removal pages) comes "
           "from that blocklist's own public documentation."),
    };
    m_text->setText(paragraphs.join(QLatin1String("\n\n")));
    //: Accessible name of the text block with version, licence and notices.
    m_text->setAccessibleName(tr("About this program"));

    m_aboutQt->setText(tr("About &Qt"));
    m_aboutQt->setAccessibleName(tr("About Qt"));
    m_aboutQt->setToolTip(tr("Shows Qt's version and licence."));
    // The Close button is Qt's own: it retranslates itself and is named by its text.
}
