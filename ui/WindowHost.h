#pragma once

#include "Language.h"

#include <QObject>

#include <functional>
#include <memory>

namespace focal {

class ForumDocument;
class MainWindow;

// The program's main window and what outlives it. Choosing another language in Settings → Language
// rebuilds the window in that language around the same open document, on the same record, with
// its undo history: every menu, view and form is made with tr() when it is built, so a new
// window speaks the new language throughout.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    // `prepare` is applied to every window made (the first one too), before it is shown: tests
    // give it their prompts and date.
    explicit WindowHost(std::unique_ptr<ForumDocument> document,
                        std::function<void(MainWindow &)> prepare = {});
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }

    // Installs `language` and rebuilds the window; false when the window kept the document (the
    // person chose to stay with unapplied edits) and nothing changed.
    bool switchLanguage(Language language);

signals:
    void windowReplaced(focal::MainWindow *window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    std::function<void(MainWindow &)> m_prepare;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace focal
