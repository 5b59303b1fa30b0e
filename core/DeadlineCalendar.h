#pragma once

#include "Deadline.h"

// Internal: calendar arithmetic shared by Deadline and its parser. Not part of the public API.

namespace focal::detail {

inline bool yearInRange(int y)
{
    return y >= Deadline::MinYear && y <= Deadline::MaxYear;
}

// 1 for kinds that are not subdivisions of a year.
inline int periodsPerYear(Deadline::Kind k)
{
    using Kind = Deadline::Kind;
    return k == Kind::Month      ? 12
           : k == Kind::Bimester ? 6
           : k == Kind::Quarter  ? 4
           : k == Kind::Semester ? 2
                                 : 1;
}

} // namespace focal::detail
