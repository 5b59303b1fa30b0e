#pragma once

#include "plans/PlanVersions.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QTableWidget;

namespace focal {

class ForumDocument;

// A plan's history and its kept versions: the dated steps of its life, and the differences
// between two versions, or between a version and the plan as it is now (rows added, removed,
// changed field by field, deadlines moved later or earlier), in a table.
class PlanVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    PlanVersionsDialog(ForumDocument &document, const QUuid &planId, QWidget *parent = nullptr);

    // The "newer" choice that stands for the plan's current content.
    static constexpr int CurrentContent = -1;

private:
    void fillEvents();
    void fillVersions();
    void compare();
    void addRow(const QString &change, const QString &item, const QString &field,
                const QString &before, const QString &after);
    QString shown(PlanVersions::Field field, const QString &value) const;
    Result<QList<PlanVersions::Item>> content(int choice) const;

    ForumDocument &m_document;
    QUuid m_planId;
    QList<PlanVersion> m_versions;
    QHash<QUuid, QString> m_countryNames;
    QHash<QUuid, QString> m_itemTexts; // of both compared contents, to name a parent line
    QTableWidget *m_events = nullptr;
    QComboBox *m_older = nullptr;
    QComboBox *m_newer = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace focal
