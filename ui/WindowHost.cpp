#include "WindowHost.h"

#include "ForumDocument.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "support/UiLanguage.h"

namespace focal {

WindowHost::WindowHost(std::unique_ptr<ForumDocument> document,
                       std::function<void(MainWindow &)> prepare)
    : m_prepare(std::move(prepare))
{
    adopt(std::make_unique<MainWindow>(std::move(document)));
}

WindowHost::~WindowHost() = default;

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    m_window = std::move(window);
    if (m_prepare)
        m_prepare(*m_window);
    if (auto *menu = m_window->findChild<LanguageMenu *>())
        // Queued: the window that sent it goes away while it is rebuilt.
        connect(menu, &LanguageMenu::chosen, this, &WindowHost::switchLanguage,
                Qt::QueuedConnection);
}

bool WindowHost::switchLanguage(Language language)
{
    const bool visible = m_window->isVisible();
    const QByteArray geometry = m_window->saveGeometry();
    const QUuid current = m_window->currentRecordId();
    std::unique_ptr<ForumDocument> document = m_window->releaseDocument();
    if (!document)
        return false;
    UiLanguage::install(language);
    // The old window goes first: two windows would both save their layout.
    m_window.reset();
    adopt(std::make_unique<MainWindow>(std::move(document)));
    m_window->restoreGeometry(geometry);
    if (!current.isNull())
        m_window->selectRecord(current);
    if (visible)
        m_window->show();
    emit windowReplaced(m_window.get());
    return true;
}

} // namespace focal
