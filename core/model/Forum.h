#pragma once

#include "model/Record.h"

namespace focal {

// The forum itself (PROSUR): its founding declaration and public face.
struct Forum
{
    RecordMeta meta;
    QString name;
    QString fullName;
    QString foundingDeclaration;
    QDate foundingDate;
    QString website;

    static constexpr const char *table = "forum";
    static auto fields()
    {
        return std::make_tuple(field("name", &Forum::name), field("full_name", &Forum::fullName),
                               field("founding_declaration", &Forum::foundingDeclaration),
                               field("founding_date", &Forum::foundingDate),
                               field("website", &Forum::website));
    }
};

// A member country of the forum.
struct ForumMember
{
    RecordMeta meta;
    QUuid forumId;
    QUuid countryId;
    QDate joinedOn;

    static constexpr const char *table = "forum_member";
    static auto fields()
    {
        return std::make_tuple(field("forum_id", &ForumMember::forumId),
                               field("country_id", &ForumMember::countryId),
                               field("joined_on", &ForumMember::joinedOn));
    }
};

// Which country holds the Presidencia Pro Tempore, from when to when (end unknown while open).
struct ProTempore
{
    RecordMeta meta;
    QUuid forumId;
    QUuid countryId;
    QDate start;
    QDate end;

    static constexpr const char *table = "pro_tempore";
    static auto fields()
    {
        return std::make_tuple(
            field("forum_id", &ProTempore::forumId), field("country_id", &ProTempore::countryId),
            field("start_date", &ProTempore::start), field("end_date", &ProTempore::end));
    }
};

// A supporting organisation or office: BID-INTAL, a national coordination, the presidency.
struct Organisation
{
    RecordMeta meta;
    QString name;
    QString acronym;
    OrganisationKind kind = OrganisationKind::Other;
    QUuid countryId; // null for international organisations
    QString description;

    static constexpr const char *table = "organisation";
    static auto fields()
    {
        return std::make_tuple(
            field("name", &Organisation::name), field("acronym", &Organisation::acronym),
            field("kind", &Organisation::kind), field("country_id", &Organisation::countryId),
            field("description", &Organisation::description));
    }
};

} // namespace focal
