#pragma once

#include "Language.h"
#include "model/Record.h"

namespace focal {

// One of the forum's thematic areas (Infraestructura, Energía, ...), named in three languages.
struct ThematicArea
{
    RecordMeta meta;
    QString code;
    QString nameEs;
    QString namePt;
    QString nameEn;
    int position = 0;

    QString name(Language lang = Language::Spanish) const
    {
        return lang == Language::Portuguese ? namePt : lang == Language::English ? nameEn : nameEs;
    }

    static constexpr const char *table = "thematic_area";
    static auto fields()
    {
        return std::make_tuple(
            field("code", &ThematicArea::code), field("name_es", &ThematicArea::nameEs),
            field("name_pt", &ThematicArea::namePt), field("name_en", &ThematicArea::nameEn),
            field("position", &ThematicArea::position));
    }
};

// The working group of a thematic area.
struct WorkingGroup
{
    RecordMeta meta;
    QUuid areaId;
    QString name;
    QString shortName; // used on the command line: "seguridad"
    QString objective;
    QString context;

    static constexpr const char *table = "working_group";
    static auto fields()
    {
        return std::make_tuple(
            field("area_id", &WorkingGroup::areaId), field("name", &WorkingGroup::name),
            field("short_name", &WorkingGroup::shortName),
            field("objective", &WorkingGroup::objective), field("context", &WorkingGroup::context));
    }
};

// A country's participation in a working group.
struct GroupCountry
{
    RecordMeta meta;
    QUuid groupId;
    QUuid countryId;
    ParticipationStatus status = ParticipationStatus::Active;

    static constexpr const char *table = "group_country";
    static auto fields()
    {
        return std::make_tuple(field("group_id", &GroupCountry::groupId),
                               field("country_id", &GroupCountry::countryId),
                               field("status", &GroupCountry::status));
    }
};

// An institution taking part in a working group (the report's Anexo 1).
struct GroupInstitution
{
    RecordMeta meta;
    QUuid groupId;
    QUuid institutionId;
    int position = 0;

    static constexpr const char *table = "group_institution";
    static auto fields()
    {
        return std::make_tuple(field("group_id", &GroupInstitution::groupId),
                               field("institution_id", &GroupInstitution::institutionId),
                               field("position", &GroupInstitution::position));
    }
};

// A narrative paragraph of a group's report (introduction, context of a year, ...).
struct GroupText
{
    RecordMeta meta;
    QUuid groupId;
    TextSection section = TextSection::Other;
    std::optional<int> year;
    int position = 0;
    QString title;
    QString body;

    static constexpr const char *table = "group_text";
    static auto fields()
    {
        return std::make_tuple(
            field("group_id", &GroupText::groupId), field("section", &GroupText::section),
            field("year", &GroupText::year), field("position", &GroupText::position),
            field("title", &GroupText::title), field("body", &GroupText::body));
    }
};

// A subgroup: led by one country, with member countries (three or more countries in all).
struct Subgroup
{
    RecordMeta meta;
    QUuid groupId;
    int number = 0;
    QString name;
    QString objective;
    QUuid leaderCountryId;

    static constexpr int minimumCountries = 3; // the forum's rule, leader included

    static constexpr const char *table = "subgroup";
    static auto fields()
    {
        return std::make_tuple(field("group_id", &Subgroup::groupId),
                               field("number", &Subgroup::number), field("name", &Subgroup::name),
                               field("objective", &Subgroup::objective),
                               field("leader_country_id", &Subgroup::leaderCountryId));
    }
};

// A member country of a subgroup (besides its leader).
struct SubgroupMember
{
    RecordMeta meta;
    QUuid subgroupId;
    QUuid countryId;
    int position = 0;

    static constexpr const char *table = "subgroup_member";
    static auto fields()
    {
        return std::make_tuple(field("subgroup_id", &SubgroupMember::subgroupId),
                               field("country_id", &SubgroupMember::countryId),
                               field("position", &SubgroupMember::position));
    }
};

} // namespace focal
