#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The file dialogs the window asks. Tests replace them to answer without a native dialog.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual QStringList openFiles(QWidget *parent);
    virtual QString saveFile(QWidget *parent, const QString &suggestedName);
};
