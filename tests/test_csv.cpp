// Csv: the RFC 4180 reader and writer under plan import and export.

#include "exchange/Csv.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace focal;

namespace {

QList<QStringList> rowsOf(const QString &text, QChar delimiter = u',')
{
    auto r = Csv::parse(text, delimiter);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r->rows : QList<QStringList>{};
}

QString errorOf(const QString &text, QChar delimiter = u',', Csv::Width width = Csv::Width::Any)
{
    auto r = Csv::parse(text, delimiter, width);
    EXPECT_FALSE(r.ok()) << "parsed without error: " << text.toStdString();
    return r.ok() ? QString() : r.error().message;
}

TEST(Csv, PlainRowsWithLfAndCrlf)
{
    const QList<QStringList> expected = {{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}};
    EXPECT_EQ(rowsOf(u"a,b\nc,d\n"_qs), expected);
    EXPECT_EQ(rowsOf(u"a,b\r\nc,d\r\n"_qs), expected);
    EXPECT_EQ(rowsOf(u"a,b\r\nc,d"_qs), expected); // no final line break
}

TEST(Csv, QuotedFieldsWithDelimiterDoubledQuotesAndLineBreaks)
{
    const auto rows = rowsOf(u"\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\",\"three\nfour\"\r\n"_qs);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0],
              (QStringList{u"x, y"_qs, u"say \"hi\""_qs, u"one\r\ntwo"_qs, u"three\nfour"_qs}));
}

TEST(Csv, EmptyFieldsAndTrailingDelimiter)
{
    EXPECT_EQ(rowsOf(u",a,,\n"_qs),
              (QList<QStringList>{{QString(), u"a"_qs, QString(), QString()}}));
    EXPECT_EQ(rowsOf(u"\"\",x\n"_qs), (QList<QStringList>{{QString(), u"x"_qs}}));
}

TEST(Csv, BlankLinesAddNoRows)
{
    auto r = Csv::parse(u"a,b\n\n\r\nc,d\n\n"_qs);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows, (QList<QStringList>{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}}));
    EXPECT_EQ(r->lines, (QList<int>{1, 4}));
}

TEST(Csv, LineNumbersCountLineBreaksInsideQuotes)
{
    auto r = Csv::parse(u"h1,h2\n\"a\nb\nc\",x\nlast,row\n"_qs);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->lines, (QList<int>{1, 2, 5}));
}

TEST(Csv, QuoteInsideAnUnquotedFieldIsTakenAsWritten)
{
    EXPECT_EQ(rowsOf(u"5\" screen,x\n"_qs), (QList<QStringList>{{u"5\" screen"_qs, u"x"_qs}}));
}

TEST(Csv, TabDelimiterForPastedRows)
{
    EXPECT_EQ(rowsOf(u"Línea\tProducto, con coma\tPlazo\n"_qs, u'\t'),
              (QList<QStringList>{{u"Línea"_qs, u"Producto, con coma"_qs, u"Plazo"_qs}}));
}

TEST(Csv, UnterminatedQuoteNamesTheLineWhereItOpens)
{
    const QString e = errorOf(u"a,b\nc,\"open\nstill open\n"_qs);
    EXPECT_TRUE(e.startsWith(u"Line 2:"_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"never closed"_qs)) << e.toStdString();
}

TEST(Csv, TextAfterClosingQuoteIsRefused)
{
    const QString e = errorOf(u"a,b\n\"x\"y,z\n"_qs);
    EXPECT_TRUE(e.startsWith(u"Line 2:"_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"after the closing quote"_qs)) << e.toStdString();
}

TEST(Csv, RowWidthDifferentFromTheHeaderIsRefusedWhenAsked)
{
    const QString text = u"a,b,c\n1,2,3\n\"multi\nline\",2,3\n1,2\n"_qs;
    EXPECT_EQ(rowsOf(text).size(), 4); // allowed by default
    const QString e = errorOf(text, u',', Csv::Width::SameAsFirst);
    EXPECT_TRUE(e.startsWith(u"Line 5:"_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"2 field"_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"has 3"_qs)) << e.toStdString();
}

TEST(Csv, Utf8BytesWithBomDecodeAndDropTheBom)
{
    auto r = Csv::parse(QByteArrayLiteral("\xEF\xBB\xBF"
                                          "a\xC3\xB1o,\xC3\xA7\xC3\xA3o\r\n"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows, (QList<QStringList>{{u"año"_qs, u"ção"_qs}}));
}

TEST(Csv, InvalidUtf8IsRefused)
{
    // Latin-1 "año": what a file saved as plain "CSV" in a Windows spreadsheet looks like.
    auto r = Csv::parse(QByteArrayLiteral("a\xF1o,b\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"UTF-8"_qs)) << r.error().message.toStdString();
}

TEST(Csv, FieldsAreQuotedOnlyWhenNeeded)
{
    EXPECT_EQ(Csv::field(u"plain text á"_qs), u"plain text á"_qs);
    EXPECT_EQ(Csv::field(u"a,b"_qs), u"\"a,b\""_qs);
    EXPECT_EQ(Csv::field(u"say \"hi\""_qs), u"\"say \"\"hi\"\"\""_qs);
    EXPECT_EQ(Csv::field(u"one\ntwo"_qs), u"\"one\ntwo\""_qs);
    EXPECT_EQ(Csv::field(u"cr\r"_qs), u"\"cr\r\""_qs);
    EXPECT_EQ(Csv::field(u"a,b"_qs, u'\t'), u"a,b"_qs);
    EXPECT_EQ(Csv::field(u"a\tb"_qs, u'\t'), u"\"a\tb\""_qs);
}

TEST(Csv, WriterUsesCrlfAfterEveryRow)
{
    EXPECT_EQ(Csv::write({{u"a"_qs, u"b,c"_qs}, {u"d"_qs, QString()}}), u"a,\"b,c\"\r\nd,\r\n"_qs);
}

TEST(Csv, WriteThenParseGivesTheSameRows)
{
    const QList<QStringList> rows = {
        {u"Línea de acción"_qs, u"Producto \"clave\", con coma"_qs, u"Oct – dic. 2020"_qs},
        {QString(), u"dos\r\nlíneas y\nmás"_qs, u"ñ ç ã õ é"_qs},
        {u"\"\""_qs, u","_qs, QString()}};
    for (QChar d : {QChar(u','), QChar(u'\t'), QChar(u';')}) {
        auto r = Csv::parse(Csv::fileBytes(Csv::write(rows, d)), d, Csv::Width::SameAsFirst);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_EQ(r->rows, rows);
    }
}

TEST(Csv, FileBytesStartWithBomAndAreUtf8)
{
    EXPECT_EQ(Csv::fileBytes(u"ñ"_qs), QByteArrayLiteral("\xEF\xBB\xBF\xC3\xB1"));
}

TEST(Csv, WriteFileReplacesAnExistingFileAndReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.csv"_qs);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old content that is longer than the new one\n");
    }
    ASSERT_TRUE(Csv::writeFile(path, Csv::write({{u"a"_qs, u"ñ"_qs}})).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArrayLiteral("\xEF\xBB\xBF"
                                             "a,\xC3\xB1\r\n"));
    auto r = Csv::readFile(path);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows, (QList<QStringList>{{u"a"_qs, u"ñ"_qs}}));
}

TEST(Csv, WriteFileIntoAMissingFolderFails)
{
    QTemporaryDir dir;
    auto r = Csv::writeFile(dir.filePath(u"missing/plan.csv"_qs), u"a\r\n"_qs);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
}

TEST(Csv, MissingFileIsNotFound)
{
    QTemporaryDir dir;
    auto r = Csv::readFile(dir.filePath(u"none.csv"_qs));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
}

TEST(Csv, FileOverTheLimitIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_qs);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(Csv::MaxBytes + 1)); // sparse: no need to write 20 MB
    f.close();
    auto r = Csv::readFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"too large"_qs)) << r.error().message.toStdString();
}

TEST(Csv, FileErrorsNameTheFileAndTheLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.csv"_qs);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,\"2\n");
    f.close();
    auto r = Csv::readFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"bad.csv: Line 2:"_qs))
        << r.error().message.toStdString();
}

TEST(Csv, ReadTextFileDropsTheBomAndRefusesInvalidUtf8WithTheFileName)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.csv"_qs);
    const QString bad = dir.filePath(u"latin1.csv"_qs);
    for (const auto &[path, bytes] :
         {std::pair{good, QByteArrayLiteral("\xEF\xBB\xBFpa\xC3\xADs\r\n")},
          std::pair{bad, QByteArrayLiteral("pa\xEDs\r\n")}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto text = Csv::readTextFile(good);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(*text, u"país\r\n"_qs);
    auto refused = Csv::readTextFile(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"latin1.csv: "_qs))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"UTF-8"_qs));
}

} // namespace
