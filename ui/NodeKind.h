#pragma once

namespace focal {

// What a row of the forum tree stands for. The tree model, the details pane and (later) the
// editing forms all dispatch on it, so it lives apart from any one of them.
enum class NodeKind {
    Forum,
    Area,
    Group,
    Subgroup,
    Plan,          // a group's sectoral plan or a work plan, under its group or subgroup
    CountriesRoot, // the "Countries" heading: no record of its own
    Country,
    Institution,
    Person,       // under its institution, or under the country when it has none
    MeetingsRoot, // the "Meetings" heading
    MeetingYear,  // a year under it (or "Undated"): no record of its own
    Meeting,
    DocumentsRoot, // the "Documents" heading: the groups' documents (Anexo 2)
    Document,
};

} // namespace focal
