#include "ingest/outlinejson.h"

#include <QJsonArray>

namespace gaozi {
namespace {

QJsonObject sectionToJson(const Section &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("level"), s.level);
    o.insert(QStringLiteral("number"), s.number);
    o.insert(QStringLiteral("heading"), s.heading);
    QJsonArray children;
    for (const auto &c : s.children)
        children.append(sectionToJson(c));
    o.insert(QStringLiteral("children"), children);
    QJsonArray points;
    for (const auto &p : s.points)
        points.append(p.lead);
    o.insert(QStringLiteral("points"), points);
    return o;
}

QString markerFor(const Section &s)
{
    if (s.number.isEmpty())
        return {};
    switch (s.level) {
    case 1:
        return s.number + u'、';
    case 2:
        return u'（' + s.number + u'）';
    case 3:
        return s.number + u'.';
    default:
        return u'（' + s.number + u'）';
    }
}

void sectionToText(const Section &s, int depth, QString *out)
{
    const QString indent(depth * 2, u' ');
    *out += indent + markerFor(s) + s.heading + u'\n';
    for (const auto &p : s.points)
        *out += indent + QStringLiteral("  · ") + p.lead + u'\n';
    for (const auto &c : s.children)
        sectionToText(c, depth + 1, out);
}

} // namespace

QJsonObject outlineToJson(const ParsedDocument &doc, const QString &fileLabel)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), fileLabel);
    o.insert(QStringLiteral("title"), doc.title);
    o.insert(QStringLiteral("year"), doc.year ? QJsonValue(*doc.year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("genre"), doc.genre);
    o.insert(QStringLiteral("unit_type"), doc.unitType);
    o.insert(QStringLiteral("encoding"), doc.encoding);
    o.insert(QStringLiteral("dropped_lines"), int(doc.dropped.size()));
    QJsonArray sections;
    for (const auto &s : doc.sections)
        sections.append(sectionToJson(s));
    o.insert(QStringLiteral("sections"), sections);
    return o;
}

QString outlineToText(const ParsedDocument &doc, const QString &fileLabel)
{
    QString out;
    out += fileLabel + u'\n';
    out += QStringLiteral("  title: %1\n").arg(doc.title);
    out += QStringLiteral("  year: %1  genre: %2  unit: %3  dropped lines: %4\n")
               .arg(doc.year ? QString::number(*doc.year) : QStringLiteral("-"), doc.genre,
                    doc.unitType.isEmpty() ? QStringLiteral("-") : doc.unitType)
               .arg(doc.dropped.size());
    for (const auto &s : doc.sections)
        sectionToText(s, 1, &out);
    return out;
}

} // namespace gaozi
