#pragma once

#include "Language.h"

#include <QString>

namespace focal::report {

// Focal's own words printed in a report (the page footer, the title of the contents). They follow
// the report's language, not the language of the program's menus, so they come from this small
// table rather than tr().
class PageWords
{
public:
    // "Página 3 de 12", "Page 3 of 12".
    static QString pageOf(Language language, int page, int pageCount);
    // The heading of the table of contents: "Índice", "Sumário", "Contents".
    static QString contents(Language language);
};

} // namespace focal::report
