// Keyboard use of the forms: from a form's first field, Tab visits every field the person can
// reach, in the order they appear on the screen (top to bottom, then left to right), and
// Shift+Tab goes back the same way.

#include "EditorFixture.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>

#include <algorithm>

namespace focal {
namespace {

class TabOrderTest : public test::EditorTest
{
protected:
    // The widgets of the form that take focus from the keyboard, as the eye reads them.
    static QList<QWidget *> visualOrder(RecordForm *form)
    {
        QList<QWidget *> fields;
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(form) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
                w->focusProxy())
                continue;
            // A widget inside another that takes focus (a spin box's line edit, a list's
            // viewport) is part of that one.
            bool inner = false;
            for (QWidget *p = w->parentWidget(); p && p != form; p = p->parentWidget())
                if ((p->focusPolicy() & Qt::TabFocus) && p->isEnabled())
                    inner = true;
            if (!inner)
                fields << w;
        }
        std::stable_sort(fields.begin(), fields.end(), [form](QWidget *a, QWidget *b) {
            const QPoint pa = a->mapTo(form, QPoint(0, 0));
            const QPoint pb = b->mapTo(form, QPoint(0, 0));
            // Rows are compared by their middle: widgets of one row differ in height.
            const int ya = pa.y() + a->height() / 2, yb = pb.y() + b->height() / 2;
            if (std::abs(ya - yb) > 4)
                return ya < yb;
            return pa.x() < pb.x();
        });
        return fields;
    }

    // The field that holds the focus, or the field it belongs to.
    static QWidget *focused(RecordForm *form, const QList<QWidget *> &fields)
    {
        for (QWidget *w = QApplication::focusWidget(); w && w != form; w = w->parentWidget())
            if (fields.contains(w))
                return w;
        return nullptr;
    }

    // Presses the key until the focus leaves the field it is in: Tab first moves between the
    // day, month and year of a date field, as Qt's date fields do.
    static QWidget *next(RecordForm *form, const QList<QWidget *> &fields, Qt::Key key)
    {
        QWidget *from = focused(form, fields);
        QWidget *now = from;
        for (int press = 0; press < 6 && now == from; ++press) {
            QTest::keyClick(QApplication::focusWidget(), key);
            now = focused(form, fields);
        }
        return now;
    }

    static QStringList names(const QList<QWidget *> &widgets)
    {
        QStringList out;
        for (QWidget *w : widgets)
            out << (w ? w->objectName() : QStringLiteral("<outside the form>"));
        return out;
    }

    void expectTabFollowsTheScreen(RecordForm *form)
    {
        ASSERT_NE(form, nullptr);
        const QList<QWidget *> fields = visualOrder(form);
        ASSERT_GE(fields.size(), 2) << form->objectName().toStdString();
        fields.first()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> forward{focused(form, fields)};
        for (qsizetype i = 1; i < fields.size(); ++i)
            forward << next(form, fields, Qt::Key_Tab);
        EXPECT_EQ(names(forward), names(fields)) << form->objectName().toStdString();

        QList<QWidget *> backward{focused(form, fields)};
        for (qsizetype i = 1; i < fields.size(); ++i)
            backward.prepend(next(form, fields, Qt::Key_Backtab));
        EXPECT_EQ(names(backward), names(fields)) << form->objectName().toStdString();
    }
};

TEST_F(TabOrderTest, CountryForm)
{
    expectTabFollowsTheScreen(open(test::defaultKey(Country::table, "CL")));
}

TEST_F(TabOrderTest, InstitutionForm)
{
    auto institutions = repo().list<Institution>();
    ASSERT_TRUE(institutions.ok() && !institutions->isEmpty());
    expectTabFollowsTheScreen(open(institutions->first().meta.id));
}

TEST_F(TabOrderTest, PersonForm)
{
    // The report names no one: a focal point of Chile's ministry.
    auto institutions = repo().listWhere<Institution>(
        "country_id", column::toVariant(test::defaultKey(Country::table, "CL")));
    ASSERT_TRUE(institutions.ok() && !institutions->isEmpty());
    Person person;
    person.countryId = test::defaultKey(Country::table, "CL");
    person.institutionId = institutions->first().meta.id;
    person.name = QStringLiteral("María Pérez");
    ASSERT_TRUE(repo().insert(person).ok());
    expectTabFollowsTheScreen(open(person.meta.id));
}

TEST_F(TabOrderTest, SubgroupForm)
{
    expectTabFollowsTheScreen(open(test::defaultKey(Subgroup::table, "seg-sg1")));
}

TEST_F(TabOrderTest, AreaForm)
{
    expectTabFollowsTheScreen(open(test::defaultKey(ThematicArea::table, "seguridad")));
}

TEST_F(TabOrderTest, WorkingGroupForm)
{
    expectTabFollowsTheScreen(open(test::defaultKey(WorkingGroup::table, "seguridad")));
}

} // namespace
} // namespace focal
