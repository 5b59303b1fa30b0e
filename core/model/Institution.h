#pragma once

#include "model/Record.h"

namespace focal {

// A ministry or other state institution through which a country takes part.
struct Institution
{
    RecordMeta meta;
    QUuid countryId;
    QString name;
    QString acronym;
    InstitutionKind kind = InstitutionKind::Ministry;

    static constexpr const char *table = "institution";
    static auto fields()
    {
        return std::make_tuple(
            field("country_id", &Institution::countryId), field("name", &Institution::name),
            field("acronym", &Institution::acronym), field("kind", &Institution::kind));
    }
};

// A person, usually a focal point, representing an institution of a country.
struct Person
{
    RecordMeta meta;
    QString name;
    QUuid countryId;
    QUuid institutionId;
    QString email;
    QString phone;
    QDate activeFrom;
    QDate activeTo;

    static constexpr const char *table = "person";
    static auto fields()
    {
        return std::make_tuple(
            field("name", &Person::name), field("country_id", &Person::countryId),
            field("institution_id", &Person::institutionId), field("email", &Person::email),
            field("phone", &Person::phone), field("active_from", &Person::activeFrom),
            field("active_to", &Person::activeTo));
    }
};

// A role a person holds, optionally within one working group or subgroup.
struct PersonRole
{
    RecordMeta meta;
    QUuid personId;
    PersonRoleKind role = PersonRoleKind::FocalPoint;
    QUuid groupId;
    QUuid subgroupId;

    static constexpr const char *table = "person_role";
    static auto fields()
    {
        return std::make_tuple(
            field("person_id", &PersonRole::personId), field("role", &PersonRole::role),
            field("group_id", &PersonRole::groupId), field("subgroup_id", &PersonRole::subgroupId));
    }
};

} // namespace focal
