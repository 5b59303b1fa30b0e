#pragma once

#include "Language.h"
#include "model/Record.h"

namespace focal {

// A country (ISO 3166-1) with its name in the three working languages of PROSUR.
struct Country
{
    RecordMeta meta;
    QString iso2;
    QString iso3;
    QString numeric;
    QString nameEs;
    QString namePt;
    QString nameEn;

    QString name(Language lang = Language::Spanish) const
    {
        switch (lang) {
        case Language::Portuguese:
            return namePt;
        case Language::English:
            return nameEn;
        case Language::Spanish:
            break;
        }
        return nameEs;
    }

    static constexpr const char *table = "country";
    static auto fields()
    {
        return std::make_tuple(
            field("iso2", &Country::iso2), field("iso3", &Country::iso3),
            field("iso_numeric", &Country::numeric), field("name_es", &Country::nameEs),
            field("name_pt", &Country::namePt), field("name_en", &Country::nameEn));
    }
};

} // namespace focal
