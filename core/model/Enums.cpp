#include "Enums.h"

// Labels are marked for translation here and translated by enumLabel() at run time.

namespace focal {

using PS = ParticipationStatus;
const std::array<EnumEntry<PS>, 4> EnumTable<PS>::entries = {{
    {PS::Active, "active", QT_TRANSLATE_NOOP("focal::Enums", "active")},
    {PS::Initial, "initial", QT_TRANSLATE_NOOP("focal::Enums", "took part initially")},
    {PS::Invited, "invited", QT_TRANSLATE_NOOP("focal::Enums", "invited")},
    {PS::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("focal::Enums", "withdrawn")},
}};

using IK = InstitutionKind;
const std::array<EnumEntry<IK>, 5> EnumTable<IK>::entries = {{
    {IK::Ministry, "ministry", QT_TRANSLATE_NOOP("focal::Enums", "ministry")},
    {IK::Secretariat, "secretariat", QT_TRANSLATE_NOOP("focal::Enums", "secretariat")},
    {IK::Agency, "agency", QT_TRANSLATE_NOOP("focal::Enums", "agency")},
    {IK::Police, "police", QT_TRANSLATE_NOOP("focal::Enums", "police")},
    {IK::Other, "other", QT_TRANSLATE_NOOP("focal::Enums", "other")},
}};

using OK = OrganisationKind;
const std::array<EnumEntry<OK>, 4> EnumTable<OK>::entries = {{
    {OK::TechnicalSupport, "technical_support",
     QT_TRANSLATE_NOOP("focal::Enums", "technical support")},
    {OK::NationalCoordination, "national_coordination",
     QT_TRANSLATE_NOOP("focal::Enums", "national coordination")},
    {OK::ProTemporePresidency, "pro_tempore_presidency",
     QT_TRANSLATE_NOOP("focal::Enums", "pro tempore presidency")},
    {OK::Other, "other", QT_TRANSLATE_NOOP("focal::Enums", "other")},
}};

using PR = PersonRoleKind;
const std::array<EnumEntry<PR>, 5> EnumTable<PR>::entries = {{
    {PR::NationalCoordinator, "national_coordinator",
     QT_TRANSLATE_NOOP("focal::Enums", "national coordinator")},
    {PR::FocalPoint, "focal_point", QT_TRANSLATE_NOOP("focal::Enums", "focal point")},
    {PR::SectorCoordinator, "sector_coordinator",
     QT_TRANSLATE_NOOP("focal::Enums", "sector coordinator")},
    {PR::SubgroupLeader, "subgroup_leader", QT_TRANSLATE_NOOP("focal::Enums", "subgroup leader")},
    {PR::TechnicalSupport, "technical_support",
     QT_TRANSLATE_NOOP("focal::Enums", "technical support")},
}};

using MK = MeetingKind;
const std::array<EnumEntry<MK>, 4> EnumTable<MK>::entries = {{
    {MK::Videoconference, "videoconference", QT_TRANSLATE_NOOP("focal::Enums", "videoconference")},
    {MK::Workshop, "workshop", QT_TRANSLATE_NOOP("focal::Enums", "in-person workshop")},
    {MK::Training, "training", QT_TRANSLATE_NOOP("focal::Enums", "training")},
    {MK::EmailExchange, "email_exchange", QT_TRANSLATE_NOOP("focal::Enums", "exchange by e-mail")},
}};

using MS = MeetingScope;
const std::array<EnumEntry<MS>, 4> EnumTable<MS>::entries = {{
    {MS::Forum, "forum", QT_TRANSLATE_NOOP("focal::Enums", "forum")},
    {MS::Group, "group", QT_TRANSLATE_NOOP("focal::Enums", "working group")},
    {MS::Subgroup, "subgroup", QT_TRANSLATE_NOOP("focal::Enums", "subgroup")},
    {MS::National, "national", QT_TRANSLATE_NOOP("focal::Enums", "national")},
}};

using MR = MeetingRole;
const std::array<EnumEntry<MR>, 3> EnumTable<MR>::entries = {{
    {MR::Invited, "invited", QT_TRANSLATE_NOOP("focal::Enums", "invited")},
    {MR::Attended, "attended", QT_TRANSLATE_NOOP("focal::Enums", "attended")},
    {MR::Organiser, "organiser", QT_TRANSLATE_NOOP("focal::Enums", "organiser")},
}};

using CS = CommitmentStatus;
const std::array<EnumEntry<CS>, 3> EnumTable<CS>::entries = {{
    {CS::Open, "open", QT_TRANSLATE_NOOP("focal::Enums", "open")},
    {CS::Done, "done", QT_TRANSLATE_NOOP("focal::Enums", "done")},
    {CS::Dropped, "dropped", QT_TRANSLATE_NOOP("focal::Enums", "dropped")},
}};

using MinS = MinutesStatus;
const std::array<EnumEntry<MinS>, 4> EnumTable<MinS>::entries = {{
    {MinS::Draft, "draft", QT_TRANSLATE_NOOP("focal::Enums", "draft")},
    {MinS::Circulated, "circulated", QT_TRANSLATE_NOOP("focal::Enums", "circulated for comments")},
    {MinS::Approved, "approved", QT_TRANSLATE_NOOP("focal::Enums", "approved")},
    {MinS::Locked, "locked", QT_TRANSLATE_NOOP("focal::Enums", "locked")},
}};

using DK = DocumentKind;
const std::array<EnumEntry<DK>, 5> EnumTable<DK>::entries = {{
    {DK::SectoralPlan, "sectoral_plan", QT_TRANSLATE_NOOP("focal::Enums", "sectoral plan")},
    {DK::WorkPlanProposal, "work_plan_proposal",
     QT_TRANSLATE_NOOP("focal::Enums", "work plan proposal")},
    {DK::Proposal, "proposal", QT_TRANSLATE_NOOP("focal::Enums", "proposal")},
    {DK::Minutes, "minutes", QT_TRANSLATE_NOOP("focal::Enums", "minutes")},
    {DK::Other, "other", QT_TRANSLATE_NOOP("focal::Enums", "other")},
}};

using DS = DocumentStatus;
const std::array<EnumEntry<DS>, 5> EnumTable<DS>::entries = {{
    {DS::Draft, "draft", QT_TRANSLATE_NOOP("focal::Enums", "draft")},
    {DS::SentForComments, "sent_for_comments",
     QT_TRANSLATE_NOOP("focal::Enums", "sent for comments")},
    {DS::ObservationsReceived, "observations_received",
     QT_TRANSLATE_NOOP("focal::Enums", "observations received")},
    {DS::Approved, "approved", QT_TRANSLATE_NOOP("focal::Enums", "approved")},
    {DS::Delivered, "delivered", QT_TRANSLATE_NOOP("focal::Enums", "delivered")},
}};

const std::array<EnumEntry<PlanKind>, 2> EnumTable<PlanKind>::entries = {{
    {PlanKind::Sectoral, "sectoral", QT_TRANSLATE_NOOP("focal::Enums", "sectoral plan")},
    {PlanKind::Annual, "annual", QT_TRANSLATE_NOOP("focal::Enums", "annual work plan")},
}};

const std::array<EnumEntry<PlanItemLabel>, 2> EnumTable<PlanItemLabel>::entries = {{
    {PlanItemLabel::Products, "products", QT_TRANSLATE_NOOP("focal::Enums", "products")},
    {PlanItemLabel::Activities, "activities", QT_TRANSLATE_NOOP("focal::Enums", "activities")},
}};

using PIS = PlanItemStatus;
const std::array<EnumEntry<PIS>, 6> EnumTable<PIS>::entries = {{
    {PIS::Proposed, "proposed", QT_TRANSLATE_NOOP("focal::Enums", "proposed")},
    {PIS::Approved, "approved", QT_TRANSLATE_NOOP("focal::Enums", "approved")},
    {PIS::InProgress, "in_progress", QT_TRANSLATE_NOOP("focal::Enums", "in progress")},
    {PIS::Done, "done", QT_TRANSLATE_NOOP("focal::Enums", "done")},
    {PIS::Reprogrammed, "reprogrammed", QT_TRANSLATE_NOOP("focal::Enums", "reprogrammed")},
    {PIS::Cancelled, "cancelled", QT_TRANSLATE_NOOP("focal::Enums", "cancelled")},
}};

using TS = TextSection;
const std::array<EnumEntry<TS>, 7> EnumTable<TS>::entries = {{
    {TS::Introduction, "introduction", QT_TRANSLATE_NOOP("focal::Enums", "introduction")},
    {TS::Participation, "participation",
     QT_TRANSLATE_NOOP("focal::Enums", "participating countries")},
    {TS::Subgroups, "subgroups", QT_TRANSLATE_NOOP("focal::Enums", "subgroups")},
    {TS::Activities, "activities", QT_TRANSLATE_NOOP("focal::Enums", "activities")},
    {TS::Pandemic, "pandemic", QT_TRANSLATE_NOOP("focal::Enums", "impact of the pandemic")},
    {TS::Plan, "plan", QT_TRANSLATE_NOOP("focal::Enums", "work plan")},
    {TS::Other, "other", QT_TRANSLATE_NOOP("focal::Enums", "other")},
}};

} // namespace focal
