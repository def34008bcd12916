#pragma once

#include "verdict/targetreport.h"

#include <QColor>
#include <QIcon>
#include <QWidget>

class QLabel;

// The verdict at a glance: an icon, a colour *and* words (colour is never the only signal).
// The tint is the tone's colour mixed into the palette's base colour, and the text keeps the
// palette's text colour, so the banner reads the same in light and dark mode.
class VerdictBanner final : public QWidget
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral,
        Good,
        Warning,
        Bad
    };

    explicit VerdictBanner(QWidget *parent = nullptr);

    // One target: its verdict sentence. Several: a summary, and each target's sentence below it.
    // `cancelled`: the user stopped the check, so what is not listed is not known to be clean.
    void showReports(const QList<TargetReport> &reports, bool cancelled);
    // Free text (invalid input, …). The caller translates it.
    void showMessage(Tone tone, const QString &headline, const QString &detail = QString());
    void showChecking(int answered, int total);
    // Empties and hides the banner; any show…() shows it again.
    void clear();

    Tone tone() const { return m_tone; }
    QString headline() const;
    QString detail() const;

    // The icon that stands for a tone (also a word: see toneWord()).
    static QIcon toneIcon(Tone tone);
    // One word for the tone ("Listed", "Warning", …), the icon's accessible name.
    static QString toneWord(Tone tone);
    // The tone's signal colour; the banner mixes it into the palette.
    static QColor toneColor(Tone tone);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Shown
    {
        Nothing,
        Reports,
        Checking,
        Message
    };

    void refresh();
    void refreshReports();
    void setTexts(Tone tone, const QString &headline, const QString &detail);
    void applyTone(Tone tone);
    void updateIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    Tone m_tone = Tone::Neutral;

    // What was asked for last, so a language change can say it again.
    Shown m_shown = Shown::Nothing;
    QList<TargetReport> m_reports;
    bool m_cancelled = false;
    int m_answered = 0;
    int m_total = 0;
};
