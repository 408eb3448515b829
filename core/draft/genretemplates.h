#pragma once

#include "common/result.h"
#include "draft/draft.h"

#include <QList>
#include <QString>

namespace gaozi {

class Database;

// A genre skeleton from resources/data/templates/*.json: how a kind of
// document is usually built, with headings, the role of each part and advice
// for what to write. Headings and hints may hold {年} {单位} {时段}.
struct GenreTemplate
{
    QString id;          // file name without .json: "annual-summary"
    QString name;        // 年度党建工作总结
    QString description; // one line for the new-draft dialog
    QString titlePattern;
    QString period; // default period: 全年, 第三季度 …
    QString openingHint;
    QList<DraftSection> sections;
};

// Every bundled template, in the order their "order" keys give.
Result<QList<GenreTemplate>> genreTemplates();
Result<GenreTemplate> genreTemplate(const QString &id);
Result<GenreTemplate> parseGenreTemplate(const QString &id, const QByteArray &json);

// A new draft from a template: headings and hints have their slots filled
// from the fields; the title keeps following the fields.
Draft draftFromTemplate(const GenreTemplate &genre, const DraftFields &fields, const QString &name);

// A new draft with the skeleton of a library document (DocumentView::outlineJson):
// its headings, with the document's year moved to the draft's year, and its
// points as hints. The title pattern is the document's title with its year and
// first placeholder (XX, xxx) turned into {年} and {单位}.
Result<Draft> draftFromDocumentOutline(const QString &outlineJson, const QString &documentTitle,
                                       std::optional<int> documentYear, const DraftFields &fields, const QString &name);

// The same, reading the document from the library. Errors name what is
// missing: the document, or (prefixed "document N: ") its headings.
Result<Draft> draftFromLibraryDocument(Database &db, qint64 documentId, const DraftFields &fields, const QString &name);

} // namespace gaozi
