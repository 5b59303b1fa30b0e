#include "ForumDocument.h"

#include <QFileInfo>

namespace focal {

ForumDocument::ForumDocument(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_repository(*m_database)
{}

QString ForumDocument::fileName() const
{
    return QFileInfo(path()).fileName();
}

void ForumDocument::setErrorHandler(std::function<void(const Error &)> handler)
{
    m_errorHandler = std::move(handler);
}

void ForumDocument::reportError(const Error &error) const
{
    if (m_errorHandler)
        m_errorHandler(error);
    else
        qWarning("focal: %s", qUtf8Printable(error.fullText()));
}

void ForumDocument::setBusyHandler(std::function<bool()> handler)
{
    m_busyHandler = std::move(handler);
}

Result<void> ForumDocument::retryingBusy(const std::function<Result<void>()> &write) const
{
    Result<void> result = write();
    while (!result && result.error().code == Error::Code::Busy && m_busyHandler && m_busyHandler())
        result = write();
    return result;
}

} // namespace focal
