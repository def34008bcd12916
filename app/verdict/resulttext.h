#pragma once

#include "targetreport.h"

#include <QCoreApplication>

// The words for results and verdicts, in the reader's language. Everything a user reads about a
// check is made here, so the CLI, the window and the report say the same thing.
class ResultText final
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)

public:
    static QString statusWord(ListStatus status);
    // One or two sentences: why a result is what it is, and what to do about it.
    static QString detail(const ListResult &result, int timeoutMs);
    // The catalog's meaning of each listing code, translated.
    static QStringList meanings(const ListResult &result);
    // The overall sentence for a target.
    static QString verdictSentence(const TargetReport &report);
    static QString invalidTarget(const Target &target);
    static QString notPublicTarget(const Target &target);
    // Catalog text ("Listed as a source of spam.") in the reader's language.
    static QString catalogText(const QString &english);
};
