#include "ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

// Resources of a static library are registered explicitly (outside any namespace).
static void initReportFonts()
{
    Q_INIT_RESOURCE(fonts);
}

namespace focal::report {

QString ReportFonts::family()
{
    // A function-local static: registered once, thread-safe, only when a report is made.
    static const QString registered = [] {
        initReportFonts();
        QString name;
        const QStringList files = {
            QStringLiteral(":/focal/fonts/DejaVuSans.ttf"),
            QStringLiteral(":/focal/fonts/DejaVuSans-Bold.ttf"),
            QStringLiteral(":/focal/fonts/DejaVuSans-Oblique.ttf"),
            QStringLiteral(":/focal/fonts/DejaVuSans-BoldOblique.ttf"),
        };
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.first();
        }
        // The resource is compiled in, so this only fails without a QGuiApplication; the
        // family name then still finds an installed DejaVu Sans.
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return registered;
}

} // namespace focal::report
