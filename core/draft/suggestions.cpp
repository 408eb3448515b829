#include "draft/suggestions.h"

#include "library/phrasesearch.h"

#include <QSet>

namespace gaozi {
namespace {

constexpr int kShapeCandidates = 400; // headings fetched by the shape's literals before the shape filter
constexpr int kEnoughPhrasing = 8;    // below this, the topic filter is dropped

QString normalised(const QString &heading)
{
    QString h = heading.trimmed();
    while (!h.isEmpty() && h.back().isPunct())
        h.chop(1);
    return h;
}

Result<QList<PhraseRecord>> pairedHeadings(PhraseSearch &search, const HeadingShape &shape,
                                           const SectionContext &context, int limit)
{
    SearchQuery q;
    q.text = shape.literals().join(u' ');
    q.kind = PhraseKind::Heading;
    q.limit = kShapeCandidates;
    auto result = search.search(q);
    if (!result)
        return Error{result.error()};
    QSet<QString> taken;
    for (const auto &s : context.siblingHeadings)
        taken.insert(normalised(s));
    taken.insert(normalised(context.heading));
    QList<PhraseRecord> out;
    for (const auto &hit : result->hits) {
        const QString h = normalised(hit.phrase.text);
        if (taken.contains(h) || !shape.matches(h))
            continue;
        taken.insert(h);
        out.append(hit.phrase);
        if (out.size() >= limit)
            break;
    }
    return out;
}

Status appendKind(PhraseSearch &search, SearchQuery q, PhraseKind kind, int limit, QList<PhraseRecord> &out)
{
    q.kind = kind;
    q.limit = limit;
    auto result = search.search(q);
    if (!result)
        return Error{result.error()};
    for (const auto &hit : result->hits)
        out.append(hit.phrase);
    return {};
}

Result<QList<PhraseRecord>> phrasing(PhraseSearch &search, const SearchQuery &base, int limit)
{
    QList<PhraseRecord> out;
    // Most of a section is sentences; points and parallels give its structure.
    const int sentences = limit / 2;
    const int points = limit / 4;
    for (auto [kind, n] : {std::pair{PhraseKind::Sentence, sentences}, std::pair{PhraseKind::Point, points},
                           std::pair{PhraseKind::Parallel, limit - sentences - points}}) {
        if (Status s = appendKind(search, base, kind, n, out); !s)
            return Error{s.error()};
    }
    return out;
}

} // namespace

Result<SectionSuggestions> suggestForSection(Database &db, const SectionContext &context, const SuggestionLimits &limits)
{
    PhraseSearch search(db);
    SectionSuggestions out;
    out.context = context;

    if (context.uid != 0) {
        out.shape = headingShape(context.siblingHeadings);
        if (out.shape) {
            auto paired = pairedHeadings(search, *out.shape, context, limits.paired);
            if (!paired)
                return Error{paired.error()};
            out.pairedHeadings = paired.value();
        }
        SearchQuery q;
        q.role = context.role;
        q.topic = context.topic;
        QList<PhraseRecord> headings;
        if (Status s = appendKind(search, q, PhraseKind::Heading, limits.headings, headings); !s)
            return Error{s.error()};
        out.headings = headings;
    }

    SearchQuery q;
    q.role = context.role;
    q.topic = context.topic;
    auto found = phrasing(search, q, limits.phrasing);
    if (!found)
        return Error{found.error()};
    if (found->size() < kEnoughPhrasing && !context.topic.isEmpty()) {
        q.topic.clear();
        found = phrasing(search, q, limits.phrasing);
        if (!found)
            return Error{found.error()};
        out.topicRelaxed = true;
    }
    out.phrasing = found.value();
    return out;
}

} // namespace gaozi
