#pragma once

#include "Deadline.h"
#include "Language.h"

#include <QString>

namespace focal {

// A deadline as a person reads it in a language: the words it was written with when they are in
// that language ("Oct – dic. 2020" stays in Spanish), otherwise Focal's own wording of the same
// deadline ("Primeiro bimestre de 2021" for "Primer bimestre 2021" in Portuguese). Shared by the
// program's views and the reports, so that both say a deadline the same way.
QString deadlineWords(const Deadline &deadline, const QString &written, Language lang);

// The language a deadline's words are in, judged by the words Focal itself would use for the
// same deadline in each language; Spanish when nothing tells them apart.
Language deadlineLanguage(const Deadline &deadline, const QString &written);

} // namespace focal
