#pragma once

#include "Language.h"

#include <QObject>

#include <optional>

class QAction;
class QMainWindow;

namespace focal {

// Settings → Language: follow the system, or Español, Português, English (each language named in
// itself, so that anyone finds their own). The choice is remembered (UiLanguage) and announced
// with chosen(); the window is rebuilt in that language by its WindowHost.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the submenu at the end of the window's menu named "settingsMenu" (else "viewMenu").
    explicit LanguageMenu(QMainWindow *window);

    // The action for a language; for nullopt, the one that follows the system.
    QAction *action(std::optional<Language> language) const;

signals:
    // The language the program now uses, when it differs from the one installed.
    void chosen(focal::Language language);

private:
    void choose(std::optional<Language> language);

    QList<QPair<std::optional<Language>, QAction *>> m_actions;
};

} // namespace focal
