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

} // namespace focal
