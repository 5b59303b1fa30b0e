#include "Searchable.h"

#include <iterator>

namespace focal {
namespace {

const Searchable searchables[] = {
    {"country", "{r}.name_es",
     "{r}.name_pt || ' ' || {r}.name_en || ' ' || {r}.iso2 || ' ' || {r}.iso3"},
    {"institution", "{r}.name", "{r}.acronym"},
    {"organisation", "{r}.name", "{r}.acronym || ' ' || {r}.description"},
    {"person", "{r}.name", "{r}.email"},
    {"thematic_area", "{r}.name_es", "{r}.name_pt || ' ' || {r}.name_en"},
    {"working_group", "{r}.name", "{r}.objective || ' ' || {r}.context"},
    {"group_text", "CASE WHEN {r}.title = '' THEN substr({r}.body, 1, 80) ELSE {r}.title END",
     "{r}.body"},
    {"subgroup", "{r}.name", "{r}.objective"},
    {"plan", "{r}.title", "''"},
    {"plan_item", "{r}.text", "{r}.deadline_text || ' ' || {r}.notes"},
    {"meeting_series", "{r}.title", "{r}.description"},
    {"meeting", "{r}.title",
     "{r}.summary || ' ' || {r}.minutes || ' ' || {r}.organiser || ' ' || {r}.location"},
    {"agreement", "{r}.text", "{r}.action"},
    {"document", "{r}.title", "{r}.annex_code || ' ' || {r}.recipient || ' ' || {r}.file_name"},
    {"milestone", "{r}.title", "{r}.description"},
};

} // namespace

const Searchable *Searchable::begin()
{
    return std::begin(searchables);
}

const Searchable *Searchable::end()
{
    return std::end(searchables);
}

const Searchable *Searchable::find(const QString &table)
{
    for (const Searchable &s : searchables)
        if (table == QLatin1String(s.table))
            return &s;
    return nullptr;
}

} // namespace focal
