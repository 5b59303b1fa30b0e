#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace focal {

// The language of the program's own words (menus, messages, Focal's names for statuses, kinds,
// countries and deadlines) and of its dates and numbers. It is the one chosen in the settings;
// when none is chosen, the system's among Spanish, Portuguese and English; otherwise Spanish,
// PROSUR's working language. FOCAL_LANGUAGE=es|pt|en in the environment overrides both (scripts
// and tests that read the program's output). Reports choose their language on their own.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(focal::UiLanguage)

public:
    // The language installed last (Spanish until install() runs).
    static Language current();
    // The setting; nullopt when the program follows the system.
    static std::optional<Language> preference();
    static void setPreference(std::optional<Language> language);
    // The system's language when it is one of the three, else Spanish.
    static Language system();
    // What install() should use now: the environment, the setting, the system.
    static Language resolved();

    // The locale of a language's dates and numbers: Spanish and Portuguese as written in
    // South America (es_419, pt_BR), English as in Guyana (en_GY).
    static QLocale locale(Language language);
    // The language's own name, as a menu offers it ("Español", "Português", "English").
    static QString nativeName(Language language);

    // Installs Focal's catalogue and Qt's own (standard buttons and dialogs) for `language` on
    // the application, replacing those installed before, and makes its locale the default.
    // Widgets that exist are sent a LanguageChange event by Qt. False when a catalogue the
    // language needs could not be loaded (the program then shows English source text).
    static bool install(Language language);
};

} // namespace focal
