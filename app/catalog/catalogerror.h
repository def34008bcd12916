#pragma once

#include <QString>

// Why a catalog file was refused. The UI and the CLI turn it into words (CatalogText).
struct CatalogError
{
    enum class Problem
    {
        None,
        Unreadable, // the file could not be opened
        NotJson,    // detail: the parser's message and offset
        NoLists,    // the document has no "lists" array
        Missing,    // a required field is absent
        WrongType,  // detail: the JSON type expected
        BadValue,   // detail: what the value must look like
        UnknownField,
        DuplicateId,
        DuplicateZone,
        Retired // detail: why the list must never be queried
    };

    Problem problem = Problem::None;
    QString source;     // file path
    QString entry;      // list id, or "#3" when the entry has no usable id
    QString field;      // e.g. "codes[2].answer"
    QString detail;     // English (translated by ErrorText), or Qt's own JSON parser message
    qint64 offset = -1; // NotJson: where the parser stopped

    bool isError() const { return problem != Problem::None; }
};
