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

} // namespace focal
