#pragma once

#include "checks/checks.h"
#include "ingest/ingest.h"

#include <QStringList>

#include <algorithm>

namespace gaozi::test {

// A draft as the composer would hand it over: plain text through the ingestion walk.
inline ParsedDocument parseDraft(const QString &text)
{
    auto doc = ingestBytes(QStringLiteral("draft.txt"), text.toUtf8());
    return doc.ok() ? doc.value() : ParsedDocument{};
}

// A document built by hand: a title and opening paragraphs, no sections.
inline ParsedDocument openingOnly(const QString &title, const QStringList &opening)
{
    ParsedDocument doc;
    doc.title = title;
    doc.opening = opening;
    return doc;
}

inline QList<Finding> withRule(const QList<Finding> &findings, const QString &prefix)
{
    QList<Finding> out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out),
                 [&prefix](const Finding &f) { return f.rule.startsWith(prefix); });
    return out;
}

inline QList<Finding> check(const ParsedDocument &doc, std::optional<int> year, const QString &rulePrefix)
{
    CheckContext context;
    context.year = year;
    return withRule(runChecks(doc, context), rulePrefix);
}

// The text each finding points at, in order.
inline QStringList flaggedText(const ParsedDocument &doc, const QList<Finding> &findings)
{
    const QList<CheckParagraph> paragraphs = checkParagraphs(doc);
    QStringList out;
    for (const Finding &f : findings) {
        if (f.paragraph >= 0 && f.paragraph < paragraphs.size())
            out.append(paragraphs[f.paragraph].text.mid(f.offset, f.length));
    }
    return out;
}

// The document's paragraphs after applying every fix the findings offer, joined by newlines.
inline QString fixedText(const ParsedDocument &doc, const QList<Finding> &findings)
{
    QStringList texts;
    for (const CheckParagraph &p : checkParagraphs(doc))
        texts.append(p.text);
    QList<Fix> fixes;
    for (const Finding &f : findings) {
        if (f.fix)
            fixes.append(*f.fix);
    }
    applyFixes(texts, fixes);
    return texts.join(u'\n');
}

} // namespace gaozi::test
