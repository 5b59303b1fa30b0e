// Minutes made safe before they are stored: a hostile corpus (scripts, event handlers, remote
// images in Markdown and HTML, javascript: links written plainly and in disguise, split tags,
// 10 MB of text) and the Markdown that must come through unchanged.

#include "meetings/Minutes.h"

#include <gtest/gtest.h>

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace focal;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString safe(const char *text)
{
    auto r = Minutes::sanitise(u8(text));
    EXPECT_TRUE(r.ok()) << text;
    return r ? *r : QString();
}

struct Case
{
    const char *input;
    const char *expected;
};

class HostileMinutes : public ::testing::TestWithParam<Case>
{
};

TEST_P(HostileMinutes, BecomeExactlyTheSafeForm)
{
    const Case c = GetParam();
    const QString once = safe(c.input);
    EXPECT_EQ(once, u8(c.expected)) << c.input;
    // Sanitising what is stored again changes nothing.
    EXPECT_EQ(Minutes::sanitise(once).value(), once) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, HostileMinutes,
    ::testing::Values(
        // Raw HTML: scripts and styles go with their content, other tags leave their text.
        Case{"Hola<script>alert(1)</script> mundo", "Hola mundo"},
        Case{"a<SCRIPT type=\"text/javascript\">x()</ScRiPt >b", "ab"},
        Case{"antes<script>sin cerrar\n\ny todo lo demás", "antes"},
        Case{"<style>body{display:none}</style>Texto", "Texto"},
        Case{"<b>negrita</b> y <i>cursiva</i>", "negrita y cursiva"},
        Case{"<img src=x onerror=alert(1)>Foto", "Foto"},
        Case{"<div onclick=\"steal()\">Acuerdo</div>", "Acuerdo"},
        Case{"<a href=\"javascript:alert(1)\">clic</a>", "clic"},
        Case{"<iframe src=\"https://evil.example\"></iframe>Fin", "Fin"},
        Case{"<svg onload=alert(1)><script>x</script></svg>ok", "ok"},
        Case{"uno<!-- comentario <script>x</script> -->dos", "unodos"},
        Case{"uno<!-- sin cerrar", "uno"}, Case{"línea<br>siguiente", "línea\nsiguiente"},
        // Split and nested tags do not come back together.
        Case{"<scr<script>ipt>alert(1)</script>", "\\<scr"},
        Case{"<scr<b>ipt>alert(1)</script>", ""}, Case{"<<b>script>alert(1)<</b>/script>", ""},
        Case{"<img<b> src=x onerror=alert(1)>", ""},
        // Markdown images: local ones stay, remote and data ones leave their alternative text.
        Case{"![mapa](imagenes/mapa.png)", "![mapa](imagenes/mapa.png)"},
        Case{"![rastreo](http://evil.example/p.gif)", "rastreo"},
        Case{"![x](https://evil.example/p.gif \"título\")", "x"},
        Case{"![x](//evil.example/p.gif)", "x"}, Case{"![x](\\\\servidor\\c$\\p.png)", "x"},
        Case{"![x](data:image/png;base64,AAAA)", "x"}, Case{"![x](file:///etc/passwd)", "x"},
        Case{"![x](<http://evil.example/a b.png>)", "x"},
        Case{"![ref][r]\n\n[r]: http://evil.example/p.gif",
             "ref\n\n[r]: http://evil.example/p.gif"},
        Case{"[![img](http://evil.example/p.gif)](https://prosur.org)",
             "[img](https://prosur.org)"},
        // Links keep http, https, mailto and relative addresses.
        Case{"[sitio](https://foroprosur.org/grupos)", "[sitio](https://foroprosur.org/grupos)"},
        Case{"[correo](mailto:punto.focal@example.cl)", "[correo](mailto:punto.focal@example.cl)"},
        Case{"[anexo](anexos/2e.pdf)", "[anexo](anexos/2e.pdf)"},
        Case{"[clic](javascript:alert(1))", "clic"},
        Case{"[clic](JavaScript:alert(1) \"t\")", "clic"},
        Case{"[clic](&#106;avascript:alert(1))", "clic"},
        Case{"[clic](&#x6A;avascript&colon;alert(1))", "clic"},
        Case{"[clic](javascript\\:alert(1))", "clic"},
        Case{"[clic](java<b>script:alert(1))", "clic"},
        Case{"[archivo](file:///C:/secretos.txt)", "archivo"},
        Case{"[d](data:text/html,<script>alert(1)</script>)", "d"},
        Case{"[a [b] c](vbscript:msgbox)", "a [b] c"},
        Case{"[x][mal]\n\n[mal]: javascript:alert(1)", "[x][mal]\n\n"},
        Case{"<javascript:alert(1)>", "javascript:alert(1)"},
        Case{"<https://foroprosur.org>", "<https://foroprosur.org>"},
        // Line ends and control characters.
        Case{"uno\r\ndos\rtres", "uno\ndos\ntres"},
        Case{"a\x01"
             "b\x1b[31mc\x7f\td",
             "ab[31mc\td"}));

TEST(Minutes, MarkdownOfTheEditorComesThroughUnchanged)
{
    const QString markdown = u8("# Acta de la 3ª Videoconferencia\n\n"
                                "## Acuerdos\n\n"
                                "**Paraguay** enviará una *propuesta* sobre Ciberseguridad.\n\n"
                                "- Chile: reenviar el plan\n"
                                "- Perú: integrar los 3 subgrupos\n\n"
                                "1. primero\n2. segundo\n\n"
                                "| País | Compromiso |\n"
                                "|------|------------|\n"
                                "| PY   | Propuesta  |\n\n"
                                "Dos < tres, y 3 > 2; [Foro](https://foroprosur.org).\n");
    EXPECT_EQ(Minutes::sanitise(markdown).value(), markdown);
}

TEST(Minutes, NulCharactersInsideTheTextGo)
{
    QString text = u8("ab");
    text.insert(1, QChar(0));
    EXPECT_EQ(Minutes::sanitise(text).value(), u8("ab"));
}

TEST(Minutes, TenMegabytesAreRefusedWithAClearMessage)
{
    const QString huge(10 * 1024 * 1024, QLatin1Char('a'));
    const auto r = Minutes::sanitise(huge);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("10485760")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QString::number(Minutes::maxCharacters())));
}

TEST(Minutes, TheLimitItselfIsAccepted)
{
    QString text(Minutes::maxCharacters(), QLatin1Char('x'));
    for (qsizetype i = 80; i < text.size(); i += 81)
        text[i] = QLatin1Char('\n');
    const auto r = Minutes::sanitise(text);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, text);
    EXPECT_FALSE(Minutes::sanitise(text + QLatin1Char('x')).ok());
}

TEST(Minutes, ALargeHostileTextKeepsNoScriptAndNoRemoteImage)
{
    QString text;
    const QString block =
        u8("Párrafo <script>alert(1)</script> ![x](http://evil.example/p.gif) "
           "[y](javascript:void(0)) <img src=http://evil.example/q.gif> <scr<script>ipt>\n");
    while (text.size() + block.size() < Minutes::maxCharacters())
        text += block;
    const auto r = Minutes::sanitise(text);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(r->contains(QStringLiteral("http://evil")));
    EXPECT_FALSE(r->contains(QStringLiteral("javascript:")));
    EXPECT_FALSE(r->contains(QStringLiteral("<img")));
    // The split tag's "<script>" opens an element that ends at the next block's "</script>",
    // and what is left, "<scr ...>", is a tag up to the next ">": as a browser would read it.
    EXPECT_TRUE(r->startsWith(u8("Párrafo  x y "))) << r->left(60).toStdString();
    EXPECT_LT(r->size(), text.size() / 4);
}

TEST(Minutes, NestedTagsAreTakenApartOrRefusedWhenAbsurdlyDeep)
{
    // Each pass takes one layer away: "<<b>b>" is "<b>" after the first.
    const QString twenty = QStringLiteral("<").repeated(20) + QStringLiteral("b>").repeated(20);
    EXPECT_EQ(Minutes::sanitise(twenty).value(), QString());
    const QString forty = QStringLiteral("<").repeated(40) + QStringLiteral("b>").repeated(40);
    const auto refused = Minutes::sanitise(forty);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
}

TEST(Minutes, LinkAndImageAddressesAreJudgedAsAReaderSeesThem)
{
    EXPECT_TRUE(Minutes::isSafeLink(QStringLiteral("HTTPS://example.org")));
    EXPECT_TRUE(Minutes::isSafeLink(QStringLiteral("docs/acta.pdf")));
    EXPECT_TRUE(Minutes::isSafeLink(QStringLiteral("#acuerdos")));
    EXPECT_FALSE(Minutes::isSafeLink(QStringLiteral(" java\tscript:alert(1)")));
    EXPECT_FALSE(Minutes::isSafeLink(QStringLiteral("&amp;#106;avascript:x")));
    EXPECT_FALSE(Minutes::isSafeLink(QStringLiteral("//evil.example")));
    EXPECT_FALSE(Minutes::isLocalImage(QStringLiteral("https://example.org/a.png")));
    EXPECT_FALSE(Minutes::isLocalImage(QString()));
    EXPECT_TRUE(Minutes::isLocalImage(QStringLiteral("img/a.png")));
}

} // namespace
