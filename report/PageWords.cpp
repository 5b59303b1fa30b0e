#include "PageWords.h"

namespace focal::report {

QString PageWords::pageOf(Language language, int page, int pageCount)
{
    QString pattern;
    switch (language) {
    case Language::Spanish:
    case Language::Portuguese:
        pattern = QStringLiteral("Página %1 de %2");
        break;
    case Language::English:
        pattern = QStringLiteral("Page %1 of %2");
        break;
    }
    return pattern.arg(page).arg(pageCount);
}

QString PageWords::contents(Language language)
{
    switch (language) {
    case Language::Spanish:
        return QStringLiteral("Índice");
    case Language::Portuguese:
        return QStringLiteral("Sumário");
    case Language::English:
        return QStringLiteral("Contents");
    }
    return QStringLiteral("Índice");
}

} // namespace focal::report
