#pragma once

#include <QStringList>
#include <QtGlobal>

#include <cstring>

namespace focal::test {

// Collects what QAbstractItemModelTester reports (it logs under "qt.modeltest" in Warning
// mode) so that each test can fail with the tester's own words. One at a time.
class ModelTestLog
{
public:
    ModelTestLog()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestLog::handle);
    }
    ~ModelTestLog() { qInstallMessageHandler(m_previous); }
    ModelTestLog(const ModelTestLog &) = delete;
    ModelTestLog &operator=(const ModelTestLog &) = delete;
    const QStringList &messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (context.category && std::strcmp(context.category, "qt.modeltest") == 0 &&
            type != QtDebugMsg)
            s_messages << text;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace focal::test
