#include "mining/phrasemining.h"

#include "mining/documentwalk.h"
#include "mining/lexicons.h"
#include "mining/spanfinders.h"
#include "mining/termmatcher.h"

#include <QSet>

#include <algorithm>

namespace gaozi {
namespace {

constexpr int kMaxOutlineLevel = 2;
constexpr int kMinOutlineLines = 2;

class Miner
{
public:
    Miner(const Lexicons &lexicons, const DocumentWalk &walk, MinedDocument &out)
        : m_lex(lexicons), m_walk(walk), m_out(out)
    {}

    void run()
    {
        outline();
        for (const WalkSection &ws : m_walk.sections) {
            const WalkParagraph &h = m_walk.paragraphs[ws.paragraph];
            add(PhraseKind::Heading, ws.paragraph, h.headingStart, ws.section->heading);
            points(ws);
        }
        QStringList terms;
        QSet<QString> seen;
        for (int i = 0; i < m_walk.paragraphs.size(); ++i) {
            const WalkParagraph &p = m_walk.paragraphs[i];
            if (p.headingStart < 0) {
                for (const TextSpan &s : findSentences(p.text))
                    add(PhraseKind::Sentence, i, s.offset, s.text, s.length);
            }
            for (const TextSpan &s : findParallels(p.text))
                add(PhraseKind::Parallel, i, s.offset, s.text, s.length);
            for (const TextSpan &s : findFormulas(p.text)) {
                if (!seen.contains(s.text)) {
                    seen.insert(s.text);
                    terms.append(s.text);
                }
            }
        }
        termOccurrences(terms);
        std::stable_sort(m_out.occurrences.begin(), m_out.occurrences.end(),
                         [](const Occurrence &a, const Occurrence &b) {
                             return std::tie(a.paragraph, a.offset) < std::tie(b.paragraph, b.offset);
                         });
    }

private:
    void add(PhraseKind kind, int paragraph, qsizetype offset, const QString &display, qsizetype length = -1)
    {
        const QString slotted = slotify(display);
        const QString key = phraseKey(slotted);
        if (key.isEmpty())
            return;
        const WalkParagraph &p = m_walk.paragraphs[paragraph];
        Occurrence o;
        o.kind = kind;
        o.text = slotted;
        o.key = key;
        o.role = p.role;
        o.topic = m_lex.topic(slotted, p.headings);
        o.paragraph = paragraph;
        o.offset = int(offset);
        o.length = int(length < 0 ? display.size() : length);
        m_out.occurrences.append(std::move(o));
    }

    // The skeleton of levels 1–2, one marked heading a line.
    void outline()
    {
        QStringList lines;
        for (const WalkSection &ws : m_walk.sections) {
            if (ws.section->level <= kMaxOutlineLevel)
                lines.append(m_walk.paragraphs[ws.paragraph].text);
        }
        if (lines.size() < kMinOutlineLines)
            return;
        const QString raw = lines.join(u'\n');
        Occurrence o;
        o.kind = PhraseKind::Outline;
        o.text = slotify(raw);
        o.key = phraseKey(o.text);
        o.topic = m_lex.fallbackTopic();
        o.paragraph = -1;
        o.length = int(raw.size());
        m_out.occurrences.append(std::move(o));
    }

    // The parser keeps points without positions; find each lead in the section's
    // body paragraphs, in order.
    void points(const WalkSection &ws)
    {
        int body = 0;
        qsizetype from = 0;
        for (const Point &point : ws.section->points) {
            const QString lead = pointLead(point.lead);
            if (lead.isEmpty())
                continue;
            for (int b = body; b < ws.body.size(); ++b) {
                const qsizetype at = m_walk.paragraphs[ws.body[b]].text.indexOf(lead, b == body ? from : 0);
                if (at >= 0) {
                    add(PhraseKind::Point, ws.body[b], at, lead);
                    body = b;
                    from = at + lead.size();
                    break;
                }
            }
        }
    }

    void termOccurrences(const QStringList &terms)
    {
        if (terms.isEmpty())
            return;
        const TermMatcher matcher(terms);
        for (int i = 0; i < m_walk.paragraphs.size(); ++i) {
            matcher.scan(m_walk.paragraphs[i].text,
                         [&](int term, qsizetype offset) { add(PhraseKind::Term, i, offset, terms[term]); });
        }
    }

    const Lexicons &m_lex;
    const DocumentWalk &m_walk;
    MinedDocument &m_out;
};

} // namespace

MinedDocument mineDocument(const ParsedDocument &doc)
{
    const Lexicons &lexicons = Lexicons::bundled();
    const DocumentWalk walk = walkDocument(doc, lexicons);
    MinedDocument out;
    out.paragraphs.reserve(walk.paragraphs.size());
    for (const WalkParagraph &p : walk.paragraphs)
        out.paragraphs.append(MinedParagraph{p.sectionPath, p.text});
    Miner(lexicons, walk, out).run();
    return out;
}

QString classifyTopic(const QString &text, const QStringList &headings)
{
    return Lexicons::bundled().topic(text, headings);
}

QStringList topicNames()
{
    return Lexicons::bundled().topicNames();
}

QStringList roleNames()
{
    return Lexicons::bundled().roleNames();
}

} // namespace gaozi
