#include "plans/PlanVersionsDialog.h"

#include "DeadlineWords.h"
#include "ForumDocument.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "plans/PlanLifecycle.h"
#include "support/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {
namespace {

QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void appendRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString words(const Deadline &d, const QString &written)
{
    return deadlineWords(d, written, UiLanguage::current());
}

} // namespace

PlanVersionsDialog::PlanVersionsDialog(ForumDocument &document, const QUuid &planId,
                                       QWidget *parent)
    : QDialog(parent), m_document(document), m_planId(planId)
{
    Repository &repo = document.repository();
    const auto plan = repo.get<Plan>(planId);
    setWindowTitle(tr("History and Versions of %1").arg(plan ? plan->title : QString()));
    if (auto countries = repo.list<Country>())
        for (const Country &c : *countries)
            m_countryNames.insert(c.meta.id, c.name(UiLanguage::current()));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Steps of the plan's life:")));
    m_events = table(QStringLiteral("events"), {tr("Date"), tr("State"), tr("Country"),
                                                tr("Recipient"), tr("Meeting"), tr("Note")});
    layout->addWidget(m_events);

    auto *choices = new QHBoxLayout;
    m_older = new QComboBox;
    m_older->setObjectName(QStringLiteral("older"));
    m_newer = new QComboBox;
    m_newer->setObjectName(QStringLiteral("newer"));
    auto *olderLabel = new QLabel(tr("C&ompare:"));
    olderLabel->setBuddy(m_older);
    auto *newerLabel = new QLabel(tr("&with:"));
    newerLabel->setBuddy(m_newer);
    choices->addWidget(olderLabel);
    choices->addWidget(m_older, 1);
    choices->addWidget(newerLabel);
    choices->addWidget(m_newer, 1);
    layout->addLayout(choices);

    m_diff = table(QStringLiteral("differences"),
                   {tr("Change"), tr("Item"), tr("Field"), tr("Before"), tr("After")});
    layout->addWidget(m_diff, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanVersionsDialog::reject);
    layout->addWidget(buttons);

    fillEvents();
    fillVersions();
    connect(m_older, &QComboBox::currentIndexChanged, this, &PlanVersionsDialog::compare);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &PlanVersionsDialog::compare);
    compare();
    resize(900, 600);
}

void PlanVersionsDialog::fillEvents()
{
    auto events = PlanLifecycle::history(m_document.database(), m_planId);
    if (!events) {
        m_status->setText(events.error().message);
        return;
    }
    for (const PlanEvent &e : *events) {
        QString meeting;
        if (!e.meetingId.isNull())
            if (auto m = m_document.repository().get<Meeting>(e.meetingId))
                meeting = m->title;
        appendRow(m_events, {e.date.toString(Qt::ISODate), enumLabel(e.state),
                             m_countryNames.value(e.countryId), e.recipient, meeting, e.note});
    }
    m_events->resizeColumnsToContents();
}

void PlanVersionsDialog::fillVersions()
{
    auto versions = PlanVersions::list(m_document.database(), m_planId);
    if (!versions) {
        m_status->setText(versions.error().message);
        return;
    }
    m_versions = *versions;
    for (int i = 0; i < m_versions.size(); ++i) {
        const PlanVersion &v = m_versions[i];
        const QString name = tr("Version %1 (%2, %3)")
                                 .arg(v.number)
                                 .arg(enumLabel(v.state), v.date.toString(Qt::ISODate));
        m_older->addItem(name, i);
        m_newer->addItem(name, i);
    }
    m_newer->addItem(tr("Current content"), CurrentContent);
    // The usual question: what changed since the last version.
    m_older->setCurrentIndex(int(m_versions.size()) - 1);
    m_newer->setCurrentIndex(m_newer->count() - 1);
}

Result<QList<PlanVersions::Item>> PlanVersionsDialog::content(int choice) const
{
    if (choice == CurrentContent)
        return PlanVersions::current(m_document.database(), m_planId);
    return PlanVersions::parse(m_versions.value(choice).snapshot);
}

QString PlanVersionsDialog::shown(PlanVersions::Field field, const QString &value) const
{
    if (field == PlanVersions::Field::Countries) {
        QStringList names;
        for (const QString &id : value.split(u';', Qt::SkipEmptyParts))
            names << m_countryNames.value(QUuid::fromString(id), id);
        return names.join(QStringLiteral(", "));
    }
    if (field == PlanVersions::Field::Parent || field == PlanVersions::Field::CarriedFrom)
        return m_itemTexts.value(QUuid::fromString(value), value);
    if (field == PlanVersions::Field::Status)
        if (auto s = enumFromKey<PlanItemStatus>(value))
            return enumLabel(*s);
    return value;
}

void PlanVersionsDialog::addRow(const QString &change, const QString &item, const QString &field,
                                const QString &before, const QString &after)
{
    appendRow(m_diff, {change, item, field, before, after});
}

void PlanVersionsDialog::compare()
{
    m_diff->setRowCount(0);
    m_status->clear();
    if (m_older->count() == 0) {
        m_status->setText(tr("The plan has no kept versions yet: a version is kept when it is "
                             "sent for comments, approved or delivered."));
        return;
    }
    auto older = content(m_older->currentData().toInt());
    auto newer = content(m_newer->currentData().toInt());
    if (!older || !newer) {
        m_status->setText(!older ? older.error().message : newer.error().message);
        return;
    }
    m_itemTexts.clear();
    for (const auto *list : {&*older, &*newer})
        for (const PlanVersions::Item &i : *list)
            m_itemTexts.insert(i.id, i.text);

    const PlanVersions::Diff d = PlanVersions::diff(*older, *newer);
    for (const PlanVersions::Item &i : d.added)
        addRow(tr("Added"), i.text, {}, {}, words(i.deadline, i.deadlineText));
    for (const PlanVersions::Item &i : d.removed)
        addRow(tr("Removed"), i.text, {}, words(i.deadline, i.deadlineText), {});
    for (const PlanVersions::Change &c : d.changed)
        for (const PlanVersions::FieldChange &f : c.fields)
            addRow(tr("Changed"), c.after.text, PlanVersions::fieldLabel(f.field),
                   shown(f.field, f.before), shown(f.field, f.after));
    for (const PlanVersions::DeadlineMove &m : d.moved) {
        QString direction;
        switch (m.direction) {
        case PlanVersions::Direction::Later:
            direction = tr("later");
            break;
        case PlanVersions::Direction::Earlier:
            direction = tr("earlier");
            break;
        case PlanVersions::Direction::Reshaped:
            direction = tr("same end, other periods");
            break;
        case PlanVersions::Direction::Defined:
            direction = tr("now defined");
            break;
        case PlanVersions::Direction::Undefined:
            direction = tr("now to be defined");
            break;
        }
        addRow(tr("Deadline moved"), m.text, direction, m.before.toText(UiLanguage::current()),
               m.after.toText(UiLanguage::current()));
    }
    m_diff->resizeColumnsToContents();
    if (d.isEmpty())
        m_status->setText(tr("No differences."));
}

} // namespace focal
