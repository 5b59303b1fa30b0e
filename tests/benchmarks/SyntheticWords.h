#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace focal::bench {

// A noun phrase with its indefinite article, so that sentences agree in gender.
struct Noun
{
    QString article; // "un" / "una"
    QString noun;    // "diagnóstico regional"
};

struct Verb
{
    QString infinitive; // "elaborar"
    QString future;     // "elaborará"
};

// Capital city and IANA time zone of the countries of the default data, by ISO code.
struct Place
{
    QString city;
    QString timeZone;
};

// Topics of a working group by its short name in the default data (general ones otherwise).
const QStringList &topicsFor(const QString &shortName);
const std::vector<Noun> &nouns();
const std::vector<Verb> &verbs();
const QStringList &lineOpenings();
const QStringList &decisions();
const QStringList &notes();
Place placeOf(const QString &iso2);

} // namespace focal::bench
