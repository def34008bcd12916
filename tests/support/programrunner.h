#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Runs the real blocklist-doctor program, as administrators' scripts do.
struct ProgramResult
{
    int exitCode = -1; // -1: crashed or hung
    QByteArray out;
    QString err;
    qint64 ms = 0;
    QJsonObject json() const;
};

// `language` sets LC_ALL/LANG ("C" for English, "ja_JP.UTF-8" for Japanese); `input` is written
// to standard input.
ProgramResult runProgram(const QStringList &arguments, const QByteArray &language = "C",
                         const QByteArray &input = QByteArray());
