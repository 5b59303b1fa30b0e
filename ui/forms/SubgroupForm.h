#pragma once

#include "forms/RecordForm.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace focal {

// Edits a subgroup: number (1 or more, unique in its group), name (required), objective, the
// leading country and the member countries. The leader is not offered as a member. Fewer
// countries than the forum's rule asks for is a warning, not an error: the seed data has such
// subgroups, and the forum decides.
class SubgroupForm : public RecordForm
{
    Q_OBJECT

public:
    explicit SubgroupForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    void fillCountries();
    void leaderChanged();
    QList<QUuid> checkedMembers() const;

    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_objective = nullptr;
    QComboBox *m_leader = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_warning = nullptr;
    QUuid m_groupId;
};

} // namespace focal
