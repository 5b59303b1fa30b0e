#include "CommitmentsView.h"

#include "ForumDocument.h"
#include "meetings/CommitmentsModel.h"
#include "model/Country.h"
#include "model/WorkingGroup.h"
#include "support/UiLanguage.h"
#include "widgets/ComboChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace focal {
namespace {

// The tables whose rows the tracker shows or names; "*" is another program's change.
bool touchesCommitments(const QSet<QString> &tables)
{
    static const QSet<QString> watched{QStringLiteral("*"),
                                       QStringLiteral("agreement"),
                                       QStringLiteral("meeting"),
                                       QStringLiteral("meeting_series"),
                                       QStringLiteral("country"),
                                       QStringLiteral("institution"),
                                       QStringLiteral("working_group"),
                                       QStringLiteral("subgroup"),
                                       QStringLiteral("plan_item"),
                                       QStringLiteral("document")};
    return tables.intersects(watched);
}

} // namespace

CommitmentsView::CommitmentsView(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("commitmentsView"));
    setWindowTitle(tr("Commitments"));

    m_overdue = new QCheckBox(tr("&Overdue only"));
    m_overdue->setObjectName(QStringLiteral("commitmentsOverdue"));
    auto *bar = new QHBoxLayout;
    m_country = addFilterCombo(bar, tr("&Country:"), QStringLiteral("commitmentsCountry"));
    m_status = addFilterCombo(bar, tr("&Status:"), QStringLiteral("commitmentsStatus"));
    bar->addWidget(m_overdue);
    m_group = addFilterCombo(bar, tr("&Group:"), QStringLiteral("commitmentsGroup"));
    bar->addStretch();

    m_model = new CommitmentsModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("commitmentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CommitmentsModel::Action,
                                                      QHeaderView::Stretch);

    m_matrixModel = new QStandardItemModel(this);
    m_matrix = new QTableView;
    m_matrix->setObjectName(QStringLiteral("commitmentsMatrix"));
    m_matrix->setModel(m_matrixModel);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *matrixLabel = new QLabel(tr("Commitments by &country and status:"));
    matrixLabel->setBuddy(m_matrix);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("commitmentsSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_summary);
    layout->addWidget(matrixLabel);
    layout->addWidget(m_matrix, 1);

    for (QComboBox *box : {m_country, m_status, m_group})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_overdue, &QCheckBox::toggled, this, [this] { reload(); });
    // `activated` comes with a double click and with Enter.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (index.column() == CommitmentsModel::MeetingDate ||
            index.column() == CommitmentsModel::Meeting)
            emit meetingActivated(index.data(CommitmentsModel::MeetingIdRole).toUuid());
        else
            emit commitmentActivated(index.data(CommitmentsModel::AgreementIdRole).toUuid());
    });
    connect(m_document.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                if (touchesCommitments(tables))
                    refresh();
            });
    refresh();
}

void CommitmentsView::setToday(QDate today)
{
    m_today = today;
    reload();
}

CommitmentFilter CommitmentsView::filter() const
{
    CommitmentFilter f;
    f.countryId = m_country->currentData().toUuid();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        f.status = enumFromKey<CommitmentStatus>(status);
    f.overdueOnly = m_overdue->isChecked();
    f.groupId = m_group->currentData().toUuid();
    return f;
}

void CommitmentsView::refresh()
{
    m_filling = true;
    fillChoices();
    m_filling = false;
    reload();
}

void CommitmentsView::fillChoices()
{
    Repository &repository = m_document.repository();
    const QVariant country = m_country->currentData();
    m_country->clear();
    m_country->addItem(tr("All countries"), QUuid());
    if (auto countries = repository.list<Country>(QStringLiteral("name_es")))
        for (const Country &c : *countries)
            m_country->addItem(c.name(UiLanguage::current()), c.meta.id);
    restoreComboChoice(m_country, country);

    const QVariant status = m_status->currentData();
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : enumKeys<CommitmentStatus>())
        m_status->addItem(enumLabel(*enumFromKey<CommitmentStatus>(key)), key);
    restoreComboChoice(m_status, status);

    const QVariant group = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("All groups"), QUuid());
    if (auto groups = repository.list<WorkingGroup>(QStringLiteral("name")))
        for (const WorkingGroup &g : *groups)
            m_group->addItem(g.name, g.meta.id);
    restoreComboChoice(m_group, group);
}

void CommitmentsView::reload()
{
    const QUuid current = m_table->currentIndex().data(CommitmentsModel::AgreementIdRole).toUuid();
    const CommitmentFilter f = filter();
    auto list = Commitments::list(m_document.database(), f, m_today);
    CommitmentFilter groupOnly;
    groupOnly.groupId = f.groupId;
    auto overview = Commitments::list(m_document.database(), groupOnly, m_today);
    if (!list || !overview) {
        const Error &e = list ? overview.error() : list.error();
        qWarning("focal: the commitments could not be read: %s", qUtf8Printable(e.fullText()));
        m_model->setCommitments({});
        showMatrix({});
        m_summary->setText(tr("The commitments could not be shown: %1").arg(e.message));
        return;
    }
    m_model->setCommitments(*list);
    showMatrix(Commitments::matrix(*overview));
    int overdue = 0;
    for (const Commitment &c : *list)
        overdue += c.overdue ? 1 : 0;
    m_summary->setText(tr("%n commitment(s), %1 overdue, as of %2.", nullptr, int(list->size()))
                           .arg(overdue)
                           .arg(QLocale().toString(m_today, QLocale::LongFormat)));
    // Keep the row the person was on, if it is still shown.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->commitments().at(row).id == current) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
}

void CommitmentsView::showMatrix(const CommitmentMatrix &matrix)
{
    m_matrixModel->clear();
    m_matrixModel->setHorizontalHeaderLabels(
        {enumLabel(CommitmentStatus::Open), enumLabel(CommitmentStatus::Done),
         enumLabel(CommitmentStatus::Dropped), tr("overdue"), tr("total")});
    QList<CommitmentCount> rows = matrix.rows;
    if (!rows.isEmpty())
        rows << matrix.totals;
    QStringList names;
    for (const CommitmentCount &row : std::as_const(rows)) {
        QList<QStandardItem *> items;
        for (int value : {row.open, row.done, row.dropped, row.overdue, row.total()}) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            items << item;
        }
        items.first()->setData(row.countryId, Qt::UserRole);
        m_matrixModel->appendRow(items);
        names << row.name;
    }
    m_matrixModel->setVerticalHeaderLabels(names);
}

} // namespace focal
