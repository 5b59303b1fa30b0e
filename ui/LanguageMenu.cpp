#include "LanguageMenu.h"

#include "support/UiLanguage.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>

namespace focal {

LanguageMenu::LanguageMenu(QMainWindow *window) : QObject(window)
{
    // In Settings, with the site's identity; in View when the window has no Settings menu.
    QMenu *parent = window->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    if (!parent)
        parent = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!parent)
        return;
    parent->addSeparator();
    QMenu *menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);

    const std::optional<Language> preference = UiLanguage::preference();
    const auto add = [&](std::optional<Language> language, const QString &text,
                         const QString &name) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(preference == language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
        m_actions.append({language, action});
    };
    add(std::nullopt,
        tr("Follow the &System (%1)").arg(UiLanguage::nativeName(UiLanguage::system())),
        QStringLiteral("languageSystemAction"));
    menu->addSeparator();
    for (Language language : {Language::Spanish, Language::Portuguese, Language::English})
        add(language, UiLanguage::nativeName(language),
            QStringLiteral("languageAction_") + languageCode(language));
}

QAction *LanguageMenu::action(std::optional<Language> language) const
{
    for (const auto &[lang, action] : m_actions)
        if (lang == language)
            return action;
    return nullptr;
}

void LanguageMenu::choose(std::optional<Language> language)
{
    UiLanguage::setPreference(language);
    const Language now = UiLanguage::resolved();
    if (now != UiLanguage::current())
        emit chosen(now);
}

} // namespace focal
