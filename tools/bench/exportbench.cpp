#include "exportbench.h"

#include "export/docxwriter.h"
#include "export/exportdocument.h"
#include "searchbench.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace gaozi::bench {

QJsonObject runExportBench(int repetitions)
{
    // 30 pages × 22 lines × 28 characters, with headings every few paragraphs.
    const int targetChars = 30 * 22 * 28;
    const QString sentence = QStringLiteral("坚持以高质量党建引领保障高质量发展，推动各项工作落实落地见实效。");
    ExportDocument doc;
    doc.title = QStringLiteral("2024年党建工作总结");
    int chars = 0;
    for (int i = 1; chars < targetChars; ++i) {
        ExportSection s;
        s.level = 1;
        s.number = sectionNumberText(1, i);
        s.heading = QStringLiteral("强化政治引领，推动工作落实");
        for (int j = 1; j <= 3; ++j) {
            ExportSection c;
            c.level = 2;
            c.number = sectionNumberText(2, j);
            c.heading = QStringLiteral("夯实基层基础");
            c.paragraphs << sentence.repeated(6);
            chars += int(c.paragraphs.last().size() + c.heading.size());
            s.children << c;
        }
        doc.sections << s;
    }
    doc.closing = {QStringLiteral("中共XX局党组"), QStringLiteral("2024年12月20日")};

    QTemporaryDir dir;
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        const Status s = writeDocx(dir.filePath(QStringLiteral("draft.docx")), doc);
        times << double(t.nsecsElapsed()) / 1e6;
        if (!s)
            return {{QStringLiteral("error"), s.error()}};
    }
    std::sort(times.begin(), times.end());
    return {{QStringLiteral("characters"), chars},
            {QStringLiteral("p50_ms"), percentile(times, 50)},
            {QStringLiteral("p95_ms"), percentile(times, 95)}};
}

} // namespace gaozi::bench
