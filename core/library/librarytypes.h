#pragma once

#include "mining/minedphrase.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gaozi {

struct DocumentInfo
{
    qint64 id = 0;
    QString path;
    QString fileName;
    QString title;
    std::optional<int> year;
    QString genre;
    QString unitType;
    QString format;
    QString encoding;
    int charCount = 0;
    int droppedLines = 0;
    int phraseCount = 0; // phrases mined from it, terms aside
    bool builtin = false;
    QDateTime importedAt;
};

struct ParagraphView
{
    qint64 id = 0;
    int index = 0;
    QString sectionPath;
    QString text;
};

struct DocumentView
{
    DocumentInfo info;
    QString outlineJson; // the ParsedDocument's sections as `gaozi-cli outline --json` prints them
    QList<ParagraphView> paragraphs;
};

struct PhraseRecord
{
    qint64 id = 0;
    PhraseKind kind = PhraseKind::Sentence;
    QString text;
    QString role;
    QString topic;
    int occurrences = 0;
    int documents = 0;
    bool user = false;
    bool favourite = false;
};

// How many of a phrase's sources the preview lists (newest documents first).
// A term found in thousands of documents stores this many source rows; its
// counts still cover every document (termrefresh.h).
constexpr int kSourcesListed = 200;

// The window's list of phrases asks for this many first, as the user types,
// and for kListPageRows more whenever it is scrolled to its end. Fifty rows
// are about two screens of the list; on the slowest searches of a 270 MB
// library they take a third to a half of the time of 200
// (docs/BENCHMARKS.md), and that first answer is what every keystroke waits for.
constexpr int kFirstListRows = 50;
constexpr int kListPageRows = 200;

// Where a phrase was found, with its paragraph for context.
struct SourceView
{
    qint64 documentId = 0;
    QString documentTitle;
    QString fileName;
    qint64 paragraphId = 0;
    int paragraphIndex = 0;
    QString sectionPath;
    QString paragraphText;
    int offset = 0;
    int length = 0;
    int hits = 1; // how often the phrase occurs in this document
};

enum class SortOrder { Rank, Frequency, Length };

struct SearchQuery
{
    QString text; // words separated by spaces must all occur (AND); empty lists by rank
    std::optional<PhraseKind> kind;
    QString role;
    QString topic;
    bool favouritesOnly = false;
    bool userOnly = false;
    SortOrder sort = SortOrder::Rank;
    int limit = 100;
    int offset = 0;
    // What SearchResult::total counts: every match (0); at most n matches
    // (n > 0), so a page of a word found in a million phrases does not wait
    // for the count of all of them; or nothing beyond this page (PageOnly),
    // for a view that shows the page at once and asks PhraseSearch::count()
    // after. SearchResult::totalExact says when the count stopped short.
    static constexpr int PageOnly = -1;
    int countLimit = 0;
};

struct SearchHit
{
    PhraseRecord phrase;
    QList<QPair<int, int>> matches; // (start, length) of each query word in phrase.text
};

struct SearchResult
{
    QList<SearchHit> hits;
    int total = 0; // matches in the whole library, not just this page
    bool totalExact = true; // false: there are more than total (SearchQuery::countLimit)
};

// Counts per facet value for the filter panel under the current query.
struct FacetCounts
{
    QList<QPair<QString, int>> kinds;
    QList<QPair<QString, int>> roles;
    QList<QPair<QString, int>> topics;
    int favourites = 0;
    int user = 0;
};

} // namespace gaozi
