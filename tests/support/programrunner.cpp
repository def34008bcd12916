#include "programrunner.h"

#include "testconfig.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

QJsonObject ProgramResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProgramResult runProgram(const QStringList &arguments, const QByteArray &language,
                         const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(language));
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(language));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BLOCKLISTDOCTOR_EXECUTABLE), arguments);
    ProgramResult result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("the program hung");
        return result;
    }
    result.ms = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
