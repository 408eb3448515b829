#include "draft/genretemplates.h"

#include "draft/draftjson.h"
#include "library/documentcatalog.h"
#include "mining/minedphrase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace gaozi {
namespace {

const QString kTemplateDir = QStringLiteral(":/gaozi/templates");

void fillSections(QList<DraftSection> &sections, const DraftFields &fields)
{
    for (auto &s : sections) {
        s.heading = fillDraftSlots(s.heading, fields);
        s.hint = fillDraftSlots(s.hint, fields);
        fillSections(s.children, fields);
    }
}

// The document's year in its headings becomes the draft's (and the year after
// it, as in "2024年工作打算" of a 2023 summary, the draft's year after).
QString moveYear(const QString &text, std::optional<int> from, int to)
{
    if (!from || to <= 0)
        return text;
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(\\d{4})(?=年)"));
    QString out;
    qsizetype last = 0;
    auto it = year.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int y = m.captured(1).toInt();
        out += text.mid(last, m.capturedStart() - last);
        out += (y == *from || y == *from + 1) ? QString::number(to + (y - *from)) : m.captured(1);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QList<DraftSection> sectionsFromOutline(const QJsonArray &array, std::optional<int> year, int draftYear)
{
    QList<DraftSection> out;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        DraftSection s;
        s.heading = moveYear(o.value(QStringLiteral("heading")).toString(), year, draftYear);
        QStringList leads;
        for (const auto &p : o.value(QStringLiteral("points")).toArray())
            leads.append(p.toString());
        if (!leads.isEmpty())
            s.hint = QStringLiteral("范文此节的要点：") + leads.join(QStringLiteral("；"));
        s.children = sectionsFromOutline(o.value(QStringLiteral("children")).toArray(), year, draftYear);
        out.append(s);
    }
    return out;
}

QString titlePatternFrom(const QString &title, std::optional<int> year)
{
    QString pattern = title.trimmed();
    if (year)
        pattern.replace(QString::number(*year), slot::Year);
    static const QRegularExpression placeholder(QStringLiteral("(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])"));
    const auto m = placeholder.match(pattern);
    if (m.hasMatch())
        pattern.replace(m.capturedStart(), m.capturedLength(), slot::Unit);
    return pattern;
}

} // namespace

Result<GenreTemplate> parseGenreTemplate(const QString &id, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{QStringLiteral("template %1: %2").arg(id, error.errorString())};
    const QJsonObject o = doc.object();
    GenreTemplate t;
    t.id = id;
    t.name = o.value(QStringLiteral("name")).toString();
    t.description = o.value(QStringLiteral("description")).toString();
    t.titlePattern = o.value(QStringLiteral("title")).toString();
    t.period = o.value(QStringLiteral("period")).toString(QStringLiteral("全年"));
    t.openingHint = o.value(QStringLiteral("opening_hint")).toString();
    t.sections = sectionsFromJson(o.value(QStringLiteral("sections")).toArray());
    if (t.name.isEmpty() || t.titlePattern.isEmpty() || t.sections.isEmpty())
        return Error{QStringLiteral("template %1: needs a name, a title and sections").arg(id)};
    return t;
}

Result<QList<GenreTemplate>> genreTemplates()
{
    const QDir dir(kTemplateDir);
    QList<QPair<int, GenreTemplate>> ordered;
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read template %1").arg(file)};
        const QByteArray bytes = f.readAll();
        auto t = parseGenreTemplate(file.chopped(5), bytes);
        if (!t)
            return Error{t.error()};
        const int order = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("order")).toInt(999);
        ordered.append({order, t.value()});
    }
    if (ordered.isEmpty())
        return Error{QStringLiteral("no genre templates are bundled")};
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<GenreTemplate> out;
    for (const auto &p : ordered)
        out.append(p.second);
    return out;
}

Result<GenreTemplate> genreTemplate(const QString &id)
{
    auto all = genreTemplates();
    if (!all)
        return Error{all.error()};
    for (const auto &t : all.value()) {
        if (t.id == id)
            return t;
    }
    return Error{QStringLiteral("no genre template with id %1").arg(id)};
}

Draft draftFromTemplate(const GenreTemplate &genre, const DraftFields &fields, const QString &name)
{
    Draft d;
    d.name = name;
    d.genre = genre.id;
    d.titlePattern = genre.titlePattern;
    d.fields = fields;
    if (d.fields.period.isEmpty())
        d.fields.period = genre.period;
    d.openingHint = fillDraftSlots(genre.openingHint, d.fields);
    d.sections = genre.sections;
    fillSections(d.sections, d.fields);
    assignUids(d.sections);
    if (d.name.isEmpty())
        d.name = d.title();
    return d;
}

Result<Draft> draftFromDocumentOutline(const QString &outlineJson, const QString &documentTitle,
                                       std::optional<int> documentYear, const DraftFields &fields, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(outlineJson.toUtf8(), &error);
    QJsonArray sections;
    if (doc.isArray())
        sections = doc.array();
    else if (doc.isObject())
        sections = doc.object().value(QStringLiteral("sections")).toArray();
    else
        return Error{QStringLiteral("the document's outline cannot be read: %1").arg(error.errorString())};
    if (sections.isEmpty())
        return Error{QStringLiteral("the document has no headings to start from")};

    Draft d;
    d.name = name;
    d.fields = fields;
    if (d.fields.period.isEmpty())
        d.fields.period = QStringLiteral("全年");
    d.titlePattern = titlePatternFrom(documentTitle, documentYear);
    if (d.titlePattern.isEmpty())
        d.titlePattern = slot::Unit + slot::Year + QStringLiteral("年工作总结");
    d.sections = sectionsFromOutline(sections, documentYear, fields.year);
    assignUids(d.sections);
    if (d.name.isEmpty())
        d.name = d.title();
    return d;
}

Result<Draft> draftFromLibraryDocument(Database &db, qint64 documentId, const DraftFields &fields, const QString &name)
{
    auto doc = DocumentCatalog(db).document(documentId);
    if (!doc)
        return Error{doc.error()};
    auto draft = draftFromDocumentOutline(doc->outlineJson, doc->info.title, doc->info.year, fields, name);
    if (!draft)
        return Error{QStringLiteral("document %1: %2").arg(documentId).arg(draft.error())};
    return draft;
}

} // namespace gaozi
