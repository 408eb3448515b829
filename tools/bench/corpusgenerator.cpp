#include "corpusgenerator.h"

#include "common/resourcefiles.h"
#include "export/docxwriter.h"
#include "export/exportdocument.h"
#include "ingest/ingest.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>

#include <random>

namespace gaozi::bench {
namespace {

// Clause and sentence pools cut from the bundled corpus.
struct Pools
{
    QStringList headings1;
    QStringList headings2;
    QStringList clauses; // pieces between ，；。 without their punctuation
    QStringList pointLeads;
};

void collect(const QList<Section> &sections, Pools *pools)
{
    static const QRegularExpression cut(QStringLiteral("[，。；！？]"));
    for (const auto &s : sections) {
        (s.level == 1 ? pools->headings1 : pools->headings2).append(s.heading);
        for (const auto &p : s.points)
            pools->pointLeads.append(p.lead);
        for (const auto &para : s.paragraphs) {
            const auto parts = para.split(cut, Qt::SkipEmptyParts);
            for (const auto &part : parts) {
                if (part.size() >= 6 && part.size() <= 60)
                    pools->clauses.append(part.trimmed());
            }
        }
        collect(s.children, pools);
    }
}

Result<Pools> loadPools()
{
    Pools pools;
    const auto files = bundledCorpusFiles();
    for (const auto &f : files) {
        auto doc = ingestFile(f);
        if (!doc)
            return Error{doc.error()};
        collect(doc->sections, &pools);
    }
    if (pools.clauses.size() < 50 || pools.headings1.isEmpty() || pools.headings2.isEmpty())
        return Error{QStringLiteral("the bundled corpus is too small to generate from")};
    return pools;
}

class Writer
{
public:
    Writer(const Pools &pools, quint64 seed) : m_pools(pools), m_rng(seed) {}

    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    const QString &any(const QStringList &list) { return list[pick(int(list.size()))]; }

    // Numbers, years and units vary so sentences differ across documents.
    QString vary(QString text)
    {
        static const QRegularExpression number(QStringLiteral("\\d+"));
        static const QRegularExpression placeholder(QStringLiteral("X{2,3}|x{2,3}"));
        text.replace(number, QString::number(1 + pick(300)));
        if (!chance(30))
            text.replace(placeholder, any(units()));
        return text;
    }

    QString sentence()
    {
        const int parts = 2 + pick(3);
        QStringList pieces;
        for (int i = 0; i < parts; ++i)
            pieces << vary(any(m_pools.clauses));
        return pieces.join(u'，') + u'。';
    }

    QString paragraph(bool withPoints)
    {
        QString out;
        if (withPoints) {
            const int n = 2 + pick(3);
            for (int i = 1; i <= n; ++i)
                out += chineseNumeralText(i) + QStringLiteral("是") + vary(any(m_pools.pointLeads)) + u'。' + sentence();
            return out;
        }
        const int n = 2 + pick(4);
        for (int i = 0; i < n; ++i)
            out += sentence();
        return out;
    }

    static QString chineseNumeralText(int i)
    {
        static const QStringList digits = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                           QStringLiteral("四"), QStringLiteral("五")};
        return digits[(i - 1) % digits.size()];
    }

    static const QStringList &units()
    {
        static const QStringList list = {QStringLiteral("市财政局"), QStringLiteral("县教育局"), QStringLiteral("区卫健委"),
                                          QStringLiteral("市住建局"), QStringLiteral("第一人民医院"), QStringLiteral("市直机关工委"),
                                          QStringLiteral("县交通运输局"), QStringLiteral("实验中学"), QStringLiteral("市税务局")};
        return list;
    }

    ExportDocument document(int year)
    {
        static const QStringList genres = {QStringLiteral("党建工作总结"), QStringLiteral("党支部工作情况总结报告"),
                                           QStringLiteral("党委书记抓党建工作述职报告"), QStringLiteral("党建工作要点")};
        ExportDocument doc;
        doc.title = QStringLiteral("%1%2年%3").arg(chance(20) ? QStringLiteral("XX") : any(units())).arg(year).arg(any(genres));
        doc.opening << QStringLiteral("%1年以来，").arg(year) + sentence() + sentence();
        const int l1 = 3 + pick(3);
        for (int i = 1; i <= l1; ++i) {
            ExportSection s;
            s.level = 1;
            s.number = sectionNumberText(1, i);
            s.heading = vary(any(m_pools.headings1));
            const int l2 = 1 + pick(4);
            for (int j = 1; j <= l2; ++j) {
                ExportSection c;
                c.level = 2;
                c.number = sectionNumberText(2, j);
                c.heading = vary(any(m_pools.headings2));
                c.paragraphs << paragraph(chance(50));
                if (chance(40))
                    c.paragraphs << paragraph(false);
                s.children << c;
            }
            doc.sections << s;
        }
        return doc;
    }

private:
    const Pools &m_pools;
    std::mt19937_64 m_rng;
};

QString plainText(const ExportDocument &doc, Writer &w, bool noise)
{
    QString text;
    if (noise)
        text += QStringLiteral("仅供学习 禁止外传\n某某文库\n会员群：12345678  免费QQ群：87654321\n\n");
    text += doc.title + u'\n';
    const auto blocks = exportBlocks(doc);
    for (int i = 1; i < blocks.size(); ++i) {
        QString line = blocks[i].text;
        if (noise && w.chance(5))
            line.insert(line.size() / 2, QStringLiteral("##paidbegin##"));
        text += line + u'\n';
    }
    if (noise)
        text += QStringLiteral("【某某素材库】每天更新材料，有意加入请联系客服：abc123\n##paidend##\n");
    return text;
}

} // namespace

Result<GeneratedCorpus> generateCorpus(const QString &dir, const GeneratorOptions &options,
                                       const std::function<void(qint64)> &progress)
{
    auto pools = loadPools();
    if (!pools)
        return Error{pools.error()};
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("cannot create %1").arg(dir)};
    Writer w(pools.value(), options.seed);
    GeneratedCorpus out;
    QStringEncoder gb("GB18030");
    while (out.bytes < options.targetBytes) {
        const int year = 2016 + w.pick(10);
        const ExportDocument doc = w.document(year);
        const QString sub = QDir(dir).filePath(QStringLiteral("%1").arg(out.files / 1000, 3, 10, QLatin1Char('0')));
        QDir().mkpath(sub);
        QByteArray bytes;
        QString name;
        if (w.chance(options.docxPercent)) {
            // A fixed timestamp keeps the generated .docx files byte-identical across runs.
            auto docx = renderDocx(doc, LayoutProfile::gbt9704(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            if (!docx)
                return Error{docx.error()};
            bytes = docx.value();
            name = QStringLiteral("%1.docx").arg(out.files, 6, 10, QLatin1Char('0'));
            ++out.docx;
        } else {
            const QString text = plainText(doc, w, w.chance(options.noisePercent));
            if (w.chance(options.gb18030Percent)) {
                bytes = gb(text);
                ++out.gb18030;
            } else {
                bytes = text.toUtf8();
            }
            name = QStringLiteral("%1.txt").arg(out.files, 6, 10, QLatin1Char('0'));
        }
        QFile f(QDir(sub).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return Error{QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString())};
        out.bytes += bytes.size();
        ++out.files;
        if (progress && out.files % 500 == 0)
            progress(out.bytes);
    }
    return out;
}

} // namespace gaozi::bench
