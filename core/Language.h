#pragma once

#include <QString>

namespace focal {

// The three working languages of PROSUR. English is the source language of the program;
// Spanish is the default for data and reports.
enum class Language { Spanish, Portuguese, English };

inline QString languageCode(Language lang)
{
    switch (lang) {
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::Portuguese:
        return QStringLiteral("pt");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("es");
}

inline bool languageFromCode(const QString &code, Language *out)
{
    const QString c = code.trimmed().toLower().left(2);
    if (c == QLatin1String("es"))
        *out = Language::Spanish;
    else if (c == QLatin1String("pt"))
        *out = Language::Portuguese;
    else if (c == QLatin1String("en"))
        *out = Language::English;
    else
        return false;
    return true;
}

} // namespace focal
