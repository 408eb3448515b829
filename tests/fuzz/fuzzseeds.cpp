// Writes the seed corpora of the fuzz targets into OUTDIR/<target>/: the
// bundled documents as text (UTF-8, GB18030, UTF-16, Markdown), as .docx from
// our own writer and hand-built .docx with styles, tables, fields, deletions
// and text boxes, their XML parts, and search queries. Seeds are generated, not
// stored, so they follow the code that reads them.
#include "common/resourcefiles.h"
#include "export/docxwriter.h"
#include "export/exportdocument.h"
#include "ingest/ingest.h"
#include "ingest/ziparchive.h"
#include "zipbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

#include <cstdio>

using namespace gaozi;

namespace {

int g_failures = 0;

void put(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        ++g_failures;
    }
}

QByteArray encode(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray encodeGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toUtf8();
}

QByteArray docxXmlSeed(const QByteArray &docx)
{
    auto archive = ZipArchive::open(docx);
    if (!archive)
        return {};
    auto document = archive.value()->read(QStringLiteral("word/document.xml"), 1 << 24);
    QByteArray seed = document ? document.value() : QByteArray();
    if (archive.value()->contains(QStringLiteral("word/styles.xml"))) {
        auto styles = archive.value()->read(QStringLiteral("word/styles.xml"), 1 << 24);
        if (styles)
            seed += '\0' + styles.value();
    }
    return seed;
}

const QString kStyles = QStringLiteral(
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"Mine\"/><w:basedOn w:val=\"Heading1\"/></w:style>");

// Word features the reader handles, one hand-built document each.
QList<QPair<QString, QByteArray>> handBuiltDocx()
{
    using test::buildDocx;
    using test::docxParagraph;
    return {
        {QStringLiteral("styles.docx"),
         buildDocx(docxParagraph(QStringLiteral("2023年党建工作总结"), QStringLiteral("Title"))
                       + docxParagraph(QStringLiteral("强化政治引领"), QStringLiteral("Heading1"))
                       + docxParagraph(QStringLiteral("强化理论武装"), QStringLiteral("a3"))
                       + docxParagraph(QStringLiteral("派生标题"), QStringLiteral("Mine"))
                       + docxParagraph(QStringLiteral("一是加强学习；二是改进作风。")),
                   kStyles)},
        {QStringLiteral("runs.docx"),
         buildDocx(QStringLiteral("<w:p><w:r><w:t>一、强化</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>政治引领</w:t></w:r></w:p>"
                                  "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/></w:r></w:p>"))},
        {QStringLiteral("tables-fields.docx"),
         buildDocx(QStringLiteral(
             "<w:p><w:r><w:t>前</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>删掉</w:delText></w:r></w:del>"
             "<w:ins w:id=\"2\"><w:r><w:t>插入</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>"
             "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格一</w:t></w:r></w:p></w:tc>"
             "<w:tc><w:p><w:r><w:t>单元格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
             "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
             "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
             "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>"))},
        {QStringLiteral("textbox.docx"),
         buildDocx(QStringLiteral(
             "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>外层</w:t></w:r><w:r><w:pict><v:textbox><w:txbxContent>"
             "<w:p><w:r><w:t>文本框里的段落</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r></w:p>"))},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gaozi_fuzzseeds OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString text = out.filePath(QStringLiteral("text"));
    const QString checks = out.filePath(QStringLiteral("checks"));
    const QString docx = out.filePath(QStringLiteral("docx"));
    const QString docxXml = out.filePath(QStringLiteral("docxxml"));
    const QString search = out.filePath(QStringLiteral("search"));

    for (const QString &file : bundledCorpusFiles()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            ++g_failures;
            continue;
        }
        const QByteArray bytes = f.readAll();
        const QString base = QFileInfo(file).completeBaseName();
        const QString decoded = QString::fromUtf8(bytes);
        put(text, base + QStringLiteral(".txt"), bytes);
        put(text, base + QStringLiteral(".gb18030"), encodeGb18030(decoded));
        put(text, base + QStringLiteral(".utf16"), encode(QStringConverter::Utf16LE, decoded, true));
        put(checks, base + QStringLiteral(".txt"), bytes);

        auto parsed = ingestBytes(file, bytes);
        if (!parsed) {
            ++g_failures;
            continue;
        }
        auto rendered = renderDocx(exportFromParsed(parsed.value()));
        if (!rendered) {
            std::fprintf(stderr, "%s\n", qPrintable(rendered.error()));
            ++g_failures;
            continue;
        }
        put(docx, base + QStringLiteral(".docx"), rendered.value());
        put(docxXml, base + QStringLiteral(".xml"), docxXmlSeed(rendered.value()));

        // A few search queries from the document: its title and its first words.
        const QString title = parsed->title;
        put(search, base + QStringLiteral("-title"), QByteArray(1, '\x00') + title.toUtf8());
        put(search, base + QStringLiteral("-words"), QByteArray(1, '\x30') + title.left(2).toUtf8() + ' ' + title.mid(4, 3).toUtf8());
        put(search, base + QStringLiteral("-utf16"),
            QByteArray(1, '\x01') + QByteArray(reinterpret_cast<const char *>(title.utf16()), title.size() * 2));
    }
    put(text, QStringLiteral("outline.md"),
        QByteArrayLiteral("# 2024年党建工作总结\n\n## 一、主要做法\n一是加强学习；二是改进作风。\n### （一）强化理论武装\n正文。\n"));
    for (const auto &[name, bytes] : handBuiltDocx()) {
        put(docx, name, bytes);
        put(docxXml, QFileInfo(name).completeBaseName() + QStringLiteral(".xml"), docxXmlSeed(bytes));
    }
    // Query syntax FTS5 would read as operators if it ever got through unquoted.
    const QList<QByteArray> queries = {
        QByteArrayLiteral("\x00党建"), QByteArrayLiteral("\x00工作 学习"), QByteArrayLiteral("\x00\"党建\" OR NOT"),
        QByteArrayLiteral("\x00NEAR(学习 教育, 2)"), QByteArrayLiteral("\x00党*"), QByteArrayLiteral("\x00text:党 ^学"),
        QByteArrayLiteral("\x02 \xe3\x80\x80 "), QByteArrayLiteral("\x10" "Ab c"), QByteArrayLiteral("\x08\x00\x10\x03\x05"),
        QByteArrayLiteral("\x08\x01\x20\x00\x02"), QByteArrayLiteral("\xc4{数}个"),
    };
    for (int i = 0; i < queries.size(); ++i)
        put(search, QStringLiteral("query-%1").arg(i), queries[i]);
    return g_failures == 0 ? 0 : 1;
}
