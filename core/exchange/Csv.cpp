#include "Csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace focal {
namespace {

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Steps over one line end (CRLF counts as one) at `i`.
void skipLineEnd(const QString &text, qsizetype &i)
{
    if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
        ++i;
    ++i;
}

} // namespace

Result<Csv::Rows> Csv::parse(const QString &text, QChar delimiter, Width width)
{
    auto invalid = [](int line, const QString &reason) {
        return Error{Error::Code::Invalid, tr("Line %1: %2").arg(line).arg(reason), {}};
    };
    Rows out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        if (isLineEnd(text.at(i))) { // a blank line: no row
            skipLineEnd(text, i);
            ++line;
            continue;
        }
        const int rowLine = line;
        QStringList fields;
        for (;;) { // one field per turn; the row ends at a line end or the end of the text
            QString value;
            if (text.at(i) == u'"') {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return invalid(quoteLine,
                                       tr("a quoted field is never closed (a quote is missing)."));
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            value += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineEnd(c)) {
                        // Kept as written; counted so that later errors name the right line.
                        const qsizetype from = i;
                        skipLineEnd(text, i);
                        value += text.mid(from, i - from);
                        ++line;
                        continue;
                    }
                    value += c;
                    ++i;
                }
                if (i < n && text.at(i) != delimiter && !isLineEnd(text.at(i)))
                    return invalid(line, tr("there is text after the closing quote of a field "
                                            "(a quote inside a field must be doubled)."));
            } else {
                const qsizetype from = i;
                while (i < n && text.at(i) != delimiter && !isLineEnd(text.at(i)))
                    ++i;
                value = text.mid(from, i - from);
            }
            fields << value;
            if (i < n && text.at(i) == delimiter) {
                ++i;
                if (i >= n || isLineEnd(text.at(i))) { // a delimiter ends the row: one more field
                    fields << QString();
                    break;
                }
                continue;
            }
            break;
        }
        if (i < n) {
            skipLineEnd(text, i);
            ++line;
        }
        if (width == Width::SameAsFirst && !out.rows.isEmpty() &&
            fields.size() != out.rows.first().size())
            return invalid(
                rowLine, tr("%n field(s) where the first row has %1.", nullptr, int(fields.size()))
                             .arg(out.rows.first().size()));
        out.rows << fields;
        out.lines << rowLine;
    }
    return out;
}

Result<QString> Csv::decode(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return Error{Error::Code::Invalid,
                     tr("The text is too large (%1 MB); at most %2 MB can be read.")
                         .arg(bytes.size() / (1024 * 1024))
                         .arg(MaxBytes / (1024 * 1024)),
                     {}};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{Error::Code::Invalid,
                     tr("The text is not UTF-8. Save it as \"CSV UTF-8\" and try again."),
                     {}};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<Csv::Rows> Csv::parse(const QByteArray &bytes, QChar delimiter, Width width)
{
    auto text = decode(bytes);
    if (!text)
        return text.error();
    return parse(*text, delimiter, width);
}

Result<QString> Csv::readTextFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists() || info.isDir())
        return Error{Error::Code::NotFound, tr("There is no file %1.").arg(shown), {}};
    if (info.size() > MaxBytes)
        return Error{Error::Code::Invalid,
                     tr("%1 is too large (%2 MB); at most %3 MB can be read.")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxBytes / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1.").arg(shown), file.errorString()};
    // One byte more than allowed: a file that grew after the size check is still refused.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io, tr("Cannot read %1.").arg(shown), file.errorString()};
    auto text = decode(bytes);
    if (!text)
        return Error{text.error().code, shown + QStringLiteral(": ") + text.error().message,
                     text.error().detail};
    return text;
}

Result<Csv::Rows> Csv::readFile(const QString &path, QChar delimiter, Width width)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    auto rows = parse(*text, delimiter, width);
    if (!rows)
        return Error{rows.error().code,
                     QDir::toNativeSeparators(path) + QStringLiteral(": ") + rows.error().message,
                     rows.error().detail};
    return rows;
}

QString Csv::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\r') ||
                       value.contains(u'\n');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString Csv::write(const QList<QStringList> &rows, QChar delimiter)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += delimiter;
            out += field(row.at(i), delimiter);
        }
        out += QStringLiteral("\r\n");
    }
    return out;
}

QByteArray Csv::fileBytes(const QString &text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> Csv::writeFile(const QString &path, const QString &text)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    const QByteArray bytes = fileBytes(text);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    return {};
}

} // namespace focal
