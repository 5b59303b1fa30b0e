// Exchange in the window: the site identity dialog sets the identity and the status bar shows
// it; Export Package writes the package of the group selected (read back, counts right); an
// import's preview lists the changes, Cancel changes nothing and Apply applies them (the form
// shows the new value, a copy of the database is kept, the undo history is cleared); the
// conflicts dialog settles conflicts both ways.

#include "Commands.h"
#include "EditorFixture.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ExportPackageDialog.h"
#include "exchange/ImportBackup.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/SiteIdentityDialog.h"

#include "exchange/Exchange.h"
#include "model/Country.h"
#include "model/WorkingGroup.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

namespace focal {
namespace {

class ExchangeUiTest : public test::EditorTest
{
protected:
    QUuid security() { return test::defaultKey(WorkingGroup::table, "seguridad"); }
    QUuid chile() { return test::defaultKey(Country::table, "CL"); }

    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QLatin1String(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    }

    template <typename D> D *waitForDialog()
    {
        D *dialog = nullptr;
        (void)QTest::qWaitFor( // a dialog that never shows is reported by the caller
            [&] {
                for (D *d : m_window->findChildren<D *>())
                    if (d->isVisible())
                        dialog = d;
                return dialog != nullptr;
            },
            5000);
        return dialog;
    }

    // Another site: its own database with the default data, where the security group's
    // objective and context are changed and the group exported to `path`.
    void exportFromOtherSite(const QString &path, const QString &objective,
                             const QString &context = {})
    {
        auto opened = Database::open(m_other.filePath(QStringLiteral("other.db")));
        ASSERT_TRUE(opened) << opened.error().fullText().toStdString();
        Database &other = *opened.value();
        if (Repository(other).count<WorkingGroup>().value() == 0) {
            ASSERT_TRUE(DefaultData::loadEmbedded(other));
        }
        ASSERT_TRUE(SiteIdentity::save(other, test::defaultKey(Country::table, "PY"),
                                       QStringLiteral("Juan Benitez")));
        ASSERT_NE(other.context().site, db().context().site) << "two sites share an id";
        Repository repo(other);
        WorkingGroup group = repo.get<WorkingGroup>(security()).value();
        group.objective = objective;
        if (!context.isEmpty())
            group.context = context;
        ASSERT_TRUE(repo.update(group));
        auto written =
            PackageExport::write(other, {ExportSelection::Kind::Group, security(), {}}, path);
        ASSERT_TRUE(written) << written.error().fullText().toStdString();
    }

    void setHere(const QString &objective, const QString &context)
    {
        WorkingGroup group = repo().get<WorkingGroup>(security()).value();
        group.objective = objective;
        group.context = context;
        ASSERT_TRUE(repo().update(group));
    }

    QString stored(QString WorkingGroup::*field)
    {
        return repo().get<WorkingGroup>(security()).value().*field;
    }

    QTemporaryDir m_out;
    QTemporaryDir m_other;
};

TEST_F(ExchangeUiTest, TheSiteIdentityDialogSetsTheIdentityShownInTheStatusBar)
{
    auto *button = m_window->statusBar()->findChild<QPushButton *>(u"siteIdentityButton"_qs);
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), u"Site identity not set"_qs);
    // No dialog came up by itself: only app/gui asks on first start.
    EXPECT_EQ(m_window->findChild<SiteIdentityDialog *>(), nullptr);

    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = waitForDialog<SiteIdentityDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *country = dialog->findChild<QComboBox *>(u"countryCombo"_qs);
    auto *name = dialog->findChild<QLineEdit *>(u"focalPointEdit"_qs);
    auto *save = dialog->findChild<QPushButton *>(u"saveIdentityButton"_qs);
    ASSERT_TRUE(country && name && save);
    EXPECT_FALSE(save->isEnabled());
    // Countries are named in the program's language and offered in their order.
    country->setFocus();
    QTest::keyClick(country, Qt::Key_Home);
    for (int i = 0; i < country->count() && country->currentData().toUuid() != chile(); ++i)
        QTest::keyClick(country, Qt::Key_Down);
    ASSERT_EQ(country->currentData().toUuid(), chile());
    EXPECT_EQ(country->currentText(), u"Chile (CL)"_qs);
    EXPECT_FALSE(save->isEnabled()) << "a focal point's name is needed";
    name->setFocus();
    QTest::keyClicks(name, u"Maria Perez"_qs);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 2000));

    const SiteIdentity identity = SiteIdentity::load(db());
    EXPECT_EQ(identity.countryId, chile());
    EXPECT_EQ(identity.focalPoint, u"Maria Perez"_qs);
    EXPECT_EQ(button->text(), QStringLiteral("Chile · Maria Perez"));
    EXPECT_EQ(db().context().author, u"Maria Perez"_qs);
}

TEST_F(ExchangeUiTest, ExportWritesThePackageOfTheSelectedGroup)
{
    ASSERT_TRUE(SiteIdentity::save(db(), chile(), QStringLiteral("Maria Perez")));
    const QString path = m_out.filePath(QStringLiteral("seguridad.focalpkg"));
    m_prompts->fileNames << path;
    ASSERT_TRUE(m_window->selectRecord(security()));
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForDialog<ExportPackageDialog>();
    ASSERT_NE(dialog, nullptr);
    const ExportSelection chosen = dialog->selection();
    EXPECT_EQ(chosen.kind, ExportSelection::Kind::Group);
    EXPECT_EQ(chosen.id, security());
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->statusBar()->currentMessage().contains(u"seguridad.focalpkg"_qs); },
        10000))
        << m_prompts->messages.join(u'\n').toStdString();
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();

    auto read = package::PackageFile::read(path);
    ASSERT_TRUE(read) << read.error().fullText().toStdString();
    auto expected = PackageExport::collect(db(), chosen);
    ASSERT_TRUE(expected);
    EXPECT_EQ(read->manifest.records, expected->records.size());
    EXPECT_EQ(read->records.size(), expected->records.size());
    EXPECT_EQ(read->manifest.tables.value(u"working_group"_qs), 1);
    EXPECT_GT(read->manifest.tables.value(u"subgroup"_qs), 0);
    EXPECT_EQ(read->manifest.sender.country, u"CL"_qs);
    EXPECT_EQ(read->manifest.sender.author, u"Maria Perez"_qs);
    EXPECT_EQ(read->manifest.selection, chosen.describe(db()));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("%1 record(s)").arg(read->manifest.records)));
}

TEST_F(ExchangeUiTest, ThePreviewListsTheChangesCancelKeepsAndApplyApplies)
{
    const QString path = m_out.filePath(QStringLiteral("py.focalpkg"));
    exportFromOtherSite(path, QStringLiteral("Objetivo enviado por Paraguay"));
    const QString before = stored(&WorkingGroup::objective);
    // An edit on the undo history, which the import must clear.
    WorkingGroup renamed = repo().get<WorkingGroup>(security()).value();
    renamed.context = QStringLiteral("Contexto editado aqui");
    ASSERT_TRUE(commands::edit(*m_doc, renamed, QStringLiteral("Edit context")));
    ASSERT_EQ(m_doc->undoStack().count(), 1);

    for (const bool apply : {false, true}) {
        SCOPED_TRACE(apply ? "apply" : "cancel");
        m_prompts->fileNames << path;
        action("importPackageAction")->trigger();
        auto *dialog = waitForDialog<ImportPreviewDialog>();
        ASSERT_NE(dialog, nullptr) << m_prompts->messages.join(u'\n').toStdString();
        const QPointer<ImportPreviewDialog> guard = dialog;
        EXPECT_EQ(dialog->findChild<QLabel *>(u"senderLabel"_qs)->text(), u"Juan Benitez"_qs);
        EXPECT_EQ(dialog->findChild<QLabel *>(u"countryLabel"_qs)->text(), u"PY"_qs);
        EXPECT_TRUE(dialog->findChild<QLabel *>(u"undoWarning"_qs)
                        ->text()
                        .contains(u"cannot be undone"_qs));
        QTableWidget *table = dialog->changesTable();
        ASSERT_EQ(table->rowCount(), 1);
        EXPECT_EQ(table->item(0, 0)->text(), u"Changed"_qs);
        EXPECT_EQ(table->item(0, 2)->text(), repo().get<WorkingGroup>(security()).value().name);
        EXPECT_EQ(table->item(0, 3)->text(), u"Objective"_qs);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(apply ? u"applyButton"_qs : u"cancelButton"_qs),
            Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000));
        if (!apply) {
            QTest::qWait(50);
            EXPECT_EQ(stored(&WorkingGroup::objective), before);
            EXPECT_TRUE(ImportBackup::existing(db().path()).isEmpty());
            EXPECT_EQ(m_doc->undoStack().count(), 1);
        }
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return stored(&WorkingGroup::objective) == u"Objetivo enviado por Paraguay"_qs; },
        5000))
        << m_prompts->messages.join(u'\n').toStdString();
    // The edit made here to another field stays: fields merge one by one.
    EXPECT_EQ(stored(&WorkingGroup::context), u"Contexto editado aqui"_qs);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
    EXPECT_EQ(ImportBackup::existing(db().path()).size(), 1);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"1 changed"_qs));
    // The window shows the new value.
    RecordForm *form = open(security());
    auto *objective = field<QPlainTextEdit>(form, "objectiveEdit");
    ASSERT_NE(objective, nullptr);
    EXPECT_EQ(objective->toPlainText(), u"Objetivo enviado por Paraguay"_qs);
}

TEST_F(ExchangeUiTest, TheConflictsDialogSettlesConflictsBothWays)
{
    const QString path = m_out.filePath(QStringLiteral("py.focalpkg"));
    exportFromOtherSite(path, QStringLiteral("Objetivo de Paraguay"),
                        QStringLiteral("Contexto de Paraguay"));
    setHere(QStringLiteral("Objetivo de Chile"), QStringLiteral("Contexto de Chile"));
    auto read = package::PackageFile::read(path);
    ASSERT_TRUE(read);
    auto applied = PackageImport::apply(db(), *read);
    ASSERT_TRUE(applied) << applied.error().fullText().toStdString();
    // One record in conflict, on two of its fields: each field is settled on its own.
    EXPECT_EQ(applied->conflicts, 1);
    ASSERT_EQ(Conflicts::count(db()).value(), 2);
    EXPECT_EQ(action("conflictsAction")->text(), u"&Conflicts (2)…"_qs);

    action("conflictsAction")->trigger();
    auto *dialog = waitForDialog<ConflictsDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->isModal());
    QTableWidget *table = dialog->table();
    ASSERT_EQ(table->rowCount(), 2);
    auto rowOf = [&](const QString &fieldLabel) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == fieldLabel)
                return row;
        return -1;
    };
    const int objectiveRow = rowOf(u"Objective"_qs);
    ASSERT_GE(objectiveRow, 0);
    EXPECT_EQ(table->item(objectiveRow, 2)->text(), u"Objetivo de Chile"_qs);
    EXPECT_EQ(table->item(objectiveRow, 3)->text(), u"Objetivo de Paraguay"_qs);
    EXPECT_EQ(table->item(objectiveRow, 4)->text(), u"Juan Benitez"_qs);
    auto *keep = dialog->findChild<QPushButton *>(u"keepMineButton"_qs);
    auto *take = dialog->findChild<QPushButton *>(u"takeTheirsButton"_qs);
    EXPECT_FALSE(keep->isEnabled()) << "nothing is selected yet";

    table->selectRow(objectiveRow);
    QTest::mouseClick(keep, Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(stored(&WorkingGroup::objective), u"Objetivo de Chile"_qs);
    EXPECT_EQ(Conflicts::count(db()).value(), 1);

    ASSERT_EQ(table->item(0, 1)->text(), u"Context"_qs);
    table->selectRow(0);
    QTest::mouseClick(take, Qt::LeftButton);
    EXPECT_EQ(stored(&WorkingGroup::context), u"Contexto de Paraguay"_qs);
    EXPECT_EQ(Conflicts::count(db()).value(), 0);
    auto *empty = dialog->findChild<QLabel *>(u"emptyLabel"_qs);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), u"No conflicts: everything received has been merged."_qs);
    EXPECT_EQ(action("conflictsAction")->text(), u"&Conflicts…"_qs);
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
}

} // namespace
} // namespace focal
