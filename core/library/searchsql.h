#pragma once

#include "library/librarytypes.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// SQL pieces shared by PhraseSearch and the plans that read its pages
// (searchplan.h). Every value is bound, never spliced into the text.
namespace gaozi::searchsql {

struct Where
{
    QString sql; // "" or " WHERE …"
    QVariantList values;
};

// How a query's words take part in the WHERE: through the full-text index,
// tested on each phrase's text (gaozi_contains, textmatch.h) as an index
// walk passes it, or left out (the caller tests them).
enum class WordTest { FullText, Text, None };

// The filter part shared by search, count and facets; skipFacet leaves that
// filter out (a facet's own counts).
Where buildWhere(const SearchQuery &query, const QStringList &words, const QString &skipFacet = {},
                 WordTest test = WordTest::FullText);
bool hasFilter(const SearchQuery &query);
// ASCII letters lower-cased, as the tokenizer and gaozi_contains fold them.
QString foldAscii(QString word);
// The bits every phrase holding all the words has in phrases.sig.
qint64 wordsSignature(const QStringList &words);

QString orderBy(SortOrder sort);
// The PhraseRecord columns of phrases p, in readPhrase()'s order.
QString columns();
PhraseRecord readPhrase(const QSqlQuery &q);
bool bindAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values);

} // namespace gaozi::searchsql
