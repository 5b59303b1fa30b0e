#pragma once

#include "ReportJob.h"

#include <QDialog>
#include <QPageSize>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;
class QSpinBox;

namespace focal {

class ForumDocument;
class Prompts;

// Chooses what to export or print: the document (annual report, the annexes, a work plan, a
// meeting's minutes, commitments, the timeline, the annex bundle), the working group, the years
// and plan year of the annual report, the plan or the meeting, the report's language and, for a
// PDF, the paper (remembered) and PDF/A. Only the choices the document uses are shown. The
// annual report's introduction can be edited from here (IntroductionDialog).
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Export, Print };
    // What the window's selection suggests; null ids choose nothing.
    struct Defaults
    {
        std::optional<report::ReportKind> kind;
        QUuid groupId;
        QUuid planId;
        QUuid meetingId;
        int year = 0; // the current year: the report's last year is the one before
    };

    ExportPdfDialog(ForumDocument &document, Prompts &prompts, Purpose purpose,
                    const Defaults &defaults, QWidget *parent = nullptr);

    report::ReportRequest request() const;
    QPageSize::PageSizeId paper() const;
    bool pdfA() const;

    void accept() override;

private:
    // The group's plans and meetings, choosing these when they are offered.
    void fillPlansAndMeetings(const QUuid &plan, const QUuid &meeting);
    void updateRows();
    void editIntroduction();
    QUuid groupId() const;

    ForumDocument &m_document;
    Prompts &m_prompts;
    Purpose m_purpose;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_group = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QSpinBox *m_lastYear = nullptr;
    QSpinBox *m_planYear = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_meeting = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QPushButton *m_introduction = nullptr;
    QWidget *m_yearsRow = nullptr;
};

} // namespace focal
