#include "fuzzentries.h"

#include "checks/checkfile.h"
#include "checks/checks.h"
#include "checks/corpusindex.h"
#include "checks/findingformat.h"
#include "common/resourcefiles.h"
#include "ingest/cleaner.h"
#include "ingest/docxreader.h"
#include "ingest/documentreader.h"
#include "ingest/ingest.h"
#include "ingest/outlinejson.h"
#include "ingest/structureparser.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "mining/phrasemining.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace gaozi::fuzz {
namespace {

[[noreturn]] void broken(const QString &what)
{
    QString shown; // control characters (NULs above all) escaped, so the whole message prints
    for (const QChar c : what)
        shown += c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
    std::fprintf(stderr, "fuzz invariant broken: %s\n", shown.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

void require(bool condition, const char *what)
{
    if (!condition)
        broken(QString::fromLatin1(what));
}

ReadLimits smallLimits()
{
    ReadLimits limits;
    limits.maxTextBytes = kFuzzReadLimit;
    limits.maxDocxBytes = kFuzzReadLimit;
    limits.maxEntryBytes = kFuzzReadLimit;
    return limits;
}

// What the importer does with a document after reading it, with the
// invariants the library and the UI rely on (sources point into their
// paragraph, outlines serialise, the hash is stable).
void mineAndCheck(const ParsedDocument &doc)
{
    (void)outlineToJson(doc, doc.sourceName);
    (void)outlineToText(doc, doc.sourceName);
    require(LibraryWriter::contentHash(doc) == LibraryWriter::contentHash(doc), "content hash is stable");
    const MinedDocument mined = mineDocument(doc);
    for (const Occurrence &o : mined.occurrences) {
        require(o.paragraph >= -1 && o.paragraph < mined.paragraphs.size(), "occurrence paragraph index in range");
        require(o.offset >= 0 && o.length >= 0, "occurrence offset and length are not negative");
        if (o.paragraph >= 0 && o.offset + o.length > mined.paragraphs[o.paragraph].text.size())
            broken(QStringLiteral("occurrence %1+%2 past its paragraph of %3 characters: %4")
                       .arg(o.offset)
                       .arg(o.length)
                       .arg(mined.paragraphs[o.paragraph].text.size())
                       .arg(o.text));
        (void)LibraryWriter::quality(o.kind, o.text);
    }
}

void ingestAndMine(const Result<RawDocument> &raw)
{
    if (!raw) {
        require(!raw.error().isEmpty(), "a refused file has a reason");
        return;
    }
    for (const RawParagraph &p : raw->paragraphs)
        require(p.headingLevel >= 0 && p.headingLevel <= 9, "heading level 0..9");
    const CleanedDocument cleaned = Cleaner().clean(raw.value());
    const ParsedDocument doc = parseStructure(cleaned);
    const QList<CheckParagraph> paragraphs = checkParagraphs(doc);
    require(paragraphSourceLines(paragraphs, cleaned).size() == paragraphs.size(), "a source line per paragraph");
    mineAndCheck(doc);
}

void runText(const QByteArray &input)
{
    // Markdown and plain text share the decoder; the size picks one so every
    // seed exercises both over a run.
    const QString name = (input.size() % 2) ? QStringLiteral("fuzz.md") : QStringLiteral("fuzz.txt");
    ingestAndMine(readDocumentBytes(name, input, smallLimits()));
}

void runDocx(const QByteArray &input)
{
    ingestAndMine(readDocumentBytes(QStringLiteral("fuzz.docx"), input, smallLimits()));
}

// word/document.xml, a NUL byte, word/styles.xml: the XML layer without the
// zip around it, which mutations of deflated bytes rarely reach.
void runDocxXml(const QByteArray &input)
{
    const qsizetype split = input.indexOf('\0');
    const QByteArray document = split < 0 ? input : input.left(split);
    const QByteArray styles = split < 0 ? QByteArray() : input.mid(split + 1);
    auto paragraphs = parseDocxXml(document, styles);
    if (!paragraphs) {
        ingestAndMine(Error{paragraphs.error()});
        return;
    }
    RawDocument raw;
    raw.sourceName = QStringLiteral("fuzz.docx");
    raw.format = QStringLiteral("docx");
    raw.encoding = QStringLiteral("docx");
    raw.paragraphs = std::move(paragraphs).value();
    ingestAndMine(raw);
}

// The bundled corpus in a real library file, made once per process.
struct SearchLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<PhraseRecord> phrases; // every phrase, by id
};

SearchLibrary &searchLibrary()
{
    static SearchLibrary *library = [] {
        auto *l = new SearchLibrary;
        require(l->dir.isValid(), "temporary folder for the search library");
        auto db = Database::open(l->dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!db)
            broken(db.error());
        l->db = std::move(db).value();
        const ImportReport report = seedBundledCorpus(*l->db);
        require(report.error.isEmpty() && report.count(ImportItem::Status::Imported) > 0, "seeded the search library");
        QSqlQuery q(l->db->connection());
        require(q.exec(QStringLiteral("SELECT id FROM phrases ORDER BY id")), "list phrases");
        while (q.next()) {
            auto phrase = PhraseSearch(*l->db).phrase(q.value(0).toLongLong());
            require(phrase.ok(), "read a phrase");
            l->phrases.append(phrase.value());
        }
        require(!l->phrases.isEmpty(), "the search library has phrases");
        return l;
    }();
    return *library;
}

void checkResult(const SearchQuery &query, const Result<SearchResult> &result)
{
    if (!result)
        broken(QStringLiteral("search for «%1» failed: %2").arg(query.text, result.error()));
    require(result->hits.size() <= query.limit, "no more hits than the limit");
    if (!result->hits.isEmpty() && result->total < query.offset + result->hits.size())
        broken(QStringLiteral("search for «%1» from %2: %3 hits but a total of %4")
                   .arg(query.text)
                   .arg(query.offset)
                   .arg(result->hits.size())
                   .arg(result->total));
    const QStringList words = PhraseSearch::queryWords(query.text);
    for (const SearchHit &hit : result->hits) {
        if (query.kind)
            require(hit.phrase.kind == *query.kind, "hits have the kind asked for");
        if (query.favouritesOnly)
            require(hit.phrase.favourite, "favourites only");
        for (const auto &[start, length] : hit.matches)
            require(start >= 0 && length >= 0 && start + length <= hit.phrase.text.size(), "match range in text");
    }
}

// First byte: options; the rest is the query text (UTF-8, or raw UTF-16 so lone
// surrogates get through). With bit 3 set the rest picks a phrase and a piece
// of its text instead, and the phrase must be among the hits: search finds
// every substring.
void runSearch(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    SearchLibrary &library = searchLibrary();
    const PhraseSearch search(*library.db);
    const auto flags = static_cast<unsigned char>(input[0]);
    const QByteArray rest = input.mid(1);

    SearchQuery query;
    query.limit = 50;
    query.sort = SortOrder((flags >> 4) % 3);
    if (flags & 0x08) {
        if (rest.size() < 4)
            return;
        const auto byte = [&](int i) { return int(static_cast<unsigned char>(rest[i])); };
        const PhraseRecord &target = library.phrases[(byte(0) << 8 | byte(1)) % library.phrases.size()];
        const qsizetype start = byte(2) % target.text.size();
        query.text = target.text.mid(start, 1 + byte(3) % 16);
        if (query.text.trimmed().isEmpty() || query.text.front().isLowSurrogate() || query.text.back().isHighSurrogate())
            return;
        query.kind = target.kind;
        query.limit = 100000;
        const auto result = search.search(query);
        checkResult(query, result);
        for (const SearchHit &hit : result->hits) {
            if (hit.phrase.id == target.id)
                return;
        }
        broken(QStringLiteral("«%1» is part of phrase %2 «%3» but search did not find it")
                   .arg(query.text)
                   .arg(target.id)
                   .arg(target.text));
    }
    query.text = (flags & 1) ? QString(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2)
                             : QString::fromUtf8(rest);
    const int kind = (flags >> 1) & 3;
    if (kind > 0)
        query.kind = allKinds().value(kind + 1);
    query.favouritesOnly = flags & 0x40;
    query.offset = (flags & 0x80) ? 20 : 0;
    checkResult(query, search.search(query));
    const auto facets = search.facets(query);
    if (!facets)
        broken(QStringLiteral("facets for «%1» failed: %2").arg(query.text, facets.error()));
    (void)PhraseSearch::matchRanges(query.text, PhraseSearch::queryWords(query.text));
}

const MemoryCorpusIndex &checksCorpus()
{
    static const MemoryCorpusIndex *index = [] {
        auto *i = new MemoryCorpusIndex;
        for (const QString &file : bundledCorpusFiles()) {
            auto doc = ingestFile(file);
            require(doc.ok(), "bundled document reads");
            i->addDocument(doc.value(), file);
        }
        return i;
    }();
    return *index;
}

void runChecksOn(const ParsedDocument &doc)
{
    CheckContext context;
    context.corpus = &checksCorpus();
    const QList<Finding> findings = runChecks(doc, context);
    const QList<CheckParagraph> paragraphs = checkParagraphs(doc);
    QStringList texts;
    for (const CheckParagraph &p : paragraphs)
        texts << p.text;
    QHash<QString, int> perRule;
    QList<Fix> fixes;
    for (const Finding &f : findings) {
        require(!f.rule.isEmpty() && !f.message.isEmpty(), "a finding has a rule and a message");
        require(f.paragraph >= -1 && f.paragraph < paragraphs.size(), "finding paragraph in range");
        if (f.paragraph >= 0 && (f.offset < 0 || f.length < 0 || f.offset + f.length > texts[f.paragraph].size()))
            broken(QStringLiteral("[%1] finding %2+%3 past paragraph %4 of %5 characters")
                       .arg(f.rule)
                       .arg(f.offset)
                       .arg(f.length)
                       .arg(f.paragraph)
                       .arg(texts[f.paragraph].size()));
        if (++perRule[f.rule] > kMaxFindingsPerRule)
            broken(QStringLiteral("rule %1 reported more than %2 findings").arg(f.rule).arg(kMaxFindingsPerRule));
        if (f.fix) {
            require(f.fix->paragraph >= 0 && f.fix->paragraph < paragraphs.size(), "fix paragraph in range");
            require(f.fix->offset >= 0 && f.fix->length >= 0
                        && f.fix->offset + f.fix->length <= texts[f.fix->paragraph].size(),
                    "fix range inside its paragraph");
            fixes << *f.fix;
        }
    }
    (void)findingsToText(findings, QStringLiteral("fuzz.txt"));
    (void)findingsToJson(findings);
    require(applyFixes(texts, fixes) <= fixes.size(), "no more fixes applied than given");
}

void runChecksEntry(const QByteArray &input)
{
    auto doc = ingestBytes(QStringLiteral("fuzz.txt"), input, smallLimits());
    if (doc)
        runChecksOn(doc.value());
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> list = {
        {QStringLiteral("text"), runText},
        {QStringLiteral("docx"), runDocx},
        {QStringLiteral("docxxml"), runDocxXml},
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("checks"), runChecksEntry},
    };
    return list;
}

Entry entry(const QString &name)
{
    for (const Target &t : targets()) {
        if (t.name == name)
            return t.run;
    }
    return nullptr;
}

} // namespace gaozi::fuzz
