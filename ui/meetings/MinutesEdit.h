#pragma once

#include <QTextEdit>

namespace focal {

// The rich-text field of a meeting's minutes, stored as Markdown. It never loads anything from
// outside: resources other than inline "data:" and the program's own ("qrc:") come back empty,
// whatever a stored text or a paste names (an image on a server would tell a third party that
// the minutes were opened, or leak a local file's content). A paste brings plain text, or
// formatted text passed through Markdown without HTML and without images.
class MinutesEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit MinutesEdit(QWidget *parent = nullptr);

    // Shows `markdown` (HTML in it is shown as text, never interpreted).
    void setMarkdownText(const QString &markdown);
    // The text as Markdown, without images that are not inline data.
    QString markdownText() const;

    // How many resources were asked for, and how many of them were refused: a test's window on
    // what showing the minutes tried to fetch.
    int resourceRequests() const { return m_requests; }
    int refusedResources() const { return m_refused; }

signals:
    // A paste was refused (too long); the sentence says why.
    void pasteRefused(const QString &message);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int m_requests = 0;
    int m_refused = 0;
};

} // namespace focal
