#pragma once

#include "Result.h"

#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace focal {

class ForumDocument;

// The frame every editing form shares: a heading, the fields in a form layout with a
// validation message under each, and Apply / Revert. Apply (also Ctrl+Return and Ctrl+S, the
// reflex of people used to saving) writes through the commands facade only when every field is
// valid; Revert reloads the stored record. While nothing is being edited the form follows the
// database (undo, another view); unapplied typing is never overwritten by such a refresh.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(ForumDocument &document, const QString &heading, QWidget *parent = nullptr);

    // Loads the record into the fields; false when it could not be read.
    bool showRecord(const QUuid &id);
    QUuid recordId() const { return m_id; }
    bool isDirty() const { return m_dirty; }

    // Validates and writes; true when the stored record now matches the fields.
    bool apply();
    void revert();

    // Where the keyboard goes when the form is opened for a new record.
    virtual QWidget *firstField() const = 0;

protected:
    virtual bool load(const QUuid &id) = 0;
    // Shows a message next to every invalid field; true when all are valid.
    virtual bool validate() = 0;
    virtual Result<void> save() = 0;

    ForumDocument &document() { return m_document; }
    // Adds a labelled field; returns the (hidden) label that shows its validation message.
    QLabel *addField(const QString &label, QWidget *field, const QString &accessibleName);
    // Shows `message` under the field (and as its accessible description); empty clears it.
    static void setFieldMessage(QWidget *field, QLabel *messageLabel, const QString &message);
    // Field editors connect their change signals here.
    void fieldChanged();
    bool loading() const { return m_loading; }

private:
    void setDirty(bool dirty);
    void databaseChanged();

    ForumDocument &m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QUuid m_id;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace focal
