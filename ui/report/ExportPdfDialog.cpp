#include "report/ExportPdfDialog.h"

#include "ForumDocument.h"
#include "Prompts.h"
#include "report/IntroductionDialog.h"
#include "widgets/RecordChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace focal {
namespace {

const QString paperKey = QStringLiteral("report/paper");

using report::ReportKind;

bool byGroup(ReportKind kind)
{
    return kind == ReportKind::Annual || kind == ReportKind::Annex1 || kind == ReportKind::Annex2 ||
           kind == ReportKind::Bundle;
}

QComboBox *combo(const char *name, const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    return box;
}

QSpinBox *yearSpin(const char *name, const QString &accessibleName, int value)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(QLatin1String(name));
    spin->setAccessibleName(accessibleName);
    spin->setRange(1990, 2100);
    spin->setValue(value);
    return spin;
}

} // namespace

ExportPdfDialog::ExportPdfDialog(ForumDocument &document, Prompts &prompts, Purpose purpose,
                                 const Defaults &defaults, QWidget *parent)
    : QDialog(parent), m_document(document), m_prompts(prompts), m_purpose(purpose)
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(purpose == Purpose::Export ? tr("Export PDF") : tr("Print Report"));

    m_kind = combo("documentCombo", tr("Document"));
    for (const QString &key : report::ReportJob::keys()) {
        const ReportKind kind = *report::ReportJob::kindFromKey(key);
        // The bundle merges PDF files: there is nothing of it to print but its first part.
        if (purpose == Purpose::Print && kind == ReportKind::Bundle)
            continue;
        m_kind->addItem(report::ReportJob::displayName(kind), key);
    }
    m_group = combo("groupCombo", tr("Working group"));
    const int lastYear = (defaults.year > 0 ? defaults.year : QDate::currentDate().year()) - 1;
    m_firstYear = yearSpin("firstYearSpin", tr("First year"), lastYear - 1);
    m_lastYear = yearSpin("lastYearSpin", tr("Last year"), lastYear);
    m_planYear = yearSpin("planYearSpin", tr("Plan year"), lastYear + 1);
    m_yearsRow = new QWidget;
    auto *years = new QHBoxLayout(m_yearsRow);
    years->setContentsMargins(0, 0, 0, 0);
    years->addWidget(m_firstYear);
    years->addWidget(new QLabel(tr("to")));
    years->addWidget(m_lastYear);
    years->addStretch();
    // The plans are of the year after the report's, unless the person says otherwise.
    connect(m_lastYear, &QSpinBox::valueChanged, this, [this](int last) {
        if (m_firstYear->value() > last)
            m_firstYear->setValue(last);
        m_planYear->setValue(last + 1);
    });
    connect(m_firstYear, &QSpinBox::valueChanged, this, [this](int first) {
        if (m_lastYear->value() < first)
            m_lastYear->setValue(first);
    });
    m_plan = combo("planCombo", tr("Work plan"));
    m_meeting = combo("meetingCombo", tr("Meeting"));
    m_language = combo("languageCombo", tr("Language of the report"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("Portuguese"), QStringLiteral("pt"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_paper = combo("paperCombo", tr("Paper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(
        qMax(0, m_paper->findData(QSettings().value(paperKey, int(QPageSize::A4)).toInt())));
    m_pdfA = new QCheckBox(tr("PDF/&A for archiving"));
    m_pdfA->setObjectName(QStringLiteral("pdfaCheck"));
    m_introduction = new QPushButton(tr("Edit &Introduction…"));
    m_introduction->setObjectName(QStringLiteral("editIntroductionButton"));
    m_introduction->setToolTip(tr("Edit the introduction of the group's annual report"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Document:"), m_kind);
    m_form->addRow(tr("&Working group:"), m_group);
    m_form->addRow(tr("&Years:"), m_yearsRow);
    m_form->addRow(tr("Plans of &year:"), m_planYear);
    m_form->addRow(tr("Work &plan:"), m_plan);
    m_form->addRow(tr("&Meeting:"), m_meeting);
    m_form->addRow(tr("&Language:"), m_language);
    m_form->addRow(tr("Pape&r:"), m_paper);
    m_form->addRow(QString(), m_pdfA);
    m_form->addRow(QString(), m_introduction);
    if (purpose == Purpose::Print) { // Page Setup governs the paper of printed pages
        m_form->setRowVisible(m_paper, false);
        m_form->setRowVisible(m_pdfA, false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Export ? tr("&Export…") : tr("&Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    m_group->addItem(tr("All working groups"), QUuid());
    choices::addWorkingGroups(m_group, m_document.repository());
    m_group->setCurrentIndex(qMax(0, m_group->findData(defaults.groupId)));
    fillPlansAndMeetings(defaults.planId, defaults.meetingId);
    ReportKind kind = ReportKind::Annual;
    if (defaults.kind)
        kind = *defaults.kind;
    else if (!defaults.meetingId.isNull())
        kind = ReportKind::Minutes;
    else if (!defaults.planId.isNull())
        kind = ReportKind::Plan;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(report::ReportJob::key(kind))));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportPdfDialog::updateRows);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        fillPlansAndMeetings(m_plan->currentData().toUuid(), m_meeting->currentData().toUuid());
        updateRows();
    });
    connect(m_introduction, &QPushButton::clicked, this, &ExportPdfDialog::editIntroduction);
    const QList<QWidget *> order = {m_kind,     m_group, m_firstYear,    m_lastYear,
                                    m_planYear, m_plan,  m_meeting,      m_language,
                                    m_paper,    m_pdfA,  m_introduction, buttons};
    for (qsizetype i = 1; i < order.size(); ++i) // Qt 6.4 has no list form of setTabOrder
        setTabOrder(order.at(i - 1), order.at(i));
    updateRows();
}

void ExportPdfDialog::fillPlansAndMeetings(const QUuid &plan, const QUuid &meeting)
{
    choices::fillPlans(m_plan, m_document.database(), groupId(), plan);
    choices::fillMeetings(m_meeting, m_document.repository(), groupId(), meeting);
}

QUuid ExportPdfDialog::groupId() const
{
    return m_group->currentData().toUuid();
}

void ExportPdfDialog::updateRows()
{
    const ReportKind kind = request().kind;
    m_form->setRowVisible(m_yearsRow, kind == ReportKind::Annual);
    m_form->setRowVisible(m_planYear, kind == ReportKind::Annual);
    m_form->setRowVisible(m_plan, kind == ReportKind::Plan);
    m_form->setRowVisible(m_meeting, kind == ReportKind::Minutes);
    m_form->setRowVisible(m_group, kind != ReportKind::Plan && kind != ReportKind::Minutes);
    m_form->setRowVisible(m_introduction, kind == ReportKind::Annual);
    m_introduction->setEnabled(!groupId().isNull());
}

report::ReportRequest ExportPdfDialog::request() const
{
    report::ReportRequest r;
    r.kind = report::ReportJob::kindFromKey(m_kind->currentData().toString())
                 .value_or(ReportKind::Annual);
    r.groupId = groupId();
    r.firstYear = m_firstYear->value();
    r.lastYear = m_lastYear->value();
    r.planYear = m_planYear->value();
    r.planId = m_plan->currentData().toUuid();
    r.meetingId = m_meeting->currentData().toUuid();
    languageFromCode(m_language->currentData().toString(), &r.language);
    return r;
}

QPageSize::PageSizeId ExportPdfDialog::paper() const
{
    return QPageSize::PageSizeId(m_paper->currentData().toInt());
}

bool ExportPdfDialog::pdfA() const
{
    return m_purpose == Purpose::Export && m_pdfA->isChecked();
}

void ExportPdfDialog::accept()
{
    const report::ReportRequest r = request();
    QString missing;
    if (byGroup(r.kind) && r.groupId.isNull())
        missing = tr("Choose the working group of the report.");
    else if (r.kind == ReportKind::Plan && r.planId.isNull())
        missing = tr("Choose the work plan to print.");
    else if (r.kind == ReportKind::Minutes && r.meetingId.isNull())
        missing = tr("Choose the meeting whose minutes to print.");
    if (!missing.isEmpty()) {
        m_prompts.inform(this, windowTitle(), missing);
        return;
    }
    if (m_purpose == Purpose::Export)
        QSettings().setValue(paperKey, int(paper()));
    QDialog::accept();
}

void ExportPdfDialog::editIntroduction()
{
    if (groupId().isNull())
        return;
    auto *dialog = new IntroductionDialog(m_document, m_prompts, groupId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace focal
