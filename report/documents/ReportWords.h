#pragma once

#include "Deadline.h"
#include "Language.h"
#include "model/Enums.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace focal::report {

// Focal's own words in a report (headings, labels, statuses, meeting kinds, dates), in the
// report's language, which is chosen apart from the program's: the UI's translator speaks the
// user's language, the report speaks its reader's. A lookup table by key, with Spanish,
// Portuguese and English for each entry. What people wrote is never passed through here.
class ReportWords
{
public:
    // The entry `key` in `lang`; "%1"-style placeholders are left for the caller's arg().
    // An unknown key returns the key itself, so a missing entry shows in tests and proofs.
    static QString text(Language lang, const char *key);
    static QString text(Language lang, const QString &key);

    // A date as people write it: "19 de diciembre de 2019", "19 de dezembro de 2019",
    // "19 December 2019". An invalid date reads "sin fecha" (undated) in the language.
    static QString date(QDate day, Language lang);
    // A time with its zone when known: "10:00 (America/Santiago)".
    static QString time(QTime at, const QString &timeZone);
    // "Chile, Ecuador y Perú" / "Chile, Equador e Peru" / "Chile, Ecuador and Peru".
    static QString joinList(const QStringList &items, Language lang);
    // "2019 y 2020", "2019, 2020 y 2021".
    static QString years(int first, int last, Language lang);
    // Lower-case and upper-case roman numerals (1 to 39), as reports number subsections.
    static QString roman(int n, bool upper);
    // The letter of the n-th subsection, counted from 1: "a", "b", ...
    static QString letter(int n);

    // A deadline in the report's language: as it was written when it was written in that
    // language (so a plan table reads exactly as its authors wrote it), otherwise Focal's
    // wording of the same deadline in the report's language.
    static QString deadline(const Deadline &deadline, const QString &written, Language lang);
    // The language a deadline's words are in, judged by the words Focal itself would use for
    // the same deadline in each language; Spanish when nothing tells them apart.
    static Language deadlineLanguage(const Deadline &deadline, const QString &written);

    // Labels of the closed vocabularies, in the report's language.
    template <typename E> static QString label(E value, Language lang)
    {
        return text(lang, QLatin1String(family(value)) + QLatin1Char('.') + enumKey(value));
    }

private:
    static const char *family(ParticipationStatus) { return "participation"; }
    static const char *family(MeetingKind) { return "meetingKind"; }
    static const char *family(MeetingScope) { return "scope"; }
    static const char *family(MeetingRole) { return "role"; }
    static const char *family(CommitmentStatus) { return "commitment"; }
    static const char *family(MinutesStatus) { return "minutes"; }
    static const char *family(DocumentKind) { return "documentKind"; }
    static const char *family(DocumentStatus) { return "documentStatus"; }
    static const char *family(PlanItemStatus) { return "itemStatus"; }
    static const char *family(PlanItemLabel) { return "itemLabel"; }
};

} // namespace focal::report
