#include "MinutesEdit.h"

#include "MinutesText.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>

#include <algorithm>

namespace focal {
namespace {

// Removes every image of `document` that is not inline data (back to front, so that earlier
// positions stay right).
void removeForeignImages(QTextDocument &document)
{
    QList<QPair<int, int>> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!MinutesText::isLocalResource(QUrl(image.name())))
                spans.append({fragment.position(), fragment.length()});
        }
    }
    QTextCursor cursor(&document);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

// A QTextDocument that loads nothing: used to read pasted HTML without fetching its images.
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

MinutesEdit::MinutesEdit(QWidget *parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("minutes"));
    setAcceptRichText(true);
    setTabChangesFocus(false);
}

void MinutesEdit::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    document()->setModified(false);
}

QString MinutesEdit::markdownText() const
{
    // Images cannot be added here, but a stored text may have brought some: never kept.
    InertDocument copy;
    copy.setMarkdown(document()->toMarkdown(), QTextDocument::MarkdownNoHTML);
    removeForeignImages(copy);
    return MinutesText::clean(copy.toMarkdown());
}

QVariant MinutesEdit::loadResource(int type, const QUrl &name)
{
    ++m_requests;
    if (!MinutesText::isLocalResource(name)) {
        ++m_refused;
        return {};
    }
    return QTextEdit::loadResource(type, name);
}

bool MinutesEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml() ||
           source->hasFormat(QStringLiteral("text/markdown"));
}

void MinutesEdit::insertFromMimeData(const QMimeData *source)
{
    // Measured before any parsing: a huge paste is refused at once, not laid out first.
    qsizetype size = 0;
    for (const QString &format : source->formats())
        size = std::max(size, source->data(format).size() / qsizetype(sizeof(QChar)));
    if (source->hasText())
        size = std::max(size, source->text().size());
    if (size > MinutesText::maxLength) {
        emit pasteRefused(MinutesText::tooLongMessage(size));
        return;
    }

    QString markdown;
    if (source->hasFormat(QStringLiteral("text/markdown"))) {
        markdown = QString::fromUtf8(source->data(QStringLiteral("text/markdown")));
    } else if (source->hasHtml()) {
        InertDocument pasted;
        pasted.setHtml(source->html());
        removeForeignImages(pasted);
        markdown = pasted.toMarkdown();
    } else {
        QTextCursor cursor = textCursor();
        cursor.insertText(source->text());
        setTextCursor(cursor);
        return;
    }
    // Markdown goes through a document that reads no HTML, then through the cleaning rules.
    InertDocument parsed;
    parsed.setMarkdown(MinutesText::clean(markdown), QTextDocument::MarkdownNoHTML);
    removeForeignImages(parsed);
    QTextCursor cursor = textCursor();
    cursor.insertFragment(QTextDocumentFragment(&parsed));
    setTextCursor(cursor);
}

} // namespace focal
