#include "draft/draftchecks.h"

#include "draft/outlineops.h"

namespace gaozi {
namespace {

using Part = DraftLocation::Part;

int leadingSpaces(const QString &text)
{
    int n = 0;
    while (n < text.size() && text[n].isSpace())
        ++n;
    return n;
}

// Where each of bodyParagraphs(text) starts in text (bodyParagraphs() trims lines and drops empty ones).
QList<int> paragraphStarts(const QString &text)
{
    QList<int> starts;
    int lineStart = 0;
    while (lineStart <= text.size()) {
        int end = int(text.indexOf(u'\n', lineStart));
        if (end < 0)
            end = int(text.size());
        int first = lineStart;
        while (first < end && text[first].isSpace())
            ++first;
        if (first < end)
            starts.append(first);
        lineStart = end + 1;
    }
    return starts;
}

// The paragraphs in checkParagraphs() order and the lines of draftToPlainText() follow the same
// walk: the title, the opening, then each section's heading, body and children.
QList<DraftSpot> spotsFor(const Draft &draft, const QList<CheckParagraph> &paragraphs)
{
    const QList<DraftLocation> lines = draftLines(draft);
    QList<DraftSpot> out;
    out.reserve(paragraphs.size());
    DraftSpot title;
    title.where.part = Part::Title;
    title.line = (!lines.isEmpty() && lines.first().part == Part::Title) ? 1 : 0;
    title.textStart = leadingSpaces(draft.title());
    out.append(title);

    QList<int> starts; // of the opening or body being walked
    for (int i = 0; i < lines.size() && out.size() < paragraphs.size(); ++i) {
        const DraftLocation &l = lines[i];
        if (l.part == Part::None || l.part == Part::Title || l.part == Part::Closing)
            continue;
        DraftSpot spot;
        spot.where = l;
        spot.line = i + 1;
        spot.markerLength = paragraphs[out.size()].markerLength;
        if (l.part == Part::Heading) {
            spot.textStart = leadingSpaces(draftText(draft, Part::Heading, l.uid));
        } else {
            if (l.paragraph == 0)
                starts = paragraphStarts(draftText(draft, l.part, l.uid));
            spot.textStart = int(starts.value(l.paragraph));
        }
        out.append(spot);
    }
    while (out.size() < paragraphs.size()) // never: both walk the same tree
        out.append(DraftSpot{});
    return out;
}

} // namespace

DraftCheck checkDraft(const Draft &draft, const CheckContext &context)
{
    const ParsedDocument doc = draftToParsedDocument(draft);
    DraftCheck out;
    out.year = checkYear(doc, context);
    out.paragraphs = checkParagraphs(doc);
    out.spots = spotsFor(draft, out.paragraphs);
    out.findings = runChecks(doc, context);
    for (Finding &f : out.findings) {
        if (f.paragraph >= 0 && f.paragraph < out.spots.size())
            f.line = out.spots[f.paragraph].line;
    }
    return out;
}

QList<DraftSpot> draftCheckSpots(const Draft &draft)
{
    return spotsFor(draft, checkParagraphs(draftToParsedDocument(draft)));
}

DraftTextRange draftTextRange(const QList<DraftSpot> &spots, int paragraph, int offset, int length)
{
    if (paragraph < 0 || paragraph >= spots.size() || offset < 0 || length < 0)
        return {};
    const DraftSpot &s = spots[paragraph];
    if (s.where.part == Part::None || offset < s.markerLength)
        return {};
    return {s.where.part, s.where.uid, s.textStart + offset - s.markerLength, length};
}

QString draftText(const Draft &draft, DraftLocation::Part part, int uid)
{
    switch (part) {
    case Part::Title:
        return draft.title();
    case Part::Opening:
        return draft.opening;
    case Part::Heading:
    case Part::Body:
        if (const DraftSection *s = findSection(draft, uid))
            return part == Part::Heading ? s->heading : s->body;
        return {};
    default:
        return {};
    }
}

DraftTextRange applyDraftFix(Draft &draft, const Fix &fix, const QString &expected)
{
    const QList<CheckParagraph> paragraphs = checkParagraphs(draftToParsedDocument(draft));
    if (fix.paragraph < 0 || fix.paragraph >= paragraphs.size() || paragraphs[fix.paragraph].text != expected
        || fix.offset < 0 || fix.length < 0 || fix.offset + fix.length > expected.size())
        return {};
    const DraftTextRange r = draftTextRange(spotsFor(draft, paragraphs), fix.paragraph, fix.offset, fix.length);
    QString text = draftText(draft, r.part, r.uid);
    if (r.part == Part::None || r.offset + r.length > text.size())
        return {};
    text.replace(r.offset, r.length, fix.replacement);
    bool done = true;
    switch (r.part) {
    case Part::Title:
        draft.setTitle(text);
        break;
    case Part::Opening:
        draft.opening = text;
        break;
    case Part::Heading:
        done = outline::rename(draft, r.uid, text);
        break;
    case Part::Body:
        done = outline::setBody(draft, r.uid, text);
        break;
    default:
        done = false;
    }
    if (!done)
        return {};
    return {r.part, r.uid, r.offset, int(fix.replacement.size())};
}

} // namespace gaozi
