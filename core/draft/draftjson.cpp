#include "draft/draftjson.h"

#include <QSet>

namespace gaozi {
namespace {

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}


void replaceBad(QList<DraftSection> &sections, QSet<int> &seen, int &next)
{
    for (auto &s : sections) {
        if (s.uid <= 0 || seen.contains(s.uid))
            s.uid = next++;
        seen.insert(s.uid);
        replaceBad(s.children, seen, next);
    }
}

void numberFrom(QList<DraftSection> &sections, int &next)
{
    for (auto &s : sections) {
        s.uid = next++;
        numberFrom(s.children, next);
    }
}

} // namespace

QJsonArray sectionsToJson(const QList<DraftSection> &sections)
{
    QJsonArray array;
    for (const auto &s : sections) {
        QJsonObject o;
        if (s.uid > 0)
            o.insert(QStringLiteral("uid"), s.uid);
        o.insert(QStringLiteral("heading"), s.heading);
        putIfSet(o, QStringLiteral("body"), s.body);
        putIfSet(o, QStringLiteral("hint"), s.hint);
        putIfSet(o, QStringLiteral("role"), s.role);
        if (!s.children.isEmpty())
            o.insert(QStringLiteral("children"), sectionsToJson(s.children));
        array.append(o);
    }
    return array;
}

QList<DraftSection> sectionsFromJson(const QJsonArray &array)
{
    QList<DraftSection> out;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        DraftSection s;
        s.uid = o.value(QStringLiteral("uid")).toInt();
        s.heading = o.value(QStringLiteral("heading")).toString();
        s.body = o.value(QStringLiteral("body")).toString();
        s.hint = o.value(QStringLiteral("hint")).toString();
        s.role = o.value(QStringLiteral("role")).toString();
        s.children = sectionsFromJson(o.value(QStringLiteral("children")).toArray());
        out.append(s);
    }
    return out;
}

void assignUids(QList<DraftSection> &sections)
{
    int next = 1;
    numberFrom(sections, next);
}

void repairUids(QList<DraftSection> &sections)
{
    Draft probe;
    probe.sections = sections;
    int next = probe.nextUid();
    QSet<int> seen;
    replaceBad(sections, seen, next);
}

QJsonObject draftToJson(const Draft &draft)
{
    QJsonObject o;
    if (draft.id > 0)
        o.insert(QStringLiteral("id"), draft.id);
    o.insert(QStringLiteral("name"), draft.name);
    o.insert(QStringLiteral("genre"), draft.genre);
    o.insert(QStringLiteral("title"), draft.title());
    o.insert(QStringLiteral("title_pattern"), draft.titlePattern);
    o.insert(QStringLiteral("title_override"), draft.titleOverride);
    o.insert(QStringLiteral("unit"), draft.fields.unit);
    o.insert(QStringLiteral("year"), draft.fields.year);
    o.insert(QStringLiteral("period"), draft.fields.period);
    o.insert(QStringLiteral("date"), draft.fields.date.isValid() ? draft.fields.date.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("opening"), draft.opening);
    putIfSet(o, QStringLiteral("opening_hint"), draft.openingHint);
    o.insert(QStringLiteral("sections"), sectionsToJson(draft.sections));
    return o;
}

Result<Draft> draftFromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("sections")).isArray())
        return Error{QStringLiteral("not a draft: no \"sections\" array")};
    Draft d;
    d.name = o.value(QStringLiteral("name")).toString();
    d.genre = o.value(QStringLiteral("genre")).toString();
    d.titlePattern = o.value(QStringLiteral("title_pattern")).toString();
    d.titleOverride = o.value(QStringLiteral("title_override")).toString();
    d.fields.unit = o.value(QStringLiteral("unit")).toString();
    d.fields.year = o.value(QStringLiteral("year")).toInt();
    d.fields.period = o.value(QStringLiteral("period")).toString();
    d.fields.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.opening = o.value(QStringLiteral("opening")).toString();
    d.openingHint = o.value(QStringLiteral("opening_hint")).toString();
    d.sections = sectionsFromJson(o.value(QStringLiteral("sections")).toArray());
    repairUids(d.sections);
    return d;
}

} // namespace gaozi
