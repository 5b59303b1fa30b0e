#include "DeadlineWords.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace focal {
namespace {

// Lower-case words of three letters or more, without accents.
QStringList words(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    folded.remove(marks);
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    QStringList out = folded.split(nonLetters, Qt::SkipEmptyParts);
    out.removeIf([](const QString &w) { return w.size() < 3; });
    return out;
}

} // namespace

Language deadlineLanguage(const Deadline &deadline, const QString &written)
{
    const QStringList mine = words(written);
    Language best = Language::Spanish;
    int bestScore = 0;
    for (Language lang : {Language::Spanish, Language::Portuguese, Language::English}) {
        const QStringList theirs = words(deadline.toText(lang));
        int score = 0;
        // A word Focal uses counts twice; an abbreviation of one ("dic" for "diciembre") once.
        for (const QString &w : mine) {
            if (theirs.contains(w))
                score += 2;
            else if (std::any_of(theirs.begin(), theirs.end(),
                                 [&](const QString &t) { return t.startsWith(w); }))
                score += 1;
        }
        if (score > bestScore) {
            best = lang;
            bestScore = score;
        }
    }
    return best;
}

QString deadlineWords(const Deadline &deadline, const QString &written, Language lang)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty() || deadlineLanguage(deadline, trimmed) != lang)
        return deadline.toText(lang);
    return trimmed;
}

} // namespace focal
