#include "plans/PlanPropertiesDialog.h"

#include "Commands.h"
#include "ForumDocument.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace focal {

PlanPropertiesDialog::PlanPropertiesDialog(ForumDocument &document, const QUuid &planId,
                                           QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Plan Properties"));
    if (auto plan = document.repository().get<Plan>(planId))
        m_plan = *plan;

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(m_plan.title);
    m_title->setObjectName(QStringLiteral("title"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const auto &e : EnumTable<PlanKind>::entries)
        m_kind->addItem(enumLabel(e.value), int(e.value));
    m_kind->setCurrentIndex(m_kind->findData(int(m_plan.kind)));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(Deadline::MinYear, Deadline::MaxYear);
    m_year->setSpecialValueText(tr("none")); // the minimum stands for "no year"
    m_year->setMinimum(Deadline::MinYear - 1);
    m_year->setValue(m_plan.year.value_or(Deadline::MinYear - 1));
    m_label = new QComboBox;
    m_label->setObjectName(QStringLiteral("itemLabel"));
    for (const auto &e : EnumTable<PlanItemLabel>::entries)
        m_label->addItem(enumLabel(e.value), int(e.value));
    m_label->setCurrentIndex(m_label->findData(int(m_plan.itemLabel)));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Its items are:"), m_label);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_title, &QLineEdit::textChanged, this, &PlanPropertiesDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanPropertiesDialog::validate);
    connect(m_year, &QSpinBox::valueChanged, this, &PlanPropertiesDialog::validate);
    validate();
}

Plan PlanPropertiesDialog::edited() const
{
    Plan plan = m_plan;
    plan.title = m_title->text().trimmed();
    plan.kind = PlanKind(m_kind->currentData().toInt());
    plan.itemLabel = PlanItemLabel(m_label->currentData().toInt());
    if (m_year->value() >= Deadline::MinYear)
        plan.year = m_year->value();
    else
        plan.year.reset();
    return plan;
}

void PlanPropertiesDialog::validate()
{
    const Plan plan = edited();
    QString problem;
    if (plan.title.isEmpty())
        problem = tr("Give the plan a title.");
    else if (plan.kind == PlanKind::Annual && !plan.year)
        problem = tr("An annual work plan needs its year.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

void PlanPropertiesDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (auto changed = commands::edit(m_document, edited(), tr("Change plan properties"));
        !changed) {
        m_problem->setText(changed.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace focal
