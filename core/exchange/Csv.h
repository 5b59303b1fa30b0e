#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace focal {

// Comma- or tab-separated text as RFC 4180 defines it: the exchange format of spreadsheets.
// The reader is strict, because a half-understood file must never become half-imported data:
// every error names the physical line (as a text editor counts it) and the reason. The writer
// produces what Excel and LibreOffice open with accents intact: UTF-8 with a byte order mark,
// CRLF line ends, fields quoted only when they need it.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(focal::Csv)

public:
    // Larger files are refused before a byte is read: a plan is a few kilobytes, and a huge file
    // is a mistake (a wrong file chosen), not a plan.
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    struct Rows
    {
        QList<QStringList> rows;
        QList<int> lines; // for each row, the physical line (1-based) where it starts
    };

    enum class Width {
        Any,        // rows may have any number of fields
        SameAsFirst // every row must have as many fields as the first (the header)
    };

    // Parses text. Quoted fields may hold the delimiter, doubled quotes and line breaks (CR, LF
    // or CRLF, kept as written); rows end with CRLF, LF or CR. Blank lines between rows and a
    // final line break are ignored, so a spreadsheet's trailing newline adds no empty row. A
    // quote inside an unquoted field (5" screen) is taken as written: nothing else is meant.
    static Result<Rows> parse(const QString &text, QChar delimiter = u',',
                              Width width = Width::Any);
    // Decodes UTF-8 bytes (a byte order mark is dropped; invalid UTF-8 is refused) and parses.
    static Result<Rows> parse(const QByteArray &bytes, QChar delimiter = u',',
                              Width width = Width::Any);
    // UTF-8 bytes as text: a byte order mark is dropped; invalid UTF-8 and more than MaxBytes
    // are refused.
    static Result<QString> decode(const QByteArray &bytes);
    // A file's text, decoded as decode() does; a file over MaxBytes is refused before reading.
    static Result<QString> readTextFile(const QString &path);
    // Reads and parses a file; errors start with the file's name.
    static Result<Rows> readFile(const QString &path, QChar delimiter = u',',
                                 Width width = Width::Any);

    // One field as it must appear between delimiters: quoted when it holds the delimiter, a
    // quote, CR or LF.
    static QString field(const QString &value, QChar delimiter = u',');
    // Rows as text with CRLF after every row.
    static QString write(const QList<QStringList> &rows, QChar delimiter = u',');
    // Text as file bytes: a UTF-8 byte order mark, then UTF-8, so Excel reads accents right.
    static QByteArray fileBytes(const QString &text);
    // Writes text to a file atomically: an existing file is replaced only by the complete new one.
    static Result<void> writeFile(const QString &path, const QString &text);
};

} // namespace focal
