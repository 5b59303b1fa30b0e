#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace focal {

// The closed vocabularies of the domain. Each value has a stable key (stored in the database and
// in exchange files, never translated) and a label for people (translated at run time).

enum class ParticipationStatus { Active, Initial, Invited, Withdrawn };
enum class InstitutionKind { Ministry, Secretariat, Agency, Police, Other };
enum class OrganisationKind { TechnicalSupport, NationalCoordination, ProTemporePresidency, Other };
enum class PersonRoleKind {
    NationalCoordinator,
    FocalPoint,
    SectorCoordinator,
    SubgroupLeader,
    TechnicalSupport
};
enum class MeetingKind { Videoconference, Workshop, Training, EmailExchange };
enum class MeetingScope { Forum, Group, Subgroup, National };
enum class MeetingRole { Invited, Attended, Organiser };
enum class CommitmentStatus { Open, Done, Dropped };
enum class MinutesStatus { Draft, Circulated, Approved, Locked };
enum class DocumentKind { SectoralPlan, WorkPlanProposal, Proposal, Minutes, Other };
enum class DocumentStatus { Draft, SentForComments, ObservationsReceived, Approved, Delivered };
enum class PlanKind { Sectoral, Annual };
enum class PlanItemLabel { Products, Activities };
enum class PlanItemStatus { Proposed, Approved, InProgress, Done, Reprogrammed, Cancelled };
enum class TextSection {
    Introduction,
    Participation,
    Subgroups,
    Activities,
    Pandemic,
    Plan,
    Other
};

template <typename E> struct EnumEntry
{
    E value;
    const char *key;
    const char *label; // source text for translation, context "focal::Enums"
};

template <typename E> struct EnumTable; // specialised in Enums.cpp's companion below

#define FOCAL_ENUM_TABLE(E, N)                                                                     \
    template <> struct EnumTable<E>                                                                \
    {                                                                                              \
        static const std::array<EnumEntry<E>, N> entries;                                          \
    };

FOCAL_ENUM_TABLE(ParticipationStatus, 4)
FOCAL_ENUM_TABLE(InstitutionKind, 5)
FOCAL_ENUM_TABLE(OrganisationKind, 4)
FOCAL_ENUM_TABLE(PersonRoleKind, 5)
FOCAL_ENUM_TABLE(MeetingKind, 4)
FOCAL_ENUM_TABLE(MeetingScope, 4)
FOCAL_ENUM_TABLE(MeetingRole, 3)
FOCAL_ENUM_TABLE(CommitmentStatus, 3)
FOCAL_ENUM_TABLE(MinutesStatus, 4)
FOCAL_ENUM_TABLE(DocumentKind, 5)
FOCAL_ENUM_TABLE(DocumentStatus, 5)
FOCAL_ENUM_TABLE(PlanKind, 2)
FOCAL_ENUM_TABLE(PlanItemLabel, 2)
FOCAL_ENUM_TABLE(PlanItemStatus, 6)
FOCAL_ENUM_TABLE(TextSection, 7)
#undef FOCAL_ENUM_TABLE

template <typename E> QString enumKey(E value)
{
    for (const auto &e : EnumTable<E>::entries)
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E> std::optional<E> enumFromKey(const QString &key)
{
    for (const auto &e : EnumTable<E>::entries)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <typename E> QString enumLabel(E value)
{
    for (const auto &e : EnumTable<E>::entries)
        if (e.value == value)
            return QCoreApplication::translate("focal::Enums", e.label);
    return {};
}

template <typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const auto &e : EnumTable<E>::entries)
        keys << QString::fromLatin1(e.key);
    return keys;
}

} // namespace focal
