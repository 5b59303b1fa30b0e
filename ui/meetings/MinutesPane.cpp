#include "MinutesPane.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"
#include "MinutesEdit.h"
#include "MinutesText.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

namespace focal {

MinutesPane::MinutesPane(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_edit = new MinutesEdit(this);
    m_edit->installEventFilter(this);
    m_bar = new QToolBar(tr("Format"), this);
    m_bar->setObjectName(QStringLiteral("minutesFormat"));
    const auto action = [&](const QString &text, const char *name, const QKeySequence &key,
                            auto slot) {
        QAction *a = m_bar->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        addAction(a); // its shortcut works while the text has the focus
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return a;
    };
    action(tr("Heading 1"), "heading1", QKeySequence(Qt::CTRL | Qt::Key_1),
           [this] { setHeading(1); });
    action(tr("Heading 2"), "heading2", QKeySequence(Qt::CTRL | Qt::Key_2),
           [this] { setHeading(2); });
    action(tr("Heading 3"), "heading3", QKeySequence(Qt::CTRL | Qt::Key_3),
           [this] { setHeading(3); });
    action(tr("Body text"), "bodyText", QKeySequence(Qt::CTRL | Qt::Key_0),
           [this] { setHeading(0); });
    m_bar->addSeparator();
    action(tr("Bold"), "bold", QKeySequence::Bold, [this] { toggleBold(); });
    action(tr("Italic"), "italic", QKeySequence::Italic, [this] { toggleItalic(); });
    action(tr("Bulleted list"), "bulletList", {}, [this] { makeList(false); });
    action(tr("Numbered list"), "numberedList", {}, [this] { makeList(true); });
    action(tr("Insert table"), "insertTable", {}, [this] { insertTable(); });
    m_bar->addSeparator();
    m_save = action(tr("Save minutes"), "saveMinutes", QKeySequence::Save, [this] { save(); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("minutesMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_edit, &MinutesEdit::pasteRefused, this, &MinutesPane::showMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_message);
}

void MinutesPane::load(const QUuid &meetingId, const QString &markdown)
{
    const bool sameMeeting = meetingId == m_meetingId;
    if (sameMeeting && markdown == m_stored)
        return;
    if (sameMeeting && m_edit->document()->isModified())
        return; // the person's unsaved text wins until they save it
    m_meetingId = meetingId;
    m_stored = markdown;
    if (const QString tooLong = MinutesText::tooLongMessage(markdown.size()); !tooLong.isEmpty()) {
        // Stored by another program: not laid out (it would freeze the window), not editable.
        m_edit->setMarkdownText(QString());
        m_edit->setReadOnly(true);
        showMessage(tooLong);
        return;
    }
    m_edit->setMarkdownText(markdown);
    showMessage(QString());
}

void MinutesPane::setReadOnly(bool readOnly)
{
    const bool tooLong = m_stored.size() > MinutesText::maxLength;
    m_edit->setReadOnly(readOnly || tooLong);
    m_bar->setEnabled(!readOnly && !tooLong);
}

QString MinutesPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MinutesPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool MinutesPane::save()
{
    if (m_meetingId.isNull() || m_edit->isReadOnly() || !m_edit->document()->isModified())
        return true;
    const QString markdown = m_edit->markdownText();
    auto written = commands::setMinutes(m_document, m_meetingId, markdown);
    if (!written) {
        showMessage(written.error().message);
        emit errorOccurred(written.error());
        return false;
    }
    showMessage(QString());
    m_edit->document()->setModified(false);
    if (auto stored = m_document.repository().get<Meeting>(m_meetingId))
        m_stored = stored->minutes;
    return true;
}

bool MinutesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void MinutesPane::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    // The size follows the level (Markdown keeps only the level); the text typed next too.
    QTextCharFormat chars;
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    QTextCharFormat typing = m_edit->currentCharFormat();
    typing.merge(chars);
    m_edit->setCurrentCharFormat(typing);
}

void MinutesPane::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
}

void MinutesPane::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
}

void MinutesPane::makeList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
}

void MinutesPane::insertTable()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    cursor.insertTable(3, 3, format);
}

} // namespace focal
