// `gaozi-cli drafts new`: the fields a new draft starts with, and where its
// outline comes from (a genre template or a library document).
#include "cli.h"
#include "draftscommand.h"

#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "library/database.h"

#include <QJsonObject>

namespace gaozi::cli {
namespace {

// Years the new-draft dialog offers.
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;

Result<DraftFields> draftFields(const QCommandLineParser &parser)
{
    DraftFields fields;
    fields.unit = parser.value(QStringLiteral("unit")).trimmed();
    if (!parser.isSet(QStringLiteral("year")))
        return Error{QStringLiteral("drafts new: --year YEAR is required")};
    bool ok = false;
    const QString year = parser.value(QStringLiteral("year"));
    fields.year = year.trimmed().toInt(&ok);
    if (!ok || fields.year < kFirstYear || fields.year > kLastYear)
        return Error{QStringLiteral("drafts new: --year takes a year from %1 to %2, not \"%3\"")
                         .arg(kFirstYear)
                         .arg(kLastYear)
                         .arg(year)};
    if (parser.isSet(QStringLiteral("period"))) {
        fields.period = parser.value(QStringLiteral("period")).trimmed();
        if (!draftPeriods().contains(fields.period))
            return Error{QStringLiteral("drafts new: unknown period \"%1\" (use one of %2)")
                             .arg(fields.period, draftPeriods().join(QStringLiteral(", ")))};
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const QString date = parser.value(QStringLiteral("date")).trimmed();
        fields.date = QDate::fromString(date, Qt::ISODate);
        if (!fields.date.isValid())
            fields.date = QDate::fromString(date, QStringLiteral("yyyy年M月d日"));
        if (!fields.date.isValid())
            return Error{QStringLiteral("drafts new: --date takes a date such as 2024-12-31, not \"%1\"").arg(date)};
    }
    return fields;
}

// The draft a new one starts as: a genre template, or the outline of a library document.
Result<Draft> startingDraft(const QCommandLineParser &parser, Database &db, const DraftFields &fields)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("genre"))) {
        const QString id = parser.value(QStringLiteral("genre"));
        auto genre = genreTemplate(id);
        if (!genre)
            return Error{QStringLiteral("drafts new: unknown genre \"%1\" (see 'gaozi-cli drafts genres')").arg(id)};
        return draftFromTemplate(genre.value(), fields, name);
    }
    bool ok = false;
    const QString text = parser.value(QStringLiteral("document"));
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        return Error{QStringLiteral("drafts new: \"%1\" is not a document id (see 'gaozi-cli documents')").arg(text)};
    auto draft = draftFromLibraryDocument(db, id, fields, name);
    if (!draft)
        return Error{QStringLiteral("drafts new: %1").arg(draft.error())};
    return draft;
}

} // namespace

int runDraftsNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("genre"), QStringLiteral("Start from this genre template (see 'drafts genres')."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("document"),
                      QStringLiteral("Start from the headings of this library document (see 'gaozi-cli documents')."),
                      QStringLiteral("DOCID")});
    parser.addOption({QStringLiteral("unit"), QStringLiteral("The unit's name (单位名称), e.g. 中共XX局机关委员会."),
                      QStringLiteral("UNIT")});
    parser.addOption(
        {QStringLiteral("year"), QStringLiteral("The year the draft reports on (required)."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("period"),
                      QStringLiteral("全年, 上半年, 下半年 or 第一季度 … 第四季度 (default: the template's)."),
                      QStringLiteral("PERIOD")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("成文日期, e.g. 2024-12-31 (default: no date line)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("title"),
                      QStringLiteral("Your own title instead of the one built from the fields."),
                      QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The draft's name in the list (default: its title)."),
                      QStringLiteral("NAME")});
    if (const int code = parseSub(parser, QStringLiteral("new"), args,
                                  QStringLiteral("Create a draft in the library and print its id."), true);
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("genre")) == parser.isSet(QStringLiteral("document")))
        return fail(QStringLiteral("drafts new: give either --genre ID or --document DOCID"));
    auto fields = draftFields(parser);
    if (!fields)
        return fail(fields.error());

    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto draft = startingDraft(parser, *db.value(), fields.value());
    if (!draft)
        return fail(draft.error());
    if (parser.isSet(QStringLiteral("title"))) {
        draft->setTitle(parser.value(QStringLiteral("title")));
        if (!parser.isSet(QStringLiteral("name")))
            draft->name = draft->title();
    }
    auto id = DraftStore(*db.value()).create(draft.value());
    if (!id)
        return fail(QStringLiteral("drafts new: %1").arg(id.error()));
    if (parser.isSet(QStringLiteral("json")))
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), id.value()},
                                          {QStringLiteral("name"), draft->name},
                                          {QStringLiteral("title"), draft->title()}}));
    else
        out(QStringLiteral("%1\n").arg(id.value()));
    return 0;
}

} // namespace gaozi::cli
