#include "draft/headingshape.h"

#include <QHash>

#include <algorithm>

namespace gaozi {
namespace {

constexpr int kLeadLength = 2; // a lone heading's clause keeps its leading verb (聚焦, 持续, 强化)
constexpr int kSlack = 2;      // extra characters a gap may take beyond what the siblings show

const QString kGapClass = QStringLiteral("[^，,；;。：:]");

QString strip(const QString &heading)
{
    QString h = heading.trimmed();
    while (!h.isEmpty() && (h.back().isPunct() || h.back().isSpace()))
        h.chop(1);
    return h;
}

QStringList clausesOf(const QString &heading)
{
    static const QRegularExpression sep(QStringLiteral("[，,；;]"));
    return strip(heading).split(sep);
}

void addGap(QList<HeadingShape::Part> &parts, int minLength, int maxLength)
{
    if (maxLength <= 0)
        return;
    if (!parts.isEmpty() && parts.last().literal.isEmpty()) {
        parts.last().minLength += minLength;
        parts.last().maxLength += maxLength;
        return;
    }
    parts.append({QString(), std::max(1, minLength), maxLength});
}

void addLiteral(QList<HeadingShape::Part> &parts, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!parts.isEmpty() && !parts.last().literal.isEmpty())
        parts.last().literal += text;
    else
        parts.append({text, 0, 0});
}

// Clauses of equal length line up character by character.
QList<HeadingShape::Part> alignedClause(const QStringList &clauses)
{
    QList<HeadingShape::Part> parts;
    const QString &first = clauses.first();
    for (int i = 0; i < first.size(); ++i) {
        const bool fixed = std::all_of(clauses.begin(), clauses.end(), [&](const QString &c) { return c[i] == first[i]; });
        if (fixed)
            addLiteral(parts, first.mid(i, 1));
        else
            addGap(parts, 1, 1);
    }
    return parts;
}

// Clauses of different lengths share a prefix and a suffix around a gap.
QList<HeadingShape::Part> framedClause(const QStringList &clauses)
{
    const auto [shortest, longest] = std::minmax_element(
        clauses.begin(), clauses.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    int prefix = 0;
    while (prefix < shortest->size()
           && std::all_of(clauses.begin(), clauses.end(), [&](const QString &c) { return c[prefix] == clauses[0][prefix]; }))
        ++prefix;
    int suffix = 0;
    while (suffix < shortest->size() - prefix && std::all_of(clauses.begin(), clauses.end(), [&](const QString &c) {
               return c[c.size() - 1 - suffix] == clauses[0][clauses[0].size() - 1 - suffix];
           }))
        ++suffix;
    QList<HeadingShape::Part> parts;
    addLiteral(parts, clauses[0].left(prefix));
    addGap(parts, int(shortest->size()) - prefix - suffix, int(longest->size()) - prefix - suffix + kSlack);
    addLiteral(parts, clauses[0].right(suffix));
    return parts;
}

QList<HeadingShape::Part> loneClause(const QString &clause)
{
    QList<HeadingShape::Part> parts;
    if (clause.size() <= kLeadLength + 1) {
        addGap(parts, std::max(1, int(clause.size()) - kSlack), int(clause.size()) + kSlack);
        return parts;
    }
    const int rest = int(clause.size()) - kLeadLength;
    addLiteral(parts, clause.left(kLeadLength));
    addGap(parts, std::max(1, rest - kSlack), rest + kSlack);
    return parts;
}

} // namespace

std::optional<HeadingShape> headingShape(const QStringList &siblings)
{
    // Siblings agree on a clause count; an odd one out is left aside.
    QList<QStringList> split;
    QHash<int, int> countsByClauses;
    for (const QString &s : siblings) {
        if (strip(s).isEmpty())
            continue;
        split.append(clausesOf(s));
        ++countsByClauses[int(split.last().size())];
    }
    if (split.isEmpty())
        return std::nullopt;
    int clauseCount = 0;
    for (auto it = countsByClauses.begin(); it != countsByClauses.end(); ++it) {
        if (it.value() > countsByClauses.value(clauseCount) || (it.value() == countsByClauses.value(clauseCount) && it.key() > clauseCount))
            clauseCount = it.key();
    }
    split.removeIf([&](const QStringList &c) { return c.size() != clauseCount; });

    HeadingShape shape;
    for (int i = 0; i < clauseCount; ++i) {
        QStringList column;
        for (const auto &c : split)
            column.append(c[i]);
        if (column.size() == 1)
            shape.clauses.append(loneClause(column.first()));
        else if (std::all_of(column.begin(), column.end(), [&](const QString &c) { return c.size() == column[0].size(); }))
            shape.clauses.append(alignedClause(column));
        else
            shape.clauses.append(framedClause(column));
    }
    if (shape.literals().isEmpty())
        return std::nullopt;
    return shape;
}

QRegularExpression HeadingShape::regex() const
{
    QStringList clauseRes;
    for (const auto &clause : clauses) {
        QString re;
        for (const Part &p : clause) {
            if (!p.literal.isEmpty())
                re += QRegularExpression::escape(p.literal);
            else
                re += kGapClass + QStringLiteral("{%1,%2}").arg(p.minLength).arg(p.maxLength);
        }
        clauseRes.append(re);
    }
    return QRegularExpression(u'^' + clauseRes.join(QStringLiteral("[，,；;]")) + u'$');
}

bool HeadingShape::matches(const QString &heading) const
{
    return regex().match(strip(heading)).hasMatch();
}

QStringList HeadingShape::literals() const
{
    QStringList out;
    for (const auto &clause : clauses) {
        for (const Part &p : clause) {
            if (!p.literal.isEmpty())
                out.append(p.literal);
        }
    }
    return out;
}

QString HeadingShape::display() const
{
    static const QString names = QStringLiteral("XYZWUV");
    int gap = 0;
    QStringList out;
    for (const auto &clause : clauses) {
        QString text;
        for (const Part &p : clause)
            text += p.literal.isEmpty() ? QString(names[std::min(gap++, int(names.size()) - 1)]) : p.literal;
        out.append(text);
    }
    return out.join(u'，');
}

} // namespace gaozi
