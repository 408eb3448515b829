#include "mining/slots.h"
#include "mining/spanfinders.h"

#include "common/charclass.h"
#include "ingest/headingmarkers.h"

#include <QRegularExpression>

namespace gaozi {
namespace {

constexpr CharClass kOpeners(u"“《（(【「『‘〈");
constexpr CharClass kClosers(u"”》）)】」』’〉");
constexpr CharClass kEnders(u"。！？；!?;");
// Punctuation a sentence may not start or end with once split out.
constexpr CharClass kLeadingJunk(u"，,、。；;：:！？!?”’）)》】…·");
constexpr CharClass kTrailingJunk(u"，,、：:…·—-");

constexpr int kMinSentence = 8;
constexpr int kMaxSentence = 150;
constexpr int kMinHan = 6;
constexpr int kMaxSlots = 4;
constexpr int kHanPerSlot = 8; // fewer Han characters per slot reads as a form, not a sentence

constexpr int kHanPerSlotInPoint = 6;

constexpr int kLongLead = 30;
constexpr int kMaxLead = 60;
constexpr int kMinLeadClause = 4;

bool balanced(QStringView s)
{
    int depth = 0;
    int straight = 0;
    for (const QChar c : s) {
        if (c == u'"')
            ++straight;
        else if (isOpener(c))
            ++depth;
        else if (isCloser(c) && --depth < 0)
            return false;
    }
    return depth == 0 && straight % 2 == 0;
}

bool acceptable(const QString &text)
{
    if (!balanced(text))
        return false;
    const QString slotted = slotify(text);
    const int han = hanCount(slotted);
    const int slots = slotCount(slotted);
    return slotted.size() >= kMinSentence && slotted.size() <= kMaxSentence && han >= kMinHan
        && slots <= kMaxSlots && slots * kHanPerSlot <= han;
}

void emitSentence(QStringView p, qsizetype from, qsizetype to, QList<TextSpan> &out)
{
    auto skipLeading = [&] {
        while (from < to && (p[from].isSpace() || kLeadingJunk.contains(p[from])))
            ++from;
    };
    skipLeading();
    qsizetype marker = 0;
    const bool point = pointMarkerOrdinal(p, from, &marker) > 0;
    if (point) {
        from += marker;
        skipLeading();
    }
    while (to > from && (p[to - 1].isSpace() || kTrailingJunk.contains(p[to - 1])))
        --to;
    const QStringView s = p.mid(from, to - from);
    // 一是上下联动抓好理论学习。 is the point's lead, mined as a point.
    if (point && !s.contains(u'，') && !s.contains(u','))
        return;
    const QString text = s.toString();
    if (acceptable(text))
        out.append(TextSpan{from, to - from, text});
}

} // namespace

bool isOpener(QChar c)
{
    return kOpeners.contains(c);
}

bool isCloser(QChar c)
{
    return kClosers.contains(c);
}

QList<TextSpan> findSentences(QStringView p)
{
    QList<TextSpan> out;
    int depth = 0;
    bool inStraightQuote = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p[i];
        if (c == u'"')
            inStraightQuote = !inStraightQuote;
        else if (isOpener(c))
            ++depth;
        else if (isCloser(c))
            depth = std::max(0, depth - 1);
        else if (depth == 0 && !inStraightQuote && kEnders.contains(c)) {
            emitSentence(p, start, i, out);
            start = i + 1;
        }
    }
    emitSentence(p, start, p.size(), out);
    return out;
}

bool keptAsSentence(const QString &text)
{
    return acceptable(text);
}

QString pointLead(const QString &lead)
{
    QString text = lead.trimmed();
    if (text.size() > kLongLead) {
        static const QRegularExpression comma(QStringLiteral("[，,]"));
        const qsizetype cut = text.indexOf(comma);
        if (cut >= kMinLeadClause)
            text = text.left(cut);
    }
    const QString slotted = slotify(text);
    const int han = hanCount(slotted);
    if (text.size() > kMaxLead || han < 2 || slotCount(slotted) * kHanPerSlotInPoint > han || !balanced(text))
        return {};
    return text;
}

} // namespace gaozi
