#pragma once

#include "Result.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace focal {

class ForumDocument;
class MinutesEdit;

// The minutes of a meeting: the rich-text field with its format tool bar (heading levels,
// bold, italic, lists, a table). The text is saved as Markdown when the person leaves the
// field or saves (Ctrl+S), successive saves of one meeting making one undo step; minutes too
// long to keep are refused with the reason and the stored text stays.
class MinutesPane : public QWidget
{
    Q_OBJECT

public:
    explicit MinutesPane(ForumDocument &document, QWidget *parent = nullptr);

    // Shows the stored minutes unless the person is editing them (unsaved text is kept).
    void load(const QUuid &meetingId, const QString &markdown);
    void setReadOnly(bool readOnly);
    // Saves the text when it changed; false when refused (see message()).
    bool save();
    QString message() const;

    MinutesEdit *edit() const { return m_edit; }
    QToolBar *formatBar() const { return m_bar; }
    QAction *saveAction() const { return m_save; }

signals:
    void errorOccurred(const Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setHeading(int level);
    void toggleBold();
    void toggleItalic();
    void makeList(bool numbered);
    void insertTable();
    void showMessage(const QString &text);

    ForumDocument &m_document;
    QUuid m_meetingId;
    QString m_stored; // what the database holds, as last loaded
    MinutesEdit *m_edit = nullptr;
    QToolBar *m_bar = nullptr;
    QAction *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace focal
