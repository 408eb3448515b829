#include "checks/checks.h"

#include "checks/rules.h"

#include <algorithm>

namespace gaozi {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QList<CheckRule> checkRules()
{
    return {
        {QStringLiteral("placeholder"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "Placeholders left in the text: XX, X次, A, 【待补】, {数}.")},
        {QStringLiteral("numbering.sequence"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "Heading numbers that skip or repeat at one level.")},
        {QStringLiteral("numbering.level"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "A heading level used without the level above it.")},
        {QStringLiteral("numbering.points"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "一是 without 二是, or 一是/二是 enumerations out of order.")},
        {QStringLiteral("numbering.parens"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "Heading markers written with ASCII parentheses.")},
        {QStringLiteral("year.title"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "A year in the title that differs from the draft's year.")},
        {QStringLiteral("year.heading"), Severity::Error,
         QCoreApplication::translate("gaozi::Checks", "A year in a heading that differs from the draft's year.")},
        {QStringLiteral("year.opening"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "An opening that starts with an earlier year.")},
        {QStringLiteral("year.body"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "A year in the text later than the draft's year plus one.")},
        {QStringLiteral("year.unknown"), Severity::Info,
         QCoreApplication::translate("gaozi::Checks", "No year known, so year and timeliness checks were skipped.")},
        {QStringLiteral("timeliness.outdated"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Terms whose period had ended by the draft's year.")},
        {QStringLiteral("timeliness.premature"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Terms that did not exist yet in the draft's year.")},
        {QStringLiteral("repetition.sentence"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "The same sentence twice in the document.")},
        {QStringLiteral("repetition.heading"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "The same heading twice in the document.")},
        {QStringLiteral("repetition.opening-verb"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Three or more sibling headings opening with the same word.")},
        {QStringLiteral("copy.summary"), Severity::Info,
         QCoreApplication::translate("gaozi::Checks", "How many sentences appear verbatim in the library.")},
        {QStringLiteral("copy.sentence"), Severity::Info,
         QCoreApplication::translate("gaozi::Checks", "A sentence found verbatim in the library, with its sources.")},
        {QStringLiteral("typography.half-width"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Half-width punctuation between Chinese characters.")},
        {QStringLiteral("typography.doubled-punctuation"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Two punctuation marks in a row, such as ，。")},
        {QStringLiteral("typography.doubled-character"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "A character typed twice by mistake, such as 条件件.")},
        {QStringLiteral("typography.unbalanced"), Severity::Warning,
         QCoreApplication::translate("gaozi::Checks", "Quotes or brackets without their partner.")},
        {QStringLiteral("balance.section-length"), Severity::Info,
         QCoreApplication::translate("gaozi::Checks", "A section far shorter or longer than its siblings.")},
        {QStringLiteral("checks.truncated"), Severity::Info,
         QCoreApplication::translate("gaozi::Checks", "A rule stopped reporting after too many findings.")},
    };
}

std::optional<int> checkYear(const ParsedDocument &doc, const CheckContext &context)
{
    return context.year ? context.year : doc.year;
}

QList<Finding> runChecks(const ParsedDocument &doc, const CheckContext &context)
{
    const CheckDocument checkDoc = buildCheckDocument(doc);
    const RuleInput in{doc, checkDoc, checkYear(doc, context), context.corpus, CheckData::bundled()};
    FindingSink sink(checkDoc);

    checkPlaceholders(in, sink);
    checkNumbering(in, sink);
    checkPointRuns(in, sink);
    if (in.year) {
        checkYears(in, sink);
        checkTimeliness(in, sink);
    } else {
        sink.add(QStringLiteral("year.unknown"), Severity::Info, -1, 0, 0,
                 QCoreApplication::translate("gaozi::Checks",
                                             "The document's year is unknown, so years and dated terms were not checked."),
                 QCoreApplication::translate("gaozi::Checks", "Put the year in the title or set the draft's year."));
    }
    checkRepetition(in, sink);
    if (in.corpus)
        checkCopyRatio(in, sink);
    checkTypography(in, sink);
    checkDoubledCharacters(in, sink);
    checkBalance(in, sink);

    QList<Finding> findings = sink.take();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.offset < b.offset;
    });
    return findings;
}

int applyFixes(QStringList &paragraphTexts, const QList<Fix> &fixes)
{
    // Choose in reading order (of overlapping fixes the first wins), then apply back to
    // front so earlier offsets stay valid while later text changes.
    QList<Fix> chosen;
    QList<Fix> sorted = fixes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Fix &a, const Fix &b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.offset < b.offset;
    });
    int lastParagraph = -1;
    int lastEnd = 0;
    for (const Fix &fix : sorted) {
        if (fix.paragraph < 0 || fix.paragraph >= paragraphTexts.size() || fix.offset < 0 || fix.length < 0
            || fix.offset + fix.length > paragraphTexts[fix.paragraph].size())
            continue;
        if (fix.paragraph == lastParagraph && fix.offset < lastEnd)
            continue;
        chosen.append(fix);
        lastParagraph = fix.paragraph;
        lastEnd = fix.offset + fix.length;
    }
    for (auto it = chosen.crbegin(); it != chosen.crend(); ++it)
        paragraphTexts[it->paragraph].replace(it->offset, it->length, it->replacement);
    return int(chosen.size());
}

} // namespace gaozi
