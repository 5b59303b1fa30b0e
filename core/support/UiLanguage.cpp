#include "support/UiLanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace focal {
namespace {

const auto settingKey = QStringLiteral("interface/language");

Language g_current = Language::Spanish;

// Installed on the application, so they live as long as the process.
std::unique_ptr<QTranslator> &focalTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::optional<Language> parse(const QString &code)
{
    Language lang;
    if (languageFromCode(code, &lang))
        return lang;
    return std::nullopt;
}

// Removes the translator installed before and installs a new one from `file` in `folder`;
// false when the file is not there.
bool replace(std::unique_ptr<QTranslator> &slot, const QString &file, const QString &folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
        slot.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder))
        return false;
    QCoreApplication::installTranslator(translator.get());
    slot = std::move(translator);
    return true;
}

} // namespace

Language UiLanguage::current()
{
    return g_current;
}

std::optional<Language> UiLanguage::preference()
{
    return parse(QSettings().value(settingKey).toString());
}

void UiLanguage::setPreference(std::optional<Language> language)
{
    QSettings settings;
    if (language)
        settings.setValue(settingKey, languageCode(*language));
    else
        settings.remove(settingKey);
}

Language UiLanguage::system()
{
    // The person's preferred languages in order ("pt-BR", "en-US", ...): the first one Focal
    // speaks wins.
    for (const QString &name : QLocale::system().uiLanguages())
        if (const auto lang = parse(name))
            return *lang;
    return Language::Spanish;
}

Language UiLanguage::resolved()
{
    if (const auto forced = parse(qEnvironmentVariable("FOCAL_LANGUAGE")))
        return *forced;
    if (const auto chosen = preference())
        return *chosen;
    return system();
}

QLocale UiLanguage::locale(Language language)
{
    switch (language) {
    case Language::Portuguese:
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    case Language::English:
        return QLocale(QLocale::English, QLocale::Guyana);
    case Language::Spanish:
        break;
    }
    return QLocale(QLocale::Spanish, QLocale::LatinAmerica);
}

QString UiLanguage::nativeName(Language language)
{
    switch (language) {
    case Language::Portuguese:
        return QStringLiteral("Português");
    case Language::English:
        return QStringLiteral("English");
    case Language::Spanish:
        break;
    }
    return QStringLiteral("Español");
}

bool UiLanguage::install(Language language)
{
    g_current = language;
    const QLocale locale = UiLanguage::locale(language);
    QLocale::setDefault(locale);
    bool ok = true;
    if (language == Language::English) {
        // English is the source: no catalogue of Focal's; Qt's own speaks English too.
        replace(focalTranslator(), QString(), QString());
        replace(qtTranslator(), QString(), QString());
    } else {
        ok = replace(focalTranslator(), QStringLiteral("focal_") + languageCode(language),
                     QStringLiteral(":/i18n"));
        // Qt's catalogues are named by locale where the language has variants (qtbase_pt_BR).
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!replace(qtTranslator(), QStringLiteral("qtbase_") + locale.name(), folder))
            replace(qtTranslator(), QStringLiteral("qtbase_") + languageCode(language), folder);
    }
    return ok;
}

} // namespace focal
