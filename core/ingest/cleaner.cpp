#include "ingest/cleaner.h"

#include "ingest/headingmarkers.h"

#include <algorithm>

namespace gaozi {
namespace {

constexpr int kTitleSearchLines = 40;

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F)
        || (u >= 0xFF00 && u <= 0xFFEF) || u == u'“' || u == u'”' || u == u'‘' || u == u'’';
}

// A lone surrogate (only a broken file has one) becomes U+FFFD, as a decoder
// would have made it, so that the noise rules read the line like any other.
QString withValidUtf16(const QString &text)
{
    if (QStringView(text).isValidUtf16())
        return text;
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate())
            ++i;
        else if (out[i].isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

bool endsSentence(QChar c)
{
    static const QString enders = QStringLiteral("。！？；：…」』”’）)】》!?;:.．");
    return enders.contains(c);
}

// A label line such as 存在问题： or 第四季度工作计划：
bool startsWithLabel(const QString &text)
{
    const qsizetype colon = text.indexOf(u'：');
    return colon > 1 && colon <= 16;
}

bool isStructural(const CleanParagraph &p)
{
    return p.headingLevel > 0 || p.titleStyle || headingMarkerAt(p.text).level > 0;
}

} // namespace

QString Cleaner::normaliseSpaces(const QString &line)
{
    const auto isBlank = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u' ' || u == 0x3000 || u == 0x00A0 || u == u'\t' || u == 0xFEFF || u == 0x200B;
    };
    // Most lines of Chinese text hold no blank at all: nothing to copy.
    if (std::none_of(line.cbegin(), line.cend(), isBlank))
        return line;
    // The result is never longer than the line: written in place.
    QString out(line.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = isBlank(line[i]) ? QChar(u' ') : line[i];
        if (c == u' ') {
            // Keep one space between Latin words; drop it next to CJK text.
            if (end == begin || end[-1] == u' ' || isCjk(end[-1]))
                continue;
            qsizetype j = i + 1;
            while (j < line.size() && (line[j].isSpace() || line[j].unicode() == 0x3000))
                ++j;
            if (j >= line.size() || isCjk(line[j]))
                continue;
        }
        *end++ = c;
    }
    while (end > begin && end[-1] == u' ')
        --end;
    out.truncate(end - begin);
    return out;
}

CleanedDocument Cleaner::clean(const RawDocument &raw) const
{
    CleanedDocument doc;
    doc.sourceName = raw.sourceName;
    doc.format = raw.format;
    doc.encoding = raw.encoding;

    // Pass 1: normalise, strip markers, drop noise lines. Blank lines are kept
    // (as empty text) for now: they separate paragraphs when joining lines.
    QList<CleanParagraph> lines;
    lines.reserve(raw.paragraphs.size());
    for (int i = 0; i < raw.paragraphs.size(); ++i) {
        const RawParagraph &rp = raw.paragraphs[i];
        QString text = withValidUtf16(rp.text);
        text.replace(u'\n', u' ');
        const bool hadMarker = m_rules.stripMarkers(text);
        const QString original = normaliseSpaces(rp.text);
        text = normaliseSpaces(text);
        if (text.isEmpty() && hadMarker) {
            doc.dropped.append({i + 1, original, QStringLiteral("paywall marker")});
            lines.append({QString(), 0, false, i + 1});
            continue;
        }
        doc.strippedMarkers += hadMarker ? 1 : 0;
        if (!text.isEmpty()) {
            if (const auto *rule = m_rules.matchingLineRule(text)) {
                doc.dropped.append({i + 1, original, rule->source});
                lines.append({QString(), 0, false, i + 1});
                continue;
            }
        }
        lines.append({text, rp.headingLevel, rp.titleStyle, i + 1});
    }

    // Pass 2: ad blocks above the title. When a title-like line appears near
    // the top before any numbered heading, whatever stands above it is junk.
    int firstContent = -1;
    int titleAt = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < kTitleSearchLines; ++i) {
        if (lines[i].text.isEmpty())
            continue;
        if (firstContent < 0)
            firstContent = i;
        ++seen;
        if (lines[i].titleStyle || m_rules.looksLikeTitle(lines[i].text)) {
            titleAt = i;
            break;
        }
        if (isStructural(lines[i]))
            break;
    }
    if (titleAt > firstContent && firstContent >= 0) {
        for (int i = firstContent; i < titleAt; ++i) {
            if (!lines[i].text.isEmpty()) {
                doc.dropped.append({lines[i].sourceLine, lines[i].text, QStringLiteral("head block")});
                lines[i].text.clear();
            }
        }
    }
    std::sort(doc.dropped.begin(), doc.dropped.end(),
              [](const DroppedLine &a, const DroppedLine &b) { return a.line < b.line; });

    // Pass 3: join lines broken mid-sentence (plain text only) and drop blanks.
    const int titleLine = titleAt >= 0 ? titleAt : firstContent;
    for (int i = 0; i < lines.size(); ++i) {
        CleanParagraph p = lines[i];
        if (p.text.isEmpty())
            continue;
        if (raw.lineBased && i != titleLine && !isStructural(p) && !startsWithLabel(p.text)) {
            while (i + 1 < lines.size() && !lines[i + 1].text.isEmpty() && !endsSentence(p.text.back())
                   && !isStructural(lines[i + 1])) {
                ++i;
                p.text += lines[i].text;
            }
        }
        doc.paragraphs.append(std::move(p));
    }
    return doc;
}

} // namespace gaozi
