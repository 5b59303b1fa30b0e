#include "Enums.h"

// Labels are marked for translation here and translated by enumLabel() at run time.
#define L(text) QT_TRANSLATE_NOOP("focal::Enums", text)

namespace focal {

using PS = ParticipationStatus;
const std::array<EnumEntry<PS>, 4> EnumTable<PS>::entries = {{
    {PS::Active, "active", L("active")},
    {PS::Initial, "initial", L("took part initially")},
    {PS::Invited, "invited", L("invited")},
    {PS::Withdrawn, "withdrawn", L("withdrawn")},
}};

using IK = InstitutionKind;
const std::array<EnumEntry<IK>, 5> EnumTable<IK>::entries = {{
    {IK::Ministry, "ministry", L("ministry")},
    {IK::Secretariat, "secretariat", L("secretariat")},
    {IK::Agency, "agency", L("agency")},
    {IK::Police, "police", L("police")},
    {IK::Other, "other", L("other")},
}};

using OK = OrganisationKind;
const std::array<EnumEntry<OK>, 4> EnumTable<OK>::entries = {{
    {OK::TechnicalSupport, "technical_support", L("technical support")},
    {OK::NationalCoordination, "national_coordination", L("national coordination")},
    {OK::ProTemporePresidency, "pro_tempore_presidency", L("pro tempore presidency")},
    {OK::Other, "other", L("other")},
}};

using PR = PersonRoleKind;
const std::array<EnumEntry<PR>, 5> EnumTable<PR>::entries = {{
    {PR::NationalCoordinator, "national_coordinator", L("national coordinator")},
    {PR::FocalPoint, "focal_point", L("focal point")},
    {PR::SectorCoordinator, "sector_coordinator", L("sector coordinator")},
    {PR::SubgroupLeader, "subgroup_leader", L("subgroup leader")},
    {PR::TechnicalSupport, "technical_support", L("technical support")},
}};

using MK = MeetingKind;
const std::array<EnumEntry<MK>, 4> EnumTable<MK>::entries = {{
    {MK::Videoconference, "videoconference", L("videoconference")},
    {MK::Workshop, "workshop", L("in-person workshop")},
    {MK::Training, "training", L("training")},
    {MK::EmailExchange, "email_exchange", L("exchange by e-mail")},
}};

using MS = MeetingScope;
const std::array<EnumEntry<MS>, 4> EnumTable<MS>::entries = {{
    {MS::Forum, "forum", L("forum")},
    {MS::Group, "group", L("working group")},
    {MS::Subgroup, "subgroup", L("subgroup")},
    {MS::National, "national", L("national")},
}};

using MR = MeetingRole;
const std::array<EnumEntry<MR>, 3> EnumTable<MR>::entries = {{
    {MR::Invited, "invited", L("invited")},
    {MR::Attended, "attended", L("attended")},
    {MR::Organiser, "organiser", L("organiser")},
}};

using CS = CommitmentStatus;
const std::array<EnumEntry<CS>, 3> EnumTable<CS>::entries = {{
    {CS::Open, "open", L("open")},
    {CS::Done, "done", L("done")},
    {CS::Dropped, "dropped", L("dropped")},
}};

using MinS = MinutesStatus;
const std::array<EnumEntry<MinS>, 4> EnumTable<MinS>::entries = {{
    {MinS::Draft, "draft", L("draft")},
    {MinS::Circulated, "circulated", L("circulated for comments")},
    {MinS::Approved, "approved", L("approved")},
    {MinS::Locked, "locked", L("locked")},
}};

using DK = DocumentKind;
const std::array<EnumEntry<DK>, 5> EnumTable<DK>::entries = {{
    {DK::SectoralPlan, "sectoral_plan", L("sectoral plan")},
    {DK::WorkPlanProposal, "work_plan_proposal", L("work plan proposal")},
    {DK::Proposal, "proposal", L("proposal")},
    {DK::Minutes, "minutes", L("minutes")},
    {DK::Other, "other", L("other")},
}};

using DS = DocumentStatus;
const std::array<EnumEntry<DS>, 5> EnumTable<DS>::entries = {{
    {DS::Draft, "draft", L("draft")},
    {DS::SentForComments, "sent_for_comments", L("sent for comments")},
    {DS::ObservationsReceived, "observations_received", L("observations received")},
    {DS::Approved, "approved", L("approved")},
    {DS::Delivered, "delivered", L("delivered")},
}};

const std::array<EnumEntry<PlanKind>, 2> EnumTable<PlanKind>::entries = {{
    {PlanKind::Sectoral, "sectoral", L("sectoral plan")},
    {PlanKind::Annual, "annual", L("annual work plan")},
}};

const std::array<EnumEntry<PlanItemLabel>, 2> EnumTable<PlanItemLabel>::entries = {{
    {PlanItemLabel::Products, "products", L("products")},
    {PlanItemLabel::Activities, "activities", L("activities")},
}};

using PIS = PlanItemStatus;
const std::array<EnumEntry<PIS>, 6> EnumTable<PIS>::entries = {{
    {PIS::Proposed, "proposed", L("proposed")},
    {PIS::Approved, "approved", L("approved")},
    {PIS::InProgress, "in_progress", L("in progress")},
    {PIS::Done, "done", L("done")},
    {PIS::Reprogrammed, "reprogrammed", L("reprogrammed")},
    {PIS::Cancelled, "cancelled", L("cancelled")},
}};

using TS = TextSection;
const std::array<EnumEntry<TS>, 7> EnumTable<TS>::entries = {{
    {TS::Introduction, "introduction", L("introduction")},
    {TS::Participation, "participation", L("participating countries")},
    {TS::Subgroups, "subgroups", L("subgroups")},
    {TS::Activities, "activities", L("activities")},
    {TS::Pandemic, "pandemic", L("impact of the pandemic")},
    {TS::Plan, "plan", L("work plan")},
    {TS::Other, "other", L("other")},
}};

} // namespace focal
