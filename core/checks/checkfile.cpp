#include "checks/checkfile.h"

#include "ingest/cleaner.h"
#include "ingest/documentreader.h"
#include "ingest/structureparser.h"

namespace gaozi {

QList<int> paragraphSourceLines(const QList<CheckParagraph> &paragraphs, const CleanedDocument &cleaned)
{
    // The parser consumes cleaned paragraphs in order, one unit each, except that a heading
    // with text after it on the same line also yields the section's first body paragraph.
    constexpr int kLookAhead = 8;
    QList<int> lines(paragraphs.size(), 0);
    const auto &source = cleaned.paragraphs;
    int next = 0;
    int headingSource = -1; // the cleaned paragraph of the heading just mapped
    for (int p = 0; p < paragraphs.size(); ++p) {
        const CheckParagraph &para = paragraphs[p];
        const QStringView wanted = QStringView(para.text).mid(para.markerLength);
        if (para.kind == CheckParagraph::Kind::Title && wanted.isEmpty())
            continue;
        if (para.kind == CheckParagraph::Kind::Body && headingSource >= 0 && !wanted.isEmpty()
            && source[headingSource].text.endsWith(wanted) && source[headingSource].text.size() > wanted.size()) {
            lines[p] = source[headingSource].sourceLine;
            headingSource = -1;
            continue;
        }
        headingSource = -1;
        for (int k = next; k < source.size() && k < next + kLookAhead; ++k) {
            if (source[k].text.contains(wanted)) {
                lines[p] = source[k].sourceLine;
                next = k + 1;
                if (para.kind == CheckParagraph::Kind::Heading)
                    headingSource = k;
                break;
            }
        }
    }
    return lines;
}

Result<CheckedFile> checkFile(const QString &path, const CheckContext &context)
{
    auto raw = readDocumentFile(path);
    if (!raw)
        return Error{raw.error()};
    const CleanedDocument cleaned = Cleaner().clean(raw.value());
    CheckedFile out;
    out.document = parseStructure(cleaned);
    out.year = checkYear(out.document, context);
    out.findings = runChecks(out.document, context);
    const QList<int> lines = paragraphSourceLines(checkParagraphs(out.document), cleaned);
    for (Finding &f : out.findings) {
        if (f.paragraph >= 0 && f.paragraph < lines.size() && lines[f.paragraph] > 0)
            f.line = lines[f.paragraph];
    }
    return out;
}

} // namespace gaozi
