#pragma once

#include "lookupengine.h"
#include "verdict/targetreport.h"

#include <QObject>

class QThread;

// The public face of the engine for the CLI and the window: runs checks on a worker thread,
// delivers each list's result as it arrives, and can be cancelled at any moment.
class BlocklistChecker final : public QObject
{
    Q_OBJECT

public:
    explicit BlocklistChecker(QObject *parent = nullptr,
                              LookupEngine::TransportFactory factory = {});
    ~BlocklistChecker() override;

    // Starts a check; a running one is cancelled first.
    void start(const QList<Target> &targets, const QList<Blocklist> &lists, const DnsServer &server,
               int timeoutMs);
    // Stops waiting at once: finished(true) is emitted before this returns.
    void cancel();
    bool isRunning() const { return m_running; }
    // The reports of the last check, summarised when it finished (or was cancelled).
    const QList<TargetReport> &reports() const { return m_reports; }

Q_SIGNALS:
    void resultReady(const ListResult &result);
    void finished(bool cancelled);

private:
    void onResult(quint64 checkId, const ListResult &result);
    void onCheckFinished(quint64 checkId);
    void summarize();

    QThread *m_thread = nullptr;
    LookupEngine *m_engine = nullptr;
    void markUnanswered();

    QList<TargetReport> m_reports;
    QList<Blocklist> m_lists;
    QHash<QString, int> m_listOrder;
    quint64 m_checkId = 0;
    bool m_running = false;
};
